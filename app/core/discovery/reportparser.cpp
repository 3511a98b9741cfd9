#include "reportparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <cstring>

namespace tlens {

namespace {

void noteWrongType(ReportParser::Outcome &out, QLatin1String key)
{
    const QString k(key);
    if (!out.wrongTypes.contains(k))
        out.wrongTypes.append(k);
}

bool absent(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

// The top-level object, or a Problem. QJsonDocument validates UTF-8, refuses trailing garbage and
// stops at 1024 levels of nesting without deep recursion on the caller's side.
bool topObject(const QByteArray &data, ReportParser::Outcome &out, QJsonObject *object)
{
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty()) {
        out.problem = ReportParser::Problem::Empty;
        return false;
    }
    if (std::memchr(data.constData(), '\0', size_t(data.size())) != nullptr) {
        out.problem = ReportParser::Problem::Binary;
        return false;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        out.offset = error.offset;
        switch (error.error) {
        case QJsonParseError::DeepNesting:
            out.problem = ReportParser::Problem::TooDeep;
            break;
        case QJsonParseError::IllegalUTF8String:
            out.problem = ReportParser::Problem::InvalidUtf8;
            break;
        default:
            // An error at the last byte means the text stopped before the JSON was complete.
            out.problem = error.offset >= data.lastIndexOf(trimmed.back()) ? ReportParser::Problem::Truncated
                                                                           : ReportParser::Problem::Malformed;
            break;
        }
        return false;
    }
    if (!doc.isObject()) {
        out.problem = ReportParser::Problem::NotObject;
        return false;
    }
    *object = doc.object();
    return true;
}

class Fields {
public:
    Fields(const QJsonObject &object, ReportParser::Outcome &out)
        : m_object(object)
        , m_out(out)
    { }

    QString text(QLatin1String key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString())
            return v.toString();
        if (!absent(v))
            noteWrongType(m_out, key);
        return {};
    }

    // Whole milliseconds; a JSON number written as a float is accepted, one beyond any time is not.
    qint64 number(QLatin1String key) const
    {
        constexpr double kLimit = 9.0e18; // inside qint64, so the conversion below is defined
        const QJsonValue v = m_object.value(key);
        if (v.isDouble() && std::abs(v.toDouble()) < kLimit)
            return v.toInteger(qint64(v.toDouble()));
        if (!absent(v))
            noteWrongType(m_out, key);
        return 0;
    }

    // A list of strings; a single string is accepted where a schema 0.1 report used one.
    QStringList list(QLatin1String key) const
    {
        QStringList out;
        const QJsonValue v = m_object.value(key);
        if (v.isString())
            return { v.toString() };
        if (absent(v))
            return out;
        if (!v.isArray()) {
            noteWrongType(m_out, key);
            return out;
        }
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString()) {
                if (out.size() < ReportParser::kMaxListItems)
                    out.append(item.toString());
            } else if (!item.isNull()) {
                noteWrongType(m_out, key);
            }
        }
        return out;
    }

    // An object or null; true when it is an object.
    bool object(QLatin1String key, QJsonObject *target = nullptr) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isObject()) {
            if (target)
                *target = v.toObject();
            return true;
        }
        if (!absent(v))
            noteWrongType(m_out, key);
        return false;
    }

    QJsonValue value(QLatin1String key) const { return m_object.value(key); }

private:
    const QJsonObject &m_object;
    ReportParser::Outcome &m_out;
};

} // namespace

ReportParser::RayReport ReportParser::parseRay(const QByteArray &data)
{
    RayReport r;
    QJsonObject top;
    if (!topObject(data, r, &top))
        return r;
    const Fields outer(top, r);
    QJsonObject report;
    if (!outer.object(QLatin1String("usage_stats"), &report)) {
        r.problem = Problem::NoReport;
        return r;
    }
    const QJsonValue success = outer.value(QLatin1String("success"));
    if (success.isBool())
        r.success = success.toBool() ? Flag::True : Flag::False;
    else if (!absent(success))
        noteWrongType(r, QLatin1String("success"));
    r.error = outer.text(QLatin1String("error"));

    const Fields f(report, r);
    r.sessionId = f.text(QLatin1String("session_id"));
    r.rayVersion = f.text(QLatin1String("ray_version"));
    r.pythonVersion = f.text(QLatin1String("python_version"));
    r.collectMs = f.number(QLatin1String("collect_timestamp_ms"));
    r.startMs = f.number(QLatin1String("session_start_timestamp_ms"));
    const QJsonValue libraries = report.value(QLatin1String("library_usages"));
    if (libraries.isString())
        noteWrongType(r, QLatin1String("library_usages"));
    else
        r.libraries = f.list(QLatin1String("library_usages"));
    return r;
}

ReportParser::SkyplaneReport ReportParser::parseSkyplane(const QByteArray &data)
{
    SkyplaneReport r;
    QJsonObject top;
    if (!topObject(data, r, &top))
        return r;
    const Fields f(top, r);
    r.version = f.text(QLatin1String("skyplane_version"));
    r.pythonVersion = f.text(QLatin1String("python_version"));
    r.clientId = f.text(QLatin1String("client_id"));
    r.sessionId = f.text(QLatin1String("session_id"));
    r.sourceRegion = f.text(QLatin1String("source_region"));
    r.sourceProvider = f.text(QLatin1String("source_cloud_provider"));
    // Schema 0.2 lists the destinations; 0.1 named one.
    const bool plural = top.contains(QLatin1String("destination_regions"))
        || top.contains(QLatin1String("destination_cloud_providers"));
    r.destinationRegions
        = f.list(plural ? QLatin1String("destination_regions") : QLatin1String("destination_region"));
    r.destinationProviders = f.list(plural ? QLatin1String("destination_cloud_providers")
                                           : QLatin1String("destination_cloud_provider"));
    r.startMs = f.number(QLatin1String("session_start_timestamp_ms"));
    QJsonObject arguments;
    if (f.object(QLatin1String("arguments_dict"), &arguments)) {
        const QJsonValue cmd = arguments.value(QLatin1String("cmd"));
        r.command = cmd.isString() ? cmd.toString() : QString();
    }
    f.object(QLatin1String("transfer_stats")); // only its type is checked
    QJsonObject error;
    r.hasError = f.object(QLatin1String("error_dict"), &error);
    if (r.hasError) {
        const QJsonValue message = error.value(QLatin1String("message"));
        const QJsonValue loc = error.value(QLatin1String("loc"));
        r.errorMessage = message.isString() ? message.toString() : QString();
        r.errorLocation = loc.isString() ? loc.toString() : QString();
    }

    // sent_time_ms is milliseconds; schema 0.1's sent_time was seconds or a date text.
    const QJsonValue sentMs = top.value(QLatin1String("sent_time_ms"));
    const QJsonValue sent = top.value(QLatin1String("sent_time"));
    if (sentMs.isDouble()) {
        r.sentMs = f.number(QLatin1String("sent_time_ms"));
        r.sentKnown = true;
    } else if (!absent(sentMs)) {
        noteWrongType(r, QLatin1String("sent_time_ms"));
    } else if (sent.isDouble()) {
        const qint64 t = f.number(QLatin1String("sent_time"));
        r.sentMs = t > 0 && t < 100000000000LL ? t * 1000 : t;
        r.sentKnown = true;
    } else if (sent.isString()) {
        const QDateTime when = QDateTime::fromString(sent.toString(), Qt::ISODateWithMs);
        r.sentMs = when.isValid() ? when.toMSecsSinceEpoch() : 0;
        r.sentKnown = true;
    } else if (!absent(sent)) {
        noteWrongType(r, QLatin1String("sent_time"));
    }
    return r;
}

} // namespace tlens

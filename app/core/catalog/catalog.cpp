#include "catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tlens {

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray arr = v.toArray();
    for (const QJsonValue &e : arr)
        out.append(e.toString());
    return out;
}

} // namespace

const InputSpec *ToolSpec::configInput() const
{
    for (const InputSpec &in : inputs) {
        if (in.kind == QLatin1String("config"))
            return &in;
    }
    return nullptr;
}

QString ToolSpec::revealsFor(const QString &identifierKind) const
{
    for (const IdentifierSpec &id : identifiers) {
        if (id.kind == identifierKind)
            return Catalog::text(id.reveals);
    }
    return {};
}

const Catalog &Catalog::instance()
{
    static const Catalog catalog = [] {
        Catalog c;
        QFile f(QStringLiteral(":/catalog/tools.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !c.load(f.readAll(), &error))
            qFatal("The embedded tool catalog is missing or malformed: %s", qPrintable(error));
        return c;
    }();
    return catalog;
}

bool Catalog::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    QList<ToolSpec> tools;
    const QJsonArray arr = doc.object().value(QLatin1String("tools")).toArray();
    for (const QJsonValue &tv : arr) {
        const QJsonObject t = tv.toObject();
        ToolSpec spec;
        spec.id = t.value(QLatin1String("id")).toString();
        spec.name = t.value(QLatin1String("name")).toString();
        spec.vendor = t.value(QLatin1String("vendor")).toString();
        spec.rules = t.value(QLatin1String("rules")).toString();
        spec.defaultNote = t.value(QLatin1String("default_note")).toString();
        spec.readsDoNotTrack = t.value(QLatin1String("reads_do_not_track")).toBool();
        spec.stillSentAfterOptOut = t.value(QLatin1String("still_sent_after_opt_out")).toString();
        spec.storedReportsNote = t.value(QLatin1String("stored_reports_note")).toString();
        spec.documentationErrors = stringList(t.value(QLatin1String("documentation_errors")));
        spec.secretKeys = stringList(t.value(QLatin1String("secret_keys")));
        spec.entryPoints = stringList(t.value(QLatin1String("entry_points")));
        spec.distributions = stringList(t.value(QLatin1String("distributions")));
        const QJsonArray inputs = t.value(QLatin1String("inputs")).toArray();
        for (const QJsonValue &iv : inputs) {
            const QJsonObject i = iv.toObject();
            InputSpec in;
            in.kind = i.value(QLatin1String("kind")).toString();
            in.key = i.value(QLatin1String("key")).toString();
            in.keys = stringList(i.value(QLatin1String("keys")));
            in.format = i.value(QLatin1String("format")).toString();
            in.path = i.value(QLatin1String("path")).toString();
            in.pathEnv = i.value(QLatin1String("path_env")).toString();
            in.grammar = i.value(QLatin1String("grammar")).toString();
            in.note = i.value(QLatin1String("note")).toString();
            in.secret = i.value(QLatin1String("secret")).toBool();
            in.alwaysRead = i.value(QLatin1String("always_read")).toBool();
            spec.inputs.append(in);
        }
        const QJsonArray related = t.value(QLatin1String("related_env")).toArray();
        for (const QJsonValue &rv : related) {
            const QJsonObject r = rv.toObject();
            spec.relatedEnv.append(
                { r.value(QLatin1String("key")).toString(), r.value(QLatin1String("note")).toString() });
        }
        const QJsonArray ids = t.value(QLatin1String("identifiers")).toArray();
        for (const QJsonValue &iv : ids) {
            const QJsonObject i = iv.toObject();
            spec.identifiers.append(
                { i.value(QLatin1String("kind")).toString(), i.value(QLatin1String("reveals")).toString() });
        }
        const QJsonArray eps = t.value(QLatin1String("endpoints")).toArray();
        for (const QJsonValue &ev : eps) {
            const QJsonObject e = ev.toObject();
            spec.endpoints.append({ e.value(QLatin1String("url")).toString(),
                                    e.value(QLatin1String("method")).toString(),
                                    e.value(QLatin1String("when")).toString() });
        }
        const QJsonObject del = t.value(QLatin1String("deletion")).toObject();
        spec.deletion = { del.value(QLatin1String("channel")).toString(),
                          del.value(QLatin1String("address")).toString(),
                          del.value(QLatin1String("identifier")).toString() };
        if (spec.id.isEmpty() || spec.name.isEmpty()) {
            if (error)
                *error = tr("a tool entry has no id or name");
            return false;
        }
        tools.append(spec);
    }
    if (tools.isEmpty()) {
        if (error)
            *error = tr("the catalog lists no tools");
        return false;
    }
    m_tools = tools;
    return true;
}

const ToolSpec *Catalog::tool(const QString &id) const
{
    for (const ToolSpec &t : m_tools) {
        if (t.id.compare(id, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

QStringList Catalog::ids() const
{
    QStringList out;
    for (const ToolSpec &t : m_tools)
        out.append(t.id);
    return out;
}

extern const char *const kCatalogStrings[];
int catalogStringCount();

QStringList Catalog::listedTexts()
{
    QStringList out;
    for (int i = 0; i < catalogStringCount(); ++i)
        out.append(QString::fromUtf8(kCatalogStrings[i]));
    return out;
}

QStringList Catalog::texts() const
{
    QStringList out;
    auto add = [&out](const QString &t) {
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    };
    for (const ToolSpec &t : m_tools) {
        add(t.defaultNote);
        for (const InputSpec &i : t.inputs)
            add(i.note);
        for (const RelatedEnvSpec &r : t.relatedEnv)
            add(r.note);
        for (const IdentifierSpec &i : t.identifiers)
            add(i.reveals);
        for (const EndpointSpec &e : t.endpoints)
            add(e.when);
        add(t.stillSentAfterOptOut);
        add(t.storedReportsNote);
        for (const QString &e : t.documentationErrors)
            add(e);
    }
    return out;
}

QString Catalog::text(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("Catalog", english.toUtf8().constData());
}

} // namespace tlens

#include "recordreader.h"

#include "formats/inidocument.h"
#include "formats/keyvaluefile.h"
#include "formats/tomledit.h"
#include "formats/yamlbounded.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace tlens {

namespace {

constexpr qint64 kRecordCap = 256 * 1024; // id files and settings are a few lines

QString variable(const QString &name, const UserAccount &user, const EnvReport &env)
{
    if (name == QLatin1String("HOME"))
        return user.home;
    const auto a = env.effective(name);
    return a ? a->value : QString();
}

} // namespace

RecordReader::RecordReader(const RootFs &fs)
    : m_fs(fs)
{ }

QString RecordReader::expand(const QStringList &candidates, const UserAccount &user, const EnvReport &env)
{
    static const QRegularExpression var(QStringLiteral("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?"));
    for (QString path : candidates) {
        if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
            path = user.home + path.mid(1);
        bool complete = true;
        QString out;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = var.globalMatch(path);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString value = variable(m.captured(1), user, env);
            if (value.isEmpty()) {
                complete = false;
                break;
            }
            out += path.mid(last, m.capturedStart() - last);
            QString v = value;
            if (v == QLatin1String("~") || v.startsWith(QLatin1String("~/")))
                v = user.home + v.mid(1);
            out += v;
            last = m.capturedEnd();
        }
        if (!complete)
            continue;
        out += path.mid(last);
        if (!out.startsWith(QLatin1Char('/')))
            continue; // a relative value: the tool would resolve it against a folder we cannot know
        return RootFs::cleanInner(out);
    }
    return {};
}

QString RecordReader::valueAt(const QString &format, const QString &pointer, const QByteArray &data,
                              QString *error)
{
    if (format == QLatin1String("text"))
        return QString::fromUtf8(data).trimmed();
    if (format == QLatin1String("json")) {
        const nlohmann::json doc = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
        if (doc.is_discarded()) {
            *error = tr("it is not valid JSON");
            return {};
        }
        try {
            const nlohmann::json &v = doc.at(nlohmann::json::json_pointer(pointer.toStdString()));
            if (v.is_string())
                return QString::fromStdString(v.get<std::string>());
            if (v.is_null())
                return {};
            return QString::fromStdString(v.dump());
        } catch (const std::exception &) {
            return {};
        }
    }
    if (format == QLatin1String("yaml")) {
        try {
            const std::vector<YAML::Node> docs = loadAllYamlBounded(data.toStdString());
            if (docs.empty())
                return {};
            YAML::Node node = docs.front();
            for (const QString &part : pointer.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
                if (!node.IsMap())
                    return {};
                node.reset(node[part.toStdString()]);
                if (!node)
                    return {};
            }
            return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
        } catch (const YAML::Exception &e) {
            *error = QString::fromStdString(e.msg);
            return {};
        }
    }
    if (format == QLatin1String("toml")) {
        TomlEdit::Value value;
        if (!TomlEdit::read(data, pointer, &value, error))
            return {};
        return value.type == TomlEdit::Value::Type::String ? value.text : QString();
    }
    if (format == QLatin1String("shell")) {
        // KEY="value" lines a shell script sources; the pointer is the variable name.
        const QList<KeyValueFile::Entry> entries = KeyValueFile::parse(data);
        const KeyValueFile::Entry *e = KeyValueFile::last(entries, pointer);
        return e ? e->value : QString();
    }
    if (format == QLatin1String("ini")) {
        const IniDocument doc = IniDocument::parse(data);
        if (!doc.isValid()) {
            *error = doc.errorString();
            return {};
        }
        const IniDocument::Section *s = doc.section(pointer.section(QLatin1Char('.'), 0, 0));
        const IniDocument::Option *o = s ? s->option(pointer.section(QLatin1Char('.'), 1)) : nullptr;
        return o ? o->value : QString();
    }
    return {};
}

void RecordReader::read(const ToolSpec &tool, const UserAccount &user, const EnvReport &env,
                        DiscoveredData *data) const
{
    for (const RecordSpec &rec : tool.records) {
        if (!rec.reader.isEmpty() || isMachineRecord(tool, rec))
            continue;
        const QString path = expand(rec.candidates, user, env);
        if (!path.isEmpty())
            readRecord(tool, rec, path, data);
    }
}

void RecordReader::readInstalled(const ToolSpec &tool, const QList<Installation> &installations,
                                 DiscoveredData *data) const
{
    static const QString placeholder = QStringLiteral("<site-packages>/");
    QStringList seen;
    for (const RecordSpec &rec : tool.records) {
        if (!rec.reader.isEmpty() || rec.candidates.isEmpty()
            || !rec.candidates.first().startsWith(placeholder))
            continue;
        const QString rest = rec.candidates.first().mid(placeholder.size());
        for (const Installation &in : installations) {
            if (in.kind != QLatin1String("dist-info") && in.kind != QLatin1String("egg-info"))
                continue;
            // The distribution's metadata folder sits in the site-packages folder it was installed to.
            const QString path = RootFs::cleanInner(RootFs::parentOf(in.path) + QLatin1Char('/') + rest);
            if (seen.contains(path))
                continue;
            seen.append(path);
            readRecord(tool, rec, path, data);
        }
    }
}

void RecordReader::readRecord(const ToolSpec &tool, const RecordSpec &rec, const QString &path,
                              DiscoveredData *data) const
{
    const bool listed = std::any_of(data->artifacts.cbegin(), data->artifacts.cend(),
                                    [&path](const Artifact &a) { return a.path == path; });
    if (rec.secret || rec.format == QLatin1String("presence")) {
        const RootFs::Resolved r = m_fs.resolve(path);
        if (r.kind != RootFs::Kind::Regular || listed)
            return;
        Artifact a;
        a.kind = rec.what;
        a.path = path;
        data->artifacts.append(a);
        if (rec.writtenWhileDisabled)
            data->warnings.append(writtenWhileDisabled(tool, path));
        return;
    }
    const RootFs::ReadResult read = m_fs.readFile(path, kRecordCap);
    if (!read.ok()) {
        if (read.status != RootFs::ReadStatus::Missing && !listed)
            data->findings.append(
                { path, QStringLiteral("unreadable"), read.errorText, Finding::Severity::Warning });
        return;
    }
    // Several records can name one file (ZenML's config.yaml holds user_id and user_email): it is
    // listed and counted once.
    if (!listed) {
        ++data->filesRead;
        Artifact a;
        a.kind = rec.what;
        a.path = path;
        a.ownerUid = read.ownerUid;
        data->artifacts.append(a);
        if (rec.writtenWhileDisabled)
            data->warnings.append(writtenWhileDisabled(tool, path));
    }
    if (rec.identifier.isEmpty())
        return;
    QString error;
    const QString raw = valueAt(rec.format, rec.pointer, read.data, &error).trimmed();
    // An identifier that also works as a password is reported as present, never shown.
    const QString value = raw.isEmpty() || !tool.identifierIsSecret(rec.identifier) ? raw : maskedValue();
    if (!error.isEmpty()) {
        if (!listed)
            data->findings.append(
                { path, QStringLiteral("malformed-record"),
                  tr("%1 cannot be read (%2), so its %3 is unknown.").arg(path, error, rec.identifier),
                  Finding::Severity::Warning });
        return;
    }
    if (value.isEmpty())
        return;
    bool known = false;
    for (const Identifier &id : std::as_const(data->identifiers))
        known = known || (id.kind == rec.identifier && id.value == value);
    if (!known)
        data->identifiers.append({ rec.identifier, value, path, tool.revealsFor(rec.identifier) });
}

Warning RecordReader::writtenWhileDisabled(const ToolSpec &tool, const QString &path)
{
    return { QStringLiteral("written-while-disabled"),
             tr("%1 writes %2 even while its telemetry is switched off: the file is "
                "not a sign that it collects, and deleting it does not opt out.")
                 .arg(tool.name, path) };
}

bool RecordReader::isMachineRecord(const ToolSpec &tool, const RecordSpec &rec)
{
    return tool.handler(QStringLiteral("machine_records")) == QLatin1String("system-files")
        && rec.path.startsWith(QLatin1Char('/'));
}

void RecordReader::readMachine(const ToolSpec &tool, DiscoveredData *data) const
{
    for (const RecordSpec &rec : tool.records) {
        if (rec.reader.isEmpty() && isMachineRecord(tool, rec))
            readRecord(tool, rec, RootFs::cleanInner(rec.path), data);
    }
}

} // namespace tlens

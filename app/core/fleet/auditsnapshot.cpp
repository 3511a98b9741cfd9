#include "auditsnapshot.h"

#include "report/auditreport.h"

#include <QFile>
#include <QSet>

#include <nlohmann/json.hpp>

namespace tlens {

namespace {

using Json = nlohmann::json;

// Files larger than this are not audit reports of one machine that we want to hold in memory.
constexpr qint64 kMaxReportBytes = 512LL * 1024 * 1024;

QString text(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

const Json &array(const Json &object, const char *key)
{
    static const Json empty = Json::array();
    if (!object.is_object())
        return empty;
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? *it : empty;
}

bool stateFromName(const QString &name, State *state)
{
    for (State s : { State::Enabled, State::Disabled, State::Misconfigured }) {
        if (stateName(s) == name) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString identifierText(const Json &id)
{
    return text(id, "kind") + QLatin1Char('=') + text(id, "value");
}

QStringList warningTexts(const Json &list)
{
    QStringList out;
    for (const Json &w : list) {
        const QString message = text(w, "message");
        if (!message.isEmpty())
            out.append(message);
    }
    return out;
}

} // namespace

const SnapshotTool *SnapshotUser::tool(const QString &id) const
{
    for (const SnapshotTool &t : tools) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const SnapshotUser *AuditSnapshot::user(const QString &name) const
{
    for (const SnapshotUser &u : users) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

bool AuditSnapshot::anyCollecting() const
{
    for (const SnapshotUser &u : users) {
        for (const SnapshotTool &t : u.tools) {
            if (t.state == State::Enabled)
                return true;
        }
    }
    return false;
}

QStringList AuditSnapshot::allWarnings() const
{
    QStringList out;
    QSet<QString> seen;
    const auto add = [&](const QString &w) {
        if (!seen.contains(w)) {
            seen.insert(w);
            out.append(w);
        }
    };
    for (const SnapshotUser &u : users) {
        for (const QString &w : u.warnings)
            add(tr("%1: %2").arg(u.name, w));
        for (const SnapshotTool &t : u.tools) {
            for (const QString &w : t.warnings)
                add(tr("%1, %2: %3").arg(u.name, t.name, w));
        }
    }
    for (const QString &w : warnings)
        add(w);
    return out;
}

bool AuditSnapshot::parse(const QByteArray &data, const QString &source, AuditSnapshot *snapshot,
                          QString *error)
{
    const Json doc = Json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (doc.is_discarded()) {
        *error = tr("%1 is not JSON, so it is not an audit report. Make one with: telemetry-lens audit "
                    "--all-users --format json --output FILE")
                     .arg(source);
        return false;
    }
    const auto version = doc.is_object() ? doc.find("schema_version") : doc.end();
    if (!doc.is_object() || version == doc.end() || !version->is_number_integer() || !doc.contains("users")
        || !doc["users"].is_array()) {
        *error = tr("%1 is not a Telemetry Lens audit report (it has no schema_version and users). Make one "
                    "with: telemetry-lens audit --all-users --format json --output FILE")
                     .arg(source);
        return false;
    }
    if (version->get<int>() != 1) {
        *error
            = tr("%1 is an audit report of schema version %2; this version of Telemetry Lens reads version "
                 "1. Audit the machine again with this version.")
                  .arg(source)
                  .arg(version->get<int>());
        return false;
    }
    AuditSnapshot s;
    s.source = source;
    s.generatedAt = text(doc, "generated_at");
    s.root = text(doc, "root");
    const Json &machine = doc.contains("machine") ? doc["machine"] : Json::object();
    s.hostName = text(machine, "hostname");
    // Identifiers and stored reports of the machine belong to every account's view of a tool.
    QHash<QString, QStringList> machineIds;
    for (const Json &m : array(machine, "tools")) {
        const QString id = text(m, "id");
        for (const Json &i : array(m, "identifiers"))
            machineIds[id].append(identifierText(i));
        for (const QString &w : warningTexts(array(m, "warnings")))
            s.warnings.append(tr("%1: %2").arg(text(m, "name"), w));
    }
    for (const Json &f : array(doc, "findings")) {
        const QString message = text(f, "message");
        if (!message.isEmpty())
            s.warnings.append(message);
    }
    for (const Json &uj : doc["users"]) {
        if (!uj.is_object() || !uj.contains("tools") || !uj["tools"].is_array()) {
            *error
                = tr("%1 is not a Telemetry Lens audit report: an account has no list of tools.").arg(source);
            return false;
        }
        SnapshotUser u;
        u.name = text(uj, "user");
        u.home = text(uj, "home");
        u.warnings = warningTexts(array(uj, "warnings"));
        for (const Json &tj : uj["tools"]) {
            // Reports list every supported tool; one absent for the account (not installed, no
            // settings, no records) collects nothing there. Reports without the field predate it.
            if (tj.is_object() && tj.contains("present") && tj["present"].is_boolean()
                && !tj["present"].get<bool>())
                continue;
            SnapshotTool t;
            t.id = text(tj, "id");
            t.name = text(tj, "name");
            if (t.name.isEmpty())
                t.name = t.id;
            if (t.id.isEmpty() || !stateFromName(text(tj, "state"), &t.state)) {
                *error = tr("%1 is not a Telemetry Lens audit report: a tool of account %2 has no id or no "
                            "known state.")
                             .arg(source, u.name);
                return false;
            }
            const Json &decided = tj.contains("decided_by") ? tj["decided_by"] : Json::object();
            t.decidedBy = text(decided, "text");
            if (t.decidedBy.isEmpty())
                t.decidedBy = text(decided, "kind");
            t.decidedWhere = text(decided, "file");
            if (decided.is_object() && decided.contains("line") && decided["line"].is_number_integer())
                t.decidedWhere += QLatin1Char(':') + QString::number(decided["line"].get<int>());
            if (tj.contains("reports") && tj["reports"].is_number_integer())
                t.reports = tj["reports"].get<int>();
            for (const Json &i : array(tj, "identifiers"))
                t.identifiers.append(identifierText(i));
            for (const QString &i : machineIds.value(t.id)) {
                if (!t.identifiers.contains(i))
                    t.identifiers.append(i);
            }
            t.warnings = warningTexts(array(tj, "warnings"));
            u.tools.append(t);
        }
        s.users.append(u);
    }
    *snapshot = s;
    return true;
}

bool AuditSnapshot::load(const QString &path, AuditSnapshot *snapshot, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2.").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxReportBytes) {
        *error = tr("%1 is larger than %2 MB; it is not an audit report of one machine.")
                     .arg(path)
                     .arg(kMaxReportBytes / (1024 * 1024));
        return false;
    }
    return parse(file.readAll(), path, snapshot, error);
}

AuditSnapshot AuditSnapshot::fromScan(const ScanResult &result)
{
    AuditSnapshot s;
    QString error;
    parse(AuditReport(result).toJson(), QString(), &s, &error);
    return s;
}

} // namespace tlens

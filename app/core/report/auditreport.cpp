#include "auditreport.h"

#include "catalog/catalog.h"
#include "catalog/toolfamily.h"
#include "report/openmetricsreport.h"
#include "scan/presence.h"

#include <QBuffer>
#include <QDateTime>
#include <QSet>

#include <nlohmann/json.hpp>

namespace tlens {

namespace {

using Json = nlohmann::ordered_json;

std::string s(const QString &v)
{
    return v.toStdString();
}

Json inputJson(const Input &in)
{
    Json j;
    j["kind"] = s(in.kind);
    if (!in.key.isEmpty())
        j["key"] = s(in.key);
    j["value"] = s(in.value);
    if (!in.file.isEmpty())
        j["file"] = s(in.file);
    if (in.line > 0)
        j["line"] = in.line;
    j["role"] = s(roleName(in.role));
    j["effect"] = s(in.effect);
    j["text"] = s(in.text);
    if (!in.note.isEmpty())
        j["note"] = s(in.note);
    if (in.secret)
        j["secret"] = true;
    if (!in.project.isEmpty()) {
        j["scope"] = "project";
        j["project"] = s(in.project);
    }
    return j;
}

Json artifactJson(const Artifact &a)
{
    Json j;
    j["kind"] = s(a.kind);
    j["path"] = s(a.path);
    if (!a.sessionId.isEmpty())
        j["session_id"] = s(a.sessionId);
    if (a.kind == QLatin1String("report"))
        j["sent"] = s(sendStatusName(a.sent));
    if (a.timeMs > 0) {
        j["time_ms"] = a.timeMs;
        j["time"] = s(AuditReport::timeText(a.timeMs));
    }
    if (!a.version.isEmpty())
        j["version"] = s(a.version);
    if (!a.error.isEmpty())
        j["error"] = s(a.error);
    if (!a.summary.isEmpty())
        j["summary"] = s(a.summary);
    return j;
}

Json identifierJson(const Identifier &id)
{
    Json j;
    j["kind"] = s(id.kind);
    j["value"] = s(id.value);
    if (!id.source.isEmpty())
        j["source"] = s(id.source);
    if (!id.reveals.isEmpty())
        j["reveals"] = s(id.reveals);
    return j;
}

Json installationJson(const Installation &in)
{
    Json j;
    j["version"] = in.version.isEmpty() ? Json(nullptr) : Json(s(in.version));
    j["path"] = s(in.path);
    j["kind"] = s(in.kind);
    return j;
}

Json warningsJson(const QList<Warning> &warnings)
{
    Json arr = Json::array();
    for (const Warning &w : warnings)
        arr.push_back({ { "code", s(w.code) }, { "message", s(w.message) } });
    return arr;
}

// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula; the
// values come from files anyone may have written, so such a cell gets a leading ' (OWASP's advice).
QString csvField(const QString &value)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    const QString v
        = !value.isEmpty() && kFormulaStarts.contains(value.front()) ? QLatin1Char('\'') + value : value;
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        QString q = v;
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return v;
}

QString esc(const QString &v)
{
    return v.toHtmlEscaped();
}

QString location(const Input &in)
{
    if (in.file.isEmpty())
        return {};
    return in.line > 0 ? QStringLiteral("%1:%2").arg(in.file).arg(in.line) : in.file;
}

QString stateSymbol(State state)
{
    switch (state) {
    case State::Enabled:
        return QStringLiteral("●");
    case State::Disabled:
        return QStringLiteral("○");
    case State::Misconfigured:
        return QStringLiteral("▲");
    }
    return {};
}

// The tools of an account a list shows (present ones, or all), grouped by family in the family
// order every view uses.
QList<QPair<QString, QList<const ToolStatus *>>> groupedTools(const ScanResult &result, const UserScan &user,
                                                              bool allTools)
{
    QList<const ToolStatus *> shown;
    QStringList ids;
    for (const ToolStatus &t : user.tools) {
        if (!allTools && !Presence::isListed(result, t))
            continue;
        shown.append(&t);
        ids.append(t.toolId);
    }
    QList<QPair<QString, QList<const ToolStatus *>>> out;
    for (const ToolFamily::Group &g : ToolFamily::group(ids)) {
        QList<const ToolStatus *> members;
        for (int i : g.members)
            members.append(shown.at(i));
        out.append({ g.family, members });
    }
    return out;
}

// The shadowed, invalid and conditional inputs and the warnings under a tool's line of the text.
QString detailLines(const ToolStatus &t)
{
    const QString indent = QStringLiteral("      ");
    QString out;
    for (const Input &in : t.inputs) {
        if (in.role != InputRole::Shadowed || in.kind == QLatin1String("default"))
            continue;
        out += indent + AuditReport::tr("shadowed: %1").arg(in.text);
        if (!in.file.isEmpty())
            out += QStringLiteral(" (") + location(in) + QLatin1Char(')');
        out += QLatin1Char('\n');
    }
    for (const Input &in : t.inputs) {
        if (in.role == InputRole::Invalid
            && !(in.file == t.decidedBy.file && in.line == t.decidedBy.line && in.key == t.decidedBy.key))
            out += indent + AuditReport::tr("invalid: %1 (%2)").arg(in.text, location(in))
                + QLatin1Char('\n');
        if (in.role == InputRole::Conditional)
            out += indent + AuditReport::tr("conditional: %1 (%2)").arg(in.text, location(in))
                + QLatin1Char('\n');
    }
    for (const Warning &w : t.warnings)
        out += indent + QStringLiteral("! ") + w.message + QLatin1Char('\n');
    return out;
}

} // namespace

AuditReport::AuditReport(const ScanResult &result)
    : m_result(result)
{ }

bool AuditReport::parseFormat(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("text"))
        *format = Format::Text;
    else if (n == QLatin1String("json"))
        *format = Format::Json;
    else if (n == QLatin1String("csv"))
        *format = Format::Csv;
    else if (n == QLatin1String("html"))
        *format = Format::Html;
    else if (n == QLatin1String("openmetrics"))
        *format = Format::OpenMetrics;
    else
        return false;
    return true;
}

QString AuditReport::timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString AuditReport::sendStatusLabel(SendStatus status)
{
    switch (status) {
    case SendStatus::Sent:
        return tr("sent");
    case SendStatus::NotConfirmed:
        return tr("not confirmed");
    case SendStatus::Failed:
        return tr("failed");
    case SendStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QList<Artifact> AuditReport::reportsFor(const ScanResult &result, const ToolStatus &tool)
{
    QList<Artifact> out;
    if (const MachineToolData *m = result.machineTool(tool.toolId)) {
        for (const Artifact &a : m->artifacts) {
            if (a.kind == QLatin1String("report"))
                out.append(a);
        }
    }
    for (const Artifact &a : tool.artifacts) {
        if (a.kind == QLatin1String("report"))
            out.append(a);
    }
    return out;
}

QList<Identifier> AuditReport::identifiersFor(const ScanResult &result, const ToolStatus &tool)
{
    QList<Identifier> out = tool.identifiers;
    if (const MachineToolData *m = result.machineTool(tool.toolId)) {
        QSet<QString> seen;
        for (const Identifier &id : std::as_const(out))
            seen.insert(id.kind + QLatin1Char('\n') + id.value);
        for (const Identifier &id : m->identifiers) {
            const QString key = id.kind + QLatin1Char('\n') + id.value;
            if (!seen.contains(key)) {
                seen.insert(key);
                out.append(id);
            }
        }
    }
    return out;
}

QString AuditReport::summaryLine(const ScanResult &result, const UserScan &user)
{
    // Counts the tools listed for this account: present ones (a machine-wide copy or data counts),
    // and those the catalog always lists.
    int collecting = 0;
    int listed = 0;
    for (const ToolStatus &t : user.tools) {
        if (!Presence::isListed(result, t))
            continue;
        ++listed;
        if (t.state == State::Enabled)
            ++collecting;
    }
    return tr("%1 of %n tool(s) collecting", nullptr, listed).arg(collecting);
}

bool AuditReport::anyEnabled(const ScanResult &result)
{
    for (const UserScan &u : result.users) {
        for (const ToolStatus &t : u.tools) {
            if (t.state == State::Enabled && Presence::isListed(result, t))
                return true;
        }
    }
    return false;
}

QByteArray AuditReport::render(Format format) const
{
    switch (format) {
    case Format::Json:
        return toJson();
    case Format::Csv:
        return toCsv();
    case Format::Html:
        return toHtml();
    case Format::OpenMetrics:
        return OpenMetricsReport::render(m_result, QDateTime::currentMSecsSinceEpoch());
    case Format::Text:
        break;
    }
    return toText().toUtf8();
}

QByteArray AuditReport::toJson() const
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    write(Format::Json, &buffer);
    return out;
}

namespace {

// Streams JSON: small parts are dumped with indentation, long arrays (stored reports, session ids)
// one compact element per line, so memory does not grow with the number of reports.
class JsonStream {
public:
    explicit JsonStream(QIODevice *device)
        : m_device(device)
    { }
    bool ok() const { return m_ok; }
    void raw(const std::string &text)
    {
        m_buffer += text;
        if (m_buffer.size() > 256 * 1024)
            flush();
    }
    // `"key": <value>` with `value` indented to `depth` levels of two spaces.
    void member(int depth, const char *key, const Json &value, bool last)
    {
        const std::string pad(size_t(depth) * 2, ' ');
        std::string dumped = value.dump(2, ' ', false, Json::error_handler_t::replace);
        std::string indented;
        indented.reserve(dumped.size());
        for (char c : dumped) {
            indented += c;
            if (c == '\n')
                indented += pad;
        }
        raw(pad + '"' + key + "\": " + indented + (last ? "\n" : ",\n"));
    }
    template<typename List, typename Fn>
    void array(int depth, const char *key, const List &items, Fn toJson, bool last)
    {
        const std::string pad(size_t(depth) * 2, ' ');
        if (items.isEmpty()) {
            raw(pad + '"' + key + "\": []" + (last ? "\n" : ",\n"));
            return;
        }
        raw(pad + '"' + key + "\": [\n");
        for (qsizetype i = 0; i < items.size(); ++i)
            raw(pad + "  " + toJson(items.at(i)).dump(-1, ' ', false, Json::error_handler_t::replace)
                + (i + 1 < items.size() ? ",\n" : "\n"));
        raw(pad + (last ? "]\n" : "],\n"));
    }
    void flush()
    {
        if (m_buffer.empty())
            return;
        if (m_device->write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
            m_ok = false;
        m_buffer.clear();
    }

private:
    QIODevice *m_device;
    std::string m_buffer;
    bool m_ok = true;
};

} // namespace

bool AuditReport::write(Format format, QIODevice *device) const
{
    if (format != Format::Json) {
        const QByteArray data = render(format);
        return device->write(data) == data.size();
    }
    JsonStream js(device);
    js.raw("{\n");
    js.member(1, "schema_version", 1, false);
    js.member(1, "generator", s(QStringLiteral("telemetry-lens ") + QStringLiteral(TLENS_VERSION)), false);
    js.member(1, "generated_at", s(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), false);
    js.member(1, "root", s(m_result.machine.root), false);
    js.raw("  \"users\": [");
    for (qsizetype ui = 0; ui < m_result.users.size(); ++ui) {
        const UserScan &u = m_result.users.at(ui);
        Json uj;
        uj["user"] = s(u.account.name);
        uj["home"] = s(u.account.home);
        uj["shell"] = s(u.account.shell);
        uj["summary"] = s(summaryLine(m_result, u));
        Json tools = Json::array();
        for (const ToolStatus &t : u.tools) {
            Json tj;
            tj["id"] = s(t.toolId);
            tj["name"] = s(t.name);
            tj["family"] = s(ToolFamily::of(t.toolId));
            tj["state"] = s(stateName(t.state));
            tj["present"] = Presence::isPresent(m_result, t);
            tj["decided_by"] = inputJson(t.decidedBy);
            Json shadowed = Json::array();
            for (const Input &in : t.shadowed())
                shadowed.push_back(inputJson(in));
            tj["shadowed"] = shadowed;
            Json inputs = Json::array();
            for (const Input &in : t.inputs)
                inputs.push_back(inputJson(in));
            tj["inputs"] = inputs;
            tj["explanation"] = s(t.explanation);
            // The tool's own status command, and how it disagrees with what the tool does: users believe it.
            const ToolSpec *spec = Catalog::instance().tool(t.toolId);
            if (spec && !spec->statusCommand.isEmpty()) {
                Json command;
                command["command"] = s(spec->statusCommand);
                if (!spec->statusCommandLies.isEmpty())
                    command["lies"] = s(Catalog::text(spec->statusCommandLies));
                tj["status_command"] = command;
            }
            tj["warnings"] = warningsJson(t.warnings);
            Json artifacts = Json::array();
            for (const Artifact &a : t.artifacts)
                artifacts.push_back(artifactJson(a));
            tj["artifacts"] = artifacts;
            Json ids = Json::array();
            for (const Identifier &id : t.identifiers)
                ids.push_back(identifierJson(id));
            tj["identifiers"] = ids;
            Json inst = Json::array();
            for (const Installation &in : t.installations)
                inst.push_back(installationJson(in));
            tj["installations"] = inst;
            tj["reports"] = reportsFor(m_result, t).size();
            tools.push_back(tj);
        }
        uj["tools"] = tools;
        uj["warnings"] = warningsJson(u.warnings);
        std::string dumped = uj.dump(2, ' ', false, Json::error_handler_t::replace);
        std::string indented = "    ";
        for (char c : dumped) {
            indented += c;
            if (c == '\n')
                indented += "    ";
        }
        js.raw((ui == 0 ? "\n" : ",\n") + indented);
    }
    js.raw(m_result.users.isEmpty() ? "],\n" : "\n  ],\n");
    js.raw("  \"machine\": {\n");
    js.member(2, "root", s(m_result.machine.root), false);
    js.member(2, "hostname", s(m_result.machine.hostName), false);
    js.member(2, "os", s(m_result.machine.os), false);
    js.member(2, "cpu_count", m_result.machine.cpuCount > 0 ? Json(m_result.machine.cpuCount) : Json(nullptr),
              false);
    js.raw("    \"tools\": [");
    for (qsizetype mi = 0; mi < m_result.machine.tools.size(); ++mi) {
        const MachineToolData &m = m_result.machine.tools.at(mi);
        js.raw(mi == 0 ? "\n      {\n" : ",\n      {\n");
        js.member(4, "id", s(m.toolId), false);
        js.member(4, "name", s(m.name), false);
        Json locs = Json::array();
        for (const QString &l : m.locations)
            locs.push_back(s(l));
        js.member(4, "locations", locs, false);
        js.array(4, "artifacts", m.artifacts, artifactJson, false);
        js.array(4, "identifiers", m.identifiers, identifierJson, false);
        js.array(4, "installations", m.installations, installationJson, false);
        js.member(4, "warnings", warningsJson(m.warnings), true);
        js.raw("      }");
    }
    js.raw(m_result.machine.tools.isEmpty() ? "]\n" : "\n    ]\n");
    js.raw("  },\n");
    js.array(
        1, "findings", m_result.findings,
        [](const Finding &f) {
            const char *severity = f.severity == Finding::Severity::Error ? "error"
                : f.severity == Finding::Severity::Info                   ? "info"
                                                                          : "warning";
            return Json { { "path", s(f.path) },
                          { "code", s(f.code) },
                          { "message", s(f.message) },
                          { "severity", severity } };
        },
        false);
    js.member(1, "scan",
              Json { { "files_read", m_result.scannedFiles }, { "elapsed_ms", m_result.elapsedMs } }, true);
    js.raw("}\n");
    js.flush();
    return js.ok();
}

QByteArray AuditReport::toCsv() const
{
    QStringList header { QStringLiteral("user"), QStringLiteral("home"), QStringLiteral("tool"),
                         QStringLiteral("state"), QStringLiteral("decided_by_kind"),
                         QStringLiteral("decided_by"), QStringLiteral("decided_by_file"),
                         QStringLiteral("decided_by_line"), QStringLiteral("shadowed"),
                         QStringLiteral("explanation"), QStringLiteral("reports"),
                         QStringLiteral("identifiers"), QStringLiteral("warnings"),
                         // Last, so that the columns before it keep their places for existing readers.
                         QStringLiteral("family") };
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const UserScan &u : m_result.users) {
        for (const ToolStatus &t : u.tools) {
            if (!m_allTools && !Presence::isListed(m_result, t))
                continue;
            QStringList shadowed;
            for (const Input &in : t.shadowed())
                shadowed.append(in.text
                                + (in.file.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" (") + location(in) + QLatin1Char(')')));
            QStringList warnings;
            for (const Warning &w : t.warnings)
                warnings.append(w.code);
            QStringList ids;
            for (const Identifier &id : identifiersFor(m_result, t))
                ids.append(id.kind + QLatin1Char('=') + id.value);
            const QStringList row { u.account.name,
                                    u.account.home,
                                    t.toolId,
                                    stateName(t.state),
                                    t.decidedBy.kind,
                                    t.decidedBy.text,
                                    t.decidedBy.file,
                                    t.decidedBy.line > 0 ? QString::number(t.decidedBy.line) : QString(),
                                    shadowed.join(QStringLiteral("; ")),
                                    t.explanation,
                                    QString::number(reportsFor(m_result, t).size()),
                                    ids.join(QStringLiteral("; ")),
                                    warnings.join(QStringLiteral("; ")),
                                    ToolFamily::of(t.toolId) };
            QStringList fields;
            for (const QString &f : row)
                fields.append(csvField(f));
            out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return out.toUtf8();
}

QString AuditReport::toText(bool details) const
{
    QString out;
    for (const UserScan &u : m_result.users) {
        out += tr("%1 (%2): %3").arg(u.account.name, u.account.home, summaryLine(m_result, u))
            + QLatin1Char('\n');
        const auto groups = groupedTools(m_result, u, m_allTools);
        // One column for the names of every family, so states line up down the whole account.
        qsizetype nameWidth = 9;
        for (const auto &group : groups) {
            for (const ToolStatus *t : group.second)
                nameWidth = std::max(nameWidth, t->name.size());
        }
        for (const auto &group : groups) {
            out += QStringLiteral("  ") + ToolFamily::label(group.first) + QLatin1Char('\n');
            for (const ToolStatus *tool : group.second) {
                const ToolStatus &t = *tool;
                const QList<Artifact> reports = reportsFor(m_result, t);
                const QList<Identifier> ids = identifiersFor(m_result, t);
                out += QStringLiteral("    %1 %2 %3  %4\n")
                           .arg(stateSymbol(t.state), t.name.leftJustified(nameWidth),
                                stateLabel(t.state).leftJustified(13),
                                tr("%n report(s)", nullptr, int(reports.size())) + QStringLiteral(" · ")
                                    + tr("%n identifier(s)", nullptr, int(ids.size())));
                out += QStringLiteral("      ") + t.explanation + QLatin1Char('\n');
                if (details)
                    out += detailLines(t);
            }
        }
        for (const Warning &w : u.warnings)
            out += QStringLiteral("  ! ") + w.message + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    if (details) {
        QStringList machineLines;
        for (const MachineToolData &m : m_result.machine.tools) {
            if (m.artifacts.isEmpty() && m.installations.isEmpty() && m.warnings.isEmpty())
                continue;
            int sent = 0;
            int failed = 0;
            int unconfirmed = 0;
            for (const Artifact &a : m.artifacts) {
                sent += a.sent == SendStatus::Sent;
                failed += a.sent == SendStatus::Failed;
                unconfirmed += a.sent == SendStatus::NotConfirmed;
            }
            QString line = QStringLiteral("  %1: ").arg(m.name)
                + tr("%n stored report(s) in %1", nullptr, int(m.artifacts.size()))
                      .arg(m.locations.join(QStringLiteral(", ")));
            line += QStringLiteral(" (")
                + tr("%1 sent, %2 failed, %3 not confirmed").arg(sent).arg(failed).arg(unconfirmed)
                + QLatin1Char(')');
            machineLines.append(line);
            for (const Warning &w : m.warnings)
                machineLines.append(QStringLiteral("    ! ") + w.message);
        }
        if (!machineLines.isEmpty())
            out += tr("Machine-wide data:") + QLatin1Char('\n') + machineLines.join(QLatin1Char('\n'))
                + QStringLiteral("\n\n");
        if (!m_result.findings.isEmpty()) {
            out += tr("Files that could not be used:") + QLatin1Char('\n');
            for (const Finding &f : m_result.findings)
                out += QStringLiteral("  - ") + f.message + QLatin1Char('\n');
        }
    }
    return out;
}

QByteArray AuditReport::toHtml() const
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    h += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h += QStringLiteral("<title>") + esc(tr("Telemetry audit")) + QStringLiteral("</title><style>");
    h += QStringLiteral(
        ":root{color-scheme:light dark;font-family:system-ui,sans-serif}body{max-width:72rem;margin:2rem "
        "auto;padding:0 1rem;line-height:1.45}"
        "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid "
        "#8884;padding:.35rem .5rem;text-align:left;vertical-align:top}"
        "th{font-weight:600}tr.family "
        "th{padding-top:1rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;opacity:.75}."
        "state{font-weight:700;white-space:nowrap}.enabled{color:#b3261e}.disabled{color:"
        "#1b6e36}.misconfigured{color:#9a5b00}"
        "code{font-family:ui-monospace,monospace;font-size:.92em}.warn{margin:.2rem "
        "0}.muted{opacity:.7}details{margin:.5rem 0}"
        "@media "
        "(prefers-color-scheme:dark){.enabled{color:#ff8a80}.disabled{color:#81c995}.misconfigured{color:#"
        "fdd663}}");
    h += QStringLiteral("</style></head><body>");
    h += QStringLiteral("<h1>") + esc(tr("Telemetry audit")) + QStringLiteral("</h1>");
    h += QStringLiteral("<p class=\"muted\">")
        + esc(tr("Machine: %1 · %2 · scanned root %3 · generated %4")
                  .arg(m_result.machine.hostName.isEmpty() ? tr("unknown host") : m_result.machine.hostName,
                       m_result.machine.os.isEmpty() ? tr("unknown system") : m_result.machine.os,
                       m_result.machine.root, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)))
        + QStringLiteral("</p>");
    for (const UserScan &u : m_result.users) {
        h += QStringLiteral("<h2>") + esc(u.account.name) + QStringLiteral(" <span class=\"muted\">")
            + esc(u.account.home) + QStringLiteral("</span></h2><p>") + esc(summaryLine(m_result, u))
            + QStringLiteral("</p>");
        h += QStringLiteral("<table><thead><tr><th>") + esc(tr("Tool")) + QStringLiteral("</th><th>")
            + esc(tr("State")) + QStringLiteral("</th><th>") + esc(tr("Why")) + QStringLiteral("</th><th>")
            + esc(tr("Reports")) + QStringLiteral("</th><th>") + esc(tr("Identifiers"))
            + QStringLiteral("</th></tr></thead><tbody>");
        for (const auto &group : groupedTools(m_result, u, m_allTools)) {
            h += QStringLiteral("<tr class=\"family\"><th colspan=\"5\" scope=\"colgroup\">")
                + esc(ToolFamily::label(group.first)) + QStringLiteral("</th></tr>");
            for (const ToolStatus *tool : group.second) {
                const ToolStatus &t = *tool;
                h += QStringLiteral("<tr><td>") + esc(t.name) + QStringLiteral("</td><td class=\"state ")
                    + stateName(t.state) + QStringLiteral("\">")
                    + esc(stateSymbol(t.state) + QLatin1Char(' ') + stateLabel(t.state))
                    + QStringLiteral("</td><td>") + esc(t.explanation);
                for (const Warning &w : t.warnings)
                    h += QStringLiteral("<div class=\"warn\">⚠ ") + esc(w.message) + QStringLiteral("</div>");
                h += QStringLiteral("<details><summary>") + esc(tr("Inputs in precedence order"))
                    + QStringLiteral("</summary><table>");
                for (const Input &in : t.inputs) {
                    h += QStringLiteral("<tr><td>") + esc(roleName(in.role))
                        + QStringLiteral("</td><td><code>") + esc(in.text)
                        + QStringLiteral("</code></td><td>") + esc(location(in)) + QStringLiteral("</td><td>")
                        + esc(in.note) + QStringLiteral("</td></tr>");
                }
                h += QStringLiteral("</table></details></td><td>")
                    + QString::number(reportsFor(m_result, t).size()) + QStringLiteral("</td><td>");
                QStringList ids;
                for (const Identifier &id : identifiersFor(m_result, t))
                    ids.append(QStringLiteral("<code>") + esc(id.kind + QLatin1Char('=') + id.value)
                               + QStringLiteral("</code>"));
                h += ids.join(QStringLiteral("<br>")) + QStringLiteral("</td></tr>");
            }
        }
        h += QStringLiteral("</tbody></table>");
    }
    h += QStringLiteral("<h2>") + esc(tr("Stored reports on this machine")) + QStringLiteral("</h2>");
    for (const MachineToolData &m : m_result.machine.tools) {
        if (m.artifacts.isEmpty())
            continue;
        h += QStringLiteral("<h3>") + esc(m.name) + QStringLiteral("</h3><table><thead><tr><th>")
            + esc(tr("Time")) + QStringLiteral("</th><th>") + esc(tr("Session")) + QStringLiteral("</th><th>")
            + esc(tr("Status")) + QStringLiteral("</th><th>") + esc(tr("Version"))
            + QStringLiteral("</th><th>") + esc(tr("Summary")) + QStringLiteral("</th></tr></thead><tbody>");
        for (const Artifact &a : m.artifacts) {
            h += QStringLiteral("<tr><td>") + esc(timeText(a.timeMs)) + QStringLiteral("</td><td><code>")
                + esc(a.sessionId) + QStringLiteral("</code></td><td>") + esc(sendStatusLabel(a.sent))
                + QStringLiteral("</td><td>") + esc(a.version) + QStringLiteral("</td><td>") + esc(a.summary)
                + QStringLiteral("</td></tr>");
        }
        h += QStringLiteral("</tbody></table>");
        for (const Warning &w : m.warnings)
            h += QStringLiteral("<p class=\"warn\">⚠ ") + esc(w.message) + QStringLiteral("</p>");
    }
    if (!m_result.findings.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(tr("Files that could not be used")) + QStringLiteral("</h2><ul>");
        for (const Finding &f : m_result.findings)
            h += QStringLiteral("<li>") + esc(f.message) + QStringLiteral("</li>");
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

} // namespace tlens

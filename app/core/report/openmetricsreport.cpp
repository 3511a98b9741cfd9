#include "openmetricsreport.h"

#include "report/auditreport.h"
#include "scan/presence.h"

namespace tlens {

namespace {

// Metric names and HELP texts are part of the monitoring interface, like JSON keys: English and
// the same in every language, so that dashboards and alert rules keep matching.
struct Family {
    const char *name;
    const char *help;
    const char *unit; // nullptr when the value has no unit
};

void header(QByteArray &out, const Family &f)
{
    out += QByteArray("# TYPE ") + f.name + " gauge\n";
    if (f.unit)
        out += QByteArray("# UNIT ") + f.name + ' ' + f.unit + '\n';
    out += QByteArray("# HELP ") + f.name + ' ' + f.help + '\n';
}

QByteArray labels(const UserScan &user, const ToolStatus &tool)
{
    return "{user=\"" + OpenMetricsReport::escapeLabel(user.account.name) + "\",tool=\""
        + OpenMetricsReport::escapeLabel(tool.toolId) + "\"}";
}

template<typename Value> void perTool(QByteArray &out, const ScanResult &result, const Family &f, Value value)
{
    header(out, f);
    for (const UserScan &u : result.users) {
        // A tool that is not present for the account (not installed, no settings, no records)
        // collects nothing there: it gets no series, and one appears when it is installed.
        for (const ToolStatus &t : u.tools) {
            if (Presence::isListed(result, t))
                out += f.name + labels(u, t) + ' ' + QByteArray::number(value(t)) + '\n';
        }
    }
}

} // namespace

QByteArray OpenMetricsReport::escapeLabel(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray OpenMetricsReport::render(const ScanResult &result, qint64 auditTimeMs)
{
    QByteArray out;
    perTool(out, result,
            { "telemetry_lens_tool_collecting",
              "Whether the tool collects usage data for the account (1) or not (0).", nullptr },
            [](const ToolStatus &t) { return t.state == State::Enabled ? 1 : 0; });
    perTool(out, result,
            { "telemetry_lens_tool_misconfigured",
              "Whether the account's settings for the tool hold a value the tool rejects (1) or not (0).",
              nullptr },
            [](const ToolStatus &t) { return t.state == State::Misconfigured ? 1 : 0; });
    perTool(
        out, result,
        { "telemetry_lens_tool_stored_reports",
          "Stored telemetry reports of the tool that the account sees, the machine's shared ones included.",
          nullptr },
        [&result](const ToolStatus &t) { return qint64(AuditReport::reportsFor(result, t).size()); });
    perTool(out, result,
            { "telemetry_lens_tool_identifiers",
              "Identifiers the tool keeps for the account, the machine's shared ones included.", nullptr },
            [&result](const ToolStatus &t) { return qint64(AuditReport::identifiersFor(result, t).size()); });
    const Family time { "telemetry_lens_audit_timestamp_seconds",
                        "When the audit finished, in seconds since the Unix epoch.", "seconds" };
    header(out, time);
    out += QByteArray(time.name) + ' ' + QByteArray::number(double(auditTimeMs) / 1000.0, 'f', 3) + '\n';
    const Family duration { "telemetry_lens_audit_duration_seconds", "How long the audit took.", "seconds" };
    header(out, duration);
    out += QByteArray(duration.name) + ' ' + QByteArray::number(double(result.elapsedMs) / 1000.0, 'f', 3)
        + '\n';
    const Family accounts { "telemetry_lens_audit_accounts", "Accounts the audit examined.", nullptr };
    header(out, accounts);
    out += QByteArray(accounts.name) + ' ' + QByteArray::number(result.users.size()) + '\n';
    out += "# EOF\n";
    return out;
}

} // namespace tlens

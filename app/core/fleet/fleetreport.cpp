#include "fleetreport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace tlens {

namespace {

using Json = nlohmann::ordered_json;

std::string s(const QString &v)
{
    return v.toStdString();
}

QString cellSymbol(const FleetCell &c)
{
    if (!c.present)
        return QStringLiteral("-");
    switch (c.state) {
    case State::Enabled:
        return QStringLiteral("●");
    case State::Misconfigured:
        return QStringLiteral("▲");
    case State::Disabled:
        break;
    }
    return QStringLiteral("○");
}

// "● 2/3": the state and how many of the host's accounts it holds for.
QString cellText(const FleetCell &c)
{
    if (!c.present)
        return cellSymbol(c);
    const int n = c.state == State::Enabled ? c.collecting
        : c.state == State::Misconfigured   ? c.misconfigured
                                            : c.accounts - c.collecting - c.misconfigured;
    return QStringLiteral("%1 %2/%3").arg(cellSymbol(c)).arg(n).arg(c.accounts);
}

QString csvField(const QString &v)
{
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

} // namespace

bool FleetHost::anyCollecting() const
{
    return std::any_of(cells.cbegin(), cells.cend(),
                       [](const FleetCell &c) { return c.present && c.state == State::Enabled; });
}

bool FleetReport::parseFormat(const QString &name, Format *format)
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
    else
        return false;
    return true;
}

QString FleetReport::hostNameFor(const QString &file)
{
    QString name = QFileInfo(file).fileName();
    if (name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        name.chop(5);
    return name;
}

QStringList FleetReport::reportFiles(const QStringList &paths, QStringList *errors)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names = QDir(path).entryList({ QStringLiteral("*.json") },
                                                           QDir::Files | QDir::Readable, QDir::Name);
            if (names.isEmpty())
                errors->append(tr("%1 holds no audit reports (*.json files).").arg(path));
            for (const QString &name : names)
                files.append(QDir(path).filePath(name));
        } else if (info.exists()) {
            files.append(path);
        } else {
            errors->append(tr("%1 does not exist.").arg(path));
        }
    }
    return files;
}

bool FleetReport::load(const QStringList &paths, QStringList *errors)
{
    const int before = int(errors->size());
    const QStringList files = reportFiles(paths, errors);
    QList<AuditSnapshot> snapshots;
    QStringList names;
    for (const QString &file : files) {
        AuditSnapshot snapshot;
        QString error;
        if (!AuditSnapshot::load(file, &snapshot, &error)) {
            errors->append(error);
            continue;
        }
        snapshots.append(snapshot);
        names.append(hostNameFor(file));
    }
    if (errors->size() > before)
        return false;
    if (snapshots.isEmpty()) {
        errors->append(tr("No audit reports were given."));
        return false;
    }
    // Two files of the same name in different folders: the path tells the hosts apart.
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.count(names.at(i)) > 1)
            names[i] = snapshots.at(i).source;
    }
    setHosts(snapshots, names);
    return true;
}

void FleetReport::setHosts(const QList<AuditSnapshot> &snapshots, const QStringList &names)
{
    m_hosts.clear();
    m_tools.clear();
    QHash<QString, int> toolIndex;
    for (const AuditSnapshot &snap : snapshots) {
        for (const SnapshotUser &u : snap.users) {
            for (const SnapshotTool &t : u.tools) {
                if (!toolIndex.contains(t.id)) {
                    toolIndex.insert(t.id, int(m_tools.size()));
                    m_tools.append(FleetTool { t.id, t.name });
                }
            }
        }
    }
    for (qsizetype h = 0; h < snapshots.size(); ++h) {
        FleetHost host;
        host.snapshot = snapshots.at(h);
        host.file = host.snapshot.source;
        host.name = names.value(h, hostNameFor(host.file));
        host.cells.resize(m_tools.size());
        QList<QSet<QString>> ids(m_tools.size());
        for (const SnapshotUser &u : host.snapshot.users) {
            for (const SnapshotTool &t : u.tools) {
                const int i = toolIndex.value(t.id);
                FleetCell &c = host.cells[i];
                c.present = true;
                ++c.accounts;
                c.collecting += t.state == State::Enabled ? 1 : 0;
                c.misconfigured += t.state == State::Misconfigured ? 1 : 0;
                c.reports = std::max(c.reports, t.reports);
                for (const QString &id : t.identifiers)
                    ids[i].insert(id);
            }
        }
        for (qsizetype i = 0; i < m_tools.size(); ++i) {
            FleetCell &c = host.cells[i];
            c.identifiers = int(ids.at(i).size());
            c.state = c.collecting > 0 ? State::Enabled
                : c.misconfigured > 0  ? State::Misconfigured
                                       : State::Disabled;
            FleetTool &t = m_tools[i];
            if (!c.present)
                ++t.absent;
            else if (c.state == State::Enabled)
                ++t.collecting;
            else if (c.state == State::Misconfigured)
                ++t.misconfigured;
            else
                ++t.off;
            t.reports += c.reports;
            t.identifiers += c.identifiers;
        }
        m_hosts.append(host);
    }
    std::stable_sort(m_hosts.begin(), m_hosts.end(), [](const FleetHost &a, const FleetHost &b) {
        if (a.anyCollecting() != b.anyCollecting())
            return a.anyCollecting();
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

int FleetReport::collectingHosts() const
{
    return int(std::count_if(m_hosts.cbegin(), m_hosts.cend(),
                             [](const FleetHost &h) { return h.anyCollecting(); }));
}

QByteArray FleetReport::render(Format format) const
{
    switch (format) {
    case Format::Json:
        return toJson();
    case Format::Csv:
        return toCsv();
    case Format::Html:
        return toHtml();
    case Format::Text:
        break;
    }
    return toText().toUtf8();
}

QString FleetReport::toText() const
{
    QString t;
    t += tr("Fleet: %n host(s)", nullptr, int(m_hosts.size())) + QStringLiteral(", ")
        + tr("%n with a collecting tool", nullptr, collectingHosts()) + QStringLiteral("\n\n");
    int width = int(tr("Host").size());
    for (const FleetHost &h : m_hosts)
        width = std::max(width, int(h.name.size()));
    QList<int> widths;
    t += tr("Host").leftJustified(width + 2);
    for (const FleetTool &tool : m_tools) {
        widths.append(std::max(int(tool.name.size()), 7) + 2);
        t += tool.name.leftJustified(widths.last());
    }
    t = t.trimmed() + QLatin1Char('\n');
    for (const FleetHost &h : m_hosts) {
        QString line = h.name.leftJustified(width + 2);
        for (qsizetype i = 0; i < m_tools.size(); ++i)
            line += cellText(h.cells.at(i)).leftJustified(widths.at(i));
        t += line.trimmed() + QLatin1Char('\n');
    }
    t += QLatin1Char('\n')
        + tr("● collecting, ▲ misconfigured, ○ off, - not in the report; n/m: accounts of the host")
        + QStringLiteral("\n\n") + tr("Totals per tool:") + QLatin1Char('\n');
    for (const FleetTool &tool : m_tools) {
        t += QStringLiteral("  ") + tool.name + QStringLiteral(": ")
            + tr("collecting on %1, misconfigured on %2, off on %3 of %n host(s)", nullptr,
                 int(m_hosts.size()))
                  .arg(tool.collecting)
                  .arg(tool.misconfigured)
                  .arg(tool.off)
            + QStringLiteral("; ") + tr("%n stored report(s)", nullptr, tool.reports) + QStringLiteral(", ")
            + tr("%n identifier(s)", nullptr, tool.identifiers) + QLatin1Char('\n');
    }
    bool header = false;
    for (const FleetHost &h : m_hosts) {
        const QStringList warnings = h.snapshot.allWarnings();
        if (warnings.isEmpty())
            continue;
        if (!header) {
            t += QLatin1Char('\n') + tr("Warnings:") + QLatin1Char('\n');
            header = true;
        }
        t += QStringLiteral("  ") + h.name + QLatin1Char('\n');
        for (const QString &w : warnings)
            t += QStringLiteral("    ⚠ ") + w + QLatin1Char('\n');
    }
    return t;
}

QByteArray FleetReport::toJson() const
{
    Json hosts = Json::array();
    for (const FleetHost &h : m_hosts) {
        Json tools = Json::object();
        Json collecting = Json::array();
        for (qsizetype i = 0; i < m_tools.size(); ++i) {
            const FleetCell &c = h.cells.at(i);
            if (!c.present)
                continue;
            if (c.state == State::Enabled)
                collecting.push_back(s(m_tools.at(i).id));
            tools[s(m_tools.at(i).id)] = Json { { "state", s(stateName(c.state)) },
                                                { "accounts", c.accounts },
                                                { "collecting_accounts", c.collecting },
                                                { "misconfigured_accounts", c.misconfigured },
                                                { "reports", c.reports },
                                                { "identifiers", c.identifiers } };
        }
        Json warnings = Json::array();
        for (const QString &w : h.snapshot.allWarnings())
            warnings.push_back(s(w));
        hosts.push_back(Json { { "host", s(h.name) },
                               { "file", s(h.file) },
                               { "hostname", s(h.snapshot.hostName) },
                               { "generated_at", s(h.snapshot.generatedAt) },
                               { "accounts", h.snapshot.users.size() },
                               { "collecting", collecting },
                               { "tools", tools },
                               { "warnings", warnings } });
    }
    Json tools = Json::array();
    for (const FleetTool &t : m_tools)
        tools.push_back(Json { { "id", s(t.id) },
                               { "name", s(t.name) },
                               { "hosts_collecting", t.collecting },
                               { "hosts_misconfigured", t.misconfigured },
                               { "hosts_off", t.off },
                               { "hosts_without", t.absent },
                               { "reports", t.reports },
                               { "identifiers", t.identifiers } });
    Json doc;
    doc["schema_version"] = 1;
    doc["generator"] = s(QStringLiteral("telemetry-lens ") + QStringLiteral(TLENS_VERSION));
    doc["generated_at"] = s(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    doc["hosts_collecting"] = collectingHosts();
    doc["hosts"] = hosts;
    doc["tools"] = tools;
    return QByteArray::fromStdString(doc.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
}

QByteArray FleetReport::toCsv() const
{
    QString out
        = QStringLiteral("host,tool,state,accounts,collecting_accounts,misconfigured_accounts,reports,"
                         "identifiers,warnings\r\n");
    for (const FleetHost &h : m_hosts) {
        const QString warnings = h.snapshot.allWarnings().join(QStringLiteral("; "));
        for (qsizetype i = 0; i < m_tools.size(); ++i) {
            const FleetCell &c = h.cells.at(i);
            if (!c.present)
                continue;
            const QStringList row { csvField(h.name),
                                    csvField(m_tools.at(i).id),
                                    stateName(c.state),
                                    QString::number(c.accounts),
                                    QString::number(c.collecting),
                                    QString::number(c.misconfigured),
                                    QString::number(c.reports),
                                    QString::number(c.identifiers),
                                    csvField(warnings) };
            out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return out.toUtf8();
}

QByteArray FleetReport::toHtml() const
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        + esc(tr("Telemetry Lens fleet report"))
        + QStringLiteral("</title><style>"
                         "body{font-family:sans-serif;margin:2em}"
                         "table{border-collapse:collapse}"
                         "td,th{border:1px solid #bbb;padding:4px 8px;text-align:left}"
                         ".enabled{color:#b00020;font-weight:bold}"
                         ".misconfigured{color:#8a5a00}"
                         ".disabled{color:#1b5e20}"
                         ".warn{color:#8a5a00}"
                         "</style></head><body>");
    h += QStringLiteral("<h1>") + esc(tr("Telemetry Lens fleet report")) + QStringLiteral("</h1><p>")
        + esc(tr("%n host(s)", nullptr, int(m_hosts.size())) + QStringLiteral(", ")
              + tr("%n with a collecting tool", nullptr, collectingHosts()))
        + QStringLiteral("</p><table><thead><tr><th>") + esc(tr("Host")) + QStringLiteral("</th>");
    for (const FleetTool &t : m_tools)
        h += QStringLiteral("<th>") + esc(t.name) + QStringLiteral("</th>");
    h += QStringLiteral("<th>") + esc(tr("Warnings")) + QStringLiteral("</th></tr></thead><tbody>");
    for (const FleetHost &host : m_hosts) {
        h += QStringLiteral("<tr><th>") + esc(host.name) + QStringLiteral("</th>");
        for (const FleetCell &c : host.cells) {
            if (!c.present) {
                h += QStringLiteral("<td>-</td>");
                continue;
            }
            h += QStringLiteral("<td class=\"") + stateName(c.state) + QStringLiteral("\">")
                + esc(stateLabel(c.state)) + QStringLiteral(" (")
                + esc(tr("%1 of %n account(s)", nullptr, c.accounts)
                          .arg(c.state == State::Enabled ? c.collecting
                                   : c.state == State::Misconfigured
                                   ? c.misconfigured
                                   : c.accounts - c.collecting - c.misconfigured))
                + QStringLiteral(")</td>");
        }
        h += QStringLiteral("<td>") + QString::number(host.snapshot.allWarnings().size())
            + QStringLiteral("</td></tr>");
    }
    h += QStringLiteral("</tbody><tfoot><tr><th>") + esc(tr("Collecting on")) + QStringLiteral("</th>");
    for (const FleetTool &t : m_tools)
        h += QStringLiteral("<td>")
            + esc(tr("%1 of %n host(s)", nullptr, int(m_hosts.size())).arg(t.collecting))
            + QStringLiteral("</td>");
    h += QStringLiteral("<td></td></tr></tfoot></table>");
    h += QStringLiteral("<h2>") + esc(tr("Totals per tool")) + QStringLiteral("</h2><table><thead><tr><th>")
        + esc(tr("Tool")) + QStringLiteral("</th><th>") + esc(tr("Collecting")) + QStringLiteral("</th><th>")
        + esc(tr("Misconfigured")) + QStringLiteral("</th><th>") + esc(tr("Off"))
        + QStringLiteral("</th><th>") + esc(tr("Stored reports")) + QStringLiteral("</th><th>")
        + esc(tr("Identifiers")) + QStringLiteral("</th></tr></thead><tbody>");
    for (const FleetTool &t : m_tools)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(esc(t.name))
                 .arg(t.collecting)
                 .arg(t.misconfigured)
                 .arg(t.off)
                 .arg(t.reports)
                 .arg(t.identifiers);
    h += QStringLiteral("</tbody></table>");
    for (const FleetHost &host : m_hosts) {
        const QStringList warnings = host.snapshot.allWarnings();
        if (warnings.isEmpty())
            continue;
        h += QStringLiteral("<h3>") + esc(host.name) + QStringLiteral("</h3><ul>");
        for (const QString &w : warnings)
            h += QStringLiteral("<li class=\"warn\">") + esc(w) + QStringLiteral("</li>");
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

} // namespace tlens

#include "auditdrift.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace tlens {

namespace {

DriftChange change(DriftChange::Kind kind, const QString &user, const SnapshotTool *tool,
                   const QString &before, const QString &after, const QString &message)
{
    DriftChange c;
    c.kind = kind;
    c.user = user;
    if (tool) {
        c.toolId = tool->id;
        c.toolName = tool->name;
    }
    c.before = before;
    c.after = after;
    c.message = message;
    return c;
}

QString decision(const SnapshotTool &t)
{
    return t.decidedWhere.isEmpty() ? t.decidedBy
                                    : AuditDrift::tr("%1 (%2)").arg(t.decidedBy, t.decidedWhere);
}

void compareTool(const QString &user, const SnapshotTool &was, const SnapshotTool &now,
                 QList<DriftChange> *out)
{
    using Kind = DriftChange::Kind;
    const QString wasState = stateName(was.state);
    const QString nowState = stateName(now.state);
    if (was.state != now.state) {
        if (now.state == State::Enabled)
            out->append(change(Kind::StartedCollecting, user, &now, wasState, nowState,
                               AuditDrift::tr("%1 started collecting for %2, decided by %3.")
                                   .arg(now.name, user, decision(now))));
        else if (was.state == State::Enabled)
            out->append(change(Kind::StoppedCollecting, user, &now, wasState, nowState,
                               AuditDrift::tr("%1 stopped collecting for %2 (%3), decided by %4.")
                                   .arg(now.name, user, stateLabel(now.state), decision(now))));
        else
            out->append(change(
                Kind::StateChanged, user, &now, wasState, nowState,
                AuditDrift::tr("%1 for %2 went from %3 to %4, decided by %5.")
                    .arg(now.name, user, stateLabel(was.state), stateLabel(now.state), decision(now))));
    } else if (decision(was) != decision(now)) {
        out->append(change(Kind::SettingChanged, user, &now, decision(was), decision(now),
                           AuditDrift::tr("%1 for %2 is still %3, but now decided by %4 instead of %5.")
                               .arg(now.name, user, stateLabel(now.state), decision(now), decision(was))));
    }
    for (const QString &id : now.identifiers) {
        if (!was.identifiers.contains(id))
            out->append(
                change(Kind::NewIdentifier, user, &now, QString(), id,
                       AuditDrift::tr("%1 has a new identifier for %2: %3.").arg(now.name, user, id)));
    }
    if (now.reports > was.reports)
        out->append(
            change(Kind::NewReports, user, &now, QString::number(was.reports), QString::number(now.reports),
                   AuditDrift::tr("%1 stored %n new report(s) for %2.", nullptr, now.reports - was.reports)
                       .arg(now.name, user)));
}

} // namespace

QList<DriftChange> AuditDrift::compare(const AuditSnapshot &before, const AuditSnapshot &after)
{
    using Kind = DriftChange::Kind;
    QList<DriftChange> out;
    for (const SnapshotUser &now : after.users) {
        const SnapshotUser *was = before.user(now.name);
        if (!was) {
            out.append(change(Kind::AccountAdded, now.name, nullptr, QString(), now.name,
                              tr("Account %1 was not in the previous report.").arg(now.name)));
            for (const SnapshotTool &t : now.tools) {
                if (t.state == State::Enabled)
                    out.append(change(Kind::StartedCollecting, now.name, &t, QString(), stateName(t.state),
                                      tr("%1 started collecting for %2, decided by %3.")
                                          .arg(t.name, now.name, decision(t))));
            }
            continue;
        }
        for (const SnapshotTool &t : now.tools) {
            if (const SnapshotTool *old = was->tool(t.id)) {
                compareTool(now.name, *old, t, &out);
                continue;
            }
            out.append(change(
                t.state == State::Enabled ? Kind::StartedCollecting : Kind::ToolAdded, now.name, &t,
                QString(), stateName(t.state),
                t.state == State::Enabled
                    ? tr("%1 is new for %2 and collects, decided by %3.").arg(t.name, now.name, decision(t))
                    : tr("%1 is new for %2 (%3).").arg(t.name, now.name, stateLabel(t.state))));
        }
        for (const SnapshotTool &t : was->tools) {
            if (!now.tool(t.id))
                out.append(change(Kind::ToolGone, now.name, &t, stateName(t.state), QString(),
                                  tr("%1 is gone for %2.").arg(t.name, now.name)));
        }
    }
    for (const SnapshotUser &was : before.users) {
        if (!after.user(was.name))
            out.append(change(Kind::AccountGone, was.name, nullptr, was.name, QString(),
                              tr("Account %1 is gone.").arg(was.name)));
    }
    return out;
}

bool AuditDrift::anyStartedCollecting(const QList<DriftChange> &changes)
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const DriftChange &c) { return c.kind == DriftChange::Kind::StartedCollecting; });
}

QString AuditDrift::kindName(DriftChange::Kind kind)
{
    switch (kind) {
    case DriftChange::Kind::StartedCollecting:
        return QStringLiteral("started_collecting");
    case DriftChange::Kind::StoppedCollecting:
        return QStringLiteral("stopped_collecting");
    case DriftChange::Kind::StateChanged:
        return QStringLiteral("state_changed");
    case DriftChange::Kind::SettingChanged:
        return QStringLiteral("setting_changed");
    case DriftChange::Kind::NewIdentifier:
        return QStringLiteral("new_identifier");
    case DriftChange::Kind::NewReports:
        return QStringLiteral("new_reports");
    case DriftChange::Kind::ToolAdded:
        return QStringLiteral("tool_added");
    case DriftChange::Kind::ToolGone:
        return QStringLiteral("tool_gone");
    case DriftChange::Kind::AccountAdded:
        return QStringLiteral("account_added");
    case DriftChange::Kind::AccountGone:
        break;
    }
    return QStringLiteral("account_gone");
}

QString AuditDrift::toText(const QList<DriftChange> &changes, const AuditSnapshot &before)
{
    const QString since
        = before.generatedAt.isEmpty() ? before.source : tr("%1 (%2)").arg(before.source, before.generatedAt);
    if (changes.isEmpty())
        return tr("Nothing changed since %1.").arg(since) + QLatin1Char('\n');
    QString t = tr("%n change(s) since %1:", nullptr, int(changes.size())).arg(since) + QLatin1Char('\n');
    for (const DriftChange &c : changes) {
        const bool alarm = c.kind == DriftChange::Kind::StartedCollecting;
        t += (alarm ? QStringLiteral("  ● ") : QStringLiteral("  - ")) + c.message + QLatin1Char('\n');
    }
    return t;
}

QByteArray AuditDrift::toJson(const QList<DriftChange> &changes, const AuditSnapshot &before)
{
    using Json = nlohmann::ordered_json;
    const auto str = [](const QString &v) { return v.toStdString(); };
    Json list = Json::array();
    for (const DriftChange &c : changes) {
        Json j;
        j["kind"] = str(kindName(c.kind));
        j["user"] = str(c.user);
        j["tool"] = c.toolId.isEmpty() ? Json(nullptr) : Json(str(c.toolId));
        j["before"] = c.before.isEmpty() ? Json(nullptr) : Json(str(c.before));
        j["after"] = c.after.isEmpty() ? Json(nullptr) : Json(str(c.after));
        j["message"] = str(c.message);
        list.push_back(j);
    }
    Json doc;
    doc["schema_version"] = 1;
    doc["previous"] = str(before.source);
    doc["previous_generated_at"] = str(before.generatedAt);
    doc["started_collecting"] = anyStartedCollecting(changes);
    doc["changes"] = list;
    return QByteArray::fromStdString(doc.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
}

} // namespace tlens

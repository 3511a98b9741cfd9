#include "scanresult.h"

#include <QCoreApplication>

#include <algorithm>

namespace tlens {

QList<Input> ToolStatus::shadowed() const
{
    QList<Input> out;
    for (const Input &in : inputs) {
        if (in.role == InputRole::Shadowed && in.kind != QLatin1String("default"))
            out.append(in);
    }
    return out;
}

const UserScan *ScanResult::user(const QString &name) const
{
    for (const UserScan &u : users) {
        if (u.account.name == name)
            return &u;
    }
    return nullptr;
}

const MachineToolData *ScanResult::machineTool(const QString &toolId) const
{
    for (const MachineToolData &t : machine.tools) {
        if (t.toolId == toolId)
            return &t;
    }
    return nullptr;
}

QList<Warning> ScanResult::warningsFor(const UserScan &user, const ToolStatus &tool) const
{
    QList<Warning> out;
    const auto add = [&out](const QList<Warning> &warnings) {
        for (const Warning &w : warnings) {
            const bool seen = std::any_of(out.cbegin(), out.cend(), [&w](const Warning &o) {
                return o.code == w.code && o.message == w.message;
            });
            if (!seen)
                out.append(w);
        }
    };
    add(tool.warnings);
    add(user.warnings);
    if (const MachineToolData *m = machineTool(tool.toolId))
        add(m->warnings);
    return out;
}

QString stateName(State state)
{
    switch (state) {
    case State::Enabled:
        return QStringLiteral("enabled");
    case State::Disabled:
        return QStringLiteral("disabled");
    case State::Misconfigured:
        return QStringLiteral("misconfigured");
    }
    return {};
}

QString stateLabel(State state)
{
    switch (state) {
    case State::Enabled:
        return QCoreApplication::translate("State", "Collecting");
    case State::Disabled:
        return QCoreApplication::translate("State", "Off");
    case State::Misconfigured:
        return QCoreApplication::translate("State", "Misconfigured");
    }
    return {};
}

QString roleName(InputRole role)
{
    switch (role) {
    case InputRole::Won:
        return QStringLiteral("won");
    case InputRole::Shadowed:
        return QStringLiteral("shadowed");
    case InputRole::Invalid:
        return QStringLiteral("invalid");
    case InputRole::Ignored:
        return QStringLiteral("ignored");
    case InputRole::Conditional:
        return QStringLiteral("conditional");
    case InputRole::Note:
        return QStringLiteral("note");
    }
    return {};
}

QString sendStatusName(SendStatus status)
{
    switch (status) {
    case SendStatus::Sent:
        return QStringLiteral("sent");
    case SendStatus::NotConfirmed:
        return QStringLiteral("not_confirmed");
    case SendStatus::Failed:
        return QStringLiteral("failed");
    case SendStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace tlens

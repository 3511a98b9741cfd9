#include "optoutplan.h"

namespace tlens {

bool OptOutPlan::hasErrors() const
{
    for (const ToolOutcome &t : tools) {
        if (t.status == ToolOutcome::Status::Failed)
            return true;
    }
    return false;
}

const ToolOutcome *OptOutPlan::tool(const QString &toolId) const
{
    for (const ToolOutcome &t : tools) {
        if (t.toolId == toolId)
            return &t;
    }
    return nullptr;
}

const FileChange *OptOutPlan::change(const QString &pathOrTarget) const
{
    for (const FileChange &c : changes) {
        if (c.path == pathOrTarget || c.target == pathOrTarget)
            return &c;
    }
    return nullptr;
}

QStringList OptOutPlan::toolIds() const
{
    QStringList ids;
    for (const ToolOutcome &t : tools)
        ids.append(t.toolId);
    return ids;
}

int OptOutPlan::sharedFileCount(const QString &toolId) const
{
    const ToolOutcome *outcome = tool(toolId);
    if (!outcome)
        return 0;
    int shared = 0;
    for (const QString &path : outcome->files) {
        for (const ToolOutcome &other : tools) {
            if (other.toolId != toolId && other.files.contains(path)) {
                ++shared;
                break;
            }
        }
    }
    return shared;
}

bool OptOutPlan::hasSharedFiles() const
{
    for (const ToolOutcome &t : tools) {
        if (sharedFileCount(t.toolId) > 0)
            return true;
    }
    return false;
}

QString OptOutPlan::actionName() const
{
    return action == Action::Disable ? QStringLiteral("disable") : QStringLiteral("enable");
}

QHash<QString, QByteArray> OptOutPlan::overlay() const
{
    QHash<QString, QByteArray> files;
    for (const FileChange &c : changes)
        files.insert(c.target, c.newBytes.value_or(QByteArray()));
    return files;
}

} // namespace tlens

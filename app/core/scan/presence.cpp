#include "presence.h"

#include "catalog/catalog.h"

namespace tlens {

namespace {

bool hasSetting(const ToolStatus &status)
{
    for (const Input &in : status.inputs) {
        // Notes (a missing file, a related variable such as XDG_CONFIG_HOME, an unset) say nothing
        // about the tool being used here; DO_NOT_TRACK is everyone's.
        if (in.file.isEmpty() || in.role == InputRole::Note || in.key == QLatin1String("DO_NOT_TRACK"))
            continue;
        return true;
    }
    return false;
}

bool alwaysListed(const ToolStatus &status)
{
    const ToolSpec *spec = Catalog::instance().tool(status.toolId);
    return spec && spec->alwaysListed;
}

} // namespace

bool Presence::isPresent(const ToolStatus &status, const MachineToolData *machine)
{
    if (!status.installations.isEmpty() || !status.artifacts.isEmpty() || !status.identifiers.isEmpty()
        || hasSetting(status))
        return true;
    return machine && (!machine->installations.isEmpty() || !machine->artifacts.isEmpty());
}

bool Presence::isPresent(const ScanResult &result, const ToolStatus &status)
{
    return isPresent(status, result.machineTool(status.toolId));
}

bool Presence::isListed(const ScanResult &result, const ToolStatus &status)
{
    return alwaysListed(status) || isPresent(result, status);
}

bool Presence::isListed(const ToolStatus &status)
{
    return alwaysListed(status) || isPresent(status);
}

QStringList Presence::listedIds(const ScanResult &result, const UserScan &user)
{
    QStringList out;
    for (const ToolStatus &t : user.tools) {
        if (isListed(result, t))
            out.append(t.toolId);
    }
    return out;
}

} // namespace tlens

#include "versionrules.h"

#include <QVersionNumber>

namespace tlens {

void VersionRules::apply(const ToolSpec &tool, const QList<Installation> &installations, ToolStatus *status)
{
    if (tool.noTelemetryFrom.isEmpty() || installations.isEmpty())
        return;
    const QVersionNumber cut = QVersionNumber::fromString(tool.noTelemetryFrom);
    QVersionNumber newest;
    for (const Installation &in : installations) {
        const QVersionNumber v = QVersionNumber::fromString(in.version);
        if (in.version.isEmpty() || v < cut)
            return; // an older (or unknown) copy may still collect: the settings decide
        if (v > newest)
            newest = v;
    }
    Input version;
    version.kind = QStringLiteral("version");
    version.key = QStringLiteral("version");
    version.value = newest.toString();
    version.text = tr("%1 %2 installed").arg(tool.name, version.value);
    version.role = InputRole::Won;
    version.effect = QStringLiteral("disables");
    version.note = tr("%1 has no telemetry since version %2.").arg(tool.name, tool.noTelemetryFrom);
    for (Input &in : status->inputs) {
        if (in.role == InputRole::Won)
            in.role = InputRole::Shadowed;
    }
    status->inputs.prepend(version);
    status->decidedBy = version;
    status->state = State::Disabled;
    status->explanation
        = tr("Not collecting: every installed copy is %1 %2 or later, which has no telemetry; the "
             "settings matter only for older versions.")
              .arg(tool.name, tool.noTelemetryFrom);
}

} // namespace tlens

#pragma once

#include "catalog/catalog.h"
#include "scan/scanresult.h"

#include <QCoreApplication>

namespace tlens {

// What the installed versions change: a tool whose every installed copy is at or past the version
// that removed its telemetry (the catalog's no_telemetry_from) collects nothing, whatever its
// settings say. The inputs stay listed; records older versions left are still reported.
class VersionRules final {
    Q_DECLARE_TR_FUNCTIONS(VersionRules)
public:
    static void apply(const ToolSpec &tool, const QList<Installation> &installations, ToolStatus *status);
};

} // namespace tlens

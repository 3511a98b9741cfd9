#pragma once

#include "scanresult.h"

#include <QStringList>

namespace tlens {

// Whether a tool is present for an account: installed there (or machine-wide), or it has settings
// or records there. Views list present tools by default; the catalog can ask for a tool to be
// listed everywhere (alwaysListed). DO_NOT_TRACK alone does not make a tool present: it is a
// convention of every tool, set for all of them at once.
namespace Presence {

bool isPresent(const ToolStatus &status, const MachineToolData *machine = nullptr);
bool isPresent(const ScanResult &result, const ToolStatus &status);
// Present, or listed everywhere by the catalog.
bool isListed(const ScanResult &result, const ToolStatus &status);
bool isListed(const ToolStatus &status);
// The ids of the tools listed for `user` in catalog order.
QStringList listedIds(const ScanResult &result, const UserScan &user);

} // namespace Presence

} // namespace tlens

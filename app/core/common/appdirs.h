#pragma once

#include <QString>

namespace tlens {

// Where Telemetry Lens keeps its own records (change journal, backups, the request ledger):
// $TLENS_DATA_DIR when set (tests, portable use), else the folder set with setAppDataDir (the
// sample workstation keeps its own), else the platform's application data folder.
// Never inside a --root image: an audited disk is not the operator's record.
QString appDataDir();
void setAppDataDir(const QString &dir);

} // namespace tlens

#pragma once

#include <QString>

namespace tlens {

// What the window looks at and where it keeps its own data; filled from the command line
// (--root, --home, --all-users, --demo) or by a test.
struct WindowOptions {
    QString root = QStringLiteral("/"); // filesystem root of everything read and written
    QString home; // a home inside the root; empty: the invoking account (or all users)
    bool allUsers = false;
    bool liveEnvironment = true; // compare with this process's environment (only for the live system)
    QString dataDir; // journal, backups and the request ledger; empty: the app data folder
    QString settingsFile; // QSettings file; empty: the platform's default
    bool demo = false; // the embedded sample workstation (shown in the title)
};

} // namespace tlens

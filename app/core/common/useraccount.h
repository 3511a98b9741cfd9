#pragma once

#include <QString>

namespace tlens {

// One account whose telemetry is examined: from passwd, or the invoking user.
struct UserAccount {
    QString name;
    qint64 uid = -1;
    QString home; // path inside the scanned root, e.g. "/home/alice"
    QString shell; // login shell path, e.g. "/bin/bash"; empty if unknown

    // "bash", "zsh", "fish", "sh" (for dash/sh), or "" when the shell is unknown or not a login shell.
    QString shellName() const;
};

} // namespace tlens

#pragma once

#include "common/finding.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tlens {

// One line of a start-up file that sets, exports or unsets an environment variable.
struct EnvAssignment {
    enum class Op { Set, Unset };
    QString key;
    QString value; // after quote removal; literal (no expansion) except a leading $HOME/~ noted in `raw`
    QString raw; // the value as written, for display
    Op op = Op::Set;
    bool exported = true; // plain `KEY=VALUE` in a shell file is not exported unless exported before or after
    bool conditional = false; // inside if/case/while/for/function bodies: not evaluated
    QString file; // path inside the root ("" for the live process environment)
    int line = 0; // 1-based
    QString context; // which start-up phase applied it: "graphical", "login", "interactive", "zsh", "fish", "live"
};

// A start-up file that was considered for a user.
struct EnvSourceFile {
    QString path; // inside the root
    QString context; // as EnvAssignment::context, or "other-shell"
    bool exists = false;
    bool applied = false; // false for another shell's files, and for e.g. ~/.profile when ~/.bash_profile exists
    QString note; // translated reason when not applied
};

// Everything learned about a user's environment from their start-up files, in the order the
// login shell and the graphical session apply them.
struct EnvReport {
    QList<EnvAssignment> assignments; // applied files, in application order (conditional lines included, flagged)
    QList<EnvAssignment> otherShell; // assignments in files of shells the user does not log in with
    QList<EnvSourceFile> files;
    Findings findings;
    QHash<QString, QString> live; // live process environment (invoking user without --root only)
    bool hasLive = false;

    // The value a new login session gets: the last unconditional Set/Unset of `key` that is exported.
    std::optional<EnvAssignment> effective(const QString &key) const;
    // Every assignment of `key`, in application order (including conditional ones).
    QList<EnvAssignment> history(const QString &key) const;
    // Assignments of `key` in other shells' files.
    QList<EnvAssignment> otherShellHistory(const QString &key) const;
};

} // namespace tlens

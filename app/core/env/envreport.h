#pragma once

#include "common/finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tlens {

// One line of a start-up file that sets, exports or unsets an environment variable.
//
// `context` says which start-up phase applied it:
//   "graphical"   /etc/environment, ~/.pam_environment, environment.d/*.conf, and ~/.profile
//                 when only the display manager reads it;
//   "login"       /etc/profile, /etc/profile.d/*.sh, ~/.bash_profile | ~/.bash_login | ~/.profile,
//                 /etc/zsh/zprofile, ~/.zprofile, /etc/zsh/zlogin, ~/.zlogin;
//   "interactive" /etc/bash.bashrc, ~/.bashrc, /etc/zsh/zshrc, ~/.zshrc;
//   "zsh"         /etc/zsh/zshenv, ~/.zshenv (read by every zsh, scripts included);
//   "fish"        ~/.config/fish/fish_variables, /etc/fish/config.fish, ~/.config/fish/conf.d/*.fish,
//                 ~/.config/fish/config.fish;
//   "other-shell" a file of a shell the user does not log in with (EnvReport::otherShell);
//   "shadowed"    a file the user's own shell skips (EnvReport::notApplied);
//   "live"        the running process environment (filled by the caller).
// A file brought in by `source`/`.` carries the context of the file that sourced it.
struct EnvAssignment {
    enum class Op { Set, Unset };
    QString key;
    // After quote removal. Literal (no command substitution, no variables) except that $HOME, ${HOME}
    // and a leading ~ are replaced by the user's home; `raw` keeps the text as written.
    QString value;
    QString raw; // the value as written, for display
    Op op = Op::Set;
    // Whether programs see this value: exported by `export`/`declare -x`/`set -x`, by an `export KEY`
    // before or after it, or because the variable came from the environment. A plain `KEY=VALUE` in a
    // shell file is not exported otherwise.
    bool exported = true;
    bool conditional = false; // inside if/case/loops/functions, after && or ||, in a pipeline: not evaluated
    bool literal = true; // false when the value depends on other variables or on commands ($PATH, $(...))
    QString file; // path inside the root ("" for the live process environment)
    int line = 0; // 1-based
    QString context; // see above
};

// A start-up file that was considered for a user. A file can be listed more than once: once per place
// in the order (~/.profile is read by the display manager and by the login shell) and once per `source`.
struct EnvSourceFile {
    QString path; // inside the root
    QString context; // as EnvAssignment::context, or "other-shell"
    bool exists = false;
    bool applied
        = false; // false for another shell's files, and for e.g. ~/.profile when ~/.bash_profile exists
    QString note; // translated reason when not applied, or where a sourced file came from
};

// Everything learned about a user's environment from their start-up files, in the order the
// login shell and the graphical session apply them.
struct EnvReport {
    Q_DECLARE_TR_FUNCTIONS(EnvReport)
public:
    // A variable whose value in the running session differs from what a new session would get.
    struct LiveDifference {
        QString key;
        std::optional<QString> live; // nullopt: not set in this session
        std::optional<EnvAssignment> files; // effective(key)
        QString message; // translated: "in this session X, in new terminals Y"; secret-looking values hidden
    };

    QList<EnvAssignment>
        assignments; // applied files, in application order (conditional lines included, flagged)
    QList<EnvAssignment> otherShell; // assignments in files of shells the user does not log in with
    QList<EnvAssignment> notApplied; // assignments in the user's own shell files that the shell skips
    QList<EnvSourceFile> files;
    Findings findings;
    QHash<QString, QString> live; // live process environment (invoking user without --root only)
    bool hasLive = false;

    // The value a new login session gets: the last unconditional Set/Unset of `key`; nullopt when that
    // is an Unset, when it is not exported, or when there is none.
    std::optional<EnvAssignment> effective(const QString &key) const;
    // Every assignment of `key`, in application order (including conditional ones).
    QList<EnvAssignment> history(const QString &key) const;
    // Assignments of `key` in other shells' files.
    QList<EnvAssignment> otherShellHistory(const QString &key) const;
    // Assignments of `key` in files the user's shell skips (e.g. ~/.profile next to ~/.bash_profile).
    QList<EnvAssignment> notAppliedHistory(const QString &key) const;
    // Unconditional assignments of `key` in other shells' files whose outcome differs from effective():
    // the material for "your ~/.zshrc says otherwise, but you log in with bash".
    QList<EnvAssignment> otherShellDisagreements(const QString &key) const;
    // Keys (of those given) whose live value differs from effective(); empty without hasLive. A key whose
    // effective value is not literal (e.g. depends on $PATH) is not compared.
    QList<LiveDifference> liveDifferences(const QStringList &keys) const;
};

} // namespace tlens

#pragma once

#include "envreport.h"

#include "common/useraccount.h"
#include "fs/rootfs.h"

#include <QCoreApplication>
#include <QStringList>

namespace tlens {

// Reads the start-up files that give a user's programs their environment (see TOOLS.md,
// "Environment") as files, never by running a shell: /etc/environment, ~/.pam_environment,
// environment.d, the login shell's profile and rc files, fish's config. Records file and line of
// every assignment. It must never execute anything and never read outside the RootFs.
//
// Order applied (a later assignment overrides an earlier one):
//   graphical: /etc/environment, ~/.pam_environment, the *.conf files of ~/.config/environment.d,
//              /etc/environment.d, /run/…, /usr/local/lib/… and /usr/lib/environment.d by file name (of
//              two with the same name, the one in the earlier directory), and
//              ~/.profile on Debian/Ubuntu display managers (assumed when the image has neither
//              /etc/os-release nor /etc/debian_version);
//   bash:      /etc/profile then /etc/profile.d/*.sh, the first existing of ~/.bash_profile,
//              ~/.bash_login, ~/.profile, then /etc/bash.bashrc and ~/.bashrc;
//   sh/dash:   /etc/profile, /etc/profile.d/*.sh, ~/.profile;
//   zsh:       /etc/zsh/zshenv, ~/.zshenv, /etc/zsh/zprofile, ~/.zprofile, /etc/zsh/zshrc, ~/.zshrc,
//              /etc/zsh/zlogin, ~/.zlogin; the user's files from $ZDOTDIR when a zshenv sets it literally;
//   fish:      ~/.config/fish/fish_variables (exported universal variables), /etc/fish/config.fish,
//              ~/.config/fish/conf.d/*.fish, ~/.config/fish/config.fish.
// /etc/profile.d is applied right after /etc/profile, wherever /etc/profile is applied (also when an
// image lacks /etc/profile itself: every distribution's /etc/profile runs it).
//
// One application per file: a file with its own place in the order is applied there once (at its
// last place when it has two, like ~/.profile for the display manager and the login shell); a
// `source` of such a file is not followed again. A file without a place of its own is applied where
// it is sourced, when the path is literal (after $HOME, ${HOME}, ~) and resolves inside the home or
// /etc; sourcing is followed at most 8 levels deep and never around a loop. Everything a conditional
// `source` brings in is conditional. A relative source path is taken relative to the home (the
// working directory of a login shell).
//
// Existing files of shells the user does not log in with go to EnvReport::otherShell; existing
// files the user's own shell skips (~/.bash_login, ~/.profile next to ~/.bash_profile) go to
// EnvReport::notApplied unless they were applied elsewhere.
class EnvSources final {
    Q_DECLARE_TR_FUNCTIONS(EnvSources)
public:
    explicit EnvSources(const RootFs &fs);

    EnvReport read(const UserAccount &user) const;

    // Start-up files larger than this are reported, not read.
    static constexpr qint64 kMaxFileBytes = 2 * 1024 * 1024;
    // How many levels of `source` are followed.
    static constexpr int kMaxSourceDepth = 8;

    // Posix: sh/bash/zsh files. Fish: fish files. FishUniversal: fish_variables, written by fish.
    // EnvironmentFile: /etc/environment (pam_env).
    // EnvironmentD: systemd environment.d. PamEnvironment: ~/.pam_environment (KEY=VALUE lines and
    // pam_env's `KEY [DEFAULT=value] [OVERRIDE=value]` lines).
    enum class Syntax { Posix, Fish, FishUniversal, EnvironmentFile, EnvironmentD, PamEnvironment };

    // Parses one file's text in the given syntax; used by read() and by the opt-out planner to
    // evaluate a planned file before it is written. Pure: reads nothing, follows no `source`.
    // `exported` is decided within the file. sourcedFiles receives the literal targets of
    // `source`/`.` (conditional ones included); with a non-empty `home`, $HOME, ${HOME} and a leading
    // ~ are expanded in values and targets, and relative targets are made absolute under the home.
    static QList<EnvAssignment> parse(const QByteArray &text, Syntax syntax, const QString &file,
                                      const QString &context, QStringList *sourcedFiles = nullptr,
                                      const QString &home = {});

private:
    const RootFs &m_fs;
};

} // namespace tlens

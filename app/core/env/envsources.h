#pragma once

#include "envreport.h"

#include "common/useraccount.h"
#include "fs/rootfs.h"

#include <QCoreApplication>

namespace tlens {

// Reads the start-up files that give a user's programs their environment (see TOOLS.md,
// "Environment") as files, never by running a shell: /etc/environment, ~/.pam_environment,
// environment.d, the login shell's profile and rc files, fish's config. Records file and line of
// every assignment. It must never execute anything and never read outside the RootFs.
class EnvSources final {
    Q_DECLARE_TR_FUNCTIONS(EnvSources)
public:
    explicit EnvSources(const RootFs &fs);

    EnvReport read(const UserAccount &user) const;

    // Parses one file's text in the given syntax; used by read() and by the opt-out planner to
    // evaluate a planned file before it is written.
    enum class Syntax { Posix, Fish, EnvironmentFile, EnvironmentD };
    static QList<EnvAssignment> parse(const QByteArray &text, Syntax syntax, const QString &file,
                                      const QString &context, QStringList *sourcedFiles = nullptr);

private:
    const RootFs &m_fs;
};

} // namespace tlens

#pragma once

#include "rootfs.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tlens {

// Changes files inside a RootFs root for a process that may run as root over folders other
// accounts own (a home, /etc). Every step acts on a folder descriptor opened from the root with
// O_NOFOLLOW | O_DIRECTORY (mkdirat, openat with O_EXCL, fchown, fchmod, renameat, unlinkat), so a
// link swapped in anywhere makes the step fail instead of being followed. Each change reaches the
// disk before the call returns: a file is written under a temporary name, flushed and renamed
// over the target, then its folder is flushed. It must never follow a link, change the owner or
// mode of anything it did not create, or leave its temporary file behind when a step fails.
class TreeWriter final {
    Q_DECLARE_TR_FUNCTIONS(TreeWriter)
public:
    explicit TreeWriter(const QString &root);

    // Creates the inner folders `dirs` (outermost first, each inside the one before; the parent of
    // the first must exist) with `mode`, owned like that parent when running as root. A folder
    // that is already there is used as it is, and left as it is.
    bool makeDirs(const QStringList &dirs, uint mode, QString *error) const;

    // Puts `data` at the inner path `inner` with `mode` through the temporary name `tempName` in
    // the same folder. Running as root, the file keeps the owner of the file it replaces (a new
    // file gets its folder's owner). `inner` must be a regular file or missing.
    bool writeFile(const QString &inner, const QByteArray &data, uint mode, const QString &tempName,
                   QString *error) const;

    // Removes the regular file `inner`; a missing file is not an error.
    bool removeFile(const QString &inner, QString *error) const;

    // Removes the file `tempName` beside `inner` when an interrupted write left it there.
    void removeTemp(const QString &inner, const QString &tempName) const;

    // Removes the inner folder when it is empty; true when it is gone afterwards.
    bool removeEmptyDir(const QString &inner) const;

#ifdef TLENS_TESTING
    // Test builds only: called right after makeDirs() created a folder, before it is opened.
    using MadeDirHook = void (*)(int parentFd, const char *name);
    static void setMadeDirHook(MadeDirHook hook);
#endif

private:
    RootFs m_fs;
};

} // namespace tlens

#pragma once

#include "changejournal.h"
#include "optoutplan.h"

#include "fs/rootfs.h"

#include <QCoreApplication>

namespace tlens {

// What happened to one file when a change set was applied or undone.
struct FileResult {
    QString path;
    bool ok = false;
    QString message; // translated; what was done, or why the file was left alone
};

struct ApplyResult {
    QString changeSetId; // empty when nothing was recorded (an empty plan, or the journal failed)
    QList<FileResult> files;
    QString error; // translated; set when nothing at all was written
    bool ok() const;
};

struct UndoResult {
    QString changeSetId;
    QList<FileResult> files;
    QString error; // translated; set when the change set could not be handled at all
    bool nothingToUndo = false;
    bool ok() const;
};

// Writes a plan to disk and takes it back. Before any target is touched, the exact previous bytes
// are backed up into the app's data folder and the change set is journalled (paths, SHA-256 of
// old and new content, mode, folders to create, temporary names); then each file is written
// atomically and link-safely (TreeWriter) keeping its mode (and owner when running as root),
// through a dotfile link only to the regular file inside the same home that was planned. undo()
// decides per file from the journal and the file's current SHA-256, so after a process is killed
// at any point it restores the exact previous tree, and running the change again reaches the same
// tree as an uninterrupted run. It must never write a file that changed since it was planned, a
// read-only file, or anything outside the root, and never follow a link while writing.
class ChangeApplier final {
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)
public:
    // `root` is the filesystem root of every path (--root); `dataDir` holds journal and backups.
    explicit ChangeApplier(const QString &root, const QString &dataDir = defaultDataDir());

    ApplyResult apply(const OptOutPlan &plan);
    // Reverts the most recent change set under this root that is not fully undone.
    UndoResult undo();
    // Change sets under this root, newest first. Damaged records are named in *problems.
    QList<ChangeSet> history(QStringList *problems = nullptr) const;

    static QString defaultDataDir(); // QStandardPaths::AppDataLocation

private:
    // Finishes the record of change sets a killed process left half-applied, and removes what it
    // left in the tree: temporary files, and folders made for a file it never wrote.
    void recoverInterrupted();

    RootFs m_fs; // no overlay: always the real files
    ChangeJournal m_journal;
};

} // namespace tlens

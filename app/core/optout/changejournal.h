#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tlens {

// One file of a recorded change set.
struct JournalFile {
    enum class State {
        Pending, // recorded, not (known to be) written yet
        Applied, // written
        Failed, // not written (preflight or write failed)
        Undone, // back to its previous bytes (or removed again)
        Conflict // changed by something else since; left alone by undo
    };
    QString path; // inner path as planned (may be a dotfile link)
    QString target; // inner path written
    bool existed = false; // the file existed before the change
    bool removes = false; // the change removes the file
    QString backup; // exact previous bytes, relative to the data folder; empty when !existed
    QString oldSha256; // hex; empty when !existed
    QString newSha256; // hex; empty when the change removes the file
    uint mode = 0; // permission bits written (and restored)
    QStringList createdDirs; // inner folders the change creates, outermost first
    // Name of the temporary file written beside the target and renamed over it; recorded before
    // it is created, so that undo and a later change can remove what an interrupted write left.
    QString temp;
    State state = State::Pending;
    QString message; // translated; why it failed or was left alone
};

// A change set as recorded before any target is touched, and updated as each file is written or
// undone.
struct ChangeSet {
    enum class State { Applying, Applied, PartlyApplied, Undone, PartlyUndone };
    int sequence = 0; // increasing; orders change sets even within one millisecond
    QString id;
    QDateTime time; // UTC
    QDateTime undoneTime; // UTC; invalid until undone
    QString root; // the filesystem root the paths are inside
    QString action; // "disable", "enable"
    QString scope; // "user", "system"
    QStringList tools;
    State state = State::Applying;
    QList<JournalFile> files;

    bool isUndone() const { return state == State::Undone; }
    static QString stateName(State state); // stable English, as stored
};

// The change sets in the app's data folder: <data>/changesets/<id>.json (each written atomically
// with QSaveFile) and the backups in <data>/backups/<id>/. Only ChangeApplier writes here; it must
// never be pointed inside the filesystem being changed.
class ChangeJournal final {
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)
public:
    explicit ChangeJournal(QString dataDir);

    QString dataDir() const { return m_dataDir; }
    QString backupDir(const QString &id) const;

    // A new, empty change set with the next sequence number and a unique id.
    ChangeSet create() const;
    bool save(const ChangeSet &set, QString *error) const;
    // Every change set, oldest first. A damaged record is skipped and named in *problems.
    QList<ChangeSet> load(QStringList *problems = nullptr) const;
    // Creates the folder (mode 0700: backups may hold secrets).
    bool ensureDir(const QString &hostDir, QString *error) const;
    // Flushes a folder's entries (new names, renames) to the disk.
    static void syncDir(const QString &hostDir);

    // For people: "applied", "undone", ... in their language.
    static QString stateText(ChangeSet::State state);
    static QString stateText(JournalFile::State state);

private:
    QString m_dataDir;
};

} // namespace tlens

#include "changeapplier.h"

#include "common/appdirs.h"
#include "fs/treewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

namespace tlens {

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString shaOf(const std::optional<QByteArray> &data)
{
    return data ? sha256(*data) : QString();
}

// Writes a file of the app's own data folder atomically with the given mode.
bool writeAtomically(const QString &host, const QByteArray &data, uint mode, QString *error)
{
    QSaveFile file(host);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(data) != data.size() || ::fchmod(file.handle(), mode_t(mode & 07777)) != 0) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool isReadOnly(const QString &host)
{
    struct stat st { };
    if (::stat(QFile::encodeName(host).constData(), &st) != 0)
        return false;
    // Root may write anything; a file without its owner's write bit was made read-only on purpose.
    return !(st.st_mode & S_IWUSR) || ::access(QFile::encodeName(host).constData(), W_OK) != 0;
}

// The name a file of a change set is written under before it is renamed over the target:
// recognisable, unique to the set and the file, and of a fixed length whatever the target's name.
QString tempNameFor(const ChangeSet &set, int index)
{
    return QStringLiteral(".tlens-%1-%2.tmp").arg(set.id).arg(index);
}

QString tempOf(const ChangeSet &set, int index)
{
    const QString recorded = set.files.at(index).temp;
    return recorded.isEmpty() ? tempNameFor(set, index) : recorded;
}

// New folders in a home are private; under /etc they are readable like their siblings.
uint folderMode(const QString &dir)
{
    return RootFs::isInside(dir, QStringLiteral("/etc")) ? 0755 : 0700;
}

// Folders a change created go again when nothing else was put in them, innermost first.
void removeCreatedDirs(const TreeWriter &writer, const JournalFile &f)
{
    for (auto it = f.createdDirs.crbegin(); it != f.createdDirs.crend(); ++it) {
        if (!writer.removeEmptyDir(*it))
            break;
    }
}

} // namespace

bool ApplyResult::ok() const
{
    if (!error.isEmpty())
        return false;
    for (const FileResult &f : files) {
        if (!f.ok)
            return false;
    }
    return true;
}

bool UndoResult::ok() const
{
    if (!error.isEmpty())
        return false;
    for (const FileResult &f : files) {
        if (!f.ok)
            return false;
    }
    return true;
}

ChangeApplier::ChangeApplier(const QString &root, const QString &dataDir)
    : m_fs(root)
    , m_journal(dataDir)
{ }

QString ChangeApplier::defaultDataDir()
{
    return appDataDir();
}

QList<ChangeSet> ChangeApplier::history(QStringList *problems) const
{
    QList<ChangeSet> sets;
    const QList<ChangeSet> all = m_journal.load(problems);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->root == m_fs.root())
            sets.append(*it);
    }
    return sets;
}

ApplyResult ChangeApplier::apply(const OptOutPlan &plan)
{
    ApplyResult result;
    if (plan.changes.isEmpty())
        return result;

    // What an interrupted run left (temporary files, folders made for a file never written) goes
    // first, so that this set starts from, and records, a tree without it.
    recoverInterrupted();

    ChangeSet set = m_journal.create();
    set.root = m_fs.root();
    set.action = plan.actionName();
    set.scope = plan.scope == OptOutScope::System ? QStringLiteral("system") : QStringLiteral("user");
    for (const FileChange &c : plan.changes) {
        for (const QString &t : c.toolIds) {
            if (!set.tools.contains(t))
                set.tools.append(t);
        }
    }

    // Check every file against the plan before anything is written or backed up.
    for (const FileChange &c : plan.changes) {
        JournalFile f;
        f.path = c.path;
        f.target = c.target;
        f.existed = c.oldBytes.has_value();
        f.removes = !c.newBytes;
        f.oldSha256 = shaOf(c.oldBytes);
        f.newSha256 = shaOf(c.newBytes);
        f.mode = c.mode;
        f.temp = tempNameFor(set, int(set.files.size()));
        auto refuse = [&f](const QString &message) {
            f.state = JournalFile::State::Failed;
            f.message = message;
        };
        const RootFs::Resolved viaPath = m_fs.resolve(c.path);
        const RootFs::Resolved target = m_fs.resolve(c.target);
        const QString host = m_fs.hostPath(c.target);
        if (viaPath.inner != c.target || target.inner != c.target) {
            refuse(tr("%1 now leads to %2 instead of %3; it was left unchanged. Plan again.")
                       .arg(c.path, viaPath.inner, c.target));
        } else if (!RootFs::isInside(c.target, m_fs.resolve(c.confine).inner)) {
            refuse(tr("%1 leads to %2, outside %3; it was left unchanged.").arg(c.path, c.target, c.confine));
        } else if (c.oldBytes ? target.kind != RootFs::Kind::Regular : target.kind != RootFs::Kind::Missing) {
            refuse(tr("%1 was created, removed or replaced since the plan was made; it was left unchanged. "
                      "Plan again.")
                       .arg(c.path));
        } else {
            const RootFs::ReadResult now = m_fs.readFile(c.target);
            if (c.oldBytes && (!now.ok() || now.data != *c.oldBytes)) {
                refuse(
                    tr("%1 changed since the plan was made; it was left unchanged. Plan again.").arg(c.path));
            } else if (c.oldBytes && isReadOnly(host)) {
                refuse(tr("%1 is read-only; it was left unchanged. Make it writable if you want Telemetry "
                          "Lens to change it.")
                           .arg(c.path));
            } else {
                QString dir = RootFs::parentOf(c.target);
                RootFs::Resolved d = m_fs.resolve(dir);
                while (d.kind == RootFs::Kind::Missing && dir != QLatin1String("/")) {
                    f.createdDirs.prepend(dir);
                    dir = RootFs::parentOf(dir);
                    d = m_fs.resolve(dir);
                }
                if (d.kind != RootFs::Kind::Directory || d.inner != dir)
                    refuse(tr("The folder for %1 cannot be created: %2 is not a folder.").arg(c.path, dir));
            }
        }
        set.files.append(f);
    }

    // Nothing can be written: no change set is recorded, so undo keeps meaning the last real one.
    if (std::all_of(set.files.cbegin(), set.files.cend(),
                    [](const JournalFile &f) { return f.state == JournalFile::State::Failed; })) {
        for (const JournalFile &f : std::as_const(set.files))
            result.files.append({ f.path, false, f.message });
        return result;
    }

    // Back up the exact previous bytes, then record the set (with the temporary names it will
    // use): both before any target is touched.
    const QString backupDir = m_journal.backupDir(set.id);
    for (int i = 0; i < set.files.size(); ++i) {
        JournalFile &f = set.files[i];
        const FileChange &c = plan.changes.at(i);
        if (f.state == JournalFile::State::Failed || !c.oldBytes)
            continue;
        QString error;
        if (!m_journal.ensureDir(backupDir, &error)) {
            result.error = error;
            return result;
        }
        const QString name = QString::number(i) + QLatin1Char('-') + QFileInfo(c.target).fileName();
        if (!writeAtomically(backupDir + QLatin1Char('/') + name, *c.oldBytes, 0600, &error)) {
            result.error = tr("The backup of %1 could not be written to %2 (%3); nothing was changed.")
                               .arg(c.path, backupDir, error);
            return result;
        }
        f.backup = QStringLiteral("backups/") + set.id + QLatin1Char('/') + name;
    }
    if (QFileInfo::exists(backupDir))
        ChangeJournal::syncDir(backupDir);
    QString error;
    if (!m_journal.save(set, &error)) {
        result.error = error;
        return result;
    }
    result.changeSetId = set.id;

    const TreeWriter writer(m_fs.root());
    for (int i = 0; i < set.files.size(); ++i) {
        JournalFile &f = set.files[i];
        const FileChange &c = plan.changes.at(i);
        if (f.state == JournalFile::State::Failed) {
            result.files.append({ c.path, false, f.message });
            continue;
        }
        QString failure;
        if (!f.createdDirs.isEmpty())
            writer.makeDirs(f.createdDirs, folderMode(f.createdDirs.first()), &failure);
        if (failure.isEmpty()) {
            if (c.newBytes) {
                if (writer.writeFile(c.target, *c.newBytes, c.mode, f.temp, &failure)) {
                    const RootFs::ReadResult back = m_fs.readFile(c.target);
                    if (!back.ok() || sha256(back.data) != f.newSha256)
                        failure = tr("it did not read back as written");
                }
            } else {
                writer.removeFile(c.target, &failure);
            }
        }
        if (!failure.isEmpty()) {
            f.state = JournalFile::State::Failed;
            f.message = tr("%1 could not be written: %2.").arg(c.path, failure);
            result.files.append({ c.path, false, f.message });
            // Leave no folder behind for a file that was not written.
            if (!m_fs.resolve(c.target).exists())
                removeCreatedDirs(writer, f);
        } else {
            f.state = JournalFile::State::Applied;
            result.files.append(
                { c.path, true, c.newBytes ? tr("%1 written.").arg(c.path) : tr("%1 removed.").arg(c.path) });
        }
        if (!m_journal.save(set, &error)) {
            result.error = error;
            return result;
        }
    }

    bool all = true;
    for (const JournalFile &f : std::as_const(set.files))
        all = all && f.state == JournalFile::State::Applied;
    set.state = all ? ChangeSet::State::Applied : ChangeSet::State::PartlyApplied;
    if (!m_journal.save(set, &error))
        result.error = error;
    return result;
}

void ChangeApplier::recoverInterrupted()
{
    const TreeWriter writer(m_fs.root());
    QList<ChangeSet> sets = m_journal.load();
    for (ChangeSet &set : sets) {
        if (set.root != m_fs.root() || set.isUndone())
            continue;
        const bool interrupted = set.state == ChangeSet::State::Applying;
        bool all = true;
        for (int i = 0; i < set.files.size(); ++i) {
            JournalFile &f = set.files[i];
            if (f.state == JournalFile::State::Failed && f.existed && f.backup.isEmpty())
                continue; // refused before anything was written
            writer.removeTemp(f.target, tempOf(set, i));
            if (interrupted && f.state == JournalFile::State::Pending) {
                const RootFs::ReadResult read = m_fs.readFile(f.target);
                const QString currentSha = read.ok() ? sha256(read.data) : QString();
                const bool missing = read.status == RootFs::ReadStatus::Missing;
                const bool atNew = f.removes ? missing : read.ok() && currentSha == f.newSha256;
                const bool atOld = f.existed ? read.ok() && currentSha == f.oldSha256 : missing;
                if (atNew) {
                    f.state = JournalFile::State::Applied;
                } else if (atOld) {
                    f.state = JournalFile::State::Failed;
                    f.message = tr("%1 was not written: the change was interrupted before it.").arg(f.path);
                    removeCreatedDirs(writer, f);
                }
            }
            all = all && f.state == JournalFile::State::Applied;
        }
        if (interrupted) {
            const bool none = std::all_of(set.files.cbegin(), set.files.cend(), [](const JournalFile &f) {
                return f.state == JournalFile::State::Failed;
            });
            // Killed before it wrote anything: nothing of it is left to undo.
            set.state = all ? ChangeSet::State::Applied
                : none      ? ChangeSet::State::Undone
                            : ChangeSet::State::PartlyApplied;
            if (none)
                set.undoneTime = QDateTime::currentDateTimeUtc();
            QString error;
            m_journal.save(set, &error);
        }
    }
}

UndoResult ChangeApplier::undo()
{
    UndoResult result;
    QList<ChangeSet> sets = m_journal.load();
    int index = -1;
    for (int i = int(sets.size()) - 1; i >= 0 && index < 0; --i) {
        if (sets.at(i).root == m_fs.root() && !sets.at(i).isUndone())
            index = i;
    }
    if (index < 0) {
        result.nothingToUndo = true;
        return result;
    }
    ChangeSet &set = sets[index];
    result.changeSetId = set.id;

    const TreeWriter writer(m_fs.root());
    for (int i = int(set.files.size()) - 1; i >= 0; --i) {
        JournalFile &f = set.files[i];
        if (f.state == JournalFile::State::Undone)
            continue;
        // A file refused before writing has no backup and was never touched.
        const bool refused = f.state == JournalFile::State::Failed && f.existed && f.backup.isEmpty();
        if (refused)
            continue;
        // An interrupted write (of the change, or of an earlier undo) may have left its temporary file.
        const QString temp = tempOf(set, i);
        writer.removeTemp(f.target, temp);
        auto conflict = [&](const QString &message) {
            f.state = JournalFile::State::Conflict;
            f.message = message;
            result.files.prepend({ f.path, false, message });
        };
        const RootFs::Resolved target = m_fs.resolve(f.target);
        if (target.inner != f.target
            || (target.kind != RootFs::Kind::Regular && target.kind != RootFs::Kind::Missing)) {
            conflict(tr("%1 is no longer a plain file at %2; it was left alone.").arg(f.path, f.target));
            continue;
        }
        std::optional<QByteArray> current;
        if (target.kind == RootFs::Kind::Regular) {
            const RootFs::ReadResult read = m_fs.readFile(f.target);
            if (!read.ok()) {
                conflict(tr("%1 could not be read (%2); it was left alone.").arg(f.path, read.errorText));
                continue;
            }
            current = read.data;
        }
        const QString currentSha = shaOf(current);
        const bool atOld = f.existed ? currentSha == f.oldSha256 : !current;
        const bool atNew = f.removes ? !current : currentSha == f.newSha256;
        if (f.state == JournalFile::State::Failed && (atOld || !atNew)) {
            if (atOld)
                removeCreatedDirs(writer, f);
            continue;
        }
        if (atOld) {
            // Never written (a crash before it), or already restored; a folder made for it goes too.
            removeCreatedDirs(writer, f);
            f.state = JournalFile::State::Undone;
            result.files.prepend({ f.path, true, tr("%1 already has its previous content.").arg(f.path) });
            continue;
        }
        if (!atNew) {
            conflict(tr("%1 was changed by something else after %2, so it was not restored. Its previous "
                        "content is kept "
                        "in %3; copy it back by hand if you want it.")
                         .arg(f.path, set.time.toLocalTime().toString(Qt::ISODate),
                              f.backup.isEmpty() ? tr("(none: the file did not exist)")
                                                 : m_journal.dataDir() + QLatin1Char('/') + f.backup));
            continue;
        }
        const QString host = m_fs.hostPath(f.target);
        if (f.existed) {
            QFile backup(m_journal.dataDir() + QLatin1Char('/') + f.backup);
            const QByteArray old = backup.open(QIODevice::ReadOnly) ? backup.readAll() : QByteArray();
            if (sha256(old) != f.oldSha256) {
                conflict(tr("The backup of %1 (%2) is missing or damaged, so it was not restored.")
                             .arg(f.path, backup.fileName()));
                continue;
            }
            if (current && isReadOnly(host)) {
                conflict(tr("%1 is read-only now; make it writable and run undo again.").arg(f.path));
                continue;
            }
            QString error;
            if (!writer.writeFile(f.target, old, f.mode, temp, &error)) {
                conflict(tr("%1 could not be restored (%2); run undo again once that is fixed.")
                             .arg(f.path, error));
                continue;
            }
            const RootFs::ReadResult back = m_fs.readFile(f.target);
            if (!back.ok() || sha256(back.data) != f.oldSha256) {
                conflict(tr("%1 did not read back as its previous content after restoring; check it by hand.")
                             .arg(f.path));
                continue;
            }
        } else {
            QString error;
            if (!writer.removeFile(f.target, &error)) {
                conflict(tr("%1 could not be removed (%2).").arg(f.path, error));
                continue;
            }
        }
        removeCreatedDirs(writer, f);
        f.state = JournalFile::State::Undone;
        result.files.prepend(
            { f.path, true, f.existed ? tr("%1 restored.").arg(f.path) : tr("%1 removed.").arg(f.path) });
    }

    bool all = true;
    for (const JournalFile &f : std::as_const(set.files))
        all = all && (f.state == JournalFile::State::Undone || f.state == JournalFile::State::Failed);
    set.state = all ? ChangeSet::State::Undone : ChangeSet::State::PartlyUndone;
    if (all)
        set.undoneTime = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_journal.save(set, &error))
        result.error = error;
    return result;
}

} // namespace tlens

#include "changeapplier.h"

#include "common/appdirs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
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

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

struct Owner {
    uid_t uid = 0;
    gid_t gid = 0;
    bool known = false;
};

Owner ownerOf(const QString &host)
{
    Owner o;
    struct stat st { };
    if (::stat(QFile::encodeName(host).constData(), &st) == 0) {
        o.uid = st.st_uid;
        o.gid = st.st_gid;
        o.known = true;
    }
    return o;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// Writes bytes atomically with the given mode (and owner when running as root).
bool writeAtomically(const QString &host, const QByteArray &data, uint mode, const Owner &owner,
                     QString *error)
{
    QSaveFile file(host);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(data) != data.size()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (::fchmod(file.handle(), mode_t(mode & 07777)) != 0
        || (runningAsRoot() && owner.known && ::fchown(file.handle(), owner.uid, owner.gid) != 0)) {
        *error = errnoText();
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
    QList<Owner> owners;
    for (const FileChange &c : plan.changes) {
        JournalFile f;
        f.path = c.path;
        f.target = c.target;
        f.existed = c.oldBytes.has_value();
        f.removes = !c.newBytes;
        f.oldSha256 = shaOf(c.oldBytes);
        f.newSha256 = shaOf(c.newBytes);
        f.mode = c.mode;
        Owner owner;
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
                owner = ownerOf(c.oldBytes ? host : m_fs.hostPath(dir));
            }
        }
        owners.append(owner);
        set.files.append(f);
    }

    // Nothing can be written: no change set is recorded, so undo keeps meaning the last real one.
    if (std::all_of(set.files.cbegin(), set.files.cend(),
                    [](const JournalFile &f) { return f.state == JournalFile::State::Failed; })) {
        for (const JournalFile &f : std::as_const(set.files))
            result.files.append({ f.path, false, f.message });
        return result;
    }

    // Back up the exact previous bytes, then record the set: both before any target is touched.
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
        if (!writeAtomically(backupDir + QLatin1Char('/') + name, *c.oldBytes, 0600, Owner(), &error)) {
            result.error = tr("The backup of %1 could not be written to %2 (%3); nothing was changed.")
                               .arg(c.path, backupDir, error);
            return result;
        }
        f.backup = QStringLiteral("backups/") + set.id + QLatin1Char('/') + name;
    }
    QString error;
    if (!m_journal.save(set, &error)) {
        result.error = error;
        return result;
    }
    result.changeSetId = set.id;

    const int crashAfter = qEnvironmentVariableIntValue(kCrashAfterFilesVariable);
    int written = 0;
    for (int i = 0; i < set.files.size(); ++i) {
        JournalFile &f = set.files[i];
        const FileChange &c = plan.changes.at(i);
        if (f.state == JournalFile::State::Failed) {
            result.files.append({ c.path, false, f.message });
            continue;
        }
        const QString host = m_fs.hostPath(c.target);
        QString failure;
        for (const QString &dir : std::as_const(f.createdDirs)) {
            const QByteArray hostDir = QFile::encodeName(m_fs.hostPath(dir));
            // New folders in a home are private; under /etc they are readable like their siblings.
            const mode_t mode = RootFs::isInside(dir, QStringLiteral("/etc")) ? 0755 : 0700;
            if (::mkdir(hostDir.constData(), mode) != 0 && errno != EEXIST) {
                failure = tr("the folder %1 could not be created (%2)").arg(dir, errnoText());
                break;
            }
            ::chmod(hostDir.constData(), mode);
            if (runningAsRoot() && owners.at(i).known
                && ::chown(hostDir.constData(), owners.at(i).uid, owners.at(i).gid) != 0) {
                failure = tr("the folder %1 could not be given to its owner (%2)").arg(dir, errnoText());
                break;
            }
        }
        if (failure.isEmpty()) {
            if (c.newBytes) {
                if (writeAtomically(host, *c.newBytes, c.mode, owners.at(i), &failure)) {
                    const RootFs::ReadResult back = m_fs.readFile(c.target);
                    if (!back.ok() || sha256(back.data) != f.newSha256)
                        failure = tr("it did not read back as written");
                }
            } else if (::unlink(QFile::encodeName(host).constData()) != 0 && errno != ENOENT) {
                failure = errnoText();
            }
        }
        if (!failure.isEmpty()) {
            f.state = JournalFile::State::Failed;
            f.message = tr("%1 could not be written: %2.").arg(c.path, failure);
            result.files.append({ c.path, false, f.message });
        } else {
            ++written;
            if (crashAfter > 0 && written == crashAfter)
                std::_Exit(86);
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

    for (int i = int(set.files.size()) - 1; i >= 0; --i) {
        JournalFile &f = set.files[i];
        if (f.state == JournalFile::State::Undone)
            continue;
        // A file refused before writing has no backup and was never touched.
        const bool refused = f.state == JournalFile::State::Failed && f.existed && f.backup.isEmpty();
        if (refused)
            continue;
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
        if (f.state == JournalFile::State::Failed && (atOld || !atNew))
            continue;
        if (atOld) {
            // Never written (a crash before it), or already restored.
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
            const Owner owner = ownerOf(current ? host : m_fs.hostPath(RootFs::parentOf(f.target)));
            QString error;
            if (!writeAtomically(host, old, f.mode, owner, &error)) {
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
        } else if (::unlink(QFile::encodeName(host).constData()) != 0 && errno != ENOENT) {
            conflict(tr("%1 could not be removed (%2).").arg(f.path, errnoText()));
            continue;
        }
        // Folders the change created go again when nothing else was put in them.
        for (auto it = f.createdDirs.crbegin(); it != f.createdDirs.crend(); ++it)
            ::rmdir(QFile::encodeName(m_fs.hostPath(*it)).constData());
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

#include "changejournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tlens {

namespace {

const char *const kFileStates[] = { "pending", "applied", "failed", "undone", "conflict" };
const char *const kSetStates[] = { "applying", "applied", "partly-applied", "undone", "partly-undone" };

template<typename E, size_t N> E stateFrom(const QString &name, const char *const (&names)[N], E fallback)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return E(i);
    }
    return fallback;
}

QJsonObject toJson(const JournalFile &f)
{
    QJsonObject o;
    o.insert(QLatin1String("path"), f.path);
    o.insert(QLatin1String("target"), f.target);
    o.insert(QLatin1String("existed"), f.existed);
    o.insert(QLatin1String("removes"), f.removes);
    o.insert(QLatin1String("backup"), f.backup);
    o.insert(QLatin1String("old_sha256"), f.oldSha256);
    o.insert(QLatin1String("new_sha256"), f.newSha256);
    o.insert(QLatin1String("mode"), int(f.mode));
    o.insert(QLatin1String("created_dirs"), QJsonArray::fromStringList(f.createdDirs));
    o.insert(QLatin1String("temp"), f.temp);
    o.insert(QLatin1String("state"), QLatin1String(kFileStates[int(f.state)]));
    o.insert(QLatin1String("message"), f.message);
    return o;
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        out.append(e.toString());
    return out;
}

} // namespace

QString ChangeSet::stateName(State state)
{
    return QLatin1String(kSetStates[int(state)]);
}

QString ChangeJournal::stateText(ChangeSet::State state)
{
    switch (state) {
    case ChangeSet::State::Applying:
        return tr("interrupted while applying");
    case ChangeSet::State::Applied:
        return tr("applied");
    case ChangeSet::State::PartlyApplied:
        return tr("partly applied");
    case ChangeSet::State::Undone:
        return tr("undone");
    case ChangeSet::State::PartlyUndone:
        return tr("partly undone");
    }
    return {};
}

QString ChangeJournal::stateText(JournalFile::State state)
{
    switch (state) {
    case JournalFile::State::Pending:
        return tr("not confirmed written");
    case JournalFile::State::Applied:
        return tr("written");
    case JournalFile::State::Failed:
        return tr("not written");
    case JournalFile::State::Undone:
        return tr("restored");
    case JournalFile::State::Conflict:
        return tr("changed since; left alone");
    }
    return {};
}

ChangeJournal::ChangeJournal(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

QString ChangeJournal::backupDir(const QString &id) const
{
    return m_dataDir + QStringLiteral("/backups/") + id;
}

ChangeSet ChangeJournal::create() const
{
    ChangeSet set;
    const QList<ChangeSet> existing = load();
    set.sequence = existing.isEmpty() ? 1 : existing.last().sequence + 1;
    set.time = QDateTime::currentDateTimeUtc();
    set.id = set.time.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('-')
        + QString::number(set.sequence).rightJustified(4, QLatin1Char('0')) + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
              .rightJustified(4, QLatin1Char('0'));
    return set;
}

bool ChangeJournal::ensureDir(const QString &hostDir, QString *error) const
{
    if (QDir(hostDir).exists())
        return true;
    if (!QDir().mkpath(hostDir)) {
        *error = tr("The folder %1 could not be created; check its permissions.").arg(hostDir);
        return false;
    }
    ::chmod(QFile::encodeName(hostDir).constData(), 0700);
    return true;
}

void ChangeJournal::syncDir(const QString &hostDir)
{
    const int fd = ::open(QFile::encodeName(hostDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool ChangeJournal::save(const ChangeSet &set, QString *error) const
{
    const QString dir = m_dataDir + QStringLiteral("/changesets");
    if (!ensureDir(dir, error))
        return false;
    QJsonObject o;
    o.insert(QLatin1String("schema_version"), 1);
    o.insert(QLatin1String("sequence"), set.sequence);
    o.insert(QLatin1String("id"), set.id);
    o.insert(QLatin1String("time"), set.time.toString(Qt::ISODateWithMs));
    if (set.undoneTime.isValid())
        o.insert(QLatin1String("undone_time"), set.undoneTime.toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("root"), set.root);
    o.insert(QLatin1String("action"), set.action);
    o.insert(QLatin1String("scope"), set.scope);
    o.insert(QLatin1String("tools"), QJsonArray::fromStringList(set.tools));
    o.insert(QLatin1String("state"), ChangeSet::stateName(set.state));
    QJsonArray files;
    for (const JournalFile &f : set.files)
        files.append(toJson(f));
    o.insert(QLatin1String("files"), files);

    QSaveFile file(dir + QLatin1Char('/') + set.id + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        *error = tr("The change journal %1 could not be written (%2); nothing was changed.")
                     .arg(file.fileName(), file.errorString());
        return false;
    }
    syncDir(dir);
    return true;
}

QList<ChangeSet> ChangeJournal::load(QStringList *problems) const
{
    QList<ChangeSet> sets;
    const QDir dir(m_dataDir + QStringLiteral("/changesets"));
    const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QJsonParseError parseError {};
        const QJsonDocument doc = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll(), &parseError)
            : QJsonDocument();
        const QJsonObject o = doc.object();
        if (!doc.isObject() || o.value(QLatin1String("id")).toString().isEmpty()) {
            if (problems)
                problems->append(
                    tr("The change journal %1 is damaged and was skipped.").arg(file.fileName()));
            continue;
        }
        ChangeSet set;
        set.sequence = o.value(QLatin1String("sequence")).toInt();
        set.id = o.value(QLatin1String("id")).toString();
        set.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        set.undoneTime
            = QDateTime::fromString(o.value(QLatin1String("undone_time")).toString(), Qt::ISODateWithMs);
        set.root = o.value(QLatin1String("root")).toString();
        set.action = o.value(QLatin1String("action")).toString();
        set.scope = o.value(QLatin1String("scope")).toString();
        set.tools = toStrings(o.value(QLatin1String("tools")));
        set.state
            = stateFrom(o.value(QLatin1String("state")).toString(), kSetStates, ChangeSet::State::Applying);
        const QJsonArray files = o.value(QLatin1String("files")).toArray();
        for (const QJsonValue &v : files) {
            const QJsonObject fo = v.toObject();
            JournalFile f;
            f.path = fo.value(QLatin1String("path")).toString();
            f.target = fo.value(QLatin1String("target")).toString();
            f.existed = fo.value(QLatin1String("existed")).toBool();
            f.removes = fo.value(QLatin1String("removes")).toBool();
            f.backup = fo.value(QLatin1String("backup")).toString();
            f.oldSha256 = fo.value(QLatin1String("old_sha256")).toString();
            f.newSha256 = fo.value(QLatin1String("new_sha256")).toString();
            f.mode = uint(fo.value(QLatin1String("mode")).toInt());
            f.createdDirs = toStrings(fo.value(QLatin1String("created_dirs")));
            f.temp = fo.value(QLatin1String("temp")).toString();
            f.state = stateFrom(fo.value(QLatin1String("state")).toString(), kFileStates,
                                JournalFile::State::Pending);
            f.message = fo.value(QLatin1String("message")).toString();
            set.files.append(f);
        }
        sets.append(set);
    }
    std::stable_sort(sets.begin(), sets.end(),
                     [](const ChangeSet &a, const ChangeSet &b) { return a.sequence < b.sequence; });
    return sets;
}

} // namespace tlens

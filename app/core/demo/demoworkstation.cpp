#include "demoworkstation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace tlens {

namespace {

QMutex g_liveMutex;
QStringList g_live; // this process's copies, for removeLiveCopies()

// Whether a process id names a running process (of anyone).
bool processRuns(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

DemoWorkstation::DemoWorkstation(const QString &templatePath)
    : m_dir(templatePath)
{
    if (m_dir.isValid()) {
        const QMutexLocker lock(&g_liveMutex);
        g_live.append(m_dir.path());
    }
}

DemoWorkstation::~DemoWorkstation()
{
    const QMutexLocker lock(&g_liveMutex);
    g_live.removeAll(m_dir.path());
}

QString DemoWorkstation::namePrefix()
{
    return QStringLiteral("telemetry-lens-demo-");
}

int DemoWorkstation::removeStale(const QString &tempDir)
{
    int removed = 0;
    const QStringList names
        = QDir(tempDir).entryList({ namePrefix() + QLatin1Char('*') },
                                  QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.mid(namePrefix().size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == ::getpid() || processRuns(pid))
            continue;
        const QString path = tempDir + QLatin1Char('/') + name;
        struct stat st { };
        // A link, a file, or someone else's folder is not a copy of ours, whatever its name says.
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISDIR(st.st_mode)
            || st.st_uid != ::getuid())
            continue;
        // removeRecursively() deletes links inside, never what they point to.
        if (QDir(path).removeRecursively())
            ++removed;
    }
    return removed;
}

void DemoWorkstation::removeLiveCopies()
{
    const QMutexLocker lock(&g_liveMutex);
    for (const QString &path : std::as_const(g_live))
        QDir(path).removeRecursively();
    g_live.clear();
}

std::unique_ptr<DemoWorkstation> DemoWorkstation::extract(QString *error)
{
    const QString tempDir = QDir::tempPath();
    removeStale(tempDir);
    std::unique_ptr<DemoWorkstation> demo(new DemoWorkstation(
        tempDir + QLatin1Char('/') + namePrefix() + QString::number(::getpid()) + QStringLiteral("-XXXXXX")));
    if (!demo->m_dir.isValid()) {
        *error = tr("Could not create a temporary folder for the sample workstation: %1")
                     .arg(demo->m_dir.errorString());
        return nullptr;
    }
    const QString source = QStringLiteral(":/demo/workstation");
    if (!QFileInfo(source).isDir()) {
        *error = tr("This build has no embedded sample workstation.");
        return nullptr;
    }
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = demo->root() + from.mid(source.size());
        QDir().mkpath(QFileInfo(to).path());
        QFile in(from);
        QFile out(to);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *error = tr("Could not unpack %1: %2").arg(to, out.errorString());
            return nullptr;
        }
        out.write(in.readAll());
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                           | QFileDevice::ReadOther);
    }
    QDir().mkpath(demo->dataDir());
    return demo;
}

} // namespace tlens

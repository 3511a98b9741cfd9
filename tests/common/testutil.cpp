#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace tlens::test {

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = QDir(from).relativeFilePath(info.filePath());
        const QString dst = to + QLatin1Char('/') + rel;
        if (info.isSymLink()) {
            char target[4096];
            const ssize_t n
                = ::readlink(QFile::encodeName(info.filePath()).constData(), target, sizeof target - 1);
            if (n < 0)
                return false;
            target[n] = '\0';
            if (::symlink(target, QFile::encodeName(dst).constData()) != 0)
                return false;
        } else if (info.isDir()) {
            QDir().mkpath(dst);
        } else {
            QDir().mkpath(QFileInfo(dst).path());
            QFile::remove(dst);
            if (!QFile::copy(info.filePath(), dst))
                return false;
            QFile::setPermissions(dst,
                                  QFile::permissions(dst) | QFileDevice::WriteOwner | QFileDevice::ReadOwner);
        }
    }
    return true;
}

FixtureCopy::FixtureCopy(const QString &source)
{
    if (!QFileInfo(source).isDir()) {
        qCritical("The sample data is missing: expected the folder %s (../shared/fixtures beside the "
                  "checkout).",
                  qPrintable(source));
        return;
    }
    m_valid = m_dir.isValid() && copyTree(source, m_dir.path());
    // Directories copied from a read-only tree must be writable for tests that add files.
    QDirIterator it(m_dir.path(), QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString d = it.next();
        if (!QFileInfo(d).isSymLink())
            QFile::setPermissions(d, QFile::permissions(d) | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

QString FixtureCopy::path(const QString &inner) const
{
    return m_dir.path() + (inner.startsWith(QLatin1Char('/')) ? inner : QLatin1Char('/') + inner);
}

bool FixtureCopy::write(const QString &inner, const QByteArray &data) const
{
    const QString p = path(inner);
    QDir().mkpath(QFileInfo(p).path());
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

QByteArray FixtureCopy::read(const QString &inner) const
{
    QFile f(path(inner));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QProcessEnvironment cleanEnvironment(const QString &home)
{
    QProcessEnvironment env;
    const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), sys.value(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The sanitizer build's settings reach the binary under test too.
    for (const char *name : { "ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS" }) {
        const QString key = QString::fromLatin1(name);
        if (sys.contains(key))
            env.insert(key, sys.value(key));
    }
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    }
    return env;
}

RunResult runBinary(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input,
                    int timeoutMs)
{
    RunResult result;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TLENS_BINARY), args);
    if (!p.waitForStarted(timeoutMs))
        return result;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return result;
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.out = p.readAllStandardOutput();
    result.err = p.readAllStandardError();
    return result;
}

} // namespace tlens::test

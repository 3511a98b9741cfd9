#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace tlens::test;

namespace {

const QString kPrefix = QStringLiteral("telemetry-lens-demo-");

QStringList copies(const QString &tmp)
{
    return QDir(tmp).entryList({ kPrefix + QLatin1Char('*') },
                               QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
}

// The id of a process that has ended: it cannot be running any more.
qint64 deadProcessId()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForStarted();
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

// --demo's private copy in the temporary folder: removed however the process is told to stop, and
// copies of processes that died without cleaning up are removed by the next one, never anything
// else that is there.
class TestCliSignals final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void copyIsRemovedOnSignal_data();
    void copyIsRemovedOnSignal();
    void staleCopiesAreRemoved();
};

void TestCliSignals::copyIsRemovedOnSignal_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("window");

    const QStringList window { QStringLiteral("--demo") };
    // A command waiting for its question to be answered.
    const QStringList command { QStringLiteral("disable"), QStringLiteral("--all"),
                                QStringLiteral("--demo") };
    QTest::newRow("window, SIGTERM") << window << int(SIGTERM) << true;
    QTest::newRow("window, SIGINT") << window << int(SIGINT) << true;
    QTest::newRow("window, SIGHUP") << window << int(SIGHUP) << true;
    QTest::newRow("command, SIGTERM") << command << int(SIGTERM) << false;
    QTest::newRow("command, SIGINT") << command << int(SIGINT) << false;
    QTest::newRow("command, SIGHUP") << command << int(SIGHUP) << false;
}

void TestCliSignals::copyIsRemovedOnSignal()
{
    QFETCH(QStringList, args);
    QFETCH(int, signal);
    QFETCH(bool, window);

    QTemporaryDir home;
    QTemporaryDir tmp;
    QVERIFY(home.isValid() && tmp.isValid());
    QProcessEnvironment env = cleanEnvironment(home.path());
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TLENS_BINARY), args);
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(copies(tmp.path()).size() == 1, 20000);
    const QString copy = copies(tmp.path()).first();
    QVERIFY2(copy.startsWith(kPrefix + QString::number(p.processId()) + QLatin1Char('-')), qPrintable(copy));
    if (window) {
        // The window has unpacked the sample; give its event loop the signal.
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(tmp.path() + QLatin1Char('/') + copy + QStringLiteral("/app-data")), 20000);
    } else {
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("[y/N]"), 30000);
    }
    QCOMPARE(::kill(pid_t(p.processId()), signal), 0);
    QVERIFY2(p.waitForFinished(30000), "the process did not end on the signal");
    const QStringList left = copies(tmp.path());
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("left behind: ") + left.join(QLatin1Char(' ')) + QLatin1Char('\n')
                        + QString::fromUtf8(p.readAllStandardError())));
    if (!window)
        QCOMPARE(p.exitStatus(), QProcess::CrashExit); // ended by the signal, as the shell expects
}

void TestCliSignals::staleCopiesAreRemoved()
{
    QTemporaryDir home;
    QTemporaryDir tmp;
    QTemporaryDir elsewhere;
    QVERIFY(home.isValid() && tmp.isValid() && elsewhere.isValid());
    const QString dead = QString::number(deadProcessId());
    const QString alive = QString::number(::getpid());
    const QString t = tmp.path() + QLatin1Char('/');

    // A copy of a process that died: removed, but not what its links point to.
    const QString stale = t + kPrefix + dead + QStringLiteral("-a1b2c3");
    QVERIFY(writeFile(stale + QStringLiteral("/workstation/home/alice/.bashrc"), "export X=1\n"));
    QVERIFY(writeFile(elsewhere.path() + QStringLiteral("/keep/precious.txt"), "mine\n"));
    QVERIFY(
        QFile::link(elsewhere.path() + QStringLiteral("/keep"), stale + QStringLiteral("/workstation/link")));
    // A copy of a running process: kept.
    const QString running = t + kPrefix + alive + QStringLiteral("-d4e5f6");
    QVERIFY(writeFile(running + QStringLiteral("/workstation/file"), "in use\n"));
    // Names that look like copies but are a link and a file: kept, and the link is not followed.
    const QString link = t + kPrefix + dead + QStringLiteral("-link00");
    QVERIFY(QFile::link(elsewhere.path() + QStringLiteral("/keep"), link));
    const QString file = t + kPrefix + dead + QStringLiteral("-file00");
    QVERIFY(writeFile(file, "not a folder\n"));
    // Someone else's name that merely starts alike.
    const QString other = t + kPrefix + QStringLiteral("notapid");
    QVERIFY(QDir().mkpath(other));

    QProcessEnvironment env = cleanEnvironment(home.path());
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    const RunResult r = runBinary({ QStringLiteral("status"), QStringLiteral("--demo") }, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    QVERIFY2(!QFileInfo::exists(stale), "the stale copy is still there");
    QVERIFY(QFileInfo::exists(elsewhere.path() + QStringLiteral("/keep/precious.txt")));
    QVERIFY2(QFileInfo::exists(running + QStringLiteral("/workstation/file")),
             "a running process's copy was removed");
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(QFileInfo(file).isFile());
    QVERIFY(QFileInfo(other).isDir());
    // The command's own copy is gone too.
    QCOMPARE(copies(tmp.path()).size(), 4);
}

QTEST_GUILESS_MAIN(TestCliSignals)
#include "testclisignals.moc"

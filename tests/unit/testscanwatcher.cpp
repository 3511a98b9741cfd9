#include "testutil.h"

#include "scan/scanner.h"
#include "watch/scanwatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace tlens;

class TestScanWatcher final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pathsToWatch_data();
    void pathsToWatch();
    void newestReportFoldersOnly();
    void burstIsOneSignal();
    void pausedRemembers();
    void replacedFileStaysWatched();

private:
    QStringList watchList(const test::FixtureCopy &fixture, bool allUsers = true) const;
};

void TestScanWatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QStringList TestScanWatcher::watchList(const test::FixtureCopy &fixture, bool allUsers) const
{
    ScanOptions options;
    options.root = fixture.root();
    options.allUsers = allUsers;
    options.home = allUsers ? QString() : QStringLiteral("/home/alice");
    options.liveEnvironment = false;
    return ScanWatcher::pathsToWatch(Scanner::scan(options), options);
}

void TestScanWatcher::pathsToWatch_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("Ray temp folder") << "/tmp/ray";
    QTest::newRow("newest Ray session") << "/tmp/ray/session_2026-11-21_08-30-12_654321_5151";
    QTest::newRow("Skyplane usage folder") << "/tmp/skyplane/usage";
    QTest::newRow("Skyplane client folder") << "/tmp/skyplane/usage/00000000000000000000020000004242";
    QTest::newRow("start-up file that decides Ray") << "/home/alice/.bashrc";
    QTest::newRow("login profile") << "/home/alice/.profile";
    QTest::newRow("Ray config") << "/home/alice/.ray/config.json";
    QTest::newRow("Skyplane config") << "/home/alice/.skyplane/config";
    QTest::newRow("Rasa config") << "/home/alice/.config/rasa/global.yml";
    QTest::newRow("bob's zshrc") << "/home/bob/.zshrc";
    // bob has no ~/.ray: its creation shows in the home folder.
    QTest::newRow("bob's home for files not there yet") << "/home/bob";
    QTest::newRow("machine environment") << "/etc/environment";
}

void TestScanWatcher::pathsToWatch()
{
    QFETCH(QString, path);
    test::FixtureCopy fixture;
    const QStringList watch = watchList(fixture);
    QVERIFY2(
        watch.contains(path),
        qPrintable(QStringLiteral("%1 is not watched; watched: %2").arg(path, watch.join(QLatin1Char(' ')))));
    QVERIFY2(!watch.contains(QStringLiteral("/tmp/ray/session_latest")),
             "the session_latest link is watched as a folder of its own");
    QVERIFY(watch.size() <= ScanWatcher::kMaxWatched);
}

void TestScanWatcher::newestReportFoldersOnly()
{
    test::FixtureCopy fixture;
    for (int i = 0; i < 40; ++i)
        QVERIFY(QDir().mkpath(fixture.path(QStringLiteral("/tmp/ray/session_2020-01-%1_00-00-00_000000_1")
                                               .arg(i + 1, 2, 10, QLatin1Char('0')))));
    const QStringList watch = watchList(fixture, false);
    int sessions = 0;
    for (const QString &p : watch)
        sessions += p.startsWith(QLatin1String("/tmp/ray/session_")) ? 1 : 0;
    QCOMPARE(sessions, ScanWatcher::kNewestFoldersWatched);
    QVERIFY2(watch.contains(QStringLiteral("/tmp/ray/session_2026-11-21_08-30-12_654321_5151")),
             "the newest session is not watched");
    QVERIFY2(!watch.contains(QStringLiteral("/tmp/ray/session_2020-01-01_00-00-00_000000_1")),
             "an old session is watched");
}

void TestScanWatcher::burstIsOneSignal()
{
    test::FixtureCopy fixture;
    ScanWatcher watcher;
    watcher.setQuietPeriod(200);
    watcher.setPaths(fixture.root(), watchList(fixture, false));
    QVERIFY(watcher.watchedPaths().contains(fixture.path(QStringLiteral("/tmp/ray"))));
    QSignalSpy changed(&watcher, &ScanWatcher::changed);
    for (int i = 0; i < 5; ++i)
        QVERIFY(QDir().mkpath(
            fixture.path(QStringLiteral("/tmp/ray/session_2026-12-0%1_00-00-00_000000_9").arg(i + 1))));
    // The folders exist before the event loop runs, so every event of the burst is queued by then.
    QVERIFY2(changed.wait(5000), "creating session folders was not noticed");
    QCOMPARE(changed.count(), 1);
    QVERIFY2(!watcher.hasPendingChanges() && !watcher.isSettling(),
             "one burst of writes gave more than one signal");
    QVERIFY(changed.first().first().toStringList().contains(fixture.path(QStringLiteral("/tmp/ray"))));

    // An edit of a start-up file in place is noticed too.
    QFile bashrc(fixture.path(QStringLiteral("/home/alice/.bashrc")));
    QVERIFY(bashrc.open(QIODevice::Append));
    bashrc.write("export RAY_USAGE_STATS_ENABLED=0\n");
    bashrc.close();
    QVERIFY2(changed.wait(5000), "an edit of ~/.bashrc was not noticed");
}

void TestScanWatcher::pausedRemembers()
{
    test::FixtureCopy fixture;
    ScanWatcher watcher;
    watcher.setQuietPeriod(100);
    watcher.setPaths(fixture.root(), watchList(fixture, false));
    QSignalSpy changed(&watcher, &ScanWatcher::changed);
    watcher.setPaused(true);
    QVERIFY(fixture.write(QStringLiteral("/home/alice/.ray/config.json"), "{\"usage_stats\": true}"));
    QTRY_VERIFY2(watcher.hasPendingChanges(), "the change was not noticed");
    // The quiet period ends while paused: nothing is reported, the change is kept.
    QTRY_VERIFY2(!watcher.isSettling(), "the quiet period never ended");
    QVERIFY2(changed.isEmpty(), "a change was reported while paused");
    QVERIFY(watcher.hasPendingChanges());
    watcher.setPaused(false);
    QVERIFY2(changed.wait(3000), "the change made while paused was lost");
}

void TestScanWatcher::replacedFileStaysWatched()
{
    test::FixtureCopy fixture;
    ScanWatcher watcher;
    watcher.setQuietPeriod(100);
    const QStringList paths = watchList(fixture, false);
    watcher.setPaths(fixture.root(), paths);
    QSignalSpy changed(&watcher, &ScanWatcher::changed);
    // Replace ~/.bashrc the way editors and atomic writers do: write aside, rename over.
    const QString target = fixture.path(QStringLiteral("/home/alice/.bashrc"));
    QVERIFY(fixture.write(QStringLiteral("/home/alice/.bashrc.new"), "export RAY_USAGE_STATS_ENABLED=0\n"));
    QVERIFY(::rename(QFile::encodeName(target + QStringLiteral(".new")).constData(),
                     QFile::encodeName(target).constData())
            == 0);
    QVERIFY(changed.wait(3000));
    watcher.setPaths(fixture.root(), paths);
    changed.clear();
    QFile bashrc(target);
    QVERIFY(bashrc.open(QIODevice::Append));
    bashrc.write("# again\n");
    bashrc.close();
    QVERIFY2(changed.wait(3000), "after a replacement, an edit of the new file went unnoticed");
}

QTEST_GUILESS_MAIN(TestScanWatcher)
#include "testscanwatcher.moc"

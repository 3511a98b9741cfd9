#include "testutil.h"

#include "scan/scancontroller.h"
#include "watch/scanwatcher.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace tlens;

namespace {

ScanOptions optionsFor(const test::FixtureCopy &fixture, const QString &home)
{
    ScanOptions options;
    options.root = fixture.root();
    options.home = home;
    options.liveEnvironment = false;
    return options;
}

} // namespace

class TestScanController final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliversResultAndWatchList();
    void newestScanWins();
    void cancelDeliversNothing();
    void progressArrivesOnOwnerThread();
    void destroyedWhileScanning();
};

void TestScanController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScanController::deliversResultAndWatchList()
{
    test::FixtureCopy fixture;
    ScanController controller;
    QSignalSpy finished(&controller, &ScanController::finished);
    QCOMPARE(controller.result(), nullptr);
    const int generation = controller.start(optionsFor(fixture, QStringLiteral("/home/alice")));
    QVERIFY(controller.isRunning());
    QVERIFY2(finished.wait(20000), "the scan did not finish");
    QCOMPARE(finished.first().first().toInt(), generation);
    QVERIFY(!controller.isRunning());
    QVERIFY(controller.result());
    QCOMPARE(controller.result()->users.size(), 1);
    QCOMPARE(controller.result()->users.first().account.name, QStringLiteral("alice"));
    QCOMPARE(controller.options().home, QStringLiteral("/home/alice"));
    const QStringList watch = controller.watchPaths();
    QVERIFY2(watch.contains(QStringLiteral("/tmp/ray")), qPrintable(watch.join(QLatin1Char(' '))));
    QVERIFY2(watch.contains(QStringLiteral("/home/alice/.bashrc")), qPrintable(watch.join(QLatin1Char(' '))));
}

void TestScanController::newestScanWins()
{
    test::FixtureCopy fixture;
    ScanController controller;
    QSignalSpy finished(&controller, &ScanController::finished);
    controller.start(optionsFor(fixture, QStringLiteral("/home/alice")));
    const int second = controller.start(optionsFor(fixture, QStringLiteral("/home/bob")));
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 20000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), second);
    QCOMPARE(controller.result()->users.first().account.name, QStringLiteral("bob"));
}

void TestScanController::cancelDeliversNothing()
{
    test::FixtureCopy fixture;
    ScanController controller;
    QSignalSpy finished(&controller, &ScanController::finished);
    controller.start(optionsFor(fixture, QStringLiteral("/home/alice")));
    controller.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 20000);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(controller.result(), nullptr);
}

void TestScanController::progressArrivesOnOwnerThread()
{
    test::FixtureCopy fixture;
    ScanController controller;
    QThread *owner = QThread::currentThread();
    bool otherThread = false;
    int reports = 0;
    connect(&controller, &ScanController::progress, this, [&](const QString &phase, qint64, qint64) {
        ++reports;
        otherThread = otherThread || QThread::currentThread() != owner || phase.isEmpty();
    });
    QSignalSpy finished(&controller, &ScanController::finished);
    controller.start(optionsFor(fixture, {}));
    QVERIFY(finished.wait(20000));
    QVERIFY2(reports > 0, "no progress was reported");
    QVERIFY2(!otherThread, "progress reached the owner from the worker thread, or without a phase");
}

void TestScanController::destroyedWhileScanning()
{
    test::FixtureCopy fixture;
    auto *controller = new ScanController;
    controller->start(optionsFor(fixture, QStringLiteral("/home/alice")));
    controller->start(optionsFor(fixture, QStringLiteral("/home/bob")));
    // Must wait for its workers: a worker left running would post progress to freed memory (a crash
    // here, or under a sanitizer).
    delete controller;
}

QTEST_GUILESS_MAIN(TestScanController)
#include "testscancontroller.moc"

#include "testutil.h"

#include <QtTest>

using namespace tlens::test;

// Options that contradict each other are a usage error naming both, for every command; options
// that agree are not.
class TestCliConflicts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void conflicts_data();
    void conflicts();
    void agreeingOptionsRun_data();
    void agreeingOptionsRun();
};

void TestCliConflicts::conflicts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("named"); // what the error must name

    const QString root = QStringLiteral(TLENS_WORKSTATION_DIR);
    QTest::newRow("audit --json --format html")
        << QStringList { QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--format"),
                         QStringLiteral("html"),  QStringLiteral("--root"), root }
        << QStringList { QStringLiteral("--json"), QStringLiteral("--format html") };
    QTest::newRow("audit --format=csv --json")
        << QStringList { QStringLiteral("audit"), QStringLiteral("--format=csv"), QStringLiteral("--json"),
                         QStringLiteral("--root"), root }
        << QStringList { QStringLiteral("--json"), QStringLiteral("--format csv") };
    QTest::newRow("show --sent --would-send")
        << QStringList { QStringLiteral("show"),         QStringLiteral("ray"),    QStringLiteral("--sent"),
                         QStringLiteral("--would-send"), QStringLiteral("--root"), root }
        << QStringList { QStringLiteral("--sent"), QStringLiteral("--would-send") };
    QTest::newRow("disable --dry-run --yes")
        << QStringList { QStringLiteral("disable"), QStringLiteral("ray"),    QStringLiteral("--dry-run"),
                         QStringLiteral("--yes"),   QStringLiteral("--root"), root }
        << QStringList { QStringLiteral("--dry-run"), QStringLiteral("--yes") };
    QTest::newRow("enable --dry-run --yes")
        << QStringList { QStringLiteral("enable"), QStringLiteral("ray"),    QStringLiteral("--dry-run"),
                         QStringLiteral("--yes"),  QStringLiteral("--root"), root }
        << QStringList { QStringLiteral("--dry-run"), QStringLiteral("--yes") };
    QTest::newRow("disable TOOL --all")
        << QStringList { QStringLiteral("disable"), QStringLiteral("ray"), QStringLiteral("--all"),
                         QStringLiteral("--root"), root }
        << QStringList { QStringLiteral("--all"), QStringLiteral("tool") };
    QTest::newRow("status --demo --root")
        << QStringList { QStringLiteral("status"), QStringLiteral("--demo"), QStringLiteral("--root"), root }
        << QStringList { QStringLiteral("--demo"), QStringLiteral("--root") };
}

void TestCliConflicts::conflicts()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, named);
    QTemporaryDir home;
    const RunResult r = runBinary(args, cleanEnvironment(home.path()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // nothing half-done on standard output
    for (const QString &n : std::as_const(named))
        QVERIFY2(r.err.contains(n.toUtf8()),
                 qPrintable(QStringLiteral("\"%1\" not named in: %2").arg(n, QString::fromUtf8(r.err))));
}

void TestCliConflicts::agreeingOptionsRun_data()
{
    QTest::addColumn<QStringList>("args");
    const QString root = QStringLiteral(TLENS_WORKSTATION_DIR);
    QTest::newRow("audit --json --format json")
        << QStringList { QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--format"),
                         QStringLiteral("json"),  QStringLiteral("--root"), root };
    QTest::newRow("disable --dry-run") << QStringList { QStringLiteral("disable"),
                                                        QStringLiteral("rasa"),
                                                        QStringLiteral("--dry-run"),
                                                        QStringLiteral("--root"),
                                                        root,
                                                        QStringLiteral("--home"),
                                                        QStringLiteral("/home/alice") };
}

void TestCliConflicts::agreeingOptionsRun()
{
    QFETCH(QStringList, args);
    QTemporaryDir home;
    const RunResult r = runBinary(args, cleanEnvironment(home.path()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliConflicts)
#include "testcliconflicts.moc"

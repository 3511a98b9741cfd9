#include "report/auditreport.h"

#include <QtTest>

using namespace tlens;

// What the audit formats do with values that come from files anyone may write.
class TestAuditReport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvCellsAreNotFormulas_data();
    void csvCellsAreNotFormulas();
};

void TestAuditReport::csvCellsAreNotFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1+2") << QByteArray("'+1+2");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("plain") << QStringLiteral("alice") << QByteArray("alice");
    QTest::newRow("formula later in the cell") << QStringLiteral("a=b") << QByteArray("a=b");
}

void TestAuditReport::csvCellsAreNotFormulas()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, cell);
    ScanResult result;
    UserScan user;
    user.account.name = value;
    user.account.home = QStringLiteral("/home/x");
    ToolStatus tool;
    tool.toolId = QStringLiteral("ray");
    tool.explanation = value;
    user.tools = { tool };
    result.users = { user };
    const QByteArray csv = AuditReport(result).toCsv();
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY2(lines.size() >= 2, csv.constData());
    const QByteArray row = lines.at(1);
    QVERIFY2(row.startsWith(QByteArray(cell + ",")), row.constData());
    QVERIFY2(row.count(cell) == 2, "the explanation is neutralised as well");
}

QTEST_GUILESS_MAIN(TestAuditReport)
#include "testauditreport.moc"

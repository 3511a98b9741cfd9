#include "testutil.h"

#include <QRegularExpression>
#include <QtTest>

using namespace tlens::test;

// A machine-wide switch writes a few files that carry several tools' settings: the plan counts
// each file once and says which of a tool's files it shares, so the lines add up.
class TestCliSharedFiles final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void machineWidePlanCountsFilesOnce();
};

void TestCliSharedFiles::machineWidePlanCountsFilesOnce()
{
    FixtureCopy fixture;
    QVERIFY(fixture.isValid());
    QTemporaryDir home;
    const RunResult r
        = runBinary({ QStringLiteral("disable"), QStringLiteral("--all"), QStringLiteral("--scope"),
                      QStringLiteral("system"), QStringLiteral("--dry-run"), QStringLiteral("--root"),
                      fixture.root(), QStringLiteral("--home"), QStringLiteral("/home/alice") },
                    cleanEnvironment(home.path()));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(r.exitCode >= 0, r.err.constData());
    // Every file the plan writes is shown once, as "New file" or "Change".
    const int written = int(out.count(QRegularExpression(QStringLiteral("^(New file|Change|Remove) /"),
                                                         QRegularExpression::MultilineOption)));
    QVERIFY2(written >= 1, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("In all, %1 file%2 change")
                              .arg(written)
                              .arg(written == 1 ? QString() : QStringLiteral("s"))),
             qPrintable(out));
    // The tools' lines name their files as shared instead of adding them up.
    const QRegularExpression toolLine(QStringLiteral("^\\* (\\S+): (\\d+) (shared )?files? to change(.*)$"),
                                      QRegularExpression::MultilineOption);
    int perTool = 0;
    for (auto it = toolLine.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        perTool += m.captured(2).toInt();
        QVERIFY2(!m.captured(3).isEmpty() || m.captured(4).contains(QLatin1String("shared")),
                 qPrintable(m.captured(0)));
    }
    QVERIFY2(perTool > written, "the sample's machine-wide plan should share files between tools");
}

QTEST_GUILESS_MAIN(TestCliSharedFiles)
#include "testclisharedfiles.moc"

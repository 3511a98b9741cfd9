#include "windowharness.h"

#include "models/reportsmodel.h"
#include "overviewpage.h"
#include "timelinechart.h"

#include "i18n/language.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace tlens;
using tlens::test::kScanTimeoutMs;
using tlens::test::WindowHarness;

class TestWindowDetails final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void titleNamesTheApplicationOnce();
    void germanStatusesFit();
    void chartDatesFollowTheLocale_data();
    void chartDatesFollowTheLocale();
    void machineWideDialogCountsFilesOnce();
};

void TestWindowDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TLENS_DATA_DIR", QByteArray());
}

void TestWindowDetails::cleanup()
{
    Language::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

void TestWindowDetails::titleNamesTheApplicationOnce()
{
    // As the application sets it; the platform then shows "TITLE — Telemetry Lens".
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Telemetry Lens"));
    WindowHarness h;
    QVERIFY(h.ready);
    const QString title = h.window->windowTitle();
    QVERIFY2(!title.contains(QLatin1String("Telemetry Lens")), qPrintable(title));
    QVERIFY2(title.contains(h.fixture.root()), qPrintable(title));
    QGuiApplication::setApplicationDisplayName(QString());
}

void TestWindowDetails::germanStatusesFit()
{
    QCOMPARE(Language::install(QStringLiteral("de")), QStringLiteral("de"));
    WindowHarness h;
    QVERIFY(h.ready);
    ToolPage *page = h.tool(QStringLiteral("alice"), QStringLiteral("ray"));
    page->showTab(ToolPage::SentTab);
    QTableView *table = page->reportsTable();
    const QString failed = ReportsModel::statusLabel(SendStatus::Failed);
    QCOMPARE(failed, QStringLiteral("fehlgeschlagen"));
    const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (SendStatus s :
         { SendStatus::Sent, SendStatus::NotConfirmed, SendStatus::Failed, SendStatus::Unknown }) {
        const QString label = ReportsModel::statusLabel(s);
        const int needed = table->fontMetrics().horizontalAdvance(label) + icon + 12;
        QVERIFY2(table->columnWidth(ReportsModel::StatusColumn) >= needed,
                 qPrintable(QStringLiteral("\"%1\" needs %2 px, the column has %3")
                                .arg(label)
                                .arg(needed)
                                .arg(table->columnWidth(ReportsModel::StatusColumn))));
    }
}

void TestWindowDetails::chartDatesFollowTheLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("day"); // how 21 November reads on the axis

    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de_DE") << QStringLiteral("21.11.");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("fr_FR") << QStringLiteral("21/11");
    QTest::newRow("US English") << QStringLiteral("en") << QStringLiteral("en_US") << QStringLiteral("11/21");
}

void TestWindowDetails::chartDatesFollowTheLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    QFETCH(QString, day);
    Language::install(language);
    QLocale::setDefault(QLocale(locale));
    WindowHarness h(QStringLiteral("/home/alice"), true);
    QVERIFY(h.ready);
    auto *chart = h.window->overviewPage()->findChild<TimelineChart *>();
    QVERIFY(chart);
    QStringList categories;
    for (QAbstractAxis *axis : chart->chart()->axes(Qt::Horizontal)) {
        if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
            categories += bars->categories();
    }
    QVERIFY2(categories.contains(day), qPrintable(categories.join(QStringLiteral(" | "))));
}

void TestWindowDetails::machineWideDialogCountsFilesOnce()
{
    WindowHarness h(QStringLiteral("/home/alice"), true);
    QVERIFY(h.ready);
    h.window->requestSwitch(QStringLiteral("alice"),
                            { QStringLiteral("ray"), QStringLiteral("skyplane"), QStringLiteral("mlflow"),
                              QStringLiteral("rasa") },
                            false, OptOutScope::System);
    QTRY_VERIFY_WITH_TIMEOUT(h.openDialog(), kScanTimeoutMs);
    OptOutDialog *dialog = h.openDialog();
    const int files = int(dialog->files().size());
    const SwitchProposal &proposal = dialog->proposal();
    QVERIFY2(proposal.plan.hasSharedFiles(), "the machine-wide plan should share /etc files between tools");
    const QString button = dialog->confirmButton()->text().remove(QLatin1Char('&'));
    QVERIFY2(button.contains(QStringLiteral("write %1 file").arg(files)), qPrintable(button));
    const QString outcomes = dialog->findChild<QLabel *>(QStringLiteral("outcomes"))->text();
    QVERIFY2(outcomes.contains(QStringLiteral("In all, %1 files change").arg(files)), qPrintable(outcomes));
    // Each tool's line says which of its files are shared, so the lines do not read as extra files.
    for (const ToolOutcome &t : proposal.plan.tools) {
        if (t.status != ToolOutcome::Status::Planned || proposal.plan.sharedFileCount(t.toolId) == 0)
            continue;
        const qsizetype at = outcomes.indexOf(QStringLiteral("<b>%1</b>").arg(t.name));
        QVERIFY2(at >= 0, qPrintable(t.name));
        const QString line = outcomes.mid(at, outcomes.indexOf(QLatin1String("</td>"), at) - at);
        QVERIFY2(line.contains(QLatin1String("shared")), qPrintable(line));
    }
}

QTEST_MAIN(TestWindowDetails)
#include "testwindowdetails.moc"

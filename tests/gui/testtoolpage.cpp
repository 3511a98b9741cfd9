#include "windowharness.h"

#include "banner.h"
#include "catalog/catalog.h"
#include "models/inputsmodel.h"
#include "models/jsontreemodel.h"
#include "models/reportfiltermodel.h"
#include "models/reportsmodel.h"
#include "models/toolstatusmodel.h"
#include "overviewpage.h"
#include "report/auditreport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace tlens;
using tlens::test::kScanTimeoutMs;
using tlens::test::WindowHarness;

namespace {

// The overview's warnings for an account and tool, as its tooltip lists them.
QString overviewWarnings(const WindowHarness &h, const QString &user, const QString &tool)
{
    const QAbstractItemModel *m = h.window->overviewPage()->table()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, ToolStatusModel::WarningsColumn);
        if (i.data(ToolStatusModel::UserNameRole).toString() == user
            && i.data(ToolStatusModel::ToolIdRole).toString() == tool)
            return i.data(Qt::ToolTipRole).toString();
    }
    return {};
}

} // namespace

class TestToolPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filterThatHidesTheReportClearsIt_data();
    void filterThatHidesTheReportClearsIt();
    void emptyReportsSayWhy();
    void openLocationFailureIsShown();
    void filesTabAndDialogAgreeOnOverride();
    void warningsDescribeTheCurrentState();
    void everyReportWarningIsShown();
    void debianPackageIsListedForEveryAccount();
};

void TestToolPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TLENS_DATA_DIR", QByteArray());
}

void TestToolPage::filterThatHidesTheReportClearsIt_data()
{
    QTest::addColumn<QString>("text"); // typed into the filter
    QTest::addColumn<int>("status"); // index chosen in the status filter, 0 for all

    QTest::newRow("text that matches no report") << QStringLiteral("no-such-report-anywhere") << 0;
    // The newest Ray report failed; only sent ones listed hides it.
    QTest::newRow("status that hides it") << QString() << 1;
}

void TestToolPage::filterThatHidesTheReportClearsIt()
{
    QFETCH(QString, text);
    QFETCH(int, status);

    WindowHarness h;
    QVERIFY(h.ready);
    ToolPage *page = h.tool(QStringLiteral("alice"), QStringLiteral("ray"));
    page->showTab(ToolPage::SentTab);
    QTableView *table = page->reportsTable();
    QVERIFY2(table->model()->rowCount() >= 2, "the sample has two Ray sessions");
    // The failed session is the one on show.
    QVERIFY(page->selectReport(
        table->model()->index(0, 0).data(ReportsModel::PathRole).toString())); // newest first
    QVERIFY2(page->jsonModel()->rowCount() > 0, "the selected report is not shown");
    QVERIFY(!page->rawView()->toPlainText().isEmpty());
    QCOMPARE(page->reportMessage(), QString());

    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("reportFilter"));
    QVERIFY(filter);
    if (!text.isEmpty())
        QTest::keyClicks(filter, text);
    if (status > 0) {
        auto *statuses = filter->parentWidget()->findChild<QComboBox *>();
        QVERIFY(statuses);
        QCOMPARE(statuses->itemData(status).toInt(), int(SendStatus::Sent));
        statuses->setCurrentIndex(status);
    }
    QVERIFY2(page->reportsProxy()->rowCount() < page->reportsModel()->rowCount(), "the filter hid nothing");
    QVERIFY2(!table->currentIndex().isValid() || !table->selectionModel()->hasSelection(),
             "a row is still selected");
    QCOMPARE(page->jsonModel()->rowCount(), 0);
    QVERIFY2(page->rawView()->toPlainText().isEmpty(), qPrintable(page->rawView()->toPlainText()));
    QCOMPARE(page->reportMessage(), QStringLiteral("No report selected."));
}

void TestToolPage::emptyReportsSayWhy()
{
    WindowHarness h;
    QVERIFY(h.ready);
    ToolPage *page = h.tool(QStringLiteral("alice"), QStringLiteral("mlflow"));
    page->showTab(ToolPage::SentTab);
    QCOMPARE(page->reportsModel()->rowCount(), 0);
    const ToolSpec *mlflow = Catalog::instance().tool(QStringLiteral("mlflow"));
    QVERIFY(mlflow && !mlflow->storedReportsNote.isEmpty());
    const QString why = page->emptyReportsText();
    QVERIFY2(why.contains(QLatin1String("MLflow keeps no copy of what it sends"))
                 && why.contains(QLatin1String("Would send")),
             qPrintable(why));
    QVERIFY2(!page->reportsTable()->isVisible(), "an empty table is shown instead of the reason");

    // A tool that keeps reports but has none says so, not MLflow's reason.
    h.window->setScope(MainWindow::Scope::AnotherHome, QStringLiteral("/home/bob"));
    QTRY_VERIFY_WITH_TIMEOUT(
        h.window->statusModel()->rowOf(QStringLiteral("bob"), QStringLiteral("rasa")) >= 0, kScanTimeoutMs);
    page = h.tool(QStringLiteral("bob"), QStringLiteral("rasa"));
    if (page->reportsModel()->rowCount() == 0) {
        QVERIFY2(page->emptyReportsText().contains(QLatin1String("Rasa")),
                 qPrintable(page->emptyReportsText()));
        QVERIFY2(!page->emptyReportsText().contains(QLatin1String("MLflow")),
                 qPrintable(page->emptyReportsText()));
    }

    // With reports, no empty-state text.
    page = h.tool(QStringLiteral("bob"), QStringLiteral("ray"));
    QVERIFY(page->reportsModel()->rowCount() > 0);
    QCOMPARE(page->emptyReportsText(), QString());
}

void TestToolPage::openLocationFailureIsShown()
{
    WindowHarness h;
    QVERIFY(h.ready);
    ToolPage *page = h.tool(QStringLiteral("alice"), QStringLiteral("ray"));
    page->showTab(ToolPage::WhyTab);
    QTableView *inputs = page->inputsTable();
    int row = -1;
    for (int r = 0; r < inputs->model()->rowCount() && row < 0; ++r) {
        if (inputs->model()->index(r, 0).data(InputsModel::FileRole).toString()
            == QLatin1String("/home/alice/.bashrc"))
            row = r;
    }
    QVERIFY2(row >= 0, "the .bashrc input is not listed");
    inputs->setCurrentIndex(inputs->model()->index(row, 0));
    QPushButton *open = nullptr;
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Open file location"))
            open = b;
    }
    QVERIFY(open && open->isEnabled());
    // The offscreen platform has no program that opens folders, like a desktop without a file manager.
    QTest::mouseClick(open, Qt::LeftButton);
    const QString shown = h.window->banner()->text();
    QVERIFY2(shown.contains(QLatin1String("could not be opened"))
                 && shown.contains(h.fixture.path(QStringLiteral("/home/alice"))),
             qPrintable(shown));
}

void TestToolPage::filesTabAndDialogAgreeOnOverride()
{
    WindowHarness h;
    QVERIFY(h.ready);
    ToolPage *page = h.tool(QStringLiteral("alice"), QStringLiteral("ray"));
    page->showTab(ToolPage::FilesTab);
    QListWidget *files = page->fileList();
    int bashrc = -1;
    QTRY_VERIFY_WITH_TIMEOUT(!page->planCaption().startsWith(QLatin1String("Working out")), kScanTimeoutMs);
    for (int r = 0; r < files->count(); ++r) {
        if (files->item(r)->data(Qt::UserRole).toString() == QLatin1String("/home/alice/.bashrc"))
            bashrc = r;
    }
    QVERIFY2(bashrc >= 0, "~/.bashrc is not among the files Ray reads");
    files->setCurrentRow(bashrc);
    const QString tab = page->planCaption();
    QVERIFY2(
        tab.contains(QLatin1String("line 10")) && tab.contains(QLatin1String("RAY_USAGE_STATS_ENABLED=1"))
            && tab.contains(QLatin1String("comment")) && !tab.contains(QLatin1String("would not change")),
        qPrintable(tab));

    h.window->requestSwitch(QStringLiteral("alice"), { QStringLiteral("ray") }, false);
    QTRY_VERIFY_WITH_TIMEOUT(h.openDialog(), kScanTimeoutMs);
    const QLabel *overrides = h.openDialog()->findChild<QLabel *>(QStringLiteral("overrides"));
    QVERIFY(overrides && overrides->isVisible());
    QVERIFY2(overrides->text().contains(QLatin1String("/home/alice/.bashrc line 10"))
                 && overrides->text().contains(QLatin1String("RAY_USAGE_STATS_ENABLED=1")),
             qPrintable(overrides->text()));
    QVERIFY(h.openDialog()->fixOverridesBox()->isVisible());
}

void TestToolPage::warningsDescribeTheCurrentState()
{
    WindowHarness h;
    QVERIFY(h.ready);
    const QString advice = QStringLiteral("MLFLOW_DISABLE_TELEMETRY=true instead");
    ToolPage *page = h.tool(QStringLiteral("alice"), QStringLiteral("mlflow"));
    QVERIFY2(page->warningsText().contains(advice), qPrintable(page->warningsText()));
    QVERIFY(overviewWarnings(h, QStringLiteral("alice"), QStringLiteral("mlflow")).contains(advice));

    h.window->requestSwitch(QStringLiteral("alice"), { QStringLiteral("mlflow") }, false);
    QTRY_VERIFY_WITH_TIMEOUT(h.openDialog(), kScanTimeoutMs);
    QVERIFY(h.rescanAfter([&] { h.openDialog()->accept(); }));
    page = h.tool(QStringLiteral("alice"), QStringLiteral("mlflow"));
    QCOMPARE(page->stateText(), QStringLiteral("Off"));
    QVERIFY2(!page->warningsText().contains(advice), qPrintable(page->warningsText()));
    const QString overview = overviewWarnings(h, QStringLiteral("alice"), QStringLiteral("mlflow"));
    QVERIFY2(!overview.contains(advice), qPrintable(overview));

    // On again: the advice is back.
    QVERIFY(h.rescanAfter([&] { h.window->undoLastChange(); }));
    page = h.tool(QStringLiteral("alice"), QStringLiteral("mlflow"));
    QVERIFY2(page->warningsText().contains(advice), qPrintable(page->warningsText()));
}

void TestToolPage::everyReportWarningIsShown()
{
    WindowHarness h(QStringLiteral("/home/alice"), true);
    QVERIFY(h.ready);
    const std::shared_ptr<const ScanResult> scan = h.window->scan();
    QVERIFY(scan);
    const QString html = QString::fromUtf8(AuditReport(*scan).render(AuditReport::Format::Html));
    bool sawLocalPath = false;
    int checked = 0;
    for (const UserScan &u : scan->users) {
        for (const ToolStatus &t : u.tools) {
            QList<Warning> all = t.warnings + u.warnings;
            if (const MachineToolData *m = scan->machineTool(t.toolId))
                all += m->warnings;
            ToolPage *page = h.tool(u.account.name, t.toolId);
            const QString shown = page->warningsText();
            const QString overview = overviewWarnings(h, u.account.name, t.toolId);
            for (const Warning &w : std::as_const(all)) {
                QVERIFY2(html.contains(w.message.toHtmlEscaped()),
                         qPrintable(QStringLiteral("not in the report: ") + w.message));
                QVERIFY2(
                    shown.contains(w.message.toHtmlEscaped()),
                    qPrintable(
                        QStringLiteral("%1/%2 page lacks: %3").arg(u.account.name, t.toolId, w.message)));
                QVERIFY2(
                    overview.contains(w.message),
                    qPrintable(
                        QStringLiteral("%1/%2 overview lacks: %3").arg(u.account.name, t.toolId, w.message)));
                sawLocalPath = sawLocalPath || w.message.contains(QLatin1String("source_region"));
                ++checked;
            }
        }
    }
    QVERIFY2(sawLocalPath, "the sample's Skyplane report with a local source_region gave no warning");
    QVERIFY(checked > 0);
}

// A Debian package is installed for the machine: each account's page lists that copy.
void TestToolPage::debianPackageIsListedForEveryAccount()
{
    WindowHarness h;
    QVERIFY(h.ready);
    QVERIFY(h.fixture.write(QStringLiteral("/var/lib/dpkg/status"),
                            "Package: azure-cli\nStatus: install ok installed\nVersion: 2.45.0-1\n\n"));
    QVERIFY(h.rescanAfter([&] { h.window->rescan(); }));
    const ToolPage *page = h.tool(QStringLiteral("alice"), QStringLiteral("azure-cli"));
    QVERIFY2(page->factsText().contains(
                 QStringLiteral("2.45.0-1 /var/lib/dpkg/status (for every account of this machine)")),
             qPrintable(page->factsText()));
    QVERIFY2(!page->factsText().contains(QStringLiteral("Not installed for this account")),
             qPrintable(page->factsText()));
}

QTEST_MAIN(TestToolPage)
#include "testtoolpage.moc"

#include "testutil.h"

#include <QActionGroup>

#include "banner.h"
#include "deletiondialog.h"
#include "historypage.h"
#include "mainwindow.h"
#include "optoutdialog.h"
#include "overviewpage.h"
#include "requestspage.h"
#include "toolpage.h"

#include "demo/demoworkstation.h"
#include "models/changehistorymodel.h"
#include "models/identifiersmodel.h"
#include "models/jsontreemodel.h"
#include "models/reportfiltermodel.h"
#include "models/reportsmodel.h"
#include "models/requestsmodel.h"
#include "models/toolstatusmodel.h"
#include "scan/scancontroller.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace tlens;

namespace {

constexpr int kScanTimeoutMs = 20000;

// A window on a private copy of the sample workstation, with its own data folder and settings.
struct Harness {
    test::FixtureCopy fixture;
    QTemporaryDir data;
    std::unique_ptr<MainWindow> window;

    explicit Harness(const QString &home = QStringLiteral("/home/alice"), bool allUsers = false)
    {
        WindowOptions options;
        options.root = fixture.root();
        options.home = home;
        options.allUsers = allUsers;
        options.liveEnvironment = false;
        options.dataDir = data.path() + QStringLiteral("/app");
        options.settingsFile = data.path() + QStringLiteral("/settings.ini");
        window = std::make_unique<MainWindow>(options);
        QSignalSpy shown(window.get(), &MainWindow::scanShown);
        window->show();
        ready = shown.wait(kScanTimeoutMs);
    }

    // Waits for the next scan to reach the screen after `trigger` ran.
    template<typename F> bool rescanAfter(F trigger)
    {
        QSignalSpy shown(window.get(), &MainWindow::scanShown);
        trigger();
        return shown.wait(kScanTimeoutMs);
    }

    // The overview table's row for an account and tool, read through the view's own model.
    QModelIndex overviewIndex(const QString &user, const QString &tool, int column) const
    {
        const QAbstractItemModel *m = window->overviewPage()->table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, column);
            if (i.data(ToolStatusModel::UserNameRole).toString() == user
                && i.data(ToolStatusModel::ToolIdRole).toString() == tool)
                return i;
        }
        return {};
    }

    QString stateShown(const QString &user, const QString &tool) const
    {
        return overviewIndex(user, tool, ToolStatusModel::StateColumn).data().toString();
    }

    OptOutDialog *openDialog() const
    {
        OptOutDialog *d = window->findChild<OptOutDialog *>();
        return d && d->isVisible() ? d : nullptr;
    }

    bool ready = false;
};

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statesAndReasons_data();
    void statesAndReasons();
    void toolPageShowsTheChain();
    void selectingReportShowsJson();
    void reportsFilterAndSort();
    void wouldSendAndAfterOptOut();
    void filesAreMasked();
    void filesTabShowsPlannedChange();
    void switchWritesOnlyAfterConfirmation();
    void undoRestoresExactBytes();
    void overrideNeedsExplicitConsent();
    void machineWideSwitchChecksEveryAccount();
    void newSessionAppearsWithoutClick();
    void exportReport_data();
    void exportReport();
    void deletionRequestIsRecorded();
    void settingsRemembered();
    void controlsHaveNames();
    void demoIsAWritableCopy();
    void languageChoiceIsSaved();
};

void TestMainWindow::languageChoiceIsSaved()
{
    Harness h;
    QVERIFY(h.ready);
    QActionGroup *group = h.window->languageActions();
    QVERIFY(group);
    QAction *german = nullptr;
    for (QAction *a : group->actions()) {
        if (a->data().toString() == QLatin1String("de"))
            german = a;
    }
    QVERIFY2(german, "German is offered");
    QVERIFY2(group->checkedAction() && group->checkedAction()->data().toString().isEmpty(),
             "the system language is the default");
    german->trigger();
    QCOMPARE(MainWindow::savedLanguage(h.data.path() + QStringLiteral("/settings.ini")),
             QStringLiteral("de"));
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TLENS_DATA_DIR", QByteArray());
}

void TestMainWindow::statesAndReasons_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("reason"); // fragments the one-sentence reason must contain
    QTest::addColumn<QString>("warning"); // a fragment of one warning, or empty

    QTest::newRow("alice ray: env in .bashrc line 10 wins")
        << "alice"
        << "ray"
        << "Collecting"
        << QStringList { QStringLiteral("RAY_USAGE_STATS_ENABLED=1"), QStringLiteral("/home/alice/.bashrc"),
                         QStringLiteral("10") }
        << QString();
    QTest::newRow("alice skyplane: INI flag off")
        << "alice"
        << "skyplane"
        << "Off"
        << QStringList { QStringLiteral("usage_stats"), QStringLiteral("/home/alice/.skyplane/config") }
        << "MAC";
    QTest::newRow("alice mlflow: default, DO_NOT_TRACK=1 ignored")
        << "alice"
        << "mlflow"
        << "Collecting" << QStringList { QStringLiteral("default") } << "DO_NOT_TRACK";
    QTest::newRow("alice rasa: metrics.enabled true")
        << "alice"
        << "rasa"
        << "Collecting"
        << QStringList { QStringLiteral("metrics.enabled"),
                         QStringLiteral("/home/alice/.config/rasa/global.yml") }
        << QString();
    QTest::newRow("bob ray: default")
        << "bob"
        << "ray"
        << "Collecting" << QStringList { QStringLiteral("default") } << QString();
    QTest::newRow("bob skyplane: env in .zshrc line 1")
        << "bob"
        << "skyplane"
        << "Off"
        << QStringList { QStringLiteral("SKYPLANE_USAGE_STATS_ENABLED"), QStringLiteral("/home/bob/.zshrc"),
                         QStringLiteral("1") }
        << QString();
    QTest::newRow("bob mlflow: default")
        << "bob"
        << "mlflow"
        << "Collecting" << QStringList { QStringLiteral("default") } << QString();
    QTest::newRow("bob rasa: quoted \"false\" is true")
        << "bob"
        << "rasa"
        << "Collecting" << QStringList { QStringLiteral("metrics.enabled") } << "boolean";
}

void TestMainWindow::statesAndReasons()
{
    QFETCH(QString, user);
    QFETCH(QString, tool);
    QFETCH(QString, state);
    QFETCH(QStringList, reason);
    QFETCH(QString, warning);

    Harness h;
    QVERIFY2(h.ready, "the first scan never reached the window");
    if (user != QLatin1String("alice"))
        QVERIFY2(h.rescanAfter([&] {
            h.window->setScope(MainWindow::Scope::AnotherHome, QStringLiteral("/home/") + user);
        }),
                 "switching the scope to another home did not rescan");

    const QModelIndex stateIndex = h.overviewIndex(user, tool, ToolStatusModel::StateColumn);
    QVERIFY2(stateIndex.isValid(), qPrintable(QStringLiteral("no overview row for %1/%2").arg(user, tool)));
    QCOMPARE(stateIndex.data().toString(), state);
    QVERIFY2(!stateIndex.data(Qt::DecorationRole).value<QIcon>().isNull(),
             "the state has no icon next to its word");
    const QString why = h.overviewIndex(user, tool, ToolStatusModel::ReasonColumn).data().toString();
    for (const QString &fragment : std::as_const(reason))
        QVERIFY2(why.contains(fragment, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("reason \"%1\" lacks \"%2\"").arg(why, fragment)));
    QVERIFY2(h.window->overviewPage()->summaryText().contains(QLatin1String("3 of 4")),
             qPrintable(h.window->overviewPage()->summaryText()));

    // The tool page says the same.
    h.window->showTool(user, tool);
    QCOMPARE(h.window->currentPage(), MainWindow::Page::Tool);
    QCOMPARE(h.window->toolPage()->stateText(), state);
    QCOMPARE(h.window->toolPage()->explanationText(), why);
    if (!warning.isEmpty()) {
        const QString warnings
            = h.overviewIndex(user, tool, ToolStatusModel::WarningsColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(warnings.contains(warning, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("warnings \"%1\" lack \"%2\"").arg(warnings, warning)));
    }
}

void TestMainWindow::toolPageShowsTheChain()
{
    Harness h;
    QVERIFY(h.ready);
    h.window->showTool(QStringLiteral("alice"), QStringLiteral("ray"));
    const QAbstractItemModel *inputs = h.window->toolPage()->inputsTable()->model();
    QString won;
    QString shadowed;
    for (int r = 0; r < inputs->rowCount(); ++r) {
        const QString role = inputs->index(r, 0).data().toString();
        const QString where = inputs->index(r, 2).data().toString();
        if (role == QLatin1String("won"))
            won = inputs->index(r, 1).data().toString() + QLatin1Char(' ') + where;
        if (role == QLatin1String("shadowed") && where.contains(QLatin1String("config.json")))
            shadowed = inputs->index(r, 1).data().toString() + QLatin1Char(' ') + where;
    }
    QVERIFY2(won.contains(QLatin1String("RAY_USAGE_STATS_ENABLED=1"))
                 && won.contains(QLatin1String("/home/alice/.bashrc:10")),
             qPrintable(won));
    QVERIFY2(shadowed.contains(QLatin1String("/home/alice/.ray/config.json")), qPrintable(shadowed));
    for (int r = 0; r < inputs->rowCount(); ++r) {
        const bool bold = inputs->index(r, 1).data(Qt::FontRole).value<QFont>().bold();
        QCOMPARE(bold, inputs->index(r, 0).data().toString() == QLatin1String("won"));
    }
}

void TestMainWindow::selectingReportShowsJson()
{
    Harness h;
    QVERIFY(h.ready);
    h.window->showTool(QStringLiteral("alice"), QStringLiteral("ray"));
    ToolPage *page = h.window->toolPage();
    page->showTab(ToolPage::SentTab);
    QCOMPARE(page->reportsModel()->rowCount(), 2);

    // Select through the view, as a click would.
    QTableView *table = page->reportsTable();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()
                ->index(r, ReportsModel::SessionColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("5c0f1e2d")))
            row = r;
    }
    QVERIFY2(row >= 0, "the sent session 5c0f1e2d… is not in the table");
    table->setCurrentIndex(table->model()->index(row, ReportsModel::StatusColumn));
    QCOMPARE(table->model()->index(row, ReportsModel::StatusColumn).data().toString(),
             QStringLiteral("sent"));

    const QModelIndex session = page->jsonModel()->indexOfPath(QStringLiteral("usage_stats.session_id"));
    QVERIFY2(session.isValid(), "the JSON tree has no usage_stats.session_id");
    QVERIFY(session.siblingAtColumn(JsonTreeModel::ValueColumn)
                .data()
                .toString()
                .contains(QLatin1String("5c0f1e2d")));
    QVERIFY2(page->rawView()->toPlainText().contains(QLatin1String("\"session_id\": \"5c0f1e2d")),
             "the raw text is not the report");

    // The failed one shows its error.
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()
                ->index(r, ReportsModel::SessionColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("9a8b7c6d")))
            table->setCurrentIndex(table->model()->index(r, 0));
    }
    QCOMPARE(page->jsonModel()
                 ->indexOfPath(QStringLiteral("success"))
                 .siblingAtColumn(JsonTreeModel::ValueColumn)
                 .data()
                 .toString(),
             QStringLiteral("false"));
}

void TestMainWindow::reportsFilterAndSort()
{
    Harness h;
    QVERIFY(h.ready);
    h.window->showTool(QStringLiteral("alice"), QStringLiteral("skyplane"));
    ToolPage *page = h.window->toolPage();
    QCOMPARE(page->reportsModel()->rowCount(), 2);
    page->reportsProxy()->setText(QStringLiteral("aws"));
    QCOMPARE(page->reportsProxy()->rowCount(), 2);
    page->reportsProxy()->setText(QStringLiteral("gcp"));
    QCOMPARE(page->reportsProxy()->rowCount(), 1);
    page->reportsProxy()->setText({});
    page->reportsProxy()->setStatus(SendStatus::NotConfirmed);
    QCOMPARE(page->reportsProxy()->rowCount(), 1);
    page->reportsProxy()->setStatus(std::nullopt);
    QTableView *table = page->reportsTable();
    table->sortByColumn(ReportsModel::TimeColumn, Qt::AscendingOrder);
    const qint64 first = table->model()->index(0, 0).data(ReportsModel::TimeRole).toLongLong();
    const qint64 second = table->model()->index(1, 0).data(ReportsModel::TimeRole).toLongLong();
    QVERIFY2(first <= second, "ascending time sort is not ascending");
}

void TestMainWindow::wouldSendAndAfterOptOut()
{
    Harness h;
    QVERIFY(h.ready);
    h.window->showTool(QStringLiteral("alice"), QStringLiteral("ray"));
    ToolPage *page = h.window->toolPage();
    const QJsonDocument next = QJsonDocument::fromJson(page->wouldSendView()->toPlainText().toUtf8());
    QVERIFY2(next.isObject(), "what would be sent next is not a JSON object");
    QVERIFY2(page->afterOptOutView()->toPlainText().contains(QLatin1String("schema_version")),
             "Ray still sends a minimal report after opting out; it is not shown");
    h.window->showTool(QStringLiteral("alice"), QStringLiteral("skyplane"));
    QCOMPARE(page->afterOptOutView()->toPlainText(), QStringLiteral("Nothing is sent."));
}

void TestMainWindow::filesAreMasked()
{
    Harness h;
    QVERIFY(h.ready);
    h.window->showTool(QStringLiteral("alice"), QStringLiteral("skyplane"));
    ToolPage *page = h.window->toolPage();
    const QByteArray config = h.fixture.read(QStringLiteral("/home/alice/.skyplane/config"));
    QString secret;
    for (const QByteArray &line : config.split('\n')) {
        if (line.trimmed().startsWith("cloudflare_secret_access_key"))
            secret = QString::fromUtf8(line.mid(line.indexOf('=') + 1).trimmed());
    }
    QVERIFY2(!secret.isEmpty(), "the fixture's Skyplane config has no secret to mask");
    QListWidget *files = page->fileList();
    int row = -1;
    for (int r = 0; r < files->count(); ++r) {
        if (files->item(r)->data(Qt::UserRole).toString() == QLatin1String("/home/alice/.skyplane/config"))
            row = r;
    }
    QVERIFY2(row >= 0, "the Skyplane config is not among the files the tool reads");
    files->setCurrentRow(row);
    const QString shown = page->fileView()->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("usage_stats")), qPrintable(shown));
    QVERIFY2(!shown.contains(secret), "a secret value is displayed");
    QVERIFY2(shown.contains(QLatin1String("********")), "the secret is not shown as masked");
}

void TestMainWindow::filesTabShowsPlannedChange()
{
    Harness h;
    QVERIFY(h.ready);
    h.window->showTool(QStringLiteral("alice"), QStringLiteral("mlflow"));
    ToolPage *page = h.window->toolPage();
    page->showTab(ToolPage::FilesTab);
    QListWidget *files = page->fileList();
    QTRY_VERIFY_WITH_TIMEOUT(page->plannedDiffView()->toPlainText().contains(
                                 QLatin1String("+export MLFLOW_DISABLE_TELEMETRY=true")),
                             kScanTimeoutMs);
    QCOMPARE(files->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("/home/alice/.profile"));
    // The file only the switch would create is listed too; nothing was written.
    bool listed = false;
    for (int r = 0; r < files->count(); ++r)
        listed = listed
            || files->item(r)
                   ->data(Qt::UserRole)
                   .toString()
                   .startsWith(QLatin1String("/home/alice/.config/environment.d/"));
    QVERIFY2(listed, "the environment.d file the switch would create is not listed");
    QVERIFY(!QDir(h.fixture.path(QStringLiteral("/home/alice/.config/environment.d"))).exists());
}

void TestMainWindow::switchWritesOnlyAfterConfirmation()
{
    Harness h;
    QVERIFY(h.ready);
    const QString file = QStringLiteral("/home/alice/.config/rasa/global.yml");
    const QByteArray before = h.fixture.read(file);

    // Cancelled: nothing is written.
    h.window->requestSwitch(QStringLiteral("alice"), { QStringLiteral("rasa") }, false);
    QTRY_VERIFY_WITH_TIMEOUT(h.openDialog(), kScanTimeoutMs);
    OptOutDialog *dialog = h.openDialog();
    QVERIFY2(dialog->files().contains(file), qPrintable(dialog->files().join(QLatin1Char(' '))));
    QVERIFY2(dialog->diffText().contains(QLatin1String("-  enabled: true"))
                 && dialog->diffText().contains(QLatin1String("+  enabled: false")),
             qPrintable(dialog->diffText()));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QCOMPARE(h.fixture.read(file), before);
    dialog->reject();
    QTRY_VERIFY(!h.openDialog());
    QCOMPARE(h.fixture.read(file), before);

    // Confirmed: written, rescanned, Undo offered.
    h.window->requestSwitch(QStringLiteral("alice"), { QStringLiteral("rasa") }, false);
    QTRY_VERIFY_WITH_TIMEOUT(h.openDialog(), kScanTimeoutMs);
    QVERIFY(h.rescanAfter([&] { QTest::mouseClick(h.openDialog()->confirmButton(), Qt::LeftButton); }));
    QVERIFY2(h.fixture.read(file).contains("enabled: false"), h.fixture.read(file).constData());
    QVERIFY2(h.fixture.read(file).contains("rasa_user_id: 3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c"),
             "the rest of the file was not kept");
    QTRY_COMPARE_WITH_TIMEOUT(h.stateShown(QStringLiteral("alice"), QStringLiteral("rasa")),
                              QStringLiteral("Off"), kScanTimeoutMs);
    QVERIFY2(h.window->banner()->text().contains(QLatin1String("switched off")),
             qPrintable(h.window->banner()->text()));
    QVERIFY(h.window->undoAction()->isEnabled());
    QCOMPARE(h.window->historyPage()->model()->rowCount(), 1);
}

void TestMainWindow::undoRestoresExactBytes()
{
    Harness h;
    QVERIFY(h.ready);
    const QString rasa = QStringLiteral("/home/alice/.config/rasa/global.yml");
    const QString profile = QStringLiteral("/home/alice/.profile");
    const QByteArray rasaBefore = h.fixture.read(rasa);
    const QByteArray profileBefore = h.fixture.read(profile);

    h.window->requestDisableAll();
    QTRY_VERIFY_WITH_TIMEOUT(h.openDialog(), kScanTimeoutMs);
    QVERIFY2(h.openDialog()->files().size() >= 2, qPrintable(h.openDialog()->files().join(QLatin1Char(' '))));
    QVERIFY(h.rescanAfter([&] { h.openDialog()->accept(); }));
    QVERIFY(h.fixture.read(rasa) != rasaBefore);
    QCOMPARE(h.stateShown(QStringLiteral("alice"), QStringLiteral("mlflow")), QStringLiteral("Off"));

    QVERIFY(h.rescanAfter([&] { h.window->undoAction()->trigger(); }));
    QCOMPARE(h.fixture.read(rasa), rasaBefore);
    QCOMPARE(h.fixture.read(profile), profileBefore);
    QCOMPARE(h.stateShown(QStringLiteral("alice"), QStringLiteral("rasa")), QStringLiteral("Collecting"));
    QCOMPARE(h.stateShown(QStringLiteral("alice"), QStringLiteral("mlflow")), QStringLiteral("Collecting"));
    QVERIFY2(h.window->historyPage()->model()->changeSet(0).isUndone(),
             "the history does not show the change set as undone");
    QVERIFY(!h.window->undoAction()->isEnabled());
}

void TestMainWindow::overrideNeedsExplicitConsent()
{
    Harness h;
    QVERIFY(h.ready);
    const QString bashrc = QStringLiteral("/home/alice/.bashrc");
    const QByteArray before = h.fixture.read(bashrc);
    h.window->requestSwitch(QStringLiteral("alice"), { QStringLiteral("ray") }, false);
    QTRY_VERIFY_WITH_TIMEOUT(h.openDialog(), kScanTimeoutMs);
    OptOutDialog *dialog = h.openDialog();
    QVERIFY2(!dialog->files().contains(bashrc),
             "a file outside Telemetry Lens's own was planned without consent");
    QVERIFY(dialog->fixOverridesBox()->isVisible());
    QVERIFY2(!dialog->confirmButton()->isEnabled(),
             "there is nothing to write without the fix, yet confirming is possible");

    dialog->fixOverridesBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->files().contains(bashrc), kScanTimeoutMs);
    QTRY_VERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY2(dialog->diffText().contains(QLatin1String("-export RAY_USAGE_STATS_ENABLED=1")),
             qPrintable(dialog->diffText()));
    QCOMPARE(h.fixture.read(bashrc), before);
    QVERIFY(h.rescanAfter([&] { dialog->accept(); }));
    QVERIFY2(!h.fixture.read(bashrc).contains("\nexport RAY_USAGE_STATS_ENABLED=1"),
             h.fixture.read(bashrc).constData());
    QCOMPARE(h.stateShown(QStringLiteral("alice"), QStringLiteral("ray")), QStringLiteral("Off"));
    QVERIFY(h.rescanAfter([&] { h.window->undoLastChange(); }));
    QCOMPARE(h.fixture.read(bashrc), before);
}

void TestMainWindow::machineWideSwitchChecksEveryAccount()
{
    Harness h(QStringLiteral("/home/alice"), true);
    QVERIFY(h.ready);
    // bob's own zsh start-up file keeps MLflow on, whatever the machine-wide files say.
    const QByteArray zshrc = h.fixture.read(QStringLiteral("/home/bob/.zshrc"));
    QVERIFY(h.fixture.write(QStringLiteral("/home/bob/.zshrc"),
                            zshrc + "export MLFLOW_DISABLE_TELEMETRY=false\n"));
    const QString environment = QStringLiteral("/etc/environment");
    const QByteArray environmentBefore = h.fixture.read(environment);

    h.window->requestSwitch(QStringLiteral("alice"), { QStringLiteral("mlflow") }, false);
    QTRY_VERIFY_WITH_TIMEOUT(h.openDialog(), kScanTimeoutMs);
    OptOutDialog *dialog = h.openDialog();
    QCOMPARE(dialog->scopeBox()->currentIndex(), 0);
    QVERIFY2(!dialog->files().contains(environment), qPrintable(dialog->files().join(QLatin1Char(' '))));

    // Chosen from the keyboard, as a person would.
    dialog->scopeBox()->setFocus();
    QTest::keyClick(dialog->scopeBox(), Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->files().contains(environment), kScanTimeoutMs);
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY2(dialog->files().contains(QStringLiteral("/etc/profile.d/telemetry-lens.sh")),
             qPrintable(dialog->files().join(QLatin1Char(' '))));
    QVERIFY2(!dialog->files().contains(QStringLiteral("/home/alice/.profile")),
             "a machine-wide switch planned a change to an account's own files");
    QVERIFY2(dialog->diffText().contains(QLatin1String("+MLFLOW_DISABLE_TELEMETRY=true")),
             qPrintable(dialog->diffText()));
    const QLabel *blockers = dialog->findChild<QLabel *>(QStringLiteral("blockers"));
    QVERIFY(blockers);
    QVERIFY2(blockers->isVisible()
                 && blockers->text().contains(QLatin1String("MLflow would still collect for bob")),
             qPrintable(blockers->text()));
    // Under --root the files of the image are written; on this computer it would need root.
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("administratorNote"))->isVisible());
    QVERIFY(dialog->confirmButton()->isEnabled());
    QCOMPARE(h.fixture.read(environment), environmentBefore);

    QVERIFY(h.rescanAfter([&] { dialog->accept(); }));
    QVERIFY2(h.fixture.read(environment).contains("\nMLFLOW_DISABLE_TELEMETRY=true\n"),
             h.fixture.read(environment).constData());
    QTRY_COMPARE_WITH_TIMEOUT(h.stateShown(QStringLiteral("alice"), QStringLiteral("mlflow")),
                              QStringLiteral("Off"), kScanTimeoutMs);
    QCOMPARE(h.stateShown(QStringLiteral("bob"), QStringLiteral("mlflow")), QStringLiteral("Collecting"));

    QVERIFY(h.rescanAfter([&] { h.window->undoLastChange(); }));
    QCOMPARE(h.fixture.read(environment), environmentBefore);
    QVERIFY(!QFile::exists(h.fixture.path(QStringLiteral("/etc/profile.d/telemetry-lens.sh"))));
}

void TestMainWindow::newSessionAppearsWithoutClick()
{
    Harness h;
    QVERIFY(h.ready);
    h.window->showTool(QStringLiteral("alice"), QStringLiteral("ray"));
    ToolPage *page = h.window->toolPage();
    page->showTab(ToolPage::SentTab);
    QCOMPARE(page->reportsModel()->rowCount(), 2);
    // The live merge must keep both models consistent for the view.
    QAbstractItemModelTester sourceTester(page->reportsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page->reportsProxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString selected = page->reportsTable()->currentIndex().data(ReportsModel::PathRole).toString();
    QVERIFY2(!selected.isEmpty(), "no report is selected on the Sent tab");

    // Ray makes the session folder first and writes the report into it later: the folder alone
    // causes a rescan (nothing new to show yet), the report written into it another one.
    const QString session = QStringLiteral("/tmp/ray/session_2026-11-22_09-15-00_111111_6262");
    QVERIFY2(h.rescanAfter([&] { QVERIFY(QDir().mkpath(h.fixture.path(session))); }),
             "a new session folder did not cause a rescan");
    QCOMPARE(page->reportsModel()->rowCount(), 2);
    QByteArray report
        = h.fixture.read(QStringLiteral("/tmp/ray/session_2026-11-20_10-00-00_123456_4242/usage_stats.json"));
    report.replace("5c0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aab",
                   "77aa77aa77aa77aa77aa77aa77aa77aa77aa77aa77aa77aa77aa77aa");
    QVERIFY(h.fixture.write(session + QStringLiteral("/usage_stats.json"), report));
    QTRY_COMPARE_WITH_TIMEOUT(page->reportsModel()->rowCount(), 3, 15000);
    const int row = page->reportsModel()->rowOfPath(session + QStringLiteral("/usage_stats.json"));
    QVERIFY2(row >= 0, "the new session's report is not in the table");
    QCOMPARE(page->reportsModel()->artifact(row).sessionId,
             QStringLiteral("77aa77aa77aa77aa77aa77aa77aa77aa77aa77aa77aa77aa77aa77aa"));
    QCOMPARE(page->reportsTable()->currentIndex().data(ReportsModel::PathRole).toString(), selected);
}

void TestMainWindow::exportReport_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("marker");
    QTest::newRow("json") << "audit.json" << QByteArray("\"schema_version\": 1");
    QTest::newRow("csv") << "audit.csv" << QByteArray("alice");
    QTest::newRow("html") << "audit.html" << QByteArray("<html");
}

void TestMainWindow::exportReport()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, marker);
    Harness h;
    QVERIFY(h.ready);
    const QString path = h.data.path() + QLatin1Char('/') + name;
    h.window->exportReport(path);
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(h.window->banner()->text()));
    const QByteArray data = f.readAll();
    QVERIFY2(data.contains(marker), data.left(300).constData());
    QVERIFY2(!data.contains("cloudflare_secret_access_key ="), "a secret reached the export");
}

void TestMainWindow::deletionRequestIsRecorded()
{
    Harness h;
    QVERIFY(h.ready);
    h.window->composeDeletion(QStringLiteral("alice"), QStringLiteral("ray"), {});
    QTRY_VERIFY(h.window->findChild<DeletionDialog *>());
    DeletionDialog *dialog = h.window->findChild<DeletionDialog *>();
    dialog->setChannel(Channel::Print);
    dialog->setCheckedValues({ QStringLiteral("5c0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aab") });
    const QString preview = dialog->previewText();
    QVERIFY2(preview.contains(QLatin1String("usage_stats@ray.io")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("5c0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aab")),
             qPrintable(preview));
    QVERIFY2(!preview.contains(QLatin1String("9a8b7c6d")), "an unchecked identifier is quoted");
    QVERIFY2(!preview.contains(QLatin1String("alice")) && !preview.contains(h.fixture.root()),
             "personal data in the message");
    QVERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(h.window->requestsPage()->model()->rowCount(), 1);
    QCOMPARE(h.window->currentPage(), MainWindow::Page::Requests);
    const DeletionRequest r = h.window->requestsPage()->model()->request(0);
    QCOMPARE(r.status, RequestStatus::Draft);
    QCOMPARE(r.toolId, QStringLiteral("ray"));
}

void TestMainWindow::settingsRemembered()
{
    test::FixtureCopy fixture;
    QTemporaryDir data;
    WindowOptions options;
    options.root = fixture.root();
    options.home = QStringLiteral("/home/alice");
    options.liveEnvironment = false;
    options.dataDir = data.path() + QStringLiteral("/app");
    options.settingsFile = data.path() + QStringLiteral("/settings.ini");
    {
        MainWindow window(options);
        window.show();
        window.resize(1000, 700);
        QTRY_COMPARE(window.size(), QSize(1000, 700));
        window.close();
    }
    QSettings settings(options.settingsFile, QSettings::IniFormat);
    QVERIFY2(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty(),
             "the geometry was not saved");
    QVERIFY2(!settings.value(QStringLiteral("window/splitter")).toByteArray().isEmpty(),
             "the splitter was not saved");
    MainWindow again(options);
    again.show();
    QTRY_COMPARE(again.size(), QSize(1000, 700));
}

void TestMainWindow::controlsHaveNames()
{
    Harness h;
    QVERIFY(h.ready);
    h.window->showTool(QStringLiteral("alice"), QStringLiteral("ray"));
    const QList<QAbstractItemView *> views = h.window->findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *v : views) {
        if (v->isVisibleTo(h.window.get()) && !v->inherits("QComboBoxListView")
            && !v->inherits("QHeaderView"))
            QVERIFY2(
                !v->accessibleName().isEmpty(),
                qPrintable(QStringLiteral("a %1 named \"%2\" has no accessible name")
                               .arg(QString::fromLatin1(v->metaObject()->className()), v->objectName())));
    }
    const QList<QAbstractButton *> buttons = h.window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *b : buttons) {
        if (b->isVisibleTo(h.window.get()) && b->inherits("QPushButton"))
            QVERIFY2(!b->text().isEmpty() || !b->accessibleName().isEmpty(),
                     "a button has neither text nor accessible name");
    }
    // Keyboard: Ctrl+2 opens the requests page, Ctrl+1 the overview.
    h.window->activateWindow();
    QTest::keyClick(h.window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(h.window->currentPage(), MainWindow::Page::Requests);
    QTest::keyClick(h.window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(h.window->currentPage(), MainWindow::Page::Overview);
}

void TestMainWindow::demoIsAWritableCopy()
{
    QString error;
    std::unique_ptr<DemoWorkstation> demo = DemoWorkstation::extract(&error);
    QVERIFY2(demo, qPrintable(error));
    QVERIFY(QFileInfo(demo->root() + QStringLiteral("/home/alice/.bashrc")).isFile());
    QVERIFY(QFileInfo(demo->root()
                      + QStringLiteral("/tmp/ray/session_2026-11-20_10-00-00_123456_4242/usage_stats.json"))
                .isFile());
    QVERIFY2(QFileInfo(demo->root() + QStringLiteral("/home/alice/.config/rasa/global.yml")).isWritable(),
             "the sample must be writable so that the switches can be tried");
    QVERIFY2(demo->root().startsWith(QDir::tempPath()), "the sample is not unpacked into a temporary folder");

    WindowOptions options;
    options.root = demo->root();
    options.allUsers = true;
    options.liveEnvironment = false;
    options.demo = true;
    options.dataDir = demo->dataDir();
    QTemporaryDir settings;
    options.settingsFile = settings.path() + QStringLiteral("/settings.ini");
    MainWindow window(options);
    QSignalSpy shown(&window, &MainWindow::scanShown);
    window.show();
    QVERIFY(shown.wait(kScanTimeoutMs));
    QVERIFY2(window.windowTitle().contains(QLatin1String("sample"), Qt::CaseInsensitive),
             qPrintable(window.windowTitle()));
    QCOMPARE(window.scan()->users.size(), 2);
    const QString root = demo->root();
    demo.reset();
    QVERIFY2(!QFileInfo::exists(root), "the sample's temporary copy was not removed");
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"

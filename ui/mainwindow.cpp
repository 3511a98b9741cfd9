#include "mainwindow.h"

#include "banner.h"
#include "deletiondialog.h"
#include "fleetpage.h"
#include "historypage.h"
#include "navigationtree.h"
#include "optout/switchplanner.h"
#include "optoutdialog.h"
#include "overviewpage.h"
#include "requestspage.h"
#include "statestyle.h"
#include "toolpage.h"

#include "catalog/catalog.h"
#include "catalog/toolfamily.h"
#include "common/appdirs.h"
#include "common/privatefile.h"
#include "models/toolstatusmodel.h"
#include "optout/changeapplier.h"
#include "report/auditreport.h"
#include "report/donottrackview.h"
#include "requests/requestledger.h"
#include "scan/presence.h"
#include "scan/scancontroller.h"
#include "watch/scanwatcher.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace tlens {

namespace {

enum NavRole { KindRole = Qt::UserRole + 1, UserRole, ToolRole };
const QString kNavOverview = QStringLiteral("overview");
const QString kNavTool = QStringLiteral("tool");
const QString kNavUser = QStringLiteral("user");
const QString kNavFamily = QStringLiteral("family");
const QString kNavRequests = QStringLiteral("requests");
const QString kNavHistory = QStringLiteral("history");
const QString kNavFleet = QStringLiteral("fleet");

QString innerOf(const QString &root, const QString &host)
{
    const QString base = QDir::cleanPath(root);
    const QString path = QDir::cleanPath(host);
    if (base == QLatin1String("/"))
        return path;
    if (path == base)
        return QStringLiteral("/");
    if (path.startsWith(base + QLatin1Char('/')))
        return path.mid(base.size());
    return {};
}

} // namespace

MainWindow::MainWindow(const WindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_launchRoot(options.root)
    , m_controller(new ScanController(this))
    , m_watcher(new ScanWatcher(this))
    , m_statusModel(new ToolStatusModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(StateStyle::appIcon());
    m_settings = m_options.settingsFile.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat);
    m_scope = m_options.allUsers ? Scope::AllUsers
                                 : (m_options.home.isEmpty() ? Scope::MyAccount : Scope::AnotherHome);

    buildActions();
    buildCentral();
    buildToolBar();
    buildMenus();

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setTextVisible(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("scanStatus"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_controller, &ScanController::started, this, &MainWindow::scanStarted);
    connect(m_controller, &ScanController::progress, this, &MainWindow::scanProgress);
    connect(m_controller, &ScanController::finished, this, &MainWindow::scanFinished);
    connect(m_watcher, &ScanWatcher::changed, this, &MainWindow::watchedChanged);

    m_ledger = new RequestLedger(dataDir() + QStringLiteral("/requests.sqlite"), this);
    QString ledgerError;
    if (!m_ledger->open(&ledgerError)) {
        m_banner->showMessage(ledgerError, Banner::Kind::Warning);
    }
    connect(m_ledger, &RequestLedger::changed, this, &MainWindow::refreshLedger);
    m_requestsPage->setLedger(m_ledger);

    restoreSettings();
    updateScopeCombo();
    updateTitle();
    rebuildNavigation();
    refreshLedger();
    m_historyPage->setApplier(m_options.root, dataDir());
    updateActions();
    // The first paint comes before any scan result: the scan runs on a worker thread.
    rescan();
    // Requests that could not reach their endpoint earlier are sent when the window opens.
    QMetaObject::invokeMethod(m_requestsPage, &RequestsPage::retryWaiting, Qt::QueuedConnection);
}

MainWindow::~MainWindow() = default;

QString MainWindow::dataDir() const
{
    return m_options.dataDir.isEmpty() ? appDataDir() : m_options.dataDir;
}

QString MainWindow::settingsKey(const QString &name) const
{
    return QStringLiteral("window/") + name;
}

void MainWindow::buildActions()
{
    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Scan again (F5). The window also rescans by itself when a tool writes."));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::rescan);

    m_disableAll = new QAction(StateStyle::stateIcon(State::Disabled), tr("Turn &off all…"), this);
    m_disableAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_disableAll->setToolTip(
        tr("Switch off the telemetry of every collecting tool, after showing each change (Ctrl+Shift+D)"));
    connect(m_disableAll, &QAction::triggered, this, &MainWindow::requestDisableAll);
    m_alsoNotInstalled = new QAction(tr("Also for tools not installed yet"), this);
    m_alsoNotInstalled->setCheckable(true);
    m_alsoNotInstalled->setToolTip(
        tr("\"Turn off all\" also writes the opt-outs of supported tools that are not "
           "installed here, so they start switched off when they are installed."));

    m_undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo last change"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setToolTip(tr("Put back the files of the most recent change set (Ctrl+Z)"));
    connect(m_undo, &QAction::triggered, this, &MainWindow::undoLastChange);

    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Export report…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Save the audit report as HTML, JSON or CSV (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, [this] { exportReport(); });

    m_openImage
        = new QAction(QIcon::fromTheme(QStringLiteral("drive-harddisk")), tr("Open &mounted image…"), this);
    m_openImage->setShortcut(QKeySequence::Open);
    connect(m_openImage, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder where the image is mounted"),
                                                              m_options.root);
        if (!dir.isEmpty())
            setRoot(dir);
    });

    m_openFleet = new QAction(QIcon::fromTheme(QStringLiteral("network-workgroup")),
                              tr("Open &fleet reports…"), this);
    m_openFleet->setToolTip(
        tr("Show the audit reports of many machines (a folder of JSON reports) in one table"));
    connect(m_openFleet, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of audit reports"));
        if (!dir.isEmpty())
            openFleet({ dir });
    });

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_gotoOverview = new QAction(tr("&Overview"), this);
    m_gotoOverview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_gotoOverview, &QAction::triggered, this, [this] { showPage(Page::Overview); });
    m_gotoRequests = new QAction(tr("&Deletion requests"), this);
    m_gotoRequests->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_gotoRequests, &QAction::triggered, this, [this] { showPage(Page::Requests); });
    m_gotoHistory = new QAction(tr("&History of changes"), this);
    m_gotoHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_gotoHistory, &QAction::triggered, this, [this] { showPage(Page::History); });

    m_about = new QAction(tr("&About Telemetry Lens"), this);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Telemetry Lens"),
                           tr("<p><b>Telemetry Lens %1</b></p><p>See what your developer tools collect and "
                              "send, switch it off, "
                              "and ask for the data to be deleted.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_refresh);
    bar->addAction(m_disableAll);
    // "Also for tools not installed yet" beside the button it changes, not only in the Edit menu.
    if (auto *disableButton = qobject_cast<QToolButton *>(bar->widgetForAction(m_disableAll))) {
        auto *disableMenu = new QMenu(disableButton);
        disableMenu->addAction(m_alsoNotInstalled);
        disableButton->setMenu(disableMenu);
        disableButton->setPopupMode(QToolButton::MenuButtonPopup);
    }
    bar->addAction(m_undo);
    bar->addSeparator();
    auto *scopeLabel = new QLabel(tr("Sco&pe:"), bar);
    m_scopeCombo = new QComboBox(bar);
    m_scopeCombo->setObjectName(QStringLiteral("scopeCombo"));
    m_scopeCombo->setAccessibleName(tr("Scope: whose settings are examined"));
    m_scopeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    scopeLabel->setBuddy(m_scopeCombo);
    scopeLabel->setContentsMargins(6, 0, 4, 0);
    connect(m_scopeCombo, &QComboBox::activated, this, &MainWindow::scopeActivated);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scopeCombo);
    bar->addSeparator();
    bar->addAction(m_export);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_export);
    file->addAction(m_openImage);
    file->addAction(m_openFleet);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_disableAll);
    edit->addAction(m_alsoNotInstalled);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    view->addSeparator();
    view->addAction(m_gotoOverview);
    view->addAction(m_gotoRequests);
    view->addAction(m_gotoHistory);
    view->addSeparator();
    // Which present tools honour DO_NOT_TRACK, with which values, and which ignore it.
    QAction *doNotTrack = view->addAction(tr("DO_NOT_&TRACK…"));
    doNotTrack->setObjectName(QStringLiteral("doNotTrackView"));
    connect(doNotTrack, &QAction::triggered, this, [this] {
        const std::shared_ptr<const ScanResult> result = m_controller->result();
        if (!result)
            return;
        QStringList parts;
        for (const UserScan &u : result->users)
            parts.append(DoNotTrackView::toText(*result, u, m_overview->showsAllTools()));
        QMessageBox box(QMessageBox::Information, tr("DO_NOT_TRACK"), tr("Which tools honour DO_NOT_TRACK"),
                        QMessageBox::Close, this);
        box.setInformativeText(parts.join(QLatin1Char('\n')));
        box.exec();
    });
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    m_languages = new QActionGroup(this);
    const QString saved = m_settings->value(QStringLiteral("ui/language")).toString();
    const QList<QPair<QString, QString>> languages { { QString(), tr("&System language") },
                                                     { QStringLiteral("en"), QStringLiteral("&English") },
                                                     { QStringLiteral("de"), QStringLiteral("&Deutsch") },
                                                     { QStringLiteral("fr"), QStringLiteral("&Français") } };
    for (const auto &[code, label] : languages) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == saved);
        m_languages->addAction(a);
    }
    connect(m_languages, &QActionGroup::triggered, this, [this](QAction *a) {
        m_settings->setValue(QStringLiteral("ui/language"), a->data().toString());
        m_settings->sync();
        statusBar()->showMessage(tr("The language changes the next time Telemetry Lens starts."), 8000);
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

QString MainWindow::savedLanguage(const QString &settingsFile)
{
    if (settingsFile.isEmpty())
        return QSettings().value(QStringLiteral("ui/language")).toString();
    return QSettings(settingsFile, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString();
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new Banner(central);
    layout->addWidget(m_banner);

    m_split = new QSplitter(Qt::Horizontal, central);
    m_split->setObjectName(QStringLiteral("mainSplitter"));
    m_split->setChildrenCollapsible(false);

    auto *side = new QWidget(m_split);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    m_navSummary = new QLabel(side);
    m_navSummary->setObjectName(QStringLiteral("navSummary"));
    m_navSummary->setWordWrap(true);
    QFont bold = m_navSummary->font();
    bold.setBold(true);
    m_navSummary->setFont(bold);
    m_nav = new NavigationTree(side);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Navigation: overview, tools, deletion requests, history"));
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(false);
    // Families are headings, not folds: a folded family would hide a collecting tool behind a
    // closed heading, and a heading the keyboard passes over could not be unfolded from it. One
    // compact line per tool (uniform height, small icons) keeps 41 tools and their headings a short
    // scroll, and by default only the tools present for the account are listed at all.
    m_nav->setItemsExpandable(false);
    m_nav->setIndentation(14);
    m_nav->setUniformRowHeights(true);
    m_nav->setIconSize(QSize(16, 16));
    connect(m_nav, &QTreeWidget::currentItemChanged, this, &MainWindow::navigationChanged);
    sideLayout->addWidget(m_navSummary);
    sideLayout->addWidget(m_nav, 1);

    m_pages = new QStackedWidget(m_split);
    m_overview = new OverviewPage(m_statusModel, m_pages);
    m_toolPage = new ToolPage(m_pages);
    m_requestsPage = new RequestsPage(m_pages);
    m_historyPage = new HistoryPage(m_pages);
    m_fleetPage = new FleetPage(m_pages);
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_toolPage);
    m_pages->addWidget(m_requestsPage);
    m_pages->addWidget(m_historyPage);
    m_pages->addWidget(m_fleetPage);

    m_split->addWidget(side);
    m_split->addWidget(m_pages);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({ 260, 1000 });
    layout->addWidget(m_split, 1);
    setCentralWidget(central);

    connect(m_overview, &OverviewPage::openTool, this, &MainWindow::showTool);
    connect(m_overview, &OverviewPage::showAllToolsChanged, this, &MainWindow::rebuildNavigation);
    connect(m_overview, &OverviewPage::turnOffRequested, this,
            [this](const QString &user, const QString &tool) { requestSwitch(user, { tool }, false); });
    connect(m_toolPage, &ToolPage::switchRequested, this,
            [this](const QString &user, const QString &tool, bool turnOn) {
                requestSwitch(user, { tool }, turnOn);
            });
    connect(m_toolPage, &ToolPage::deletionRequested, this, &MainWindow::composeDeletion);
    connect(m_toolPage, &ToolPage::problem, this,
            [this](const QString &message) { m_banner->showMessage(message, Banner::Kind::Warning); });
    connect(m_historyPage, &HistoryPage::undoRequested, this, &MainWindow::undoLastChange);
    connect(m_requestsPage, &RequestsPage::countsChanged, this, &MainWindow::rebuildNavigation);
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings->value(settingsKey(QStringLiteral("geometry"))).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(m_settings->value(settingsKey(QStringLiteral("state"))).toByteArray());
    const QByteArray split = m_settings->value(settingsKey(QStringLiteral("splitter"))).toByteArray();
    if (!split.isEmpty())
        m_split->restoreState(split);
    m_toolPage->restoreState(m_settings->value(settingsKey(QStringLiteral("toolPage"))).toByteArray());
}

void MainWindow::saveSettings()
{
    m_settings->setValue(settingsKey(QStringLiteral("geometry")), saveGeometry());
    m_settings->setValue(settingsKey(QStringLiteral("state")), saveState());
    m_settings->setValue(settingsKey(QStringLiteral("splitter")), m_split->saveState());
    m_settings->setValue(settingsKey(QStringLiteral("toolPage")), m_toolPage->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_controller->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Badges and tints are chosen per palette: redraw them when the system switches light/dark.
    if (event->type() == QEvent::PaletteChange && m_controller && m_controller->result())
        showResult();
}

std::shared_ptr<const ScanResult> MainWindow::scan() const
{
    return m_controller->result();
}

void MainWindow::rescan()
{
    ScanOptions options;
    options.root = m_options.root;
    options.liveEnvironment = m_options.liveEnvironment && m_options.root == QLatin1String("/");
    switch (m_scope) {
    case Scope::MyAccount:
        break;
    case Scope::AnotherHome:
        options.home = m_options.home;
        break;
    case Scope::AllUsers:
        options.allUsers = true;
        break;
    }
    QString error;
    if (!Scanner::checkRoot(options.root, &error)) {
        m_banner->showMessage(error, Banner::Kind::Warning);
        return;
    }
    m_controller->start(options);
}

void MainWindow::scanStarted()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_overview->setScanning(true);
    if (!m_changedPaths.isEmpty()) {
        const QString first = innerOf(m_options.root, m_changedPaths.first());
        m_statusLabel->setText(
            tr("%1 changed; scanning again…").arg(first.isEmpty() ? m_changedPaths.first() : first));
    } else {
        m_statusLabel->setText(tr("Scanning %1…").arg(m_options.root));
    }
}

void MainWindow::scanProgress(const QString &phase, qint64 done, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    }
    m_statusLabel->setText(phase);
}

void MainWindow::showResult()
{
    const std::shared_ptr<const ScanResult> result = m_controller->result();
    m_statusModel->setScan(result);
    m_overview->setScanning(false);
    m_overview->setScan(result);
    rebuildNavigation();
    if (currentPage() == Page::Tool)
        m_toolPage->setTool(result, m_toolPage->userName(), m_toolPage->toolId());
}

void MainWindow::scanFinished()
{
    const std::shared_ptr<const ScanResult> result = m_controller->result();
    if (!result)
        return;
    m_changedPaths.clear();
    showResult();
    m_watcher->setPaths(m_options.root, m_controller->watchPaths());
    m_progress->hide();
    const int watched = int(m_watcher->watchedPaths().size());
    const qint64 took = m_controller->lastDurationMs();
    const QString duration
        = took < 1000 ? tr("%1 ms").arg(took) : tr("%1 s").arg(double(took) / 1000.0, 0, 'f', 1);
    m_lastStatus = tr("Last scan %1 took %2 · %n file(s) read · watching %3 paths for changes", nullptr,
                      int(result->scannedFiles))
                       .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), duration)
                       .arg(watched);
    m_statusLabel->setText(m_lastStatus);
    updateActions();
    Q_EMIT scanShown();
}

void MainWindow::watchedChanged(const QStringList &paths)
{
    m_changedPaths = paths;
    rescan();
}

void MainWindow::rebuildNavigation()
{
    const QTreeWidgetItem *current = m_nav->currentItem();
    const QString kind = current ? current->data(0, KindRole).toString() : kNavOverview;
    const QString user = current ? current->data(0, UserRole).toString() : QString();
    const QString tool = current ? current->data(0, ToolRole).toString() : QString();

    m_nav->blockSignals(true);
    m_nav->clear();
    QTreeWidgetItem *select = nullptr;
    const auto make = [&](QTreeWidgetItem *parent, const QString &text, const QString &k,
                          const QString &u = {}, const QString &t = {}) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_nav);
        item->setText(0, text);
        item->setData(0, KindRole, k);
        item->setData(0, UserRole, u);
        item->setData(0, ToolRole, t);
        if (k == kind && u == user && t == tool)
            select = item;
        return item;
    };
    // Section labels: small capitals, in the text's own colour (readable in every palette).
    QFont headingFont = m_nav->font();
    headingFont.setCapitalization(QFont::SmallCaps);
    headingFont.setBold(true);
    QTreeWidgetItem *overview = make(nullptr, tr("Overview"), kNavOverview);
    overview->setIcon(0, StateStyle::appIcon());
    const std::shared_ptr<const ScanResult> result = m_controller->result();
    if (result) {
        for (const UserScan &u : result->users) {
            QTreeWidgetItem *parent = nullptr;
            // Tools present for the account, unless "Show all supported tools" is on.
            const bool all = m_overview->showsAllTools();
            auto shown = [&](const ToolStatus &t) { return all || Presence::isListed(*result, t); };
            if (result->users.size() > 1) {
                const int collecting
                    = int(std::count_if(u.tools.cbegin(), u.tools.cend(), [&](const ToolStatus &t) {
                          return shown(t) && t.state == State::Enabled;
                      }));
                const int listed = int(std::count_if(u.tools.cbegin(), u.tools.cend(), shown));
                parent = make(nullptr,
                              tr("%1 — %2 of %3 collecting").arg(u.account.name).arg(collecting).arg(listed),
                              kNavUser, u.account.name);
                parent->setToolTip(0, AuditReport::summaryLine(*result, u));
                parent->setFlags(parent->flags() & ~Qt::ItemIsSelectable);
                QFont f = parent->font(0);
                f.setBold(true);
                parent->setFont(0, f);
            }
            QList<const ToolStatus *> listed;
            QStringList ids;
            for (const ToolStatus &t : u.tools) {
                if (shown(t)) {
                    listed.append(&t);
                    ids.append(t.toolId);
                }
            }
            // Tools under their family's heading; families with nothing listed are left out.
            for (const ToolFamily::Group &group : ToolFamily::group(ids)) {
                const QString label = ToolFamily::label(group.family);
                QTreeWidgetItem *heading = make(parent, label, kNavFamily, u.account.name, group.family);
                heading->setFlags(Qt::ItemIsEnabled);
                heading->setFont(0, headingFont);
                heading->setData(0, Qt::AccessibleTextRole,
                                 tr("%1, %n tool(s)", nullptr, int(group.members.size())).arg(label));
                for (int i : group.members) {
                    const ToolStatus &t = *listed.at(i);
                    QTreeWidgetItem *item = make(heading, tr("%1 — %2").arg(t.name, stateLabel(t.state)),
                                                 kNavTool, u.account.name, t.toolId);
                    item->setIcon(0, StateStyle::stateIcon(t.state));
                    item->setToolTip(0, t.explanation);
                    item->setData(0, Qt::AccessibleTextRole,
                                  tr("%1: %2. %3").arg(t.name, stateLabel(t.state), t.explanation));
                }
            }
        }
        m_navSummary->setText(result->users.size() == 1
                                  ? AuditReport::summaryLine(*result, result->users.first())
                                  : tr("%n account(s) examined", nullptr, int(result->users.size())));
    } else {
        m_navSummary->setText(tr("Scanning…"));
    }
    const int overdue = m_requestsPage->overdueCount();
    const int open = m_requestsPage->openCount();
    QString requestsText = tr("Deletion requests");
    if (overdue > 0)
        requestsText = tr("Deletion requests (%n overdue)", nullptr, overdue);
    else if (open > 0)
        requestsText = tr("Deletion requests (%n open)", nullptr, open);
    QTreeWidgetItem *requests = make(nullptr, requestsText, kNavRequests);
    requests->setIcon(
        0, overdue > 0 ? StateStyle::warningIcon() : QIcon::fromTheme(QStringLiteral("mail-send")));
    QTreeWidgetItem *history = make(nullptr, tr("History of changes"), kNavHistory);
    history->setIcon(0, QIcon::fromTheme(QStringLiteral("document-open-recent")));
    if (const int hosts = m_fleetPage->hostCount(); hosts > 0)
        make(nullptr, tr("Fleet — %n host(s)", nullptr, hosts), kNavFleet)
            ->setIcon(0, QIcon::fromTheme(QStringLiteral("network-workgroup")));
    m_nav->expandAll();
    m_nav->setCurrentItem(select ? select : overview);
    m_nav->blockSignals(false);
    if (!select && kind != kNavOverview)
        navigationChanged();
}

void MainWindow::navigationChanged()
{
    const QTreeWidgetItem *item = m_nav->currentItem();
    const QString kind = item ? item->data(0, KindRole).toString() : kNavOverview;
    if (kind == kNavTool) {
        const std::shared_ptr<const ScanResult> result = m_controller->result();
        m_toolPage->setTool(result, item->data(0, UserRole).toString(), item->data(0, ToolRole).toString());
        m_pages->setCurrentWidget(m_toolPage);
    } else if (kind == kNavRequests) {
        m_pages->setCurrentWidget(m_requestsPage);
    } else if (kind == kNavHistory) {
        m_historyPage->refresh();
        m_pages->setCurrentWidget(m_historyPage);
    } else if (kind == kNavFleet) {
        m_pages->setCurrentWidget(m_fleetPage);
    } else {
        m_pages->setCurrentWidget(m_overview);
    }
    updateActions();
}

void MainWindow::showPage(Page page)
{
    QString kind = kNavOverview;
    switch (page) {
    case Page::Overview:
        break;
    case Page::Tool:
        kind = kNavTool;
        break;
    case Page::Requests:
        kind = kNavRequests;
        break;
    case Page::History:
        kind = kNavHistory;
        break;
    case Page::Fleet:
        kind = kNavFleet;
        break;
    }
    for (QTreeWidgetItemIterator it(m_nav); *it; ++it) {
        if ((*it)->data(0, KindRole).toString() == kind) {
            m_nav->setCurrentItem(*it);
            return;
        }
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    QWidget *w = m_pages->currentWidget();
    if (w == m_toolPage)
        return Page::Tool;
    if (w == m_requestsPage)
        return Page::Requests;
    if (w == m_historyPage)
        return Page::History;
    if (w == m_fleetPage)
        return Page::Fleet;
    return Page::Overview;
}

void MainWindow::showTool(const QString &userName, const QString &toolId)
{
    for (QTreeWidgetItemIterator it(m_nav); *it; ++it) {
        if ((*it)->data(0, KindRole).toString() == kNavTool && (*it)->data(0, UserRole).toString() == userName
            && (*it)->data(0, ToolRole).toString() == toolId) {
            m_nav->setCurrentItem(*it);
            return;
        }
    }
}

void MainWindow::updateScopeCombo()
{
    m_scopeCombo->blockSignals(true);
    m_scopeCombo->clear();
    m_scopeCombo->addItem(tr("My account"));
    m_scopeCombo->addItem(m_scope == Scope::AnotherHome && !m_options.home.isEmpty()
                              ? tr("Home: %1").arg(m_options.home)
                              : tr("Another home…"));
    m_scopeCombo->addItem(tr("All users (admin)"));
    m_scopeCombo->addItem(m_options.root == QLatin1String("/") ? tr("Mounted image…")
                                                               : tr("Image: %1…").arg(m_options.root));
    if (m_options.root != QLatin1String("/"))
        m_scopeCombo->addItem(tr("This computer"));
    m_scopeCombo->setCurrentIndex(int(m_scope));
    m_scopeCombo->blockSignals(false);
}

void MainWindow::scopeActivated(int index)
{
    switch (index) {
    case 0:
        setScope(Scope::MyAccount);
        break;
    case 1: {
        const QString start = RootFs(m_options.root).hostPath(QStringLiteral("/home"));
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Home folder to examine"), start);
        const QString inner = dir.isEmpty() ? QString() : innerOf(m_options.root, dir);
        if (!dir.isEmpty() && inner.isEmpty())
            m_banner->showMessage(
                tr("%1 is outside %2; choose a folder inside the examined root.").arg(dir, m_options.root),
                Banner::Kind::Warning);
        if (!inner.isEmpty())
            setScope(Scope::AnotherHome, inner);
        else
            updateScopeCombo();
        break;
    }
    case 2:
        setScope(Scope::AllUsers);
        break;
    case 3:
        m_openImage->trigger();
        updateScopeCombo();
        break;
    default:
        m_options.root = QStringLiteral("/");
        m_options.liveEnvironment = true;
        m_historyPage->setApplier(m_options.root, dataDir());
        setScope(Scope::MyAccount);
        break;
    }
}

void MainWindow::setScope(Scope scope, const QString &home)
{
    m_scope = scope;
    if (scope == Scope::AnotherHome)
        m_options.home = home;
    updateScopeCombo();
    updateTitle();
    rescan();
}

void MainWindow::setRoot(const QString &root)
{
    QString error;
    if (!Scanner::checkRoot(root, &error)) {
        m_banner->showMessage(error, Banner::Kind::Warning);
        return;
    }
    m_options.root = QDir::cleanPath(root);
    m_options.liveEnvironment = m_options.root == QLatin1String("/");
    m_historyPage->setApplier(m_options.root, dataDir());
    setScope(m_options.root == QLatin1String("/") ? Scope::MyAccount : Scope::AllUsers);
}

void MainWindow::updateTitle()
{
    QString where;
    if (m_options.demo)
        where = tr("Sample workstation");
    else if (m_options.root != QLatin1String("/"))
        where = tr("Image %1").arg(m_options.root);
    else
        where = tr("This computer");
    // The platform appends the application's display name: "Image /x — Telemetry Lens".
    setWindowTitle(where);
}

void MainWindow::updateActions()
{
    const std::shared_ptr<const ScanResult> result = m_controller->result();
    bool anyOn = false;
    if (result) {
        for (const UserScan &u : result->users) {
            for (const ToolStatus &t : u.tools)
                anyOn = anyOn || t.state != State::Disabled;
        }
    }
    m_disableAll->setEnabled(anyOn && !m_planning);
    m_export->setEnabled(result != nullptr);
    m_undo->setEnabled(m_historyPage->canUndo() && !m_planning);
}

void MainWindow::refreshLedger()
{
    m_requestsPage->refresh();
}

void MainWindow::requestDisableAll()
{
    const std::shared_ptr<const ScanResult> result = m_controller->result();
    if (!result || result->users.isEmpty())
        return;
    // "All" means the account being looked at; with several accounts, the one selected (or the first).
    QString user = result->users.first().account.name;
    if (currentPage() == Page::Tool && !m_toolPage->userName().isEmpty())
        user = m_toolPage->userName();
    QStringList tools;
    // The tools present for the account (and those the catalog always lists).
    for (const ToolStatus &t : result->user(user)->tools) {
        if (t.state != State::Disabled && (m_alsoNotInstalled->isChecked() || Presence::isListed(*result, t)))
            tools.append(t.toolId);
    }
    if (!tools.isEmpty())
        requestSwitch(user, tools, false, OptOutScope::User, true);
}

void MainWindow::requestSwitch(const QString &userName, const QStringList &toolIds, bool turnOn,
                               OptOutScope scope, bool all)
{
    const std::shared_ptr<const ScanResult> result = m_controller->result();
    const UserScan *user = result ? result->user(userName) : nullptr;
    if (!user || toolIds.isEmpty() || m_planning)
        return;
    m_planning = true;
    updateActions();
    m_statusLabel->setText(turnOn ? tr("Working out what to change…")
                                  : tr("Working out what to change to turn telemetry off…"));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    SwitchRequest request;
    request.root = m_options.root;
    request.account = user->account;
    request.toolIds = toolIds;
    request.turnOn = turnOn;
    request.scope = scope;
    request.skipMachineWide = all;
    auto *watcher = new QFutureWatcher<SwitchProposal>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        QApplication::restoreOverrideCursor();
        m_planning = false;
        if (!m_controller->isRunning())
            m_statusLabel->setText(m_lastStatus);
        updateActions();
        auto *dialog = new OptOutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setProposal(watcher->result());
        connect(dialog, &QDialog::accepted, this, [this, dialog] { applyPlanAccepted(dialog); });
        dialog->open();
    });
    watcher->setFuture(QtConcurrent::run(&SwitchPlanner::propose, request));
}

void MainWindow::applyPlanAccepted(OptOutDialog *dialog)
{
    const SwitchProposal proposal = dialog->proposal();
    ChangeApplier applier(m_options.root, dataDir());
    m_watcher->setPaused(true);
    const ApplyResult applied = applier.apply(proposal.plan);
    m_watcher->setPaused(false);
    QStringList failures;
    for (const FileResult &f : applied.files) {
        if (!f.ok)
            failures.append(f.message);
    }
    QStringList names;
    for (const ToolOutcome &t : proposal.plan.tools) {
        if (t.status != ToolOutcome::Status::Failed)
            names.append(t.name);
    }
    if (!applied.error.isEmpty()) {
        m_banner->showMessage(applied.error, Banner::Kind::Warning);
    } else if (!failures.isEmpty()) {
        m_banner->showMessage(tr("Some files were not changed: %1").arg(failures.join(QLatin1Char(' '))),
                              Banner::Kind::Warning, { m_undo });
    } else {
        const QString what = proposal.request.turnOn
            ? tr("Telemetry of %1 was switched on again.").arg(names.join(QStringLiteral(", ")))
            : tr("Telemetry of %1 was switched off.").arg(names.join(QStringLiteral(", ")));
        m_banner->showMessage(
            tr("%1 %n file(s) changed; a backup was kept.", nullptr, int(applied.files.size())).arg(what),
            Banner::Kind::Success, { m_undo });
    }
    m_historyPage->refresh();
    updateActions();
    rescan();
    Q_EMIT changesApplied();
}

void MainWindow::undoLastChange()
{
    ChangeApplier applier(m_options.root, dataDir());
    m_watcher->setPaused(true);
    const UndoResult undone = applier.undo();
    m_watcher->setPaused(false);
    if (undone.nothingToUndo) {
        m_banner->showMessage(tr("There is no change to undo."), Banner::Kind::Info);
    } else if (!undone.ok()) {
        QStringList problems;
        if (!undone.error.isEmpty())
            problems.append(undone.error);
        for (const FileResult &f : undone.files) {
            if (!f.ok)
                problems.append(f.message);
        }
        m_banner->showMessage(
            tr("The last change could not be undone completely: %1").arg(problems.join(QLatin1Char(' '))),
            Banner::Kind::Warning);
    } else {
        m_banner->showMessage(tr("The last change was undone: %n file(s) put back as they were.", nullptr,
                                 int(undone.files.size())),
                              Banner::Kind::Info);
    }
    m_historyPage->refresh();
    updateActions();
    rescan();
    Q_EMIT changesApplied();
}

void MainWindow::exportReport(const QString &path)
{
    const std::shared_ptr<const ScanResult> result = m_controller->result();
    if (!result)
        return;
    QString file = path;
    QString filter;
    if (file.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        file = QFileDialog::getSaveFileName(
            this, tr("Export the audit report"), dir + QStringLiteral("/telemetry-audit.html"),
            tr("HTML page (*.html);;JSON (*.json);;CSV table (*.csv)"), &filter);
        if (file.isEmpty())
            return;
    }
    const QString suffix = QFileInfo(file).suffix().toLower();
    AuditReport::Format format = AuditReport::Format::Html;
    if (suffix == QLatin1String("json") || filter.contains(QLatin1String("*.json")))
        format = AuditReport::Format::Json;
    else if (suffix == QLatin1String("csv") || filter.contains(QLatin1String("*.csv")))
        format = AuditReport::Format::Csv;
    const QByteArray data = AuditReport(*result).render(format);
    QString error;
    if (!PrivateFile::write(file, data, &error)) {
        m_banner->showMessage(tr("Could not write %1: %2. Choose another place.").arg(file, error),
                              Banner::Kind::Warning);
        return;
    }
    m_banner->showMessage(tr("The audit report was saved to %1.").arg(file), Banner::Kind::Info);
}

bool MainWindow::openFleet(const QStringList &paths)
{
    QString error;
    if (!m_fleetPage->openReports(paths, &error)) {
        m_banner->showMessage(error, Banner::Kind::Warning);
        return false;
    }
    rebuildNavigation();
    showPage(Page::Fleet);
    return true;
}

void MainWindow::composeDeletion(const QString &userName, const QString &toolId,
                                 const QList<Identifier> &identifiers)
{
    const std::shared_ptr<const ScanResult> result = m_controller->result();
    const ToolSpec *spec = Catalog::instance().tool(toolId);
    if (!result || !spec)
        return;
    auto *dialog = new DeletionDialog(result, *spec, userName, identifiers, m_ledger, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeletionDialog::requestStored, this, [this, dialog](const QString &id, Channel channel) {
        refreshLedger();
        showPage(Page::Requests);
        m_requestsPage->selectRequest(id);
        // Say exactly what happened: only the user knows when a message handed on has left.
        switch (channel) {
        case Channel::Http:
            m_requestsPage->send(id);
            break;
        case Channel::Print:
            m_banner->showMessage(tr("The request text is on the clipboard and recorded as a draft. Once you "
                                     "have sent it, choose \"Mark as sent\" to start the one-month answer "
                                     "period."),
                                  Banner::Kind::Info);
            break;
        case Channel::Eml:
            m_banner->showMessage(tr("Saved as %1; nothing is sent yet. Send it from your mail program, then "
                                     "choose \"Mark as sent\": the one-month answer period starts that day.")
                                      .arg(QDir::toNativeSeparators(dialog->savedFile())),
                                  Banner::Kind::Info);
            break;
        case Channel::Mailto:
            m_banner->showMessage(tr("The message was handed to your mail program; nothing is sent yet. Once "
                                     "you have sent it, choose \"Mark as sent\": the one-month answer period "
                                     "starts that day."),
                                  Banner::Kind::Info);
            break;
        case Channel::Issue:
            m_banner->showMessage(
                tr("The issue form was opened in your browser; nothing is sent yet. Once you "
                   "have submitted it, choose \"Mark as sent\": the one-month answer period "
                   "starts that day."),
                Banner::Kind::Info);
            break;
        }
    });
    dialog->open();
}

} // namespace tlens

#pragma once

#include "windowoptions.h"

#include "optout/optoutplan.h"
#include "scan/scanresult.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

class QActionGroup;

namespace tlens {

class Banner;
class FleetPage;
class HistoryPage;
class OptOutDialog;
class OverviewPage;
class RequestLedger;
class RequestsPage;
class ScanController;
class ScanWatcher;
class ToolPage;
class ToolStatusModel;

// The dashboard window: a navigation column (overview, each tool with its state badge, deletion
// requests, history), the page for what is selected, a message banner (with Undo after a change),
// and the scan progress in the status bar. It opens at once and fills in as the background scan
// finishes; it rescans by itself when a watched file or report folder changes. Every judgement
// comes from the core engine; the window only shows it and asks before writing.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // The window's language choice ("" follows the system), saved for the next start.
    QActionGroup *languageActions() const { return m_languages; }
    static QString savedLanguage(const QString &settingsFile = {});
    enum class Scope { MyAccount, AnotherHome, AllUsers };
    enum class Page { Overview, Tool, Requests, History, Fleet };

    explicit MainWindow(const WindowOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    WindowOptions options() const { return m_options; }
    QString dataDir() const;

    // Starts a scan with the current scope (a running one is cancelled).
    void rescan();
    void setScope(Scope scope, const QString &home = {});
    Scope scope() const { return m_scope; }
    // Looks at another filesystem root (a mounted image): every account in it.
    void setRoot(const QString &root);

    void showPage(Page page);
    Page currentPage() const;
    void showTool(const QString &userName, const QString &toolId);

    // Plans switching tools off (or on) for an account and opens the confirmation dialog with the
    // diff of every file; nothing is written unless it is accepted. System: machine-wide files.
    // `all`: "Turn off all", which leaves machine-wide tools out with a note.
    void requestSwitch(const QString &userName, const QStringList &toolIds, bool turnOn,
                       OptOutScope scope = OptOutScope::User, bool all = false);
    void requestDisableAll();
    void undoLastChange();
    void exportReport(const QString &path = {});
    // Shows audit reports of many machines (files or folders of them) on the fleet page.
    bool openFleet(const QStringList &paths);
    void composeDeletion(const QString &userName, const QString &toolId,
                         const QList<tlens::Identifier> &identifiers);

    std::shared_ptr<const ScanResult> scan() const;
    ScanController *scanController() const { return m_controller; }
    ScanWatcher *watcher() const { return m_watcher; }
    ToolStatusModel *statusModel() const { return m_statusModel; }
    OverviewPage *overviewPage() const { return m_overview; }
    ToolPage *toolPage() const { return m_toolPage; }
    RequestsPage *requestsPage() const { return m_requestsPage; }
    HistoryPage *historyPage() const { return m_historyPage; }
    FleetPage *fleetPage() const { return m_fleetPage; }
    Banner *banner() const { return m_banner; }
    QAction *undoAction() const { return m_undo; }
    QTreeWidget *navigation() const { return m_nav; }

Q_SIGNALS:
    // A scan's result is on screen (for tests and the timing output).
    void scanShown();
    // A change set was written or undone (for tests).
    void changesApplied();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildToolBar();
    void buildMenus();
    void buildCentral();
    void restoreSettings();
    void saveSettings();

    void scanStarted();
    void scanProgress(const QString &phase, qint64 done, qint64 total);
    void scanFinished();
    void showResult();
    void watchedChanged(const QStringList &paths);
    void rebuildNavigation();
    void navigationChanged();
    void scopeActivated(int index);
    void updateScopeCombo();
    void updateTitle();
    void updateActions();
    void refreshLedger();
    void applyPlanAccepted(OptOutDialog *dialog);
    QString settingsKey(const QString &name) const;

    WindowOptions m_options;
    Scope m_scope = Scope::MyAccount;
    QString m_launchRoot;
    std::unique_ptr<QSettings> m_settings;

    ScanController *m_controller;
    ScanWatcher *m_watcher;
    ToolStatusModel *m_statusModel;
    RequestLedger *m_ledger = nullptr;

    QAction *m_refresh = nullptr;
    QAction *m_disableAll = nullptr;
    QAction *m_alsoNotInstalled = nullptr; // "Turn off all" also writes the opt-outs of absent tools
    QAction *m_undo = nullptr;
    QAction *m_export = nullptr;
    QAction *m_openImage = nullptr;
    QAction *m_openFleet = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_gotoOverview = nullptr;
    QAction *m_gotoRequests = nullptr;
    QAction *m_gotoHistory = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languages = nullptr;
    QComboBox *m_scopeCombo = nullptr;

    Banner *m_banner = nullptr;
    QSplitter *m_split = nullptr;
    QTreeWidget *m_nav = nullptr;
    QLabel *m_navSummary = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    ToolPage *m_toolPage = nullptr;
    RequestsPage *m_requestsPage = nullptr;
    HistoryPage *m_historyPage = nullptr;
    FleetPage *m_fleetPage = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QString m_lastStatus;
    QStringList m_changedPaths; // what the watcher reported for the scan now running
    bool m_rescanQueued = false;
    bool m_planning = false;
};

} // namespace tlens

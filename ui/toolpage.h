#pragma once

#include "optout/switchplanner.h"
#include "scan/scanresult.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace tlens {

class IdentifiersModel;
class InputsModel;
class JsonTreeModel;
class ReportFilterModel;
class ReportsModel;
struct ToolSpec;

// Everything about one tool for one account: its state and why (the precedence chain with file
// and line), what it stored (reports table, each report as a JSON tree and as raw text), what it
// would send next beside what it still sends after an opt-out, its identifiers and what they
// reveal, and the files it reads (secrets masked). Shows the engine's results; it judges nothing.
class ToolPage final : public QWidget {
    Q_OBJECT
public:
    enum Tab { WhyTab, SentTab, WouldSendTab, IdentifiersTab, FilesTab };

    explicit ToolPage(QWidget *parent = nullptr);

    // Shows a tool of a scan; called again after every rescan, keeping the tab, the selected
    // report, the filter and the check marks.
    void setTool(const std::shared_ptr<const ScanResult> &scan, const QString &userName,
                 const QString &toolId);
    QString userName() const { return m_user; }
    QString toolId() const { return m_toolId; }
    const ToolStatus *status() const { return m_status; }

    void showTab(Tab tab);
    // Selects the report stored at an inner path; false when it is not in the (filtered) table.
    bool selectReport(const QString &path);

    QString stateText() const;
    QString explanationText() const;
    QTableView *inputsTable() const { return m_inputsTable; }
    QTableView *reportsTable() const { return m_reportsTable; }
    ReportsModel *reportsModel() const { return m_reports; }
    ReportFilterModel *reportsProxy() const { return m_reportsProxy; }
    JsonTreeModel *jsonModel() const { return m_json; }
    QPlainTextEdit *rawView() const { return m_raw; }
    // What the report pane says instead of a report ("No report selected."), or "" while one is shown.
    QString reportMessage() const;
    // Why the Sent tab is empty, or "" when reports are listed.
    QString emptyReportsText() const;
    QPlainTextEdit *wouldSendView() const { return m_wouldSend; }
    QPlainTextEdit *afterOptOutView() const { return m_afterOptOut; }
    QPlainTextEdit *fileView() const { return m_fileContent; }
    QPlainTextEdit *plannedDiffView() const { return m_planDiff; }
    QString planCaption() const;
    QString warningsText() const;
    // The facts under the inputs (default, where it sends, installed copies, ...) as plain text.
    QString factsText() const;
    QListWidget *fileList() const { return m_files; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *switchButton() const { return m_switch; }

    // Splitter positions and table columns, for QSettings.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    // turnOn: the switch asks to enable the tool again rather than to disable it.
    void switchRequested(const QString &userName, const QString &toolId, bool turnOn);
    void deletionRequested(const QString &userName, const QString &toolId,
                           const QList<tlens::Identifier> &identifiers);
    // Something the person asked for could not be done (no program opens folders, ...).
    void problem(const QString &message);

private:
    QWidget *buildWhyTab();
    QWidget *buildSentTab();
    QWidget *buildWouldSendTab();
    QWidget *buildIdentifiersTab();
    QWidget *buildFilesTab();

    void fillHeader(const ToolSpec &spec);
    void fillWhy(const ToolSpec &spec);
    void fillWouldSend(const ToolSpec &spec);
    void fillFiles(const ToolSpec &spec);
    void showReport(const QModelIndex &proxyIndex);
    // Empties the JSON and raw views and says why (the filter hid the report, there is none).
    void clearReport(const QString &message);
    void followFilter();
    void updateEmptyState(const ToolSpec &spec);
    void showFile(int row);
    void planSwitchPreview();
    void updateSentCount();
    void openSelectedLocation();
    void requestDeletionForReports();
    QString hostPath(const QString &inner) const;

    std::shared_ptr<const ScanResult> m_scan;
    const ToolStatus *m_status = nullptr;
    QString m_user;
    QString m_toolId;
    QString m_root;
    QString m_shownReport; // inner path of the report in the JSON and raw views
    QString m_shownFile;

    QLabel *m_title;
    QLabel *m_badgeIcon;
    QLabel *m_badgeText;
    QLabel *m_account;
    QLabel *m_explanation;
    QLabel *m_warnings;
    QPushButton *m_switch;
    QPushButton *m_requestDeletion;
    QTabWidget *m_tabs;

    InputsModel *m_inputs;
    QTableView *m_inputsTable;
    QPushButton *m_openLocation;
    QLabel *m_facts;

    ReportsModel *m_reports;
    ReportFilterModel *m_reportsProxy;
    QLineEdit *m_filter;
    QComboBox *m_statusFilter;
    QLabel *m_sentCount;
    QTableView *m_reportsTable;
    QSplitter *m_sentSplit;
    QTabWidget *m_reportTabs;
    JsonTreeModel *m_json;
    QTreeView *m_jsonTree;
    QPlainTextEdit *m_raw;
    QLabel *m_reportError;
    QLabel *m_emptyReports;
    QWidget *m_filterBar = nullptr;
    int m_statusColumnWidth = 0; // fits the longest status word of the language in use
    QPushButton *m_deleteSessions;

    QLabel *m_wouldSendCaption;
    QPlainTextEdit *m_wouldSend;
    QLabel *m_wouldSendNotes;
    QLabel *m_afterOptOutText;
    QPlainTextEdit *m_afterOptOut;
    QSplitter *m_wouldSplit;

    IdentifiersModel *m_identifiers;
    QTableView *m_identifiersTable;
    QLabel *m_deletionInfo;
    QPushButton *m_selectAll;
    QPushButton *m_composeDeletion;

    QListWidget *m_files;
    QPlainTextEdit *m_fileContent;
    QLabel *m_planCaption;
    QPlainTextEdit *m_planDiff;
    QSplitter *m_filesSplit;
    // What the switch would write, per file, worked out on a worker thread for the Files tab.
    QHash<QString, QString> m_plannedDiffs;
    // Lines outside the planned files that would keep the tool on; the Turn-off dialog offers to
    // comment them out. The same proposal the dialog shows.
    QList<SwitchOverride> m_plannedOverrides;
    bool m_planReady = false;
    int m_planGeneration = 0;
};

} // namespace tlens

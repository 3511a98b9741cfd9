#include "toolpage.h"

#include "copysupport.h"
#include "decoratingproxy.h"
#include "diffhighlighter.h"
#include "jsonhighlighter.h"
#include "optout/switchplanner.h"
#include "statestyle.h"

#include "catalog/catalog.h"
#include "discovery/discovery.h"
#include "models/identifiersmodel.h"
#include "models/inputsmodel.h"
#include "models/jsontreemodel.h"
#include "models/reportfiltermodel.h"
#include "models/reportsmodel.h"
#include "optout/secretmasker.h"
#include "payload/payloads.h"
#include "report/auditreport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDataStream>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace tlens {

namespace {

constexpr qint64 kMaxFileShown = 1024 * 1024;

QPlainTextEdit *codeView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setAccessibleName(name);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setTabChangesFocus(true);
    return view;
}

QTableView *tableView(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    CopySupport::install(view);
    return view;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ToolPage::ToolPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_badgeIcon(new QLabel(this))
    , m_badgeText(new QLabel(this))
    , m_account(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_switch(new QPushButton(this))
    , m_requestDeletion(new QPushButton(tr("Request &deletion…"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("toolPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont badgeFont = m_badgeText->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.25);
    badgeFont.setBold(true);
    m_badgeText->setFont(badgeFont);
    m_badgeText->setObjectName(QStringLiteral("stateBadge"));
    m_badgeText->setAccessibleName(tr("State"));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_explanation->setAccessibleName(tr("Why"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setAccessibleName(tr("Warnings"));
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_switch->setObjectName(QStringLiteral("switchButton"));
    m_requestDeletion->setAccessibleName(tr("Request deletion of this tool's data"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_badgeIcon);
    titleRow->addWidget(m_badgeText);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_account);
    titleRow->addStretch(1);
    titleRow->addWidget(m_switch);
    titleRow->addWidget(m_requestDeletion);

    m_tabs->setObjectName(QStringLiteral("toolTabs"));
    m_tabs->setAccessibleName(tr("Tool details"));
    m_tabs->addTab(buildWhyTab(), tr("&Why"));
    m_tabs->addTab(buildSentTab(), tr("&Sent"));
    m_tabs->addTab(buildWouldSendTab(), tr("Would se&nd"));
    m_tabs->addTab(buildIdentifiersTab(), tr("&Identifiers"));
    m_tabs->addTab(buildFilesTab(), tr("Fi&les"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_explanation);
    layout->addWidget(m_warnings);
    layout->addWidget(m_tabs, 1);

    connect(m_switch, &QPushButton::clicked, this, [this] {
        if (m_status)
            Q_EMIT switchRequested(m_user, m_toolId, m_status->state == State::Disabled);
    });
    connect(m_requestDeletion, &QPushButton::clicked, this, [this] {
        QList<Identifier> picked = m_identifiers->checkedIdentifiers();
        Q_EMIT deletionRequested(m_user, m_toolId, picked);
    });
}

QWidget *ToolPage::buildWhyTab()
{
    auto *page = new QWidget(this);
    m_inputs = new InputsModel(this);
    auto *proxy = new DecoratingProxy(
        [](const QModelIndex &source, int role) -> QVariant {
            const InputRole inputRole = InputRole(source.data(InputsModel::InputRoleRole).toInt());
            if (role == Qt::FontRole && inputRole == InputRole::Won) {
                QFont f;
                f.setBold(true);
                return f;
            }
            if (role == Qt::DecorationRole && source.column() == InputsModel::RoleColumn
                && inputRole == InputRole::Invalid)
                return StateStyle::warningIcon();
            if (role == Qt::ForegroundRole
                && (inputRole == InputRole::Shadowed || inputRole == InputRole::Ignored))
                return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
            return {};
        },
        this);
    proxy->setSourceModel(m_inputs);
    m_inputsTable = tableView(page, tr("Inputs the tool reads, highest precedence first"));
    m_inputsTable->setObjectName(QStringLiteral("inputsTable"));
    m_inputsTable->setModel(proxy);
    m_inputsTable->setWordWrap(true);
    m_inputsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inputsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_inputsTable->horizontalHeader()->setSectionResizeMode(InputsModel::NoteColumn, QHeaderView::Stretch);
    m_inputsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_openLocation
        = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("&Open file location"), page);
    m_openLocation->setAccessibleName(tr("Open the folder of the selected input's file"));
    m_openLocation->setEnabled(false);
    auto *openAction = new QAction(tr("Open file location"), m_inputsTable);
    connect(openAction, &QAction::triggered, this, &ToolPage::openSelectedLocation);
    m_inputsTable->addAction(openAction);
    connect(m_openLocation, &QPushButton::clicked, this, &ToolPage::openSelectedLocation);
    connect(m_inputsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_openLocation->setEnabled(current.isValid()
                                           && !current.data(InputsModel::FileRole).toString().isEmpty());
            });

    m_facts = new QLabel(page);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_facts->setOpenExternalLinks(false);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *caption
        = new QLabel(tr("The inputs the tool reads, highest precedence first. The bold one decided."), page);
    caption->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openLocation);
    buttons->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->setChildrenCollapsible(false);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(caption);
    topLayout->addWidget(m_inputsTable, 1);
    topLayout->addLayout(buttons);
    auto *factsScroll = new QWidget(split);
    auto *factsLayout = new QVBoxLayout(factsScroll);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(m_facts);
    factsLayout->addStretch(1);
    split->addWidget(top);
    split->addWidget(factsScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);
    return page;
}

QWidget *ToolPage::buildSentTab()
{
    auto *page = new QWidget(this);
    m_reports = new ReportsModel(this);
    m_reportsProxy = new ReportFilterModel(this);
    m_reportsProxy->setSourceModel(m_reports);
    auto *decorated = new DecoratingProxy(
        [](const QModelIndex &source, int role) -> QVariant {
            if (role == Qt::DecorationRole && source.column() == ReportsModel::StatusColumn
                && SendStatus(source.data(ReportsModel::SendStatusRole).toInt()) == SendStatus::Failed)
                return StateStyle::warningIcon();
            return {};
        },
        this);
    decorated->setSourceModel(m_reportsProxy);

    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("reportFilter"));
    m_filter->setPlaceholderText(tr("Filter by session, version, contents, file…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter reports"));
    auto *filterLabel = new QLabel(tr("Filte&r:"), page);
    filterLabel->setBuddy(m_filter);
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setAccessibleName(tr("Show reports with status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (SendStatus s :
         { SendStatus::Sent, SendStatus::NotConfirmed, SendStatus::Failed, SendStatus::Unknown })
        m_statusFilter->addItem(ReportsModel::statusLabel(s), int(s));
    m_sentCount = new QLabel(page);
    m_deleteSessions = new QPushButton(tr("Request deletion of selected…"), page);
    m_deleteSessions->setAccessibleName(tr("Request deletion of the selected reports' sessions"));
    m_deleteSessions->setEnabled(false);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_reportsProxy->setText(text);
        updateSentCount();
        followFilter();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_statusFilter->currentData().toInt();
        m_reportsProxy->setStatus(v < 0 ? std::nullopt : std::optional<SendStatus>(SendStatus(v)));
        updateSentCount();
        followFilter();
    });
    connect(m_reportsProxy, &QAbstractItemModel::rowsInserted, this, &ToolPage::updateSentCount);
    connect(m_reportsProxy, &QAbstractItemModel::rowsRemoved, this, &ToolPage::updateSentCount);
    connect(m_reportsProxy, &QAbstractItemModel::modelReset, this, &ToolPage::updateSentCount);

    m_reportsTable = tableView(page, tr("Stored reports"));
    m_reportsTable->setObjectName(QStringLiteral("reportsTable"));
    m_reportsTable->setModel(decorated);
    m_reportsTable->setSortingEnabled(true);
    m_reportsTable->sortByColumn(ReportsModel::TimeColumn, Qt::DescendingOrder);
    m_reportsTable->setWordWrap(false);
    // Uniform, fixed row heights: the view never measures rows, so 100,000 of them scroll smoothly.
    m_reportsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_reportsTable->verticalHeader()->setDefaultSectionSize(m_reportsTable->fontMetrics().height() + 8);
    m_reportsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_reportsTable->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_reportsTable->fontMetrics();
    m_reportsTable->setColumnWidth(ReportsModel::TimeColumn,
                                   fm.horizontalAdvance(QStringLiteral("2026-11-21 08:30:12")) + 24);
    // As wide as the longest status in the language in use, with room for the warning icon.
    int statusWidth
        = fm.horizontalAdvance(m_reports->headerData(ReportsModel::StatusColumn, Qt::Horizontal).toString());
    for (SendStatus st :
         { SendStatus::Sent, SendStatus::NotConfirmed, SendStatus::Failed, SendStatus::Unknown })
        statusWidth = std::max(statusWidth, fm.horizontalAdvance(ReportsModel::statusLabel(st)));
    const int iconRoom = m_reportsTable->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    m_statusColumnWidth = statusWidth + iconRoom + 24;
    m_reportsTable->setColumnWidth(ReportsModel::StatusColumn, m_statusColumnWidth);
    m_reportsTable->setColumnWidth(ReportsModel::SessionColumn,
                                   fm.horizontalAdvance(QStringLiteral("20261121_091502-7e6f5a4b")) + 24);
    m_reportsTable->setColumnWidth(ReportsModel::VersionColumn,
                                   fm.horizontalAdvance(QStringLiteral("2.52.0")) + 24);
    m_reportsTable->setColumnWidth(ReportsModel::SummaryColumn, fm.horizontalAdvance(QLatin1Char('x')) * 36);
    connect(m_reportsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showReport(current); });
    connect(m_reportsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_deleteSessions->setEnabled(m_reportsTable->selectionModel()->hasSelection()); });
    connect(m_deleteSessions, &QPushButton::clicked, this, &ToolPage::requestDeletionForReports);
    auto *deleteAction = new QAction(tr("Request deletion of selected…"), m_reportsTable);
    connect(deleteAction, &QAction::triggered, this, &ToolPage::requestDeletionForReports);
    m_reportsTable->addAction(deleteAction);

    m_json = new JsonTreeModel(this);
    m_jsonTree = new QTreeView(page);
    m_jsonTree->setObjectName(QStringLiteral("jsonTree"));
    m_jsonTree->setAccessibleName(tr("Selected report as a JSON tree"));
    m_jsonTree->setModel(m_json);
    m_jsonTree->setUniformRowHeights(true);
    m_jsonTree->setAlternatingRowColors(true);
    m_jsonTree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_jsonTree->header()->resizeSection(JsonTreeModel::KeyColumn, 260);
    m_jsonTree->header()->setStretchLastSection(false);
    m_jsonTree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_jsonTree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    CopySupport::install(m_jsonTree);
    m_raw = codeView(page, tr("Selected report as raw text"));
    m_raw->setObjectName(QStringLiteral("rawReport"));
    new JsonHighlighter(m_raw->document());
    m_reportError = new QLabel(page);
    m_reportError->setObjectName(QStringLiteral("reportMessage"));
    m_reportError->setWordWrap(true);
    m_reportError->hide();
    m_emptyReports = new QLabel(page);
    m_emptyReports->setObjectName(QStringLiteral("emptyReports"));
    m_emptyReports->setWordWrap(true);
    m_emptyReports->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyReports->setMargin(6);
    m_emptyReports->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyReports->hide();

    m_reportTabs = new QTabWidget(page);
    m_reportTabs->setAccessibleName(tr("Selected report"));
    m_reportTabs->addTab(m_jsonTree, tr("JSON tree"));
    m_reportTabs->addTab(m_raw, tr("Raw text"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_sentCount);
    filterRow->addWidget(m_deleteSessions);

    auto *bottom = new QWidget(page);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_reportError);
    bottomLayout->addWidget(m_reportTabs, 1);

    m_sentSplit = new QSplitter(Qt::Vertical, page);
    m_sentSplit->setObjectName(QStringLiteral("sentSplitter"));
    m_sentSplit->setChildrenCollapsible(false);
    m_sentSplit->addWidget(m_reportsTable);
    m_sentSplit->addWidget(bottom);
    m_sentSplit->setStretchFactor(0, 2);
    m_sentSplit->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(page);
    m_filterBar = new QWidget(page);
    filterRow->setContentsMargins(0, 0, 0, 0);
    m_filterBar->setLayout(filterRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_emptyReports, 1);
    layout->addWidget(m_sentSplit, 1);
    setTabOrder(m_filter, m_statusFilter);
    setTabOrder(m_statusFilter, m_reportsTable);
    setTabOrder(m_reportsTable, m_reportTabs);
    return page;
}

QWidget *ToolPage::buildWouldSendTab()
{
    auto *page = new QWidget(this);
    m_wouldSendCaption = new QLabel(page);
    m_wouldSendCaption->setWordWrap(true);
    m_wouldSendCaption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_wouldSend = codeView(page, tr("What would be sent next"));
    m_wouldSend->setObjectName(QStringLiteral("wouldSend"));
    new JsonHighlighter(m_wouldSend->document());
    m_wouldSendNotes = new QLabel(page);
    m_wouldSendNotes->setWordWrap(true);
    m_wouldSendNotes->setTextFormat(Qt::RichText);
    m_afterOptOutText = new QLabel(page);
    m_afterOptOutText->setWordWrap(true);
    m_afterOptOutText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_afterOptOut = codeView(page, tr("Still sent after opting out"));
    m_afterOptOut->setObjectName(QStringLiteral("afterOptOut"));
    new JsonHighlighter(m_afterOptOut->document());

    auto *next = new QGroupBox(tr("What would be sent next"), page);
    auto *nextLayout = new QVBoxLayout(next);
    nextLayout->addWidget(m_wouldSendCaption);
    nextLayout->addWidget(m_wouldSend, 1);
    nextLayout->addWidget(m_wouldSendNotes);
    auto *after = new QGroupBox(tr("Still sent after you opt out"), page);
    auto *afterLayout = new QVBoxLayout(after);
    afterLayout->addWidget(m_afterOptOutText);
    afterLayout->addWidget(m_afterOptOut, 1);

    m_wouldSplit = new QSplitter(Qt::Horizontal, page);
    m_wouldSplit->setObjectName(QStringLiteral("wouldSendSplitter"));
    m_wouldSplit->setChildrenCollapsible(false);
    m_wouldSplit->addWidget(next);
    m_wouldSplit->addWidget(after);
    m_wouldSplit->setStretchFactor(0, 3);
    m_wouldSplit->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_wouldSplit);
    return page;
}

QWidget *ToolPage::buildIdentifiersTab()
{
    auto *page = new QWidget(this);
    m_identifiers = new IdentifiersModel(this);
    m_identifiersTable = tableView(page, tr("Identifiers found for this tool"));
    m_identifiersTable->setObjectName(QStringLiteral("identifiersTable"));
    m_identifiersTable->setModel(m_identifiers);
    m_identifiersTable->setWordWrap(true);
    m_identifiersTable->setTextElideMode(Qt::ElideMiddle);
    m_identifiersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_identifiersTable->horizontalHeader()->setSectionResizeMode(IdentifiersModel::RevealsColumn,
                                                                 QHeaderView::Stretch);
    // Where an id was found can be a long report path: elided in the middle, whole in the tooltip.
    m_identifiersTable->horizontalHeader()->setSectionResizeMode(IdentifiersModel::SourceColumn,
                                                                 QHeaderView::Interactive);
    m_identifiersTable->horizontalHeader()->resizeSection(
        IdentifiersModel::SourceColumn,
        m_identifiersTable->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
    m_identifiersTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Space toggles the check mark of the current row, whichever cell has focus.
    m_identifiersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *toggle = new QAction(tr("Toggle"), m_identifiersTable);
    toggle->setShortcut(Qt::Key_Space);
    toggle->setShortcutContext(Qt::WidgetShortcut);
    toggle->setProperty("tlensNoMenu", true);
    connect(toggle, &QAction::triggered, this, [this] {
        const QModelIndex current = m_identifiersTable->currentIndex();
        if (!current.isValid())
            return;
        const QModelIndex box = m_identifiers->index(current.row(), IdentifiersModel::KindColumn);
        if (!(m_identifiers->flags(box) & Qt::ItemIsUserCheckable))
            return;
        m_identifiers->setData(
            box, box.data(Qt::CheckStateRole).toInt() == Qt::Checked ? Qt::Unchecked : Qt::Checked,
            Qt::CheckStateRole);
    });
    m_identifiersTable->addAction(toggle);

    m_deletionInfo = new QLabel(page);
    m_deletionInfo->setWordWrap(true);
    m_deletionInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selectAll = new QPushButton(tr("Select &all"), page);
    m_composeDeletion = new QPushButton(tr("Request deletion of &checked…"), page);
    m_composeDeletion->setAccessibleName(tr("Compose a deletion request for the checked identifiers"));
    connect(m_selectAll, &QPushButton::clicked, this, [this] { m_identifiers->setAllChecked(true); });
    connect(m_composeDeletion, &QPushButton::clicked, this,
            [this] { Q_EMIT deletionRequested(m_user, m_toolId, m_identifiers->checkedIdentifiers()); });
    connect(m_identifiers, &IdentifiersModel::checkedChanged, this,
            [this] { m_composeDeletion->setEnabled(!m_identifiers->checkedIdentifiers().isEmpty()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_selectAll);
    buttons->addWidget(m_composeDeletion);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_deletionInfo);
    layout->addWidget(m_identifiersTable, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *ToolPage::buildFilesTab()
{
    auto *page = new QWidget(this);
    m_files = new QListWidget(page);
    m_files->setObjectName(QStringLiteral("fileList"));
    m_files->setAccessibleName(tr("Files the tool reads"));
    m_files->setTextElideMode(Qt::ElideMiddle);
    m_fileContent = codeView(page, tr("Content of the selected file, secrets masked"));
    m_fileContent->setObjectName(QStringLiteral("fileContent"));
    m_fileContent->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_planCaption = new QLabel(page);
    m_planCaption->setWordWrap(true);
    m_planDiff = codeView(page, tr("What the switch would write to the selected file"));
    m_planDiff->setObjectName(QStringLiteral("plannedDiff"));
    m_planDiff->setLineWrapMode(QPlainTextEdit::NoWrap);
    new DiffHighlighter(m_planDiff->document());
    connect(m_files, &QListWidget::currentRowChanged, this, &ToolPage::showFile);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == FilesTab && !m_planReady)
            planSwitchPreview();
    });
    auto *caption = new QLabel(
        tr("Every file this tool reads for this account, as it is now. Secret values are shown as ********."),
        page);
    caption->setWordWrap(true);

    auto *right = new QSplitter(Qt::Vertical, page);
    right->setChildrenCollapsible(false);
    right->addWidget(m_fileContent);
    auto *planPane = new QWidget(right);
    auto *planLayout = new QVBoxLayout(planPane);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_planCaption);
    planLayout->addWidget(m_planDiff, 1);
    right->addWidget(planPane);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    m_filesSplit = new QSplitter(Qt::Horizontal, page);
    m_filesSplit->setObjectName(QStringLiteral("filesSplitter"));
    m_filesSplit->setChildrenCollapsible(false);
    m_filesSplit->addWidget(m_files);
    m_filesSplit->addWidget(right);
    m_filesSplit->setStretchFactor(0, 1);
    m_filesSplit->setStretchFactor(1, 3);
    m_filesSplit->setSizes({ 300, 900 });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(caption);
    layout->addWidget(m_filesSplit, 1);
    return page;
}

void ToolPage::planSwitchPreview()
{
    const UserScan *user = m_scan && m_status ? m_scan->user(m_user) : nullptr;
    if (!user)
        return;
    SwitchRequest request;
    request.root = m_root;
    request.account = user->account;
    request.toolIds = { m_toolId };
    request.turnOn = m_status->state == State::Disabled;
    const int generation = ++m_planGeneration;
    m_planCaption->setText(tr("Working out what the switch would write…"));
    auto *watcher = new QFutureWatcher<SwitchProposal>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_planGeneration)
            return;
        const SwitchProposal proposal = watcher->result();
        m_plannedDiffs.clear();
        for (const FileChange &c : proposal.plan.changes)
            m_plannedDiffs.insert(c.path, c.diff);
        m_plannedOverrides = proposal.overrides;
        m_planReady = true;
        if (const ToolSpec *spec = Catalog::instance().tool(m_toolId))
            fillFiles(*spec);
    });
    watcher->setFuture(QtConcurrent::run(&SwitchPlanner::propose, request));
}

void ToolPage::setTool(const std::shared_ptr<const ScanResult> &scan, const QString &userName,
                       const QString &toolId)
{
    const bool sameTool
        = userName == m_user && toolId == m_toolId && m_scan && scan && m_root == scan->machine.root;
    m_scan = scan;
    m_user = userName;
    m_toolId = toolId;
    m_status = nullptr;
    m_root = scan ? scan->machine.root : QString();
    const UserScan *user = scan ? scan->user(userName) : nullptr;
    if (user) {
        for (const ToolStatus &t : user->tools) {
            if (t.toolId == toolId)
                m_status = &t;
        }
    }
    const ToolSpec *spec = Catalog::instance().tool(toolId);
    if (!m_status || !spec) {
        m_reports->clear();
        clearReport(tr("No report selected."));
        return;
    }
    if (!sameTool) {
        m_filter->clear();
        m_statusFilter->setCurrentIndex(0);
        m_reports->clear();
        m_shownReport.clear();
        m_shownFile.clear();
        m_identifiers->setIdentifiers({});
    }
    fillHeader(*spec);
    fillWhy(*spec);
    m_reports->setReports(AuditReport::reportsFor(*scan, *m_status));
    updateSentCount();
    m_tabs->setTabText(SentTab, tr("&Sent (%1)").arg(m_reports->rowCount()));
    if (!m_shownReport.isEmpty() && m_reports->rowOfPath(m_shownReport) >= 0) {
        // The report may have been rewritten (Ray rewrites after every attempt): show it afresh.
        const QString path = m_shownReport;
        m_shownReport.clear();
        if (!selectReport(path))
            clearReport(tr("No report selected."));
    } else if (m_reportsProxy->rowCount() > 0 && !m_reportsTable->currentIndex().isValid()) {
        m_reportsTable->setCurrentIndex(m_reportsTable->model()->index(0, 0));
    } else if (m_reportsProxy->rowCount() == 0) {
        clearReport(tr("No report selected."));
    }
    updateEmptyState(*spec);
    fillWouldSend(*spec);
    m_identifiers->setCheckableKinds({ spec->deletion.identifier });
    m_identifiers->setIdentifiers(AuditReport::identifiersFor(*scan, *m_status));
    m_tabs->setTabText(IdentifiersTab, tr("&Identifiers (%1)").arg(m_identifiers->rowCount()));
    const bool hasContact = spec->deletion.channel == QLatin1String("issue")
        || spec->deletion.channel == QLatin1String("email");
    m_requestDeletion->setEnabled(hasContact);
    if (!hasContact)
        m_deletionInfo->setText(
            tr("%1 names no contact for deletion requests; the identifiers below are what "
               "such a request would quote.")
                .arg(spec->name));
    else if (spec->deletion.channel == QLatin1String("issue"))
        m_deletionInfo->setText(
            tr("%1 names no address for deletion requests; a request is a new issue on its tracker quoting "
               "the %2. Check the identifiers to quote.")
                .arg(spec->name, spec->deletion.identifier));
    else
        m_deletionInfo->setText(
            tr("Deletion requests go to %1 and quote the %2. Check the identifiers to quote.")
                .arg(spec->deletion.address, spec->deletion.identifier));
    m_deleteSessions->setVisible(spec->deletion.identifier == QLatin1String("session_id"));
    m_composeDeletion->setEnabled(!m_identifiers->checkedIdentifiers().isEmpty());
    // The files may have changed: the preview is worked out again when the Files tab is looked at.
    m_planReady = false;
    ++m_planGeneration;
    if (m_tabs->currentIndex() == FilesTab)
        planSwitchPreview();
    fillFiles(*spec);
}

void ToolPage::fillHeader(const ToolSpec &spec)
{
    const ToolStatus &s = *m_status;
    m_title->setText(spec.name);
    const int size = style()->pixelMetric(QStyle::PM_ToolBarIconSize);
    m_badgeIcon->setPixmap(StateStyle::stateIcon(s.state).pixmap(size, size));
    m_badgeText->setText(stateLabel(s.state));
    QPalette pal = m_badgeText->palette();
    pal.setColor(QPalette::WindowText, StateStyle::stateColor(s.state, palette()));
    m_badgeText->setPalette(pal);
    m_account->setText(tr("for %1 (%2)").arg(m_user, m_scan->user(m_user)->account.home));
    m_explanation->setText(s.explanation);
    const QList<Warning> warnings = m_scan->warningsFor(*m_scan->user(m_user), s);
    if (warnings.isEmpty()) {
        m_warnings->hide();
    } else {
        QString html = QStringLiteral("<table cellspacing=\"2\">");
        for (const Warning &w : warnings)
            html += QStringLiteral("<tr><td valign=\"top\"><img src=\":/icons/state-warning.svg\" "
                                   "width=\"14\" height=\"14\"></td><td>")
                + escaped(w.message) + QStringLiteral("</td></tr>");
        html += QStringLiteral("</table>");
        m_warnings->setText(html);
        m_warnings->show();
    }
    switch (s.state) {
    case State::Enabled:
        m_switch->setText(tr("&Turn off…"));
        m_switch->setAccessibleName(tr("Turn off %1's telemetry").arg(spec.name));
        break;
    case State::Misconfigured:
        m_switch->setText(tr("&Turn off (fix setting)…"));
        m_switch->setAccessibleName(
            tr("Turn off %1's telemetry and fix the rejected setting").arg(spec.name));
        break;
    case State::Disabled:
        m_switch->setText(tr("&Turn on again…"));
        m_switch->setAccessibleName(tr("Turn %1's telemetry on again").arg(spec.name));
        break;
    }
}

void ToolPage::fillWhy(const ToolSpec &spec)
{
    const ToolStatus &s = *m_status;
    const QString selectedKey = m_inputsTable->currentIndex().isValid()
        ? m_inputsTable->currentIndex().siblingAtColumn(InputsModel::SettingColumn).data().toString()
        : QString();
    m_inputs->setInputs(s.inputs);
    for (int row = 0; row < m_inputs->rowCount() && !selectedKey.isEmpty(); ++row) {
        const QModelIndex i = m_inputsTable->model()->index(row, InputsModel::SettingColumn);
        if (i.data().toString() == selectedKey)
            m_inputsTable->setCurrentIndex(i);
    }
    m_openLocation->setEnabled(
        m_inputsTable->currentIndex().isValid()
        && !m_inputsTable->currentIndex().data(InputsModel::FileRole).toString().isEmpty());

    QString html;
    const auto section = [&html](const QString &title) {
        html += QStringLiteral("<p style=\"margin-top:6px\"><b>") + title + QStringLiteral("</b><br>");
    };
    if (!spec.defaultNote.isEmpty()) {
        section(tr("Default"));
        html += escaped(Catalog::text(spec.defaultNote)) + QStringLiteral("</p>");
    }
    if (!spec.endpoints.isEmpty()) {
        section(tr("Sends to"));
        QStringList lines;
        for (const EndpointSpec &e : spec.endpoints)
            lines.append(QStringLiteral("<code>") + escaped(e.method + QLatin1Char(' ') + e.url)
                         + QStringLiteral("</code> — ") + escaped(Catalog::text(e.when)));
        html += lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    section(tr("Installed copies"));
    // A Debian package is the machine's: every account runs that copy.
    const MachineToolData *machine = m_scan ? m_scan->machineTool(spec.id) : nullptr;
    const QList<Installation> machineCopies = machine ? machine->installations : QList<Installation>();
    if (s.installations.isEmpty() && machineCopies.isEmpty()) {
        html += escaped(
                    tr("Not installed for this account; its settings still apply the day it is installed."))
            + QStringLiteral("</p>");
    } else {
        QStringList lines;
        for (const Installation &in : s.installations)
            lines.append(escaped((in.version.isEmpty() ? tr("unknown version") : in.version)
                                 + QStringLiteral("  ") + in.path));
        for (const Installation &in : machineCopies)
            lines.append(escaped((in.version.isEmpty() ? tr("unknown version") : in.version)
                                 + QStringLiteral("  ") + in.path + QStringLiteral("  ")
                                 + tr("(for every account of this machine)")));
        html += lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    if (!spec.statusCommand.isEmpty()) {
        section(tr("Its own status command"));
        html += QStringLiteral("<code>") + escaped(spec.statusCommand) + QStringLiteral("</code><br>")
            + (spec.statusCommandLies.isEmpty()
                   ? escaped(tr("It agrees with what %1 then does.").arg(spec.name))
                   : QStringLiteral("<b>") + escaped(tr("Do not rely on it:")) + QStringLiteral("</b> ")
                       + escaped(Catalog::text(spec.statusCommandLies)))
            + QStringLiteral("</p>");
    }
    if (!spec.documentationErrors.isEmpty()) {
        section(tr("Where the documentation is wrong"));
        QStringList lines;
        for (const QString &e : spec.documentationErrors)
            lines.append(QStringLiteral("• ") + escaped(Catalog::text(e)));
        html += lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    m_facts->setText(html);
}

void ToolPage::fillWouldSend(const ToolSpec &spec)
{
    const PayloadContext context = PayloadContext::fromScan(*m_scan, *m_status);
    const QByteArray next = Payloads::wouldSend(spec, context);
    const QByteArray after = Payloads::afterOptOut(spec, context);
    QStringList endpoints;
    for (const EndpointSpec &e : spec.endpoints)
        endpoints.append(e.method + QLatin1Char(' ') + e.url);
    m_wouldSendCaption->setText(m_status->state == State::Enabled
                                    ? tr("Built from this machine; %1 sends it to %2.")
                                          .arg(spec.name, endpoints.join(QStringLiteral(", ")))
                                    : tr("Built from this machine; sent to %1 if %2 collects again.")
                                          .arg(endpoints.join(QStringLiteral(", ")), spec.name));
    const auto replace = [](QPlainTextEdit *view, const QString &text) {
        if (view->toPlainText() == text)
            return;
        // A rescan builds a new example (new time, new random ids): keep the reader's place.
        const int position = view->verticalScrollBar()->value();
        view->setPlainText(text);
        view->verticalScrollBar()->setValue(position);
    };
    replace(m_wouldSend, QString::fromUtf8(next));
    const QStringList notes = Payloads::notes(spec, context);
    QStringList noteHtml;
    for (const QString &n : notes)
        noteHtml.append(QStringLiteral("• ") + escaped(n));
    m_wouldSendNotes->setText(noteHtml.join(QStringLiteral("<br>")));
    m_wouldSendNotes->setVisible(!notes.isEmpty());
    m_afterOptOutText->setText(Catalog::text(spec.stillSentAfterOptOut));
    const bool nothing = after.trimmed().isEmpty() || after.trimmed() == Payloads::nothing();
    const QString afterText = nothing ? tr("Nothing is sent.") : QString::fromUtf8(after);
    replace(m_afterOptOut, afterText);
}

void ToolPage::fillFiles(const ToolSpec &spec)
{
    QStringList paths;
    const auto add = [&paths](const QString &p) {
        if (!p.isEmpty() && !paths.contains(p))
            paths.append(p);
    };
    for (const Input &in : m_status->inputs)
        add(in.file);
    for (const Artifact &a : m_status->artifacts) {
        if (a.kind != QLatin1String("report"))
            add(a.path);
    }
    const QString home = m_scan->user(m_user)->account.home;
    for (const InputSpec &is : spec.inputs) {
        if (is.kind == QLatin1String("config") && is.path.startsWith(QLatin1String("~/")))
            add(home + is.path.mid(1));
    }
    // Files only the switch touches (the managed environment files for MLflow).
    for (auto it = m_plannedDiffs.cbegin(); it != m_plannedDiffs.cend() && m_planReady; ++it)
        add(it.key());
    const QString keep = m_shownFile;
    const RootFs fs(m_root);
    m_files->blockSignals(true);
    m_files->clear();
    for (const QString &p : std::as_const(paths)) {
        auto *item = new QListWidgetItem(p, m_files);
        item->setData(Qt::UserRole, p);
        if (!fs.resolve(p).exists()) {
            item->setText(tr("%1 (does not exist)").arg(p));
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_files->blockSignals(false);
    const int row = std::max<int>(0, int(paths.indexOf(keep)));
    m_shownFile.clear();
    if (!paths.isEmpty()) {
        m_files->setCurrentRow(row);
        showFile(row);
    } else {
        m_fileContent->setPlainText(
            tr("This tool reads no file for this account: only environment variables and defaults."));
    }
}

void ToolPage::showFile(int row)
{
    if (row < 0 || row >= m_files->count())
        return;
    const QString path = m_files->item(row)->data(Qt::UserRole).toString();
    m_shownFile = path;
    const RootFs fs(m_root);
    const RootFs::ReadResult r = fs.readFile(path, kMaxFileShown);
    QString text;
    if (r.status == RootFs::ReadStatus::Missing) {
        text = tr("%1 does not exist. The tool uses its defaults for what this file would set.").arg(path);
    } else if (!r.ok()) {
        text = r.errorText.isEmpty() ? RootFs::describe(r.status) : r.errorText;
    } else {
        const SecretMasker masker = SecretMasker::fromCatalog(Catalog::instance());
        const QString content = QString::fromUtf8(r.data);
        QStringList lines = content.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = masker.maskLine(line);
        text = lines.join(QLatin1Char('\n'));
        if (r.data.contains('\0'))
            text = tr("%1 is not a text file (%n byte(s)).", nullptr, int(r.data.size())).arg(path);
    }
    if (m_fileContent->toPlainText() != text)
        m_fileContent->setPlainText(text);

    const QString verb
        = m_status && m_status->state == State::Disabled ? tr("Turning it on again") : tr("Turning it off");
    if (!m_planReady) {
        m_planDiff->clear();
    } else if (m_plannedDiffs.contains(path)) {
        m_planCaption->setText(tr("%1 would write this change (after you confirm it):").arg(verb));
        m_planDiff->setPlainText(m_plannedDiffs.value(path));
    } else {
        QStringList keeps;
        for (const SwitchOverride &o : std::as_const(m_plannedOverrides)) {
            if (o.file == path && !o.fixed)
                keeps.append(tr("line %1, %2, keeps %3 collecting").arg(o.line).arg(o.text, o.toolName));
        }
        if (keeps.isEmpty())
            m_planCaption->setText(tr("%1 would not change this file.").arg(verb));
        else
            m_planCaption->setText(
                tr("%1 leaves this file as it is unless you ask for more: %2. The Turn-off dialog offers to "
                   "comment that out (Undo puts it back).")
                    .arg(verb, keeps.join(QStringLiteral("; "))));
        m_planDiff->clear();
    }
}

QString ToolPage::planCaption() const
{
    return m_planCaption->text();
}

QString ToolPage::factsText() const
{
    QTextDocument document;
    document.setHtml(m_facts->text());
    return document.toPlainText();
}

QString ToolPage::warningsText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

void ToolPage::clearReport(const QString &message)
{
    m_shownReport.clear();
    m_json->clear();
    m_raw->clear();
    m_raw->setPlaceholderText(message);
    m_reportError->setText(message);
    m_reportError->setVisible(!message.isEmpty());
}

void ToolPage::followFilter()
{
    // The report on show must be one the table lists: a filter that hides it empties the views.
    if (m_shownReport.isEmpty())
        return;
    const int sourceRow = m_reports->rowOfPath(m_shownReport);
    const bool listed
        = sourceRow >= 0 && m_reportsProxy->mapFromSource(m_reports->index(sourceRow, 0)).isValid();
    if (!listed) {
        m_reportsTable->selectionModel()->clear();
        clearReport(tr("No report selected."));
    }
}

void ToolPage::updateEmptyState(const ToolSpec &spec)
{
    const bool empty = m_reports->rowCount() == 0;
    if (empty) {
        const QString why = spec.storedReportsNote.isEmpty()
            ? tr("No stored report: %1 has not written any on this machine for this account.").arg(spec.name)
            : Catalog::text(spec.storedReportsNote);
        m_emptyReports->setText(tr("%1 What it would send next is under \"Would send\".").arg(why));
    }
    m_emptyReports->setVisible(empty);
    m_sentSplit->setVisible(!empty);
    m_filterBar->setVisible(!empty);
}

QString ToolPage::reportMessage() const
{
    return m_reportError->isHidden() ? QString() : m_reportError->text();
}

QString ToolPage::emptyReportsText() const
{
    return m_emptyReports->isHidden() ? QString() : m_emptyReports->text();
}

void ToolPage::showReport(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString path = proxyIndex.data(ReportsModel::PathRole).toString();
    if (path.isEmpty())
        return;
    m_shownReport = path;
    const RootFs fs(m_root);
    const Discovery discovery(fs);
    QString error;
    const QByteArray raw = discovery.readReport(path, &error);
    if (raw.isEmpty()) {
        m_json->clear();
        m_raw->clear();
        m_reportError->setText(error.isEmpty() ? tr("%1 is empty or could not be read.").arg(path) : error);
        m_reportError->show();
        return;
    }
    m_raw->setPlaceholderText(QString());
    if (!m_json->setJson(raw)) {
        m_reportError->setText(tr("%1: %2").arg(path, m_json->errorString()));
        m_reportError->show();
    } else {
        m_reportError->hide();
    }
    m_jsonTree->expandToDepth(1);
    m_raw->setPlainText(QString::fromUtf8(raw));
}

bool ToolPage::selectReport(const QString &path)
{
    const int sourceRow = m_reports->rowOfPath(path);
    if (sourceRow < 0)
        return false;
    const QModelIndex proxyIndex = m_reportsProxy->mapFromSource(m_reports->index(sourceRow, 0));
    if (!proxyIndex.isValid())
        return false;
    const QModelIndex viewIndex = m_reportsTable->model()->index(proxyIndex.row(), 0);
    m_reportsTable->setCurrentIndex(viewIndex);
    m_reportsTable->selectRow(viewIndex.row());
    m_reportsTable->scrollTo(viewIndex);
    if (m_shownReport != path)
        showReport(viewIndex);
    return true;
}

void ToolPage::updateSentCount()
{
    const int shown = m_reportsProxy->rowCount();
    const int total = m_reports->rowCount();
    m_sentCount->setText(shown == total ? tr("%n report(s)", nullptr, total)
                                        : tr("%1 of %n report(s)", nullptr, total).arg(shown));
}

void ToolPage::openSelectedLocation()
{
    const QModelIndex current = m_inputsTable->currentIndex();
    const QString file = current.isValid() ? current.data(InputsModel::FileRole).toString() : QString();
    if (file.isEmpty())
        return;
    const RootFs fs(m_root);
    const RootFs::Resolved r = fs.resolve(file);
    const QString inner
        = r.kind == RootFs::Kind::Directory ? r.inner : QFileInfo(r.exists() ? r.inner : file).path();
    const QString folder = hostPath(inner);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        Q_EMIT problem(tr("No program to show folders is set up on this computer, so the folder could not be "
                          "opened. It is %1.")
                           .arg(folder));
}

void ToolPage::requestDeletionForReports()
{
    const QModelIndexList rows = m_reportsTable->selectionModel()->selectedRows();
    QStringList sessions;
    for (const QModelIndex &i : rows) {
        const QString s = i.siblingAtColumn(ReportsModel::SessionColumn).data().toString();
        if (!s.isEmpty() && !sessions.contains(s))
            sessions.append(s);
    }
    m_identifiers->setChecked(QStringLiteral("session_id"), sessions);
    Q_EMIT deletionRequested(m_user, m_toolId, m_identifiers->checkedIdentifiers());
}

QString ToolPage::hostPath(const QString &inner) const
{
    return RootFs(m_root).hostPath(inner);
}

void ToolPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString ToolPage::stateText() const
{
    return m_badgeText->text();
}

QString ToolPage::explanationText() const
{
    return m_explanation->text();
}

QByteArray ToolPage::saveState() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out << quint32(1) << m_sentSplit->saveState() << m_wouldSplit->saveState() << m_filesSplit->saveState()
        << m_reportsTable->horizontalHeader()->saveState();
    return data;
}

void ToolPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray sent;
    QByteArray would;
    QByteArray files;
    QByteArray header;
    in >> version >> sent >> would >> files >> header;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    m_sentSplit->restoreState(sent);
    m_wouldSplit->restoreState(would);
    m_filesSplit->restoreState(files);
    m_reportsTable->horizontalHeader()->restoreState(header);
    // Widths saved in another language may clip this one's words.
    if (m_reportsTable->columnWidth(ReportsModel::StatusColumn) < m_statusColumnWidth)
        m_reportsTable->setColumnWidth(ReportsModel::StatusColumn, m_statusColumnWidth);
}

} // namespace tlens

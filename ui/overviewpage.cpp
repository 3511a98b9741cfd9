#include "overviewpage.h"

#include "copysupport.h"
#include "decoratingproxy.h"
#include "models/timelinemodel.h"
#include "models/toolstatusmodel.h"
#include "report/auditreport.h"
#include "scan/presence.h"
#include "statestyle.h"
#include "timelinechart.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tlens {

OverviewPage::OverviewPage(ToolStatusModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_findings(new QLabel(this))
    , m_table(new QTableView(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_allTools(new QCheckBox(tr("Show all supported tools"), this))
    , m_open(new QPushButton(tr("&Open tool page"), this))
    , m_turnOff(new QPushButton(tr("&Turn off…"), this))
    , m_timeline(new TimelineModel(this))
    , m_chart(new TimelineChart(m_timeline, this))
    , m_chartCaption(new QLabel(this))
    , m_chartEmpty(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Machine summary"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->hide();

    auto *proxy = new DecoratingProxy(
        [this](const QModelIndex &source, int role) -> QVariant {
            // Sorted by family, the family is written once, on the first row of its group, so the
            // column reads as group headings; the screen reader still hears it on every row.
            if (role == Qt::DisplayRole && source.column() == ToolStatusModel::FamilyColumn
                && m_table->horizontalHeader()->sortIndicatorSection() == ToolStatusModel::FamilyColumn
                && source.row() > 0) {
                const QModelIndex above = source.sibling(source.row() - 1, ToolStatusModel::FamilyColumn);
                if (above.data(ToolStatusModel::SortRole) == source.data(ToolStatusModel::SortRole))
                    return QString();
            }
            if (role == Qt::DecorationRole && source.column() == ToolStatusModel::StateColumn)
                return StateStyle::stateIcon(State(source.data(ToolStatusModel::StateRole).toInt()));
            if (role == Qt::DecorationRole && source.column() == ToolStatusModel::WarningsColumn
                && source.data(ToolStatusModel::WarningCountRole).toInt() > 0)
                return StateStyle::warningIcon();
            if (role == Qt::FontRole && source.column() == ToolStatusModel::StateColumn) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        },
        this);
    // Sortable by any column (state, account, counts) for an admin looking at many accounts; ties
    // keep the scan's order.
    auto *sorted = m_sorted;
    sorted->setSourceModel(model);
    sorted->setSortRole(ToolStatusModel::SortRole);
    // The model lists the tools present for an account (installed, or with settings or records)
    // unless all are asked for.
    m_allTools->setObjectName(QStringLiteral("showAllTools"));
    m_allTools->setToolTip(
        tr("Also list the supported tools that are neither installed nor configured here."));
    connect(m_allTools, &QCheckBox::toggled, this, [this](bool all) {
        m_model->setAllTools(all);
        Q_EMIT showAllToolsChanged(all);
    });
    proxy->setSourceModel(sorted);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    // Grouped by family (each account's tools together), the tools of a family by rank.
    m_table->sortByColumn(ToolStatusModel::FamilyColumn, Qt::AscendingOrder);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setAccessibleName(tr("Tools and their telemetry state"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ToolStatusModel::ReasonColumn, QHeaderView::Stretch);
    // Family names are long ("Machine learning platforms") and written once per group: they wrap
    // rather than take the reason's room.
    m_table->horizontalHeader()->setSectionResizeMode(ToolStatusModel::FamilyColumn,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(ToolStatusModel::FamilyColumn,
                            m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 20);
    m_table->setTabKeyNavigation(false);
    CopySupport::install(m_table);

    auto *openAction = new QAction(tr("Open tool page"), m_table);
    openAction->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    openAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(openAction);
    connect(openAction, &QAction::triggered, m_open, &QPushButton::click);
    connect(m_table, &QTableView::activated, this, [this] { m_open->click(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OverviewPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &OverviewPage::updateButtons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentTool().isEmpty())
            Q_EMIT openTool(currentUser(), currentTool());
    });
    connect(m_turnOff, &QPushButton::clicked, this, [this] {
        if (!currentTool().isEmpty())
            Q_EMIT turnOffRequested(currentUser(), currentTool());
    });
    m_open->setAccessibleName(tr("Open the selected tool's page"));
    m_turnOff->setAccessibleName(tr("Turn off the selected tool's telemetry"));

    QFont captionFont = m_chartCaption->font();
    captionFont.setBold(true);
    m_chartCaption->setFont(captionFont);
    m_chartEmpty->setText(
        tr("No stored reports yet: the tools have not written any report on this machine."));
    m_chartEmpty->setAlignment(Qt::AlignCenter);
    m_chartEmpty->hide();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_details);
    topLayout->addWidget(m_findings);
    topLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_turnOff);
    buttons->addStretch(1);
    buttons->addWidget(m_allTools);
    topLayout->addLayout(buttons);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_chartCaption);
    bottomLayout->addWidget(m_chart, 1);
    bottomLayout->addWidget(m_chartEmpty, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("overviewSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_turnOff);
    setScan(nullptr);
}

void OverviewPage::setScanning(bool scanning)
{
    m_scanning = scanning;
    if (!m_haveScan)
        m_summary->setText(scanning ? tr("Scanning…") : tr("Nothing scanned yet"));
}

void OverviewPage::setScan(const std::shared_ptr<const ScanResult> &scan)
{
    m_haveScan = scan != nullptr;
    if (!scan) {
        m_summary->setText(m_scanning ? tr("Scanning…") : tr("Nothing scanned yet"));
        m_details->clear();
        m_timeline->setSeries({});
        m_chartCaption->setText(tr("Reports sent per tool"));
        updateButtons();
        return;
    }
    if (scan->users.isEmpty()) {
        m_summary->setText(tr("No account found"));
        m_details->setText(tr("No account with a home folder was found under %1. Choose another home or "
                              "\"All users\" in Scope.")
                               .arg(scan->machine.root));
    } else if (scan->users.size() == 1) {
        m_summary->setText(AuditReport::summaryLine(*scan, scan->users.first()));
    } else {
        QStringList perUser;
        for (const UserScan &u : scan->users) {
            // The tools present for the account (and those the catalog always lists).
            const auto listed = [&scan](const ToolStatus &t) { return Presence::isListed(*scan, t); };
            const int collecting
                = int(std::count_if(u.tools.cbegin(), u.tools.cend(), [&](const ToolStatus &t) {
                      return listed(t) && t.state == State::Enabled;
                  }));
            const int shown = int(std::count_if(u.tools.cbegin(), u.tools.cend(), listed));
            perUser.append(tr("%1 %2 of %3").arg(u.account.name).arg(collecting).arg(shown));
        }
        m_summary->setText(tr("Collecting: %1").arg(perUser.join(QStringLiteral(" · "))));
    }
    m_table->setColumnHidden(ToolStatusModel::UserColumn, scan->users.size() <= 1);

    // Reports and identifiers counted once each, however many accounts share the machine's (which
    // may be 10,000 reports: they are counted, not copied).
    qsizetype reportCount = 0;
    QSet<QString> identifiers;
    for (const MachineToolData &m : scan->machine.tools) {
        reportCount += std::count_if(m.artifacts.cbegin(), m.artifacts.cend(),
                                     [](const Artifact &a) { return a.kind == QLatin1String("report"); });
        for (const Identifier &id : m.identifiers)
            identifiers.insert(id.kind + QLatin1Char('=') + id.value);
    }
    QSet<QString> ownReports;
    for (const UserScan &u : scan->users) {
        for (const ToolStatus &t : u.tools) {
            for (const Artifact &a : t.artifacts) {
                if (a.kind == QLatin1String("report"))
                    ownReports.insert(a.path);
            }
            for (const Identifier &id : t.identifiers)
                identifiers.insert(id.kind + QLatin1Char('=') + id.value);
        }
    }
    reportCount += ownReports.size();
    QStringList parts;
    if (scan->users.size() > 1)
        parts.append(tr("%n account(s)", nullptr, int(scan->users.size())));
    else if (scan->users.size() == 1)
        parts.append(
            tr("Account %1 (%2)").arg(scan->users.first().account.name, scan->users.first().account.home));
    parts.append(tr("%n stored report(s)", nullptr, int(reportCount)));
    parts.append(tr("%n identifier(s)", nullptr, int(identifiers.size())));
    m_details->setText(parts.join(QStringLiteral(" · ")));

    if (scan->findings.isEmpty()) {
        m_findings->hide();
    } else {
        QStringList lines;
        for (const Finding &f : scan->findings.mid(0, 20))
            lines.append(f.message);
        m_findings->setText(tr("%n file(s) could not be read as expected (point here for details).", nullptr,
                               int(scan->findings.size())));
        m_findings->setToolTip(lines.join(QLatin1Char('\n')));
        m_findings->show();
    }

    QStringList names;
    for (const UserScan &u : scan->users)
        names.append(u.account.name);
    m_timeline->setSeries(TimelineModel::seriesFromScan(*scan, names));
    QString unit;
    switch (m_timeline->granularity()) {
    case TimelineModel::Granularity::Day:
        unit = tr("per day");
        break;
    case TimelineModel::Granularity::Week:
        unit = tr("per week");
        break;
    case TimelineModel::Granularity::Month:
        unit = tr("per month");
        break;
    case TimelineModel::Granularity::Year:
        unit = tr("per year");
        break;
    }
    QString caption = tr("Reports sent per tool, %1").arg(unit);
    if (m_timeline->undatedCount() > 0)
        caption += QLatin1String(" ")
            + tr("(%n report(s) without a time are not shown)", nullptr, m_timeline->undatedCount());
    m_chartCaption->setText(caption);
    const bool empty = m_timeline->rowCount() == 0;
    m_chart->setVisible(!empty);
    m_chartEmpty->setVisible(empty);
    if (!m_table->currentIndex().isValid() && m_table->model()->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(0, ToolStatusModel::ToolColumn));
    updateButtons();
}

bool OverviewPage::showsAllTools() const
{
    return m_allTools->isChecked();
}

QString OverviewPage::summaryText() const
{
    return m_summary->text();
}

QString OverviewPage::currentUser() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(ToolStatusModel::UserNameRole).toString() : QString();
}

QString OverviewPage::currentTool() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(ToolStatusModel::ToolIdRole).toString() : QString();
}

void OverviewPage::updateButtons()
{
    const QModelIndex i = m_table->currentIndex();
    m_open->setEnabled(i.isValid());
    const bool on = i.isValid() && State(i.data(ToolStatusModel::StateRole).toInt()) != State::Disabled;
    m_turnOff->setEnabled(on);
}

} // namespace tlens

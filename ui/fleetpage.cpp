#include "fleetpage.h"

#include "copysupport.h"
#include "decoratingproxy.h"
#include "statestyle.h"

#include "fleet/fleetmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tlens {

FleetPage::FleetPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new FleetModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_warnings(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("fleetPage"));
    auto *title = new QLabel(tr("Fleet"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_summary->setWordWrap(true);

    auto *decorated = new DecoratingProxy(
        [this](const QModelIndex &source, int role) -> QVariant {
            const QVariant state = m_model->data(source, FleetModel::StateRole);
            if (!state.isValid() || state.toInt() < 0)
                return {};
            if (role == Qt::DecorationRole)
                return StateStyle::stateIcon(State(state.toInt()));
            if (role == Qt::ForegroundRole)
                return StateStyle::stateColor(State(state.toInt()), palette());
            return {};
        },
        this);
    decorated->setSourceModel(m_model);
    m_sorted->setSourceModel(decorated);
    m_sorted->setSortRole(FleetModel::SortRole);

    m_table->setModel(m_sorted);
    m_table->setObjectName(QStringLiteral("fleetTable"));
    m_table->setAccessibleName(tr("Hosts and tools"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    CopySupport::install(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FleetPage::showWarnings);

    m_warnings->setObjectName(QStringLiteral("fleetWarnings"));
    m_warnings->setAccessibleName(tr("Warnings of the selected host"));
    m_warnings->setReadOnly(true);
    m_warnings->setPlaceholderText(tr("Select a host to read its warnings."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_warnings);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
}

bool FleetPage::openReports(const QStringList &paths, QString *error)
{
    FleetReport report;
    QStringList errors;
    if (!report.load(paths, &errors)) {
        *error = errors.join(QLatin1Char('\n'));
        return false;
    }
    m_model->setReport(report);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_summary->setText(tr("%n host(s)", nullptr, int(report.hosts().size())) + QStringLiteral(", ")
                       + tr("%n with a collecting tool", nullptr, report.collectingHosts())
                       + QStringLiteral(" — ") + paths.join(QStringLiteral(", ")));
    m_warnings->clear();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    return true;
}

int FleetPage::hostCount() const
{
    return m_model->rowCount();
}

void FleetPage::showWarnings()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_warnings->clear();
        return;
    }
    const QString host = current.data(FleetModel::HostRole).toString();
    for (const FleetHost &h : m_model->report().hosts()) {
        if (h.name != host)
            continue;
        const QStringList warnings = h.snapshot.allWarnings();
        m_warnings->setPlainText(warnings.isEmpty() ? tr("%1 has no warnings.").arg(host)
                                                    : tr("Warnings of %1:").arg(host) + QLatin1Char('\n')
                                         + QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
        return;
    }
}

} // namespace tlens

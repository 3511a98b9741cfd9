#include "fleetmodel.h"

namespace tlens {

FleetModel::FleetModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FleetModel::setReport(const FleetReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.hosts().size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.tools().size()) + 2;
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetHost &host = m_report.hosts().at(index.row());
    if (role == HostRole)
        return host.name;
    const int column = index.column();
    if (column == 0) {
        if (role == Qt::DisplayRole || role == SortRole)
            return host.name;
        if (role == Qt::ToolTipRole)
            return host.file;
        return {};
    }
    if (column == warningsColumn()) {
        const QStringList warnings = host.snapshot.allWarnings();
        if (role == Qt::DisplayRole || role == SortRole)
            return int(warnings.size());
        if (role == Qt::ToolTipRole && !warnings.isEmpty())
            return warnings.join(QLatin1Char('\n'));
        return {};
    }
    const FleetCell &cell = host.cells.at(column - 1);
    switch (role) {
    case StateRole:
        return cell.present ? int(cell.state) : -1;
    case SortRole:
        return cell.present ? (cell.state == State::Enabled             ? 2
                                   : cell.state == State::Misconfigured ? 1
                                                                        : 0)
                            : -1;
    case Qt::DisplayRole:
        if (!cell.present)
            return tr("not in the report");
        if (cell.state == State::Enabled)
            return tr("%1 (%2 of %n account(s))", nullptr, cell.accounts)
                .arg(stateLabel(cell.state))
                .arg(cell.collecting);
        if (cell.state == State::Misconfigured)
            return tr("%1 (%2 of %n account(s))", nullptr, cell.accounts)
                .arg(stateLabel(cell.state))
                .arg(cell.misconfigured);
        return stateLabel(cell.state);
    case Qt::ToolTipRole:
        return QString(tr("%n stored report(s)", nullptr, cell.reports) + QStringLiteral(", ")
                       + tr("%n identifier(s)", nullptr, cell.identifiers));
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Host");
    if (section == warningsColumn())
        return tr("Warnings");
    if (section - 1 < m_report.tools().size()) {
        const FleetTool &t = m_report.tools().at(section - 1);
        return tr("%1 (collecting on %2 of %n host(s))", nullptr, int(m_report.hosts().size()))
            .arg(t.name)
            .arg(t.collecting);
    }
    return {};
}

} // namespace tlens

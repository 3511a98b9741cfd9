#include "changehistorymodel.h"

#include "catalog/catalog.h"

namespace tlens {

ChangeHistoryModel::ChangeHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChangeHistoryModel::setChangeSets(const QList<ChangeSet> &sets)
{
    beginResetModel();
    m_sets = sets;
    endResetModel();
}

int ChangeHistoryModel::undoableRow() const
{
    for (int row = 0; row < m_sets.size(); ++row) {
        if (!m_sets.at(row).isUndone())
            return row;
    }
    return -1;
}

QString ChangeHistoryModel::actionLabel(const QString &action)
{
    if (action == QLatin1String("disable"))
        return tr("Turned off");
    if (action == QLatin1String("enable"))
        return tr("Turned on");
    return action;
}

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sets.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeSet &set = m_sets.at(index.row());
    switch (role) {
    case ChangeSetIdRole:
        return set.id;
    case UndoneRole:
        return set.isUndone();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return set.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActionColumn:
            return set.scope == QLatin1String("system")
                ? tr("%1 (whole machine)").arg(actionLabel(set.action))
                : actionLabel(set.action);
        case ToolsColumn: {
            QStringList names;
            for (const QString &id : set.tools) {
                const ToolSpec *spec = Catalog::instance().tool(id);
                names.append(spec ? spec->name : id);
            }
            return names.join(QStringLiteral(", "));
        }
        case FilesColumn:
            return int(set.files.size());
        case StateColumn:
            return set.undoneTime.isValid()
                ? tr("%1 %2").arg(ChangeJournal::stateText(set.state),
                                  set.undoneTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : ChangeJournal::stateText(set.state);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("When");
    case ActionColumn:
        return tr("Change");
    case ToolsColumn:
        return tr("Tools");
    case FilesColumn:
        return tr("Files");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tlens

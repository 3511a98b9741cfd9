#include "identifiersmodel.h"

#include <QSet>

namespace tlens {

IdentifiersModel::IdentifiersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IdentifiersModel::setIdentifiers(const QList<Identifier> &identifiers)
{
    QSet<QString> checked;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.checked)
            checked.insert(r.id.kind + QLatin1Char('\n') + r.id.value);
    }
    beginResetModel();
    m_rows.clear();
    for (const Identifier &id : identifiers)
        m_rows.append({ id, false });
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row].checked = isCheckable(row)
            && checked.contains(m_rows.at(row).id.kind + QLatin1Char('\n') + m_rows.at(row).id.value);
    endResetModel();
    Q_EMIT checkedChanged();
}

void IdentifiersModel::setCheckableKinds(const QStringList &kinds)
{
    m_checkableKinds = kinds;
    bool dropped = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).checked && !isCheckable(row)) {
            m_rows[row].checked = false;
            dropped = true;
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, KindColumn), index(int(m_rows.size()) - 1, KindColumn),
                           { Qt::CheckStateRole });
    if (dropped)
        Q_EMIT checkedChanged();
}

bool IdentifiersModel::isCheckable(int row) const
{
    return row >= 0 && row < m_rows.size()
        && (m_checkableKinds.isEmpty() || m_checkableKinds.contains(m_rows.at(row).id.kind));
}

QList<Identifier> IdentifiersModel::checkedIdentifiers() const
{
    QList<Identifier> out;
    for (const Row &r : m_rows) {
        if (r.checked)
            out.append(r.id);
    }
    return out;
}

void IdentifiersModel::setAllChecked(bool checked)
{
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row].checked = checked && isCheckable(row);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, KindColumn), index(int(m_rows.size()) - 1, KindColumn),
                           { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
}

void IdentifiersModel::setChecked(const QString &kind, const QStringList &values)
{
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row].checked
            = isCheckable(row) && m_rows.at(row).id.kind == kind && values.contains(m_rows.at(row).id.value);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, KindColumn), index(int(m_rows.size()) - 1, KindColumn),
                           { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
}

int IdentifiersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IdentifiersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IdentifiersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return r.id.kind;
    case ValueRole:
        return r.id.value;
    case Qt::CheckStateRole:
        return index.column() == KindColumn && isCheckable(index.row())
            ? QVariant(r.checked ? Qt::Checked : Qt::Unchecked)
            : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case KindColumn:
            return r.id.kind;
        case ValueColumn:
            return r.id.value;
        case RevealsColumn:
            return r.id.reveals;
        case SourceColumn:
            return r.id.source;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

bool IdentifiersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != KindColumn || !isCheckable(index.row()))
        return false;
    m_rows[index.row()].checked = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags IdentifiersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == KindColumn && isCheckable(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant IdentifiersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case ValueColumn:
        return tr("Value");
    case RevealsColumn:
        return tr("What it can reveal");
    case SourceColumn:
        return tr("Found in");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tlens

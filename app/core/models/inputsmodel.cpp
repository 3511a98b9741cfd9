#include "inputsmodel.h"

namespace tlens {

InputsModel::InputsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void InputsModel::setInputs(const QList<Input> &inputs)
{
    beginResetModel();
    m_inputs = inputs;
    endResetModel();
}

QString InputsModel::roleLabel(InputRole role)
{
    switch (role) {
    case InputRole::Won:
        return tr("won");
    case InputRole::Shadowed:
        return tr("shadowed");
    case InputRole::Invalid:
        return tr("invalid");
    case InputRole::Ignored:
        return tr("ignored");
    case InputRole::Conditional:
        return tr("conditional");
    case InputRole::Note:
        return tr("note");
    }
    return {};
}

QString InputsModel::location(const Input &input)
{
    if (input.file.isEmpty())
        return input.kind == QLatin1String("default") ? tr("built-in default") : QString();
    return input.line > 0 ? input.file + QLatin1Char(':') + QString::number(input.line) : input.file;
}

int InputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_inputs.size());
}

int InputsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InputsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Input &in = m_inputs.at(index.row());
    switch (role) {
    case InputRoleRole:
        return int(in.role);
    case FileRole:
        return in.file;
    case LineRole:
        return in.line;
    case KindRole:
        return in.kind;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case RoleColumn:
            return roleLabel(in.role);
        case SettingColumn:
            return in.text.isEmpty() ? in.key : in.text;
        case LocationColumn:
            return location(in);
        case NoteColumn:
            return in.note;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant InputsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RoleColumn:
        return tr("Judged");
    case SettingColumn:
        return tr("Setting");
    case LocationColumn:
        return tr("Where");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tlens

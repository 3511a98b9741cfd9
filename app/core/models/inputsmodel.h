#pragma once

#include "scan/scanresult.h"

#include <QAbstractTableModel>

namespace tlens {

// A tool's precedence chain as the tool evaluates it: every input, highest precedence first, with
// how it was judged (won, shadowed, invalid, ignored, conditional, note), its value as written and
// where it is set. Shows what the resolver decided; it must never re-judge an input.
class InputsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RoleColumn, SettingColumn, LocationColumn, NoteColumn, ColumnCount };
    enum Role {
        InputRoleRole = Qt::UserRole + 1, // int(tlens::InputRole)
        FileRole, // QString, path inside the root; "" for defaults and the live environment
        LineRole, // int
        KindRole // "env", "config", "default", ...
    };
    Q_ENUM(Column)

    explicit InputsModel(QObject *parent = nullptr);

    void setInputs(const QList<Input> &inputs);
    const Input &input(int row) const { return m_inputs.at(row); }

    static QString roleLabel(InputRole role); // translated: "won", "shadowed", ...
    static QString location(const Input &input); // "/home/alice/.bashrc:10", "" when not from a file

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Input> m_inputs;
};

} // namespace tlens

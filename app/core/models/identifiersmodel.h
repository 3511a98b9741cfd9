#pragma once

#include "scan/scanresult.h"

#include <QAbstractTableModel>

namespace tlens {

// The identifiers found for one tool (its own and the machine's), what each can reveal, and a
// check box per row to pick the ones a deletion request quotes. It only shows what discovery
// found; it never reads files.
class IdentifiersModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, ValueColumn, RevealsColumn, SourceColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, ValueRole };
    Q_ENUM(Column)

    explicit IdentifiersModel(QObject *parent = nullptr);

    // Keeps the check marks of identifiers that are still present.
    void setIdentifiers(const QList<Identifier> &identifiers);
    const Identifier &identifier(int row) const { return m_rows.at(row).id; }

    // Only identifiers of these kinds get a check box (what the tool's deletion channel quotes);
    // empty means every kind.
    void setCheckableKinds(const QStringList &kinds);
    bool isCheckable(int row) const;

    QList<Identifier> checkedIdentifiers() const;
    void setAllChecked(bool checked);
    // Checks exactly the identifiers of `kind` whose value is in `values`.
    void setChecked(const QString &kind, const QStringList &values);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    struct Row {
        Identifier id;
        bool checked = false;
    };
    QList<Row> m_rows;
    QStringList m_checkableKinds;
};

} // namespace tlens

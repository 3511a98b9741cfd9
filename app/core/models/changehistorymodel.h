#pragma once

#include "optout/changejournal.h"

#include <QAbstractTableModel>

namespace tlens {

// The journal of change sets (what the switches wrote and what was undone), newest first, as a
// table: time, action, tools, number of files and state. A view of ChangeApplier::history(); it
// never reads the journal itself or changes it.
class ChangeHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, ActionColumn, ToolsColumn, FilesColumn, StateColumn, ColumnCount };
    enum Role { ChangeSetIdRole = Qt::UserRole + 1, UndoneRole };
    Q_ENUM(Column)

    explicit ChangeHistoryModel(QObject *parent = nullptr);

    void setChangeSets(const QList<ChangeSet> &sets);
    const ChangeSet &changeSet(int row) const { return m_sets.at(row); }
    // The change set undo would take back: the newest not fully undone; -1 when there is none.
    int undoableRow() const;

    static QString actionLabel(const QString &action); // translated "Turned off" / "Turned on"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChangeSet> m_sets;
};

} // namespace tlens

#pragma once

#include "scan/scanresult.h"

#include <QAbstractTableModel>

namespace tlens {

// The stored reports of one tool (what was sent), one row per report file, for a sortable and
// filterable table that stays smooth with 100,000 rows: a flat vector, no per-row objects, data()
// computed on demand, and sorting done here on the vector itself (a proxy would compare through
// QModelIndex and QVariant, ten times slower). A rescan is merged by path (rows that stayed keep
// their place, new ones are put where the sort order wants them, gone ones removed) so a live
// update never resets the user's selection. It never reads a file: the raw report is fetched on
// demand by whoever shows it.
class ReportsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        StatusColumn,
        SessionColumn,
        VersionColumn,
        SummaryColumn,
        PathColumn,
        ColumnCount
    };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString, inside the root
        SendStatusRole, // int(tlens::SendStatus)
        TimeRole // qint64 ms since epoch, 0 when unknown
    };
    Q_ENUM(Column)

    explicit ReportsModel(QObject *parent = nullptr);

    void setReports(const QList<Artifact> &reports);
    void clear();

    const Artifact &artifact(int row) const { return m_reports.at(row); }
    int rowOfPath(const QString &path) const;

    // Locale-independent local time for tables ("2026-11-21 08:30:12"), "" for 0.
    static QString timeDisplay(qint64 ms);
    static QString statusLabel(SendStatus status);

    // Sorts the rows (stable; ties ordered by path) and keeps them sorted as reports arrive.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Negative, zero or positive as `a` sorts before, with or after `b` in ascending order.
    static int compare(const Artifact &a, const Artifact &b, Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildIndex();
    void sortRows();
    bool before(const Artifact &a, const Artifact &b) const;
    void insertSorted(const QList<Artifact> &added);

    QList<Artifact> m_reports;
    QHash<QString, int> m_rowOfPath;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace tlens

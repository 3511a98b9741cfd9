#pragma once

#include "fleet/fleetreport.h"

#include <QAbstractTableModel>

namespace tlens {

// The host × tool matrix of a FleetReport for views: one row per host (collecting hosts first),
// a column for the host, one per tool and one for the warning count. Holds no icons or colours;
// the window decorates it by StateRole.
class FleetModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        StateRole = Qt::UserRole + 1, // int(tlens::State), or -1 when the host's report lacks the tool
        HostRole, // QString
        SortRole
    };

    explicit FleetModel(QObject *parent = nullptr);

    void setReport(const FleetReport &report);
    const FleetReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int warningsColumn() const { return int(m_report.tools().size()) + 1; }

private:
    FleetReport m_report;
};

} // namespace tlens

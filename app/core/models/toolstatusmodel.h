#pragma once

#include "scan/scanresult.h"

#include <QAbstractTableModel>

#include <memory>

namespace tlens {

// One row per account and tool of a finished scan: the state word, the one-sentence reason, the
// counts of stored reports and identifiers, the warnings. A view over ScanResult for the overview
// and the navigation; it adds no judgement of its own and holds no icons or colours (the window
// decorates it through a proxy). Rows keep their identity across rescans, so selections survive.
class ToolStatusModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UserColumn,
        FamilyColumn,
        ToolColumn,
        StateColumn,
        ReasonColumn,
        ReportsColumn,
        IdentifiersColumn,
        WarningsColumn,
        ColumnCount
    };
    enum Role {
        ToolIdRole = Qt::UserRole + 1, // QString
        UserNameRole, // QString
        StateRole, // int(tlens::State)
        WarningCountRole, // int
        SortRole, // raw value for sorting
        ListedRole, // bool: present for the account, or always listed by the catalog
        FamilyRole // QString: the tool's family id in the catalog
    };
    Q_ENUM(Column)

    explicit ToolStatusModel(QObject *parent = nullptr);

    void setScan(std::shared_ptr<const ScanResult> scan);
    // Rows for the tools present for each account (and those the catalog always lists), or, with
    // allTools, for every supported tool.
    void setAllTools(bool allTools);
    bool allTools() const { return m_allTools; }
    std::shared_ptr<const ScanResult> scan() const { return m_scan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // nullptr when the row does not exist.
    const ToolStatus *status(int row) const;
    const UserScan *user(int row) const;
    int reportCount(int row) const;
    int identifierCount(int row) const;
    // -1 when the scan has no such account and tool.
    int rowOf(const QString &userName, const QString &toolId) const;

private:
    struct Row {
        int user = 0;
        int tool = 0;
        int reports = 0;
        int identifiers = 0;
    };

    std::shared_ptr<const ScanResult> m_scan;
    bool m_allTools = false;
    QList<Row> m_rows;
};

} // namespace tlens

#include "toolstatusmodel.h"

#include "catalog/toolfamily.h"
#include "scan/presence.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tlens {

ToolStatusModel::ToolStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ToolStatusModel::setAllTools(bool allTools)
{
    if (allTools == m_allTools)
        return;
    m_allTools = allTools;
    std::shared_ptr<const ScanResult> scan = m_scan;
    setScan(std::move(scan));
}

void ToolStatusModel::setScan(std::shared_ptr<const ScanResult> scan)
{
    QList<Row> rows;
    if (scan) {
        // The same counts as AuditReport::reportsFor / identifiersFor, without copying the machine's
        // (possibly 10,000) reports once per account and tool.
        struct Shared {
            int reports = 0;
            QSet<QString> ids;
        };
        QHash<QString, Shared> machine;
        for (const MachineToolData &m : scan->machine.tools) {
            Shared &shared = machine[m.toolId];
            shared.reports
                = int(std::count_if(m.artifacts.cbegin(), m.artifacts.cend(),
                                    [](const Artifact &a) { return a.kind == QLatin1String("report"); }));
            for (const Identifier &id : m.identifiers)
                shared.ids.insert(id.kind + QLatin1Char('\n') + id.value);
        }
        for (int u = 0; u < scan->users.size(); ++u) {
            const UserScan &user = scan->users.at(u);
            for (int t = 0; t < user.tools.size(); ++t) {
                const ToolStatus &tool = user.tools.at(t);
                if (!m_allTools && !Presence::isListed(*scan, tool))
                    continue;
                const Shared shared = machine.value(tool.toolId);
                int reports = shared.reports;
                for (const Artifact &a : tool.artifacts)
                    reports += a.kind == QLatin1String("report") ? 1 : 0;
                int ids = int(shared.ids.size());
                for (const Identifier &id : tool.identifiers)
                    ids += shared.ids.contains(id.kind + QLatin1Char('\n') + id.value) ? 0 : 1;
                rows.append({ u, t, reports, ids });
            }
        }
    }
    // Same accounts and tools in the same order: update in place so selections and the current
    // row survive a rescan.
    bool sameShape = m_scan && scan && rows.size() == m_rows.size();
    for (int r = 0; sameShape && r < rows.size(); ++r) {
        const Row &a = m_rows.at(r);
        const Row &b = rows.at(r);
        sameShape = m_scan->users.at(a.user).account.name == scan->users.at(b.user).account.name
            && m_scan->users.at(a.user).tools.at(a.tool).toolId
                == scan->users.at(b.user).tools.at(b.tool).toolId;
    }
    if (sameShape) {
        m_scan = std::move(scan);
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_scan = std::move(scan);
    m_rows = rows;
    endResetModel();
}

int ToolStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ToolStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ToolStatus *ToolStatusModel::status(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const Row &r = m_rows.at(row);
    return &m_scan->users.at(r.user).tools.at(r.tool);
}

const UserScan *ToolStatusModel::user(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_scan->users.at(m_rows.at(row).user);
}

int ToolStatusModel::reportCount(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).reports : 0;
}

int ToolStatusModel::identifierCount(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).identifiers : 0;
}

int ToolStatusModel::rowOf(const QString &userName, const QString &toolId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (user(r)->account.name == userName && status(r)->toolId == toolId)
            return r;
    }
    return -1;
}

QVariant ToolStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToolStatus &tool = *status(index.row());
    const UserScan &account = *user(index.row());
    const Row &row = m_rows.at(index.row());
    const QList<Warning> warnings = m_scan->warningsFor(account, tool);
    switch (role) {
    case ToolIdRole:
        return tool.toolId;
    case UserNameRole:
        return account.account.name;
    case StateRole:
        return int(tool.state);
    case WarningCountRole:
        return int(warnings.size());
    case ListedRole:
        return Presence::isListed(*m_scan, tool);
    case FamilyRole:
        return ToolFamily::of(tool.toolId);
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole) {
        switch (Column(index.column())) {
        case UserColumn:
            return account.account.name;
        case FamilyColumn:
            if (role == SortRole) {
                // Sorting by family keeps each account's tools together, families in their order.
                const qsizetype position = ToolFamily::ordered().indexOf(ToolFamily::of(tool.toolId));
                return QStringLiteral("%1\n%2")
                    .arg(account.account.name)
                    .arg(position, 4, 10, QLatin1Char('0'));
            }
            return ToolFamily::label(ToolFamily::of(tool.toolId));
        case ToolColumn:
            return tool.name;
        case StateColumn:
            return role == SortRole ? QVariant(int(tool.state)) : QVariant(stateLabel(tool.state));
        case ReasonColumn:
            return tool.explanation;
        case ReportsColumn:
            return row.reports;
        case IdentifiersColumn:
            return row.identifiers;
        case WarningsColumn:
            if (role == SortRole)
                return int(warnings.size());
            if (warnings.isEmpty())
                return role == Qt::AccessibleTextRole ? tr("No warnings") : QString();
            if (role == Qt::AccessibleTextRole) {
                QStringList lines;
                for (const Warning &w : warnings)
                    lines.append(w.message);
                return lines.join(QLatin1Char(' '));
            }
            // The sentences are long: the table says how many, the tooltip and the tool page say what.
            return tr("%n warning(s)", nullptr, int(warnings.size()));
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case ReasonColumn:
            return tool.explanation;
        case WarningsColumn: {
            QStringList lines;
            for (const Warning &w : warnings)
                lines.append(w.message);
            return lines.join(QLatin1Char('\n'));
        }
        case StateColumn:
            return tool.decidedBy.file.isEmpty()
                ? tool.decidedBy.text
                : tr("Decided by %1 in %2").arg(tool.decidedBy.text, tool.decidedBy.file);
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == ReportsColumn || index.column() == IdentifiersColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ToolStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UserColumn:
        return tr("Account");
    case FamilyColumn:
        return tr("Family");
    case ToolColumn:
        return tr("Tool");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Why");
    case ReportsColumn:
        return tr("Reports");
    case IdentifiersColumn:
        return tr("Identifiers");
    case WarningsColumn:
        return tr("Warnings");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tlens

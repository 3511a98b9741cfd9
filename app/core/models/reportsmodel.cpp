#include "reportsmodel.h"

#include "localclock.h"

#include "report/auditreport.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>
#include <vector>

namespace tlens {

namespace {

bool sameReport(const Artifact &a, const Artifact &b)
{
    return a.sent == b.sent && a.timeMs == b.timeMs && a.sessionId == b.sessionId && a.version == b.version
        && a.error == b.error && a.summary == b.summary;
}

} // namespace

ReportsModel::ReportsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportsModel::clear()
{
    if (m_reports.isEmpty())
        return;
    beginResetModel();
    m_reports.clear();
    m_rowOfPath.clear();
    endResetModel();
}

void ReportsModel::setReports(const QList<Artifact> &reports)
{
    if (m_reports.isEmpty() || reports.isEmpty()) {
        beginResetModel();
        m_reports = reports;
        if (m_sortColumn >= 0)
            sortRows();
        else
            rebuildIndex();
        endResetModel();
        return;
    }
    QHash<QString, int> incoming;
    incoming.reserve(reports.size());
    for (int i = 0; i < reports.size(); ++i)
        incoming.insert(reports.at(i).path, i);

    // Remove the rows whose file is gone, in contiguous runs from the end so indices stay valid.
    for (int row = int(m_reports.size()) - 1; row >= 0;) {
        if (incoming.contains(m_reports.at(row).path)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_reports.at(first - 1).path))
            --first;
        beginRemoveRows({}, first, row);
        m_reports.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();

    // Update the rows that stayed; the changed range is reported once.
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < m_reports.size(); ++row) {
        const Artifact &fresh = reports.at(incoming.value(m_reports.at(row).path));
        if (!sameReport(m_reports.at(row), fresh)) {
            m_reports[row] = fresh;
            if (firstChanged < 0)
                firstChanged = row;
            lastChanged = row;
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));

    QList<Artifact> added;
    for (const Artifact &a : reports) {
        if (!m_rowOfPath.contains(a.path))
            added.append(a);
    }
    if (!added.isEmpty())
        insertSorted(added);
    if (firstChanged >= 0 && m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void ReportsModel::insertSorted(const QList<Artifact> &added)
{
    // A few new reports (a live update) go where they belong, one insert each; a large batch is
    // appended and the whole table re-sorted once.
    constexpr int kOneByOne = 64;
    if (m_sortColumn < 0 || added.size() > kOneByOne) {
        const int first = int(m_reports.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_reports.append(added);
        for (int row = first; row < m_reports.size(); ++row)
            m_rowOfPath.insert(m_reports.at(row).path, row);
        endInsertRows();
        if (m_sortColumn >= 0)
            sort(m_sortColumn, m_sortOrder);
        return;
    }
    for (const Artifact &a : added) {
        const auto it
            = std::upper_bound(m_reports.begin(), m_reports.end(), a,
                               [this](const Artifact &x, const Artifact &y) { return before(x, y); });
        const int row = int(it - m_reports.begin());
        beginInsertRows({}, row, row);
        m_reports.insert(row, a);
        endInsertRows();
    }
    rebuildIndex();
}

int ReportsModel::compare(const Artifact &a, const Artifact &b, Column column)
{
    int c = 0;
    switch (column) {
    case TimeColumn:
        c = a.timeMs < b.timeMs ? -1 : (a.timeMs > b.timeMs ? 1 : 0);
        break;
    case StatusColumn:
        c = int(a.sent) - int(b.sent);
        break;
    case SessionColumn:
        c = a.sessionId.compare(b.sessionId, Qt::CaseInsensitive);
        break;
    case VersionColumn:
        c = a.version.compare(b.version, Qt::CaseInsensitive);
        break;
    case SummaryColumn:
        c = a.summary.compare(b.summary, Qt::CaseInsensitive);
        break;
    case PathColumn:
    case ColumnCount:
        break;
    }
    // Ties fall back to the path: a total order, so equal keys never shuffle between sorts.
    return c != 0 ? c : a.path.compare(b.path);
}

bool ReportsModel::before(const Artifact &a, const Artifact &b) const
{
    const int c = compare(a, b, Column(m_sortColumn));
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void ReportsModel::sortRows()
{
    // Sorting row numbers and moving each report once is much cheaper than letting the sort shuffle
    // reports (nine strings each) around.
    std::vector<int> order(size_t(m_reports.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return before(m_reports.at(a), m_reports.at(b)); });
    QList<Artifact> sorted;
    sorted.reserve(m_reports.size());
    for (int i : order)
        sorted.append(std::move(m_reports[i]));
    m_reports = std::move(sorted);
    rebuildIndex();
}

void ReportsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QStringList persistentPaths;
    persistentPaths.reserve(persistent.size());
    for (const QModelIndex &i : persistent)
        persistentPaths.append(m_reports.at(i.row()).path);
    sortRows();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (int i = 0; i < persistent.size(); ++i)
        moved.append(index(m_rowOfPath.value(persistentPaths.at(i)), persistent.at(i).column()));
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ReportsModel::rebuildIndex()
{
    m_rowOfPath.clear();
    m_rowOfPath.reserve(m_reports.size());
    for (int row = 0; row < m_reports.size(); ++row)
        m_rowOfPath.insert(m_reports.at(row).path, row);
}

int ReportsModel::rowOfPath(const QString &path) const
{
    return m_rowOfPath.value(path, -1);
}

QString ReportsModel::timeDisplay(qint64 ms)
{
    return ms > 0 ? LocalClock::text(ms) : QString();
}

QString ReportsModel::statusLabel(SendStatus status)
{
    return AuditReport::sendStatusLabel(status);
}

int ReportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Artifact &a = m_reports.at(index.row());
    switch (role) {
    case PathRole:
        return a.path;
    case SendStatusRole:
        return int(a.sent);
    case TimeRole:
        return a.timeMs;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return a.timeMs > 0 ? timeDisplay(a.timeMs) : tr("unknown");
        case StatusColumn:
            return statusLabel(a.sent);
        case SessionColumn:
            return a.sessionId;
        case VersionColumn:
            return a.version;
        case SummaryColumn:
            return a.summary;
        case PathColumn:
            return a.path;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !a.error.isEmpty())
            return tr("Send error: %1").arg(a.error.left(500));
        if (index.column() == TimeColumn && a.timeMs > 0)
            return AuditReport::timeText(a.timeMs);
        if (index.column() == PathColumn || index.column() == SummaryColumn
            || index.column() == SessionColumn)
            return data(index, Qt::DisplayRole);
        return {};
    default:
        return {};
    }
}

QVariant ReportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case StatusColumn:
        return tr("Status");
    case SessionColumn:
        return tr("Session");
    case VersionColumn:
        return tr("Version");
    case SummaryColumn:
        return tr("Contents");
    case PathColumn:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tlens

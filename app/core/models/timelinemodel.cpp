#include "timelinemodel.h"

#include "localclock.h"
#include "scan/presence.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace tlens {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QList<TimelineModel::Series> TimelineModel::seriesFromScan(const ScanResult &result,
                                                           const QStringList &userNames)
{
    QList<Series> out;
    QHash<QString, int> column;
    const auto seriesFor = [&](const QString &id, const QString &name) -> Series & {
        auto it = column.constFind(id);
        if (it == column.constEnd()) {
            it = column.insert(id, int(out.size()));
            out.append({ id, name, {} });
        }
        return out[*it];
    };
    for (const UserScan &user : result.users) {
        if (!userNames.isEmpty() && !userNames.contains(user.account.name))
            continue;
        for (const ToolStatus &tool : user.tools) {
            if (!Presence::isListed(result, tool))
                continue; // the chart follows the overview: tools present for the account
            Series &s = seriesFor(tool.toolId, tool.name);
            for (const Artifact &a : tool.artifacts) {
                if (a.kind == QLatin1String("report"))
                    s.timesMs.append(a.timeMs);
            }
        }
    }
    for (const MachineToolData &m : result.machine.tools) {
        if (!column.contains(m.toolId))
            continue;
        Series &s = seriesFor(m.toolId, m.name);
        for (const Artifact &a : m.artifacts) {
            if (a.kind == QLatin1String("report"))
                s.timesMs.append(a.timeMs);
        }
    }
    return out;
}

QDate TimelineModel::periodStart(const QDate &day) const
{
    switch (m_granularity) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    case Granularity::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

QDate TimelineModel::nextPeriod(const QDate &start) const
{
    switch (m_granularity) {
    case Granularity::Day:
        return start.addDays(1);
    case Granularity::Week:
        return start.addDays(7);
    case Granularity::Month:
        return start.addMonths(1);
    case Granularity::Year:
        return start.addYears(1);
    }
    return start.addDays(1);
}

void TimelineModel::setSeries(const QList<Series> &series)
{
    beginResetModel();
    m_series = series;
    m_periods.clear();
    m_counts.clear();
    m_undated = 0;
    m_total = 0;
    QDate first;
    QDate last;
    for (const Series &s : series) {
        for (qint64 ms : s.timesMs) {
            ++m_total;
            if (ms <= 0) {
                ++m_undated;
                continue;
            }
            const QDate d = LocalClock::date(ms);
            if (!first.isValid() || d < first)
                first = d;
            if (!last.isValid() || d > last)
                last = d;
        }
    }
    if (first.isValid()) {
        const qint64 days = first.daysTo(last) + 1;
        const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
        if (days <= kMaxBuckets)
            m_granularity = Granularity::Day;
        else if (days <= 7 * (kMaxBuckets - 1))
            m_granularity = Granularity::Week;
        else if (months <= kMaxBuckets)
            m_granularity = Granularity::Month;
        else
            m_granularity = Granularity::Year;
        QHash<QDate, int> rowOf;
        for (QDate p = periodStart(first); p <= last; p = nextPeriod(p)) {
            rowOf.insert(p, int(m_periods.size()));
            m_periods.append(p);
            m_counts.append(QList<int>(series.size(), 0));
        }
        for (int c = 0; c < series.size(); ++c) {
            for (qint64 ms : series.at(c).timesMs) {
                if (ms > 0)
                    ++m_counts[rowOf.value(periodStart(LocalClock::date(ms)))][c];
            }
        }
    }
    endResetModel();
}

int TimelineModel::maxPeriodTotal() const
{
    int best = 0;
    for (const QList<int> &row : m_counts) {
        int sum = 0;
        for (int n : row)
            sum += n;
        best = qMax(best, sum);
    }
    return best;
}

QString TimelineModel::periodLabel(int row) const
{
    const QDate d = m_periods.at(row);
    const QLocale locale;
    switch (m_granularity) {
    case Granularity::Day:
        return locale.toString(d, dayMonthFormat(locale));
    case Granularity::Week:
        return tr("wk %1").arg(locale.toString(d, dayMonthFormat(locale)));
    case Granularity::Month:
        return locale.toString(d, QStringLiteral("MMM yyyy"));
    case Granularity::Year:
        return locale.toString(d, QStringLiteral("yyyy"));
    }
    return {};
}

QString TimelineModel::dayMonthFormat(const QLocale &locale)
{
    // The locale's short date without its year: 11/21 (en_US), 21.11. (de), 21/11 (fr).
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*"));
    format.remove(year);
    if (format.contains(QLatin1Char('.')) && !format.endsWith(QLatin1Char('.')))
        format += QLatin1Char('.');
    return format.isEmpty() ? QStringLiteral("MM-dd") : format;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_counts.at(index.row()).at(index.column());
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1, %2: %n report(s)", nullptr, m_counts.at(index.row()).at(index.column()))
            .arg(m_series.at(index.column()).name, periodLabel(index.row()));
    case PeriodStartRole:
        return m_periods.at(index.row());
    case ToolIdRole:
        return m_series.at(index.column()).toolId;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_series.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_series.at(section).name;
        if (role == ToolIdRole)
            return m_series.at(section).toolId;
        return {};
    }
    if (section < 0 || section >= m_periods.size())
        return {};
    if (role == Qt::DisplayRole)
        return periodLabel(section);
    if (role == PeriodStartRole)
        return m_periods.at(section);
    return {};
}

} // namespace tlens

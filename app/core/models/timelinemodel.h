#pragma once

#include "scan/scanresult.h"

#include <QAbstractTableModel>
#include <QDate>

class QLocale;

namespace tlens {

// Reports sent per tool over time, for the overview chart: one row per period (day, week, month or
// year, the finest that keeps the chart at most kMaxBuckets wide, with empty periods included so the time
// axis is even), one column per tool, the cell holding the number of stored reports. Reports with
// no known time are counted apart. Periods follow the local calendar. It only counts what the scan
// found.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Granularity { Day, Week, Month, Year };
    Q_ENUM(Granularity)
    enum Role {
        PeriodStartRole = Qt::UserRole + 1, // QDate, first day of the row's period
        ToolIdRole // QString, on the horizontal header and on cells
    };

    static constexpr int kMaxBuckets = 40;

    struct Series {
        QString toolId;
        QString name;
        QList<qint64> timesMs; // one per report, 0 when unknown
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setSeries(const QList<Series> &series);
    // The reports of the named accounts (all accounts when empty): machine-wide reports once, plus
    // each account's own.
    static QList<Series> seriesFromScan(const ScanResult &result, const QStringList &userNames = {});

    Granularity granularity() const { return m_granularity; }
    int undatedCount() const { return m_undated; }
    int totalCount() const { return m_total; }
    int maxPeriodTotal() const; // the highest sum over tools in one period
    QString toolId(int column) const { return m_series.at(column).toolId; }
    QString periodLabel(int row) const; // in the default locale's date format
    // A day and month in the locale's order and separators, without the year.
    static QString dayMonthFormat(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate periodStart(const QDate &day) const;
    QDate nextPeriod(const QDate &start) const;

    QList<Series> m_series;
    QList<QDate> m_periods;
    QList<QList<int>> m_counts; // [row][column]
    Granularity m_granularity = Granularity::Day;
    int m_undated = 0;
    int m_total = 0;
};

} // namespace tlens

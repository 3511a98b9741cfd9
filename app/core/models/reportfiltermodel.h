#pragma once

#include "scan/scanresult.h"

#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <optional>

namespace tlens {

class ReportsModel;

// Filters a ReportsModel for the reports table: free text (case-insensitive, over time, status,
// session, version, contents, file and send error) and one send status. It reads the source's
// values directly instead of through QVariant. Sorting is handed to the ReportsModel, which sorts
// its vector in place: that keeps 100,000 rows well under a second.
class ReportFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReportFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Sorts the source (the rows keep its order here).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    // std::nullopt shows every status.
    void setStatus(std::optional<SendStatus> status);
    std::optional<SendStatus> status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ReportsModel *m_reports = nullptr;
    QString m_text;
    QStringMatcher m_matcher;
    std::optional<SendStatus> m_status;
    // Worked out once per filter text: which statuses' words match, and whether the text could be
    // part of a time (only then is each row's time formatted).
    QList<SendStatus> m_statusWords;
    bool m_timeLike = false;
};

} // namespace tlens

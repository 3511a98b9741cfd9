#include "reportfiltermodel.h"

#include "reportsmodel.h"

#include <algorithm>

namespace tlens {

ReportFilterModel::ReportFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The source keeps itself sorted; here rows stay in its order.
    setDynamicSortFilter(true);
}

void ReportFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_reports = qobject_cast<ReportsModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ReportFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_reports)
        m_reports->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

void ReportFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_matcher = QStringMatcher(text, Qt::CaseInsensitive);
    m_statusWords.clear();
    for (SendStatus s :
         { SendStatus::Unknown, SendStatus::Sent, SendStatus::NotConfirmed, SendStatus::Failed }) {
        if (!text.isEmpty() && ReportsModel::statusLabel(s).contains(text, Qt::CaseInsensitive))
            m_statusWords.append(s);
    }
    m_timeLike = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char(':') || c == QLatin1Char(' ');
    });
    // A full rebuild: Qt's incremental filter update removes rows run by run, which is quadratic when
    // every few rows of 100,000 change.
    invalidate();
}

void ReportFilterModel::setStatus(std::optional<SendStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    // A full rebuild: Qt's incremental filter update removes rows run by run, which is quadratic when
    // every few rows of 100,000 change.
    invalidate();
}

bool ReportFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_reports || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const Artifact &a = m_reports->artifact(sourceRow);
    if (m_status && a.sent != *m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &s) { return m_matcher.indexIn(s) >= 0; };
    return m_statusWords.contains(a.sent) || has(a.sessionId) || has(a.summary) || has(a.version)
        || has(a.path) || has(a.error) || (m_timeLike && has(ReportsModel::timeDisplay(a.timeMs)));
}

} // namespace tlens

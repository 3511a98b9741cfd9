#pragma once

#include "requests/deletionrequest.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace tlens {

// The deletion-request ledger as a table: tool, account, status, channel, identifiers quoted, when
// it was sent, the answer deadline, attempts and the last error. Overdue requests say so in words (the
// window adds an icon and colour). A read-only view of RequestLedger::all(); it never changes the
// ledger.
class RequestsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ToolColumn,
        AccountColumn,
        StatusColumn,
        DeadlineColumn,
        SentColumn,
        ChannelColumn,
        IdentifiersColumn,
        ErrorColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        RequestIdRole = Qt::UserRole + 1, // QString
        StatusRole, // int(tlens::RequestStatus)
        ChannelRole, // int(tlens::Channel)
        OverdueRole, // bool
        SortRole
    };
    Q_ENUM(Column)

    explicit RequestsModel(QObject *parent = nullptr);

    // `now` decides which requests are overdue.
    void setRequests(const QList<DeletionRequest> &requests,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    const DeletionRequest &request(int row) const { return m_requests.at(row); }
    int rowOf(const QString &requestId) const;
    int overdueCount() const;
    int openCount() const; // waiting for delivery or an answer
    int unsentCount() const; // drafts, handed or saved: waiting for the user to send them

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString channelLabel(Channel channel);

private:
    QList<DeletionRequest> m_requests;
    QDateTime m_now;
};

} // namespace tlens

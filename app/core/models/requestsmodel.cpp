#include "requestsmodel.h"

#include "catalog/catalog.h"

namespace tlens {

namespace {

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace

RequestsModel::RequestsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RequestsModel::setRequests(const QList<DeletionRequest> &requests, const QDateTime &now)
{
    beginResetModel();
    m_requests = requests;
    m_now = now;
    endResetModel();
}

int RequestsModel::rowOf(const QString &requestId) const
{
    for (int r = 0; r < m_requests.size(); ++r) {
        if (m_requests.at(r).id == requestId)
            return r;
    }
    return -1;
}

int RequestsModel::overdueCount() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [this](const DeletionRequest &r) { return r.isOverdue(m_now); }));
}

int RequestsModel::openCount() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [](const DeletionRequest &r) {
        return r.status == RequestStatus::Queued || r.status == RequestStatus::Sent
            || r.status == RequestStatus::Delivered || r.status == RequestStatus::Failed;
    }));
}

int RequestsModel::unsentCount() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [](const DeletionRequest &r) { return awaitsSending(r.status); }));
}

QString RequestsModel::channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Print:
        return tr("printed / copied");
    case Channel::Mailto:
        return tr("mail program");
    case Channel::Eml:
        return tr(".eml file");
    case Channel::Issue:
        return tr("issue tracker");
    case Channel::Http:
        return tr("privacy endpoint");
    }
    return {};
}

int RequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int RequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeletionRequest &r = m_requests.at(index.row());
    const bool overdue = r.isOverdue(m_now);
    switch (role) {
    case RequestIdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case ChannelRole:
        return int(r.channel);
    case OverdueRole:
        return overdue;
    case SortRole:
        switch (Column(index.column())) {
        case CreatedColumn:
            return r.createdAt;
        case SentColumn:
            return r.sentAt;
        case DeadlineColumn:
            return r.deadline;
        case StatusColumn:
            return int(r.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case ToolColumn: {
            const ToolSpec *spec = Catalog::instance().tool(r.toolId);
            return spec ? spec->name : r.toolId;
        }
        case AccountColumn:
            return r.account;
        case StatusColumn:
            return overdue ? tr("%1 — overdue").arg(r.statusText()) : r.statusText();
        case ChannelColumn:
            return channelLabel(r.channel);
        case IdentifiersColumn: {
            QStringList values;
            for (const Identifier &id : r.identifiers)
                values.append(id.value);
            return values.join(QStringLiteral(", "));
        }
        case CreatedColumn:
            return dateText(r.createdAt);
        case SentColumn:
            return dateText(r.sentAt);
        case DeadlineColumn:
            if (awaitsSending(r.status))
                return tr("starts when sent");
            if (!r.deadline.isValid())
                return QString();
            if (overdue)
                return tr("%1 (overdue by %n day(s))", nullptr, int(r.deadline.daysTo(m_now)))
                    .arg(dateText(r.deadline));
            if (r.status == RequestStatus::Sent || r.status == RequestStatus::Delivered)
                return tr("%1 (in %n day(s))", nullptr, int(m_now.daysTo(r.deadline)))
                    .arg(dateText(r.deadline));
            return dateText(r.deadline);
        case ErrorColumn:
            return r.attempts > 0 && !r.lastError.isEmpty()
                ? tr("%1 (after %n attempt(s))", nullptr, r.attempts).arg(r.lastError)
                : r.lastError;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == IdentifiersColumn || index.column() == ErrorColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == ToolColumn)
            return r.subject;
        return {};
    default:
        return {};
    }
}

QVariant RequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ToolColumn:
        return tr("Tool");
    case AccountColumn:
        return tr("Account");
    case StatusColumn:
        return tr("Status");
    case ChannelColumn:
        return tr("Channel");
    case IdentifiersColumn:
        return tr("Identifiers");
    case CreatedColumn:
        return tr("Created");
    case SentColumn:
        return tr("Sent");
    case DeadlineColumn:
        return tr("Answer due");
    case ErrorColumn:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tlens

#include "deletionrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tlens {

namespace {

struct ChannelEntry {
    Channel channel;
    const char *name;
};

constexpr ChannelEntry kChannels[] = {
    { Channel::Print, "print" }, { Channel::Mailto, "mailto" }, { Channel::Eml, "eml" },
    { Channel::Issue, "issue" }, { Channel::Http, "http" },
};

struct StatusEntry {
    RequestStatus status;
    const char *name;
};

constexpr StatusEntry kStatuses[] = {
    { RequestStatus::Draft, "draft" },   { RequestStatus::Queued, "queued" },
    { RequestStatus::Sent, "sent" },     { RequestStatus::Delivered, "delivered" },
    { RequestStatus::Failed, "failed" }, { RequestStatus::Answered, "answered" },
    { RequestStatus::Closed, "closed" },
};

} // namespace

QString channelName(Channel channel)
{
    for (const ChannelEntry &e : kChannels) {
        if (e.channel == channel)
            return QLatin1String(e.name);
    }
    return {};
}

std::optional<Channel> channelFromName(const QString &name)
{
    for (const ChannelEntry &e : kChannels) {
        if (name == QLatin1String(e.name))
            return e.channel;
    }
    return std::nullopt;
}

QString statusName(RequestStatus status)
{
    for (const StatusEntry &e : kStatuses) {
        if (e.status == status)
            return QLatin1String(e.name);
    }
    return {};
}

std::optional<RequestStatus> statusFromName(const QString &name)
{
    for (const StatusEntry &e : kStatuses) {
        if (name == QLatin1String(e.name))
            return e.status;
    }
    return std::nullopt;
}

QString statusLabel(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Draft:
        return QCoreApplication::translate("tlens::DeletionRequest", "Draft");
    case RequestStatus::Queued:
        return QCoreApplication::translate("tlens::DeletionRequest", "Queued");
    case RequestStatus::Sent:
        return QCoreApplication::translate("tlens::DeletionRequest", "Sent");
    case RequestStatus::Delivered:
        return QCoreApplication::translate("tlens::DeletionRequest", "Delivered");
    case RequestStatus::Failed:
        return QCoreApplication::translate("tlens::DeletionRequest", "Failed");
    case RequestStatus::Answered:
        return QCoreApplication::translate("tlens::DeletionRequest", "Answered");
    case RequestStatus::Closed:
        return QCoreApplication::translate("tlens::DeletionRequest", "Closed");
    }
    return {};
}

bool DeletionRequest::isOverdue(const QDateTime &now) const
{
    if (status != RequestStatus::Sent && status != RequestStatus::Delivered)
        return false;
    return deadline.isValid() && deadline < now;
}

QByteArray DeletionRequest::httpBody() const
{
    QJsonArray ids;
    for (const Identifier &identifier : identifiers)
        ids.append(QJsonObject { { QStringLiteral("kind"), identifier.kind },
                                 { QStringLiteral("value"), identifier.value } });
    QJsonObject body {
        { QStringLiteral("request_id"), id },
        { QStringLiteral("tool"), toolId },
        { QStringLiteral("identifiers"), ids },
        { QStringLiteral("requested_at"), createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("message"), this->body },
    };
    if (!contact.isEmpty())
        body.insert(QStringLiteral("contact"), contact);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace tlens

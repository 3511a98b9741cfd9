#include "deletionrequest.h"

#include <QCoreApplication>
#include <QDate>
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
    { RequestStatus::Draft, "draft" },   { RequestStatus::Handed, "handed" },
    { RequestStatus::Saved, "saved" },   { RequestStatus::Queued, "queued" },
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
    case RequestStatus::Handed:
        return QCoreApplication::translate("tlens::DeletionRequest", "Handed to the mail program");
    case RequestStatus::Saved:
        return QCoreApplication::translate("tlens::DeletionRequest", "Saved as .eml");
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

bool awaitsSending(RequestStatus status)
{
    return status == RequestStatus::Draft || status == RequestStatus::Handed
        || status == RequestStatus::Saved;
}

QString DeletionRequest::statusText() const
{
    if (status == RequestStatus::Handed && channel == Channel::Issue)
        return QCoreApplication::translate("tlens::DeletionRequest", "Issue form opened");
    return statusLabel(status);
}

QDateTime DeletionRequest::sentMoment(const QDate &day, const QDateTime &now, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QDateTime();
    };
    if (!day.isValid())
        return fail(QCoreApplication::translate("tlens::DeletionRequest", "The date is not a valid day."));
    const QDate today = now.toLocalTime().date();
    if (day > today)
        return fail(QCoreApplication::translate("tlens::DeletionRequest",
                                                "%1 is in the future; give the day you sent request %2.")
                        .arg(day.toString(Qt::ISODate), shortId()));
    const QDate created = createdAt.toLocalTime().date();
    if (createdAt.isValid() && day < created)
        return fail(QCoreApplication::translate("tlens::DeletionRequest",
                                                "Request %1 was only written on %2; it cannot have been sent "
                                                "on %3.")
                        .arg(shortId(), created.toString(Qt::ISODate), day.toString(Qt::ISODate)));
    if (day == today)
        return now.toUTC();
    const QDateTime noon = QDateTime(day, QTime(12, 0), Qt::LocalTime).toUTC();
    // Sent on the day it was written, but before noon: not before it existed.
    return createdAt.isValid() && noon < createdAt ? createdAt.toUTC() : noon;
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

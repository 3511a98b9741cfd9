#pragma once

#include "scan/scanresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tlens {

// How a request leaves: shown for the user to send (print), handed to the mail program (mailto, eml),
// opened as a prefilled issue (issue), or posted to a privacy endpoint the user configures (http).
enum class Channel { Print, Mailto, Eml, Issue, Http };

// draft: composed, not handed on; queued: stored, waiting for (re)delivery over HTTP; sent: handed
// to the mail program or the issue tracker; delivered: the HTTP endpoint accepted it (2xx); failed:
// the endpoint refused it (4xx), which needs the user's action; answered / closed: set by the user.
enum class RequestStatus { Draft, Queued, Sent, Delivered, Failed, Answered, Closed };

QString channelName(Channel channel); // "print", "mailto", "eml", "issue", "http" (a JSON value)
std::optional<Channel> channelFromName(const QString &name);
QString statusName(RequestStatus status); // "draft", "queued", ... (a JSON value)
std::optional<RequestStatus> statusFromName(const QString &name);
QString statusLabel(RequestStatus status); // translated

// One deletion request as the ledger keeps it. Identifiers carry only kind and value: where they
// were found (a path) is never stored.
struct DeletionRequest {
    QString id; // UUID, also the HTTP Idempotency-Key
    QString toolId;
    Channel channel = Channel::Print;
    QString endpoint; // the HTTP endpoint, or empty
    QString recipient; // the vendor's address, or the issue form for tools without one
    QList<Identifier> identifiers;
    QString contact; // the user's address, only when they gave one
    QString subject;
    QString body;
    RequestStatus status = RequestStatus::Draft;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt; // UTC; also the request's "requested_at"
    QDateTime sentAt;
    QDateTime deadline; // sentAt + one calendar month: the GDPR answer period
    QDateTime answeredAt;
    QDateTime closedAt;
    QString note;

    QString shortId() const { return id.left(8); }
    // Still waiting for an answer after the deadline.
    bool isOverdue(const QDateTime &now) const;
    // The documented JSON body of the HTTP channel; identical on every attempt.
    QByteArray httpBody() const;
};

} // namespace tlens

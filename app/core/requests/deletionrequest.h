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

// The life of a request. draft: composed and shown (or copied), not handed on; handed: given to the
// mail program or opened as an issue form; saved: written as an .eml file; queued: stored, waiting
// for (re)delivery over HTTP. None of these is known to have left: only the user's word makes a
// request sent, and only an HTTP 2xx makes it delivered; the one-month answer period starts then.
// failed: the endpoint refused it (4xx), which needs the user's action; answered / closed: set by
// the user. Overdue is not a status: a sent or delivered request whose deadline has passed.
enum class RequestStatus { Draft, Handed, Saved, Queued, Sent, Delivered, Failed, Answered, Closed };

QString channelName(Channel channel); // "print", "mailto", "eml", "issue", "http" (a JSON value)
std::optional<Channel> channelFromName(const QString &name);
QString statusName(RequestStatus status); // "draft", "handed", "saved", "queued", ... (a JSON value)
std::optional<RequestStatus> statusFromName(const QString &name);
QString statusLabel(RequestStatus status); // translated
// Not yet known to have been sent: the user marks it sent once they have sent it.
bool awaitsSending(RequestStatus status);

// One deletion request as the ledger keeps it. Identifiers carry only kind and value: where they
// were found (a path) is never stored.
struct DeletionRequest {
    QString id; // UUID, also the HTTP Idempotency-Key
    QString toolId;
    QString account; // the user name whose data the request is about; empty in 0.1.0 ledgers
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
    QDateTime handedAt; // handed to the mail program, opened as an issue form, or saved as .eml
    QDateTime sentAt; // sent in the user's word, or delivered over HTTP; never before
    QDateTime deadline; // sentAt + one calendar month: the GDPR answer period
    QDateTime answeredAt;
    QDateTime closedAt;
    QString note;

    QString shortId() const { return id.left(8); }
    // The status in words, naming the channel where it matters ("Handed to the mail program").
    QString statusText() const;
    // Still waiting for an answer after the deadline.
    bool isOverdue(const QDateTime &now) const;
    // The documented JSON body of the HTTP channel; identical on every attempt.
    QByteArray httpBody() const;

    // The moment recorded when the user says they sent the request on `day` (their local date):
    // now for today, else noon of that day. Invalid, with *error set, for a day in the future or
    // before the request was created.
    QDateTime sentMoment(const QDate &day, const QDateTime &now, QString *error = nullptr) const;
};

} // namespace tlens

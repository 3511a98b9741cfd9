#pragma once

#include "deletionrequest.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkReply;

namespace tlens {

class RequestLedger;

// Delivers queued HTTP deletion requests to the endpoint stored with them: POST of the documented
// JSON body with Idempotency-Key = request id, system proxy settings honoured, a transfer timeout,
// and retries with exponential backoff on network errors, 5xx, 408 and 429. A 2xx is delivered; any
// other 4xx (or a redirect) is failed with the server's message and is not retried, because only the
// user can fix it. Every attempt is claimed in the ledger first, so a request the ledger does not
// hold as queued is never sent; it must never send plain HTTP beyond this computer, follow a
// redirect, or ignore a TLS error.
class RequestSender final : public QObject {
    Q_OBJECT
public:
    struct Policy {
        int maxAttempts = 3; // per send(); a request left queued is tried again on the next retry
        int initialBackoffMs = 2000; // doubles after each failed attempt
        int timeoutMs = 30000; // without progress, an attempt is abandoned
    };

    explicit RequestSender(RequestLedger &ledger, QObject *parent = nullptr);

    void setPolicy(const Policy &policy) { m_policy = policy; }
    Policy policy() const { return m_policy; }

    // https:// anywhere; http:// only to a loopback host (127.0.0.0/8, ::1, localhost). No user
    // name or password in the address (the ledger and the screen would show it).
    static bool checkEndpoint(const QUrl &endpoint, QString *error);
    static bool isLoopbackHost(const QString &host);

    // Starts delivering one request; finished() reports the outcome. Ignored while it is in flight.
    void send(const QString &requestId);
    // Starts delivering every queued HTTP request in the ledger.
    void sendWaiting();
    bool isSending(const QString &requestId) const { return m_inFlight.contains(requestId); }

    // For the CLI: send() and wait for finished() in a local event loop.
    RequestStatus sendAndWait(const QString &requestId, QString *error = nullptr);

Q_SIGNALS:
    // An attempt did not arrive and another one follows.
    void attemptFailed(const QString &requestId, int attempt, const QString &error);
    // delivered; failed (refused, message kept); queued (not reachable now, retry later); or the
    // unchanged status of a request that was not waiting to be sent.
    void finished(const QString &requestId, tlens::RequestStatus status, const QString &error);

private:
    void attempt(const QString &requestId, int number);
    void handleReply(QNetworkReply *reply, const QString &requestId, int number);
    void finish(const QString &requestId, RequestStatus status, const QString &error);

    RequestLedger &m_ledger;
    QNetworkAccessManager m_manager;
    Policy m_policy;
    QSet<QString> m_inFlight;
};

} // namespace tlens

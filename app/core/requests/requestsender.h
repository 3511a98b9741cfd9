#pragma once

#include "deletionrequest.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;

namespace tlens {

class RequestLedger;

// Delivers queued HTTP deletion requests to the endpoint stored with them: POST of the documented
// JSON body with Idempotency-Key = request id, system proxy settings honoured, a transfer timeout,
// and retries on network errors, 5xx, 408 and 429: after an exponential back-off with random jitter
// (so that many clients do not come back at the same moment), or after the Retry-After a 429 or 503
// names (seconds or an HTTP date; a wait longer than the policy allows leaves the request queued).
// A 2xx is delivered; any other 4xx, a redirect or a TLS failure (a certificate the system does not
// trust is not a network outage) is failed with its message and is not retried, because only the
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
        int maxBackoffMs = 60000; // the back-off stops doubling here
        int jitterPercent = 25; // each back-off is longer by a random 0 to this many percent
        int maxRetryAfterMs = 120000; // a server asking to wait longer gets the request on a later retry
    };
    // When the sender is and how it waits; tests replace them to run without real delays.
    struct Timing {
        std::function<QDateTime()> now; // UTC, for Retry-After dates
        std::function<double()> random; // uniform in [0, 1), for the jitter
        std::function<void(int delayMs, std::function<void()> then)>
            wait; // calls `then` later, on this thread
    };

    explicit RequestSender(RequestLedger &ledger, QObject *parent = nullptr);

    void setPolicy(const Policy &policy) { m_policy = policy; }
    Policy policy() const { return m_policy; }
    void setTiming(const Timing &timing) { m_timing = timing; }

    // The wait after `failedAttempts` failures: initialBackoffMs doubled per failure up to
    // maxBackoffMs, plus jitter; `random` in [0, 1).
    static int backoffMs(const Policy &policy, int failedAttempts, double random);
    // A Retry-After value (RFC 9110 10.2.3: delay-seconds or an HTTP date) as a wait from `now`;
    // nothing when it is neither. A date in the past is no wait.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);

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
    Timing m_timing;
    QSet<QString> m_inFlight;
};

} // namespace tlens

#include "requestsender.h"

#include "requestledger.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace tlens {

namespace {

constexpr int kMaxServerMessage = 300;
constexpr qint64 kMaxReplyRead = 64 * 1024;

// The system's proxy settings for everything but this computer: a loopback endpoint sent through a
// proxy would reach the proxy's own host instead.
class SystemProxyFactory final : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (RequestSender::isLoopbackHost(query.peerHostName()))
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        return systemProxyForQuery(query);
    }
};

QString plainLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out.append(c.isPrint() ? c : QChar(u' '));
    out = out.simplified();
    if (out.size() > kMaxServerMessage)
        out = out.left(kMaxServerMessage - 1) + QChar(0x2026);
    return out;
}

// The reason a server gives: a JSON "error" / "message" / "detail" field, else the body as text.
QString serverText(const QByteArray &data)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const QString &key :
             { QStringLiteral("error"), QStringLiteral("message"), QStringLiteral("detail") }) {
            const QJsonValue v = o.value(key);
            if (v.isString() && !v.toString().trimmed().isEmpty())
                return plainLine(v.toString());
            if (v.isObject() && v.toObject().value(QStringLiteral("message")).isString())
                return plainLine(v.toObject().value(QStringLiteral("message")).toString());
        }
    }
    return plainLine(QString::fromUtf8(data));
}

// An HTTP date in any of the three forms RFC 9110 5.6.7 makes recipients accept, always GMT. The
// day name is skipped: Qt would check it against a two-digit year read as 19xx.
QDateTime httpDate(const QString &text)
{
    const QString simple = text.simplified();
    const qsizetype space = simple.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {};
    const QString date = simple.mid(space + 1);
    const QLocale c = QLocale::c();
    for (const QString &format : { QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate
                                   QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"), // RFC 850
                                   QStringLiteral("MMM d HH:mm:ss yyyy") }) { // asctime
        QDateTime t = c.toDateTime(date, format);
        if (!t.isValid())
            continue;
        if (t.date().year() < 1970) // an RFC 850 two-digit year
            t = t.addYears(100);
        t.setTimeSpec(Qt::UTC);
        return t;
    }
    return {};
}

// TLS failed: the address or the system's certificates are wrong, which waiting does not fix.
bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

RequestSender::RequestSender(RequestLedger &ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
{
    m_manager.setProxyFactory(new SystemProxyFactory);
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_timing.now = [] { return QDateTime::currentDateTimeUtc(); };
    m_timing.random = [] { return QRandomGenerator::global()->generateDouble(); };
    m_timing.wait = [this](int delayMs, std::function<void()> then) {
        QTimer::singleShot(delayMs, this, std::move(then));
    };
}

int RequestSender::backoffMs(const Policy &policy, int failedAttempts, double random)
{
    qint64 base = std::max(0, policy.initialBackoffMs);
    for (int i = 1; i < failedAttempts && base < policy.maxBackoffMs; ++i)
        base *= 2;
    base = std::min<qint64>(base, std::max(0, policy.maxBackoffMs));
    const double jitter
        = double(base) * std::max(0, policy.jitterPercent) / 100.0 * std::clamp(random, 0.0, 1.0);
    return int(std::min<qint64>(base + qint64(jitter), std::numeric_limits<int>::max()));
}

std::optional<qint64> RequestSender::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // More than a year is as good as never; the digits may be too many for any integer.
        constexpr qint64 kYearMs = 366LL * 24 * 3600 * 1000;
        bool ok = false;
        const qint64 seconds = text.size() > 12 ? -1 : text.toLongLong(&ok);
        return ok && seconds >= 0 ? std::min(seconds * 1000, kYearMs) : kYearMs;
    }
    const QDateTime when = httpDate(QString::fromLatin1(text));
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

bool RequestSender::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool RequestSender::checkEndpoint(const QUrl &endpoint, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString shown = endpoint.toDisplayString(QUrl::RemoveUserInfo);
    if (!endpoint.isValid() || endpoint.isRelative() || endpoint.host().isEmpty())
        return fail(tr("\"%1\" is not an absolute https:// address.").arg(shown));
    if (!endpoint.userInfo().isEmpty())
        return fail(
            tr("The endpoint %1 contains a user name or password; the ledger and the screen would show it. "
               "Use an address without credentials.")
                .arg(shown));
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(endpoint.host()))
            return true;
        return fail(tr("The endpoint %1 uses plain http://, which anyone on the way can read and change. Use "
                       "https:// "
                       "(plain http:// is accepted only for this computer: localhost, 127.0.0.1, ::1).")
                        .arg(shown));
    }
    return fail(tr("The endpoint %1 is not an https:// address.").arg(shown));
}

void RequestSender::send(const QString &requestId)
{
    if (m_inFlight.contains(requestId))
        return;
    m_inFlight.insert(requestId);
    attempt(requestId, 1);
}

void RequestSender::sendWaiting()
{
    const QList<DeletionRequest> waiting = m_ledger.waiting();
    for (const DeletionRequest &r : waiting)
        send(r.id);
}

RequestStatus RequestSender::sendAndWait(const QString &requestId, QString *error)
{
    QEventLoop loop;
    bool done = false;
    RequestStatus result = RequestStatus::Queued;
    QString message;
    const QMetaObject::Connection connection
        = connect(this, &RequestSender::finished, &loop,
                  [&](const QString &id, RequestStatus status, const QString &text) {
                      if (id != requestId)
                          return;
                      done = true;
                      result = status;
                      message = text;
                      loop.quit();
                  });
    send(requestId);
    if (!done)
        loop.exec();
    disconnect(connection);
    if (error)
        *error = message;
    return result;
}

void RequestSender::attempt(const QString &requestId, int number)
{
    QString error;
    // Claiming first means the attempt is counted even if the process dies while it is on the wire,
    // and that nothing but a queued HTTP request is ever posted.
    if (!m_ledger.claimAttempt(requestId, &error)) {
        const std::optional<DeletionRequest> current = m_ledger.find(requestId);
        finish(requestId, current ? current->status : RequestStatus::Failed, error);
        return;
    }
    const std::optional<DeletionRequest> request = m_ledger.find(requestId);
    if (!request) {
        finish(requestId, RequestStatus::Failed, tr("Request %1 vanished from the ledger.").arg(requestId));
        return;
    }
    const QUrl endpoint(request->endpoint, QUrl::StrictMode);
    if (!checkEndpoint(endpoint, &error)) {
        m_ledger.markFailed(requestId, error);
        finish(requestId, RequestStatus::Failed, error);
        return;
    }

    QNetworkRequest http(endpoint);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("telemetry-lens/" TLENS_VERSION));
    http.setRawHeader(QByteArrayLiteral("Idempotency-Key"), request->id.toLatin1());
    http.setRawHeader(QByteArrayLiteral("Accept"),
                      QByteArrayLiteral("application/json, text/plain;q=0.9, */*;q=0.1"));
    http.setTransferTimeout(m_policy.timeoutMs);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QNetworkReply *reply = m_manager.post(http, request->httpBody());
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, requestId, number] { handleReply(reply, requestId, number); });
}

void RequestSender::handleReply(QNetworkReply *reply, const QString &requestId, int number)
{
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QString reason = plainLine(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());

    if (status >= 200 && status < 300) {
        QString error;
        if (!m_ledger.markDelivered(requestId, QDateTime::currentDateTimeUtc(), &error)) {
            finish(requestId, RequestStatus::Delivered,
                   tr("Delivered, but the ledger could not record it: %1").arg(error));
            return;
        }
        finish(requestId, RequestStatus::Delivered, {});
        return;
    }
    if (status >= 300 && status < 400) {
        const QString target
            = reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString(QUrl::RemoveUserInfo);
        const QString message
            = tr("The endpoint answered HTTP %1 and points to %2; configure that address instead.")
                  .arg(status)
                  .arg(target.isEmpty() ? tr("no address") : target);
        m_ledger.markFailed(requestId, message);
        finish(requestId, RequestStatus::Failed, message);
        return;
    }
    const QString text = status > 0 ? serverText(reply->read(kMaxReplyRead)) : QString();
    const QString head
        = status > 0 ? QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed() : QString();
    const QString message = status > 0 ? (text.isEmpty() ? head : head + QLatin1String(": ") + text)
                                       : plainLine(reply->errorString());

    if (status == 0 && isTlsError(reply->error())) {
        const QString tls = tr("The secure connection to %1 failed (%2). Check the address and the "
                               "system's certificates; the request was not retried.")
                                .arg(reply->url().host(), message);
        m_ledger.markFailed(requestId, tls);
        finish(requestId, RequestStatus::Failed, tls);
        return;
    }
    const bool retryable = status == 0 || status >= 500 || status == 408 || status == 429;
    if (!retryable) {
        m_ledger.markFailed(requestId, message);
        finish(requestId, RequestStatus::Failed, message);
        return;
    }
    m_ledger.recordError(requestId, message);
    if (number >= m_policy.maxAttempts) {
        finish(requestId, RequestStatus::Queued, message);
        return;
    }
    std::optional<qint64> serverWait;
    if (status == 429 || status == 503)
        serverWait = retryAfterMs(reply->rawHeader(QByteArrayLiteral("Retry-After")), m_timing.now());
    if (serverWait && *serverWait > m_policy.maxRetryAfterMs) {
        const int seconds
            = int(std::min<qint64>((*serverWait + 999) / 1000, std::numeric_limits<int>::max()));
        finish(requestId, RequestStatus::Queued,
               message + QLatin1Char(' ')
                   + tr("The server asks to wait %n second(s) before trying again; the request stays queued.",
                        nullptr, seconds));
        return;
    }
    Q_EMIT attemptFailed(requestId, number, message);
    const int delay = serverWait ? int(*serverWait) : backoffMs(m_policy, number, m_timing.random());
    m_timing.wait(delay, [this, requestId, number] { attempt(requestId, number + 1); });
}

void RequestSender::finish(const QString &requestId, RequestStatus status, const QString &error)
{
    m_inFlight.remove(requestId);
    Q_EMIT finished(requestId, status, error);
}

} // namespace tlens

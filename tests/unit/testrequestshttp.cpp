#include "loopbackserver.h"
#include "requests/requestledger.h"
#include "requests/requestsender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tlens;

namespace {

using test::LoopbackServer;

const QString kPath = QStringLiteral("/privacy/requests");

} // namespace

class TestRequestsHttp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exactRequest();
    void retriesAfter503WithTheSameKey();
    void unreachableStaysQueuedThenRetrySends();
    void serverErrorsUntilTheLastAttempt();
    void timeoutIsANetworkError();
    void clientErrorKeepsTheMessage_data();
    void clientErrorKeepsTheMessage();
    void redirectIsNotFollowed();
    void deliveredIsNeverResent();
    void checkEndpoint_data();
    void checkEndpoint();
    void plainHttpEndpointRefusedBeforeSending();
    void ledgerReopenedKeepsTheOutcome();
    void backoff_data();
    void backoff();
    void retryAfter_data();
    void retryAfter();
    void backoffGrowsAndRetryAfterIsHonoured();
    void longRetryAfterLeavesTheRequestQueued();
    void tlsFailureIsNotRetried();

private:
    QString addRequest(const QString &endpoint, const QString &contact = {});
    // Waits are recorded and cut to nothing; the clock stands still at m_now; the jitter is half its range.
    void useRecordedTiming();

    QList<int> m_waits;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 21), QTime(8, 30, 0), Qt::UTC);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RequestLedger> m_ledger;
    std::unique_ptr<RequestSender> m_sender;
    std::unique_ptr<LoopbackServer> m_server;
};

void TestRequestsHttp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRequestsHttp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = std::make_unique<RequestLedger>(m_dir->filePath(QStringLiteral("requests.sqlite")));
    QString error;
    QVERIFY2(m_ledger->open(&error), qPrintable(error));
    m_sender = std::make_unique<RequestSender>(*m_ledger);
    m_sender->setPolicy({ 3, 10, 5000 });
    m_server = std::make_unique<LoopbackServer>();
}

void TestRequestsHttp::cleanup()
{
    m_sender.reset();
    m_server.reset();
    m_ledger.reset();
    m_dir.reset();
}

QString TestRequestsHttp::addRequest(const QString &endpoint, const QString &contact)
{
    DeletionRequest r;
    r.toolId = QStringLiteral("ray");
    r.channel = Channel::Http;
    r.endpoint = endpoint;
    r.recipient = QStringLiteral("usage_stats@ray.io");
    r.identifiers
        = { Identifier { QStringLiteral("session_id"), QStringLiteral("5c0f1e2d3c4b5a69"), {}, {} },
            Identifier { QStringLiteral("session_id"), QStringLiteral("9a8b7c6d5e4f3021"), {}, {} } };
    r.contact = contact;
    r.subject = QStringLiteral("Request to delete Ray telemetry data");
    r.body = QStringLiteral("Hello,\n\nplease erase the data linked to these session ids: \u00e9\u00e8.\n");
    r.status = RequestStatus::Queued;
    QString error;
    if (!m_ledger->add(r, &error))
        qWarning("cannot add: %s", qPrintable(error));
    return r.id;
}

void TestRequestsHttp::exactRequest()
{
    QVERIFY(m_server->listen());
    const QString id = addRequest(m_server->url(kPath), QStringLiteral("me@example.org"));
    const DeletionRequest stored = *m_ledger->find(id);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QString error;
    QCOMPARE(m_sender->sendAndWait(id, &error), RequestStatus::Delivered);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(m_server->received().size(), 1);
    const LoopbackServer::Request &req = m_server->received().first();
    QCOMPARE(req.method, QByteArrayLiteral("POST"));
    QCOMPARE(req.path, QByteArrayLiteral("/privacy/requests"));
    QCOMPARE(req.headers.value("content-type"), QByteArrayLiteral("application/json"));
    QCOMPARE(req.headers.value("idempotency-key"), id.toLatin1());
    QCOMPARE(req.headers.value("user-agent"), QByteArrayLiteral("telemetry-lens/" TLENS_VERSION));
    QCOMPARE(req.body, stored.httpBody());

    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(body.keys(),
             (QStringList { QStringLiteral("contact"), QStringLiteral("identifiers"),
                            QStringLiteral("message"), QStringLiteral("request_id"),
                            QStringLiteral("requested_at"), QStringLiteral("tool") }));
    QCOMPARE(body.value(QStringLiteral("request_id")).toString(), id);
    QCOMPARE(body.value(QStringLiteral("tool")).toString(), QStringLiteral("ray"));
    QCOMPARE(body.value(QStringLiteral("contact")).toString(), QStringLiteral("me@example.org"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(), stored.body);
    QCOMPARE(body.value(QStringLiteral("identifiers")).toArray().size(), 2);
    QCOMPARE(body.value(QStringLiteral("identifiers"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("9a8b7c6d5e4f3021"));
    const QDateTime requestedAt
        = QDateTime::fromString(body.value(QStringLiteral("requested_at")).toString(), Qt::ISODate);
    QCOMPARE(requestedAt, stored.createdAt);
    QCOMPARE(requestedAt.timeSpec(), Qt::UTC);

    const DeletionRequest after = *m_ledger->find(id);
    QCOMPARE(after.status, RequestStatus::Delivered);
    QCOMPARE(after.attempts, 1);
    QVERIFY(after.sentAt >= before);
    QCOMPARE(after.deadline, after.sentAt.addMonths(1));
}

void TestRequestsHttp::retriesAfter503WithTheSameKey()
{
    m_server->setScript({ LoopbackServer::answer(503, QByteArrayLiteral("{\"error\":\"maintenance\"}")),
                          LoopbackServer::answer(200) });
    QVERIFY(m_server->listen());
    const QString id = addRequest(m_server->url(kPath));
    QSignalSpy attemptFailed(m_sender.get(), &RequestSender::attemptFailed);
    QCOMPARE(m_sender->sendAndWait(id), RequestStatus::Delivered);

    QCOMPARE(m_server->received().size(), 2);
    QCOMPARE(m_server->delivered(), 1);
    QCOMPARE(m_server->received().at(0).headers.value("idempotency-key"), id.toLatin1());
    QCOMPARE(m_server->received().at(1).headers.value("idempotency-key"), id.toLatin1());
    QCOMPARE(m_server->received().at(0).body, m_server->received().at(1).body);
    QCOMPARE(attemptFailed.count(), 1);
    QVERIFY2(attemptFailed.at(0).at(2).toString().contains(QStringLiteral("503")),
             qPrintable(attemptFailed.at(0).at(2).toString()));
    const DeletionRequest after = *m_ledger->find(id);
    QCOMPARE(after.status, RequestStatus::Delivered);
    QCOMPARE(after.attempts, 2);
    QCOMPARE(after.lastError, QString());
}

void TestRequestsHttp::unreachableStaysQueuedThenRetrySends()
{
    QVERIFY(m_server->listen());
    m_server->close();
    const QString id = addRequest(m_server->url(kPath));
    QSignalSpy finished(m_sender.get(), &RequestSender::finished);
    m_sender->send(id);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toString(), id);
    QCOMPARE(finished.at(0).at(1).value<RequestStatus>(), RequestStatus::Queued);
    DeletionRequest after = *m_ledger->find(id);
    QCOMPARE(after.status, RequestStatus::Queued);
    QCOMPARE(after.attempts, 3);
    QVERIFY2(!after.lastError.isEmpty(), "the network error is recorded");
    QVERIFY(!after.sentAt.isValid());
    QCOMPARE(m_ledger->waiting().size(), 1);

    QVERIFY(m_server->reopen());
    m_sender->sendWaiting();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(1).at(1).value<RequestStatus>(), RequestStatus::Delivered);
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(m_server->received().first().headers.value("idempotency-key"), id.toLatin1());
    after = *m_ledger->find(id);
    QCOMPARE(after.status, RequestStatus::Delivered);
    QCOMPARE(after.attempts, 4);
    QVERIFY(m_ledger->waiting().isEmpty());
}

void TestRequestsHttp::serverErrorsUntilTheLastAttempt()
{
    m_server->setScript({ LoopbackServer::answer(500), LoopbackServer::answer(502),
                          LoopbackServer::answer(500, QByteArrayLiteral("{\"message\":\"database down\"}")),
                          LoopbackServer::answer(200) });
    QVERIFY(m_server->listen());
    const QString id = addRequest(m_server->url(kPath));
    QString error;
    QCOMPARE(m_sender->sendAndWait(id, &error), RequestStatus::Queued);
    QCOMPARE(m_server->received().size(), 3);
    QVERIFY2(error.contains(QStringLiteral("500")) && error.contains(QStringLiteral("database down")),
             qPrintable(error));
    QCOMPARE(m_ledger->find(id)->lastError, error);
    QCOMPARE(m_ledger->find(id)->status, RequestStatus::Queued);

    QCOMPARE(m_sender->sendAndWait(id), RequestStatus::Delivered);
    QCOMPARE(m_server->received().size(), 4);
    QCOMPARE(m_server->delivered(), 1);
    for (const LoopbackServer::Request &r : std::as_const(m_server->received()))
        QCOMPARE(r.headers.value("idempotency-key"), id.toLatin1());
}

void TestRequestsHttp::timeoutIsANetworkError()
{
    LoopbackServer::Response silent;
    silent.hang = true;
    m_server->setScript({ silent });
    QVERIFY(m_server->listen());
    m_sender->setPolicy({ 1, 10, 300 });
    const QString id = addRequest(m_server->url(kPath));
    QString error;
    QCOMPARE(m_sender->sendAndWait(id, &error), RequestStatus::Queued);
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(m_ledger->find(id)->status, RequestStatus::Queued);
}

void TestRequestsHttp::clientErrorKeepsTheMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("400, JSON error") << 400 << QByteArrayLiteral("{\"error\":\"unknown tool\"}")
                                     << QStringLiteral("HTTP 400 Scripted: unknown tool");
    QTest::newRow("422, JSON message")
        << 422 << QByteArrayLiteral("{\"message\":\"session_id is malformed\",\"code\":7}")
        << QStringLiteral("HTTP 422 Scripted: session_id is malformed");
    QTest::newRow("403, nested error")
        << 403 << QByteArrayLiteral("{\"error\":{\"message\":\"token expired\"}}")
        << QStringLiteral("HTTP 403 Scripted: token expired");
    QTest::newRow("404, plain text") << 404 << QByteArrayLiteral("no such\ninbox\n")
                                     << QStringLiteral("HTTP 404 Scripted: no such inbox");
    QTest::newRow("410, empty") << 410 << QByteArray() << QStringLiteral("HTTP 410 Scripted");
}

void TestRequestsHttp::clientErrorKeepsTheMessage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    m_server->setScript({ LoopbackServer::answer(status, body) });
    QVERIFY(m_server->listen());
    const QString id = addRequest(m_server->url(kPath));
    QString error;
    QCOMPARE(m_sender->sendAndWait(id, &error), RequestStatus::Failed);
    QCOMPARE(error, expected);
    const DeletionRequest after = *m_ledger->find(id);
    QCOMPARE(after.status, RequestStatus::Failed);
    QCOMPARE(after.lastError, expected);
    QCOMPARE(after.attempts, 1);
    QCOMPARE(m_server->received().size(), 1);

    // A refused request needs the user: a retry does not send it again.
    m_sender->sendWaiting();
    QCOMPARE(m_sender->sendAndWait(id), RequestStatus::Failed);
    QCOMPARE(m_server->received().size(), 1);
}

void TestRequestsHttp::redirectIsNotFollowed()
{
    QVERIFY(m_server->listen());
    m_server->setScript({ LoopbackServer::answer(
        307, {},
        QByteArray("Location: " + m_server->url(QStringLiteral("/elsewhere")).toLatin1() + "\r\n")) });
    const QString id = addRequest(m_server->url(kPath));
    QString error;
    QCOMPARE(m_sender->sendAndWait(id, &error), RequestStatus::Failed);
    QVERIFY2(error.contains(QStringLiteral("/elsewhere")), qPrintable(error));
    QCOMPARE(m_server->received().size(), 1);
}

void TestRequestsHttp::deliveredIsNeverResent()
{
    QVERIFY(m_server->listen());
    const QString id = addRequest(m_server->url(kPath));
    QCOMPARE(m_sender->sendAndWait(id), RequestStatus::Delivered);
    QCOMPARE(m_server->received().size(), 1);

    QSignalSpy finished(m_sender.get(), &RequestSender::finished);
    m_sender->sendWaiting();
    QCOMPARE(finished.count(), 0);
    QString error;
    QCOMPARE(m_sender->sendAndWait(id, &error), RequestStatus::Delivered);
    QVERIFY2(!error.isEmpty(), "the caller is told why nothing was sent");
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(m_ledger->find(id)->attempts, 1);
}

void TestRequestsHttp::checkEndpoint_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://privacy.example.org/inbox") << true;
    QTest::newRow("https with port and query")
        << QStringLiteral("https://dpo.example.org:8443/api?queue=telemetry") << true;
    QTest::newRow("http to a remote host") << QStringLiteral("http://privacy.example.org/inbox") << false;
    QTest::newRow("http to a private address") << QStringLiteral("http://10.0.0.5/inbox") << false;
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/inbox") << true;
    QTest::newRow("http to 127.1.2.3") << QStringLiteral("http://127.1.2.3/inbox") << true;
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8080/inbox") << true;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost/inbox") << true;
    QTest::newRow("http to LOCALHOST") << QStringLiteral("http://LOCALHOST:81/") << true;
    QTest::newRow("http to a name starting with localhost")
        << QStringLiteral("http://localhost.example.org/") << false;
    QTest::newRow("http to a name starting with 127.0.0.1")
        << QStringLiteral("http://127.0.0.1.example.org/") << false;
    QTest::newRow("credentials") << QStringLiteral("https://user:secret@privacy.example.org/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://privacy.example.org/") << false;
    QTest::newRow("mailto") << QStringLiteral("mailto:dpo@example.org") << false;
    QTest::newRow("relative") << QStringLiteral("/inbox") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRequestsHttp::checkEndpoint()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QString error;
    QCOMPARE(RequestSender::checkEndpoint(QUrl(url, QUrl::StrictMode), &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));
}

void TestRequestsHttp::plainHttpEndpointRefusedBeforeSending()
{
    const QString id = addRequest(QStringLiteral("http://privacy.example.org/inbox"));
    QString error;
    QCOMPARE(m_sender->sendAndWait(id, &error), RequestStatus::Failed);
    QVERIFY2(error.contains(QStringLiteral("https://")), qPrintable(error));
    QCOMPARE(m_ledger->find(id)->status, RequestStatus::Failed);
}

void TestRequestsHttp::ledgerReopenedKeepsTheOutcome()
{
    m_server->setScript({ LoopbackServer::answer(503), LoopbackServer::answer(200) });
    QVERIFY(m_server->listen());
    const QString delivered = addRequest(m_server->url(kPath));
    QCOMPARE(m_sender->sendAndWait(delivered), RequestStatus::Delivered);
    LoopbackServer unreachable;
    QVERIFY(unreachable.listen());
    unreachable.close();
    const QString waiting = addRequest(unreachable.url());
    m_sender->setPolicy({ 1, 10, 5000 });
    QCOMPARE(m_sender->sendAndWait(waiting), RequestStatus::Queued);

    m_sender.reset();
    m_ledger.reset();
    RequestLedger reopened(m_dir->filePath(QStringLiteral("requests.sqlite")));
    QVERIFY(reopened.open());
    QCOMPARE(reopened.find(delivered)->status, RequestStatus::Delivered);
    QCOMPARE(reopened.find(delivered)->attempts, 2);
    QVERIFY(reopened.find(delivered)->deadline.isValid());
    QCOMPARE(reopened.find(waiting)->status, RequestStatus::Queued);
    QVERIFY(!reopened.find(waiting)->lastError.isEmpty());
    QCOMPARE(reopened.waiting().size(), 1);
    QCOMPARE(reopened.waiting().first().id, waiting);

    RequestSender sender(reopened);
    sender.setPolicy({ 1, 10, 5000 });
    QSignalSpy finished(&sender, &RequestSender::finished);
    sender.sendWaiting();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toString(), waiting);
    QCOMPARE(m_server->received().size(), 2);
}

void TestRequestsHttp::useRecordedTiming()
{
    m_waits.clear();
    RequestSender::Timing timing;
    timing.now = [this] { return m_now; };
    timing.random = [] { return 0.5; };
    timing.wait = [this](int delayMs, std::function<void()> then) {
        m_waits.append(delayMs);
        QTimer::singleShot(0, m_sender.get(), std::move(then));
    };
    m_sender->setTiming(timing);
}

void TestRequestsHttp::backoff_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("no jitter") << 0.0 << QList<int> { 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000 };
    QTest::newRow("half the jitter") << 0.5
                                     << QList<int> { 1125, 2250, 4500, 9000, 18000, 36000, 67500, 67500 };
    QTest::newRow("most jitter") << 0.999
                                 << QList<int> { 1249, 2499, 4999, 9998, 19996, 39992, 74985, 74985 };
}

void TestRequestsHttp::backoff()
{
    QFETCH(double, random);
    QFETCH(QList<int>, expected);
    RequestSender::Policy policy;
    policy.initialBackoffMs = 1000;
    policy.maxBackoffMs = 60000;
    policy.jitterPercent = 25;
    QList<int> waits;
    for (int failed = 1; failed <= expected.size(); ++failed)
        waits.append(RequestSender::backoffMs(policy, failed, random));
    QCOMPARE(waits, expected);
    QCOMPARE(RequestSender::backoffMs(policy, 1000, random), expected.last());
}

void TestRequestsHttp::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: not a Retry-After value
    QTest::newRow("seconds") << QByteArrayLiteral("120") << qint64(120000);
    QTest::newRow("zero") << QByteArrayLiteral("0") << qint64(0);
    QTest::newRow("blanks") << QByteArrayLiteral(" 7 ") << qint64(7000);
    QTest::newRow("IMF-fixdate") << QByteArrayLiteral("Sat, 21 Nov 2026 08:30:09 GMT") << qint64(9000);
    QTest::newRow("RFC 850") << QByteArrayLiteral("Saturday, 21-Nov-26 08:31:00 GMT") << qint64(60000);
    QTest::newRow("asctime") << QByteArrayLiteral("Sat Nov 21 08:30:30 2026") << qint64(30000);
    QTest::newRow("past date") << QByteArrayLiteral("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(0);
    QTest::newRow("absurdly many seconds")
        << QByteArrayLiteral("99999999999999999999999") << qint64(366LL * 24 * 3600 * 1000);
    QTest::newRow("negative") << QByteArrayLiteral("-5") << qint64(-1);
    QTest::newRow("words") << QByteArrayLiteral("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("date without zone") << QByteArrayLiteral("Sat, 21 Nov 2026 08:30:09") << qint64(-1);
}

void TestRequestsHttp::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const std::optional<qint64> wait = RequestSender::retryAfterMs(value, m_now);
    QCOMPARE(wait.value_or(-1), expected);
}

// Against a server: the back-off grows after each failure, and a 503 or 429 waits exactly what its
// Retry-After says, as seconds or as a date.
void TestRequestsHttp::backoffGrowsAndRetryAfterIsHonoured()
{
    m_server->setScript(
        { LoopbackServer::answer(500), LoopbackServer::answer(502), LoopbackServer::answer(500),
          LoopbackServer::answer(503, {}, QByteArrayLiteral("Retry-After: 7\r\n")),
          LoopbackServer::answer(429, {},
                                 QByteArrayLiteral("Retry-After: Sat, 21 Nov 2026 08:30:09 GMT\r\n")),
          LoopbackServer::answer(200) });
    QVERIFY(m_server->listen());
    m_sender->setPolicy({ 6, 100, 5000, 60000, 25, 120000 });
    useRecordedTiming();
    const QString id = addRequest(m_server->url(kPath));
    QString error;
    QCOMPARE(m_sender->sendAndWait(id, &error), RequestStatus::Delivered);
    QCOMPARE(m_server->received().size(), 6);
    QCOMPARE(m_waits, (QList<int> { 112, 225, 450, 7000, 9000 }));
    QCOMPARE(m_ledger->find(id)->attempts, 6);
}

void TestRequestsHttp::longRetryAfterLeavesTheRequestQueued()
{
    m_server->setScript({ LoopbackServer::answer(503, {}, QByteArrayLiteral("Retry-After: 3600\r\n")) });
    QVERIFY(m_server->listen());
    useRecordedTiming();
    const QString id = addRequest(m_server->url(kPath));
    QString error;
    QCOMPARE(m_sender->sendAndWait(id, &error), RequestStatus::Queued);
    QCOMPARE(m_server->received().size(), 1);
    QVERIFY2(m_waits.isEmpty(), "it does not wait an hour");
    QVERIFY2(error.contains(QStringLiteral("503")) && error.contains(QStringLiteral("3600")),
             qPrintable(error));
    QCOMPARE(m_ledger->find(id)->status, RequestStatus::Queued);
}

// A server that does not speak TLS on an https:// address: a configuration problem, not an outage.
void TestRequestsHttp::tlsFailureIsNotRetried()
{
    m_server->setGreeting(QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"));
    QVERIFY(m_server->listen());
    useRecordedTiming();
    QString endpoint = m_server->url(kPath);
    endpoint.replace(QLatin1String("http://"), QLatin1String("https://"));
    const QString id = addRequest(endpoint);
    QSignalSpy attemptFailed(m_sender.get(), &RequestSender::attemptFailed);
    QString error;
    QCOMPARE(m_sender->sendAndWait(id, &error), RequestStatus::Failed);
    QVERIFY2(attemptFailed.isEmpty() && m_waits.isEmpty(), "a TLS failure is not retried");
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1")), qPrintable(error));
    const DeletionRequest after = *m_ledger->find(id);
    QCOMPARE(after.status, RequestStatus::Failed);
    QCOMPARE(after.attempts, 1);
}

QTEST_GUILESS_MAIN(TestRequestsHttp)
#include "testrequestshttp.moc"

#include "requests/requestledger.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tlens;

namespace {

DeletionRequest sample(Channel channel = Channel::Http, RequestStatus status = RequestStatus::Queued)
{
    DeletionRequest r;
    r.toolId = QStringLiteral("ray");
    r.channel = channel;
    r.endpoint
        = channel == Channel::Http ? QStringLiteral("https://privacy.example.org/requests") : QString();
    r.recipient = QStringLiteral("usage_stats@ray.io");
    r.identifiers
        = { Identifier {
                QStringLiteral("session_id"), QStringLiteral("5c0f1e2d"), QStringLiteral("/tmp/ray/x"), {} },
            Identifier { QStringLiteral("session_id"), QStringLiteral("9a8b7c6d"), {}, {} } };
    r.contact = QStringLiteral("me@example.org");
    r.subject = QStringLiteral("Request to delete Ray telemetry data");
    r.body = QStringLiteral("Hello,\n\nPlease delete \u00e9verything.\n");
    r.status = status;
    return r;
}

// Reads a PRAGMA through a connection of its own, as another program would see the file.
QVariant pragma(const QString &path, const QString &name)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

} // namespace

class TestRequestsLedger final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void storesEverythingAndReopens();
    void schemaIsVersioned();
    void newerSchemaIsRefused();
    void unusablePath();
    void defaultPath();
    void transitions_data();
    void transitions();
    void deadlineIsOneCalendarMonth_data();
    void deadlineIsOneCalendarMonth();
    void overdue_data();
    void overdue();
    void claimOnlyQueuedHttp();
    void waitingIsQueuedHttpOldestFirst();
    void resolveId_data();
    void resolveId();
    void twoInstancesShareTheFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("data/requests.sqlite")); }
};

void TestRequestsLedger::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRequestsLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRequestsLedger::storesEverythingAndReopens()
{
    DeletionRequest stored = sample();
    {
        RequestLedger ledger(path());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        QSignalSpy changed(&ledger, &RequestLedger::changed);
        QVERIFY2(ledger.add(stored, &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), stored.id);
        QCOMPARE(stored.id.size(), 36);
        QVERIFY(stored.createdAt.isValid());
        QVERIFY2(ledger.claimAttempt(stored.id, &error), qPrintable(error));
        QVERIFY2(ledger.recordError(stored.id, QStringLiteral("Connection refused"), &error),
                 qPrintable(error));
        QVERIFY2(ledger.claimAttempt(stored.id, &error), qPrintable(error));
        QVERIFY2(
            ledger.markDelivered(stored.id, QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC), &error),
            qPrintable(error));
        QVERIFY2(ledger.markAnswered(stored.id, QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC),
                                     QStringLiteral("deleted"), &error),
                 qPrintable(error));
        QCOMPARE(changed.count(), 6);
    }
    QCOMPARE(QFile::permissions(path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    RequestLedger reopened(path());
    QString error;
    QVERIFY2(reopened.open(&error), qPrintable(error));
    const std::optional<DeletionRequest> r = reopened.find(stored.id);
    QVERIFY(r);
    QCOMPARE(r->toolId, stored.toolId);
    QCOMPARE(r->channel, Channel::Http);
    QCOMPARE(r->endpoint, stored.endpoint);
    QCOMPARE(r->recipient, stored.recipient);
    QCOMPARE(r->identifiers.size(), 2);
    QCOMPARE(r->identifiers.at(1).value, QStringLiteral("9a8b7c6d"));
    QVERIFY2(r->identifiers.at(0).source.isEmpty(), "where an identifier was found is never stored");
    QCOMPARE(r->contact, stored.contact);
    QCOMPARE(r->subject, stored.subject);
    QCOMPARE(r->body, stored.body);
    QCOMPARE(r->status, RequestStatus::Answered);
    QCOMPARE(r->attempts, 2);
    QCOMPARE(r->lastError, QString());
    QCOMPARE(r->createdAt, stored.createdAt);
    QCOMPARE(r->sentAt, QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC));
    QCOMPARE(r->deadline, QDateTime(QDate(2026, 2, 28), QTime(12, 0), Qt::UTC));
    QCOMPARE(r->answeredAt, QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC));
    QCOMPARE(r->note, QStringLiteral("deleted"));
    QCOMPARE(r->httpBody(), stored.httpBody());
    QCOMPARE(reopened.all().size(), 1);
}

void TestRequestsLedger::schemaIsVersioned()
{
    {
        RequestLedger ledger(path());
        QVERIFY(ledger.open());
    }
    QCOMPARE(pragma(path(), QStringLiteral("user_version")).toInt(), RequestLedger::kSchemaVersion);
    QCOMPARE(pragma(path(), QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
}

void TestRequestsLedger::newerSchemaIsRefused()
{
    {
        RequestLedger ledger(path());
        QVERIFY(ledger.open());
    }
    pragma(path(), QStringLiteral("user_version = 99"));
    RequestLedger ledger(path());
    QString error;
    QVERIFY(!ledger.open(&error));
    QVERIFY2(error.contains(path()) && error.contains(QStringLiteral("99")), qPrintable(error));
    DeletionRequest r = sample();
    QVERIFY(!ledger.add(r, &error));
}

void TestRequestsLedger::unusablePath()
{
    QFile blocker(m_dir->filePath(QStringLiteral("data")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RequestLedger ledger(path());
    QString error;
    QVERIFY(!ledger.open(&error));
    QVERIFY2(error.contains(m_dir->filePath(QStringLiteral("data"))), qPrintable(error));
}

void TestRequestsLedger::defaultPath()
{
    const QByteArray saved = qgetenv("TLENS_DATA_DIR");
    qputenv("TLENS_DATA_DIR", m_dir->path().toUtf8());
    QCOMPARE(RequestLedger::defaultPath(), m_dir->filePath(QStringLiteral("requests.sqlite")));
    qunsetenv("TLENS_DATA_DIR");
    const QString fallback = RequestLedger::defaultPath();
    if (!saved.isEmpty())
        qputenv("TLENS_DATA_DIR", saved);
    QCOMPARE(fallback,
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                 + QStringLiteral("/requests.sqlite"));
}

void TestRequestsLedger::transitions_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("to");

    const auto row = [](const char *name, Channel channel, RequestStatus from, const char *op, bool allowed,
                        RequestStatus to) {
        QTest::newRow(name) << int(channel) << int(from) << QString::fromLatin1(op) << allowed << int(to);
    };
    row("draft is sent", Channel::Print, RequestStatus::Draft, "sent", true, RequestStatus::Sent);
    row("sent is not sent again", Channel::Mailto, RequestStatus::Sent, "sent", false, RequestStatus::Sent);
    row("queued is delivered", Channel::Http, RequestStatus::Queued, "delivered", true,
        RequestStatus::Delivered);
    row("delivered is not delivered again", Channel::Http, RequestStatus::Delivered, "delivered", false,
        RequestStatus::Delivered);
    row("queued fails", Channel::Http, RequestStatus::Queued, "failed", true, RequestStatus::Failed);
    row("delivered cannot fail", Channel::Http, RequestStatus::Delivered, "failed", false,
        RequestStatus::Delivered);
    row("error keeps queued", Channel::Http, RequestStatus::Queued, "error", true, RequestStatus::Queued);
    row("failed does not take errors", Channel::Http, RequestStatus::Failed, "error", false,
        RequestStatus::Failed);
    row("sent is answered", Channel::Eml, RequestStatus::Sent, "answered", true, RequestStatus::Answered);
    row("delivered is answered", Channel::Http, RequestStatus::Delivered, "answered", true,
        RequestStatus::Answered);
    row("draft cannot be answered", Channel::Print, RequestStatus::Draft, "answered", false,
        RequestStatus::Draft);
    row("queued cannot be answered", Channel::Http, RequestStatus::Queued, "answered", false,
        RequestStatus::Queued);
    row("answered is closed", Channel::Eml, RequestStatus::Answered, "closed", true, RequestStatus::Closed);
    row("failed is closed", Channel::Http, RequestStatus::Failed, "closed", true, RequestStatus::Closed);
    row("closed stays closed", Channel::Eml, RequestStatus::Closed, "closed", false, RequestStatus::Closed);
    row("closed is not sent", Channel::Print, RequestStatus::Closed, "sent", false, RequestStatus::Closed);
}

void TestRequestsLedger::transitions()
{
    QFETCH(int, channel);
    QFETCH(int, from);
    QFETCH(QString, operation);
    QFETCH(bool, allowed);
    QFETCH(int, to);

    RequestLedger ledger(path());
    QVERIFY(ledger.open());
    DeletionRequest r = sample(Channel(channel), RequestStatus(from));
    QString error;
    QVERIFY2(ledger.add(r, &error), qPrintable(error));
    QSignalSpy changed(&ledger, &RequestLedger::changed);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    bool done = false;
    if (operation == QLatin1String("sent"))
        done = ledger.markSent(r.id, at, &error);
    else if (operation == QLatin1String("delivered"))
        done = ledger.markDelivered(r.id, at, &error);
    else if (operation == QLatin1String("failed"))
        done = ledger.markFailed(r.id, QStringLiteral("HTTP 400"), &error);
    else if (operation == QLatin1String("error"))
        done = ledger.recordError(r.id, QStringLiteral("timeout"), &error);
    else if (operation == QLatin1String("answered"))
        done = ledger.markAnswered(r.id, at, {}, &error);
    else if (operation == QLatin1String("closed"))
        done = ledger.markClosed(r.id, at, {}, &error);
    QCOMPARE(done, allowed);
    QCOMPARE(changed.count(), allowed ? 1 : 0);
    if (!allowed)
        QVERIFY2(error.contains(r.shortId()), qPrintable(error));
    QCOMPARE(int(ledger.find(r.id)->status), to);
}

void TestRequestsLedger::deadlineIsOneCalendarMonth_data()
{
    QTest::addColumn<QDateTime>("sent");
    QTest::addColumn<QDateTime>("deadline");
    QTest::newRow("mid-month") << QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC)
                               << QDateTime(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC);
    QTest::newRow("31 January") << QDateTime(QDate(2026, 1, 31), QTime(8, 0), Qt::UTC)
                                << QDateTime(QDate(2026, 2, 28), QTime(8, 0), Qt::UTC);
    QTest::newRow("31 January, leap year") << QDateTime(QDate(2028, 1, 31), QTime(8, 0), Qt::UTC)
                                           << QDateTime(QDate(2028, 2, 29), QTime(8, 0), Qt::UTC);
    QTest::newRow("December") << QDateTime(QDate(2026, 12, 20), QTime(23, 0), Qt::UTC)
                              << QDateTime(QDate(2027, 1, 20), QTime(23, 0), Qt::UTC);
}

void TestRequestsLedger::deadlineIsOneCalendarMonth()
{
    QFETCH(QDateTime, sent);
    QFETCH(QDateTime, deadline);
    RequestLedger ledger(path());
    QVERIFY(ledger.open());
    DeletionRequest draft = sample(Channel::Print, RequestStatus::Draft);
    DeletionRequest handedOn = sample(Channel::Mailto, RequestStatus::Sent);
    handedOn.sentAt = sent;
    QVERIFY(ledger.add(draft));
    QVERIFY(ledger.add(handedOn));
    QVERIFY(!ledger.find(draft.id)->deadline.isValid());
    QVERIFY(ledger.markSent(draft.id, sent));
    QCOMPARE(ledger.find(draft.id)->deadline, deadline);
    QCOMPARE(ledger.find(handedOn.id)->deadline, deadline);
}

void TestRequestsLedger::overdue_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("sent 40 days ago") << int(RequestStatus::Sent) << 40 << true;
    QTest::newRow("delivered 40 days ago") << int(RequestStatus::Delivered) << 40 << true;
    QTest::newRow("sent 10 days ago") << int(RequestStatus::Sent) << 10 << false;
    QTest::newRow("answered after 40 days") << int(RequestStatus::Answered) << 40 << false;
    QTest::newRow("closed after 40 days") << int(RequestStatus::Closed) << 40 << false;
    QTest::newRow("draft from 40 days ago") << int(RequestStatus::Draft) << 40 << false;
}

void TestRequestsLedger::overdue()
{
    QFETCH(int, status);
    QFETCH(int, daysAgo);
    QFETCH(bool, overdue);
    RequestLedger ledger(path());
    QVERIFY(ledger.open());
    DeletionRequest r = sample(Channel::Eml, RequestStatus(status));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.createdAt = now.addDays(-daysAgo);
    if (RequestStatus(status) != RequestStatus::Draft)
        r.sentAt = now.addDays(-daysAgo);
    QVERIFY(ledger.add(r));
    QCOMPARE(ledger.find(r.id)->isOverdue(now), overdue);
}

void TestRequestsLedger::claimOnlyQueuedHttp()
{
    RequestLedger ledger(path());
    QVERIFY(ledger.open());
    DeletionRequest http = sample();
    DeletionRequest mail = sample(Channel::Mailto, RequestStatus::Queued);
    DeletionRequest failed = sample(Channel::Http, RequestStatus::Failed);
    QVERIFY(ledger.add(http) && ledger.add(mail) && ledger.add(failed));
    QString error;
    QVERIFY2(ledger.claimAttempt(http.id, &error), qPrintable(error));
    QCOMPARE(ledger.find(http.id)->attempts, 1);
    QVERIFY(!ledger.claimAttempt(mail.id, &error));
    QVERIFY(!ledger.claimAttempt(failed.id, &error));
    QVERIFY(ledger.markDelivered(http.id, QDateTime::currentDateTimeUtc()));
    QVERIFY2(!ledger.claimAttempt(http.id, &error),
             "a delivered request is never claimed for another attempt");
    QCOMPARE(ledger.find(http.id)->attempts, 1);
    QVERIFY(!ledger.claimAttempt(QStringLiteral("00000000-0000-0000-0000-000000000000"), &error));
}

void TestRequestsLedger::waitingIsQueuedHttpOldestFirst()
{
    RequestLedger ledger(path());
    QVERIFY(ledger.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DeletionRequest newer = sample();
    newer.createdAt = now;
    DeletionRequest older = sample();
    older.createdAt = now.addDays(-1);
    DeletionRequest delivered = sample(Channel::Http, RequestStatus::Delivered);
    DeletionRequest draft = sample(Channel::Print, RequestStatus::Draft);
    QVERIFY(ledger.add(newer) && ledger.add(older) && ledger.add(delivered) && ledger.add(draft));
    const QList<DeletionRequest> waiting = ledger.waiting();
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.at(0).id, older.id);
    QCOMPARE(waiting.at(1).id, newer.id);
    QCOMPARE(ledger.all().size(), 4);
    QCOMPARE(ledger.all().last().id, older.id);
}

void TestRequestsLedger::resolveId_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unique prefix") << QStringLiteral("aaaa1111")
                                   << QStringLiteral("aaaa1111-0000-4000-8000-000000000001");
    QTest::newRow("upper case") << QStringLiteral("AAAA1111")
                                << QStringLiteral("aaaa1111-0000-4000-8000-000000000001");
    QTest::newRow("full id") << QStringLiteral("aaaa2222-0000-4000-8000-000000000002")
                             << QStringLiteral("aaaa2222-0000-4000-8000-000000000002");
    QTest::newRow("ambiguous") << QStringLiteral("aaaa") << QString();
    QTest::newRow("unknown") << QStringLiteral("bbbb") << QString();
    QTest::newRow("too short") << QStringLiteral("aaa") << QString();
    QTest::newRow("wildcard") << QStringLiteral("aaaa%") << QString();
}

void TestRequestsLedger::resolveId()
{
    QFETCH(QString, prefix);
    QFETCH(QString, expected);
    RequestLedger ledger(path());
    QVERIFY(ledger.open());
    DeletionRequest one = sample();
    one.id = QStringLiteral("aaaa1111-0000-4000-8000-000000000001");
    DeletionRequest two = sample();
    two.id = QStringLiteral("aaaa2222-0000-4000-8000-000000000002");
    QVERIFY(ledger.add(one) && ledger.add(two));
    QString error;
    QCOMPARE(ledger.resolveId(prefix, &error), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestRequestsLedger::twoInstancesShareTheFile()
{
    RequestLedger window(path());
    RequestLedger cli(path());
    QVERIFY(window.open());
    QVERIFY(cli.open());
    DeletionRequest r = sample();
    QVERIFY(cli.add(r));
    QCOMPARE(window.find(r.id)->status, RequestStatus::Queued);
    QVERIFY(window.claimAttempt(r.id));
    QVERIFY(window.markDelivered(r.id, QDateTime::currentDateTimeUtc()));
    QVERIFY2(!cli.claimAttempt(r.id), "the other instance sees the delivery and does not send again");
    QCOMPARE(cli.find(r.id)->status, RequestStatus::Delivered);
}

QTEST_GUILESS_MAIN(TestRequestsLedger)
#include "testrequestsledger.moc"

#include "requests/requestledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
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

struct Row010 {
    const char *id;
    const char *channel;
    const char *status;
    const char *sent;
    const char *answered;
    const char *closed;
};

// What 0.1.0 recorded: it stored mailto, issue and eml requests as "sent" the moment they were
// handed on; print drafts became sent by the user's word.
QList<Row010> rows010()
{
    return {
        { "aaaa0001-0000-4000-8000-000000000001", "eml", "sent", "2026-10-02T09:00:00.000Z", nullptr,
          nullptr },
        { "aaaa0002-0000-4000-8000-000000000002", "mailto", "sent", "2026-10-03T09:00:00.000Z", nullptr,
          nullptr },
        { "aaaa0003-0000-4000-8000-000000000003", "issue", "sent", "2026-10-04T09:00:00.000Z", nullptr,
          nullptr },
        { "aaaa0004-0000-4000-8000-000000000004", "print", "sent", "2026-10-05T09:00:00.000Z", nullptr,
          nullptr },
        { "aaaa0005-0000-4000-8000-000000000005", "http", "delivered", "2026-10-06T09:00:00.000Z", nullptr,
          nullptr },
        { "aaaa0006-0000-4000-8000-000000000006", "print", "draft", nullptr, nullptr, nullptr },
        { "aaaa0007-0000-4000-8000-000000000007", "eml", "answered", "2026-10-07T09:00:00.000Z",
          "2026-10-20T09:00:00.000Z", nullptr },
        { "aaaa0008-0000-4000-8000-000000000008", "mailto", "closed", "2026-10-08T09:00:00.000Z", nullptr,
          "2026-10-09T09:00:00.000Z" },
    };
}

// The ledger exactly as Telemetry Lens 0.1.0 created it (schema 1), with rows as 0.1.0 wrote them.
bool writeLedger010(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v010"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && db.transaction()
                && q.exec(QStringLiteral("CREATE TABLE requests ("
                                         " request_id TEXT PRIMARY KEY NOT NULL,"
                                         " tool TEXT NOT NULL,"
                                         " channel TEXT NOT NULL,"
                                         " endpoint TEXT NOT NULL DEFAULT '',"
                                         " recipient TEXT NOT NULL DEFAULT '',"
                                         " identifiers TEXT NOT NULL,"
                                         " contact TEXT NOT NULL DEFAULT '',"
                                         " subject TEXT NOT NULL,"
                                         " body TEXT NOT NULL,"
                                         " status TEXT NOT NULL,"
                                         " attempts INTEGER NOT NULL DEFAULT 0,"
                                         " last_error TEXT NOT NULL DEFAULT '',"
                                         " created_at TEXT NOT NULL,"
                                         " sent_at TEXT,"
                                         " deadline TEXT,"
                                         " answered_at TEXT,"
                                         " closed_at TEXT,"
                                         " note TEXT NOT NULL DEFAULT '')"))
                && q.exec(QStringLiteral("CREATE INDEX requests_status ON requests(status)"))
                && q.exec(QStringLiteral("PRAGMA user_version = 1"));
            for (const Row010 &row : rows010()) {
                q.prepare(QStringLiteral(
                    "INSERT INTO requests (request_id, tool, channel, recipient, identifiers, subject, body, "
                    "status, created_at, sent_at, deadline, answered_at, closed_at) VALUES (:id, 'ray', "
                    ":channel, 'usage_stats@ray.io', '[{\"kind\":\"session_id\",\"value\":\"5c0f1e2d\"}]', "
                    "'Request to delete Ray telemetry data', 'Hello,\n', :status, "
                    "'2026-10-01T08:00:00.000Z', "
                    ":sent, :deadline, :answered, :closed)"));
                const auto time
                    = [](const char *t) { return t ? QVariant(QString::fromLatin1(t)) : QVariant(); };
                const QDateTime sent
                    = QDateTime::fromString(QString::fromLatin1(row.sent), Qt::ISODateWithMs);
                q.bindValue(QStringLiteral(":id"), QString::fromLatin1(row.id));
                q.bindValue(QStringLiteral(":channel"), QString::fromLatin1(row.channel));
                q.bindValue(QStringLiteral(":status"), QString::fromLatin1(row.status));
                q.bindValue(QStringLiteral(":sent"), time(row.sent));
                // 0.1.0 stored sent_at + one month as the deadline of everything it recorded as sent.
                q.bindValue(QStringLiteral(":deadline"),
                            row.sent ? QVariant(sent.toUTC().addMonths(1).toString(Qt::ISODateWithMs))
                                     : QVariant());
                q.bindValue(QStringLiteral(":answered"), time(row.answered));
                q.bindValue(QStringLiteral(":closed"), time(row.closed));
                ok = ok && q.exec();
            }
            ok = ok && db.commit();
            if (!ok)
                qWarning("%s", qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v010"));
    return ok;
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
    void migratesA010Ledger_data();
    void migratesA010Ledger();
    void migrationKeepsEveryRowOnce();
    void nothingCountsDownBeforeSent_data();
    void nothingCountsDownBeforeSent();
    void sentMoment_data();
    void sentMoment();
    void refusalsSayWhy_data();
    void refusalsSayWhy();

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
    row("handed mail is sent", Channel::Mailto, RequestStatus::Handed, "sent", true, RequestStatus::Sent);
    row("opened issue form is sent", Channel::Issue, RequestStatus::Handed, "sent", true,
        RequestStatus::Sent);
    row("saved eml is sent", Channel::Eml, RequestStatus::Saved, "sent", true, RequestStatus::Sent);
    row("queued http is not sent by hand", Channel::Http, RequestStatus::Queued, "sent", false,
        RequestStatus::Queued);
    row("failed http is not sent by hand", Channel::Http, RequestStatus::Failed, "sent", false,
        RequestStatus::Failed);
    row("delivered is not sent again", Channel::Http, RequestStatus::Delivered, "sent", false,
        RequestStatus::Delivered);
    row("saved eml cannot be answered", Channel::Eml, RequestStatus::Saved, "answered", false,
        RequestStatus::Saved);
    row("handed mail cannot be answered", Channel::Mailto, RequestStatus::Handed, "answered", false,
        RequestStatus::Handed);
    row("saved eml is closed", Channel::Eml, RequestStatus::Saved, "closed", true, RequestStatus::Closed);
    row("handed mail is closed", Channel::Mailto, RequestStatus::Handed, "closed", true,
        RequestStatus::Closed);
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
    row("sent eml is answered", Channel::Eml, RequestStatus::Sent, "answered", true, RequestStatus::Answered);
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

void TestRequestsLedger::migratesA010Ledger_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<QDateTime>("handed");
    QTest::addColumn<QDateTime>("sent");
    const auto at = [](int day) { return QDateTime(QDate(2026, 10, day), QTime(9, 0), Qt::UTC); };
    // Never known to be sent: handed on or saved, with the moment kept and no deadline.
    QTest::newRow("eml recorded as sent is saved") << QStringLiteral("aaaa0001-0000-4000-8000-000000000001")
                                                   << int(RequestStatus::Saved) << at(2) << QDateTime();
    QTest::newRow("mailto recorded as sent is handed")
        << QStringLiteral("aaaa0002-0000-4000-8000-000000000002") << int(RequestStatus::Handed) << at(3)
        << QDateTime();
    QTest::newRow("issue recorded as sent is handed")
        << QStringLiteral("aaaa0003-0000-4000-8000-000000000003") << int(RequestStatus::Handed) << at(4)
        << QDateTime();
    // The user's word and an HTTP 2xx stay what they were.
    QTest::newRow("print marked sent by the user stays sent")
        << QStringLiteral("aaaa0004-0000-4000-8000-000000000004") << int(RequestStatus::Sent) << QDateTime()
        << at(5);
    QTest::newRow("delivered stays delivered") << QStringLiteral("aaaa0005-0000-4000-8000-000000000005")
                                               << int(RequestStatus::Delivered) << QDateTime() << at(6);
    QTest::newRow("draft stays a draft") << QStringLiteral("aaaa0006-0000-4000-8000-000000000006")
                                         << int(RequestStatus::Draft) << QDateTime() << QDateTime();
    QTest::newRow("answered keeps its dates") << QStringLiteral("aaaa0007-0000-4000-8000-000000000007")
                                              << int(RequestStatus::Answered) << QDateTime() << at(7);
    QTest::newRow("closed keeps its dates") << QStringLiteral("aaaa0008-0000-4000-8000-000000000008")
                                            << int(RequestStatus::Closed) << QDateTime() << at(8);
}

void TestRequestsLedger::migratesA010Ledger()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(QDateTime, handed);
    QFETCH(QDateTime, sent);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QVERIFY2(writeLedger010(path()), "the 0.1.0 ledger could not be written");
    QCOMPARE(pragma(path(), QStringLiteral("user_version")).toInt(), 1);

    RequestLedger ledger(path());
    QString error;
    QVERIFY2(ledger.open(&error), qPrintable(error));
    QCOMPARE(pragma(path(), QStringLiteral("user_version")).toInt(), RequestLedger::kSchemaVersion);
    const std::optional<DeletionRequest> r = ledger.find(id);
    QVERIFY2(r, "a row was lost");
    QCOMPARE(statusName(r->status), statusName(RequestStatus(status)));
    QCOMPARE(r->handedAt, handed);
    QCOMPARE(r->sentAt, sent);
    QCOMPARE(r->deadline, sent.isValid() ? sent.addMonths(1) : QDateTime());
    QCOMPARE(r->createdAt, QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(r->identifiers.size(), 1);
    QVERIFY2(r->account.isEmpty(), "0.1.0 did not record the account");
    QCOMPARE(r->isOverdue(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)),
             RequestStatus(status) == RequestStatus::Sent
                 || RequestStatus(status) == RequestStatus::Delivered);
}

void TestRequestsLedger::migrationKeepsEveryRowOnce()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QVERIFY(writeLedger010(path()));
    {
        RequestLedger ledger(path());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        QCOMPARE(ledger.all().size(), rows010().size());
        // A migrated request follows the new life: the user says when it was sent.
        QVERIFY2(ledger.markSent(QStringLiteral("aaaa0001-0000-4000-8000-000000000001"),
                                 QDateTime(QDate(2026, 10, 10), QTime(12, 0), Qt::UTC), &error),
                 qPrintable(error));
    }
    // Opening again migrates nothing twice.
    RequestLedger again(path());
    QVERIFY(again.open());
    QCOMPARE(again.all().size(), rows010().size());
    const std::optional<DeletionRequest> r
        = again.find(QStringLiteral("aaaa0001-0000-4000-8000-000000000001"));
    QVERIFY(r);
    QCOMPARE(r->status, RequestStatus::Sent);
    QCOMPARE(r->handedAt, QDateTime(QDate(2026, 10, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(r->deadline, QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC));
}

void TestRequestsLedger::nothingCountsDownBeforeSent_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("counts");
    QTest::newRow("draft") << int(Channel::Print) << int(RequestStatus::Draft) << false;
    QTest::newRow("handed to the mail program")
        << int(Channel::Mailto) << int(RequestStatus::Handed) << false;
    QTest::newRow("saved as eml") << int(Channel::Eml) << int(RequestStatus::Saved) << false;
    QTest::newRow("queued") << int(Channel::Http) << int(RequestStatus::Queued) << false;
    QTest::newRow("sent") << int(Channel::Eml) << int(RequestStatus::Sent) << true;
    QTest::newRow("delivered") << int(Channel::Http) << int(RequestStatus::Delivered) << true;
}

void TestRequestsLedger::nothingCountsDownBeforeSent()
{
    QFETCH(int, channel);
    QFETCH(int, status);
    QFETCH(bool, counts);
    RequestLedger ledger(path());
    QVERIFY(ledger.open());
    DeletionRequest r = sample(Channel(channel), RequestStatus(status));
    r.createdAt = QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
    r.sentAt = r.createdAt; // a caller's mistake must not start the clock
    QVERIFY(ledger.add(r));
    const std::optional<DeletionRequest> stored = ledger.find(r.id);
    QCOMPARE(stored->sentAt.isValid(), counts);
    QCOMPARE(stored->deadline.isValid(), counts);
    QCOMPARE(stored->isOverdue(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC)), counts);
    const bool handedOn
        = RequestStatus(status) == RequestStatus::Handed || RequestStatus(status) == RequestStatus::Saved;
    QCOMPARE(stored->handedAt, handedOn ? r.createdAt : QDateTime());
}

void TestRequestsLedger::sentMoment_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    const QDateTime now(QDate(2026, 12, 3), QTime(15, 30), Qt::LocalTime);
    QTest::newRow("today is now") << QDate(2026, 12, 3) << now.toUTC();
    QTest::newRow("an earlier day is its noon")
        << QDate(2026, 11, 20) << QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::LocalTime).toUTC();
    QTest::newRow("the day it was written, before it was written")
        << QDate(2026, 11, 10) << QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::LocalTime).toUTC();
    QTest::newRow("tomorrow is refused") << QDate(2026, 12, 4) << QDateTime();
    QTest::newRow("before it was written is refused") << QDate(2026, 11, 9) << QDateTime();
    QTest::newRow("no day is refused") << QDate() << QDateTime();
}

void TestRequestsLedger::sentMoment()
{
    QFETCH(QDate, day);
    QFETCH(QDateTime, expected);
    DeletionRequest r = sample(Channel::Eml, RequestStatus::Saved);
    r.id = QStringLiteral("0b7e5f8a-1111-4222-8333-944455556666");
    r.createdAt = QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::LocalTime).toUTC();
    QString error;
    const QDateTime at
        = r.sentMoment(day, QDateTime(QDate(2026, 12, 3), QTime(15, 30), Qt::LocalTime).toUTC(), &error);
    QCOMPARE(at, expected);
    QCOMPARE(error.isEmpty(), expected.isValid());
    if (day.isValid() && !expected.isValid())
        QVERIFY2(error.contains(day.toString(Qt::ISODate)), qPrintable(error));
}

void TestRequestsLedger::refusalsSayWhy_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("reason");
    QTest::newRow("answered before sent")
        << int(Channel::Eml) << int(RequestStatus::Saved) << QStringLiteral("answered")
        << QStringLiteral("mark it sent first");
    QTest::newRow("sent twice") << int(Channel::Eml) << int(RequestStatus::Sent) << QStringLiteral("sent")
                                << QStringLiteral("already recorded as sent on 2026-11-02");
    QTest::newRow("queued marked sent") << int(Channel::Http) << int(RequestStatus::Queued)
                                        << QStringLiteral("sent") << QStringLiteral("--retry");
    QTest::newRow("closed twice") << int(Channel::Eml) << int(RequestStatus::Closed)
                                  << QStringLiteral("closed") << QStringLiteral("already closed");
}

void TestRequestsLedger::refusalsSayWhy()
{
    QFETCH(int, channel);
    QFETCH(int, status);
    QFETCH(QString, operation);
    QFETCH(QString, reason);
    RequestLedger ledger(path());
    QVERIFY(ledger.open());
    DeletionRequest r = sample(Channel(channel), RequestStatus(status));
    r.sentAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    QVERIFY(ledger.add(r));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const bool done = operation == QLatin1String("sent") ? ledger.markSent(r.id, now, &error)
        : operation == QLatin1String("answered")         ? ledger.markAnswered(r.id, now, {}, &error)
                                                         : ledger.markClosed(r.id, now, {}, &error);
    QVERIFY(!done);
    QVERIFY2(error.contains(r.shortId()) && error.contains(reason), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRequestsLedger)
#include "testrequestsledger.moc"

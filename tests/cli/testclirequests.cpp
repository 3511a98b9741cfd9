#include "loopbackserver.h"
#include "requests/requestledger.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tlens;

namespace {

const QString kRaySessionA = QStringLiteral("5c0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aab");
const QString kRaySessionB = QStringLiteral("9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5");

using test::LoopbackServer;

const QString kInboxPath = QStringLiteral("/inbox");

// Any 2xx is a delivery; 201 is what a real inbox answers to a created request.
LoopbackServer::Response created()
{
    return LoopbackServer::answer(201, QByteArrayLiteral("{\"ok\":true}"));
}

} // namespace

class TestCliRequests final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void printShowsTheExactTextAndKeepsADraft();
    void usageErrors_data();
    void usageErrors();
    void unreadableRoot();
    void unknownIdNamesWhatWasFound();
    void homeLimitsTheIdentifiers();
    void emlMessageIsWrittenAndRecorded();
    void mailtoAndIssueLinks_data();
    void mailtoAndIssueLinks();
    void declinedLeavesNothing();
    void confirmedOnStandardInput();
    void httpDeliveredOnce();
    void httpUnreachableThenRetry();
    void httpRefusedKeepsTheMessage();
    void markSentAnsweredClosed();
    void markSentOnADay_data();
    void markSentOnADay();
    void overdueStandsOut();

private:
    QProcessEnvironment environment() const;
    test::RunResult run(const QStringList &args, const QByteArray &input = {}) const;
    // Runs the binary without blocking this thread, so an in-test server can answer it.
    test::RunResult runAsync(const QStringList &args) const;
    // Adds --root, and for delete-request --user alice unless --home or --user is given (or the
    // marker --no-user, which is dropped).
    QStringList withRoot(const QStringList &args) const;
    QJsonArray ledger() const;
    QString dataDir() const { return m_data->path(); }

    std::unique_ptr<test::FixtureCopy> m_fixture;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestCliRequests::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCliRequests::init()
{
    m_fixture = std::make_unique<test::FixtureCopy>();
    QVERIFY(m_fixture->isValid());
    m_home = std::make_unique<QTemporaryDir>();
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_data->isValid());
}

QProcessEnvironment TestCliRequests::environment() const
{
    QProcessEnvironment env = test::cleanEnvironment(m_home->path());
    env.insert(QStringLiteral("TLENS_DATA_DIR"), dataDir());
    return env;
}

QStringList TestCliRequests::withRoot(const QStringList &args) const
{
    QStringList out = args + QStringList { QStringLiteral("--root"), m_fixture->root() };
    // The image has two accounts and a request is about one: alice's, unless the test names one.
    if (args.value(0) == QLatin1String("delete-request") && !args.contains(QLatin1String("--home"))
        && !args.contains(QLatin1String("--user")) && !args.contains(QLatin1String("--no-user")))
        out += QStringList { QStringLiteral("--user"), QStringLiteral("alice") };
    out.removeAll(QStringLiteral("--no-user"));
    return out;
}

test::RunResult TestCliRequests::run(const QStringList &args, const QByteArray &input) const
{
    return test::runBinary(withRoot(args), environment(), input);
}

test::RunResult TestCliRequests::runAsync(const QStringList &args) const
{
    test::RunResult result;
    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TLENS_BINARY), withRoot(args));
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonArray TestCliRequests::ledger() const
{
    const test::RunResult r = run({ QStringLiteral("requests"), QStringLiteral("--json") });
    if (r.exitCode != 0)
        qWarning("requests --json failed: %s", r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    if (doc.value(QStringLiteral("schema_version")).toInt() != 2)
        qWarning("unexpected ledger JSON: %s", r.out.constData());
    return doc.value(QStringLiteral("requests")).toArray();
}

void TestCliRequests::printShowsTheExactTextAndKeepsADraft()
{
    const test::RunResult r
        = run({ QStringLiteral("delete-request"), QStringLiteral("ray"), QStringLiteral("--all-ids"),
                QStringLiteral("--via"), QStringLiteral("print") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(QStringLiteral("To: usage_stats@ray.io\nSubject: ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("session_id: ") + kRaySessionA)
                 && out.contains(QStringLiteral("session_id: ") + kRaySessionB),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("2.49.0")), qPrintable(out));
    for (const QString &personal : { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("/home"),
                                     QStringLiteral("/tmp"), m_fixture->root() })
        QVERIFY2(!out.contains(personal, Qt::CaseInsensitive),
                 qPrintable(personal + QStringLiteral(" in:\n") + out));

    const QJsonArray requests = ledger();
    QCOMPARE(requests.size(), 1);
    const QJsonObject stored = requests.first().toObject();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(stored.value(QStringLiteral("tool")).toString(), QStringLiteral("ray"));
    QCOMPARE(stored.value(QStringLiteral("channel")).toString(), QStringLiteral("print"));
    QCOMPARE(stored.value(QStringLiteral("identifiers")).toArray().size(), 2);
    QVERIFY(out.endsWith(stored.value(QStringLiteral("message")).toString()));
    QVERIFY2(QString::fromUtf8(r.err).contains(stored.value(QStringLiteral("request_id")).toString().left(8)),
             r.err.constData());

    // The same text printed again is the same draft; a different selection is a new one.
    const QStringList again { QStringLiteral("delete-request"), QStringLiteral("ray"),
                              QStringLiteral("--all-ids"), QStringLiteral("--via"), QStringLiteral("print") };
    QCOMPARE(run(again).out, r.out);
    QCOMPARE(ledger().size(), 1);
    const QStringList one { QStringLiteral("delete-request"), QStringLiteral("ray"),
                            QStringLiteral("--id"),           kRaySessionA,
                            QStringLiteral("--via"),          QStringLiteral("print") };
    QCOMPARE(run(one).exitCode, 0);
    QCOMPARE(ledger().size(), 2);
}

void TestCliRequests::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString dr = QStringLiteral("delete-request");
    QTest::newRow("no tool") << QStringList { dr, QStringLiteral("--all-ids"), QStringLiteral("--via"),
                                              QStringLiteral("print") }
                             << QStringLiteral("ray");
    QTest::newRow("unknown tool") << QStringList { dr, QStringLiteral("nope"), QStringLiteral("--all-ids"),
                                                   QStringLiteral("--via"), QStringLiteral("print") }
                                  << QStringLiteral("nope");
    QTest::newRow("no ids chosen") << QStringList { dr, QStringLiteral("ray"), QStringLiteral("--via"),
                                                    QStringLiteral("print") }
                                   << QStringLiteral("--all-ids");
    QTest::newRow("both id options") << QStringList {
        dr,           QStringLiteral("ray"),   QStringLiteral("--all-ids"), QStringLiteral("--id"),
        kRaySessionA, QStringLiteral("--via"), QStringLiteral("print")
    } << QStringLiteral("--all-ids");
    QTest::newRow("no channel") << QStringList { dr, QStringLiteral("ray"), QStringLiteral("--all-ids") }
                                << QStringLiteral("--via");
    QTest::newRow("unknown channel") << QStringList { dr, QStringLiteral("ray"), QStringLiteral("--all-ids"),
                                                      QStringLiteral("--via"), QStringLiteral("fax") }
                                     << QStringLiteral("fax");
    QTest::newRow("http without endpoint")
        << QStringList { dr, QStringLiteral("ray"), QStringLiteral("--all-ids"), QStringLiteral("--via"),
                         QStringLiteral("http") }
        << QStringLiteral("--endpoint");
    QTest::newRow("plain http to a remote host")
        << QStringList { dr,
                         QStringLiteral("ray"),
                         QStringLiteral("--all-ids"),
                         QStringLiteral("--via"),
                         QStringLiteral("http"),
                         QStringLiteral("--endpoint"),
                         QStringLiteral("http://privacy.example.org/inbox") }
        << QStringLiteral("https://");
    QTest::newRow("eml without output")
        << QStringList { dr, QStringLiteral("ray"), QStringLiteral("--all-ids"), QStringLiteral("--via"),
                         QStringLiteral("eml") }
        << QStringLiteral("--output");
    QTest::newRow("mail to a tool without address")
        << QStringList { dr, QStringLiteral("mlflow"), QStringLiteral("--all-ids"), QStringLiteral("--via"),
                         QStringLiteral("mailto") }
        << QStringLiteral("--via issue");
    QTest::newRow("issue for a tool with address")
        << QStringList { dr, QStringLiteral("rasa"), QStringLiteral("--all-ids"), QStringLiteral("--via"),
                         QStringLiteral("issue") }
        << QStringLiteral("dpo@rasa.com");
    QTest::newRow("bad contact") << QStringList { dr,
                                                  QStringLiteral("ray"),
                                                  QStringLiteral("--all-ids"),
                                                  QStringLiteral("--via"),
                                                  QStringLiteral("print"),
                                                  QStringLiteral("--contact"),
                                                  QStringLiteral("alice") }
                                 << QStringLiteral("e-mail");
    QTest::newRow("two marks") << QStringList { QStringLiteral("requests"), QStringLiteral("--mark-sent"),
                                                QStringLiteral("abcd"), QStringLiteral("--mark-closed"),
                                                QStringLiteral("abcd") }
                               << QStringLiteral("--mark-sent");
    QTest::newRow("date without mark-sent")
        << QStringList { QStringLiteral("requests"), QStringLiteral("--date"), QStringLiteral("2026-11-02") }
        << QStringLiteral("--date");
    QTest::newRow("close and mark-answered")
        << QStringList { QStringLiteral("requests"), QStringLiteral("--close"), QStringLiteral("abcd"),
                         QStringLiteral("--mark-answered"), QStringLiteral("abcd") }
        << QStringLiteral("--close");
    QTest::newRow("unknown id to mark sent")
        << QStringList { QStringLiteral("requests"), QStringLiteral("--mark-sent"),
                         QStringLiteral("abcd1234") }
        << QStringLiteral("No request with id abcd1234");
    QTest::newRow("unknown id to close")
        << QStringList { QStringLiteral("requests"), QStringLiteral("--close"), QStringLiteral("abcd1234") }
        << QStringLiteral("abcd1234");
    QTest::newRow("unknown request id")
        << QStringList { QStringLiteral("requests"), QStringLiteral("--mark-answered"),
                         QStringLiteral("abcd1234") }
        << QStringLiteral("abcd1234");
}

void TestCliRequests::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const test::RunResult r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("--help")), "a usage error ends with a hint");
    QCOMPARE(ledger().size(), 0);
}

void TestCliRequests::unreadableRoot()
{
    const test::RunResult r
        = test::runBinary({ QStringLiteral("delete-request"), QStringLiteral("ray"),
                            QStringLiteral("--all-ids"), QStringLiteral("--via"), QStringLiteral("print"),
                            QStringLiteral("--root"), m_fixture->path(QStringLiteral("/does-not-exist")) },
                          environment());
    QCOMPARE(r.exitCode, 3);
}

void TestCliRequests::unknownIdNamesWhatWasFound()
{
    const test::RunResult r
        = run({ QStringLiteral("delete-request"), QStringLiteral("ray"), QStringLiteral("--id"),
                QStringLiteral("deadbeef"), QStringLiteral("--via"), QStringLiteral("print") });
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("deadbeef")) && err.contains(kRaySessionA)
                 && err.contains(kRaySessionB),
             qPrintable(err));
    QVERIFY(r.out.isEmpty());

    const test::RunResult one
        = run({ QStringLiteral("delete-request"), QStringLiteral("ray"), QStringLiteral("--id"), kRaySessionB,
                QStringLiteral("--via"), QStringLiteral("print") });
    QVERIFY2(one.exitCode == 0, one.err.constData());
    QVERIFY(one.out.contains(kRaySessionB.toLatin1()) && !one.out.contains(kRaySessionA.toLatin1()));
}

void TestCliRequests::homeLimitsTheIdentifiers()
{
    // Two accounts and none named: a usage error that lists them.
    const test::RunResult unnamed
        = run({ QStringLiteral("delete-request"), QStringLiteral("rasa"), QStringLiteral("--all-ids"),
                QStringLiteral("--via"), QStringLiteral("print"), QStringLiteral("--no-user") });
    QCOMPARE(unnamed.exitCode, 2);
    QVERIFY2(unnamed.err.contains("alice, bob") && unnamed.err.contains("--user NAME"),
             unnamed.err.constData());
    QVERIFY(unnamed.out.isEmpty());
    const test::RunResult carol
        = run({ QStringLiteral("delete-request"), QStringLiteral("rasa"), QStringLiteral("--all-ids"),
                QStringLiteral("--via"), QStringLiteral("print"), QStringLiteral("--user"),
                QStringLiteral("carol") });
    QCOMPARE(carol.exitCode, 2);
    QVERIFY2(carol.err.contains("carol") && carol.err.contains("alice, bob"), carol.err.constData());
    const test::RunResult both
        = run({ QStringLiteral("delete-request"), QStringLiteral("rasa"), QStringLiteral("--all-ids"),
                QStringLiteral("--via"), QStringLiteral("print"), QStringLiteral("--user"),
                QStringLiteral("bob"), QStringLiteral("--home"), QStringLiteral("/home/alice") });
    QCOMPARE(both.exitCode, 2);
    QCOMPARE(ledger().size(), 0);

    const test::RunResult bob
        = run({ QStringLiteral("delete-request"), QStringLiteral("rasa"), QStringLiteral("--all-ids"),
                QStringLiteral("--via"), QStringLiteral("print"), QStringLiteral("--user"),
                QStringLiteral("bob") });
    QVERIFY2(bob.exitCode == 0, bob.err.constData());
    QVERIFY2(bob.out.contains("0b2e9d4c7a1f4e3b8c6d5a2f1e0d9c8b")
                 && !bob.out.contains("3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c"),
             bob.out.constData());
    const test::RunResult alice
        = run({ QStringLiteral("delete-request"), QStringLiteral("rasa"), QStringLiteral("--all-ids"),
                QStringLiteral("--via"), QStringLiteral("print"), QStringLiteral("--home"),
                QStringLiteral("/home/alice") });
    QVERIFY2(alice.exitCode == 0, alice.err.constData());
    QVERIFY(alice.out.contains("3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c")
            && !alice.out.contains("0b2e9d4c7a1f4e3b8c6d5a2f1e0d9c8b"));
    const QJsonArray requests = ledger();
    QCOMPARE(requests.size(), 2);
    QStringList accounts;
    for (const QJsonValue &v : requests)
        accounts.append(v.toObject().value(QStringLiteral("account")).toString());
    accounts.sort();
    QCOMPARE(accounts, (QStringList { QStringLiteral("alice"), QStringLiteral("bob") }));

    const test::RunResult none
        = run({ QStringLiteral("delete-request"), QStringLiteral("mlflow"), QStringLiteral("--all-ids"),
                QStringLiteral("--via"), QStringLiteral("print"), QStringLiteral("--home"),
                QStringLiteral("/home/bob") });
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("installation_id"), none.err.constData());
}

void TestCliRequests::emlMessageIsWrittenAndRecorded()
{
    const QString file = m_home->filePath(QStringLiteral("request.eml"));
    const test::RunResult r
        = run({ QStringLiteral("delete-request"), QStringLiteral("skyplane"), QStringLiteral("--all-ids"),
                QStringLiteral("--via"), QStringLiteral("eml"), QStringLiteral("--output"), file,
                QStringLiteral("--contact"), QStringLiteral("me@example.org"), QStringLiteral("--yes") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile eml(file);
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const QByteArray message = eml.readAll();
    const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
    QVERIFY2(head.startsWith("Date: "), head.constData());
    QVERIFY2(head.contains("\r\nFrom: me@example.org\r\n") && head.contains("\r\nTo: admin@skyplane.org\r\n")
                 && head.contains("\r\nMIME-Version: 1.0\r\n")
                 && head.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"),
             head.constData());
    QVERIFY(message.contains("client_id: 00000000000000000000020000004242"));
    QVERIFY(!message.contains("alice") && !message.contains("/home"));

    QVERIFY2(r.out.contains(QByteArray("Saved as " + file.toUtf8())), r.out.constData());
    QVERIFY2(r.err.contains("--mark-sent") && !r.err.contains("due"), r.err.constData());

    // Saved is not sent: no sent_at, no deadline, nothing overdue.
    const QJsonArray requests = ledger();
    QCOMPARE(requests.size(), 1);
    const QJsonObject stored = requests.first().toObject();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("saved"));
    QCOMPARE(stored.value(QStringLiteral("account")).toString(), QStringLiteral("alice"));
    QCOMPARE(stored.value(QStringLiteral("contact")).toString(), QStringLiteral("me@example.org"));
    QVERIFY2(head.contains(QByteArray(
                 "Message-ID: <" + stored.value(QStringLiteral("request_id")).toString().toLatin1() + "@")),
             head.constData());
    QVERIFY2(stored.value(QStringLiteral("sent_at")).isNull(), "a saved message is not sent");
    QVERIFY2(stored.value(QStringLiteral("deadline")).isNull(), "nothing counts down before it is sent");
    QVERIFY(
        QDateTime::fromString(stored.value(QStringLiteral("handed_at")).toString(), Qt::ISODate).isValid());
    QCOMPARE(stored.value(QStringLiteral("overdue")).toBool(), false);

    const test::RunResult table = run({ QStringLiteral("requests") });
    QVERIFY2(table.out.contains("Saved as .eml") && table.out.contains("alice")
                 && table.out.contains("not marked as sent"),
             table.out.constData());

    // The user's word makes it sent, today by default; the month counts from then.
    const QString shortId = stored.value(QStringLiteral("request_id")).toString().left(8);
    const test::RunResult sent = run({ QStringLiteral("requests"), QStringLiteral("--mark-sent"), shortId });
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const QJsonObject now = ledger().first().toObject();
    QCOMPARE(now.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    const QDateTime sentAt
        = QDateTime::fromString(now.value(QStringLiteral("sent_at")).toString(), Qt::ISODate);
    QVERIFY(sentAt.isValid());
    QCOMPARE(QDateTime::fromString(now.value(QStringLiteral("deadline")).toString(), Qt::ISODate),
             sentAt.addMonths(1));
    QVERIFY2(sent.err.contains(sentAt.addMonths(1).date().toString(Qt::ISODate).toUtf8()),
             sent.err.constData());
}

void TestCliRequests::mailtoAndIssueLinks_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("identifier");
    QTest::newRow("rasa mailto") << QStringLiteral("rasa") << QStringLiteral("mailto")
                                 << QStringLiteral("mailto:dpo@rasa.com?subject=")
                                 << QStringLiteral("3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c");
    QTest::newRow("mlflow issue") << QStringLiteral("mlflow") << QStringLiteral("issue")
                                  << QStringLiteral("https://github.com/mlflow/mlflow/issues/new?title=")
                                  << QStringLiteral("9ec7d6a7-3dd5-4269-a24f-23ab2f5e1e87");
}

void TestCliRequests::mailtoAndIssueLinks()
{
    QFETCH(QString, tool);
    QFETCH(QString, via);
    QFETCH(QString, prefix);
    QFETCH(QString, identifier);
    const test::RunResult r = run({ QStringLiteral("delete-request"), tool, QStringLiteral("--all-ids"),
                                    QStringLiteral("--via"), via, QStringLiteral("--yes") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString link = lines.last();
    QVERIFY2(link.startsWith(prefix), qPrintable(link));
    QVERIFY2(link.contains(identifier), qPrintable(link));
    QVERIFY2(!link.contains(QLatin1Char(' ')), qPrintable(link));
    const QJsonArray requests = ledger();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().toObject().value(QStringLiteral("channel")).toString(), via);
    // Handed to the mail program (or the browser) is not sent.
    QCOMPARE(requests.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("handed"));
    QVERIFY(requests.first().toObject().value(QStringLiteral("deadline")).isNull());
}

void TestCliRequests::declinedLeavesNothing()
{
    const QString file = m_home->filePath(QStringLiteral("request.eml"));
    const test::RunResult r
        = run({ QStringLiteral("delete-request"), QStringLiteral("ray"), QStringLiteral("--all-ids"),
                QStringLiteral("--via"), QStringLiteral("eml"), QStringLiteral("--output"), file },
              QByteArrayLiteral("n\n"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(kRaySessionA.toLatin1()), "the text is shown before the question");
    QVERIFY(!QFile::exists(file));
    QCOMPARE(ledger().size(), 0);
}

void TestCliRequests::confirmedOnStandardInput()
{
    const test::RunResult r
        = run({ QStringLiteral("delete-request"), QStringLiteral("rasa"), QStringLiteral("--all-ids"),
                QStringLiteral("--via"), QStringLiteral("mailto") },
              QByteArrayLiteral("y\n"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("mailto:dpo@rasa.com"));
    QCOMPARE(ledger().size(), 1);
}

void TestCliRequests::httpDeliveredOnce()
{
    LoopbackServer inbox;
    inbox.setScript({ created() });
    QVERIFY(inbox.listen());
    const test::RunResult r
        = runAsync({ QStringLiteral("delete-request"), QStringLiteral("ray"), QStringLiteral("--all-ids"),
                     QStringLiteral("--via"), QStringLiteral("http"), QStringLiteral("--endpoint"),
                     inbox.url(kInboxPath), QStringLiteral("--contact"), QStringLiteral("me@example.org"),
                     QStringLiteral("--yes") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(inbox.received().size(), 1);
    const QJsonArray requests = ledger();
    QCOMPARE(requests.size(), 1);
    const QJsonObject stored = requests.first().toObject();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    QCOMPARE(inbox.received().first().headers.value("idempotency-key"),
             stored.value(QStringLiteral("request_id")).toString().toLatin1());
    QCOMPARE(inbox.received().first().headers.value("content-type"), QByteArrayLiteral("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(inbox.received().first().body).object();
    QCOMPARE(body.value(QStringLiteral("request_id")).toString(),
             stored.value(QStringLiteral("request_id")).toString());
    QCOMPARE(body.value(QStringLiteral("contact")).toString(), QStringLiteral("me@example.org"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(),
             stored.value(QStringLiteral("message")).toString());
    QCOMPARE(body.value(QStringLiteral("identifiers")).toArray().size(), 2);

    const test::RunResult retry = runAsync({ QStringLiteral("requests"), QStringLiteral("--retry") });
    QCOMPARE(retry.exitCode, 0);
    QCOMPARE(inbox.received().size(), 1);
}

void TestCliRequests::httpUnreachableThenRetry()
{
    LoopbackServer inbox;
    inbox.setScript({ created() });
    QVERIFY(inbox.listen());
    inbox.close();
    const QString endpoint = inbox.url(kInboxPath);
    const test::RunResult r
        = runAsync({ QStringLiteral("delete-request"), QStringLiteral("skyplane"),
                     QStringLiteral("--all-ids"), QStringLiteral("--via"), QStringLiteral("http"),
                     QStringLiteral("--endpoint"), endpoint, QStringLiteral("--yes") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--retry"), r.err.constData());
    QJsonArray requests = ledger();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("queued"));
    QVERIFY(!requests.first().toObject().value(QStringLiteral("last_error")).toString().isEmpty());

    QVERIFY(inbox.reopen());
    const test::RunResult retry = runAsync({ QStringLiteral("requests"), QStringLiteral("--retry") });
    QVERIFY2(retry.exitCode == 0, retry.err.constData());
    QCOMPARE(inbox.received().size(), 1);
    requests = ledger();
    QCOMPARE(requests.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("delivered"));
    QCOMPARE(inbox.received().first().headers.value("idempotency-key"),
             requests.first().toObject().value(QStringLiteral("request_id")).toString().toLatin1());
}

void TestCliRequests::httpRefusedKeepsTheMessage()
{
    LoopbackServer inbox;
    inbox.setScript({ LoopbackServer::answer(422, QByteArrayLiteral("{\"error\":\"unknown tool\"}")) });
    QVERIFY(inbox.listen());
    const test::RunResult r
        = runAsync({ QStringLiteral("delete-request"), QStringLiteral("rasa"), QStringLiteral("--all-ids"),
                     QStringLiteral("--via"), QStringLiteral("http"), QStringLiteral("--endpoint"),
                     inbox.url(kInboxPath), QStringLiteral("--yes") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("unknown tool"), r.err.constData());
    const QJsonObject stored = ledger().first().toObject();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY2(stored.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("unknown tool")),
             qPrintable(stored.value(QStringLiteral("last_error")).toString()));
    const test::RunResult retry = runAsync({ QStringLiteral("requests"), QStringLiteral("--retry") });
    QCOMPARE(retry.exitCode, 0);
    QCOMPARE(inbox.received().size(), 1);
}

void TestCliRequests::markSentAnsweredClosed()
{
    QVERIFY(run({ QStringLiteral("delete-request"), QStringLiteral("ray"), QStringLiteral("--all-ids"),
                  QStringLiteral("--via"), QStringLiteral("print") })
                .exitCode
            == 0);
    const QString id = ledger().first().toObject().value(QStringLiteral("request_id")).toString();
    const QString shortId = id.left(8);

    QCOMPARE(run({ QStringLiteral("requests"), QStringLiteral("--mark-answered"), shortId }).exitCode, 1);
    test::RunResult r = run({ QStringLiteral("requests"), QStringLiteral("--mark-sent"), shortId });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(shortId.toLatin1()) && r.out.contains("ray"), r.out.constData());
    QCOMPARE(ledger().first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    r = run({ QStringLiteral("requests"), QStringLiteral("--mark-answered"), shortId,
              QStringLiteral("--note"), QStringLiteral("deleted on 3 Dec") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject stored = ledger().first().toObject();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
    QCOMPARE(stored.value(QStringLiteral("note")).toString(), QStringLiteral("deleted on 3 Dec"));
    QVERIFY(!stored.value(QStringLiteral("answered_at")).isNull());
    r = run({ QStringLiteral("requests"), QStringLiteral("--close"), id });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    stored = ledger().first().toObject();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(stored.value(QStringLiteral("note")).toString(), QStringLiteral("deleted on 3 Dec"));
}

void TestCliRequests::markSentOnADay_data()
{
    QTest::addColumn<int>("daysAgo"); // the --date given, in days before today
    QTest::addColumn<QString>("date"); // a literal --date instead, when not empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("five weeks ago: overdue now") << 35 << QString() << 0 << QStringLiteral("sent");
    QTest::newRow("a week ago: answer due in three") << 7 << QString() << 0 << QStringLiteral("sent");
    QTest::newRow("tomorrow") << -1 << QString() << 2 << QStringLiteral("future");
    QTest::newRow("before it was written") << 41 << QString() << 2 << QStringLiteral("only written");
    QTest::newRow("no such month") << 0 << QStringLiteral("2026-13-01") << 2 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("not a date") << 0 << QStringLiteral("yesterday") << 2 << QStringLiteral("YYYY-MM-DD");
}

void TestCliRequests::markSentOnADay()
{
    QFETCH(int, daysAgo);
    QFETCH(QString, date);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    DeletionRequest saved;
    {
        RequestLedger ledger(dataDir() + QStringLiteral("/requests.sqlite"));
        QVERIFY(ledger.open());
        saved.toolId = QStringLiteral("skyplane");
        saved.account = QStringLiteral("alice");
        saved.channel = Channel::Eml;
        saved.recipient = QStringLiteral("admin@skyplane.org");
        saved.subject = QStringLiteral("Request to delete Skyplane telemetry data");
        saved.body = QStringLiteral("Please delete.\n");
        saved.status = RequestStatus::Saved;
        saved.createdAt = QDateTime::currentDateTimeUtc().addDays(-40);
        QVERIFY(ledger.add(saved));
    }
    const QDate day = QDate::currentDate().addDays(-daysAgo);
    const QString given = date.isEmpty() ? day.toString(Qt::ISODate) : date;
    const test::RunResult r = run({ QStringLiteral("requests"), QStringLiteral("--mark-sent"),
                                    saved.shortId(), QStringLiteral("--date"), given });
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    const QJsonObject stored = ledger().first().toObject();
    if (exitCode != 0) {
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("saved"));
        QVERIFY(stored.value(QStringLiteral("deadline")).isNull());
        return;
    }
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    const QDateTime sentAt
        = QDateTime::fromString(stored.value(QStringLiteral("sent_at")).toString(), Qt::ISODate);
    QCOMPARE(sentAt.toLocalTime().date(), day);
    const QDateTime deadline
        = QDateTime::fromString(stored.value(QStringLiteral("deadline")).toString(), Qt::ISODate);
    QCOMPARE(deadline, sentAt.addMonths(1));
    QCOMPARE(stored.value(QStringLiteral("overdue")).toBool(), deadline < QDateTime::currentDateTimeUtc());
    QCOMPARE(stored.value(QStringLiteral("overdue")).toBool(), daysAgo > 31);
    // Marking it sent twice is refused, and says when it was.
    const test::RunResult again
        = run({ QStringLiteral("requests"), QStringLiteral("--mark-sent"), saved.shortId() });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already recorded as sent"), again.err.constData());
}

void TestCliRequests::overdueStandsOut()
{
    {
        RequestLedger ledger(dataDir() + QStringLiteral("/requests.sqlite"));
        QVERIFY(ledger.open());
        DeletionRequest old;
        old.toolId = QStringLiteral("skyplane");
        old.channel = Channel::Eml;
        old.recipient = QStringLiteral("admin@skyplane.org");
        old.subject = QStringLiteral("Request to delete Skyplane telemetry data");
        old.body = QStringLiteral("Please delete.\n");
        old.status = RequestStatus::Sent;
        old.createdAt = QDateTime::currentDateTimeUtc().addDays(-45);
        old.sentAt = old.createdAt;
        QVERIFY(ledger.add(old));
        DeletionRequest recent = old;
        recent.id.clear();
        recent.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
        recent.sentAt = recent.createdAt;
        recent.deadline = QDateTime();
        QVERIFY(ledger.add(recent));
    }
    const test::RunResult table = run({ QStringLiteral("requests") });
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'));
    QVERIFY2(lines.first().startsWith(QStringLiteral("ID")), qPrintable(lines.first()));
    QCOMPARE(lines.filter(QStringLiteral("OVERDUE")).size(), 1);
    const QJsonArray requests = ledger();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).toObject().value(QStringLiteral("overdue")).toBool(), false);
    QCOMPARE(requests.at(1).toObject().value(QStringLiteral("overdue")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "testclirequests.moc"

#include "testutil.h"

#include "banner.h"
#include "deletiondialog.h"
#include "mainwindow.h"
#include "requestspage.h"
#include "sentdatedialog.h"

#include "models/requestsmodel.h"
#include "requests/requestledger.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <functional>
#include <memory>

using namespace tlens;

namespace {

constexpr int kScanTimeoutMs = 20000;

const QString kRaySessionA = QStringLiteral("5c0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aab");
const QString kRaySessionB = QStringLiteral("9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5");
const QString kAliceRasa = QStringLiteral("3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c");
const QString kBobRasa = QStringLiteral("0b2e9d4c7a1f4e3b8c6d5a2f1e0d9c8b");

// The window on a private copy of the sample workstation showing every account, with its own data
// folder (and so its own request ledger) and settings.
struct Harness {
    test::FixtureCopy fixture;
    QTemporaryDir data;
    std::unique_ptr<MainWindow> window;
    bool ready = false;

    // `prepare` runs on the data folder before the window opens (to leave a ledger there).
    explicit Harness(const std::function<void(const QString &)> &prepare = {})
    {
        if (prepare)
            prepare(data.path() + QStringLiteral("/app"));
        WindowOptions options;
        options.root = fixture.root();
        options.allUsers = true;
        options.liveEnvironment = false;
        options.dataDir = data.path() + QStringLiteral("/app");
        options.settingsFile = data.path() + QStringLiteral("/settings.ini");
        window = std::make_unique<MainWindow>(options);
        QSignalSpy shown(window.get(), &MainWindow::scanShown);
        window->show();
        ready = shown.wait(kScanTimeoutMs);
    }

    DeletionDialog *compose(const QString &user, const QString &tool, const QList<Identifier> &picked = {})
    {
        window->composeDeletion(user, tool, picked);
        return window->findChild<DeletionDialog *>();
    }

    RequestsModel *requests() const { return window->requestsPage()->model(); }
};

} // namespace

class TestRequests final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneAccountPerRequest_data();
    void oneAccountPerRequest();
    void noAccountChosenQuotesNothing();
    void pickedIdentifiersAreTicked();
    void switchingAccountsQuotesOnlyTheirs();
    void savedEmlIsNotSent();
    void markSentOnADayThenAnswerAndClose();
    void answerPeriodCountsFromTheDaySent();
};

void TestRequests::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TLENS_DATA_DIR", QByteArray());
}

void TestRequests::oneAccountPerRequest_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("quoted");
    QTest::addColumn<QString>("other");
    QTest::newRow("alice") << QStringLiteral("alice") << kAliceRasa << kBobRasa;
    QTest::newRow("bob") << QStringLiteral("bob") << kBobRasa << kAliceRasa;
}

void TestRequests::oneAccountPerRequest()
{
    QFETCH(QString, user);
    QFETCH(QString, quoted);
    QFETCH(QString, other);
    Harness h;
    QVERIFY(h.ready);
    DeletionDialog *dialog = h.compose(user, QStringLiteral("rasa"));
    QVERIFY(dialog);
    QCOMPARE(dialog->accounts(), (QStringList { QStringLiteral("alice"), QStringLiteral("bob") }));
    QCOMPARE(dialog->account(), user);
    QCOMPARE(dialog->candidateValues(), QStringList { quoted });
    QVERIFY2(dialog->checkedValues().isEmpty(), "nothing was picked, so nothing is ticked");
    QVERIFY(!dialog->sendButton()->isEnabled());

    dialog->setChannel(Channel::Print);
    dialog->setCheckedValues({ quoted });
    const QString preview = dialog->previewText();
    QVERIFY2(preview.contains(quoted) && !preview.contains(other), qPrintable(preview));
    QVERIFY2(!preview.contains(user), "the message names the account");
    QVERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(h.requests()->rowCount(), 1);
    const DeletionRequest r = h.requests()->request(0);
    QCOMPARE(r.account, user);
    QCOMPARE(r.identifiers.size(), 1);
    QCOMPARE(r.identifiers.first().value, quoted);
    QCOMPARE(h.requests()->index(0, RequestsModel::AccountColumn).data().toString(), user);
}

void TestRequests::noAccountChosenQuotesNothing()
{
    Harness h;
    QVERIFY(h.ready);
    DeletionDialog *dialog = h.compose(QString(), QStringLiteral("rasa"));
    QVERIFY(dialog);
    QVERIFY2(dialog->account().isEmpty(), "an account was chosen for the user");
    QVERIFY(dialog->candidateValues().isEmpty());
    QVERIFY(dialog->previewText().isEmpty());
    QVERIFY2(dialog->errorText().contains(QLatin1String("Choose the account")),
             qPrintable(dialog->errorText()));
    QVERIFY(!dialog->sendButton()->isEnabled());
    dialog->setAccount(QStringLiteral("bob"));
    QCOMPARE(dialog->candidateValues(), QStringList { kBobRasa });
    QVERIFY(dialog->checkedValues().isEmpty());
}

void TestRequests::pickedIdentifiersAreTicked()
{
    Harness h;
    QVERIFY(h.ready);
    DeletionDialog *dialog = h.compose(QStringLiteral("alice"), QStringLiteral("ray"),
                                       { Identifier { QStringLiteral("session_id"), kRaySessionB, {}, {} } });
    QVERIFY(dialog);
    QCOMPARE(dialog->candidateValues(), (QStringList { kRaySessionA, kRaySessionB }));
    QCOMPARE(dialog->checkedValues(), QStringList { kRaySessionB });
    // The dates quoted are those of the picked session only.
    QVERIFY2(dialog->previewText().contains(QLatin1String("Data recorded on 2026-11-21"))
                 && !dialog->previewText().contains(QLatin1String("2026-11-20")),
             qPrintable(dialog->previewText()));
}

void TestRequests::switchingAccountsQuotesOnlyTheirs()
{
    Harness h;
    QVERIFY(h.ready);
    DeletionDialog *dialog = h.compose(QStringLiteral("alice"), QStringLiteral("rasa"),
                                       { Identifier { QStringLiteral("rasa_user_id"), kAliceRasa, {}, {} } });
    QVERIFY(dialog);
    QCOMPARE(dialog->checkedValues(), QStringList { kAliceRasa });
    dialog->setAccount(QStringLiteral("bob"));
    QCOMPARE(dialog->candidateValues(), QStringList { kBobRasa });
    QVERIFY2(dialog->checkedValues().isEmpty(), "a pick made for alice carried over to bob");
    QVERIFY(!dialog->previewText().contains(kAliceRasa));
}

void TestRequests::savedEmlIsNotSent()
{
    Harness h;
    QVERIFY(h.ready);
    DeletionDialog *dialog = h.compose(QStringLiteral("alice"), QStringLiteral("skyplane"));
    QVERIFY(dialog);
    const QString file = h.data.filePath(QStringLiteral("request.eml"));
    dialog->setEmlPath(file);
    dialog->setChannel(Channel::Eml);
    dialog->setCheckedValues(dialog->candidateValues());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(h.requests()->rowCount(), 1);
    QVERIFY(QFile::exists(file));
    const DeletionRequest r = h.requests()->request(0);
    QCOMPARE(r.status, RequestStatus::Saved);
    QCOMPARE(r.account, QStringLiteral("alice"));
    QVERIFY2(!r.sentAt.isValid() && !r.deadline.isValid(), "a saved message started the answer period");
    QVERIFY(r.handedAt.isValid());
    const QString banner = h.window->banner()->text();
    QVERIFY2(banner.contains(QLatin1String("Saved as")) && banner.contains(file)
                 && banner.contains(QLatin1String("Mark as sent"))
                 && !banner.contains(QLatin1String("recorded as sent")),
             qPrintable(banner));
    QCOMPARE(h.requests()->index(0, RequestsModel::StatusColumn).data().toString(),
             QStringLiteral("Saved as .eml"));
    QCOMPARE(h.requests()->overdueCount(), 0);
    QCOMPARE(h.requests()->unsentCount(), 1);
    RequestsPage *page = h.window->requestsPage();
    QVERIFY(page->markSentButton()->isEnabled());
    QVERIFY(!page->markAnsweredButton()->isEnabled());
    QVERIFY(page->closeButton()->isEnabled());
}

void TestRequests::markSentOnADayThenAnswerAndClose()
{
    Harness h;
    QVERIFY(h.ready);
    DeletionDialog *dialog = h.compose(QStringLiteral("alice"), QStringLiteral("skyplane"));
    QVERIFY(dialog);
    dialog->setEmlPath(h.data.filePath(QStringLiteral("request.eml")));
    dialog->setChannel(Channel::Eml);
    dialog->setCheckedValues(dialog->candidateValues());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(h.requests()->rowCount(), 1);
    RequestsPage *page = h.window->requestsPage();

    QTest::mouseClick(page->markSentButton(), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<SentDateDialog *>());
    SentDateDialog *ask = page->findChild<SentDateDialog *>();
    // Only days from the request's creation (today) up to today can be given.
    ask->setDate(QDate::currentDate().addDays(-3));
    QCOMPARE(ask->date(), QDate::currentDate());
    QTest::mouseClick(ask->okButton(), Qt::LeftButton);
    QTRY_COMPARE(h.requests()->request(0).status, RequestStatus::Sent);
    const DeletionRequest sent = h.requests()->request(0);
    QVERIFY(sent.sentAt.isValid());
    QCOMPARE(sent.deadline, sent.sentAt.addMonths(1));
    QVERIFY2(page->message().contains(QLatin1String("recorded as sent")), qPrintable(page->message()));
    QVERIFY(!page->markSentButton()->isEnabled());
    QVERIFY(page->markAnsweredButton()->isEnabled());

    QTest::mouseClick(page->markAnsweredButton(), Qt::LeftButton);
    QTRY_COMPARE(h.requests()->request(0).status, RequestStatus::Answered);
    QVERIFY(!page->markAnsweredButton()->isEnabled());
    QTest::mouseClick(page->closeButton(), Qt::LeftButton);
    QTRY_COMPARE(h.requests()->request(0).status, RequestStatus::Closed);
    QVERIFY(!page->closeButton()->isEnabled());
    QVERIFY(!page->markSentButton()->isEnabled());
}

void TestRequests::answerPeriodCountsFromTheDaySent()
{
    DeletionRequest saved;
    saved.toolId = QStringLiteral("skyplane");
    saved.account = QStringLiteral("alice");
    saved.channel = Channel::Eml;
    saved.recipient = QStringLiteral("admin@skyplane.org");
    saved.subject = QStringLiteral("Request to delete Skyplane telemetry data");
    saved.body = QStringLiteral("Please delete.\n");
    saved.status = RequestStatus::Saved;
    saved.createdAt = QDateTime::currentDateTimeUtc().addDays(-50);
    Harness h([&saved](const QString &dataDir) {
        QVERIFY(QDir().mkpath(dataDir));
        RequestLedger ledger(dataDir + QStringLiteral("/requests.sqlite"));
        QVERIFY(ledger.open());
        QVERIFY(ledger.add(saved));
    });
    QVERIFY(h.ready);
    QCOMPARE(h.requests()->rowCount(), 1);
    QCOMPARE(h.requests()->overdueCount(), 0);
    RequestsPage *page = h.window->requestsPage();
    page->selectRequest(saved.id);
    QTest::mouseClick(page->markSentButton(), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<SentDateDialog *>());
    SentDateDialog *ask = page->findChild<SentDateDialog *>();
    const QDate day = QDate::currentDate().addDays(-40);
    ask->setDate(day);
    QCOMPARE(ask->date(), day);
    QTest::mouseClick(ask->okButton(), Qt::LeftButton);
    QTRY_COMPARE(h.requests()->request(0).status, RequestStatus::Sent);
    const DeletionRequest sent = h.requests()->request(0);
    QCOMPARE(sent.sentAt.toLocalTime().date(), day);
    QCOMPARE(sent.deadline, sent.sentAt.addMonths(1));
    // Forty days after the day it was sent, without an answer: overdue, said in words.
    QCOMPARE(h.requests()->overdueCount(), 1);
    QVERIFY2(h.requests()
                 ->index(0, RequestsModel::StatusColumn)
                 .data()
                 .toString()
                 .contains(QLatin1String("overdue")),
             qPrintable(h.requests()->index(0, RequestsModel::StatusColumn).data().toString()));
}

QTEST_MAIN(TestRequests)
#include "testrequests.moc"

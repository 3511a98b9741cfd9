#include "requests/deletionrequest.h"
#include "requests/draftencoder.h"

#include <QUrlQuery>
#include <QtTest>

using namespace tlens;

// A request kept in the ledger can be opened again later through the same kind of link.
class TestRequestLinks final : public QObject {
    Q_OBJECT

private:
    static DeletionRequest stored(Channel channel, const QString &recipient)
    {
        DeletionRequest r;
        r.id = QStringLiteral("6e662a43-0000-4000-8000-000000000001");
        r.toolId = QStringLiteral("ray");
        r.channel = channel;
        r.recipient = recipient;
        r.subject = QStringLiteral("Request to delete Ray usage data");
        r.body = QStringLiteral("Please delete:\n\n  session_id: 5c0f1e2d & more\n");
        return r;
    }

private Q_SLOTS:
    void mailLinkRoundTrips()
    {
        QString error;
        const QUrl url
            = DraftEncoder::linkFor(stored(Channel::Mailto, QStringLiteral("usage_stats@ray.io")), &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("usage_stats@ray.io"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("Request to delete Ray usage data"));
        QVERIFY(q.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("session_id: 5c0f1e2d & more")));
    }

    void issueLinkRoundTrips()
    {
        QString error;
        const QUrl url = DraftEncoder::linkFor(
            stored(Channel::Issue, QStringLiteral("https://github.com/mlflow/mlflow/issues/new")), &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.host(), QStringLiteral("github.com"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded),
                 QStringLiteral("Request to delete Ray usage data"));
    }

    void otherChannelsHaveNoLink_data()
    {
        QTest::addColumn<int>("channel");
        QTest::newRow("print") << int(Channel::Print);
        QTest::newRow("eml") << int(Channel::Eml);
        QTest::newRow("http") << int(Channel::Http);
    }

    void otherChannelsHaveNoLink()
    {
        QFETCH(int, channel);
        QString error;
        QVERIFY(!DraftEncoder::linkFor(stored(Channel(channel), QStringLiteral("usage_stats@ray.io")), &error)
                     .isValid());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestLinks)
#include "testrequestlinks.moc"

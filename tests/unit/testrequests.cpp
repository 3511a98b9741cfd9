#include "catalog/catalog.h"
#include "mimedecoder.h"
#include "requests/deletioncandidates.h"
#include "requests/deletiondraft.h"
#include "requests/deletionrequest.h"
#include "requests/draftencoder.h"
#include "scan/scanner.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>
#include <QUrlQuery>

using namespace tlens;
using tlens::test::decodeHeader;
using tlens::test::decodeQuotedPrintable;

namespace {

const QString kRaySessionA = QStringLiteral("5c0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aab");
const QString kRaySessionB = QStringLiteral("9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5");
const QString kSkyplaneClient = QStringLiteral("00000000000000000000020000004242");
const QString kMlflowInstallation = QStringLiteral("9ec7d6a7-3dd5-4269-a24f-23ab2f5e1e87");
const QString kRasaUser = QStringLiteral("3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c");
const QString kBobRasaUser = QStringLiteral("0b2e9d4c7a1f4e3b8c6d5a2f1e0d9c8b");
const QString kAlice = QStringLiteral("alice");

const ToolSpec &tool(const QString &id)
{
    const ToolSpec *spec = Catalog::instance().tool(id);
    if (!spec)
        qFatal("tool %s missing from the catalog", qPrintable(id));
    return *spec;
}

Identifier identifier(const QString &kind, const QString &value, const QString &source = {})
{
    return Identifier { kind, value, source, {} };
}

// Everything that would identify the person or the machine the fixture stands for.
QStringList personalDataIn(const QString &text)
{
    QStringList found;
    for (const QString &word :
         { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("/home"), QStringLiteral("/tmp"),
           QStringLiteral("/etc"), QStringLiteral(".config"), QStringLiteral("usage_stats.json") }) {
        if (text.contains(word, Qt::CaseInsensitive))
            found.append(word);
    }
    const QString host = QSysInfo::machineHostName();
    if (!host.isEmpty()
        && text.contains(QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(host)
                                                + QStringLiteral("\\b"),
                                            QRegularExpression::CaseInsensitiveOption)))
        found.append(host);
    if (text.contains(QDir::homePath()))
        found.append(QDir::homePath());
    return found;
}

// A scan as the fixture's machine produces it: alice's per-account data and the shared temp folders.
ScanResult fixtureLikeScan()
{
    ScanResult result;
    result.machine.hostName = QStringLiteral("alice-workstation");
    UserScan alice;
    alice.account.name = QStringLiteral("alice");
    alice.account.home = QStringLiteral("/home/alice");
    ToolStatus sky;
    sky.toolId = QStringLiteral("skyplane");
    sky.identifiers = { identifier(QStringLiteral("client_id"), kSkyplaneClient,
                                   QStringLiteral("/home/alice/.skyplane/host_uuid")) };
    ToolStatus mlflow;
    mlflow.toolId = QStringLiteral("mlflow");
    mlflow.identifiers = { identifier(QStringLiteral("installation_id"), kMlflowInstallation,
                                      QStringLiteral("/home/alice/.config/mlflow/telemetry.json")) };
    Artifact idFile;
    idFile.kind = QStringLiteral("id-file");
    idFile.path = QStringLiteral("/home/alice/.config/mlflow/telemetry.json");
    idFile.version = QStringLiteral("3.7.0");
    idFile.timeMs = QDateTime(QDate(2025, 12, 3), QTime(9, 41, 27), Qt::UTC).toMSecsSinceEpoch();
    mlflow.artifacts = { idFile };
    ToolStatus rasa;
    rasa.toolId = QStringLiteral("rasa");
    rasa.identifiers = { identifier(QStringLiteral("rasa_user_id"), kRasaUser,
                                    QStringLiteral("/home/alice/.config/rasa/global.yml")) };
    Installation rasaInstall { QStringLiteral("rasa"), QStringLiteral("3.6.20"),
                               QStringLiteral("/home/alice/.local/lib/rasa-3.6.20.dist-info"),
                               QStringLiteral("dist-info") };
    rasa.installations = { rasaInstall };
    ToolStatus prisma;
    prisma.toolId = QStringLiteral("prisma");
    prisma.identifiers
        = { identifier(QStringLiteral("signature"), QStringLiteral("5d0c3c4e-8a7b-4f7e-9a51-2b1b9c0d7e6f"),
                       QStringLiteral("/home/alice/.cache/checkpoint-nodejs/signature")) };
    alice.tools = { sky, mlflow, rasa, prisma };
    result.users = { alice };

    MachineToolData ray;
    ray.toolId = QStringLiteral("ray");
    ray.identifiers = { identifier(QStringLiteral("session_id"), kRaySessionA,
                                   QStringLiteral("/tmp/ray/session_a/usage_stats.json")),
                        identifier(QStringLiteral("session_id"), kRaySessionB,
                                   QStringLiteral("/tmp/ray/session_b/usage_stats.json")) };
    Artifact reportA;
    reportA.kind = QStringLiteral("report");
    reportA.path = QStringLiteral("/tmp/ray/session_a/usage_stats.json");
    reportA.sessionId = kRaySessionA;
    reportA.version = QStringLiteral("2.49.0");
    reportA.timeMs = 1795173694456;
    Artifact reportB = reportA;
    reportB.path = QStringLiteral("/tmp/ray/session_b/usage_stats.json");
    reportB.sessionId = kRaySessionB;
    reportB.version = QStringLiteral("2.50.1");
    reportB.timeMs = 1795249812000;
    ray.artifacts = { reportA, reportB };
    MachineToolData skyMachine;
    skyMachine.toolId = QStringLiteral("skyplane");
    skyMachine.identifiers
        = { identifier(QStringLiteral("client_id"), kSkyplaneClient, QStringLiteral("/tmp/skyplane/usage")),
            identifier(QStringLiteral("session_id"), QStringLiteral("20261121_091502-7e6f5a4b")) };
    Artifact transfer;
    transfer.kind = QStringLiteral("report");
    transfer.path = QStringLiteral("/tmp/skyplane/usage/x/usage_stats.json");
    transfer.sessionId = QStringLiteral("20261121_091502-7e6f5a4b");
    transfer.version = QStringLiteral("0.3.2");
    transfer.timeMs = 1795252502000;
    skyMachine.artifacts = { transfer };
    result.machine.tools = { ray, skyMachine };
    return result;
}

struct ParsedMessage {
    QMultiHash<QByteArray, QByteArray> headers; // lower-case names, unfolded values
    QByteArray rawBody;
    QStringList problems;
};

ParsedMessage parseMessage(const QByteArray &message)
{
    ParsedMessage parsed;
    const int split = int(message.indexOf("\r\n\r\n"));
    if (split < 0) {
        parsed.problems.append(QStringLiteral("no empty line after the headers"));
        return parsed;
    }
    const QList<QByteArray> lines = message.split('\n');
    for (int i = 0; i < lines.size() - 1; ++i) {
        if (!lines.at(i).endsWith('\r'))
            parsed.problems.append(QStringLiteral("line %1 ends with a bare LF").arg(i + 1));
        if (lines.at(i).size() - 1 > 78)
            parsed.problems.append(
                QStringLiteral("line %1 is %2 characters long").arg(i + 1).arg(lines.at(i).size() - 1));
    }
    if (!message.endsWith("\r\n"))
        parsed.problems.append(QStringLiteral("the message does not end with CRLF"));
    QByteArray unfolded = message.left(split);
    unfolded.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : unfolded.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        const int colon = int(trimmed.indexOf(':'));
        if (colon <= 0) {
            parsed.problems.append(QStringLiteral("header line without a name: ")
                                   + QString::fromLatin1(trimmed));
            continue;
        }
        parsed.headers.insert(trimmed.left(colon).toLower(), trimmed.mid(colon + 1).trimmed());
    }
    parsed.rawBody = message.mid(split + 4);
    return parsed;
}

ToolSpec unusualTool()
{
    ToolSpec spec = tool(QStringLiteral("ray"));
    spec.name = QStringLiteral("Zürich & Söhne+Partner = 100% \"Telemetrie\" für Straßenbahnen #1?");
    return spec;
}

} // namespace

class TestRequests final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void draft_data();
    void draft();
    void refused_data();
    void refused();
    void versionsFromFilesAreChecked();
    void candidatesFromScan();
    void factsFollowTheSelection();
    void candidatesAreOneAccounts_data();
    void candidatesAreOneAccounts();
    void noPersonalDataInAnyChannel_data();
    void noPersonalDataInAnyChannel();
    void fixtureScanDrafts_data();
    void fixtureScanDrafts();
    void mailtoRoundTrip_data();
    void mailtoRoundTrip();
    void mailtoRefusedForIssueTools();
    void linkTooLong();
    void issueLink();
    void eml_data();
    void eml();
    void quotedPrintable_data();
    void quotedPrintable();
    void decodersAgreeWithPython_data();
    void decodersAgreeWithPython();
    void httpBody_data();
    void httpBody();
};

void TestRequests::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRequests::draft_data()
{
    QTest::addColumn<QString>("toolId");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("contact");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<bool>("isIssue");

    const QString ray = QStringLiteral("usage_stats@ray.io");
    QTest::newRow("ray, one session")
        << QStringLiteral("ray") << QStringList { kRaySessionA } << QString() << ray << false;
    QTest::newRow("ray, two sessions, contact")
        << QStringLiteral("ray") << QStringList { kRaySessionA, kRaySessionB }
        << QStringLiteral("me@example.org") << ray << false;
    QTest::newRow("skyplane, client id") << QStringLiteral("skyplane") << QStringList { kSkyplaneClient }
                                         << QString() << QStringLiteral("admin@skyplane.org") << false;
    QTest::newRow("rasa, user id, contact")
        << QStringLiteral("rasa") << QStringList { kRasaUser }
        << QStringLiteral("first.last+privacy@mail.example.com") << QStringLiteral("dpo@rasa.com") << false;
    QTest::newRow("mlflow, installation id")
        << QStringLiteral("mlflow") << QStringList { kMlflowInstallation } << QString()
        << QStringLiteral("https://github.com/mlflow/mlflow/issues/new") << true;
    QTest::newRow("mlflow, installation id, contact")
        << QStringLiteral("mlflow") << QStringList { kMlflowInstallation } << QStringLiteral("me@example.org")
        << QStringLiteral("https://github.com/mlflow/mlflow/issues/new") << true;
}

void TestRequests::draft()
{
    QFETCH(QString, toolId);
    QFETCH(QStringList, values);
    QFETCH(QString, contact);
    QFETCH(QString, recipient);
    QFETCH(bool, isIssue);

    const ToolSpec &spec = tool(toolId);
    QList<Identifier> ids;
    for (const QString &v : values)
        ids.append(identifier(spec.deletion.identifier, v, QStringLiteral("/home/alice/somewhere")));
    DraftFacts facts;
    facts.versions = { QStringLiteral("2.10.0"), QStringLiteral("2.9.1"), QStringLiteral("2.10.0") };
    facts.firstSeen = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    facts.lastSeen = QDateTime(QDate(2026, 11, 21), QTime(23, 59), Qt::UTC);

    QString error;
    const std::optional<DeletionDraft> draft = DeletionDraft::compose(spec, ids, facts, contact, &error);
    QVERIFY2(draft, qPrintable(error));
    QCOMPARE(draft->recipient(), recipient);
    QCOMPARE(draft->kind() == DeletionDraft::Kind::Issue, isIssue);
    QVERIFY2(draft->subject().contains(spec.name), qPrintable(draft->subject()));
    QCOMPARE(draft->identifiers().size(), values.size());
    for (const QString &v : values) {
        const QString line
            = QStringLiteral("  ") + spec.deletion.identifier + QStringLiteral(": ") + v + QLatin1Char('\n');
        QVERIFY2(draft->body().contains(line),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(line.trimmed(), draft->body())));
    }
    QVERIFY2(draft->body().contains(QStringLiteral("2.9.1, 2.10.0")), qPrintable(draft->body()));
    QVERIFY2(draft->body().contains(QStringLiteral("2026-11-20 to 2026-11-21")), qPrintable(draft->body()));
    QCOMPARE(draft->body().contains(QLatin1Char('@')), !contact.isEmpty());
    if (!contact.isEmpty())
        QVERIFY2(draft->body().contains(contact), qPrintable(draft->body()));
    QCOMPARE(draft->contact(), contact);
    QCOMPARE(draft->notice().isEmpty(), !isIssue);
    QVERIFY2(draft->text().contains(recipient) && draft->text().contains(draft->subject())
                 && draft->text().endsWith(draft->body()),
             qPrintable(draft->text()));
    const QStringList leaked = personalDataIn(draft->text());
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1String(", "))));
}

void TestRequests::refused_data()
{
    QTest::addColumn<QString>("toolId");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("contact");

    QTest::newRow("absolute path") << QStringLiteral("ray") << QStringLiteral("session_id")
                                   << QStringLiteral("/home/alice/x") << QString();
    QTest::newRow("relative path") << QStringLiteral("ray") << QStringLiteral("session_id")
                                   << QStringLiteral("abc/def") << QString();
    QTest::newRow("home shorthand") << QStringLiteral("ray") << QStringLiteral("session_id")
                                    << QStringLiteral("~alice") << QString();
    QTest::newRow("windows path") << QStringLiteral("ray") << QStringLiteral("session_id")
                                  << QStringLiteral("C:\\Users\\alice") << QString();
    QTest::newRow("dot path") << QStringLiteral("ray") << QStringLiteral("session_id") << QStringLiteral("..")
                              << QString();
    QTest::newRow("mail address") << QStringLiteral("rasa") << QStringLiteral("rasa_user_id")
                                  << QStringLiteral("alice@example.org") << QString();
    QTest::newRow("free text") << QStringLiteral("rasa") << QStringLiteral("rasa_user_id")
                               << QStringLiteral("alice smith") << QString();
    QTest::newRow("line break") << QStringLiteral("rasa") << QStringLiteral("rasa_user_id")
                                << QStringLiteral("abc\nBcc: x") << QString();
    QTest::newRow("too long") << QStringLiteral("rasa") << QStringLiteral("rasa_user_id")
                              << QString(129, QLatin1Char('a')) << QString();
    QTest::newRow("empty value") << QStringLiteral("rasa") << QStringLiteral("rasa_user_id") << QString()
                                 << QString();
    QTest::newRow("wrong kind") << QStringLiteral("skyplane") << QStringLiteral("session_id")
                                << QStringLiteral("20261121_091502-7e6f5a4b") << QString();
    QTest::newRow("no identifier") << QStringLiteral("ray") << QString() << QString() << QString();
    QTest::newRow("contact without domain")
        << QStringLiteral("ray") << QStringLiteral("session_id") << kRaySessionA << QStringLiteral("bob");
    QTest::newRow("contact with header injection")
        << QStringLiteral("ray") << QStringLiteral("session_id") << kRaySessionA
        << QStringLiteral("me@example.org\r\nBcc: x@example.org");
    QTest::newRow("contact with a name") << QStringLiteral("ray") << QStringLiteral("session_id")
                                         << kRaySessionA << QStringLiteral("Alice <alice@example.org>");
}

void TestRequests::refused()
{
    QFETCH(QString, toolId);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, contact);
    const QList<Identifier> ids
        = kind.isEmpty() ? QList<Identifier> {} : QList<Identifier> { identifier(kind, value) };
    QString error;
    const std::optional<DeletionDraft> draft = DeletionDraft::compose(tool(toolId), ids, {}, contact, &error);
    QVERIFY2(!draft, qPrintable(draft ? draft->body() : QString()));
    QVERIFY2(!error.isEmpty(), "a refusal must say why");
}

void TestRequests::versionsFromFilesAreChecked()
{
    DraftFacts facts;
    facts.versions
        = { QStringLiteral("2.49.0"), QStringLiteral("alice-laptop"), QStringLiteral("1.0/home/alice"),
            QStringLiteral("2.0 by alice"), QStringLiteral("2.0.0+alice") };
    QString error;
    const auto draft = DeletionDraft::compose(tool(QStringLiteral("ray")),
                                              { identifier(QStringLiteral("session_id"), kRaySessionA) },
                                              facts, {}, &error);
    QVERIFY2(draft, qPrintable(error));
    QCOMPARE(draft->facts().versions, QStringList { QStringLiteral("2.49.0") });
    QVERIFY2(!draft->body().contains(QStringLiteral("alice")), qPrintable(draft->body()));
}

void TestRequests::candidatesFromScan()
{
    const ScanResult scan = fixtureLikeScan();
    const QList<Identifier> ray = DeletionCandidates::identifiers(scan, tool(QStringLiteral("ray")), kAlice);
    QCOMPARE(ray.size(), 2);
    QCOMPARE(ray.at(0).value, kRaySessionA);
    QCOMPARE(ray.at(1).value, kRaySessionB);
    // The same client id in alice's host_uuid and in the shared folder is one identifier; transfer
    // session ids are not what Skyplane deletes by.
    const QList<Identifier> sky
        = DeletionCandidates::identifiers(scan, tool(QStringLiteral("skyplane")), kAlice);
    QCOMPARE(sky.size(), 1);
    QCOMPARE(sky.at(0).value, kSkyplaneClient);
    QCOMPARE(DeletionCandidates::identifiers(scan, tool(QStringLiteral("mlflow")), kAlice).size(), 1);
    QCOMPARE(DeletionCandidates::identifiers(scan, tool(QStringLiteral("rasa")), kAlice).size(), 1);
}

void TestRequests::factsFollowTheSelection()
{
    const ScanResult scan = fixtureLikeScan();
    const ToolSpec &ray = tool(QStringLiteral("ray"));
    const DraftFacts onlyB = DeletionCandidates::facts(
        scan, ray, { identifier(QStringLiteral("session_id"), kRaySessionB) }, kAlice);
    QCOMPARE(onlyB.versions, QStringList { QStringLiteral("2.50.1") });
    QCOMPARE(onlyB.firstSeen, QDateTime::fromMSecsSinceEpoch(1795249812000, Qt::UTC));
    QCOMPARE(onlyB.lastSeen, onlyB.firstSeen);
    const DraftFacts both
        = DeletionCandidates::facts(scan, ray, DeletionCandidates::identifiers(scan, ray, kAlice), kAlice);
    QCOMPARE(both.versions, (QStringList { QStringLiteral("2.49.0"), QStringLiteral("2.50.1") }));
    QCOMPARE(both.firstSeen, QDateTime::fromMSecsSinceEpoch(1795173694456, Qt::UTC));
    QCOMPARE(both.lastSeen, QDateTime::fromMSecsSinceEpoch(1795249812000, Qt::UTC));

    const DraftFacts rasa = DeletionCandidates::facts(scan, tool(QStringLiteral("rasa")), {}, kAlice);
    QCOMPARE(rasa.versions, QStringList { QStringLiteral("3.6.20") });
    QVERIFY(!rasa.firstSeen.isValid());
    const DraftFacts mlflow = DeletionCandidates::facts(scan, tool(QStringLiteral("mlflow")), {}, kAlice);
    QCOMPARE(mlflow.firstSeen.date(), QDate(2025, 12, 3));
}

void TestRequests::candidatesAreOneAccounts_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("toolId");
    QTest::addColumn<QStringList>("identifiers");
    QTest::addColumn<QStringList>("versions");
    QTest::newRow("alice rasa") << kAlice << QStringLiteral("rasa") << QStringList { kRasaUser }
                                << QStringList { QStringLiteral("3.6.20") };
    QTest::newRow("bob rasa") << QStringLiteral("bob") << QStringLiteral("rasa")
                              << QStringList { kBobRasaUser } << QStringList { QStringLiteral("3.7.1") };
    // Bob owns the second Ray session folder in /tmp: alice's request neither quotes it nor its version.
    QTest::newRow("alice ray") << kAlice << QStringLiteral("ray") << QStringList { kRaySessionA }
                               << QStringList { QStringLiteral("2.49.0") };
    QTest::newRow("bob ray") << QStringLiteral("bob") << QStringLiteral("ray") << QStringList { kRaySessionB }
                             << QStringList { QStringLiteral("2.50.1") };
    QTest::newRow("no such account") << QStringLiteral("carol") << QStringLiteral("rasa") << QStringList()
                                     << QStringList();
}

void TestRequests::candidatesAreOneAccounts()
{
    QFETCH(QString, account);
    QFETCH(QString, toolId);
    QFETCH(QStringList, identifiers);
    QFETCH(QStringList, versions);
    ScanResult scan = fixtureLikeScan();
    scan.users[0].account.uid = 1000;
    UserScan bob;
    bob.account.name = QStringLiteral("bob");
    bob.account.uid = 1001;
    bob.account.home = QStringLiteral("/home/bob");
    ToolStatus rasa;
    rasa.toolId = QStringLiteral("rasa");
    rasa.identifiers = { identifier(QStringLiteral("rasa_user_id"), kBobRasaUser,
                                    QStringLiteral("/home/bob/.config/rasa/global.yml")) };
    rasa.installations = { Installation { QStringLiteral("rasa"), QStringLiteral("3.7.1"),
                                          QStringLiteral("/home/bob/.local/lib/rasa-3.7.1.dist-info"),
                                          QStringLiteral("dist-info") } };
    bob.tools = { rasa };
    scan.users.append(bob);
    for (MachineToolData &m : scan.machine.tools) {
        for (Artifact &a : m.artifacts)
            a.ownerUid = a.sessionId == kRaySessionB ? 1001 : 1000;
    }

    const ToolSpec &spec = tool(toolId);
    const QList<Identifier> found = DeletionCandidates::identifiers(scan, spec, account);
    QStringList values;
    for (const Identifier &id : found)
        values.append(id.value);
    QCOMPARE(values, identifiers);
    // Even a selection naming another account's identifier draws no fact from that account.
    QList<Identifier> everything;
    for (const QString &v : { kRasaUser, kBobRasaUser, kRaySessionA, kRaySessionB })
        everything.append(identifier(spec.deletion.identifier, v));
    QCOMPARE(DeletionCandidates::facts(scan, spec, everything, account).versions, versions);
}

void TestRequests::noPersonalDataInAnyChannel_data()
{
    QTest::addColumn<QString>("toolId");
    // Every tool with a deletion channel (e-mail or issue); the others name no one to ask.
    for (const ToolSpec &t : Catalog::instance().tools()) {
        if (t.deletion.channel == QLatin1String("email") || t.deletion.channel == QLatin1String("issue"))
            QTest::newRow(qPrintable(t.id)) << t.id;
    }
}

void TestRequests::noPersonalDataInAnyChannel()
{
    QFETCH(QString, toolId);
    ScanResult scan = fixtureLikeScan();
    const ToolSpec &spec = tool(toolId);
    if (DeletionCandidates::identifiers(scan, spec, kAlice).isEmpty()) {
        // A tool the sample does not cover gets one identifier of the kind its request quotes.
        ToolStatus extra;
        extra.toolId = spec.id;
        extra.identifiers = { identifier(spec.deletion.identifier, QStringLiteral("0123456789abcdef"),
                                         QStringLiteral("/home/alice/.config/") + spec.id) };
        scan.users.first().tools.append(extra);
    }
    const QList<Identifier> ids = DeletionCandidates::identifiers(scan, spec, kAlice);
    QVERIFY2(!ids.isEmpty(), "the scan holds identifiers for every tool");
    QString error;
    const auto draft
        = DeletionDraft::compose(spec, ids, DeletionCandidates::facts(scan, spec, ids, kAlice), {}, &error);
    QVERIFY2(draft, qPrintable(error));

    DeletionRequest request;
    request.id = QStringLiteral("0b7e5f8a-1111-4222-8333-944455556666");
    request.toolId = spec.id;
    request.identifiers = draft->identifiers();
    request.body = draft->body();
    request.createdAt = QDateTime::currentDateTimeUtc();
    QStringList outputs { draft->text(), QString::fromUtf8(request.httpBody()) };
    if (draft->kind() == DeletionDraft::Kind::Email) {
        outputs.append(QUrl::fromPercentEncoding(DraftEncoder::mailtoUrl(*draft, &error).toEncoded()));
        // Each part decoded as a mail program shows it: encoded words in the headers, the body.
        const ParsedMessage eml
            = parseMessage(DraftEncoder::emlMessage(*draft, request.id, request.createdAt));
        QVERIFY2(eml.problems.isEmpty(), qPrintable(eml.problems.join(QLatin1Char('\n'))));
        QString shown;
        for (auto it = eml.headers.cbegin(); it != eml.headers.cend(); ++it)
            shown += QString::fromLatin1(it.key()) + QLatin1String(": ") + decodeHeader(it.value())
                + QLatin1Char('\n');
        outputs.append(shown + QString::fromUtf8(decodeQuotedPrintable(eml.rawBody)));
    } else {
        outputs.append(QUrl::fromPercentEncoding(DraftEncoder::issueUrl(*draft, &error).toEncoded()));
    }
    for (const QString &text : std::as_const(outputs)) {
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        const QStringList leaked = personalDataIn(text);
        QVERIFY2(leaked.isEmpty(),
                 qPrintable(leaked.join(QLatin1String(", ")) + QStringLiteral(" in:\n") + text));
        QVERIFY2(!text.contains(scan.machine.hostName), qPrintable(text));
    }
    for (const Identifier &id : draft->identifiers())
        QVERIFY2(id.source.isEmpty(), "a draft keeps no file path");
}

void TestRequests::fixtureScanDrafts_data()
{
    QTest::addColumn<QString>("toolId");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QStringList>("expected");
    // Ray's sessions are machine-wide and owned by no account of the image: both accounts may quote them.
    QTest::newRow("ray, alice") << QStringLiteral("ray") << kAlice
                                << QStringList { kRaySessionA, kRaySessionB };
    QTest::newRow("skyplane, alice") << QStringLiteral("skyplane") << kAlice
                                     << QStringList { kSkyplaneClient };
    QTest::newRow("mlflow, alice") << QStringLiteral("mlflow") << kAlice
                                   << QStringList { kMlflowInstallation };
    // Every account of the image is scanned, and each request quotes one account's identifier only.
    QTest::newRow("rasa, alice") << QStringLiteral("rasa") << kAlice << QStringList { kRasaUser };
    QTest::newRow("rasa, bob") << QStringLiteral("rasa") << QStringLiteral("bob")
                               << QStringList { kBobRasaUser };
}

void TestRequests::fixtureScanDrafts()
{
    QFETCH(QString, toolId);
    QFETCH(QString, account);
    QFETCH(QStringList, expected);
    const test::FixtureCopy fixture;
    QVERIFY(fixture.isValid());
    ScanOptions options;
    options.root = fixture.root();
    options.allUsers = true;
    options.liveEnvironment = false;
    const ScanResult scan = Scanner::scan(options);
    const ToolSpec &spec = tool(toolId);
    const QList<Identifier> ids = DeletionCandidates::identifiers(scan, spec, account);
    QStringList values;
    for (const Identifier &id : ids)
        values.append(id.value);
    values.sort();
    QCOMPARE(values, expected);
    QString error;
    const auto draft = DeletionDraft::compose(spec, ids, DeletionCandidates::facts(scan, spec, ids, account),
                                              QStringLiteral("me@example.org"), &error);
    QVERIFY2(draft, qPrintable(error));
    for (const QString &v : expected)
        QVERIFY2(draft->body().contains(v), qPrintable(draft->body()));
    const QStringList leaked = personalDataIn(draft->text());
    QVERIFY2(leaked.isEmpty(),
             qPrintable(leaked.join(QLatin1String(", ")) + QStringLiteral(" in:\n") + draft->text()));
    QVERIFY2(!draft->text().contains(fixture.root()), qPrintable(draft->text()));
}

void TestRequests::mailtoRoundTrip_data()
{
    QTest::addColumn<bool>("unusual");
    QTest::addColumn<QString>("contact");
    QTest::newRow("ray") << false << QString();
    QTest::newRow("reserved and non-ASCII characters") << true << QStringLiteral("first+last@example.org");
}

void TestRequests::mailtoRoundTrip()
{
    QFETCH(bool, unusual);
    QFETCH(QString, contact);
    const ToolSpec spec = unusual ? unusualTool() : tool(QStringLiteral("ray"));
    QString error;
    const auto draft = DeletionDraft::compose(
        spec, { identifier(QStringLiteral("session_id"), kRaySessionA) }, {}, contact, &error);
    QVERIFY2(draft, qPrintable(error));
    const QUrl url = DraftEncoder::mailtoUrl(*draft, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), QStringLiteral("usage_stats@ray.io"));
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(!encoded.contains(' ') && !encoded.contains('\n') && !encoded.contains('+'),
             encoded.constData());
    QVERIFY2(encoded.contains("%0D%0A"), "line breaks are CRLF in a mailto body");
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), draft->subject());
    QString body = draft->body();
    body.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded), body);
    QCOMPARE(query.queryItems().size(), 2);
}

void TestRequests::mailtoRefusedForIssueTools()
{
    QString error;
    const auto draft = DeletionDraft::compose(
        tool(QStringLiteral("mlflow")),
        { identifier(QStringLiteral("installation_id"), kMlflowInstallation) }, {}, {}, &error);
    QVERIFY2(draft, qPrintable(error));
    QVERIFY(!DraftEncoder::mailtoUrl(*draft, &error).isValid());
    QVERIFY2(error.contains(QStringLiteral("MLflow")), qPrintable(error));
    QVERIFY(DraftEncoder::emlMessage(*draft, QStringLiteral("x"), QDateTime::currentDateTimeUtc()).isEmpty());
}

void TestRequests::linkTooLong()
{
    QList<Identifier> many;
    for (int i = 0; i < 200; ++i)
        many.append(
            identifier(QStringLiteral("session_id"), QStringLiteral("%1").arg(i, 56, 10, QLatin1Char('0'))));
    QString error;
    const auto draft = DeletionDraft::compose(tool(QStringLiteral("ray")), many, {}, {}, &error);
    QVERIFY2(draft, qPrintable(error));
    QVERIFY(!DraftEncoder::mailtoUrl(*draft, &error).isValid());
    QVERIFY2(error.contains(QString::number(DraftEncoder::kMaxLinkLength)), qPrintable(error));
    // The message file has no such limit and still names every identifier.
    const QByteArray eml
        = DraftEncoder::emlMessage(*draft, QStringLiteral("id"), QDateTime::currentDateTimeUtc());
    const QString body = QString::fromUtf8(decodeQuotedPrintable(parseMessage(eml).rawBody));
    QVERIFY(body.contains(many.last().value) && body.contains(many.first().value));
}

void TestRequests::issueLink()
{
    const ToolSpec &spec = tool(QStringLiteral("mlflow"));
    DraftFacts facts;
    facts.versions = { QStringLiteral("3.7.0") };
    facts.firstSeen = QDateTime(QDate(2025, 12, 3), QTime(9, 41), Qt::UTC);
    facts.lastSeen = QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
    QString error;
    const auto draft = DeletionDraft::compose(
        spec, { identifier(QStringLiteral("installation_id"), kMlflowInstallation) }, facts, {}, &error);
    QVERIFY2(draft, qPrintable(error));
    const QUrl url = DraftEncoder::issueUrl(*draft, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("github.com"));
    QCOMPARE(url.path(), QStringLiteral("/mlflow/mlflow/issues/new"));
    QVERIFY(url.toEncoded().size() <= DraftEncoder::kMaxLinkLength);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded), draft->subject());
    const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    QCOMPARE(body, draft->body());
    QVERIFY2(body.contains(kMlflowInstallation) && body.contains(QStringLiteral("3.7.0"))
                 && body.contains(QStringLiteral("2025-12-03 to 2026-01-15")),
             qPrintable(body));

    const auto mail
        = DeletionDraft::compose(tool(QStringLiteral("rasa")),
                                 { identifier(QStringLiteral("rasa_user_id"), kRasaUser) }, {}, {}, &error);
    QVERIFY2(mail, qPrintable(error));
    QVERIFY(!DraftEncoder::issueUrl(*mail, &error).isValid());
}

void TestRequests::eml_data()
{
    QTest::addColumn<bool>("unusual");
    QTest::addColumn<QString>("contact");
    QTest::newRow("ray, no contact") << false << QString();
    QTest::newRow("ray, contact") << false << QStringLiteral("me@example.org");
    QTest::newRow("non-ASCII subject, long lines") << true << QStringLiteral("me@example.org");
}

void TestRequests::eml()
{
    QFETCH(bool, unusual);
    QFETCH(QString, contact);
    const ToolSpec spec = unusual ? unusualTool() : tool(QStringLiteral("ray"));
    DraftFacts facts;
    facts.versions = { QStringLiteral("2.49.0") };
    QString error;
    const auto draft = DeletionDraft::compose(spec,
                                              { identifier(QStringLiteral("session_id"), kRaySessionA),
                                                identifier(QStringLiteral("session_id"), kRaySessionB) },
                                              facts, contact, &error);
    QVERIFY2(draft, qPrintable(error));
    const QString requestId = QStringLiteral("0b7e5f8a-1111-4222-8333-944455556666");
    const QDateTime date(QDate(2026, 11, 21), QTime(8, 30, 12), Qt::UTC);
    const QByteArray message = DraftEncoder::emlMessage(*draft, requestId, date);

    const ParsedMessage parsed = parseMessage(message);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(QLatin1Char('\n'))));
    for (const QByteArray &name :
         { QByteArrayLiteral("date"), QByteArrayLiteral("to"), QByteArrayLiteral("subject"),
           QByteArrayLiteral("message-id"), QByteArrayLiteral("mime-version"),
           QByteArrayLiteral("content-type"), QByteArrayLiteral("content-transfer-encoding") })
        QVERIFY2(parsed.headers.count(name) == 1, name.constData());
    QCOMPARE(QDateTime::fromString(QString::fromLatin1(parsed.headers.value("date")), Qt::RFC2822Date), date);
    QCOMPARE(parsed.headers.value("to"), QByteArrayLiteral("usage_stats@ray.io"));
    QCOMPARE(parsed.headers.value("from"), contact.toLatin1());
    QCOMPARE(parsed.headers.contains("from"), !contact.isEmpty());
    QCOMPARE(decodeHeader(parsed.headers.value("subject")), draft->subject());
    QCOMPARE(parsed.headers.value("subject").startsWith("=?UTF-8?"), unusual);
    QCOMPARE(parsed.headers.value("message-id"),
             QByteArray('<' + requestId.toLatin1() + "@telemetry-lens.invalid>"));
    QCOMPARE(parsed.headers.value("mime-version"), QByteArrayLiteral("1.0"));
    QCOMPARE(parsed.headers.value("content-type"), QByteArrayLiteral("text/plain; charset=UTF-8"));
    QCOMPARE(parsed.headers.value("content-transfer-encoding"), QByteArrayLiteral("quoted-printable"));

    for (char c : parsed.rawBody)
        QVERIFY2(uchar(c) < 128, "a quoted-printable body is 7-bit");
    QString body = QString::fromUtf8(decodeQuotedPrintable(parsed.rawBody));
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QCOMPARE(body, draft->body());
}

void TestRequests::quotedPrintable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("Hello\nworld\n") << QByteArrayLiteral("Hello\r\nworld\r\n");
    QTest::newRow("equals sign") << QStringLiteral("a=b") << QByteArrayLiteral("a=3Db\r\n");
    QTest::newRow("trailing blanks") << QStringLiteral("a \nb\t") << QByteArrayLiteral("a=20\r\nb=09\r\n");
    QTest::newRow("UTF-8") << QStringLiteral("Gr\u00fc\u00dfe") << QByteArrayLiteral("Gr=C3=BC=C3=9Fe\r\n");
    QTest::newRow("empty lines kept") << QStringLiteral("a\n\nb\n") << QByteArrayLiteral("a\r\n\r\nb\r\n");
    QTest::newRow("long line") << QString(100, QLatin1Char('x'))
                               << QByteArray(QByteArray(75, 'x') + "=\r\n" + QByteArray(25, 'x') + "\r\n");
    QTest::newRow("escape not split") << QString(74, QLatin1Char('x')) + QStringLiteral("\u00e9")
                                      << QByteArray(QByteArray(74, 'x') + "=\r\n=C3=A9\r\n");
}

void TestRequests::quotedPrintable()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const QByteArray encoded = DraftEncoder::quotedPrintable(text);
    QCOMPARE(encoded, expected);
    QString decoded = QString::fromUtf8(decodeQuotedPrintable(encoded));
    decoded.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QString original = text;
    if (!original.endsWith(QLatin1Char('\n')))
        original += QLatin1Char('\n');
    QCOMPARE(decoded, original);
}

void TestRequests::decodersAgreeWithPython_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QByteArray>("body");
    const QString dir = QStringLiteral(TLENS_TEST_FIXTURES "/mime");
    QFile expectedFile(dir + QStringLiteral("/expected.json"));
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    QVERIFY2(expected.size() >= 3, "expected.json lists the messages");
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        QTest::newRow(qPrintable(it.key()))
            << dir + QLatin1Char('/') + it.key() << o.value(QStringLiteral("subject")).toString()
            << QByteArray::fromHex(o.value(QStringLiteral("body_hex")).toString().toLatin1());
    }
}

// tests/fixtures/mime/expected.json holds what Python's email package reads in the same messages.
void TestRequests::decodersAgreeWithPython()
{
    QFETCH(QString, file);
    QFETCH(QString, subject);
    QFETCH(QByteArray, body);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray message = f.readAll();
    const qsizetype split = message.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    QByteArray headers = message.left(split);
    headers.replace("\r\n ", " ").replace("\r\n\t", " ");
    QByteArray rawSubject;
    for (const QByteArray &line : headers.split('\n')) {
        if (line.toLower().startsWith("subject:"))
            rawSubject = line.mid(8).trimmed();
    }
    QCOMPARE(decodeHeader(rawSubject), subject);
    QCOMPARE(decodeQuotedPrintable(message.mid(split + 4)), body);
}

void TestRequests::httpBody_data()
{
    QTest::addColumn<QString>("contact");
    QTest::newRow("without contact") << QString();
    QTest::newRow("with contact") << QStringLiteral("me@example.org");
}

void TestRequests::httpBody()
{
    QFETCH(QString, contact);
    DeletionRequest request;
    request.id = QStringLiteral("0b7e5f8a-1111-4222-8333-944455556666");
    request.toolId = QStringLiteral("ray");
    request.identifiers
        = { identifier(QStringLiteral("session_id"), kRaySessionA, QStringLiteral("/tmp/ray/x")) };
    request.contact = contact;
    request.body = QStringLiteral("Please delete.\n");
    request.createdAt = QDateTime(QDate(2026, 11, 21), QTime(8, 30, 12, 345), Qt::UTC);
    const QJsonObject o = QJsonDocument::fromJson(request.httpBody()).object();
    QStringList keys { QStringLiteral("identifiers"), QStringLiteral("message"), QStringLiteral("request_id"),
                       QStringLiteral("requested_at"), QStringLiteral("tool") };
    if (!contact.isEmpty())
        keys.append(QStringLiteral("contact"));
    keys.sort();
    QCOMPARE(o.keys(), keys);
    QCOMPARE(o.value(QStringLiteral("request_id")).toString(), request.id);
    QCOMPARE(o.value(QStringLiteral("tool")).toString(), QStringLiteral("ray"));
    QCOMPARE(o.value(QStringLiteral("requested_at")).toString(), QStringLiteral("2026-11-21T08:30:12Z"));
    QCOMPARE(o.value(QStringLiteral("message")).toString(), request.body);
    QCOMPARE(o.value(QStringLiteral("identifiers")).toArray(),
             (QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("session_id") },
                                         { QStringLiteral("value"), kRaySessionA } } }));
    QCOMPARE(o.value(QStringLiteral("contact")).toString(), contact);
    QCOMPARE(request.httpBody(), request.httpBody());
}

QTEST_GUILESS_MAIN(TestRequests)
#include "testrequests.moc"

#include "catalog/catalog.h"
#include "discovery/discovery.h"
#include "discovery/installfinder.h"
#include "discovery/reportparser.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tlens;

namespace {

const QString kRayTemp = QStringLiteral("/tmp/ray");
const QString kSkyUsage = QStringLiteral("/tmp/skyplane/usage");
const QString kGoodSessionA = QStringLiteral("5c0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aab");
const QString kGoodSessionB = QStringLiteral("9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5");
const QString kBadFolder = QStringLiteral("session_2026-11-22_00-00-00_000000_9999");
const QString kSecretValue = QStringLiteral("FAKE-not-a-real-secret-8f2e1d4c6b9a7e5f3d1c2b4a6e8f0d2c");
const QString kAccessKeyValue = QStringLiteral("4c1f0e9b7a2d4f6e8b3c5a7d9e1f2a3b");

UserAccount alice()
{
    return { QStringLiteral("alice"), 1000, QStringLiteral("/home/alice"), QStringLiteral("/bin/bash") };
}

UserAccount bob()
{
    return { QStringLiteral("bob"), 1001, QStringLiteral("/home/bob"), QStringLiteral("/bin/zsh") };
}

const ToolSpec &tool(const char *id)
{
    return *Catalog::instance().tool(QString::fromLatin1(id));
}

// "KEY=VALUE;KEY2=VALUE2" -> exported assignments in ~/.profile; a value with '$' is not literal.
EnvReport envFrom(const QString &spec)
{
    EnvReport env;
    int line = 1;
    const QStringList parts = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        EnvAssignment a;
        a.key = part.section(QLatin1Char('='), 0, 0);
        a.value = part.section(QLatin1Char('='), 1);
        a.raw = a.value;
        a.literal
            = !a.value.contains(QLatin1Char('$')); // as the parser marks a value built from other variables
        a.file = QStringLiteral("/home/alice/.profile");
        a.line = line++;
        a.context = QStringLiteral("login");
        env.assignments.append(a);
    }
    return env;
}

QStringList values(const QList<Identifier> &ids, const QString &kind)
{
    QStringList out;
    for (const Identifier &id : ids) {
        if (id.kind == kind)
            out.append(id.value);
    }
    return out;
}

QStringList sessionIds(const QList<Artifact> &artifacts)
{
    QStringList out;
    for (const Artifact &a : artifacts)
        out.append(a.sessionId);
    return out;
}

const Warning *warning(const DiscoveredData &d, const QString &code)
{
    for (const Warning &w : d.warnings) {
        if (w.code == code)
            return &w;
    }
    return nullptr;
}

QString describe(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.code + QStringLiteral(": ") + f.message);
    return out.join(QLatin1Char('\n'));
}

// Every piece of text discovery produced, to search for leaked values.
QString allText(const DiscoveredData &d)
{
    QStringList out;
    for (const Warning &w : d.warnings)
        out << w.code << w.message;
    for (const Finding &f : d.findings)
        out << f.path << f.message;
    for (const Identifier &i : d.identifiers)
        out << i.value << i.source << i.reveals;
    for (const Artifact &a : d.artifacts)
        out << a.path << a.summary << a.error << a.sessionId << a.version;
    return out.join(QLatin1Char('\n'));
}

bool makeLink(const QString &target, const QString &linkHostPath)
{
    QDir().mkpath(QFileInfo(linkHostPath).path());
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(linkHostPath).constData()) == 0;
}

QByteArray rayReport(const QString &sessionId, qint64 collectMs, const char *success = "true")
{
    return QStringLiteral(
               R"({"usage_stats": {"schema_version": "0.1", "source": "OSS", "collect_timestamp_ms": %1, "ray_version": "2.9.3", )"
               R"("python_version": "3.11.4", "session_id": "%2", "library_usages": ["core", "data"]}, "success": %3, "error": null})")
        .arg(collectMs)
        .arg(sessionId, QString::fromLatin1(success))
        .toUtf8();
}

} // namespace

class TestDiscovery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void rayReportsOfTheWorkstation();
    void sessionLatestCountedOnce_data();
    void sessionLatestCountedOnce();
    void sessionWithoutReport();
    void rayTempDir_data();
    void rayTempDir();
    void rayBadInput_data();
    void rayBadInput();
    void rayWrongFieldTypesKeepTheReport();
    void rayOrderIsByTimeThenSession();
    void manySessions();

    void skyplaneReportsOfTheWorkstation();
    void skyplaneOldSchema();
    void skyplaneBadInput();

    void skyplaneUserFiles();
    void skyplaneIgnoredConfigJson();
    void clientIdWarning_data();
    void clientIdWarning();
    void skyplaneMalformedHostUuid();

    void mlflowInstallationId();
    void mlflowXdgConfigHome();
    void mlflowBadFile_data();
    void mlflowBadFile();

    void rasaIds();
    void rasaProTraitsCountOnce();
    void rasaLegacyConfig();
    void rasaBadFile_data();
    void rasaBadFile();

    void rayConfigArtifact();

    void fuzzedReports_data();
    void fuzzedReports();
    void metadataNames_data();
    void metadataNames();
    void installations();

    void readReport();
};

void TestDiscovery::initTestCase()
{
    QVERIFY2(!Catalog::instance().tools().isEmpty(), "the embedded catalog must load");
}

void TestDiscovery::rayReportsOfTheWorkstation()
{
    test::FixtureCopy copy;
    QVERIFY(copy.isValid());
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).rayReports(kRayTemp);

    QVERIFY2(d.findings.isEmpty(), qPrintable(describe(d.findings)));
    QCOMPARE(d.artifacts.size(), 2);
    QCOMPARE(sessionIds(d.artifacts), (QStringList { kGoodSessionA, kGoodSessionB }));

    const Artifact &sent = d.artifacts.at(0);
    QCOMPARE(sent.kind, QStringLiteral("report"));
    QCOMPARE(sent.path, QStringLiteral("/tmp/ray/session_2026-11-20_10-00-00_123456_4242/usage_stats.json"));
    QCOMPARE(sent.sent, SendStatus::Sent);
    QCOMPARE(sent.timeMs, Q_INT64_C(1795173694456));
    QCOMPARE(sent.version, QStringLiteral("2.49.0"));
    QCOMPARE(sent.summary, QStringLiteral("2.49.0 · core"));
    QVERIFY(sent.error.isEmpty());
    QCOMPARE(sent.ownerUid, qint64(::getuid()));

    const Artifact &failed = d.artifacts.at(1);
    QCOMPARE(failed.sent, SendStatus::Failed);
    QCOMPARE(failed.summary, QStringLiteral("2.49.0 · core, train, tune"));
    QVERIFY2(failed.error.contains(QLatin1String("Network is unreachable")), qPrintable(failed.error));

    QCOMPARE(values(d.identifiers, QStringLiteral("session_id")),
             (QStringList { kGoodSessionA, kGoodSessionB }));
    QCOMPARE(d.identifiers.first().source, sent.path);
    QVERIFY2(!d.identifiers.first().reveals.isEmpty(), "session ids say what they reveal");
    QCOMPARE(d.filesRead, 2);
}

void TestDiscovery::sessionLatestCountedOnce_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("relative link") << QStringLiteral("session_2026-11-21_08-30-12_654321_5151");
    QTest::newRow("absolute link") << QStringLiteral("/tmp/ray/session_2026-11-21_08-30-12_654321_5151");
}

void TestDiscovery::sessionLatestCountedOnce()
{
    QFETCH(QString, target);
    test::FixtureCopy copy;
    const QString latest = copy.path(QStringLiteral("/tmp/ray/session_latest"));
    QVERIFY(QFile::remove(latest));
    QVERIFY(makeLink(target, latest));
    QVERIFY(QFileInfo(latest).isSymLink());

    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).rayReports(kRayTemp);
    QCOMPARE(d.artifacts.size(), 2);
    QCOMPARE(values(d.identifiers, QStringLiteral("session_id")).size(), 2);
    QVERIFY2(d.findings.isEmpty(), qPrintable(describe(d.findings)));
}

void TestDiscovery::sessionWithoutReport()
{
    test::FixtureCopy copy;
    QVERIFY(QDir().mkpath(copy.path(QStringLiteral("/tmp/ray/session_2026-11-19_07-00-00_000001_77"))));
    QVERIFY(QDir().mkpath(copy.path(QStringLiteral("/tmp/ray/not_a_session_folder"))));
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).rayReports(kRayTemp);
    QCOMPARE(d.artifacts.size(), 3);
    const Artifact &quiet = d.artifacts.first(); // the oldest
    QCOMPARE(quiet.kind, QStringLiteral("session"));
    QCOMPARE(quiet.sent, SendStatus::Unknown);
    QCOMPARE(quiet.path, QStringLiteral("/tmp/ray/session_2026-11-19_07-00-00_000001_77"));
    QVERIFY(quiet.timeMs > 0);
    QVERIFY2(!values(d.identifiers, QStringLiteral("session_id")).contains(quiet.sessionId),
             "a folder name is not an identifier that was sent");
    QCOMPARE(values(d.identifiers, QStringLiteral("session_id")).size(), 2);
}

void TestDiscovery::rayTempDir_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << QString() << QStringLiteral("/tmp/ray");
    QTest::newRow("TMPDIR") << QStringLiteral("TMPDIR=/var/tmp") << QStringLiteral("/var/tmp/ray");
    QTest::newRow("RAY_TMPDIR wins over TMPDIR")
        << QStringLiteral("TMPDIR=/var/tmp;RAY_TMPDIR=/scratch/") << QStringLiteral("/scratch/ray");
    QTest::newRow("relative value ignored")
        << QStringLiteral("RAY_TMPDIR=scratch") << QStringLiteral("/tmp/ray");
    QTest::newRow("value built from variables")
        << QStringLiteral("TMPDIR=/var/tmp;RAY_TMPDIR=$SCRATCH/ray") << QStringLiteral("/var/tmp/ray");
}

void TestDiscovery::rayTempDir()
{
    QFETCH(QString, env);
    QFETCH(QString, expected);
    QCOMPARE(Discovery::rayTempDir(envFrom(env)), expected);
}

void TestDiscovery::rayBadInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");

    const QByteArray good = rayReport(
        QStringLiteral("feedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedface"), 1795300000000);
    QTest::newRow("malformed JSON") << "file" << QByteArray(R"({"usage_stats": {"session_id": "x",, }})")
                                    << "malformed-json";
    QTest::newRow("truncated") << "file" << good.left(good.size() / 2) << "malformed-json";
    QTest::newRow("binary") << "file"
                            << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\x00\x00\x00garbage",
                                          18)
                            << "malformed-json";
    QTest::newRow("invalid UTF-8")
        << "file" << QByteArray("{\"usage_stats\": {\"session_id\": \"\xff\xfe\xfd\"}, \"success\": true}")
        << "malformed-json";
    QTest::newRow("100k open brackets") << "file" << QByteArray(100000, '[') << "malformed-json";
    QTest::newRow("100k nested arrays")
        << "file" << QByteArray(100000, '[') + QByteArray(100000, ']') << "malformed-json";
    QTest::newRow("nested inside a report") << "file"
                                            << QByteArray(R"({"usage_stats": {"extra_usage_tags": )")
            + QByteArray(5000, '[') + QByteArray(5000, ']') + QByteArray("}}")
                                            << "malformed-json";
    QTest::newRow("empty") << "file" << QByteArray() << "malformed-json";
    QTest::newRow("usage_stats is a list")
        << "file" << QByteArray(R"({"usage_stats": [1, 2], "success": true})") << "unexpected-type";
    QTest::newRow("top level is a list")
        << "file" << QByteArray(R"([{"usage_stats": {}}])") << "unexpected-type";
    QTest::newRow("FIFO") << "fifo" << QByteArray() << "not-regular";
    QTest::newRow("directory instead of file") << "dir" << QByteArray() << "not-regular";
    QTest::newRow("50 MB file") << "large" << QByteArray() << "too-large";
    QTest::newRow("report is a link") << "link-file" << QByteArray() << "link-not-followed";
    QTest::newRow("session links outside the root") << "link-outside" << QByteArray() << "link-not-followed";
    QTest::newRow("session links into another home") << "link-home" << QByteArray() << "link-not-followed";
    QTest::newRow("symlink loop") << "loop" << QByteArray() << "link-not-followed";
}

void TestDiscovery::rayBadInput()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);

    test::FixtureCopy copy;
    QTemporaryDir outside;
    const QString folder = QStringLiteral("/tmp/ray/") + kBadFolder;
    const QString file = folder + QStringLiteral("/usage_stats.json");
    const QString hidden = QStringLiteral("0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de");
    const QByteArray hiddenReport = rayReport(hidden, 1795400000000);
    if (kind == QLatin1String("file")) {
        QVERIFY(copy.write(file, content));
    } else if (kind == QLatin1String("fifo")) {
        QVERIFY(QDir().mkpath(copy.path(folder)));
        QCOMPARE(::mkfifo(QFile::encodeName(copy.path(file)).constData(), 0600), 0);
    } else if (kind == QLatin1String("dir")) {
        QVERIFY(QDir().mkpath(copy.path(file)));
    } else if (kind == QLatin1String("large")) {
        QVERIFY(QDir().mkpath(copy.path(folder)));
        QFile big(copy.path(file));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(50LL * 1024 * 1024));
    } else if (kind == QLatin1String("link-file")) {
        QVERIFY(copy.write(QStringLiteral("/home/bob/stolen.json"), hiddenReport));
        QVERIFY(QDir().mkpath(copy.path(folder)));
        QVERIFY(makeLink(QStringLiteral("/home/bob/stolen.json"), copy.path(file)));
    } else if (kind == QLatin1String("link-outside")) {
        QFile f(outside.path() + QStringLiteral("/usage_stats.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(hiddenReport);
        f.close();
        QVERIFY(makeLink(outside.path(), copy.path(folder)));
    } else if (kind == QLatin1String("link-home")) {
        QVERIFY(copy.write(QStringLiteral("/home/bob/private-session/usage_stats.json"), hiddenReport));
        QVERIFY(makeLink(QStringLiteral("/home/bob/private-session"), copy.path(folder)));
    } else if (kind == QLatin1String("loop")) {
        QVERIFY(makeLink(kBadFolder, copy.path(folder)));
    }

    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).rayReports(kRayTemp);

    QCOMPARE(d.findings.size(), 1);
    const Finding &f = d.findings.first();
    QVERIFY2(f.code == code, qPrintable(describe(d.findings)));
    QVERIFY2(f.path.startsWith(folder), qPrintable(f.path));
    QVERIFY2(f.message.contains(f.path), qPrintable(f.message));
    QVERIFY2(!f.message.contains(hidden), "nothing behind a link is read");
    QCOMPARE(sessionIds(d.artifacts), (QStringList { kGoodSessionA, kGoodSessionB }));
    QVERIFY2(!values(d.identifiers, QStringLiteral("session_id")).contains(hidden),
             "nothing behind a link is read");
    QVERIFY(!allText(d).contains(hidden));
}

void TestDiscovery::rayWrongFieldTypesKeepTheReport()
{
    test::FixtureCopy copy;
    QVERIFY(copy.write(
        QStringLiteral("/tmp/ray/") + kBadFolder + QStringLiteral("/usage_stats.json"),
        R"({"error": null, "usage_stats": {"library_usages": "core", "ray_version": "2.1.0", "collect_timestamp_ms": "soon", )"
        R"("session_id": "abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcab"}, "success": "yes"})"));
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).rayReports(kRayTemp);
    QCOMPARE(d.artifacts.size(), 3);
    QCOMPARE(d.findings.size(), 1);
    QCOMPARE(d.findings.first().code, QStringLiteral("unexpected-type"));
    for (const char *key : { "library_usages", "collect_timestamp_ms", "success" })
        QVERIFY2(d.findings.first().message.contains(QLatin1String(key)),
                 qPrintable(d.findings.first().message));
    const Artifact &odd = d.artifacts.first(); // no usable time: sorts first
    QCOMPARE(odd.sessionId, QStringLiteral("abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcab"));
    QCOMPARE(odd.sent, SendStatus::NotConfirmed);
    QCOMPARE(odd.version, QStringLiteral("2.1.0"));
}

void TestDiscovery::rayOrderIsByTimeThenSession()
{
    test::FixtureCopy copy;
    // Keys in an unusual order and a duplicate time: parsed by name, ordered by (time, session id).
    copy.write(
        QStringLiteral("/tmp/ray/session_2026-01-01_00-00-00_000000_1/usage_stats.json"),
        R"({"success": false, "error": "timeout", "usage_stats": {"session_id": "bbbb", "collect_timestamp_ms": 1000}})");
    copy.write(QStringLiteral("/tmp/ray/session_2026-01-01_00-00-00_000000_2/usage_stats.json"),
               R"({"usage_stats": {"collect_timestamp_ms": 1000, "session_id": "aaaa"}})");
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).rayReports(kRayTemp);
    QCOMPARE(sessionIds(d.artifacts),
             (QStringList { QStringLiteral("aaaa"), QStringLiteral("bbbb"), kGoodSessionA, kGoodSessionB }));
    QCOMPARE(d.artifacts.at(0).sent, SendStatus::NotConfirmed);
    QCOMPARE(d.artifacts.at(1).sent, SendStatus::Failed);
    QCOMPARE(d.artifacts.at(1).error, QStringLiteral("timeout"));
}

void TestDiscovery::manySessions()
{
    QTemporaryDir root;
    const int count = 1000;
    for (int i = 0; i < count; ++i) {
        const QString dir = root.path()
            + QStringLiteral("/tmp/ray/session_2026-01-01_00-00-00_%1_%2")
                  .arg(i, 6, 10, QLatin1Char('0'))
                  .arg(i + 1);
        QVERIFY(QDir().mkpath(dir));
        QFile f(dir + QStringLiteral("/usage_stats.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            rayReport(QStringLiteral("%1").arg(i, 56, 16, QLatin1Char('0')), 1700000000000 + (count - i)));
    }
    const RootFs fs(root.path());
    const DiscoveredData d = Discovery(fs).rayReports(kRayTemp);
    QCOMPARE(d.artifacts.size(), count);
    QCOMPARE(d.identifiers.size(), count);
    QVERIFY(d.findings.isEmpty());
    for (int i = 1; i < count; ++i)
        QVERIFY2(d.artifacts.at(i - 1).timeMs <= d.artifacts.at(i).timeMs, "reports are ordered by time");
    QVERIFY2(d.artifacts.first().version.constData() == d.artifacts.last().version.constData(),
             "repeated strings are shared");
}

void TestDiscovery::skyplaneReportsOfTheWorkstation()
{
    test::FixtureCopy copy;
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).skyplaneReports(kSkyUsage);
    QVERIFY2(d.findings.isEmpty(), qPrintable(describe(d.findings)));
    QCOMPARE(d.artifacts.size(), 2);

    const Artifact &sent = d.artifacts.at(0);
    QCOMPARE(sent.sessionId, QStringLiteral("20261120_100000-1a2b3c4d"));
    QCOMPARE(sent.sent, SendStatus::Sent);
    QCOMPARE(sent.timeMs, Q_INT64_C(1795168800187));
    QCOMPARE(sent.version, QStringLiteral("0.3.2"));
    QCOMPARE(sent.summary, QStringLiteral("aws → gcp · CopyJob"));

    const Artifact &unconfirmed = d.artifacts.at(1);
    QCOMPARE(unconfirmed.sessionId, QStringLiteral("20261121_091502-7e6f5a4b"));
    QCOMPARE(unconfirmed.sent, SendStatus::NotConfirmed);
    QCOMPARE(unconfirmed.timeMs, Q_INT64_C(1795252502000));
    QCOMPARE(unconfirmed.summary, QStringLiteral("local → aws · error: NoCredentialsError"));

    QCOMPARE(values(d.identifiers, QStringLiteral("client_id")),
             QStringList { QStringLiteral("00000000000000000000020000004242") });
    QCOMPARE(values(d.identifiers, QStringLiteral("session_id")),
             (QStringList { QStringLiteral("20261120_100000-1a2b3c4d"),
                            QStringLiteral("20261121_091502-7e6f5a4b") }));

    const Warning *local = warning(d, QStringLiteral("report-local-path"));
    QVERIFY2(local, "a local path in a region field is flagged");
    QVERIFY2(local->message.contains(unconfirmed.path), qPrintable(local->message));
    QVERIFY2(local->message.contains(QLatin1String("source_region")), qPrintable(local->message));
    QVERIFY2(!local->message.contains(QLatin1String("/home/alice/datasets")),
             "the personal path itself is not repeated");
    QCOMPARE(d.warnings.size(), 1);
}

void TestDiscovery::skyplaneOldSchema()
{
    QTemporaryDir root;
    const QString dir = root.path() + QStringLiteral("/tmp/skyplane/usage/unknown/20230101_120000-deadbeef");
    QVERIFY(QDir().mkpath(dir));
    QFile f(dir + QStringLiteral("/usage_stats.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"skyplane_version": "0.2.1", "schema_version": "0.1", "client_id": null, "session_id": "20230101_120000-deadbeef", )"
        R"("source_region": "eu-west-1", "destination_region": "C:\\Users\\bob\\data", "source_cloud_provider": "aws", )"
        R"("destination_cloud_provider": "local", "arguments_dict": {"cmd": "cp"}, "transfer_stats": {"total_runtime_s": 3}, )"
        R"("error_dict": null, "sent_time": 1672574400})");
    f.close();
    const RootFs fs(root.path());
    const DiscoveredData d = Discovery(fs).skyplaneReports(kSkyUsage);
    QVERIFY2(d.findings.isEmpty(), qPrintable(describe(d.findings)));
    QCOMPARE(d.artifacts.size(), 1);
    QCOMPARE(d.artifacts.first().sent, SendStatus::Sent);
    QCOMPARE(d.artifacts.first().timeMs, Q_INT64_C(1672574400000));
    QCOMPARE(d.artifacts.first().summary, QStringLiteral("aws → local · cp"));
    QVERIFY2(values(d.identifiers, QStringLiteral("client_id")).isEmpty(),
             "the \"unknown\" folder is not a client id");
    const Warning *local = warning(d, QStringLiteral("report-local-path"));
    QVERIFY2(local && local->message.contains(QLatin1String("destination_regions")),
             "a Windows path is a local path");
}

void TestDiscovery::skyplaneBadInput()
{
    test::FixtureCopy copy;
    const QString client = QStringLiteral("/tmp/skyplane/usage/00000000000000000000020000004242/");
    QVERIFY(copy.write(client + QStringLiteral("20261122_000000-00000000/usage_stats.json"),
                       "{\"skyplane_version\": \"0.3"));
    QVERIFY(copy.write(client + QStringLiteral("20261122_000001-00000001/usage_stats.json"), "[1, 2, 3]"));
    QVERIFY(makeLink(QStringLiteral("/home/alice"),
                     copy.path(client + QStringLiteral("20261122_000002-00000002"))));
    QVERIFY(makeLink(QStringLiteral("/etc"), copy.path(QStringLiteral("/tmp/skyplane/usage/linked-client"))));
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).skyplaneReports(kSkyUsage);
    QCOMPARE(d.artifacts.size(), 2);
    QStringList codes;
    for (const Finding &f : d.findings) {
        codes.append(f.code);
        QVERIFY2(f.message.contains(f.path), qPrintable(f.message));
    }
    codes.sort();
    QCOMPARE(codes,
             (QStringList { QStringLiteral("link-not-followed"), QStringLiteral("link-not-followed"),
                            QStringLiteral("malformed-json"), QStringLiteral("unexpected-type") }));
}

void TestDiscovery::skyplaneUserFiles()
{
    test::FixtureCopy copy;
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).userFiles(tool("skyplane"), alice(), EnvReport());
    QVERIFY2(d.findings.isEmpty(), qPrintable(describe(d.findings)));
    QCOMPARE(values(d.identifiers, QStringLiteral("client_id")),
             QStringList { QStringLiteral("00000000000000000000020000004242") });
    QCOMPARE(d.identifiers.first().source, QStringLiteral("/home/alice/.skyplane/host_uuid"));
    QVERIFY(!d.identifiers.first().reveals.isEmpty());
    QCOMPARE(d.artifacts.size(), 2);
    QCOMPARE(d.artifacts.at(0).kind, QStringLiteral("id-file"));
    QCOMPARE(d.artifacts.at(0).path, QStringLiteral("/home/alice/.skyplane/host_uuid"));
    QCOMPARE(d.artifacts.at(1).kind, QStringLiteral("config"));

    const Warning *mac = warning(d, QStringLiteral("client-id-mac"));
    QVERIFY2(mac, "the MAC-derived client id is flagged");
    QVERIFY2(mac->message.contains(QLatin1String("02:00:00:00:42:42")), qPrintable(mac->message));
    const Warning *secrets = warning(d, QStringLiteral("secrets-in-config"));
    QVERIFY2(secrets, "the secrets in the config are flagged");
    QVERIFY2(secrets->message.contains(QLatin1String("/home/alice/.skyplane/config")),
             qPrintable(secrets->message));
    QVERIFY2(secrets->message.contains(QLatin1String("cloudflare_secret_access_key")),
             qPrintable(secrets->message));
    QVERIFY2(secrets->message.contains(QLatin1String("cloudflare_access_key_id")),
             qPrintable(secrets->message));
    QVERIFY2(!secrets->message.contains(QLatin1String("gcp_project_id")),
             "ordinary keys are not called secrets");
    const QString text = allText(d);
    QVERIFY2(!text.contains(kSecretValue), "a secret value appears nowhere");
    QVERIFY2(!text.contains(kAccessKeyValue), "a key id value appears nowhere");
    QVERIFY(!warning(d, QStringLiteral("ignored-config-json")));

    const DiscoveredData none = Discovery(fs).userFiles(tool("skyplane"), bob(), EnvReport());
    QVERIFY(none.identifiers.isEmpty() && none.warnings.isEmpty() && none.findings.isEmpty()
            && none.artifacts.isEmpty());
}

void TestDiscovery::skyplaneIgnoredConfigJson()
{
    test::FixtureCopy copy;
    QVERIFY(copy.write(QStringLiteral("/home/alice/.skyplane/config.json"), R"({"usage_stats": false})"));
    QVERIFY(copy.write(QStringLiteral("/home/alice/moved.ini"),
                       "[client]\nanon_clientid = 1234abcd1234abcd1234abcd1234abcd\n"));
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).userFiles(tool("skyplane"), alice(),
                                                     envFrom(QStringLiteral("SKYPLANE_CONFIG=~/moved.ini")));
    const Warning *ignored = warning(d, QStringLiteral("ignored-config-json"));
    QVERIFY2(ignored && ignored->message.contains(QLatin1String("/home/alice/.skyplane/config.json")),
             "config.json is reported as ignored");
    QVERIFY2(values(d.identifiers, QStringLiteral("client_id"))
                 .contains(QStringLiteral("1234abcd1234abcd1234abcd1234abcd")),
             "SKYPLANE_CONFIG moves the config file");
    QVERIFY2(!warning(d, QStringLiteral("secrets-in-config")), "the moved config holds no secret");
}

void TestDiscovery::clientIdWarning_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("mac");
    QTest::newRow("MAC address") << "000000000000000000003c22fb1a2b3c"
                                 << "3c:22:fb:1a:2b:3c";
    QTest::newRow("upper case") << "000000000000000000003C22FB1A2B3C"
                                << "3c:22:fb:1a:2b:3c";
    QTest::newRow("random node (multicast bit)") << "00000000000000000000031122334455" << QString();
    QTest::newRow("uuid4") << "9f1c2d3e4b5a69788796a5b4c3d2e1f0" << QString();
    QTest::newRow("too short") << "0000000000000000000002000000424" << QString();
    QTest::newRow("not hex") << "0000000000000000000002000000zz42" << QString();
}

void TestDiscovery::clientIdWarning()
{
    QFETCH(QString, id);
    QFETCH(QString, mac);
    const std::optional<Warning> w
        = Discovery::clientIdWarning(id, QStringLiteral("/home/u/.skyplane/host_uuid"));
    QCOMPARE(w.has_value(), !mac.isEmpty());
    if (w) {
        QCOMPARE(w->code, QStringLiteral("client-id-mac"));
        QVERIFY2(w->message.contains(mac), qPrintable(w->message));
    }
}

void TestDiscovery::skyplaneMalformedHostUuid()
{
    test::FixtureCopy copy;
    QVERIFY(copy.write(QStringLiteral("/home/alice/.skyplane/host_uuid"),
                       "anon_clientid = before any section\n"));
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).userFiles(tool("skyplane"), alice(), EnvReport());
    QCOMPARE(d.findings.size(), 1);
    QCOMPARE(d.findings.first().code, QStringLiteral("malformed-ini"));
    QVERIFY(d.findings.first().message.contains(QLatin1String("/home/alice/.skyplane/host_uuid")));
    QVERIFY2(values(d.identifiers, QStringLiteral("client_id"))
                 .contains(QStringLiteral("00000000000000000000020000004242")),
             "the config still names the client id");
}

void TestDiscovery::mlflowInstallationId()
{
    test::FixtureCopy copy;
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).userFiles(tool("mlflow"), alice(), EnvReport());
    QVERIFY2(d.findings.isEmpty(), qPrintable(describe(d.findings)));
    QCOMPARE(values(d.identifiers, QStringLiteral("installation_id")),
             QStringList { QStringLiteral("9ec7d6a7-3dd5-4269-a24f-23ab2f5e1e87") });
    QCOMPARE(d.artifacts.size(), 1);
    QCOMPARE(d.artifacts.first().kind, QStringLiteral("id-file"));
    QCOMPARE(d.artifacts.first().path, QStringLiteral("/home/alice/.config/mlflow/telemetry.json"));
    QCOMPARE(d.artifacts.first().version, QStringLiteral("3.7.0"));
    QCOMPARE(d.artifacts.first().timeMs,
             QDateTime(QDate(2025, 12, 3), QTime(9, 41, 27, 518), Qt::UTC).toMSecsSinceEpoch());
    const Warning *ran = warning(d, QStringLiteral("telemetry-ran"));
    QVERIFY2(ran && ran->message.contains(QLatin1String("2025-12-03")),
             "telemetry already ran, with its date");

    const DiscoveredData none = Discovery(fs).userFiles(tool("mlflow"), bob(), EnvReport());
    QVERIFY(none.identifiers.isEmpty() && none.artifacts.isEmpty() && none.warnings.isEmpty());
}

void TestDiscovery::mlflowXdgConfigHome()
{
    test::FixtureCopy copy;
    QVERIFY(copy.write(
        QStringLiteral("/home/alice/xdg/mlflow/telemetry.json"),
        R"({"installation_id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427", "created_at": "2026-01-02T03:04:05+00:00"})"));
    const RootFs fs(copy.root());
    const DiscoveredData d
        = Discovery(fs).userFiles(tool("mlflow"), alice(), envFrom(QStringLiteral("XDG_CONFIG_HOME=~/xdg")));
    QCOMPARE(values(d.identifiers, QStringLiteral("installation_id")),
             QStringList { QStringLiteral("1b4e28ba-2fa1-41d2-883f-0016d3cca427") });
    QCOMPARE(d.identifiers.first().source, QStringLiteral("/home/alice/xdg/mlflow/telemetry.json"));
}

void TestDiscovery::mlflowBadFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed") << QByteArray("{\"installation_id\": ") << "malformed-json";
    QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << "malformed-json";
    QTest::newRow("list") << QByteArray("[\"9ec7d6a7-3dd5-4269-a24f-23ab2f5e1e87\"]") << "malformed-json";
    QTest::newRow("id is a number") << QByteArray("{\"installation_id\": 7}") << "unexpected-type";
    QTest::newRow("id is not a UUID") << QByteArray("{\"installation_id\": \"hello\"}") << "unexpected-type";
    QTest::newRow("deeply nested") << QByteArray(100000, '[') + QByteArray(100000, ']') << "malformed-json";
}

void TestDiscovery::mlflowBadFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    test::FixtureCopy copy;
    QVERIFY(copy.write(QStringLiteral("/home/alice/.config/mlflow/telemetry.json"), content));
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).userFiles(tool("mlflow"), alice(), EnvReport());
    QCOMPARE(d.findings.size(), 1);
    QVERIFY2(d.findings.first().code == code, qPrintable(describe(d.findings)));
    QVERIFY(d.findings.first().message.contains(QLatin1String("/home/alice/.config/mlflow/telemetry.json")));
    QVERIFY(d.identifiers.isEmpty());
}

void TestDiscovery::rasaIds()
{
    test::FixtureCopy copy;
    const RootFs fs(copy.root());
    const DiscoveredData a = Discovery(fs).userFiles(tool("rasa"), alice(), EnvReport());
    QVERIFY2(a.findings.isEmpty(), qPrintable(describe(a.findings)));
    QCOMPARE(values(a.identifiers, QStringLiteral("rasa_user_id")),
             QStringList { QStringLiteral("3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c") });
    QCOMPARE(a.artifacts.size(), 1);
    QCOMPARE(a.artifacts.first().kind, QStringLiteral("config"));
    QCOMPARE(a.artifacts.first().path, QStringLiteral("/home/alice/.config/rasa/global.yml"));
    QCOMPARE(a.artifacts.first().timeMs,
             QDateTime(QDate(2024, 3, 5), QTime(14, 22, 31, 482)).toMSecsSinceEpoch());

    const DiscoveredData b = Discovery(fs).userFiles(tool("rasa"), bob(), EnvReport());
    QCOMPARE(values(b.identifiers, QStringLiteral("rasa_user_id")),
             QStringList { QStringLiteral("0b2e9d4c7a1f4e3b8c6d5a2f1e0d9c8b") });
    QVERIFY(b.warnings.isEmpty());
}

void TestDiscovery::rasaProTraitsCountOnce()
{
    test::FixtureCopy copy;
    QFile sample(QStringLiteral(TLENS_SAMPLES_DIR "/rasa-pro-global-disabled.yml"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QVERIFY(copy.write(QStringLiteral("/home/alice/.config/rasa/global.yml"), sample.readAll()));
    const RootFs fs(copy.root());
    const DiscoveredData d
        = Discovery(fs).userFiles(tool("rasa"), alice(), envFrom(QStringLiteral("XDG_CONFIG_HOME=/nowhere")));
    QCOMPARE(values(d.identifiers, QStringLiteral("rasa_user_id")),
             QStringList { QStringLiteral("8758af88daed4c7a9779000905709acc") });
    QVERIFY2(d.artifacts.first().timeMs > 0, "a quoted date is read too");
}

void TestDiscovery::rasaLegacyConfig()
{
    test::FixtureCopy copy;
    QVERIFY(copy.write(QStringLiteral("/home/bob/.config/rasa/config.yml"),
                       "metrics:\n  enabled: true\n  rasa_user_id: 11112222333344445555666677778888\n"));
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).userFiles(tool("rasa"), bob(), EnvReport());
    QCOMPARE(d.artifacts.size(), 2);
    QCOMPARE(d.artifacts.at(1).kind, QStringLiteral("legacy-config"));
    const Warning *legacy = warning(d, QStringLiteral("legacy-config"));
    QVERIFY2(legacy && legacy->message.contains(QLatin1String("/home/bob/.config/rasa/config.yml")),
             "the old file is flagged");
    QCOMPARE(values(d.identifiers, QStringLiteral("rasa_user_id")),
             (QStringList { QStringLiteral("0b2e9d4c7a1f4e3b8c6d5a2f1e0d9c8b"),
                            QStringLiteral("11112222333344445555666677778888") }));
}

void TestDiscovery::rasaBadFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("malformed") << QByteArray("metrics:\n  enabled: [true\n  rasa_user_id: x\n");
    QTest::newRow("not a map") << QByteArray("- just\n- a list\n");
    QTest::newRow("100k open brackets") << QByteArray(100000, '[');
    QTest::newRow("tab indentation") << QByteArray("metrics:\n\tenabled: true\n");
}

void TestDiscovery::rasaBadFile()
{
    QFETCH(QByteArray, content);
    test::FixtureCopy copy;
    QVERIFY(copy.write(QStringLiteral("/home/alice/.config/rasa/global.yml"), content));
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).userFiles(tool("rasa"), alice(), EnvReport());
    QCOMPARE(d.findings.size(), 1);
    QCOMPARE(d.findings.first().code, QStringLiteral("malformed-yaml"));
    QVERIFY(d.findings.first().message.contains(QLatin1String("/home/alice/.config/rasa/global.yml")));
    QVERIFY2(d.findings.first().message.contains(QLatin1String("new id")),
             "says the file will be rewritten with telemetry on");
    QCOMPARE(d.artifacts.size(), 1);
}

void TestDiscovery::rayConfigArtifact()
{
    test::FixtureCopy copy;
    const RootFs fs(copy.root());
    const DiscoveredData d = Discovery(fs).userFiles(tool("ray"), alice(), EnvReport());
    QCOMPARE(d.artifacts.size(), 1);
    QCOMPARE(d.artifacts.first().kind, QStringLiteral("config"));
    QCOMPARE(d.artifacts.first().path, QStringLiteral("/home/alice/.ray/config.json"));

    QVERIFY(copy.write(QStringLiteral("/home/alice/ray.json"), "{}"));
    const DiscoveredData moved = Discovery(fs).userFiles(
        tool("ray"), alice(), envFrom(QStringLiteral("RAY_USAGE_STATS_CONFIG_PATH=~/ray.json")));
    QCOMPARE(moved.artifacts.size(), 1);
    QCOMPARE(moved.artifacts.first().path, QStringLiteral("/home/alice/ray.json"));
    QVERIFY(Discovery(fs).userFiles(tool("ray"), bob(), EnvReport()).artifacts.isEmpty());
}

// Inputs the fuzzer (tests/fuzz) found to break the report reader; each must end in a noted wrong type.
void TestDiscovery::fuzzedReports_data()
{
    QTest::addColumn<QByteArray>("report");
    QTest::addColumn<QString>("wrongKey");
    QTest::newRow("timestamp beyond qint64")
        << QByteArray(R"({"skyplane_version": "0.3.2", "session_start_timestamp_ms": 17951687179516880018})")
        << QStringLiteral("session_start_timestamp_ms");
    QTest::newRow("negative timestamp beyond qint64")
        << QByteArray(R"({"skyplane_version": "0.3.2", "sent_time_ms": -1e300})")
        << QStringLiteral("sent_time_ms");
}

void TestDiscovery::fuzzedReports()
{
    QFETCH(QByteArray, report);
    QFETCH(QString, wrongKey);
    const ReportParser::SkyplaneReport r = ReportParser::parseSkyplane(report);
    QCOMPARE(r.problem, ReportParser::Problem::None);
    QCOMPARE(r.startMs, 0);
    QCOMPARE(r.sentMs, 0);
    QVERIFY2(r.wrongTypes.contains(wrongKey), qPrintable(r.wrongTypes.join(QLatin1Char(','))));
    QCOMPARE(r.version, QStringLiteral("0.3.2"));
}

void TestDiscovery::metadataNames_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("kind");
    QTest::newRow("dist-info") << "ray-2.49.0.dist-info"
                               << "ray"
                               << "2.49.0"
                               << "dist-info";
    QTest::newRow("escaped name") << "mlflow_skinny-3.7.0.dist-info"
                                  << "mlflow_skinny"
                                  << "3.7.0"
                                  << "dist-info";
    QTest::newRow("egg-info with python tag") << "rasa-3.6.20-py3.10.egg-info"
                                              << "rasa"
                                              << "3.6.20"
                                              << "egg-info";
    QTest::newRow("development egg-info") << "skyplane.egg-info"
                                          << "skyplane"
                                          << ""
                                          << "egg-info";
    QTest::newRow("not metadata") << "ray"
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("dist-info without version") << "ray.dist-info"
                                               << ""
                                               << ""
                                               << "";
}

void TestDiscovery::metadataNames()
{
    QFETCH(QString, entry);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, kind);
    QString n;
    QString v;
    QString k;
    const bool ok = InstallFinder::parseMetadataName(entry, &n, &v, &k);
    QCOMPARE(ok, !name.isEmpty());
    if (ok) {
        QCOMPARE(n, name);
        QCOMPARE(v, version);
        QCOMPARE(k, kind);
    }
    QCOMPARE(InstallFinder::normalizedName(QStringLiteral("Mlflow__Skinny")),
             QStringLiteral("mlflow-skinny"));
    QCOMPARE(InstallFinder::normalizedName(QStringLiteral("rasa.pro")), QStringLiteral("rasa-pro"));
}

void TestDiscovery::installations()
{
    test::FixtureCopy copy;
    const QStringList dirs {
        QStringLiteral("/home/alice/venv/lib/python3.11/site-packages/ray-2.49.0.dist-info"),
        QStringLiteral("/home/alice/venv/lib/python3.11/site-packages/numpy-1.26.0.dist-info"),
        QStringLiteral("/home/alice/.local/lib/python3.10/site-packages/Rasa-3.6.20.dist-info"),
        QStringLiteral(
            "/home/alice/miniconda3/envs/ml/lib/python3.12/site-packages/mlflow_skinny-3.7.0.dist-info"),
        QStringLiteral(
            "/home/alice/projects/deep/er/lib/python3.11/site-packages/ray-1.0.0.dist-info"), // too deep
        QStringLiteral("/usr/lib/python3.11/dist-packages/mlflow-3.8.1.dist-info"),
        QStringLiteral("/usr/local/lib/python3.11/site-packages/skyplane-0.3.2.dist-info"),
        QStringLiteral("/opt/outside/lib/python3.11/site-packages/ray-9.9.9.dist-info"),
    };
    for (const QString &d : dirs)
        QVERIFY(QDir().mkpath(copy.path(d)));
    QVERIFY(copy.write(QStringLiteral("/home/alice/venv/bin/ray"), "#!/home/alice/venv/bin/python\n"));
    QVERIFY(copy.write(QStringLiteral("/usr/local/bin/mlflow"), "#!/usr/bin/python3\n"));
    QVERIFY(copy.write(
        QStringLiteral("/home/alice/.local/lib/python3.10/site-packages/skyplane-0.3.1-py3.10.egg-info"),
        "Name: skyplane\n"));
    // A linked environment leads out of the home: wildcards do not follow links.
    QVERIFY(makeLink(QStringLiteral("/opt/outside"), copy.path(QStringLiteral("/home/alice/linked"))));
    // A linked entry point counts when it leads to a file inside the root.
    QVERIFY(makeLink(QStringLiteral("/home/alice/venv/bin/ray"),
                     copy.path(QStringLiteral("/home/alice/.local/bin/ray"))));
    QVERIFY(makeLink(QStringLiteral("/nonexistent/rasa"),
                     copy.path(QStringLiteral("/home/alice/.local/bin/rasa"))));

    const RootFs fs(copy.root());
    const Discovery discovery(fs);
    auto paths = [](const QList<Installation> &list) {
        QStringList out;
        for (const Installation &in : list)
            out.append(in.kind + QLatin1Char(' ') + in.version + QLatin1Char(' ') + in.path);
        return out;
    };
    const UserAccount a = alice();
    QCOMPARE(
        paths(discovery.installations(tool("ray"), &a)),
        (QStringList {
            QStringLiteral("entry-point  /home/alice/.local/bin/ray"),
            QStringLiteral("entry-point 2.49.0 /home/alice/venv/bin/ray"),
            QStringLiteral(
                "dist-info 2.49.0 /home/alice/venv/lib/python3.11/site-packages/ray-2.49.0.dist-info") }));
    QCOMPARE(paths(discovery.installations(tool("rasa"), &a)),
             QStringList { QStringLiteral(
                 "dist-info 3.6.20 /home/alice/.local/lib/python3.10/site-packages/Rasa-3.6.20.dist-info") });
    QCOMPARE(
        paths(discovery.installations(tool("mlflow"), &a)),
        QStringList { QStringLiteral(
            "dist-info 3.7.0 "
            "/home/alice/miniconda3/envs/ml/lib/python3.12/site-packages/mlflow_skinny-3.7.0.dist-info") });
    QCOMPARE(paths(discovery.installations(tool("skyplane"), &a)),
             QStringList { QStringLiteral(
                 "egg-info 0.3.1 "
                 "/home/alice/.local/lib/python3.10/site-packages/skyplane-0.3.1-py3.10.egg-info") });

    QCOMPARE(paths(discovery.installations(tool("mlflow"), nullptr)),
             (QStringList {
                 QStringLiteral("dist-info 3.8.1 /usr/lib/python3.11/dist-packages/mlflow-3.8.1.dist-info"),
                 QStringLiteral("entry-point  /usr/local/bin/mlflow") }));
    QCOMPARE(paths(discovery.installations(tool("skyplane"), nullptr)),
             QStringList { QStringLiteral(
                 "dist-info 0.3.2 /usr/local/lib/python3.11/site-packages/skyplane-0.3.2.dist-info") });
    QVERIFY(discovery.installations(tool("ray"), nullptr).isEmpty());
    const UserAccount b = bob();
    QVERIFY(discovery.installations(tool("ray"), &b).isEmpty());
}

void TestDiscovery::readReport()
{
    test::FixtureCopy copy;
    QVERIFY(QDir().mkpath(copy.path(QStringLiteral("/home/bob/x"))));
    QVERIFY(copy.write(QStringLiteral("/home/bob/x/usage_stats.json"), "{\"private\": true}"));
    QVERIFY(makeLink(QStringLiteral("/home/bob/x"), copy.path(QStringLiteral("/tmp/ray/") + kBadFolder)));
    const RootFs fs(copy.root());
    const Discovery discovery(fs);
    const QString path = QStringLiteral("/tmp/ray/session_2026-11-20_10-00-00_123456_4242/usage_stats.json");
    QCOMPARE(discovery.readReport(path), copy.read(path));

    QString error;
    QVERIFY(discovery
                .readReport(QStringLiteral("/tmp/ray/") + kBadFolder + QStringLiteral("/usage_stats.json"),
                            &error)
                .isEmpty());
    QVERIFY2(error.contains(kBadFolder), qPrintable(error));
    error.clear();
    QVERIFY(discovery
                .readReport(QStringLiteral("/tmp/ray/session_2026-11-20_10-00-00_123456_4242/missing.json"),
                            &error)
                .isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "testdiscovery.moc"

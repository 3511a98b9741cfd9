#include "catalog/catalog.h"
#include "payload/machinefacts.h"
#include "payload/payloads.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace tlens;
using Json = nlohmann::ordered_json;

namespace {

const qint64 kNow = 1795300000000; // 2026-11-22
const QString kClientId = QStringLiteral("00000000000000000000020000004242");
const QString kInstallationId = QStringLiteral("9ec7d6a7-3dd5-4269-a24f-23ab2f5e1e87");
const QString kRasaId = QStringLiteral("3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c");

const ToolSpec &tool(const QString &id)
{
    return *Catalog::instance().tool(id);
}

PayloadContext context()
{
    PayloadContext c;
    c.toolVersion = QStringLiteral("2.49.0");
    c.pythonVersion = QStringLiteral("3.10.12");
    c.machine.system = QStringLiteral("Linux");
    c.machine.release = QStringLiteral("6.1.0-18-amd64");
    c.machine.architecture = QStringLiteral("x86_64");
    c.machine.libcVersion = QStringLiteral("2.36");
    c.machine.cpuCount = 8;
    c.identifiers = { { QStringLiteral("client_id"), kClientId, {}, {} },
                      { QStringLiteral("installation_id"), kInstallationId, {}, {} },
                      { QStringLiteral("rasa_user_id"), kRasaId, {}, {} } };
    c.workingDirectory = QStringLiteral("/home/alice");
    c.nowMs = kNow;
    c.seed = 42;
    return c;
}

Json parse(const QByteArray &bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QStringList keys(const Json &object)
{
    QStringList out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.append(QString::fromStdString(it.key()));
    return out;
}

QString str(const Json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

const QStringList kRayKeys { QStringLiteral("schema_version"),
                             QStringLiteral("source"),
                             QStringLiteral("collect_timestamp_ms"),
                             QStringLiteral("total_success"),
                             QStringLiteral("total_failed"),
                             QStringLiteral("seq_number"),
                             QStringLiteral("ray_version"),
                             QStringLiteral("python_version"),
                             QStringLiteral("session_id"),
                             QStringLiteral("git_commit"),
                             QStringLiteral("os"),
                             QStringLiteral("session_start_timestamp_ms"),
                             QStringLiteral("cloud_provider"),
                             QStringLiteral("min_workers"),
                             QStringLiteral("max_workers"),
                             QStringLiteral("head_node_instance_type"),
                             QStringLiteral("worker_node_instance_types"),
                             QStringLiteral("total_num_cpus"),
                             QStringLiteral("total_num_gpus"),
                             QStringLiteral("total_memory_gb"),
                             QStringLiteral("total_object_store_memory_gb"),
                             QStringLiteral("library_usages"),
                             QStringLiteral("extra_usage_tags"),
                             QStringLiteral("total_num_nodes"),
                             QStringLiteral("total_num_running_jobs"),
                             QStringLiteral("libc_version"),
                             QStringLiteral("hardware_usages") };

const QStringList kSkyplaneKeys { QStringLiteral("skyplane_version"),
                                  QStringLiteral("python_version"),
                                  QStringLiteral("schema_version"),
                                  QStringLiteral("client_id"),
                                  QStringLiteral("session_id"),
                                  QStringLiteral("source_region"),
                                  QStringLiteral("destination_regions"),
                                  QStringLiteral("source_cloud_provider"),
                                  QStringLiteral("destination_cloud_providers"),
                                  QStringLiteral("os"),
                                  QStringLiteral("session_start_timestamp_ms"),
                                  QStringLiteral("arguments_dict"),
                                  QStringLiteral("transfer_stats"),
                                  QStringLiteral("error_dict"),
                                  QStringLiteral("sent_time_ms") };

} // namespace

class TestPayloads final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validJson_data();
    void validJson();
    void deterministic_data();
    void deterministic();
    void ray();
    void rayAfterOptOut();
    void rayExtraTags();
    void skyplane();
    void mlflowMatchesTheSample();
    void mlflowWithoutId();
    void rasa();
    void unknownValuesAreNull();
    void notes();
    void machineFactsOfAnImage();
    void machineFactsOfThisComputer();
    void contextFromScan();
};

void TestPayloads::validJson_data()
{
    QTest::addColumn<QString>("toolId");
    QTest::addColumn<bool>("sendsAfterOptOut");
    QTest::newRow("ray") << "ray" << true;
    QTest::newRow("skyplane") << "skyplane" << false;
    QTest::newRow("mlflow") << "mlflow" << false;
    QTest::newRow("rasa") << "rasa" << false;
}

void TestPayloads::validJson()
{
    QFETCH(QString, toolId);
    QFETCH(bool, sendsAfterOptOut);
    const QByteArray next = Payloads::wouldSend(tool(toolId), context());
    const Json j = parse(next);
    QVERIFY2(!j.is_discarded() && j.is_object(), next.constData());
    QVERIFY2(next.contains("\n  \""), "pretty printed with a 2-space indent");
    const QByteArray after = Payloads::afterOptOut(tool(toolId), context());
    const Json a = parse(after);
    QVERIFY2(!a.is_discarded(), after.constData());
    QCOMPARE(a.is_object(), sendsAfterOptOut);
    if (!sendsAfterOptOut)
        QCOMPARE(after, Payloads::nothing());
}

void TestPayloads::deterministic_data()
{
    validJson_data();
}

void TestPayloads::deterministic()
{
    QFETCH(QString, toolId);
    QCOMPARE(Payloads::wouldSend(tool(toolId), context()), Payloads::wouldSend(tool(toolId), context()));
    PayloadContext other = context();
    other.seed = 43;
    if (toolId != QLatin1String("rasa")) // Rasa's event holds no random value when the id exists
        QVERIFY2(Payloads::wouldSend(tool(toolId), context()) != Payloads::wouldSend(tool(toolId), other),
                 "the seed drives new ids");
}

void TestPayloads::ray()
{
    const Json r = parse(Payloads::wouldSend(tool(QStringLiteral("ray")), context()));
    QCOMPARE(keys(r), kRayKeys);
    QCOMPARE(str(r["schema_version"]), QStringLiteral("0.1"));
    QCOMPARE(str(r["source"]), QStringLiteral("OSS"));
    QCOMPARE(r["session_start_timestamp_ms"].get<qint64>(), kNow);
    QCOMPARE(r["collect_timestamp_ms"].get<qint64>(), kNow + 60000);
    QCOMPARE(r["seq_number"].get<int>(), 0);
    QCOMPARE(r["total_success"].get<int>(), 0);
    QCOMPARE(str(r["ray_version"]), QStringLiteral("2.49.0"));
    QCOMPARE(str(r["python_version"]), QStringLiteral("3.10.12"));
    QCOMPARE(str(r["os"]), QStringLiteral("linux"));
    QCOMPARE(r["total_num_cpus"].get<int>(), 8);
    QCOMPARE(str(r["libc_version"]), QStringLiteral("glibc:2.36"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{56}$")).match(str(r["session_id"])).hasMatch(),
             r["session_id"].dump().c_str());
    QVERIFY(r["extra_usage_tags"].is_null());
    QVERIFY(r["total_memory_gb"].is_null());
}

void TestPayloads::rayAfterOptOut()
{
    PayloadContext c = context();
    c.env.insert(QStringLiteral("RAY_USAGE_STATS_SOURCE"), QStringLiteral("Anyscale"));
    const Json r = parse(Payloads::afterOptOut(tool(QStringLiteral("ray")), c));
    QCOMPARE(keys(r), kRayKeys);
    QCOMPARE(str(r["schema_version"]), QStringLiteral("0.1"));
    QCOMPARE(str(r["source"]), QStringLiteral("Anyscale"));
    QCOMPARE(r["collect_timestamp_ms"].get<qint64>(), kNow);
    for (auto it = r.begin(); it != r.end(); ++it) {
        if (it.key() != "schema_version" && it.key() != "source" && it.key() != "collect_timestamp_ms")
            QVERIFY2(it.value().is_null(), it.key().c_str());
    }
}

void TestPayloads::rayExtraTags()
{
    PayloadContext c = context();
    c.env.insert(QStringLiteral("RAY_USAGE_STATS_EXTRA_TAGS"),
                 QStringLiteral("team=vision; cost_center = 42;;broken"));
    const Json r = parse(Payloads::wouldSend(tool(QStringLiteral("ray")), c));
    QCOMPARE(QString::fromStdString(r["extra_usage_tags"].dump()),
             QStringLiteral(R"({"team":"vision","cost_center":"42"})"));
}

void TestPayloads::skyplane()
{
    const Json r = parse(Payloads::wouldSend(tool(QStringLiteral("skyplane")), context()));
    QCOMPARE(keys(r), kSkyplaneKeys);
    QCOMPARE(str(r["client_id"]), kClientId);
    QCOMPARE(str(r["schema_version"]), QStringLiteral("0.2"));
    QCOMPARE(str(r["skyplane_version"]), QStringLiteral("2.49.0"));
    QCOMPARE(str(r["os"]), QStringLiteral("linux"));
    const QString expectedStamp
        = QDateTime::fromMSecsSinceEpoch(kNow).toString(QStringLiteral("yyyyMMdd_HHmmss"));
    const QString session = str(r["session_id"]);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{8}_\\d{6}-[0-9a-f]{8}$")).match(session).hasMatch(),
             qPrintable(session));
    QVERIFY2(session.startsWith(expectedStamp), qPrintable(session));
    QCOMPARE(r["sent_time_ms"].get<qint64>(), kNow);
}

void TestPayloads::mlflowMatchesTheSample()
{
    QFile sampleFile(QStringLiteral(TLENS_SAMPLES_DIR "/mlflow-would-send.json"));
    QVERIFY(sampleFile.open(QIODevice::ReadOnly));
    const Json sample = parse(sampleFile.readAll());
    QVERIFY(!sample.is_discarded());

    const Json body = parse(Payloads::wouldSend(tool(QStringLiteral("mlflow")), context()));
    QCOMPARE(keys(body), QStringList { QStringLiteral("records") });
    QVERIFY(body["records"].is_array());
    QCOMPARE(int(body["records"].size()), 1);
    const Json &record = body["records"][0];
    QCOMPARE(keys(record), keys(sample["records"][0]));
    QCOMPARE(keys(record["data"]), keys(sample["records"][0]["data"]));
    const Json &data = record["data"];
    QCOMPARE(str(data["installation_id"]), kInstallationId);
    QVERIFY2(data["params"].is_string(), "params is JSON text, not an object");
    QVERIFY(parse(QByteArray::fromStdString(data["params"].get<std::string>())).is_object());
    QCOMPARE(data["schema_version"].get<int>(), 2);
    QCOMPARE(str(data["source_sdk"]), QStringLiteral("mlflow"));
    QCOMPARE(str(data["operating_system"]), QStringLiteral("Linux-6.1.0-18-amd64-x86_64-with-glibc2.36"));
    QCOMPARE(data["timestamp_ns"].get<qint64>(), kNow * 1000000);
    const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    QVERIFY(hex32.match(str(data["session_id"])).hasMatch());
    QVERIFY(hex32.match(str(record["partition-key"])).hasMatch());
    QVERIFY(data["tracking_uri_scheme"].is_null());

    PayloadContext c = context();
    c.env.insert(QStringLiteral("MLFLOW_TRACKING_URI"), QStringLiteral("http://mlflow.internal:5000"));
    QCOMPARE(str(parse(Payloads::wouldSend(tool(QStringLiteral("mlflow")),
                                           c))["records"][0]["data"]["tracking_uri_scheme"]),
             QStringLiteral("http"));
}

void TestPayloads::mlflowWithoutId()
{
    PayloadContext c = context();
    c.identifiers.clear();
    const Json body = parse(Payloads::wouldSend(tool(QStringLiteral("mlflow")), c));
    const QString id = str(body["records"][0]["data"]["installation_id"]);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                 .match(id)
                 .hasMatch(),
             qPrintable(id));
    QVERIFY(id != kInstallationId);
}

void TestPayloads::rasa()
{
    const Json e = parse(Payloads::wouldSend(tool(QStringLiteral("rasa")), context()));
    QCOMPARE(keys(e),
             (QStringList { QStringLiteral("userId"), QStringLiteral("event"), QStringLiteral("properties"),
                            QStringLiteral("context") }));
    QCOMPARE(str(e["userId"]), kRasaId);
    QCOMPARE(keys(e["properties"]), QStringList { QStringLiteral("metrics_id") });
    QCOMPARE(str(e["properties"]["metrics_id"]), kRasaId);
    const Json &ctx = e["context"];
    QCOMPARE(keys(ctx),
             (QStringList { QStringLiteral("os"), QStringLiteral("ci"), QStringLiteral("project"),
                            QStringLiteral("directory"), QStringLiteral("python"),
                            QStringLiteral("rasa_open_source"), QStringLiteral("cpu"),
                            QStringLiteral("docker") }));
    QCOMPARE(keys(ctx["os"]), (QStringList { QStringLiteral("name"), QStringLiteral("version") }));
    QCOMPARE(str(ctx["os"]["name"]), QStringLiteral("Linux"));
    QCOMPARE(str(ctx["os"]["version"]), QStringLiteral("6.1.0-18-amd64"));
    QCOMPARE(ctx["ci"].get<bool>(), false);
    QVERIFY(ctx["project"].is_null());
    QCOMPARE(
        str(ctx["directory"]),
        QString::fromLatin1(QCryptographicHash::hash("/home/alice", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(ctx["cpu"].get<int>(), 8);
    QCOMPARE(ctx["docker"].get<bool>(), false);

    PayloadContext c = context();
    c.gitRemote = QStringLiteral("git@github.com:acme/bot.git");
    c.ci = true;
    const Json withRemote = parse(Payloads::wouldSend(tool(QStringLiteral("rasa")), c));
    QCOMPARE(
        str(withRemote["context"]["project"]),
        QString::fromLatin1(
            QCryptographicHash::hash("git@github.com:acme/bot.git\n", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(withRemote["context"]["ci"].get<bool>(), true);
}

void TestPayloads::unknownValuesAreNull()
{
    PayloadContext c;
    c.nowMs = kNow;
    const Json r = parse(Payloads::wouldSend(tool(QStringLiteral("ray")), c));
    for (const char *key : { "ray_version", "python_version", "os", "total_num_cpus", "libc_version" })
        QVERIFY2(r[key].is_null(), key);
    const Json m = parse(Payloads::wouldSend(tool(QStringLiteral("mlflow")), c));
    for (const char *key : { "mlflow_version", "python_version", "operating_system" })
        QVERIFY2(m["records"][0]["data"][key].is_null(), key);
    const Json s = parse(Payloads::wouldSend(tool(QStringLiteral("skyplane")), c));
    QVERIFY2(s["client_id"].is_null(), "no client id found: null, never a made-up MAC");
}

void TestPayloads::notes()
{
    for (const QString &id : Catalog::instance().ids())
        QVERIFY2(!Payloads::notes(tool(id), context()).isEmpty(), qPrintable(id));
    const QString rasa = Payloads::notes(tool(QStringLiteral("rasa")), context()).join(QLatin1Char(' '));
    QVERIFY2(rasa.contains(QLatin1String("SHA-256")) && rasa.contains(QLatin1String("/home/alice")),
             qPrintable(rasa));
}

void TestPayloads::machineFactsOfAnImage()
{
    test::FixtureCopy copy;
    QVERIFY(copy.write(QStringLiteral("/etc/os-release"),
                       "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID='12'\n"));
    const MachineFacts facts = MachineFacts::read(RootFs(copy.root()));
    QCOMPARE(facts.system, QStringLiteral("Linux"));
    QCOMPARE(facts.distribution, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    QCOMPARE(facts.distributionId, QStringLiteral("debian"));
    QCOMPARE(facts.distributionVersion, QStringLiteral("12"));
    QVERIFY2(facts.release.isEmpty() && facts.libcVersion.isEmpty() && facts.cpuCount == 0,
             "facts of the auditing computer are never passed off as the image's");
    QVERIFY(facts.platformString().isEmpty());
    QVERIFY(!facts.docker);
    QVERIFY(copy.write(QStringLiteral("/.dockerenv"), ""));
    QVERIFY(MachineFacts::read(RootFs(copy.root())).docker);
}

void TestPayloads::machineFactsOfThisComputer()
{
    const MachineFacts facts = MachineFacts::read(RootFs(QStringLiteral("/")));
    QCOMPARE(facts.system, QStringLiteral("Linux"));
    QVERIFY(!facts.release.isEmpty());
    QVERIFY(facts.cpuCount > 0);
    QVERIFY2(facts.platformString().startsWith(QStringLiteral("Linux-") + facts.release),
             qPrintable(facts.platformString()));
}

void TestPayloads::contextFromScan()
{
    test::FixtureCopy copy;
    ScanResult result;
    result.machine.root = copy.root();
    MachineToolData ray;
    ray.toolId = QStringLiteral("ray");
    ray.artifacts.append(
        { QStringLiteral("report"),
          QStringLiteral("/tmp/ray/session_2026-11-21_08-30-12_654321_5151/usage_stats.json"),
          QStringLiteral("9a8b"),
          SendStatus::Failed,
          1795249812000,
          QStringLiteral("2.49.0"),
          {},
          {},
          -1 });
    ray.installations.append({ QStringLiteral("ray"), QStringLiteral("2.9.0"),
                               QStringLiteral("/usr/lib/python3.11/dist-packages/ray-2.9.0.dist-info"),
                               QStringLiteral("dist-info") });
    result.machine.tools.append(ray);
    UserScan user;
    user.account
        = { QStringLiteral("alice"), 1000, QStringLiteral("/home/alice"), QStringLiteral("/bin/bash") };
    ToolStatus status;
    status.toolId = QStringLiteral("ray");
    status.installations.append(
        { QStringLiteral("ray"), QStringLiteral("2.10.0"),
          QStringLiteral("/home/alice/venv/lib/python3.11/site-packages/ray-2.10.0.dist-info"),
          QStringLiteral("dist-info") });
    Input source;
    source.kind = QStringLiteral("env");
    source.key = QStringLiteral("RAY_USAGE_STATS_SOURCE");
    source.value = QStringLiteral("Lab");
    status.inputs.append(source);
    user.tools.append(status);
    result.users.append(user);

    const PayloadContext c = PayloadContext::fromScan(result, result.users.first().tools.first());
    QCOMPARE(c.toolVersion, QStringLiteral("2.10.0")); // the newest installed version
    QCOMPARE(c.pythonVersion, QStringLiteral("3.10.12")); // from the newest stored report
    QCOMPARE(c.workingDirectory, QStringLiteral("/home/alice"));
    QCOMPARE(c.env.value(QStringLiteral("RAY_USAGE_STATS_SOURCE")), QStringLiteral("Lab"));
    QVERIFY(c.nowMs > 0);
    QCOMPARE(c.machine.cpuCount, 0); // an image: unknown
    const Json r = parse(Payloads::wouldSend(tool(QStringLiteral("ray")), c));
    QCOMPARE(str(r["source"]), QStringLiteral("Lab"));
}

QTEST_GUILESS_MAIN(TestPayloads)
#include "testpayloads.moc"

#include "formats/inidocument.h"
#include "optout/envblockeditor.h"
#include "optout/overridefixer.h"
#include "optout/rasaconfigeditor.h"
#include "optout/rayconfigeditor.h"
#include "optout/secretmasker.h"
#include "optout/skyplaneconfigeditor.h"
#include "optout/unifieddiff.h"

#include <QTest>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

using namespace tlens;

namespace {

// A missing file in a data table: editors get std::nullopt for it.
const QByteArray kMissing = QByteArrayLiteral("\x01<missing>");

std::optional<QByteArray> input(const QByteArray &bytes)
{
    if (bytes == kMissing)
        return std::nullopt;
    return bytes;
}

QByteArray shown(const std::optional<QByteArray> &bytes)
{
    return bytes ? *bytes : kMissing;
}

// Rasa's reading (YAML 1.2 via ruamel): a plain, untagged scalar spelled as a boolean.
bool rasaReadsBool(const QByteArray &text, const char *block, bool expected)
{
    const YAML::Node root = YAML::Load(text.toStdString());
    const YAML::Node map = root[block];
    if (!map.IsMap())
        return false;
    const YAML::Node value = map["enabled"];
    if (!value.IsScalar() || value.Tag() != "?")
        return false;
    const std::string s = value.Scalar();
    return expected ? (s == "true" || s == "True" || s == "TRUE")
                    : (s == "false" || s == "False" || s == "FALSE");
}

const QByteArray kSkyplaneConfig = QByteArrayLiteral("# Skyplane config\n"
                                                     "[aws]\n"
                                                     "aws_enabled = True\n"
                                                     "\n"
                                                     "[cloudflare]\n"
                                                     "cloudflare_access_key_id = AKIAEXAMPLE\n"
                                                     "cloudflare_secret_access_key = s3cr3t/with=signs\n"
                                                     "; a comment\n"
                                                     "\n"
                                                     "[flags]\n"
                                                     "usage_stats = True\n"
                                                     "\n"
                                                     "[client]\n"
                                                     "anon_clientid = 00000000000000000000020000004242\n");

} // namespace

class TestEditors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ray_data();
    void ray();
    void rayRefuses_data();
    void rayRefuses();

    void skyplane_data();
    void skyplane();
    void skyplaneRefuses_data();
    void skyplaneRefuses();

    void rasa_data();
    void rasa();
    void rasaRefuses_data();
    void rasaRefuses();

    void envBlock_data();
    void envBlock();
    void envBlockRefusesDamagedBlock_data();
    void envBlockRefusesDamagedBlock();

    void overrideFixer_data();
    void overrideFixer();

    void diff_data();
    void diff();
    void masker_data();
    void masker();
    void unparsedLineMasked_data();
    void unparsedLineMasked();
};

void TestEditors::ray_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("missing file is created") << kMissing << false << QByteArray(R"({"usage_stats":false})");
    QTest::newRow("missing file stays missing on enable") << kMissing << true << kMissing;
    QTest::newRow("empty file") << QByteArray("\n") << false << QByteArray(R"({"usage_stats":false})");
    QTest::newRow("true becomes false, other keys kept in order")
        << QByteArray(R"({"zeta": 1, "usage_stats": true, "alpha": {"n": [1, 2.5, null]}})") << false
        << QByteArray(R"({"zeta":1,"usage_stats":false,"alpha":{"n":[1,2.5,null]}})");
    QTest::newRow("key added at the end") << QByteArray(R"({"b": "x", "a": "y"})") << false
                                          << QByteArray(R"({"b":"x","a":"y","usage_stats":false})");
    QTest::newRow("quoted string false becomes a boolean")
        << QByteArray(R"({"usage_stats": "false"})") << false << QByteArray(R"({"usage_stats":false})");
    QTest::newRow("null becomes false")
        << QByteArray(R"({"usage_stats": null})") << false << QByteArray(R"({"usage_stats":false})");
    QTest::newRow("already false: bytes untouched") << QByteArray("{\n  \"usage_stats\": false\n}\n") << false
                                                    << QByteArray("{\n  \"usage_stats\": false\n}\n");
    QTest::newRow("pretty CRLF file written compact")
        << QByteArray("{\r\n  \"usage_stats\": true,\r\n  \"x\": 2\r\n}\r\n") << false
        << QByteArray(R"({"usage_stats":false,"x":2})");
    QTest::newRow("unicode kept")
        << QByteArray("{\"name\": \"Zo\xc3\xab \xe2\x98\x83\", \"usage_stats\": true}") << false
        << QByteArray("{\"name\":\"Zo\xc3\xab \xe2\x98\x83\",\"usage_stats\":false}");
    QTest::newRow("enable") << QByteArray(R"({"usage_stats": false})") << true
                            << QByteArray(R"({"usage_stats":true})");
}

void TestEditors::ray()
{
    QFETCH(QByteArray, before);
    QFETCH(bool, enabled);
    QFETCH(QByteArray, after);
    const EditResult r
        = RayConfigEditor::setUsageStats(input(before), enabled, QStringLiteral("/home/u/.ray/config.json"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(shown(r.bytes), after);
    if (r.bytes) {
        // Read back as Ray does: a JSON object whose usage_stats is a JSON boolean.
        const auto doc = nlohmann::json::parse(r.bytes->toStdString());
        QVERIFY2(doc.is_object() && doc["usage_stats"].is_boolean()
                     && doc["usage_stats"].get<bool>() == enabled,
                 r.bytes->constData());
        // Idempotent: a second run changes nothing.
        const EditResult again = RayConfigEditor::setUsageStats(r.bytes, enabled, QStringLiteral("x"));
        QCOMPARE(shown(again.bytes), shown(r.bytes));
    }
}

void TestEditors::rayRefuses_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated JSON") << QByteArray(R"({"usage_stats": fal)")
                                    << QStringLiteral("not valid JSON");
    QTest::newRow("top level is an array")
        << QByteArray("[1, 2]") << QStringLiteral("does not hold a JSON object");
    QTest::newRow("top level is a string")
        << QByteArray("\"usage_stats\"") << QStringLiteral("does not hold a JSON object");
    QTest::newRow("trailing garbage") << QByteArray("{} x") << QStringLiteral("not valid JSON");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\": \"\xff\"}") << QStringLiteral("not valid JSON");
    QTest::newRow("hostile nesting") << QByteArray(2000, '[') << QStringLiteral("nested more than");
    QTest::newRow("INI written to the JSON file")
        << QByteArray("[flags]\nusage_stats = False\n") << QStringLiteral("not valid JSON");
}

void TestEditors::rayRefuses()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, expected);
    const QString path = QStringLiteral("/home/u/.ray/config.json");
    const EditResult r = RayConfigEditor::setUsageStats(before, false, path);
    QVERIFY2(!r.ok, "a malformed file must never be rewritten");
    QVERIFY2(r.error.contains(path) && r.error.contains(expected), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QLatin1String("last read")), "the message must not quote the file");
}

void TestEditors::skyplane_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QByteArray>("after");

    QByteArray expected = kSkyplaneConfig;
    expected.replace("usage_stats = True", "usage_stats = False");
    QTest::newRow("secrets and comments kept, one line changed") << kSkyplaneConfig << false << expected;
    QTest::newRow("missing file is created")
        << kMissing << false << QByteArray("[flags]\nusage_stats = False\n");
    QTest::newRow("missing file stays missing on enable") << kMissing << true << kMissing;
    QTest::newRow("empty file") << QByteArray() << false << QByteArray("[flags]\nusage_stats = False\n");
    QTest::newRow("key spelling and colon delimiter kept")
        << QByteArray("[flags]\nUsage_Stats:yes\n") << false << QByteArray("[flags]\nUsage_Stats:False\n");
    QTest::newRow("odd spacing kept") << QByteArray("[flags]\nusage_stats   =\t1\nother = x\n") << false
                                      << QByteArray("[flags]\nusage_stats   =\tFalse\nother = x\n");
    QTest::newRow("no spaces kept") << QByteArray("[flags]\nusage_stats=True") << false
                                    << QByteArray("[flags]\nusage_stats=False");
    QTest::newRow("empty value") << QByteArray("[flags]\nusage_stats =\n") << false
                                 << QByteArray("[flags]\nusage_stats = False\n");
    QTest::newRow("invalid value replaced") << QByteArray("[flags]\nusage_stats = maybe # not a comment\n")
                                            << false << QByteArray("[flags]\nusage_stats = False\n");
    QTest::newRow("continuation lines belong to the old value")
        << QByteArray("[flags]\nusage_stats = True\n  more\nkeep = 1\n") << false
        << QByteArray("[flags]\nusage_stats = False\nkeep = 1\n");
    QTest::newRow("section without the key: after its last key")
        << QByteArray("[flags]\nverbose = 1\n\n# next\n[aws]\naws_enabled = True\n") << false
        << QByteArray("[flags]\nverbose = 1\nusage_stats = False\n\n# next\n[aws]\naws_enabled = True\n");
    QTest::newRow("empty section") << QByteArray("[aws]\nx = 1\n[flags]\n") << false
                                   << QByteArray("[aws]\nx = 1\n[flags]\nusage_stats = False\n");
    QTest::newRow("missing section appended after a blank line")
        << QByteArray("[aws]\naws_enabled = True\n") << false
        << QByteArray("[aws]\naws_enabled = True\n\n[flags]\nusage_stats = False\n");
    QTest::newRow("missing section, file ends with a blank line")
        << QByteArray("[aws]\nx = 1\n\n") << false
        << QByteArray("[aws]\nx = 1\n\n[flags]\nusage_stats = False\n");
    QTest::newRow("missing final newline kept")
        << QByteArray("[aws]\nx = 1") << false << QByteArray("[aws]\nx = 1\n\n[flags]\nusage_stats = False");
    QTest::newRow("CRLF kept") << QByteArray("[aws]\r\nx = 1\r\n[flags]\r\nother = 2\r\n") << false
                               << QByteArray(
                                      "[aws]\r\nx = 1\r\n[flags]\r\nother = 2\r\nusage_stats = False\r\n");
    QTest::newRow("CRLF section appended")
        << QByteArray("[aws]\r\nx = 1\r\n") << false
        << QByteArray("[aws]\r\nx = 1\r\n\r\n[flags]\r\nusage_stats = False\r\n");
    QTest::newRow("unicode kept")
        << QByteArray("[gcp]\nproject = \xc3\xa9t\xc3\xa9 \xf0\x9f\x9a\x80\n[flags]\nusage_stats = True\n")
        << false
        << QByteArray("[gcp]\nproject = \xc3\xa9t\xc3\xa9 \xf0\x9f\x9a\x80\n[flags]\nusage_stats = False\n");
    QTest::newRow("already False: untouched") << QByteArray("[flags]\nusage_stats = false\n") << false
                                              << QByteArray("[flags]\nusage_stats = false\n");
    QTest::newRow("already no: untouched")
        << QByteArray("[flags]\nUSAGE_STATS = No\n") << false << QByteArray("[flags]\nUSAGE_STATS = No\n");
    QTest::newRow("enable") << QByteArray("[flags]\nusage_stats = False\n") << true
                            << QByteArray("[flags]\nusage_stats = True\n");
    QTest::newRow("section name is case-sensitive")
        << QByteArray("[Flags]\nusage_stats = True\n") << false
        << QByteArray("[Flags]\nusage_stats = True\n\n[flags]\nusage_stats = False\n");
}

void TestEditors::skyplane()
{
    QFETCH(QByteArray, before);
    QFETCH(bool, enabled);
    QFETCH(QByteArray, after);
    const EditResult r = SkyplaneConfigEditor::setUsageStats(input(before), enabled,
                                                             QStringLiteral("/home/u/.skyplane/config"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(shown(r.bytes), after);
    if (r.bytes) {
        // configparser's reading of the result: [flags] usage_stats parses as the wanted flag.
        const IniDocument doc = IniDocument::parse(*r.bytes);
        QVERIFY2(doc.isValid(), qPrintable(doc.errorString()));
        const IniDocument::Section *flags = doc.section(QStringLiteral("flags"));
        QVERIFY(flags && flags->option(QStringLiteral("usage_stats")));
        QCOMPARE(SkyplaneConfigEditor::parseFlag(flags->option(QStringLiteral("usage_stats"))->value),
                 std::optional<bool>(enabled));
        const EditResult again = SkyplaneConfigEditor::setUsageStats(r.bytes, enabled, QStringLiteral("x"));
        QCOMPARE(shown(again.bytes), shown(r.bytes));
    }
}

void TestEditors::skyplaneRefuses_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("expected");
    QTest::newRow("JSON as the documentation says")
        << QByteArray("{\"usage_stats\": false}\n") << QStringLiteral("looks like JSON");
    QTest::newRow("duplicate key") << QByteArray("[flags]\nusage_stats = True\nUSAGE_STATS = False\n")
                                   << QStringLiteral("line 3");
    QTest::newRow("duplicate section")
        << QByteArray("[flags]\na = 1\n[aws]\nb = 2\n[flags]\nc = 3\n") << QStringLiteral("line 5");
    QTest::newRow("key before any section")
        << QByteArray("usage_stats = False\n[flags]\n") << QStringLiteral("line 1");
    QTest::newRow("invalid UTF-8") << QByteArray("[flags]\nx = \xff\xfe\n") << QStringLiteral("UTF-8");
    QTest::newRow("not key = value") << QByteArray("[flags]\njust words\n") << QStringLiteral("line 2");
    QTest::newRow("secret without delimiter is not quoted")
        << QByteArray("[cloudflare]\ncloudflare_secret_access_key hunter2\n")
        << QStringLiteral("cloudflare_secret_access_key ********");
}

void TestEditors::skyplaneRefuses()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, expected);
    const QString path = QStringLiteral("/home/u/.skyplane/config");
    const EditResult r = SkyplaneConfigEditor::setUsageStats(before, false, path);
    QVERIFY2(!r.ok, "a file configparser refuses must never be rewritten");
    QVERIFY2(r.error.contains(path) && r.error.contains(expected), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QLatin1String("hunter2")), qPrintable(r.error));
}

void TestEditors::rasa_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QByteArray>("after");

    const QByteArray alice("metrics:\n  enabled: true\n  rasa_user_id: 3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c\n  "
                           "date: 2024-03-05 14:22:31.482915\n");
    QByteArray aliceOff = alice;
    aliceOff.replace("enabled: true", "enabled: false");
    QTest::newRow("true becomes false, id and date kept") << alice << false << aliceOff;
    QTest::newRow("quoted string false")
        << QByteArray("metrics:\n  enabled: \"false\"\n  date: \"2025-01-17 09:12:44\"\n") << false
        << QByteArray("metrics:\n  enabled: false\n  date: \"2025-01-17 09:12:44\"\n");
    QTest::newRow("single-quoted") << QByteArray("metrics:\n  enabled: 'false'\n") << false
                                   << QByteArray("metrics:\n  enabled: false\n");
    QTest::newRow("YAML 1.1 no with comment")
        << QByteArray("metrics:\n  enabled: no   # off?\n  x: 1\n") << false
        << QByteArray("metrics:\n  enabled: false   # off?\n  x: 1\n");
    QTest::newRow("explicit string tag") << QByteArray("metrics:\n  enabled: !!str false\n") << false
                                         << QByteArray("metrics:\n  enabled: false\n");
    QTest::newRow("empty value") << QByteArray("metrics:\n  enabled:\n  x: 1\n") << false
                                 << QByteArray("metrics:\n  enabled: false\n  x: 1\n");
    QTest::newRow("four-space indent, comments and unknown keys")
        << QByteArray("# global rasa config\nmetrics:\n    # keep me\n    rasa_user_id: abc\n    enabled: "
                      "TRUE\nother:\n    k: v\n")
        << false
        << QByteArray("# global rasa config\nmetrics:\n    # keep me\n    rasa_user_id: abc\n    enabled: "
                      "false\nother:\n    k: v\n");
    QTest::newRow("CRLF") << QByteArray("metrics:\r\n  enabled: true\r\n  rasa_user_id: abc\r\n") << false
                          << QByteArray("metrics:\r\n  enabled: false\r\n  rasa_user_id: abc\r\n");
    QTest::newRow("no final newline")
        << QByteArray("metrics:\n  enabled: true") << false << QByteArray("metrics:\n  enabled: false");
    QTest::newRow("traits kept in step") << QByteArray(
        "metrics:\n  enabled: true\n  rasa_user_id: a\ntraits:\n  enabled: true\n  rasa_user_id: a\n")
                                         << false
                                         << QByteArray("metrics:\n  enabled: false\n  rasa_user_id: "
                                                       "a\ntraits:\n  enabled: false\n  rasa_user_id: a\n");
    QTest::newRow("traits without enabled")
        << QByteArray("metrics:\n  enabled: true\ntraits:\n  rasa_user_id: a\n") << false
        << QByteArray("metrics:\n  enabled: false\ntraits:\n  enabled: false\n  rasa_user_id: a\n");
    QTest::newRow("metrics without enabled")
        << QByteArray("metrics:\n  rasa_user_id: abc\n  date: 2024-03-05\n") << false
        << QByteArray("metrics:\n  enabled: false\n  rasa_user_id: abc\n  date: 2024-03-05\n");
    QTest::newRow("empty metrics") << QByteArray("metrics:\nother: 1\n") << false
                                   << QByteArray("metrics:\n  enabled: false\nother: 1\n");
    QTest::newRow("no metrics: block appended")
        << QByteArray("interactive_learning: true\n") << false
        << QByteArray("interactive_learning: true\nmetrics:\n  enabled: false\n");
    QTest::newRow("missing file is created")
        << kMissing << false << QByteArray("metrics:\n  enabled: false\n");
    QTest::newRow("missing file stays missing on enable") << kMissing << true << kMissing;
    QTest::newRow("empty file") << QByteArray() << false << QByteArray("metrics:\n  enabled: false\n");
    QTest::newRow("comment-only file") << QByteArray("# nothing yet\n") << false
                                       << QByteArray("# nothing yet\nmetrics:\n  enabled: false\n");
    QTest::newRow("unicode kept")
        << QByteArray(
               "# \xc3\xa9t\xc3\xa9\nmetrics:\n  enabled: true\n  note: \"caf\xc3\xa9 \xe2\x98\x83\"\n")
        << false
        << QByteArray(
               "# \xc3\xa9t\xc3\xa9\nmetrics:\n  enabled: false\n  note: \"caf\xc3\xa9 \xe2\x98\x83\"\n");
    QTest::newRow("already false: untouched") << QByteArray("metrics:\n  enabled: False # done\n") << false
                                              << QByteArray("metrics:\n  enabled: False # done\n");
    QTest::newRow("enable") << QByteArray("metrics:\n  enabled: false\n  rasa_user_id: a\n") << true
                            << QByteArray("metrics:\n  enabled: true\n  rasa_user_id: a\n");
}

void TestEditors::rasa()
{
    QFETCH(QByteArray, before);
    QFETCH(bool, enabled);
    QFETCH(QByteArray, after);
    const EditResult r = RasaConfigEditor::setEnabled(input(before), enabled,
                                                      QStringLiteral("/home/u/.config/rasa/global.yml"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(shown(r.bytes), after);
    if (r.bytes) {
        QVERIFY2(rasaReadsBool(*r.bytes, "metrics", enabled), r.bytes->constData());
        if (r.bytes->contains("traits:"))
            QVERIFY2(rasaReadsBool(*r.bytes, "traits", enabled), r.bytes->constData());
        const EditResult again = RasaConfigEditor::setEnabled(r.bytes, enabled, QStringLiteral("x"));
        QCOMPARE(shown(again.bytes), shown(r.bytes));
    }
}

void TestEditors::rasaRefuses_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax error") << QByteArray("metrics:\n  enabled: [true\n")
                                  << QStringLiteral("not valid YAML");
    QTest::newRow("tab indentation") << QByteArray("metrics:\n\tenabled: true\n")
                                     << QStringLiteral("not valid YAML");
    QTest::newRow("flow-style metrics")
        << QByteArray("metrics: {enabled: true, rasa_user_id: a}\n") << QStringLiteral("flow style");
    QTest::newRow("flow-style document")
        << QByteArray("{metrics: {enabled: true}}\n") << QStringLiteral("flow style");
    QTest::newRow("two documents") << QByteArray("metrics:\n  enabled: true\n---\nx: 1\n")
                                   << QStringLiteral("2 YAML documents");
    QTest::newRow("duplicate key") << QByteArray("metrics:\n  enabled: true\n  enabled: false\n")
                                   << QStringLiteral("line 3");
    QTest::newRow("metrics is a scalar") << QByteArray("metrics: off\n") << QStringLiteral("not a map");
    QTest::newRow("top level is a list") << QByteArray("- metrics\n") << QStringLiteral("map of settings");
    QTest::newRow("value on the next line")
        << QByteArray("metrics:\n  enabled:\n    true\n") << QStringLiteral("by hand");
    QTest::newRow("block scalar") << QByteArray("metrics:\n  enabled: |\n    true\n")
                                  << QStringLiteral("by hand");
    QByteArray laughs("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; ++i)
        laughs += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                      .arg(i)
                      .arg(i - 1)
                      .toUtf8();
    QTest::newRow("exponential aliases")
        << QByteArray(laughs + "metrics:\n  enabled: true\n") << QStringLiteral("aliased");
    // Found by fuzzing: yaml-cpp 0.7 builds nodes without end on these 105 bytes.
    QTest::newRow("endless nodes") << QByteArray::fromHex(
        "2c6574726963733a0a662020656e61626c65643a2066616c73650a2020726173"
        "615f757365edededededededededededededededed3a202661207b783a20327d"
        "0a72383a3034323aec3730edededededededede7eded3a202661207b783a2031"
        "7d0a323a343732270a") << QStringLiteral("too many nodes");
}

void TestEditors::rasaRefuses()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, expected);
    const QString path = QStringLiteral("/home/u/.config/rasa/global.yml");
    const EditResult r = RasaConfigEditor::setEnabled(before, false, path);
    QVERIFY2(!r.ok, "a file Rasa cannot read must never be rewritten");
    QVERIFY2(r.error.contains(path) && r.error.contains(expected), qPrintable(r.error));
}

void TestEditors::envBlock_data()
{
    using S = EnvBlockEditor::Syntax;
    using M = EnvBlockEditor::Mode;
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<int>("syntax");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // empty: remove
    QTest::addColumn<QByteArray>("after");

    const QByteArray begin("# >>> telemetry opt-outs (managed) >>>\n");
    const QByteArray end("# <<< telemetry opt-outs (managed) <<<\n");
    const QByteArray header = EnvBlockEditor::managedFileHeader() + '\n';
    const QByteArray mlflow("export MLFLOW_DISABLE_TELEMETRY=true\n");
    const QString key = QStringLiteral("MLFLOW_DISABLE_TELEMETRY");
    const QString on = QStringLiteral("true");
    const QByteArray profile("# ~/.profile\nexport DO_NOT_TRACK=1\n");

    QTest::newRow("new ~/.profile") << kMissing << int(S::Posix) << int(M::BlockInFile) << key << on
                                    << QByteArray(begin + mlflow + end);
    QTest::newRow("appended after a blank line") << profile << int(S::Posix) << int(M::BlockInFile) << key
                                                 << on << QByteArray(profile + '\n' + begin + mlflow + end);
    QTest::newRow("idempotent") << QByteArray(profile + '\n' + begin + mlflow + end) << int(S::Posix)
                                << int(M::BlockInFile) << key << on
                                << QByteArray(profile + '\n' + begin + mlflow + end);
    QTest::newRow("second variable added inside the block")
        << QByteArray(profile + '\n' + begin + mlflow + end) << int(S::Posix) << int(M::BlockInFile)
        << QStringLiteral("RAY_USAGE_STATS_ENABLED") << QStringLiteral("0")
        << QByteArray(profile + '\n' + begin + mlflow + "export RAY_USAGE_STATS_ENABLED=0\n" + end);
    QTest::newRow("value replaced") << QByteArray(begin + "export MLFLOW_DISABLE_TELEMETRY=false\n" + end)
                                    << int(S::Posix) << int(M::BlockInFile) << key << on
                                    << QByteArray(begin + mlflow + end);
    QTest::newRow("line outside the block left alone")
        << QByteArray("export MLFLOW_DISABLE_TELEMETRY=false\n") << int(S::Posix) << int(M::BlockInFile)
        << key << on << QByteArray("export MLFLOW_DISABLE_TELEMETRY=false\n\n" + begin + mlflow + end);
    QTest::newRow("last variable removed: block and its blank line go")
        << QByteArray(profile + '\n' + begin + mlflow + end) << int(S::Posix) << int(M::BlockInFile) << key
        << QString() << profile;
    QTest::newRow("one of two removed")
        << QByteArray(begin + "export A=1\n" + mlflow + end) << int(S::Posix) << int(M::BlockInFile) << key
        << QString() << QByteArray(begin + "export A=1\n" + end);
    QTest::newRow("block in the middle removed")
        << QByteArray("a\n" + begin + mlflow + end + "b\n") << int(S::Posix) << int(M::BlockInFile) << key
        << QString() << QByteArray("a\nb\n");
    QTest::newRow("remove from a file without block")
        << profile << int(S::Posix) << int(M::BlockInFile) << key << QString() << profile;
    QTest::newRow("remove from a missing file")
        << kMissing << int(S::Posix) << int(M::BlockInFile) << key << QString() << kMissing;
    QTest::newRow("CRLF file")
        << QByteArray("a=1\r\nb=2\r\n") << int(S::KeyValue) << int(M::BlockInFile) << key << on
        << QByteArray(
               "a=1\r\nb=2\r\n\r\n# >>> telemetry opt-outs (managed) >>>\r\nMLFLOW_DISABLE_TELEMETRY=true\r\n"
               "# <<< telemetry opt-outs (managed) <<<\r\n");
    QTest::newRow("/etc/environment syntax")
        << QByteArray("PATH=\"/usr/bin:/bin\"\n") << int(S::KeyValue) << int(M::BlockInFile) << key << on
        << QByteArray("PATH=\"/usr/bin:/bin\"\n\n" + begin + "MLFLOW_DISABLE_TELEMETRY=true\n" + end);
    QTest::newRow("managed environment.d file created")
        << kMissing << int(S::KeyValue) << int(M::ManagedFile) << key << on
        << QByteArray(header + begin + "MLFLOW_DISABLE_TELEMETRY=true\n" + end);
    QTest::newRow("managed fish file created")
        << kMissing << int(S::Fish) << int(M::ManagedFile) << key << on
        << QByteArray(header + begin + "set -gx MLFLOW_DISABLE_TELEMETRY true\n" + end);
    QTest::newRow("managed file removed when empty")
        << QByteArray(header + begin + "MLFLOW_DISABLE_TELEMETRY=true\n" + end) << int(S::KeyValue)
        << int(M::ManagedFile) << key << QString() << kMissing;
    QTest::newRow("managed file kept when the person added to it")
        << QByteArray(header + "EXTRA=1\n" + begin + "MLFLOW_DISABLE_TELEMETRY=true\n" + end)
        << int(S::KeyValue) << int(M::ManagedFile) << key << QString() << QByteArray(header + "EXTRA=1\n");
    QTest::newRow("missing final newline") << QByteArray("x") << int(S::Posix) << int(M::BlockInFile) << key
                                           << on << QByteArray("x\n\n" + begin + mlflow + end.chopped(1));
}

void TestEditors::envBlock()
{
    QFETCH(QByteArray, before);
    QFETCH(int, syntax);
    QFETCH(int, mode);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, after);
    const QList<EnvBlockEditor::Variable> changes {
        { key, value.isEmpty() ? std::nullopt : std::optional<QString>(value) }
    };
    const EditResult r
        = EnvBlockEditor::edit(input(before), EnvBlockEditor::Syntax(syntax), EnvBlockEditor::Mode(mode),
                               changes, QStringLiteral("/home/u/.profile"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(shown(r.bytes), after);
    if (r.bytes && !value.isEmpty())
        QCOMPARE(EnvBlockEditor::blockValue(*r.bytes, EnvBlockEditor::Syntax(syntax), key),
                 std::optional<QString>(value));
    const EditResult again = EnvBlockEditor::edit(r.bytes, EnvBlockEditor::Syntax(syntax),
                                                  EnvBlockEditor::Mode(mode), changes, QStringLiteral("x"));
    QCOMPARE(shown(again.bytes), shown(r.bytes));
}

void TestEditors::envBlockRefusesDamagedBlock_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("expected");
    const QByteArray begin("# >>> telemetry opt-outs (managed) >>>\n");
    const QByteArray end("# <<< telemetry opt-outs (managed) <<<\n");
    QTest::newRow("never closes") << QByteArray("a\n" + begin + "export X=1\n") << QStringLiteral("line 2");
    QTest::newRow("closes without opening") << QByteArray("a\n" + end) << QStringLiteral("line 2");
    QTest::newRow("two blocks") << QByteArray(begin + end + begin + end) << QStringLiteral("line 3");
    QTest::newRow("opens twice") << QByteArray(begin + begin + end) << QStringLiteral("line 2");
}

void TestEditors::envBlockRefusesDamagedBlock()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, expected);
    const EditResult r
        = EnvBlockEditor::edit(before, EnvBlockEditor::Syntax::Posix, EnvBlockEditor::Mode::BlockInFile,
                               { { QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("true") } },
                               QStringLiteral("/home/u/.profile"));
    QVERIFY2(!r.ok, "a damaged block must not be guessed at");
    QVERIFY2(r.error.contains(QLatin1String("/home/u/.profile")) && r.error.contains(expected),
             qPrintable(r.error));
}

void TestEditors::overrideFixer_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("after"); // empty: refused

    const QByteArray bashrc("# ray cluster experiments\nexport RAY_USAGE_STATS_ENABLED=1\nexport "
                            "PATH=\"$HOME/.local/bin:$PATH\"\n");
    QTest::newRow("export line")
        << bashrc << 2 << QStringLiteral("RAY_USAGE_STATS_ENABLED")
        << QByteArray(
               "# ray cluster experiments\n# disabled by telemetry-lens: export RAY_USAGE_STATS_ENABLED=1\n"
               "export PATH=\"$HOME/.local/bin:$PATH\"\n");
    QTest::newRow("indent and CRLF kept")
        << QByteArray("a\r\n    RAY_USAGE_STATS_ENABLED=1\r\n") << 2
        << QStringLiteral("RAY_USAGE_STATS_ENABLED")
        << QByteArray("a\r\n    # disabled by telemetry-lens: RAY_USAGE_STATS_ENABLED=1\r\n");
    QTest::newRow("fish") << QByteArray("set -gx RAY_USAGE_STATS_ENABLED 1") << 1
                          << QStringLiteral("RAY_USAGE_STATS_ENABLED")
                          << QByteArray("# disabled by telemetry-lens: set -gx RAY_USAGE_STATS_ENABLED 1");
    QTest::newRow("fish universal variable")
        << QByteArray("# VERSION: 3.0\nSETUVAR --export RAY_USAGE_STATS_ENABLED:1\nSETUVAR fish_greeting:\n")
        << 2 << QStringLiteral("RAY_USAGE_STATS_ENABLED")
        << QByteArray(
               "# VERSION: 3.0\n# disabled by telemetry-lens: SETUVAR --export RAY_USAGE_STATS_ENABLED:1\n"
               "SETUVAR fish_greeting:\n");
    QTest::newRow("other universal variable is not the key")
        << QByteArray("SETUVAR --export RAY_USAGE_STATS_ENABLED_X:1\n") << 1
        << QStringLiteral("RAY_USAGE_STATS_ENABLED") << QByteArray();
    QTest::newRow("already a comment")
        << QByteArray("# export X=1\n") << 1 << QStringLiteral("X") << QByteArray("# export X=1\n");
    QTest::newRow("line out of range")
        << bashrc << 9 << QStringLiteral("RAY_USAGE_STATS_ENABLED") << QByteArray();
    QTest::newRow("line no longer sets the key")
        << bashrc << 3 << QStringLiteral("RAY_USAGE_STATS_ENABLED") << QByteArray();
    QTest::newRow("similar key is not the key") << QByteArray("export RAY_USAGE_STATS_ENABLED_X=1\n") << 1
                                                << QStringLiteral("RAY_USAGE_STATS_ENABLED") << QByteArray();
    QTest::newRow("continued line") << QByteArray("export RAY_USAGE_STATS_ENABLED=1 \\\n  OTHER=2\n") << 1
                                    << QStringLiteral("RAY_USAGE_STATS_ENABLED") << QByteArray();
}

void TestEditors::overrideFixer()
{
    QFETCH(QByteArray, before);
    QFETCH(int, line);
    QFETCH(QString, key);
    QFETCH(QByteArray, after);
    const EditResult r = OverrideFixer::commentOut(before, line, key, QStringLiteral("/home/u/.bashrc"));
    if (after.isEmpty()) {
        QVERIFY2(!r.ok, "must be refused");
        QVERIFY2(r.error.contains(QLatin1String("/home/u/.bashrc")), qPrintable(r.error));
        return;
    }
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(shown(r.bytes), after);
}

void TestEditors::diff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one line changed, three lines of context")
        << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QByteArray("1\n2\n3\n4\nfive\n6\n7\n8\n9\n")
        << QStringLiteral(
               "--- a/home/u/f\n+++ b/home/u/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    QTest::newRow("two hunks") << QByteArray("a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n")
                               << QByteArray("A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n")
                               << QStringLiteral("--- a/home/u/f\n+++ b/home/u/f\n@@ -1,4 +1,4 @@\n-a\n+A\n "
                                                 "1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n");
    QTest::newRow("close changes merge")
        << QByteArray("a\n1\n2\n3\nb\n") << QByteArray("A\n1\n2\n3\nB\n")
        << QStringLiteral("--- a/home/u/f\n+++ b/home/u/f\n@@ -1,5 +1,5 @@\n-a\n+A\n 1\n 2\n 3\n-b\n+B\n");
    QTest::newRow("new file") << kMissing << QByteArray("x\ny\n")
                              << QStringLiteral("--- /dev/null\n+++ b/home/u/f\n@@ -0,0 +1,2 @@\n+x\n+y\n");
    QTest::newRow("removed file") << QByteArray("x\n") << kMissing
                                  << QStringLiteral("--- a/home/u/f\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n");
    QTest::newRow("insertion") << QByteArray("a\nb\n") << QByteArray("a\nnew\nb\n")
                               << QStringLiteral(
                                      "--- a/home/u/f\n+++ b/home/u/f\n@@ -1,2 +1,3 @@\n a\n+new\n b\n");
    QTest::newRow("no newline at end")
        << QByteArray("a\nb") << QByteArray("a\nc")
        << QStringLiteral(
               "--- a/home/u/f\n+++ b/home/u/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n"
               "+c\n\\ No newline at end of file\n");
    QTest::newRow("CRLF shown without carriage returns")
        << QByteArray("a\r\n") << QByteArray("b\r\n")
        << QStringLiteral("--- a/home/u/f\n+++ b/home/u/f\n@@ -1 +1 @@\n-a\n+b\n");
    QTest::newRow("secret in context is masked")
        << QByteArray("[cloudflare]\ncloudflare_secret_access_key = hunter2\n[flags]\nusage_stats = True\n")
        << QByteArray("[cloudflare]\ncloudflare_secret_access_key = hunter2\n[flags]\nusage_stats = False\n")
        << QStringLiteral("--- a/home/u/f\n+++ b/home/u/f\n@@ -1,4 +1,4 @@\n [cloudflare]\n "
                          "cloudflare_secret_access_key = ********\n [flags]\n"
                          "-usage_stats = True\n+usage_stats = False\n");
    QTest::newRow("identical") << QByteArray("a\n") << QByteArray("a\n") << QString();
}

void TestEditors::diff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    const QString d = UnifiedDiff::make(QStringLiteral("/home/u/f"), input(before), input(after),
                                        SecretMasker({ QStringLiteral("cloudflare_secret_access_key") }));
    QCOMPARE(d, expected);
}

void TestEditors::masker_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("INI secret") << QStringLiteral("ibmcloud_iam_key = abc")
                                << QStringLiteral("ibmcloud_iam_key = ********");
    QTest::newRow("INI harmless") << QStringLiteral("usage_stats = False")
                                  << QStringLiteral("usage_stats = False");
    QTest::newRow("shell export") << QStringLiteral("export OPENAI_API_KEY=sk-123")
                                  << QStringLiteral("export OPENAI_API_KEY=********");
    QTest::newRow("shell token") << QStringLiteral("GITHUB_TOKEN=\"ghp_x\"")
                                 << QStringLiteral("GITHUB_TOKEN=********");
    QTest::newRow("fish") << QStringLiteral("set -gx DB_PASSWORD hunter2")
                          << QStringLiteral("set -gx DB_PASSWORD ********");
    QTest::newRow("YAML") << QStringLiteral("  client_secret: xyz")
                          << QStringLiteral("  client_secret: ********");
    QTest::newRow("commented out secret") << QStringLiteral("# aws_secret_access_key = old")
                                          << QStringLiteral("# aws_secret_access_key = ********");
    QTest::newRow("JSON member") << QStringLiteral(R"({"usage_stats":false,"api_token":"abc","n":"x"})")
                                 << QStringLiteral(R"({"usage_stats":false,"api_token":"********","n":"x"})");
    QTest::newRow("licence from the catalog list") << QStringLiteral("export RASA_PRO_LICENSE=eyJ")
                                                   << QStringLiteral("export RASA_PRO_LICENSE=********");
    QTest::newRow("bare token") << QStringLiteral("FAKEetcEnvSecret4e5f6a7b") << QStringLiteral("********");
    QTest::newRow("bare base64") << QStringLiteral("  c2VjcmV0LXZhbHVlLTEyMw==")
                                 << QStringLiteral("  ********");
    QTest::newRow("short command") << QStringLiteral("compinit") << QStringLiteral("compinit");
    QTest::newRow("long command") << QStringLiteral("shopt_checkwinsize")
                                  << QStringLiteral("shopt_checkwinsize");
    QTest::newRow("path") << QStringLiteral("/usr/local/bin/tool1234567890")
                          << QStringLiteral("/usr/local/bin/tool1234567890");
    QTest::newRow("rc9 setting") << QStringLiteral("telemetry.consent=0")
                                 << QStringLiteral("telemetry.consent=0");
    QTest::newRow("rc9 seed") << QStringLiteral("telemetry.seed=1a2b3c4d5e6f")
                              << QStringLiteral("telemetry.seed=1a2b3c4d5e6f");
    QTest::newRow("environment.d variable")
        << QStringLiteral("NUXT_TELEMETRY_DISABLED=1") << QStringLiteral("NUXT_TELEMETRY_DISABLED=1");
    QTest::newRow("bare base32 token")
        << QStringLiteral("JBSWY3DPEHPK3PXPJBSW==") << QStringLiteral("********");
    QTest::newRow("bare url-safe token")
        << QStringLiteral("ab3_Xk9-Qw7rT5yU2iO4pLm") << QStringLiteral("********");
    QTest::newRow("plain variable") << QStringLiteral("export MLFLOW_DISABLE_TELEMETRY=true")
                                    << QStringLiteral("export MLFLOW_DISABLE_TELEMETRY=true");
}

void TestEditors::masker()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(SecretMasker().maskLine(line), expected);
}

void TestEditors::unparsedLineMasked_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("quoted");
    QTest::addColumn<QString>("secret");
    QTest::newRow("key without =") << QByteArray("[client]\nanon_clientid 0000020000004242\n")
                                   << QStringLiteral("anon_clientid ********")
                                   << QStringLiteral("0000020000004242");
    QTest::newRow("secret key without =")
        << QByteArray("[c]\ncloudflare_secret_access_key FAKE-1f2e\n")
        << QStringLiteral("cloudflare_secret_access_key ********") << QStringLiteral("FAKE-1f2e");
    QTest::newRow("value alone") << QByteArray("[c]\nAKIAIOSFODNN7EXAMPLE\n") << QStringLiteral("********")
                                 << QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    QTest::newRow("lower-case value alone")
        << QByteArray("[c]\nhunter-two\n") << QStringLiteral("********") << QStringLiteral("hunter");
    QTest::newRow("digit-heavy first word")
        << QByteArray("[c]\nab12cd34 more\n") << QStringLiteral("********") << QStringLiteral("ab12cd34");
    QTest::newRow("empty key") << QByteArray("[c]\n= FAKE-value\n") << QStringLiteral("********")
                               << QStringLiteral("FAKE-value");
    QTest::newRow("unclosed header") << QByteArray("[c]\n[FAKE-header-secret\n") << QStringLiteral("********")
                                     << QStringLiteral("FAKE-header-secret");
}

// Python's configparser refuses these lines; the message says where and quotes no value.
void TestEditors::unparsedLineMasked()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, quoted);
    QFETCH(QString, secret);
    const IniDocument doc = IniDocument::parse(text);
    QVERIFY(!doc.isValid());
    QCOMPARE(doc.errorLine(), 2);
    QVERIFY2(doc.errorString().contains(QLatin1Char('"') + quoted + QLatin1Char('"')),
             qPrintable(doc.errorString()));
    QVERIFY2(!doc.errorString().contains(secret), qPrintable(doc.errorString()));
}

QTEST_GUILESS_MAIN(TestEditors)
#include "testeditors.moc"

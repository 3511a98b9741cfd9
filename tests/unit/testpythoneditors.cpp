#include "formats/pyyamlvalue.h"
#include "formats/ultralyticssettings.h"
#include "optout/ultralyticssettingseditor.h"
#include "optout/yamlbooleditor.h"

#include <QTest>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

using namespace tlens;

namespace {

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

// PyYAML's reading of the result, through yaml-cpp: the value at the key path is the plain boolean.
bool readsBool(const QByteArray &text, const QString &keyPath, bool expected)
{
    YAML::Node node = YAML::Load(text.toStdString());
    for (const QString &part : keyPath.split(QLatin1Char('.'))) {
        if (!node.IsMap())
            return false;
        node.reset(node[part.toStdString()]);
    }
    return node.IsScalar() && node.Tag() == "?" && node.Scalar() == (expected ? "true" : "false");
}

QByteArray ultralyticsSettings(const char *sync, const char *version = "0.0.6")
{
    return QByteArray("{\n  \"settings_version\": \"") + version
        + "\",\n  \"datasets_dir\": \"/home/u/datasets\",\n  \"weights_dir\": \"weights\",\n"
          "  \"runs_dir\": \"runs\",\n  \"uuid\": "
          "\"a7580d324d0b644dbf787fe740a7b9540563bb9c0a3844faab97319a46af9fa2\",\n"
          "  \"sync\": "
        + sync
        + ",\n  \"api_key\": \"ul-secret\",\n  \"openai_api_key\": \"\",\n  \"clearml\": true,\n"
          "  \"comet\": true,\n  \"dvc\": true,\n  \"hub\": true,\n  \"mlflow\": true,\n  \"neptune\": "
          "true,\n"
          "  \"raytune\": true,\n  \"tensorboard\": true,\n  \"wandb\": true,\n  \"vscode_msg\": true,\n"
          "  \"openvino_msg\": true\n}\n";
}

} // namespace

// The writers of ZenML's and Dagster's YAML settings and of Ultralytics' settings.json: the result
// must read back (yaml-cpp, nlohmann/json) as the boolean written, with every comment, key and
// their order kept, and a file the tool could not read is never rewritten.
class TestPythonEditors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void yamlBool_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<bool>("value");
        QTest::addColumn<QByteArray>("after");
        const QString zen = QStringLiteral("analytics_opt_in");
        const QString dag = QStringLiteral("telemetry.enabled");
        QTest::newRow("zenml: missing file")
            << kMissing << zen << false << QByteArray("analytics_opt_in: false\n");
        QTest::newRow("zenml: missing file, enable") << kMissing << zen << true << kMissing;
        QTest::newRow("zenml: value replaced, comment kept")
            << QByteArray(
                   "# global config\nuser_id: abc\nanalytics_opt_in: true  # at first run\nversion: 0.80.0\n")
            << zen << false
            << QByteArray("# global config\nuser_id: abc\nanalytics_opt_in: false  # at first run\nversion: "
                          "0.80.0\n");
        QTest::newRow("zenml: quoted value replaced")
            << QByteArray("analytics_opt_in: 'yes'\nuser_id: abc\n") << zen << false
            << QByteArray("analytics_opt_in: false\nuser_id: abc\n");
        QTest::newRow("zenml: key appended")
            << QByteArray("user_id: abc\nversion: 0.80.0\n") << zen << false
            << QByteArray("user_id: abc\nversion: 0.80.0\nanalytics_opt_in: false\n");
        QTest::newRow("zenml: no already false")
            << QByteArray("analytics_opt_in: no\n") << zen << false << QByteArray("analytics_opt_in: no\n");
        QTest::newRow("zenml: CRLF kept")
            << QByteArray("user_id: abc\r\nanalytics_opt_in: true\r\n") << zen << false
            << QByteArray("user_id: abc\r\nanalytics_opt_in: false\r\n");
        QTest::newRow("dagster: missing file")
            << kMissing << dag << false << QByteArray("telemetry:\n  enabled: false\n");
        QTest::newRow("dagster: value replaced")
            << QByteArray("run_storage:\n  module: x\ntelemetry:\n  enabled: true # default\n") << dag
            << false << QByteArray("run_storage:\n  module: x\ntelemetry:\n  enabled: false # default\n");
        QTest::newRow("dagster: key added to the section")
            << QByteArray("telemetry:\n    other: 1\nrun_launcher:\n  module: y\n") << dag << false
            << QByteArray("telemetry:\n    enabled: false\n    other: 1\nrun_launcher:\n  module: y\n");
        QTest::newRow("dagster: section appended")
            << QByteArray("run_launcher:\n  module: y\n") << dag << false
            << QByteArray("run_launcher:\n  module: y\ntelemetry:\n  enabled: false\n");
        QTest::newRow("dagster: scalar section made a mapping")
            << QByteArray("telemetry: false # broken\nx: 1\n") << dag << false
            << QByteArray("telemetry: # broken\n  enabled: false\nx: 1\n");
        QTest::newRow("dagster: empty section") << QByteArray("telemetry:\nx: 1\n") << dag << false
                                                << QByteArray("telemetry:\n  enabled: false\nx: 1\n");
        QTest::newRow("dagster: enable") << QByteArray("telemetry:\n  enabled: off\n") << dag << true
                                         << QByteArray("telemetry:\n  enabled: true\n");
        QTest::newRow("only comments") << QByteArray("# nothing yet\n") << dag << false
                                       << QByteArray("# nothing yet\ntelemetry:\n  enabled: false\n");
    }

    void yamlBool()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, keyPath);
        QFETCH(bool, value);
        QFETCH(QByteArray, after);
        const EditResult r
            = YamlBoolEditor::setBool(input(before), keyPath, value, QStringLiteral("/home/u/c.yaml"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(shown(r.bytes), after);
        if (r.bytes) {
            QVERIFY2(readsBool(*r.bytes, keyPath, value) || before == *r.bytes, r.bytes->constData());
            const PyYamlValue read = PyYamlValue::find(*r.bytes, keyPath.split(QLatin1Char('.')));
            QVERIFY(read.lookup == PyYamlValue::Lookup::Found && read.type == PyYamlValue::Type::Bool);
            QCOMPARE(read.boolean, value);
            const EditResult again = YamlBoolEditor::setBool(r.bytes, keyPath, value, QStringLiteral("x"));
            QCOMPARE(shown(again.bytes), shown(r.bytes));
        }
    }

    void yamlBoolRefuses_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax error")
            << QByteArray("telemetry:\n  enabled: [true\n") << QStringLiteral("not valid YAML");
        QTest::newRow("two documents")
            << QByteArray("telemetry:\n  enabled: true\n---\nx: 1\n") << QStringLiteral("2 YAML documents");
        QTest::newRow("a list") << QByteArray("- telemetry\n") << QStringLiteral("mapping of settings");
        QTest::newRow("flow style") << QByteArray("{telemetry: {enabled: true}}\n")
                                    << QStringLiteral("flow style");
        QTest::newRow("flow-style section")
            << QByteArray("telemetry: {enabled: true}\n") << QStringLiteral("by hand");
        QTest::newRow("duplicate key")
            << QByteArray("telemetry:\n  enabled: true\n  enabled: false\n") << QStringLiteral("line 3");
        QTest::newRow("value on the next line")
            << QByteArray("telemetry:\n  enabled:\n    true\n") << QStringLiteral("by hand");
        QTest::newRow("block scalar")
            << QByteArray("telemetry:\n  enabled: |\n    true\n") << QStringLiteral("by hand");
        QByteArray laughs("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; ++i)
            laughs
                += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                       .arg(i)
                       .arg(i - 1)
                       .toUtf8();
        QTest::newRow("exponential aliases")
            << QByteArray(laughs + "telemetry:\n  enabled: true\n") << QStringLiteral("aliased");
    }

    void yamlBoolRefuses()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, expected);
        const QString path = QStringLiteral("/home/u/dagit/dagster.yaml");
        const EditResult r
            = YamlBoolEditor::setBool(before, QStringLiteral("telemetry.enabled"), false, path);
        QVERIFY2(!r.ok, "a file the tool cannot read must never be rewritten");
        QVERIFY2(r.error.contains(path) && r.error.contains(expected), qPrintable(r.error));
    }

    void ultralytics()
    {
        const QByteArray before = ultralyticsSettings("true");
        const QString path = QStringLiteral("/home/u/.config/Ultralytics/settings.json");
        const EditResult r = UltralyticsSettingsEditor::setSync(before, false, path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.bytes);
        // Ultralytics' own layout (2-space JSON), only the value changed.
        QCOMPARE(*r.bytes, ultralyticsSettings("false"));
        const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(r.bytes->toStdString());
        QVERIFY(doc["sync"].is_boolean() && !doc["sync"].get<bool>());
        QVERIFY(doc["settings_version"] == "0.0.6");
        QVERIFY(doc.begin().key() == "settings_version");
        QVERIFY(UltralyticsSettings::check(*r.bytes).resetReasons.isEmpty());
        const EditResult again = UltralyticsSettingsEditor::setSync(r.bytes, false, path);
        QCOMPARE(shown(again.bytes), shown(r.bytes));
        const EditResult back = UltralyticsSettingsEditor::setSync(r.bytes, true, path);
        QCOMPARE(shown(back.bytes), before);
    }

    void ultralyticsRefuses_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file") << kMissing << QStringLiteral("yolo settings");
        QTest::newRow("malformed JSON") << QByteArray("{\"sync\": true,") << QStringLiteral("not valid JSON");
        QTest::newRow("sync is a string")
            << ultralyticsSettings("\"true\"") << QStringLiteral("not a JSON boolean");
        QTest::newRow("a key missing")
            << QByteArray(ultralyticsSettings("true")).replace("  \"hub\": true,\n", "")
            << QStringLiteral("missing: hub");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("not a JSON object");
    }

    void ultralyticsRefuses()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, expected);
        const QString path = QStringLiteral("/home/u/.config/Ultralytics/settings.json");
        const EditResult r = UltralyticsSettingsEditor::setSync(input(before), false, path);
        QVERIFY2(!r.ok, "a file Ultralytics would reset must not be rewritten");
        QVERIFY2(r.error.contains(path) && r.error.contains(expected), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QLatin1String("ul-secret")), "a secret must never be shown");
    }

    void pyYamlTypes_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("truthy");
        using T = PyYamlValue::Type;
        QTest::newRow("yes") << QByteArray("k: yes\n") << int(T::Bool) << true;
        QTest::newRow("Off") << QByteArray("k: Off\n") << int(T::Bool) << false;
        QTest::newRow("y is a string") << QByteArray("k: y\n") << int(T::String) << true;
        QTest::newRow("quoted false") << QByteArray("k: 'false'\n") << int(T::String) << true;
        QTest::newRow("0") << QByteArray("k: 0\n") << int(T::Int) << false;
        QTest::newRow("0x10") << QByteArray("k: 0x10\n") << int(T::Int) << true;
        QTest::newRow("0.0") << QByteArray("k: 0.0\n") << int(T::Float) << false;
        QTest::newRow("tilde") << QByteArray("k: ~\n") << int(T::Null) << false;
        QTest::newRow("empty") << QByteArray("k:\n") << int(T::Null) << false;
        QTest::newRow("empty string") << QByteArray("k: ''\n") << int(T::String) << false;
        QTest::newRow("list") << QByteArray("k: [1]\n") << int(T::Sequence) << true;
    }

    void pyYamlTypes()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, type);
        QFETCH(bool, truthy);
        const PyYamlValue v = PyYamlValue::find(yaml, { QStringLiteral("k") });
        QVERIFY(v.lookup == PyYamlValue::Lookup::Found);
        QCOMPARE(int(v.type), type);
        QCOMPARE(v.truthy(), truthy);
    }
};

QTEST_GUILESS_MAIN(TestPythonEditors)
#include "testpythoneditors.moc"

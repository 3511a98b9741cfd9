#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace tlens::test;

namespace {

const char kZenmlConfig[] = "# ZenML global configuration\n"
                            "user_id: 0b7c9c3e-1f2a-4d5e-8f90-123456789abc\n"
                            "analytics_opt_in: true  # asked at first run\n"
                            "version: 0.80.0\n";

const char kDagsterYaml[] = "# instance settings\n"
                            "run_storage:\n"
                            "  module: dagster_postgres.run_storage\n"
                            "  class: PostgresRunStorage\n";

const char kUltralyticsSettings[]
    = "{\n  \"settings_version\": \"0.0.6\",\n  \"datasets_dir\": \"/home/alice/datasets\",\n"
      "  \"weights_dir\": \"weights\",\n  \"runs_dir\": \"runs\",\n"
      "  \"uuid\": \"a7580d324d0b644dbf787fe740a7b9540563bb9c0a3844faab97319a46af9fa2\",\n  \"sync\": true,\n"
      "  \"api_key\": \"FAKE-ultralytics-key\",\n  \"openai_api_key\": \"\",\n  \"clearml\": true,\n"
      "  \"comet\": true,\n  \"dvc\": true,\n  \"hub\": true,\n  \"mlflow\": true,\n  \"neptune\": true,\n"
      "  \"raytune\": true,\n  \"tensorboard\": true,\n  \"wandb\": true,\n  \"vscode_msg\": true,\n"
      "  \"openvino_msg\": true\n}\n";

} // namespace

// disable, undo and enable end to end for the Python tools whose opt-out is a key in their own
// settings file (ZenML's config.yaml, Dagster's dagster.yaml, Ultralytics' settings.json), on a
// copy of the sample workstation: the files keep every other key and comment, the tools are off,
// a second run changes nothing, and undo restores every byte. Where the file cannot carry the
// opt-out (Dagster without DAGSTER_HOME, Ultralytics without a settings file) the variable goes
// into the managed block instead.
class TestCliPythonOptOut final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FixtureCopy> m_fixture;
    std::unique_ptr<QTemporaryDir> m_data;

    RunResult run(QStringList args, const QByteArray &input = {})
    {
        QProcessEnvironment env = cleanEnvironment(m_fixture->path(QStringLiteral("/home/alice")));
        env.insert(QStringLiteral("TLENS_DATA_DIR"), m_data->path());
        args << QStringLiteral("--root") << m_fixture->root() << QStringLiteral("--home")
             << QStringLiteral("/home/alice");
        return runBinary(args, env, input);
    }

    QHash<QString, QByteArray> snapshot() const
    {
        QHash<QString, QByteArray> files;
        QDirIterator it(m_fixture->root(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            QFile f(p);
            if (f.open(QIODevice::ReadOnly))
                files.insert(p, f.readAll());
        }
        return files;
    }

    QJsonObject tool(const QString &id)
    {
        const RunResult r
            = run({ QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--all-tools") });
        const QJsonArray tools = QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QStringLiteral("users"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("tools"))
                                     .toArray();
        for (const QJsonValue &t : tools) {
            if (t.toObject().value(QStringLiteral("id")).toString() == id)
                return t.toObject();
        }
        return {};
    }

    QString state(const QString &id) { return tool(id).value(QStringLiteral("state")).toString(); }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<FixtureCopy>();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_fixture->isValid());
        QVERIFY(m_data->isValid());
    }

    void settingsFilesDisableThenUndo()
    {
        QVERIFY(m_fixture->write(QStringLiteral("/home/alice/.config/zenml/config.yaml"), kZenmlConfig));
        QVERIFY(m_fixture->write(QStringLiteral("/home/alice/dagster_home/dagster.yaml"), kDagsterYaml));
        QVERIFY(m_fixture->write(QStringLiteral("/home/alice/.config/Ultralytics/settings.json"),
                                 kUltralyticsSettings));
        QVERIFY(m_fixture->write(QStringLiteral("/home/alice/.profile"),
                                 m_fixture->read(QStringLiteral("/home/alice/.profile"))
                                     + "export DAGSTER_HOME=/home/alice/dagster_home\n"));
        for (const QString &id :
             { QStringLiteral("zenml"), QStringLiteral("dagster"), QStringLiteral("ultralytics") })
            QCOMPARE(state(id), QStringLiteral("enabled"));
        const auto before = snapshot();

        RunResult r = run({ QStringLiteral("disable"), QStringLiteral("zenml"), QStringLiteral("dagster"),
                            QStringLiteral("ultralytics"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.out.contains("FAKE-ultralytics-key"), "a secret must never be shown in the plan");
        for (const QString &id :
             { QStringLiteral("zenml"), QStringLiteral("dagster"), QStringLiteral("ultralytics") })
            QCOMPARE(state(id), QStringLiteral("disabled"));
        QCOMPARE(tool(QStringLiteral("dagster"))
                     .value(QStringLiteral("decided_by"))
                     .toObject()
                     .value(QStringLiteral("key")),
                 QJsonValue(QStringLiteral("telemetry.enabled")));

        const QByteArray zen = m_fixture->read(QStringLiteral("/home/alice/.config/zenml/config.yaml"));
        QCOMPARE(zen, QByteArray(kZenmlConfig).replace("analytics_opt_in: true", "analytics_opt_in: false"));
        const QByteArray dag = m_fixture->read(QStringLiteral("/home/alice/dagster_home/dagster.yaml"));
        QCOMPARE(dag, QByteArray(kDagsterYaml) + "telemetry:\n  enabled: false\n");
        const nlohmann::ordered_json settings = nlohmann::ordered_json::parse(
            m_fixture->read(QStringLiteral("/home/alice/.config/Ultralytics/settings.json")).toStdString());
        QVERIFY(settings["sync"].is_boolean() && !settings["sync"].get<bool>());
        QVERIFY(settings["settings_version"] == "0.0.6");
        QVERIFY(settings["api_key"] == "FAKE-ultralytics-key");
        QCOMPARE(int(settings.size()), 19);
        QVERIFY2(
            !m_fixture->read(QStringLiteral("/home/alice/.profile")).contains("DAGSTER_DISABLE_TELEMETRY"),
            "the file carries the opt-out; no variable is needed");

        const auto after = snapshot();
        r = run({ QStringLiteral("disable"), QStringLiteral("zenml"), QStringLiteral("dagster"),
                  QStringLiteral("ultralytics"), QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(snapshot(), after);

        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(snapshot(), before);
    }

    void withoutTheFileTheVariableIsWritten()
    {
        const auto before = snapshot();
        RunResult r
            = run({ QStringLiteral("disable"), QStringLiteral("dagster"), QStringLiteral("ultralytics"),
                    QStringLiteral("deepchecks"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray profile = m_fixture->read(QStringLiteral("/home/alice/.profile"));
        QVERIFY2(profile.contains("DAGSTER_DISABLE_TELEMETRY=1"), profile.constData());
        QVERIFY2(profile.contains("YOLO_OFFLINE=true"), profile.constData());
        QVERIFY2(profile.contains("DISABLE_DEEPCHECKS_ANONYMOUS_TELEMETRY=1"), profile.constData());
        QVERIFY2(!QFileInfo::exists(
                     m_fixture->path(QStringLiteral("/home/alice/.config/Ultralytics/settings.json"))),
                 "a settings file Ultralytics would reset is not created");
        for (const QString &id :
             { QStringLiteral("dagster"), QStringLiteral("ultralytics"), QStringLiteral("deepchecks") })
            QCOMPARE(state(id), QStringLiteral("disabled"));
        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(snapshot(), before);
    }

    void fileUltralyticsWouldResetIsLeftAlone()
    {
        QByteArray broken(kUltralyticsSettings);
        broken.replace("\"sync\": true", "\"sync\": \"true\"");
        QVERIFY(m_fixture->write(QStringLiteral("/home/alice/.config/Ultralytics/settings.json"), broken));
        const RunResult r
            = run({ QStringLiteral("disable"), QStringLiteral("ultralytics"), QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QByteArray(r.out + r.err).contains("/home/alice/.config/Ultralytics/settings.json"),
                 "the error names the file");
        QCOMPARE(m_fixture->read(QStringLiteral("/home/alice/.config/Ultralytics/settings.json")), broken);
        const RunResult status = run({ QStringLiteral("status"), QStringLiteral("--all-tools") });
        QVERIFY2(status.out.contains("settings.json") || status.err.contains("settings.json"),
                 status.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPythonOptOut)
#include "testclipythonoptout.moc"

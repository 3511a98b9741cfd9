#include "catalog/catalog.h"
#include "env/envreport.h"
#include "fs/rootfs.h"
#include "resolve/resolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tlens;

// Every rule of TOOLS.md, one row each: the inputs on disk and in the environment, and the state,
// deciding input and warnings the resolver must report.
class TestResolver final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UserAccount m_user { QStringLiteral("u"), 1000, QStringLiteral("/home/u"), QStringLiteral("/bin/bash") };

    void write(const QString &inner, const QByteArray &data)
    {
        const QString host = m_dir.path() + inner;
        QDir().mkpath(QFileInfo(host).path());
        QFile f(host);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }

    // "KEY=VALUE;KEY2=VALUE2" → assignments in ~/.profile, one per line.
    static EnvReport envFrom(const QString &spec)
    {
        EnvReport env;
        int line = 1;
        const QStringList parts = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            EnvAssignment a;
            a.key = part.section(QLatin1Char('='), 0, 0);
            a.value = part.section(QLatin1Char('='), 1);
            a.raw = a.value;
            a.file = QStringLiteral("/home/u/.profile");
            a.line = line++;
            a.context = QStringLiteral("login");
            env.assignments.append(a);
        }
        return env;
    }

    ToolStatus resolveWith(const QString &tool, const QString &env)
    {
        RootFs fs(m_dir.path());
        return Resolver(fs).resolve(*Catalog::instance().tool(tool), m_user, envFrom(env));
    }

    static bool hasWarning(const ToolStatus &s, const QString &code)
    {
        return std::any_of(s.warnings.cbegin(), s.warnings.cend(),
                           [&code](const Warning &w) { return w.code == code; });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path() + QStringLiteral("/home/u"));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("file"); // inner path, empty for none
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("decidedKind");
        QTest::addColumn<QString>("decidedKey");
        QTest::addColumn<QString>("warning"); // a warning code that must be present, or empty

        const QString ray = QStringLiteral("/home/u/.ray/config.json");
        QTest::newRow("ray default") << "ray" << QString() << QByteArray() << ""
                                     << "enabled"
                                     << "default"
                                     << ""
                                     << "";
        QTest::newRow("ray env 1") << "ray" << QString() << QByteArray() << "RAY_USAGE_STATS_ENABLED=1"
                                   << "enabled"
                                   << "env"
                                   << "RAY_USAGE_STATS_ENABLED"
                                   << "";
        QTest::newRow("ray env 0") << "ray" << QString() << QByteArray() << "RAY_USAGE_STATS_ENABLED=0"
                                   << "disabled"
                                   << "env"
                                   << "RAY_USAGE_STATS_ENABLED"
                                   << "";
        QTest::newRow("ray env true is invalid")
            << "ray" << QString() << QByteArray() << "RAY_USAGE_STATS_ENABLED=true"
            << "misconfigured"
            << "env"
            << "RAY_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("ray env false is invalid")
            << "ray" << QString() << QByteArray() << "RAY_USAGE_STATS_ENABLED=false"
            << "misconfigured"
            << "env"
            << "RAY_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("ray env empty is invalid")
            << "ray" << QString() << QByteArray() << "RAY_USAGE_STATS_ENABLED="
            << "misconfigured"
            << "env"
            << "RAY_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("ray env space-1 is invalid")
            << "ray" << QString() << QByteArray() << "RAY_USAGE_STATS_ENABLED= 1"
            << "misconfigured"
            << "env"
            << "RAY_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("ray config false") << "ray" << ray << QByteArray(R"({"usage_stats": false})") << ""
                                          << "disabled"
                                          << "config"
                                          << "usage_stats"
                                          << "";
        QTest::newRow("ray config true")
            << "ray" << ray << QByteArray(R"({"other": 1, "usage_stats": true})") << ""
            << "enabled"
            << "config"
            << "usage_stats"
            << "";
        QTest::newRow("ray config string false is invalid")
            << "ray" << ray << QByteArray(R"({"usage_stats": "false"})") << ""
            << "misconfigured"
            << "config"
            << "usage_stats"
            << "";
        QTest::newRow("ray config 0 is invalid") << "ray" << ray << QByteArray(R"({"usage_stats": 0})") << ""
                                                 << "misconfigured"
                                                 << "config"
                                                 << "usage_stats"
                                                 << "";
        QTest::newRow("ray config null is unset")
            << "ray" << ray << QByteArray(R"({"usage_stats": null})") << ""
            << "enabled"
            << "default"
            << ""
            << "";
        QTest::newRow("ray config missing key") << "ray" << ray << QByteArray(R"({"prompt": true})") << ""
                                                << "enabled"
                                                << "default"
                                                << ""
                                                << "";
        QTest::newRow("ray config malformed") << "ray" << ray << QByteArray(R"({"usage_stats": fal)") << ""
                                              << "enabled"
                                              << "default"
                                              << ""
                                              << "malformed-config";
        QTest::newRow("ray config not an object") << "ray" << ray << QByteArray("[false]") << ""
                                                  << "enabled"
                                                  << "default"
                                                  << ""
                                                  << "malformed-config";
        QTest::newRow("ray env beats config")
            << "ray" << ray << QByteArray(R"({"usage_stats": false})") << "RAY_USAGE_STATS_ENABLED=1"
            << "enabled"
            << "env"
            << "RAY_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("ray env hides invalid config")
            << "ray" << ray << QByteArray(R"({"usage_stats": "no"})") << "RAY_USAGE_STATS_ENABLED=0"
            << "disabled"
            << "env"
            << "RAY_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("ray config path moved")
            << "ray" << QStringLiteral("/home/u/elsewhere.json") << QByteArray(R"({"usage_stats": false})")
            << "RAY_USAGE_STATS_CONFIG_PATH=/home/u/elsewhere.json"
            << "disabled"
            << "config"
            << "usage_stats"
            << "";
        QTest::newRow("ray prompt variable is not an opt-out")
            << "ray" << QString() << QByteArray() << "RAY_USAGE_STATS_PROMPT_ENABLED=0"
            << "enabled"
            << "default"
            << ""
            << "prompt-not-opt-out";
        QTest::newRow("ray ignores DO_NOT_TRACK") << "ray" << QString() << QByteArray() << "DO_NOT_TRACK=1"
                                                  << "enabled"
                                                  << "default"
                                                  << ""
                                                  << "";

        const QString sky = QStringLiteral("/home/u/.skyplane/config");
        QTest::newRow("skyplane default") << "skyplane" << QString() << QByteArray() << ""
                                          << "enabled"
                                          << "default"
                                          << ""
                                          << "";
        QTest::newRow("skyplane env no")
            << "skyplane" << QString() << QByteArray() << "SKYPLANE_USAGE_STATS_ENABLED=no"
            << "disabled"
            << "env"
            << "SKYPLANE_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("skyplane env FALSE")
            << "skyplane" << QString() << QByteArray() << "SKYPLANE_USAGE_STATS_ENABLED=FALSE"
            << "disabled"
            << "env"
            << "SKYPLANE_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("skyplane env 0")
            << "skyplane" << QString() << QByteArray() << "SKYPLANE_USAGE_STATS_ENABLED=0"
            << "disabled"
            << "env"
            << "SKYPLANE_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("skyplane env Yes")
            << "skyplane" << QString() << QByteArray() << "SKYPLANE_USAGE_STATS_ENABLED=Yes"
            << "enabled"
            << "env"
            << "SKYPLANE_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("skyplane env empty is invalid")
            << "skyplane" << QString() << QByteArray() << "SKYPLANE_USAGE_STATS_ENABLED="
            << "misconfigured"
            << "env"
            << "SKYPLANE_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("skyplane env off is invalid")
            << "skyplane" << QString() << QByteArray() << "SKYPLANE_USAGE_STATS_ENABLED=off"
            << "misconfigured"
            << "env"
            << "SKYPLANE_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("skyplane ini False")
            << "skyplane" << sky << QByteArray("[aws]\naws_enabled = True\n\n[flags]\nusage_stats = False\n")
            << ""
            << "disabled"
            << "config"
            << "flags.usage_stats"
            << "";
        QTest::newRow("skyplane ini key case-insensitive")
            << "skyplane" << sky << QByteArray("[flags]\nUsage_Stats: no\n") << ""
            << "disabled"
            << "config"
            << "flags.usage_stats"
            << "";
        QTest::newRow("skyplane ini without flags")
            << "skyplane" << sky << QByteArray("[aws]\naws_enabled = True\n") << ""
            << "enabled"
            << "default"
            << ""
            << "";
        QTest::newRow("skyplane json in config crashes")
            << "skyplane" << sky << QByteArray(R"({"usage_stats": false})") << ""
            << "misconfigured"
            << "config"
            << "flags.usage_stats"
            << "unparseable-config";
        QTest::newRow("skyplane duplicate section")
            << "skyplane" << sky << QByteArray("[flags]\nusage_stats = False\n[flags]\nx = 1\n") << ""
            << "misconfigured"
            << "config"
            << "flags.usage_stats"
            << "unparseable-config";
        QTest::newRow("skyplane env beats config")
            << "skyplane" << sky << QByteArray("[flags]\nusage_stats = False\n")
            << "SKYPLANE_USAGE_STATS_ENABLED=true"
            << "enabled"
            << "env"
            << "SKYPLANE_USAGE_STATS_ENABLED"
            << "";
        QTest::newRow("skyplane bad config value breaks despite env")
            << "skyplane" << sky << QByteArray("[flags]\nusage_stats = maybe\n")
            << "SKYPLANE_USAGE_STATS_ENABLED=false"
            << "misconfigured"
            << "config"
            << "flags.usage_stats"
            << "";
        QTest::newRow("skyplane config moved")
            << "skyplane" << QStringLiteral("/home/u/sky.ini") << QByteArray("[flags]\nusage_stats = 0\n")
            << "SKYPLANE_CONFIG=/home/u/sky.ini"
            << "disabled"
            << "config"
            << "flags.usage_stats"
            << "";

        QTest::newRow("mlflow default") << "mlflow" << QString() << QByteArray() << ""
                                        << "enabled"
                                        << "default"
                                        << ""
                                        << "";
        QTest::newRow("mlflow disable true")
            << "mlflow" << QString() << QByteArray() << "MLFLOW_DISABLE_TELEMETRY=true"
            << "disabled"
            << "env"
            << "MLFLOW_DISABLE_TELEMETRY"
            << "";
        QTest::newRow("mlflow disable TRUE")
            << "mlflow" << QString() << QByteArray() << "MLFLOW_DISABLE_TELEMETRY=TRUE"
            << "disabled"
            << "env"
            << "MLFLOW_DISABLE_TELEMETRY"
            << "";
        QTest::newRow("mlflow disable 1")
            << "mlflow" << QString() << QByteArray() << "MLFLOW_DISABLE_TELEMETRY=1"
            << "disabled"
            << "env"
            << "MLFLOW_DISABLE_TELEMETRY"
            << "";
        QTest::newRow("mlflow disable false does nothing")
            << "mlflow" << QString() << QByteArray() << "MLFLOW_DISABLE_TELEMETRY=false"
            << "enabled"
            << "default"
            << ""
            << "";
        QTest::newRow("mlflow disable 0 does nothing")
            << "mlflow" << QString() << QByteArray() << "MLFLOW_DISABLE_TELEMETRY=0"
            << "enabled"
            << "default"
            << ""
            << "";
        QTest::newRow("mlflow disable odd value")
            << "mlflow" << QString() << QByteArray() << "MLFLOW_DISABLE_TELEMETRY=yes"
            << "disabled"
            << "env"
            << "MLFLOW_DISABLE_TELEMETRY"
            << "unusual-value";
        QTest::newRow("mlflow DO_NOT_TRACK true")
            << "mlflow" << QString() << QByteArray() << "DO_NOT_TRACK=true"
            << "disabled"
            << "env"
            << "DO_NOT_TRACK"
            << "";
        QTest::newRow("mlflow DO_NOT_TRACK 1 ignored")
            << "mlflow" << QString() << QByteArray() << "DO_NOT_TRACK=1"
            << "enabled"
            << "default"
            << ""
            << "do-not-track-ignored";
        QTest::newRow("mlflow CI present") << "mlflow" << QString() << QByteArray() << "CI=true"
                                           << "disabled"
                                           << "env"
                                           << "CI"
                                           << "";
        QTest::newRow("mlflow GITHUB_ACTIONS empty")
            << "mlflow" << QString() << QByteArray() << "GITHUB_ACTIONS="
            << "disabled"
            << "env"
            << "GITHUB_ACTIONS"
            << "";
        QTest::newRow("mlflow JENKINS_URL")
            << "mlflow" << QString() << QByteArray() << "JENKINS_URL=http://ci"
            << "disabled"
            << "env"
            << "JENKINS_URL"
            << "";
        QTest::newRow("mlflow testing override wins")
            << "mlflow" << QString() << QByteArray()
            << "MLFLOW_DISABLE_TELEMETRY=true;_MLFLOW_TESTING_TELEMETRY=true"
            << "enabled"
            << "env"
            << "_MLFLOW_TESTING_TELEMETRY"
            << "testing-override";
        QTest::newRow("mlflow databricks runtime")
            << "mlflow" << QString() << QByteArray() << "DATABRICKS_RUNTIME_VERSION=15.4"
            << "disabled"
            << "env"
            << "DATABRICKS_RUNTIME_VERSION"
            << "";
        QTest::newRow("mlflow databricks file")
            << "mlflow" << QStringLiteral("/databricks/DBR_VERSION") << QByteArray("15.4") << ""
            << "disabled"
            << "file"
            << "/databricks/DBR_VERSION"
            << "";

        const QString rasa = QStringLiteral("/home/u/.config/rasa/global.yml");
        QTest::newRow("rasa default") << "rasa" << QString() << QByteArray() << ""
                                      << "enabled"
                                      << "default"
                                      << ""
                                      << "";
        QTest::newRow("rasa env true") << "rasa" << QString() << QByteArray() << "RASA_TELEMETRY_ENABLED=TRUE"
                                       << "enabled"
                                       << "env"
                                       << "RASA_TELEMETRY_ENABLED"
                                       << "";
        QTest::newRow("rasa env 1 disables")
            << "rasa" << QString() << QByteArray() << "RASA_TELEMETRY_ENABLED=1"
            << "disabled"
            << "env"
            << "RASA_TELEMETRY_ENABLED"
            << "";
        QTest::newRow("rasa env yes disables")
            << "rasa" << QString() << QByteArray() << "RASA_TELEMETRY_ENABLED=yes"
            << "disabled"
            << "env"
            << "RASA_TELEMETRY_ENABLED"
            << "";
        QTest::newRow("rasa env empty disables")
            << "rasa" << QString() << QByteArray() << "RASA_TELEMETRY_ENABLED="
            << "disabled"
            << "env"
            << "RASA_TELEMETRY_ENABLED"
            << "";
        QTest::newRow("rasa yaml false")
            << "rasa" << rasa << QByteArray("metrics:\n  enabled: false\n  rasa_user_id: abc\n") << ""
            << "disabled"
            << "config"
            << "metrics.enabled"
            << "";
        QTest::newRow("rasa yaml False") << "rasa" << rasa << QByteArray("metrics:\n  enabled: False\n") << ""
                                         << "disabled"
                                         << "config"
                                         << "metrics.enabled"
                                         << "";
        QTest::newRow("rasa yaml true") << "rasa" << rasa << QByteArray("metrics:\n  enabled: true\n") << ""
                                        << "enabled"
                                        << "config"
                                        << "metrics.enabled"
                                        << "";
        QTest::newRow("rasa yaml quoted false is true")
            << "rasa" << rasa << QByteArray("metrics:\n  enabled: \"false\"\n") << ""
            << "enabled"
            << "config"
            << "metrics.enabled"
            << "quoted-boolean";
        QTest::newRow("rasa yaml single-quoted false is true")
            << "rasa" << rasa << QByteArray("metrics:\n  enabled: 'false'\n") << ""
            << "enabled"
            << "config"
            << "metrics.enabled"
            << "quoted-boolean";
        QTest::newRow("rasa yaml no is a string")
            << "rasa" << rasa << QByteArray("metrics:\n  enabled: no\n") << ""
            << "enabled"
            << "config"
            << "metrics.enabled"
            << "yaml-string-truthy";
        QTest::newRow("rasa yaml off is a string")
            << "rasa" << rasa << QByteArray("metrics:\n  enabled: off\n") << ""
            << "enabled"
            << "config"
            << "metrics.enabled"
            << "yaml-string-truthy";
        QTest::newRow("rasa yaml null is false")
            << "rasa" << rasa << QByteArray("metrics:\n  enabled: ~\n") << ""
            << "disabled"
            << "config"
            << "metrics.enabled"
            << "";
        QTest::newRow("rasa yaml 0 is false")
            << "rasa" << rasa << QByteArray("metrics:\n  enabled: 0\n") << ""
            << "disabled"
            << "config"
            << "metrics.enabled"
            << "";
        QTest::newRow("rasa metrics without enabled")
            << "rasa" << rasa << QByteArray("metrics:\n  rasa_user_id: abc\n") << ""
            << "misconfigured"
            << "config"
            << "metrics.enabled"
            << "";
        QTest::newRow("rasa malformed resets")
            << "rasa" << rasa << QByteArray("metrics:\n  enabled: [false\n") << ""
            << "enabled"
            << "default"
            << ""
            << "malformed-will-reset";
        QTest::newRow("rasa env beats file")
            << "rasa" << rasa << QByteArray("metrics:\n  enabled: true\n") << "RASA_TELEMETRY_ENABLED=false"
            << "disabled"
            << "env"
            << "RASA_TELEMETRY_ENABLED"
            << "";
    }

    void rules()
    {
        QFETCH(QString, tool);
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, env);
        QFETCH(QString, state);
        QFETCH(QString, decidedKind);
        QFETCH(QString, decidedKey);
        QFETCH(QString, warning);
        if (!file.isEmpty())
            write(file, content);
        const ToolStatus s = resolveWith(tool, env);
        QVERIFY2(
            stateName(s.state) == state,
            qPrintable(
                QStringLiteral("state %1, expected %2: %3").arg(stateName(s.state), state, s.explanation)));
        QCOMPARE(s.decidedBy.kind, decidedKind);
        QCOMPARE(s.decidedBy.key, decidedKey);
        if (!warning.isEmpty())
            QVERIFY2(hasWarning(s, warning), qPrintable(QStringLiteral("missing warning %1").arg(warning)));
        QVERIFY2(!s.explanation.isEmpty(), "every state has an explanation");
    }

    void shadowedInputsAreListed()
    {
        write(QStringLiteral("/home/u/.ray/config.json"), R"({"usage_stats": false})");
        const ToolStatus s = resolveWith(QStringLiteral("ray"), QStringLiteral("RAY_USAGE_STATS_ENABLED=1"));
        const QList<Input> shadowed = s.shadowed();
        QCOMPARE(shadowed.size(), 1);
        QCOMPARE(shadowed.first().kind, QStringLiteral("config"));
        QCOMPARE(shadowed.first().file, QStringLiteral("/home/u/.ray/config.json"));
        QVERIFY2(s.explanation.contains(QStringLiteral("overrides")), qPrintable(s.explanation));
    }

    void laterAssignmentShadowsEarlier()
    {
        const ToolStatus s = resolveWith(
            QStringLiteral("ray"), QStringLiteral("RAY_USAGE_STATS_ENABLED=0;RAY_USAGE_STATS_ENABLED=1"));
        QCOMPARE(s.state, State::Enabled);
        QCOMPARE(s.decidedBy.line, 2);
        const auto first
            = std::find_if(s.inputs.cbegin(), s.inputs.cend(), [](const Input &in) { return in.line == 1; });
        QVERIFY(first != s.inputs.cend());
        QCOMPARE(first->role, InputRole::Shadowed);
    }

    void overriddenOptOutIsExplained()
    {
        // An opt-out undone by a later value that does not switch MLflow off: the default decides,
        // and the sentence names both lines rather than "nothing switches it off".
        const ToolStatus s
            = resolveWith(QStringLiteral("mlflow"),
                          QStringLiteral("MLFLOW_DISABLE_TELEMETRY=true;MLFLOW_DISABLE_TELEMETRY=false"));
        QCOMPARE(s.state, State::Enabled);
        QCOMPARE(s.decidedBy.kind, QStringLiteral("default"));
        QVERIFY2(s.explanation.contains(
                     QLatin1String("MLFLOW_DISABLE_TELEMETRY=false in /home/u/.profile line 2 overrides "
                                   "MLFLOW_DISABLE_TELEMETRY=true in /home/u/.profile line 1")),
                 qPrintable(s.explanation));
        const ToolStatus plain
            = resolveWith(QStringLiteral("mlflow"), QStringLiteral("MLFLOW_DISABLE_TELEMETRY=false"));
        QVERIFY2(plain.explanation.contains(QLatin1String("nothing switches it off")),
                 qPrintable(plain.explanation));
    }

    void conditionalLinesDoNotDecide()
    {
        EnvReport env = envFrom(QStringLiteral("RAY_USAGE_STATS_ENABLED=0"));
        env.assignments.first().conditional = true;
        RootFs fs(m_dir.path());
        const ToolStatus s
            = Resolver(fs).resolve(*Catalog::instance().tool(QStringLiteral("ray")), m_user, env);
        QCOMPARE(s.state, State::Enabled);
        const bool listed = std::any_of(s.inputs.cbegin(), s.inputs.cend(),
                                        [](const Input &in) { return in.role == InputRole::Conditional; });
        QVERIFY2(listed, "the conditional line is shown as conditional");
    }

    void doNotTrackShownAsIgnoredByOthers()
    {
        const ToolStatus s = resolveWith(QStringLiteral("skyplane"), QStringLiteral("DO_NOT_TRACK=1"));
        const bool ignored = std::any_of(s.inputs.cbegin(), s.inputs.cend(), [](const Input &in) {
            return in.key == QLatin1String("DO_NOT_TRACK") && in.role == InputRole::Ignored;
        });
        QVERIFY2(ignored, "DO_NOT_TRACK is listed as ignored by Skyplane");
    }

    void rasaDeveloperLicenceIsMaskedAndForced()
    {
        const QByteArray payload
            = QByteArray(R"({"scope":"rasa:pro:developer"})")
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + QString::fromLatin1(payload)
            + QStringLiteral(".c2lnbmF0dXJl");
        const ToolStatus s = resolveWith(
            QStringLiteral("rasa"), QStringLiteral("RASA_TELEMETRY_ENABLED=false;RASA_PRO_LICENSE=") + token);
        QCOMPARE(s.state, State::Enabled);
        QCOMPARE(s.decidedBy.key, QStringLiteral("RASA_PRO_LICENSE"));
        for (const Input &in : s.inputs)
            QVERIFY2(!in.value.contains(token) && !in.text.contains(token), "the licence is never shown");
        for (const Warning &w : s.warnings)
            QVERIFY2(!w.message.contains(token), "the licence is never shown in warnings");
    }

    void liveEnvironmentDifferenceIsReported()
    {
        EnvReport env = envFrom(QStringLiteral("RAY_USAGE_STATS_ENABLED=0"));
        env.hasLive = true;
        env.live.insert(QStringLiteral("RAY_USAGE_STATS_ENABLED"), QStringLiteral("1"));
        RootFs fs(m_dir.path());
        const ToolStatus s
            = Resolver(fs).resolve(*Catalog::instance().tool(QStringLiteral("ray")), m_user, env);
        QVERIFY(hasWarning(s, QStringLiteral("live-env-differs")));
        QCOMPARE(s.state, State::Disabled);
    }
};

QTEST_GUILESS_MAIN(TestResolver)
#include "testresolver.moc"

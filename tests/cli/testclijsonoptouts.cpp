#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace tlens::test;

// The JSON opt-outs of the JavaScript tools end to end: telemetry-lens disable writes the file byte
// for byte as the tool's own command does (the dumps of CATALOG-JS.md), the tool is then off, and
// undo restores the exact bytes (or removes the file it created).
class TestCliJsonOptOuts final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FixtureCopy> m_fixture;
    std::unique_ptr<QTemporaryDir> m_data;

    RunResult run(QStringList args)
    {
        QProcessEnvironment env = cleanEnvironment(m_fixture->path(QStringLiteral("/home/alice")));
        env.insert(QStringLiteral("TLENS_DATA_DIR"), m_data->path());
        args << QStringLiteral("--root") << m_fixture->root() << QStringLiteral("--home")
             << QStringLiteral("/home/alice");
        return runBinary(args, env);
    }

    QString state(const QString &tool)
    {
        const RunResult r = run({ QStringLiteral("status"), QStringLiteral("--json") });
        const QJsonArray tools = QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QStringLiteral("users"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("tools"))
                                     .toArray();
        for (const QJsonValue &t : tools) {
            if (t.toObject().value(QStringLiteral("id")).toString() == tool)
                return t.toObject().value(QStringLiteral("state")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<FixtureCopy>();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_fixture->isValid());
        QVERIFY(m_data->isValid());
    }

    void disableWritesTheToolsBytesAndUndoRestoresThem_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("file"); // where the tool reads its switch
        QTest::addColumn<QByteArray>("before"); // empty: the file does not exist
        QTest::addColumn<QString>("expected"); // a regular expression of the whole file
        QTest::addColumn<int>("mode");

        const auto exact
            = [](const char *bytes) { return QRegularExpression::escape(QString::fromUtf8(bytes)); };
        QTest::newRow("angular-cli creates ~/.angular-config.json")
            << QStringLiteral("angular-cli") << QStringLiteral("/home/alice/.angular-config.json")
            << QByteArray()
            << exact("{\n  \"$schema\": \"./node_modules/@angular/cli/lib/config/schema.json\",\n  "
                     "\"version\": 1,\n"
                     "  \"cli\": {\n    \"analytics\": false\n  },\n  \"projects\": {}\n}")
            << 0644;
        QTest::newRow("angular-cli edits the first existing file in place")
            << QStringLiteral("angular-cli") << QStringLiteral("/home/alice/.config/angular/config.json")
            << QByteArray("{\n  // mine\n  \"version\": 1,\n  \"cli\": {\n    \"analytics\": "
                          "\"5f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b\"\n  }\n}\n")
            << exact("{\n  // mine\n  \"version\": 1,\n  \"cli\": {\n    \"analytics\": false\n  }\n}\n")
            << 0644;
        QTest::newRow("wrangler writes the date with false")
            << QStringLiteral("wrangler") << QStringLiteral("/home/alice/.config/.wrangler/metrics.json")
            << QByteArray()
            << exact("{\n\t\"permission\": {\n\t\t\"enabled\": false,\n\t\t\"date\": \"")
                + QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z") + exact("\"\n\t}\n}")
            << 0644;
        QTest::newRow("wrangler's legacy folder wins")
            << QStringLiteral("wrangler") << QStringLiteral("/home/alice/.wrangler/metrics.json")
            << QByteArray("{\n\t\"permission\": {\n\t\t\"enabled\": true,\n\t\t\"date\": "
                          "\"2025-01-01T00:00:00.000Z\"\n\t},\n\t\"deviceId\": \"d\"\n}")
            << exact("{\n\t\"permission\": {\n\t\t\"enabled\": false,\n\t\t\"date\": \"")
                + QStringLiteral("20\\d\\d-[^\"]+Z") + exact("\"\n\t},\n\t\"deviceId\": \"d\"\n}")
            << 0644;
        QTest::newRow("capacitor adds telemetry next to machine")
            << QStringLiteral("capacitor") << QStringLiteral("/home/alice/.config/capacitor/sysconfig.json")
            << QByteArray("{\n\t\"machine\": \"a83108b6-4412-472b-9210-17e73f2c1d53\"\n}\n")
            << exact(
                   "{\n\t\"machine\": \"a83108b6-4412-472b-9210-17e73f2c1d53\",\n\t\"telemetry\": false\n}\n")
            << 0644;
        QTest::newRow("firebase keeps the tokens")
            << QStringLiteral("firebase-tools")
            << QStringLiteral("/home/alice/.config/configstore/firebase-tools.json")
            << QByteArray(
                   "{\n\t\"usage\": true,\n\t\"tokens\": {\n\t\t\"refresh_token\": \"1//0gFAKE\"\n\t}\n}")
            << exact("{\n\t\"usage\": false,\n\t\"tokens\": {\n\t\t\"refresh_token\": \"1//0gFAKE\"\n\t}\n}")
            << 0644;
        QTest::newRow("firebase creates a private file")
            << QStringLiteral("firebase-tools")
            << QStringLiteral("/home/alice/.config/configstore/firebase-tools.json") << QByteArray()
            << exact("{\n\t\"usage\": false\n}") << 0600;
        QTest::newRow("eas-cli as eas analytics off")
            << QStringLiteral("eas-cli")
            << QStringLiteral("/home/alice/.config/eas-cli-nodejs/user-settings.json")
            << QByteArray("{\n  \"analyticsDeviceId\": \"2d359365-d7b0-407c-aa5d-3e344b9aa9f2\"\n}\n")
            << exact("{\n  \"analyticsDeviceId\": \"2d359365-d7b0-407c-aa5d-3e344b9aa9f2\",\n  "
                     "\"analyticsEnabled\": false\n}\n")
            << 0644;
        QTest::newRow("netlify-cli as netlify --telemetry-disable")
            << QStringLiteral("netlify-cli") << QStringLiteral("/home/alice/.config/netlify/config.json")
            << QByteArray("{\n\t\"telemetryDisabled\": false,\n\t\"cliId\": "
                          "\"38c34c8b-e104-4df2-aa2b-7c0e65c4c3fd\"\n}")
            << exact("{\n\t\"telemetryDisabled\": true,\n\t\"cliId\": "
                     "\"38c34c8b-e104-4df2-aa2b-7c0e65c4c3fd\"\n}")
            << 0644;
        QTest::newRow("vercel creates its commented config")
            << QStringLiteral("vercel")
            << QStringLiteral("/home/alice/.local/share/com.vercel.cli/config.json") << QByteArray()
            << exact(
                   "{\n  \"// Note\": \"This is your Vercel config file. For more information see the global "
                   "configuration documentation.\",\n  \"// Docs\": "
                   "\"https://vercel.com/docs/projects/project-configuration/"
                   "global-configuration#config.json\",\n"
                   "  \"telemetry\": {\n    \"enabled\": false\n  }\n}\n")
            << 0644;
        QTest::newRow("vercel writes into ~/.now when only it exists")
            << QStringLiteral("vercel") << QStringLiteral("/home/alice/.now/config.json")
            << QByteArray("{\n  \"telemetry\": {\n    \"enabled\": true\n  }\n}\n")
            << exact("{\n  \"telemetry\": {\n    \"enabled\": false\n  }\n}\n") << 0644;
    }

    void disableWritesTheToolsBytesAndUndoRestoresThem()
    {
        QFETCH(QString, tool);
        QFETCH(QString, file);
        QFETCH(QByteArray, before);
        QFETCH(QString, expected);
        QFETCH(int, mode);
        if (!before.isEmpty())
            QVERIFY(m_fixture->write(file, before));
        const QString host = m_fixture->path(file);

        RunResult r = run({ QStringLiteral("disable"), tool, QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray written = m_fixture->read(file);
        const QRegularExpression whole(QStringLiteral("\\A") + expected + QStringLiteral("\\z"));
        QVERIFY2(whole.match(QString::fromUtf8(written)).hasMatch(), written.constData());
        if (before.isEmpty()) {
            const QFile::Permissions p = QFile::permissions(host);
            const int bits = (p & QFile::ReadOwner ? 0400 : 0) | (p & QFile::WriteOwner ? 0200 : 0)
                | (p & QFile::ReadGroup ? 040 : 0) | (p & QFile::ReadOther ? 04 : 0);
            QCOMPARE(QString::number(bits, 8), QString::number(mode, 8));
        }
        QCOMPARE(state(tool), QStringLiteral("disabled"));

        r = run({ QStringLiteral("disable"), tool, QStringLiteral("--yes") });
        QVERIFY2(r.out.contains("No file needs to change"), r.out.constData());

        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        if (before.isEmpty())
            QVERIFY2(!QFile::exists(host), "undo removes the file it created");
        else
            QCOMPARE(m_fixture->read(file), before);
    }

    // Nuxt's telemetry=true in ~/.config/.nuxtrc beats telemetry.enabled=false in ~/.nuxtrc: the
    // opt-out then also sets NUXT_TELEMETRY_DISABLED, which Nuxt reads first, and leaves that file be.
    void nuxtSettingThatBeatsTheFileGetsTheVariableToo()
    {
        const QString profile = QStringLiteral("/home/alice/.profile");
        const QString config = QStringLiteral("/home/alice/.config/.nuxtrc");
        QByteArray withoutDnt;
        for (const QByteArray &line : m_fixture->read(profile).split('\n')) {
            if (!line.contains("DO_NOT_TRACK"))
                withoutDnt += line + '\n';
        }
        withoutDnt.chop(1);
        QVERIFY(m_fixture->write(profile, withoutDnt));
        QVERIFY(m_fixture->write(config, "telemetry=true\n"));
        QCOMPARE(state(QStringLiteral("nuxt")), QStringLiteral("enabled"));

        RunResult r = run({ QStringLiteral("disable"), QStringLiteral("nuxt"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(
            r.out.contains("telemetry=true (/home/alice/.config/.nuxtrc) beats the setting written for Nuxt"),
            r.out.constData());
        QCOMPARE(m_fixture->read(QStringLiteral("/home/alice/.nuxtrc")),
                 QByteArray("telemetry.enabled=false\ntelemetry.consent=0"));
        QVERIFY2(m_fixture->read(profile).contains("\nexport NUXT_TELEMETRY_DISABLED=1\n"),
                 m_fixture->read(profile).constData());
        QCOMPARE(m_fixture->read(config), QByteArray("telemetry=true\n"));
        QCOMPARE(state(QStringLiteral("nuxt")), QStringLiteral("disabled"));

        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_fixture->read(profile), withoutDnt);
        QVERIFY(!QFile::exists(m_fixture->path(QStringLiteral("/home/alice/.nuxtrc"))));
    }
};

QTEST_GUILESS_MAIN(TestCliJsonOptOuts)
#include "testclijsonoptouts.moc"

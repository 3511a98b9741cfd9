#include "catalog/catalog.h"
#include "env/envsources.h"
#include "fs/rootfs.h"
#include "optout/optoutplanner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace tlens;

// The opt-outs of the JavaScript tools, byte for byte as the tools' own commands write them
// (CATALOG-JS.md dumps): a missing file is created as the tool creates it, an existing one is edited
// in place. Then enabling again gives back a file the tool reads as on.
class TestJsOptOutBytes final : public QObject {
    Q_OBJECT

private:
    UserAccount m_user { QStringLiteral("u"), 1000, QStringLiteral("/home/u"), QStringLiteral("/bin/bash") };

    static bool write(const QString &root, const QString &inner, const QByteArray &data)
    {
        const QString host = root + inner;
        QDir().mkpath(QFileInfo(host).path());
        QFile f(host);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

    // Plans the opt-out of `tool` in a home holding `before` at `path` (absent when null) and returns the
    // planned bytes of that file.
    std::optional<QByteArray> planned(const QString &toolId, const QString &path, const QByteArray &before,
                                      bool disable, uint *mode = nullptr)
    {
        QTemporaryDir dir;
        if (!dir.isValid())
            return std::nullopt;
        write(dir.path(), QStringLiteral("/etc/passwd"), "u:x:1000:1000::/home/u:/bin/bash\n");
        write(dir.path(), QStringLiteral("/home/u/.profile"), "");
        if (!before.isNull())
            write(dir.path(), path, before);
        RootFs fs(dir.path());
        const EnvReport env = EnvSources(fs).read(m_user);
        const OptOutPlanner planner(fs, m_user, env);
        const OptOutPlan plan = disable ? planner.planDisable({ toolId }) : planner.planEnable({ toolId });
        if (plan.hasErrors())
            return QByteArray("error");
        const FileChange *change = plan.change(path);
        if (!change)
            return before.isNull() ? std::nullopt : std::optional<QByteArray>(before);
        if (mode)
            *mode = change->mode;
        return change->newBytes;
    }

private Q_SLOTS:
    void created_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<uint>("mode");
        QTest::newRow("ionic config set -g telemetry false")
            << "ionic"
            << "/home/u/.ionic/config.json"
            << QByteArray(
                   "{\n  \"version\": \"7.2.1\",\n  \"telemetry\": false,\n  \"npmClient\": \"npm\"\n}\n")
            << 0644u;
        QTest::newRow("astro telemetry disable")
            << "astro"
            << "/home/u/.config/astro/config.json"
            << QByteArray("{\n\t\"telemetry\": {\n\t\t\"enabled\": false\n\t}\n}") << 0644u;
        QTest::newRow("nuxt-telemetry disable --global")
            << "nuxt"
            << "/home/u/.nuxtrc" << QByteArray("telemetry.enabled=false\ntelemetry.consent=0") << 0600u;
        QTest::newRow("yarn config set --home enableTelemetry 0")
            << "yarn"
            << "/home/u/.yarnrc.yml" << QByteArray("enableTelemetry: 0\n") << 0644u;
    }

    void created()
    {
        QFETCH(QString, tool);
        QFETCH(QString, path);
        QFETCH(QByteArray, bytes);
        QFETCH(uint, mode);
        uint planned_mode = 0;
        const auto out = planned(tool, path, QByteArray(), true, &planned_mode);
        QVERIFY2(out, "the opt-out must create the file");
        QCOMPARE(*out, bytes);
        QCOMPARE(planned_mode, mode);
    }

    void edited_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        const QByteArray turboTail = "  \"telemetry_id\": \"f5158180b72b\",\n  \"telemetry_salt\": "
                                     "\"196de91c-c81e-42ac-9419-3f4d7092383b\",\n  \"telemetry_alerted\": "
                                     "\"2026-12-03T07:47:17.068243517Z\"\n}";
        QTest::newRow("turbo telemetry disable")
            << "turborepo"
            << "/home/u/.config/turborepo/telemetry.json"
            << QByteArray("{\n  \"telemetry_enabled\": true,\n" + turboTail)
            << QByteArray("{\n  \"telemetry_enabled\": false,\n" + turboTail);
        QTest::newRow("next telemetry disable")
            << "nextjs"
            << "/home/u/.config/nextjs-nodejs/config.json"
            << QByteArray("{\n\t\"telemetry\": {\n\t\t\"notifiedAt\": \"1796283954607\"\n\t}\n}")
            << QByteArray("{\n\t\"telemetry\": {\n\t\t\"notifiedAt\": \"1796283954607\",\n\t\t\"enabled\": "
                          "false\n\t}\n}");
        QTest::newRow("yarn keeps comments and order")
            << "yarn"
            << "/home/u/.yarnrc.yml"
            << QByteArray(
                   "# mine\nnodeLinker: node-modules\n\nenableTelemetry: true # on\nnpmRegistryServer: x\n")
            << QByteArray(
                   "# mine\nnodeLinker: node-modules\n\nenableTelemetry: 0 # on\nnpmRegistryServer: x\n");
        QTest::newRow("nuxt keeps comments and the seed")
            << "nuxt"
            << "/home/u/.nuxtrc" << QByteArray("# mine\ntelemetry.consent=1\ntelemetry.seed=\"ab\"\n")
            << QByteArray("# mine\ntelemetry.consent=0\ntelemetry.seed=\"ab\"\ntelemetry.enabled=false\n");
    }

    void edited()
    {
        QFETCH(QString, tool);
        QFETCH(QString, path);
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        const auto out = planned(tool, path, before, true);
        QVERIFY2(out, "the opt-out must keep the file");
        QCOMPARE(*out, after);
    }

    void turboCreatesWhatTurboAccepts()
    {
        // turbo ignores a file without telemetry_id and telemetry_salt: a new one has both.
        const auto out
            = planned(QStringLiteral("turborepo"), QStringLiteral("/home/u/.config/turborepo/telemetry.json"),
                      QByteArray(), true);
        QVERIFY2(out, "the opt-out must create telemetry.json");
        static const QRegularExpression shape(
            QStringLiteral("^\\{\\n  \"telemetry_enabled\": false,\\n  \"telemetry_id\": "
                           "\"[0-9a-f]{64}\",\\n  \"telemetry_salt\": "
                           "\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"\\n\\}$"));
        QVERIFY2(shape.match(QString::fromUtf8(*out)).hasMatch(), out->constData());
    }

    void refusesWhatItCannotParse_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("before");
        QTest::newRow("yarn") << "yarn"
                              << "/home/u/.yarnrc.yml" << QByteArray("enableTelemetry: [0\n");
        QTest::newRow("turbo") << "turborepo"
                               << "/home/u/.config/turborepo/telemetry.json"
                               << QByteArray("{\"telemetry_enabled\": true,");
    }

    void refusesWhatItCannotParse()
    {
        QFETCH(QString, tool);
        QFETCH(QString, path);
        QFETCH(QByteArray, before);
        const auto out = planned(tool, path, before, true);
        QVERIFY2(out && *out == "error", "a file that cannot be parsed must not be rewritten");
    }

    void enableRemovesWhatDisableAdded()
    {
        const auto out = planned(QStringLiteral("yarn"), QStringLiteral("/home/u/.yarnrc.yml"),
                                 QByteArray("# mine\nenableTelemetry: 0\nnodeLinker: pnp\n"), false);
        QVERIFY2(out, "enabling keeps the file");
        QCOMPARE(*out, QByteArray("# mine\nnodeLinker: pnp\n"));
        const auto nuxt = planned(
            QStringLiteral("nuxt"), QStringLiteral("/home/u/.nuxtrc"),
            QByteArray("telemetry.enabled=false\ntelemetry.consent=0\ntelemetry.seed=\"ab\""), false);
        QVERIFY2(nuxt, "enabling keeps the file");
        QCOMPARE(*nuxt, QByteArray("telemetry.seed=\"ab\""));
    }
};

QTEST_GUILESS_MAIN(TestJsOptOutBytes)
#include "testjsoptoutbytes.moc"

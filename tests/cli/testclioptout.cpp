#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tlens::test;

// The opt-out commands end to end on a copy of the sample workstation: the plan, the override
// check, confirmation, idempotence, a file that cannot be parsed, and byte-exact undo.
class TestCliOptOut final : public QObject {
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

    void dryRunNamesTheOverrideAndChangesNothing()
    {
        const auto before = snapshot();
        const RunResult r
            = run({ QStringLiteral("disable"), QStringLiteral("ray"), QStringLiteral("--dry-run") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("/home/alice/.bashrc:10"), r.err.constData());
        QVERIFY2(r.err.contains("--fix-overrides"), r.err.constData());
        QCOMPARE(snapshot(), before);
    }

    void declinedConfirmationWritesNothing()
    {
        const auto before = snapshot();
        const RunResult r = run({ QStringLiteral("disable"), QStringLiteral("rasa") }, "n\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("-  enabled: true") && r.out.contains("+  enabled: false"),
                 r.out.constData());
        QVERIFY2(r.out.contains("Nothing was changed"), r.out.constData());
        QCOMPARE(snapshot(), before);
    }

    void disableAllWithFixesThenUndo()
    {
        const auto before = snapshot();
        RunResult r = run({ QStringLiteral("disable"), QStringLiteral("--all"),
                            QStringLiteral("--fix-overrides"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QString &tool : { QStringLiteral("ray"), QStringLiteral("skyplane"),
                                     QStringLiteral("mlflow"), QStringLiteral("rasa") })
            QCOMPARE(state(tool), QStringLiteral("disabled"));
        QVERIFY2(m_fixture->read(QStringLiteral("/home/alice/.bashrc"))
                     .contains("# disabled by telemetry-lens: export RAY_USAGE_STATS_ENABLED=1"),
                 "the override is commented out with a marker");
        QVERIFY2(m_fixture->read(QStringLiteral("/home/alice/.skyplane/config"))
                     .contains("cloudflare_secret_access_key = FAKE-not-a-real-secret"),
                 "the secret is kept");

        const auto after = snapshot();
        r = run({ QStringLiteral("disable"), QStringLiteral("--all"), QStringLiteral("--fix-overrides"),
                  QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("No file needs to change"), r.out.constData());
        QCOMPARE(snapshot(), after);

        r = run({ QStringLiteral("history") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("disable"), r.out.constData());

        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(snapshot(), before);
        QVERIFY2(!QDir(m_fixture->path(QStringLiteral("/home/alice/.config/environment.d"))).exists(),
                 "created folders are removed again");
        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.out.contains("nothing to undo"), r.out.constData());
    }

    void unparseableFileFailsOnlyItsTool()
    {
        QVERIFY(m_fixture->write(QStringLiteral("/home/alice/.ray/config.json"), "{\"usage_stats\": tru"));
        const QByteArray broken = m_fixture->read(QStringLiteral("/home/alice/.ray/config.json"));
        const RunResult r = run({ QStringLiteral("disable"), QStringLiteral("ray"), QStringLiteral("rasa"),
                                  QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QByteArray(r.out + r.err).contains("/home/alice/.ray/config.json"),
                 "the error names the file");
        QCOMPARE(m_fixture->read(QStringLiteral("/home/alice/.ray/config.json")), broken);
        QCOMPARE(state(QStringLiteral("rasa")), QStringLiteral("disabled"));
    }

    void enableTakesOutWhatWasWritten()
    {
        RunResult r = run({ QStringLiteral("disable"), QStringLiteral("mlflow"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(state(QStringLiteral("mlflow")), QStringLiteral("disabled"));
        r = run({ QStringLiteral("enable"), QStringLiteral("mlflow"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(state(QStringLiteral("mlflow")), QStringLiteral("enabled"));
        QVERIFY2(
            !m_fixture->read(QStringLiteral("/home/alice/.profile")).contains("MLFLOW_DISABLE_TELEMETRY"),
            "the managed line is gone");
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no tool") << QStringList { QStringLiteral("disable") };
        QTest::newRow("unknown tool") << QStringList { QStringLiteral("disable"), QStringLiteral("nosuch") };
        QTest::newRow("tools and --all")
            << QStringList { QStringLiteral("disable"), QStringLiteral("ray"), QStringLiteral("--all") };
        QTest::newRow("bad scope") << QStringList { QStringLiteral("disable"), QStringLiteral("ray"),
                                                    QStringLiteral("--scope"), QStringLiteral("galaxy") };
        QTest::newRow("undo with argument") << QStringList { QStringLiteral("undo"), QStringLiteral("now") };
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const RunResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--help"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliOptOut)
#include "testclioptout.moc"

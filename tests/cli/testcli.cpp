#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tlens::test;

// Runs the real telemetry-lens binary on a private copy of the sample workstation and checks what
// a user reads: the fixture README's table, the formats, the exit codes, and that secrets stay hidden.
class TestCli final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FixtureCopy> m_fixture;
    const QByteArray m_secret = "FAKE-not-a-real-secret-8f2e1d4c6b9a7e5f3d1c2b4a6e8f0d2c";

    RunResult run(const QStringList &args)
    {
        return runBinary(args, cleanEnvironment(m_fixture->path(QStringLiteral("/home/alice"))));
    }

    QJsonObject toolOf(const QJsonObject &doc, const QString &user, const QString &tool)
    {
        const QJsonArray users = doc.value(QStringLiteral("users")).toArray();
        for (const QJsonValue &u : users) {
            if (u.toObject().value(QStringLiteral("user")).toString() != user)
                continue;
            const QJsonArray tools = u.toObject().value(QStringLiteral("tools")).toArray();
            for (const QJsonValue &t : tools) {
                if (t.toObject().value(QStringLiteral("id")).toString() == tool)
                    return t.toObject();
            }
        }
        return {};
    }

    QJsonObject auditJson()
    {
        const RunResult r
            = run({ QStringLiteral("audit"), QStringLiteral("--all-users"), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--root"), m_fixture->root() });
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<FixtureCopy>();
        QVERIFY(m_fixture->isValid());
    }

    // ../shared/fixtures/README.md, one row per line of its table.
    void fixtureTable_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("alice ray") << "alice"
                                   << "ray"
                                   << "enabled"
                                   << "env"
                                   << "RAY_USAGE_STATS_ENABLED"
                                   << "/home/alice/.bashrc" << 10;
        QTest::newRow("alice skyplane") << "alice"
                                        << "skyplane"
                                        << "disabled"
                                        << "config"
                                        << "flags.usage_stats"
                                        << "/home/alice/.skyplane/config" << 17;
        QTest::newRow("alice mlflow") << "alice"
                                      << "mlflow"
                                      << "enabled"
                                      << "default"
                                      << ""
                                      << "" << 0;
        QTest::newRow("alice rasa") << "alice"
                                    << "rasa"
                                    << "enabled"
                                    << "config"
                                    << "metrics.enabled"
                                    << "/home/alice/.config/rasa/global.yml" << 2;
        QTest::newRow("bob ray") << "bob"
                                 << "ray"
                                 << "enabled"
                                 << "default"
                                 << ""
                                 << "" << 0;
        QTest::newRow("bob skyplane") << "bob"
                                      << "skyplane"
                                      << "disabled"
                                      << "env"
                                      << "SKYPLANE_USAGE_STATS_ENABLED"
                                      << "/home/bob/.zshrc" << 1;
        QTest::newRow("bob mlflow") << "bob"
                                    << "mlflow"
                                    << "enabled"
                                    << "default"
                                    << ""
                                    << "" << 0;
        QTest::newRow("bob rasa") << "bob"
                                  << "rasa"
                                  << "enabled"
                                  << "config"
                                  << "metrics.enabled"
                                  << "/home/bob/.config/rasa/global.yml" << 2;
    }

    void fixtureTable()
    {
        QFETCH(QString, user);
        QFETCH(QString, tool);
        QFETCH(QString, state);
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QString, file);
        QFETCH(int, line);
        const QJsonObject t = toolOf(auditJson(), user, tool);
        QVERIFY2(!t.isEmpty(), "the tool is reported for the user");
        QCOMPARE(t.value(QStringLiteral("state")).toString(), state);
        const QJsonObject d = t.value(QStringLiteral("decided_by")).toObject();
        QCOMPARE(d.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(d.value(QStringLiteral("key")).toString(), key);
        QCOMPARE(d.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(d.value(QStringLiteral("line")).toInt(), line);
        QVERIFY2(!t.value(QStringLiteral("explanation")).toString().isEmpty(), "an explanation is given");
    }

    void alsoWorthShowing()
    {
        const QJsonObject doc = auditJson();
        const QJsonObject ray = toolOf(doc, QStringLiteral("alice"), QStringLiteral("ray"));
        const QJsonArray shadowed = ray.value(QStringLiteral("shadowed")).toArray();
        QCOMPARE(shadowed.size(), 1);
        QCOMPARE(shadowed.first().toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("/home/alice/.ray/config.json"));

        const QByteArray whole = QJsonDocument(doc).toJson();
        const QJsonObject sky = toolOf(doc, QStringLiteral("alice"), QStringLiteral("skyplane"));
        QVERIFY2(!whole.contains(m_secret), "the cloud secret is never printed");
        QVERIFY2(whole.contains("client-id-mac"), "the MAC-derived client id is flagged");
        QVERIFY2(QJsonDocument(sky).toJson().contains("secrets-in-config"),
                 "the secret in the config is flagged");

        const QJsonObject mlflow = toolOf(doc, QStringLiteral("alice"), QStringLiteral("mlflow"));
        QVERIFY2(QJsonDocument(mlflow).toJson().contains("do-not-track-ignored"),
                 "DO_NOT_TRACK=1 is flagged as ignored");
        QVERIFY2(QJsonDocument(mlflow).toJson().contains("9ec7d6a7-3dd5-4269-a24f-23ab2f5e1e87"),
                 "the installation id is found");
        const QJsonObject bobMlflow = toolOf(doc, QStringLiteral("bob"), QStringLiteral("mlflow"));
        QVERIFY(bobMlflow.value(QStringLiteral("identifiers")).toArray().isEmpty());

        const QJsonObject bobRasa = toolOf(doc, QStringLiteral("bob"), QStringLiteral("rasa"));
        QVERIFY2(QJsonDocument(bobRasa).toJson().contains("quoted-boolean"), "the quoted false is flagged");
        const QJsonObject aliceRasa = toolOf(doc, QStringLiteral("alice"), QStringLiteral("rasa"));
        QVERIFY(QJsonDocument(aliceRasa).toJson().contains("3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c"));
    }

    void machineWideReports()
    {
        const QJsonObject doc = auditJson();
        const QJsonArray tools
            = doc.value(QStringLiteral("machine")).toObject().value(QStringLiteral("tools")).toArray();
        QHash<QString, QJsonArray> artifacts;
        for (const QJsonValue &t : tools)
            artifacts.insert(t.toObject().value(QStringLiteral("id")).toString(),
                             t.toObject().value(QStringLiteral("artifacts")).toArray());
        QCOMPARE(artifacts.value(QStringLiteral("ray")).size(), 2);
        QStringList rayStatus;
        for (const QJsonValue &a : artifacts.value(QStringLiteral("ray")))
            rayStatus.append(a.toObject().value(QStringLiteral("session_id")).toString().left(8)
                             + QLatin1Char(':') + a.toObject().value(QStringLiteral("sent")).toString());
        rayStatus.sort();
        QCOMPARE(rayStatus,
                 (QStringList { QStringLiteral("5c0f1e2d:sent"), QStringLiteral("9a8b7c6d:failed") }));
        QStringList skyStatus;
        for (const QJsonValue &a : artifacts.value(QStringLiteral("skyplane")))
            skyStatus.append(a.toObject().value(QStringLiteral("sent")).toString());
        skyStatus.sort();
        QCOMPARE(skyStatus, (QStringList { QStringLiteral("not_confirmed"), QStringLiteral("sent") }));
    }

    // The figure people see ("14 files read"): each start-up file, config, identifier file and
    // report of the sample once, however many accounts read it; the session_latest link is no file.
    void filesReadCountsEachFileOnce()
    {
        const QJsonObject doc = auditJson();
        QCOMPARE(doc.value(QStringLiteral("scan")).toObject().value(QStringLiteral("files_read")).toInt(),
                 14);
    }

    void sessionLatestLinkCountedOnce()
    {
        const QString latest = m_fixture->path(QStringLiteral("/tmp/ray/session_latest"));
        QFile::remove(latest);
        QVERIFY(QFile::link(QStringLiteral("session_2026-11-21_08-30-12_654321_5151"), latest));
        const QJsonObject doc = auditJson();
        const QJsonArray tools
            = doc.value(QStringLiteral("machine")).toObject().value(QStringLiteral("tools")).toArray();
        for (const QJsonValue &t : tools) {
            if (t.toObject().value(QStringLiteral("id")).toString() == QLatin1String("ray"))
                QCOMPARE(t.toObject().value(QStringLiteral("artifacts")).toArray().size(), 2);
        }
    }

    void statusTextForOneHome()
    {
        const RunResult r = run({ QStringLiteral("status"), QStringLiteral("--root"), m_fixture->root(),
                                  QStringLiteral("--home"), QStringLiteral("/home/alice") });
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("3 of 4 tools collecting")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("RAY_USAGE_STATS_ENABLED=1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("/home/alice/.bashrc line 10")), qPrintable(text));
        QVERIFY2(!r.out.contains(m_secret), "no secret in the text");
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("mustContain");
        QTest::newRow("csv") << "csv" << QByteArray("user,home,tool,state");
        QTest::newRow("html") << "html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("text") << "text" << QByteArray("alice (/home/alice)");
        QTest::newRow("json") << "json" << QByteArray("\"schema_version\": 1");
    }

    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, mustContain);
        const QString out = m_fixture->path(QStringLiteral("/report.out"));
        const RunResult r = run({ QStringLiteral("audit"), QStringLiteral("--root"), m_fixture->root(),
                                  QStringLiteral("--all-users"), QStringLiteral("--format"), format,
                                  QStringLiteral("--output"), out });
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY2(data.contains(mustContain), data.left(300).constData());
        QVERIFY2(!data.contains(m_secret), "no secret in any format");
        QVERIFY2(data.contains("bob"), "every account is in the report");
    }

    void csvHasOneRowPerAccountAndTool()
    {
        const RunResult r
            = run({ QStringLiteral("audit"), QStringLiteral("--root"), m_fixture->root(),
                    QStringLiteral("--all-users"), QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2 * 4);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("fail on enabled")
            << QStringList { QStringLiteral("audit"), QStringLiteral("--all-users"),
                             QStringLiteral("--fail-on-enabled") }
            << 1;
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2;
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("audit"), QStringLiteral("--bogus") } << 2;
        QTest::newRow("unknown format")
            << QStringList { QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("xml") }
            << 2;
        QTest::newRow("unknown tool")
            << QStringList { QStringLiteral("show"), QStringLiteral("nosuchtool") } << 2;
        QTest::newRow("show needs a tool") << QStringList { QStringLiteral("show") } << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const RunResult r = run(args + QStringList { QStringLiteral("--root"), m_fixture->root() });
        QCOMPARE(r.exitCode, code);
        if (code == 2)
            QVERIFY2(r.err.contains("--help"), "a usage error ends with a one-line hint");
    }

    void unreadableRoot()
    {
        const RunResult r = run({ QStringLiteral("status"), QStringLiteral("--root"),
                                  m_fixture->path(QStringLiteral("/does-not-exist")) });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("does-not-exist"), "the error names the root");
    }

    void showSentAndWouldSend()
    {
        const QStringList base { QStringLiteral("--root"), m_fixture->root(), QStringLiteral("--home"),
                                 QStringLiteral("/home/alice") };
        RunResult r = run(
            QStringList { QStringLiteral("show"), QStringLiteral("ray"), QStringLiteral("--sent") } + base);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("5c0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aab"),
                 r.out.constData());
        QVERIFY2(r.out.contains("9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5"),
                 r.out.constData());
        r = run(QStringList { QStringLiteral("show"), QStringLiteral("mlflow"),
                              QStringLiteral("--would-send"), QStringLiteral("--json") }
                + base);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(QJsonDocument(o.value(QStringLiteral("would_send")).toObject())
                     .toJson()
                     .contains("9ec7d6a7-3dd5-4269-a24f-23ab2f5e1e87"),
                 r.out.constData());
        r = run(QStringList { QStringLiteral("show"), QStringLiteral("skyplane") } + base);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(m_secret), "show never prints the secret");
        QVERIFY2(r.out.contains("[flags] usage_stats = False"), r.out.constData());
    }

    void helpAndVersion()
    {
        RunResult r = run({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("audit"));
        r = run({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("telemetry-lens "));
        r = run({ QStringLiteral("audit"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--fail-on-enabled"));
    }

    // --demo works on a private copy of the embedded sample: the same findings as the fixture, its
    // switches write only into that copy, and nothing is left behind in the temporary folder or in
    // the user's own data folder.
    void demoIsSelfContained()
    {
        QTemporaryDir tmp;
        QTemporaryDir home;
        QVERIFY(tmp.isValid() && home.isValid());
        QProcessEnvironment env = cleanEnvironment(home.path());
        env.insert(QStringLiteral("TMPDIR"), tmp.path());

        RunResult r = runBinary({ QStringLiteral("status"), QStringLiteral("--demo") }, env);
        QCOMPARE(r.exitCode, 0);
        // The four tools of the fixture, Weights & Biases and BentoML installed beside them, and the
        // Next.js of a project folder.
        QVERIFY2(r.out.startsWith("alice (/home/alice): 6 of 7 tools collecting"), r.out.constData());
        QVERIFY2(r.out.contains("Weights & Biases") && r.out.contains("BentoML"), r.out.constData());
        QVERIFY2(r.out.contains("Web frameworks\n    ● Next.js          Collecting"), r.out.constData());
        QVERIFY2(r.out.contains("RAY_USAGE_STATS_ENABLED=1 in /home/alice/.bashrc line 10"),
                 r.out.constData());

        r = runBinary({ QStringLiteral("audit"), QStringLiteral("--demo"), QStringLiteral("--format"),
                        QStringLiteral("json") },
                      env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("users")).toArray().size(), 2);
        QCOMPARE(toolOf(doc, QStringLiteral("bob"), QStringLiteral("rasa"))
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("enabled"));
        // BentoML's client id, read from ~/bentoml/client_id, for a deletion request.
        const QJsonArray bentoIds = toolOf(doc, QStringLiteral("alice"), QStringLiteral("bentoml"))
                                        .value(QStringLiteral("identifiers"))
                                        .toArray();
        QVERIFY2(bentoIds.size() == 1
                     && bentoIds.first().toObject().value(QStringLiteral("value")).toString()
                         == QLatin1String("6f1d3c2a-9b84-4e5f-a0c7-3d2e1b4a5f68"),
                 r.out.constData());
        QCOMPARE(toolOf(doc, QStringLiteral("alice"), QStringLiteral("wandb"))
                     .value(QStringLiteral("installations"))
                     .toArray()
                     .size(),
                 1);

        r = runBinary({ QStringLiteral("disable"), QStringLiteral("--all"), QStringLiteral("--demo"),
                        QStringLiteral("--yes"), QStringLiteral("--fix-overrides") },
                      env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("/home/alice/.config/rasa/global.yml written"), r.out.constData());
        QVERIFY2(!r.out.contains("Undo it with") && r.out.contains("a copy of the sample workstation"),
                 "a demo change cannot be undone later, so it must not offer that");

        QVERIFY2(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
                 "the sample's copy was left in the temporary folder");
        QVERIFY2(!QFileInfo::exists(home.path() + QStringLiteral("/.local/share/telemetry-lens")),
                 "the demo wrote into the user's own data folder");

        r = runBinary(
            { QStringLiteral("status"), QStringLiteral("--demo"), QStringLiteral("--root"), tmp.path() },
            env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--demo and --root"), r.err.constData());
    }

    // Without a command and without a display (an SSH session, a container), the window cannot
    // open: the same findings are printed instead, with a note saying why.
    void withoutDisplayTheFindingsArePrinted()
    {
        QTemporaryDir home;
        QProcessEnvironment env = cleanEnvironment(home.path());
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        RunResult r = runBinary({ QStringLiteral("--demo") }, env, {}, 20000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("No graphical display was found"), r.err.constData());
        QVERIFY2(r.out.contains("alice (/home/alice)") && r.out.contains("bob (/home/bob)"),
                 r.out.constData());

        r = runBinary({ QStringLiteral("--root"), m_fixture->root(), QStringLiteral("--home"),
                        QStringLiteral("/home/bob") },
                      env, {}, 20000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("bob (/home/bob)") && !r.out.contains("alice ("), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"

#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace tlens::test;

// The fleet side of the command line on copies of the sample workstation: `fleet` merging audit
// reports, `audit --compare`, `audit --format openmetrics` checked by promtool, `disable --json`
// for configuration management, and the shipped systemd units and alert rules checked by their
// own tools.
class TestCliFleet final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_work;

    QProcessEnvironment env() const { return cleanEnvironment(m_work.filePath(QStringLiteral("home"))); }

    RunResult run(const QStringList &args) { return runBinary(args, env()); }

    static RunResult tool(const QString &program, const QStringList &args, const QByteArray &input = {})
    {
        RunResult r;
        QProcess p;
        p.start(program, args);
        if (!p.waitForStarted(30000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QString output(const RunResult &r)
    {
        return QStringLiteral("exit %1\n%2\n%3")
            .arg(r.exitCode)
            .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
    }

    QString auditTo(const FixtureCopy &fixture, const QString &file)
    {
        const QString path = m_work.filePath(file);
        QDir().mkpath(QFileInfo(path).path());
        const RunResult r
            = run({ QStringLiteral("audit"), QStringLiteral("--all-users"), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--output"), path, QStringLiteral("--root"),
                    fixture.root() });
        return r.exitCode == 0 ? path : QString();
    }

    static QString find(const char *program)
    {
        return QStandardPaths::findExecutable(QString::fromLatin1(program));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QDir().mkpath(m_work.filePath(QStringLiteral("home")));
    }

    void fleetMergesReports()
    {
        FixtureCopy collecting;
        FixtureCopy optedOut;
        QVERIFY(collecting.isValid() && optedOut.isValid());
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("TLENS_DATA_DIR"), m_work.filePath(QStringLiteral("data")));
        const RunResult off
            = runBinary({ QStringLiteral("disable"), QStringLiteral("--all"), QStringLiteral("--scope"),
                          QStringLiteral("system"), QStringLiteral("--fix-overrides"),
                          QStringLiteral("--yes"), QStringLiteral("--root"), optedOut.root() },
                        e);
        QVERIFY2(off.exitCode == 0, qPrintable(output(off)));
        QVERIFY(!auditTo(collecting, QStringLiteral("fleet/zeta.json")).isEmpty());
        QVERIFY(!auditTo(optedOut, QStringLiteral("fleet/alpha.json")).isEmpty());

        const QString dir = m_work.filePath(QStringLiteral("fleet"));
        RunResult r = run({ QStringLiteral("fleet"), dir });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.startsWith(QStringLiteral("Fleet: 2 hosts, 1 with a collecting tool\n")),
                 qPrintable(text));
        // The collecting host comes first although its name sorts last.
        QVERIFY2(text.indexOf(QStringLiteral("\nzeta ")) < text.indexOf(QStringLiteral("\nalpha ")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Totals per tool:")), qPrintable(text));

        r = run({ QStringLiteral("fleet"), dir, QStringLiteral("--fail-on-enabled"),
                  QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(r.exitCode == 1, qPrintable(output(r)));
        QVERIFY2(r.out.startsWith("host,tool,state,"), r.out.constData());
        QVERIFY2(r.out.contains("\r\nzeta,ray,enabled,"), r.out.constData());

        r = run({ QStringLiteral("fleet"), m_work.filePath(QStringLiteral("fleet/alpha.json")),
                  QStringLiteral("--fail-on-enabled"), QStringLiteral("--format"), QStringLiteral("html"),
                  QStringLiteral("--output"), m_work.filePath(QStringLiteral("fleet.html")) });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QFile html(m_work.filePath(QStringLiteral("fleet.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("<th>alpha</th>"));

        QFile bad(m_work.filePath(QStringLiteral("bad/web1.json")));
        QDir().mkpath(m_work.filePath(QStringLiteral("bad")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("<html>");
        bad.close();
        r = run({ QStringLiteral("fleet"), dir, m_work.filePath(QStringLiteral("bad")) });
        QVERIFY2(r.exitCode == 2, qPrintable(output(r)));
        QVERIFY2(r.err.contains(QByteArray(QFile::encodeName(bad.fileName()) + " is not JSON")),
                 r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        r = run({ QStringLiteral("fleet") });
        QVERIFY2(r.exitCode == 2, qPrintable(output(r)));
    }

    void compareSaysWhatStartedCollecting()
    {
        FixtureCopy fixture;
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("TLENS_DATA_DIR"), m_work.filePath(QStringLiteral("data-compare")));
        const RunResult off
            = runBinary({ QStringLiteral("disable"), QStringLiteral("--all"), QStringLiteral("--scope"),
                          QStringLiteral("system"), QStringLiteral("--fix-overrides"),
                          QStringLiteral("--yes"), QStringLiteral("--root"), fixture.root() },
                        e);
        QVERIFY2(off.exitCode == 0, qPrintable(output(off)));
        const QString previous = auditTo(fixture, QStringLiteral("compare/previous.json"));
        QVERIFY(!previous.isEmpty());
        const QStringList compare { QStringLiteral("audit"), QStringLiteral("--compare"), previous,
                                    QStringLiteral("--root"), fixture.root() };
        RunResult r = run(compare);
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QVERIFY2(r.out.startsWith(QByteArray("Nothing changed since " + QFile::encodeName(previous))),
                 r.out.constData());

        // A dotfile synced back switches Ray on again for one account.
        const QString profile = fixture.path(QStringLiteral("/etc/profile.d/zz-synced.sh"));
        QVERIFY(fixture.write(QStringLiteral("/etc/profile.d/zz-synced.sh"),
                              "export RAY_USAGE_STATS_ENABLED=1\n"));
        Q_UNUSED(profile);
        r = run(compare);
        QVERIFY2(r.exitCode == 1, qPrintable(output(r)));
        QVERIFY2(r.out.contains("Ray started collecting for "), r.out.constData());
        QVERIFY2(r.out.contains("RAY_USAGE_STATS_ENABLED=1 (/etc/profile.d/zz-synced.sh:1)"),
                 r.out.constData());

        r = run(compare + QStringList { QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 1, qPrintable(output(r)));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY(json.value(QStringLiteral("started_collecting")).toBool());
        const QJsonObject first = json.value(QStringLiteral("changes")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("started_collecting"));
        QCOMPARE(first.value(QStringLiteral("tool")).toString(), QStringLiteral("ray"));

        r = run(compare + QStringList { QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(r.exitCode == 2, qPrintable(output(r)));
        r = run({ QStringLiteral("audit"), QStringLiteral("--compare"),
                  m_work.filePath(QStringLiteral("none.json")), QStringLiteral("--root"), fixture.root() });
        QVERIFY2(r.exitCode == 2 && r.err.contains("none.json"), qPrintable(output(r)));
    }

    void openMetricsPassPromtool()
    {
        const QString promtool = find("promtool");
        QVERIFY2(!promtool.isEmpty(),
                 "promtool is missing: install prometheus (installer/build-deps.sh does)");
        FixtureCopy fixture;
        const QString prom = m_work.filePath(QStringLiteral("metrics/telemetry-lens.prom"));
        QDir().mkpath(QFileInfo(prom).path());
        const RunResult r
            = run({ QStringLiteral("audit"), QStringLiteral("--all-users"), QStringLiteral("--format"),
                    QStringLiteral("openmetrics"), QStringLiteral("--output"), prom, QStringLiteral("--root"),
                    fixture.root() });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        // Written by a rename: only the metrics file is left in the folder node_exporter reads.
        QCOMPARE(QDir(QFileInfo(prom).path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("telemetry-lens.prom") });
        QFile file(prom);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray metrics = file.readAll();
        QVERIFY2(metrics.contains("telemetry_lens_tool_collecting{user=\"alice\",tool=\"ray\"} 1\n"),
                 metrics.constData());
        QVERIFY2(metrics.endsWith("# EOF\n"), metrics.constData());
        const RunResult check
            = tool(promtool, { QStringLiteral("check"), QStringLiteral("metrics") }, metrics);
        QVERIFY2(check.exitCode == 0 && check.out.isEmpty() && check.err.isEmpty(),
                 qPrintable(output(check)));
    }

    void alertRulesPassPromtool()
    {
        const QString promtool = find("promtool");
        QVERIFY2(!promtool.isEmpty(),
                 "promtool is missing: install prometheus (installer/build-deps.sh does)");
        const RunResult check
            = tool(promtool,
                   { QStringLiteral("check"), QStringLiteral("rules"),
                     QStringLiteral(TLENS_SOURCE_DIR "/installer/prometheus/telemetry-lens.rules.yml") });
        QVERIFY2(check.exitCode == 0 && check.out.contains("SUCCESS: 2 rules found"),
                 qPrintable(output(check)));
    }

    void alertFiresWhenAToolStartsCollecting()
    {
        const QString promtool = find("promtool");
        QVERIFY2(!promtool.isEmpty(),
                 "promtool is missing: install prometheus (installer/build-deps.sh does)");
        // web1's Ray starts collecting at 75 minutes; web2's always did. Only web1 alerts, and only
        // for the hour after the change.
        const QString test = m_work.filePath(QStringLiteral("rules-test.yml"));
        QFile file(test);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "rule_files:\n  - " TLENS_SOURCE_DIR "/installer/prometheus/telemetry-lens.rules.yml\n"
            "evaluation_interval: 1m\n"
            "tests:\n"
            "  - interval: 15m\n"
            "    input_series:\n"
            "      - series: "
            "'telemetry_lens_tool_collecting{instance=\"web1\",user=\"alice\",tool=\"ray\"}'\n"
            "        values: '0 0 0 0 0 1 1 1 1 1 1 1'\n"
            "      - series: 'telemetry_lens_tool_collecting{instance=\"web2\",user=\"bob\",tool=\"ray\"}'\n"
            "        values: '1 1 1 1 1 1 1 1 1 1 1 1'\n"
            "    alert_rule_test:\n"
            "      - eval_time: 60m\n"
            "        alertname: TelemetryStartedCollecting\n"
            "        exp_alerts: []\n"
            "      - eval_time: 80m\n"
            "        alertname: TelemetryStartedCollecting\n"
            "        exp_alerts:\n"
            "          - exp_labels: {severity: warning, instance: web1, user: alice, tool: ray}\n"
            "            exp_annotations:\n"
            "              summary: 'ray started collecting on web1'\n"
            "              description: 'The telemetry of ray is on for account alice on web1. See why with: "
            "telemetry-lens show ray --home <home of alice>; switch it off with: telemetry-lens disable "
            "ray'\n"
            "      - eval_time: 150m\n"
            "        alertname: TelemetryStartedCollecting\n"
            "        exp_alerts: []\n");
        file.close();
        const RunResult r = tool(promtool, { QStringLiteral("test"), QStringLiteral("rules"), test });
        QVERIFY2(r.exitCode == 0 && r.out.contains("SUCCESS"), qPrintable(output(r)));
    }

    void systemdUnitsVerify()
    {
        const QString analyze = find("systemd-analyze");
        if (analyze.isEmpty() && qEnvironmentVariableIsSet("CI"))
            QFAIL("systemd-analyze is missing: install systemd (installer/build-deps.sh does)");
        if (analyze.isEmpty()) {
            qWarning("systemd-analyze is not installed: the unit files were not verified");
            return;
        }
        // The service runs the packaged /usr/bin/telemetry-lens; here the built one stands in.
        const QString dir = m_work.filePath(QStringLiteral("units"));
        QDir().mkpath(dir);
        QStringList units;
        for (const char *name : { "telemetry-lens-metrics.service", "telemetry-lens-metrics.timer" }) {
            QFile in(QStringLiteral(TLENS_SOURCE_DIR "/installer/linux/systemd/")
                     + QString::fromLatin1(name));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray text = in.readAll();
            text.replace("/usr/bin/telemetry-lens", TLENS_BINARY);
            QFile out(dir + QLatin1Char('/') + QString::fromLatin1(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
            units.append(out.fileName());
        }
        const RunResult r
            = tool(analyze, QStringList { QStringLiteral("verify"), QStringLiteral("--man=no") } + units);
        QVERIFY2(r.exitCode == 0 && r.err.trimmed().isEmpty(), qPrintable(output(r)));
    }

    void disableSaysWhetherFilesChanged()
    {
        FixtureCopy fixture;
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("TLENS_DATA_DIR"), m_work.filePath(QStringLiteral("data-json")));
        const QStringList args { QStringLiteral("disable"), QStringLiteral("ray"),
                                 QStringLiteral("--scope"), QStringLiteral("system"),
                                 QStringLiteral("--json"),  QStringLiteral("--fix-overrides"),
                                 QStringLiteral("--root"),  fixture.root() };
        RunResult r = runBinary(args, e);
        QVERIFY2(r.exitCode == 2 && r.err.contains("--yes or --dry-run"), qPrintable(output(r)));

        r = runBinary(args + QStringList { QStringLiteral("--dry-run") }, e);
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("changed")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("would_change")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("dry_run")).toBool(), true);

        r = runBinary(args + QStringList { QStringLiteral("--yes") }, e);
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        json = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(json.value(QStringLiteral("changed")).toBool(), r.out.constData());
        QVERIFY(!json.value(QStringLiteral("change_set")).toString().isEmpty());
        QVERIFY(json.value(QStringLiteral("files"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("written"))
                    .toBool());

        r = runBinary(args + QStringList { QStringLiteral("--yes") }, e);
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("changed")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("would_change")).toBool(), false);
        QVERIFY(json.value(QStringLiteral("change_set")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCliFleet)
#include "testclifleet.moc"

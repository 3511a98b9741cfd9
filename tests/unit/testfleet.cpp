#include "drift/auditdrift.h"
#include "fleet/auditsnapshot.h"
#include "fleet/fleetmodel.h"
#include "fleet/fleetreport.h"
#include "i18n/language.h"
#include "report/openmetricsreport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace tlens;

namespace {

struct ToolSpecRow {
    ToolSpecRow(const char *toolId, const char *toolState, int reportCount = 0,
                const QStringList &identifiers = {}, const char *decision = "RAY_USAGE_STATS_ENABLED=1")
        : id(toolId)
        , state(toolState)
        , reports(reportCount)
        , ids(identifiers)
        , decided(decision)
    { }
    const char *id;
    const char *state;
    int reports;
    QStringList ids;
    const char *decided;
};

// An audit report as `audit --format json` writes it, with one account and the given tools.
QByteArray report(const QString &user, const QList<ToolSpecRow> &tools, const QStringList &userWarnings = {})
{
    using Json = nlohmann::json;
    const std::string name = user.toStdString();
    Json toolList = Json::array();
    for (const ToolSpecRow &t : tools) {
        Json ids = Json::array();
        for (const QString &i : t.ids)
            ids.push_back({ { "kind", i.section(QLatin1Char('='), 0, 0).toStdString() },
                            { "value", i.section(QLatin1Char('='), 1).toStdString() } });
        toolList.push_back({ { "id", t.id },
                             { "name", QString::fromLatin1(t.id).toUpper().toStdString() },
                             { "state", t.state },
                             { "decided_by",
                               { { "kind", "env" },
                                 { "text", t.decided },
                                 { "file", "/home/" + name + "/.bashrc" },
                                 { "line", 3 } } },
                             { "warnings", Json::array() },
                             { "identifiers", ids },
                             { "reports", t.reports } });
    }
    Json warnings = Json::array();
    for (const QString &w : userWarnings)
        warnings.push_back({ { "code", "x" }, { "message", w.toStdString() } });
    const Json doc { { "schema_version", 1 },
                     { "generated_at", "2026-12-01T10:00:00Z" },
                     { "users",
                       Json::array({ { { "user", name },
                                       { "home", "/home/" + name },
                                       { "tools", toolList },
                                       { "warnings", warnings } } }) },
                     { "machine", { { "hostname", "box" } } } };
    return QByteArray::fromStdString(doc.dump());
}

AuditSnapshot snapshot(const QByteArray &json, const QString &source = QStringLiteral("r.json"))
{
    AuditSnapshot s;
    QString error;
    if (!AuditSnapshot::parse(json, source, &s, &error))
        qWarning("%s", qPrintable(error));
    return s;
}

} // namespace

// Merging audit reports of many machines, comparing two audits of one, and the metrics format.
class TestFleet final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void rejectsWhatIsNotAnAuditReport_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ users: ") << QStringLiteral("web1.json is not JSON");
        QTest::newRow("other json") << QByteArray("{\"name\": \"x\"}")
                                    << QStringLiteral("web1.json is not a Telemetry Lens audit report");
        QTest::newRow("array") << QByteArray("[1, 2]")
                               << QStringLiteral("web1.json is not a Telemetry Lens audit report");
        QTest::newRow("newer schema")
            << QByteArray("{\"schema_version\": 2, \"users\": []}") << QStringLiteral("schema version 2");
        QTest::newRow("unknown state") << QByteArray(
            "{\"schema_version\": 1, \"users\": [{\"user\": \"a\", \"tools\": [{\"id\": \"ray\", "
            "\"state\": \"maybe\"}]}]}")
                                       << QStringLiteral("a tool of account a has no id or no known state");
    }
    void rejectsWhatIsNotAnAuditReport()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        AuditSnapshot s;
        QString error;
        QVERIFY(!AuditSnapshot::parse(data, QStringLiteral("web1.json"), &s, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void mergesHostsCollectingFirst()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(QStringLiteral("alpha.json"),
              report(QStringLiteral("ann"), { { "ray", "disabled" }, { "rasa", "disabled" } }));
        write(QStringLiteral("beta.json"),
              report(QStringLiteral("bob"),
                     { { "ray", "enabled", 4, { QStringLiteral("session_id=s1") } },
                       { "rasa", "misconfigured" } },
                     { QStringLiteral("zsh and bash disagree") }));
        write(QStringLiteral("notes.txt"), "not a report");
        FleetReport fleet;
        QStringList errors;
        QVERIFY2(fleet.load({ dir.path() }, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(fleet.hosts().size(), 2);
        QCOMPARE(fleet.hosts().at(0).name, QStringLiteral("beta"));
        QCOMPARE(fleet.hosts().at(1).name, QStringLiteral("alpha"));
        QCOMPARE(fleet.collectingHosts(), 1);
        QCOMPARE(fleet.tools().size(), 2);
        const FleetTool &ray = fleet.tools().at(0);
        QCOMPARE(ray.id, QStringLiteral("ray"));
        QCOMPARE(ray.collecting, 1);
        QCOMPARE(ray.off, 1);
        QCOMPARE(ray.reports, 4);
        QCOMPARE(ray.identifiers, 1);
        QCOMPARE(fleet.tools().at(1).misconfigured, 1);

        const QString text = fleet.toText();
        QVERIFY2(text.contains(QStringLiteral("2 hosts, 1 with a collecting tool")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("beta   ● 1/1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("bob: zsh and bash disagree")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("RAY: collecting on 1, misconfigured on 0, off on 1 of 2 hosts")),
            qPrintable(text));

        const QJsonObject json = QJsonDocument::fromJson(fleet.toJson()).object();
        const QJsonArray hosts = json.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.at(0).toObject().value(QStringLiteral("collecting")).toArray(),
                 QJsonArray { QStringLiteral("ray") });
        QCOMPARE(hosts.at(1)
                     .toObject()
                     .value(QStringLiteral("tools"))
                     .toObject()
                     .value(QStringLiteral("ray"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("disabled"));
        const QString csv = QString::fromUtf8(fleet.toCsv());
        QVERIFY2(csv.contains(QStringLiteral("beta,ray,enabled,1,1,0,4,1,bob: zsh and bash disagree\r\n")),
                 qPrintable(csv));
        const QString html = QString::fromUtf8(fleet.toHtml());
        QVERIFY2(html.contains(QStringLiteral("<td class=\"enabled\">Collecting (1 of 1 account)</td>")),
                 qPrintable(html));

        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(fleet);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, 1).data(FleetModel::StateRole).toInt(), int(State::Enabled));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("Off"));
        QCOMPARE(model.index(0, 3).data().toInt(), 1);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("RAY (collecting on 1 of 2 hosts)"));
    }

    void namesTheBadFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("web1.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"hello\": 1}");
        f.close();
        FleetReport fleet;
        QStringList errors;
        QVERIFY(!fleet.load({ dir.path(), dir.filePath(QStringLiteral("gone.json")) }, &errors));
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QStringLiteral("gone.json does not exist")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(
            errors.at(1).contains(f.fileName() + QStringLiteral(" is not a Telemetry Lens audit report")),
            qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(fleet.hosts().isEmpty());
    }

    void driftBetweenTwoAudits_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<bool>("started");
        const QString a = QStringLiteral("alice");
        QTest::newRow("nothing") << report(a, { { "ray", "disabled" } })
                                 << report(a, { { "ray", "disabled" } }) << QStringList {} << false;
        QTest::newRow("started collecting")
            << report(a, { { "ray", "disabled" } }) << report(a, { { "ray", "enabled" } })
            << QStringList { QStringLiteral("started_collecting") } << true;
        QTest::newRow("stopped") << report(a, { { "ray", "enabled" } })
                                 << report(a, { { "ray", "disabled" } })
                                 << QStringList { QStringLiteral("stopped_collecting") } << false;
        QTest::newRow("new identifier and reports")
            << report(a, { { "ray", "disabled", 1, { QStringLiteral("session_id=s1") } } })
            << report(a,
                      { { "ray",
                          "disabled",
                          3,
                          { QStringLiteral("session_id=s1"), QStringLiteral("session_id=s2") } } })
            << QStringList { QStringLiteral("new_identifier"), QStringLiteral("new_reports") } << false;
        QTest::newRow("setting changed")
            << report(a, { { "ray", "disabled", 0, {}, "RAY_USAGE_STATS_ENABLED=0" } })
            << report(a, { { "ray", "disabled", 0, {}, "usage_stats: false" } })
            << QStringList { QStringLiteral("setting_changed") } << false;
        QTest::newRow("tool gone") << report(a, { { "ray", "disabled" }, { "rasa", "disabled" } })
                                   << report(a, { { "ray", "disabled" } })
                                   << QStringList { QStringLiteral("tool_gone") } << false;
        QTest::newRow("new collecting tool") << report(a, { { "ray", "disabled" } })
                                             << report(a, { { "ray", "disabled" }, { "rasa", "enabled" } })
                                             << QStringList { QStringLiteral("started_collecting") } << true;
        QTest::newRow("new account") << report(a, { { "ray", "disabled" } })
                                     << report(QStringLiteral("bob"), { { "ray", "enabled" } })
                                     << QStringList { QStringLiteral("account_added"),
                                                      QStringLiteral("started_collecting"),
                                                      QStringLiteral("account_gone") }
                                     << true;
    }
    void driftBetweenTwoAudits()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QStringList, kinds);
        QFETCH(bool, started);
        const AuditSnapshot was = snapshot(before, QStringLiteral("previous.json"));
        const QList<DriftChange> changes = AuditDrift::compare(was, snapshot(after));
        QStringList got;
        for (const DriftChange &c : changes)
            got.append(AuditDrift::kindName(c.kind));
        QCOMPARE(got, kinds);
        QCOMPARE(AuditDrift::anyStartedCollecting(changes), started);
        const QString text = AuditDrift::toText(changes, was);
        QVERIFY2(text.contains(changes.isEmpty() ? QStringLiteral("Nothing changed since previous.json")
                                                 : QStringLiteral("since previous.json")),
                 qPrintable(text));
        const QJsonObject json = QJsonDocument::fromJson(AuditDrift::toJson(changes, was)).object();
        QCOMPARE(json.value(QStringLiteral("started_collecting")).toBool(), started);
        QCOMPARE(json.value(QStringLiteral("changes")).toArray().size(), changes.size());
    }

    void driftSentenceNamesToolAccountAndSetting()
    {
        const QString a = QStringLiteral("alice");
        const QList<DriftChange> changes = AuditDrift::compare(snapshot(report(a, { { "ray", "disabled" } })),
                                                               snapshot(report(a, { { "ray", "enabled" } })));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().message,
                 QStringLiteral("RAY started collecting for alice, decided by RAY_USAGE_STATS_ENABLED=1 "
                                "(/home/alice/.bashrc:3)."));
    }

    void openMetricsFormat()
    {
        ScanResult result;
        UserScan user;
        user.account.name = QStringLiteral("o\"dd\\user\n");
        ToolStatus ray;
        ray.toolId = QStringLiteral("ray");
        ray.state = State::Enabled;
        Identifier session;
        session.kind = QStringLiteral("session_id");
        session.value = QStringLiteral("s1");
        ray.identifiers = { session };
        ToolStatus rasa;
        rasa.toolId = QStringLiteral("rasa");
        rasa.state = State::Misconfigured;
        user.tools = { ray, rasa };
        result.users = { user };
        result.elapsedMs = 1250;
        const QString text = QString::fromUtf8(OpenMetricsReport::render(result, 1764583200123));
        const QString labels = QStringLiteral("{user=\"o\\\"dd\\\\user\\n\",tool=\"ray\"}");
        QVERIFY2(
            text.contains(QStringLiteral("telemetry_lens_tool_collecting") + labels + QStringLiteral(" 1\n")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("telemetry_lens_tool_identifiers") + labels
                               + QStringLiteral(" 1\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                     "telemetry_lens_tool_misconfigured{user=\"o\\\"dd\\\\user\\n\",tool=\"rasa\"} 1\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("telemetry_lens_audit_timestamp_seconds 1764583200.123\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("telemetry_lens_audit_duration_seconds 1.250\n")),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("\n# EOF\n")), qPrintable(text));
        // Every family is declared before its samples, with a type and a help text.
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QString name = line.section(QRegularExpression(QStringLiteral("[{ ]")), 0, 0);
            QVERIFY2(text.indexOf(QStringLiteral("# TYPE ") + name + QStringLiteral(" gauge"))
                         < text.indexOf(line),
                     qPrintable(line));
            QVERIFY2(text.contains(QStringLiteral("# HELP ") + name + QLatin1Char(' ')), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "testfleet.moc"

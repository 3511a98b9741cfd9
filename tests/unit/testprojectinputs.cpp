#include "catalog/catalog.h"
#include "env/envreport.h"
#include "fs/rootfs.h"
#include "report/auditreport.h"
#include "resolve/resolver.h"
#include "scan/scanner.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tlens;

// Project-level settings (a Kedro project's .telemetry, a Great Expectations project's
// great_expectations.yml, a Streamlit project's .streamlit/config.toml) are conditional inputs: each
// is judged inside its project and listed, and none of them decides the state in the home folder.
class TestProjectInputs final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UserAccount m_user { QStringLiteral("u"), 1000, QStringLiteral("/home/u"), QStringLiteral("/bin/bash") };
    const QString m_project = QStringLiteral("/home/u/code/proj");

    void write(const QString &inner, const QByteArray &data)
    {
        const QString host = m_dir.path() + inner;
        QDir().mkpath(QFileInfo(host).path());
        QFile f(host);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }

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

    static bool hasWarning(const ToolStatus &s, const QString &code)
    {
        return std::any_of(s.warnings.cbegin(), s.warnings.cend(),
                           [&code](const Warning &w) { return w.code == code; });
    }

    static QList<Input> conditional(const ToolStatus &s)
    {
        QList<Input> out;
        for (const Input &in : s.inputs) {
            if (!in.project.isEmpty())
                out.append(in);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path() + QStringLiteral("/home/u"));
    }

    void projectFile_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("file"); // relative to the project
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("homeState");
        QTest::addColumn<QString>("effect"); // of the project file inside its project
        QTest::addColumn<QString>("warning"); // a warning code that must be present, or empty
        QTest::addColumn<QString>("noteHas"); // part of the conditional input's note

        const QString applies = QStringLiteral("Applies inside /home/u/code/proj");
        QTest::newRow("kedro consent false") << "kedro"
                                             << ".telemetry" << QByteArray("consent: false") << ""
                                             << "enabled"
                                             << "disables"
                                             << "" << QString(applies + QStringLiteral(": off there."));
        QTest::newRow("kedro PyYAML 1.1 no") << "kedro"
                                             << ".telemetry" << QByteArray("consent: no\n") << ""
                                             << "enabled"
                                             << "disables"
                                             << "" << applies;
        QTest::newRow("kedro consent true") << "kedro"
                                            << ".telemetry" << QByteArray("consent: true") << ""
                                            << "enabled"
                                            << "enables"
                                            << "" << QString(applies + QStringLiteral(": collecting there."));
        QTest::newRow("kedro quoted false counts as consent")
            << "kedro"
            << ".telemetry" << QByteArray("consent: 'false'\n") << ""
            << "enabled"
            << "none"
            << "invalid-project-consent"
            << "counts it as consent";
        QTest::newRow("kedro missing key") << "kedro"
                                           << ".telemetry" << QByteArray("agree: false\n") << ""
                                           << "enabled"
                                           << "none"
                                           << "invalid-project-consent" << applies;
        QTest::newRow("kedro malformed YAML fails inside the project")
            << "kedro"
            << ".telemetry" << QByteArray("consent: [false\n") << ""
            << "enabled"
            << "invalid"
            << "malformed-project-config" << QString(applies + QStringLiteral(": Kedro fails there."));
        QTest::newRow("kedro variable decides inside projects too")
            << "kedro"
            << ".telemetry" << QByteArray("consent: true") << "KEDRO_DISABLE_TELEMETRY=1"
            << "disabled"
            << "enables"
            << ""
            << "KEDRO_DISABLE_TELEMETRY=1 decides first there too";
        QTest::newRow("gx project true beats the variable")
            << "great-expectations"
            << "gx/great_expectations.yml" << QByteArray("config_version: 4\nanalytics_enabled: true\n")
            << "GX_ANALYTICS_ENABLED=false"
            << "disabled"
            << "enables"
            << "project-enables" << QString(applies + QStringLiteral(": collecting there."));
        QTest::newRow("gx project false")
            << "great-expectations"
            << "great_expectations.yml" << QByteArray("analytics_enabled: false\n") << ""
            << "enabled"
            << "disables"
            << "" << QString(applies + QStringLiteral(": off there."));
        QTest::newRow("gx YAML 1.2 string no is marshmallow false")
            << "great-expectations"
            << "gx/great_expectations.yml" << QByteArray("analytics_enabled: no\n") << ""
            << "enabled"
            << "disables"
            << "" << applies;
        QTest::newRow("gx null defers to the variable")
            << "great-expectations"
            << "gx/great_expectations.yml" << QByteArray("analytics_enabled: null\n") << ""
            << "enabled"
            << "none"
            << ""
            << "null leaves the decision";
        QTest::newRow("gx not a boolean")
            << "great-expectations"
            << "gx/great_expectations.yml" << QByteArray("analytics_enabled: maybe\n") << ""
            << "enabled"
            << "invalid"
            << ""
            << "fails to load";
        QTest::newRow("streamlit project false")
            << "streamlit"
            << ".streamlit/config.toml" << QByteArray("[browser]\ngatherUsageStats = false\n") << ""
            << "enabled"
            << "disables"
            << "" << QString(applies + QStringLiteral(": off there."));
        QTest::newRow("streamlit quoted false is true")
            << "streamlit"
            << ".streamlit/config.toml" << QByteArray("[browser]\ngatherUsageStats = \"false\"\n") << ""
            << "enabled"
            << "enables"
            << "quoted-boolean" << applies;
        QTest::newRow("streamlit variable beats the project file")
            << "streamlit"
            << ".streamlit/config.toml" << QByteArray("[browser]\ngatherUsageStats = true\n")
            << "STREAMLIT_BROWSER_GATHER_USAGE_STATS=false"
            << "disabled"
            << "enables"
            << ""
            << "decides first there too";
    }

    void projectFile()
    {
        QFETCH(QString, tool);
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, env);
        QFETCH(QString, homeState);
        QFETCH(QString, effect);
        QFETCH(QString, warning);
        QFETCH(QString, noteHas);
        write(m_project + QLatin1Char('/') + file, content);
        const RootFs fs(m_dir.path());
        const ToolSpec &spec = *Catalog::instance().tool(tool);
        const ToolStatus withProject = Resolver(fs).resolve(spec, m_user, envFrom(env), { m_project });
        const ToolStatus without = Resolver(fs).resolve(spec, m_user, envFrom(env));

        // The home folder's state is the same with or without the project.
        QCOMPARE(stateName(withProject.state), homeState);
        QCOMPARE(stateName(without.state), homeState);
        QCOMPARE(withProject.decidedBy.text, without.decidedBy.text);
        QVERIFY(conditional(without).isEmpty());

        const QList<Input> found = conditional(withProject);
        QCOMPARE(found.size(), 1);
        const Input &in = found.first();
        QCOMPARE(in.role, InputRole::Conditional);
        QCOMPARE(in.project, m_project);
        QCOMPARE(in.file, m_project + QLatin1Char('/') + file);
        QCOMPARE(in.effect, effect);
        QVERIFY2(in.note.contains(noteHas), qPrintable(in.note));
        // The explanation names the projects where a project file applies instead.
        const bool beaten = in.note.contains(QStringLiteral("decides first there too"));
        QCOMPARE(withProject.explanation.contains(QStringLiteral("1 project folder")), !beaten);
        if (!warning.isEmpty())
            QVERIFY2(hasWarning(withProject, warning), qPrintable(warning));
        QVERIFY(!hasWarning(without, QStringLiteral("invalid-project-consent")));
    }

    void projectsWithoutFilesAddNothing()
    {
        QDir().mkpath(m_dir.path() + m_project);
        const RootFs fs(m_dir.path());
        const ToolStatus s = Resolver(fs).resolve(*Catalog::instance().tool(QStringLiteral("kedro")), m_user,
                                                  EnvReport(), { m_project });
        QVERIFY(conditional(s).isEmpty());
        QCOMPARE(s.explanation,
                 Resolver(fs)
                     .resolve(*Catalog::instance().tool(QStringLiteral("kedro")), m_user, EnvReport())
                     .explanation);
    }

    // A whole scan finds the projects below the home and lists their files in the JSON, with the
    // project path, while the state stays the home folder's.
    void scanListsProjectInputs()
    {
        write(QStringLiteral("/home/u/code/proj/.telemetry"), "consent: false");
        write(QStringLiteral("/home/u/code/other/gx/great_expectations.yml"), "analytics_enabled: false\n");
        write(QStringLiteral("/home/u/a/b/c/deep/.telemetry"), "consent: false"); // four levels down
        write(QStringLiteral("/home/u/.profile"), "");
        ScanOptions options;
        options.root = m_dir.path();
        options.home = QStringLiteral("/home/u");
        options.liveEnvironment = false;
        const ScanResult result = Scanner::scan(options);
        QCOMPARE(result.users.size(), 1);
        QCOMPARE(result.users.first().projects,
                 (QStringList { QStringLiteral("/home/u/code/other"), QStringLiteral("/home/u/code/proj") }));
        const QJsonObject doc = QJsonDocument::fromJson(AuditReport(result).toJson()).object();
        const QJsonArray tools = doc.value(QStringLiteral("users"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("tools"))
                                     .toArray();
        QStringList seen;
        for (const QJsonValue &tv : tools) {
            const QJsonObject t = tv.toObject();
            const QString id = t.value(QStringLiteral("id")).toString();
            if (id != QLatin1String("kedro") && id != QLatin1String("great-expectations"))
                continue;
            QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
            const QJsonArray inputs = t.value(QStringLiteral("inputs")).toArray();
            for (const QJsonValue &iv : inputs) {
                const QJsonObject in = iv.toObject();
                if (in.value(QStringLiteral("scope")).toString() != QLatin1String("project"))
                    continue;
                QCOMPARE(in.value(QStringLiteral("role")).toString(), QStringLiteral("conditional"));
                QCOMPARE(in.value(QStringLiteral("effect")).toString(), QStringLiteral("disables"));
                seen.append(id + QLatin1Char(' ') + in.value(QStringLiteral("project")).toString());
            }
        }
        seen.sort();
        QCOMPARE(seen,
                 (QStringList { QStringLiteral("great-expectations /home/u/code/other"),
                                QStringLiteral("kedro /home/u/code/proj") }));
    }
};

QTEST_GUILESS_MAIN(TestProjectInputs)
#include "testprojectinputs.moc"

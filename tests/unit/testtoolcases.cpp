#include "catalog/catalog.h"
#include "discovery/discovery.h"
#include "discovery/recordreader.h"
#include "env/envsources.h"
#include "fs/rootfs.h"
#include "optout/envblockeditor.h"
#include "optout/optoutplanner.h"
#include "resolve/resolver.h"
#include "resolve/versionrules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tlens;

// The spec's cases for each catalog tool, as data: tests/fixtures/toolcases/<tool>.json. Each case
// gives the start-up file and the files of a home, and what a user must see: the state, the input
// that decided it, warnings, identifiers (with what they reveal), records, and that no secret is
// shown. Each tool's file also names its opt-out, which is planned, written into the home and
// re-resolved: the tool must then be off, decided by what was written.
class TestToolCases final : public QObject {
    Q_OBJECT

private:
    UserAccount m_user { QStringLiteral("u"), 1000, QStringLiteral("/home/u"), QStringLiteral("/bin/bash") };

    static QString inner(const QString &path)
    {
        return path.startsWith(QLatin1String("~/")) ? QStringLiteral("/home/u") + path.mid(1) : path;
    }

    static bool write(const QString &root, const QString &path, const QByteArray &data)
    {
        const QString host = root + inner(path);
        QDir().mkpath(QFileInfo(host).path());
        QFile f(host);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

    static QJsonArray allCases()
    {
        QJsonArray out;
        const QDir dir(QStringLiteral(TLENS_TEST_FIXTURES "/toolcases"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(f.fileName()));
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
            if (!doc.isObject())
                qFatal("%s: %s", qPrintable(f.fileName()), qPrintable(error.errorString()));
            const QString tool = doc.object().value(QLatin1String("tool")).toString();
            const QJsonArray cases = doc.object().value(QLatin1String("cases")).toArray();
            for (const QJsonValue &c : cases) {
                QJsonObject o = c.toObject();
                o.insert(QStringLiteral("tool"), tool);
                out.append(o);
            }
            QJsonObject optOut = doc.object().value(QLatin1String("opt_out")).toObject();
            if (!optOut.isEmpty()) {
                optOut.insert(QStringLiteral("tool"), tool);
                optOut.insert(QStringLiteral("opt_out_case"), true);
                out.append(optOut);
            }
        }
        return out;
    }

    struct Home {
        QTemporaryDir dir;
        bool ok = true;
    };

    void prepare(Home &home, const QJsonObject &c)
    {
        QVERIFY(home.dir.isValid());
        QVERIFY(QDir().mkpath(home.dir.path() + QStringLiteral("/home/u")));
        QVERIFY(write(home.dir.path(), QStringLiteral("/etc/passwd"), "u:x:1000:1000::/home/u:/bin/bash\n"));
        QVERIFY(write(home.dir.path(), QStringLiteral("~/.profile"),
                      c.value(QLatin1String("profile")).toString().toUtf8()));
        const QJsonObject files = c.value(QLatin1String("files")).toObject();
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            QVERIFY2(write(home.dir.path(), it.key(), it.value().toString().toUtf8()), qPrintable(it.key()));
    }

    static QString describe(const ToolStatus &s)
    {
        QString out = stateName(s.state) + QStringLiteral(" by ") + s.decidedBy.key + QStringLiteral(" (")
            + s.explanation + QStringLiteral(")\n");
        for (const Input &in : s.inputs)
            out += QStringLiteral("  ") + roleName(in.role) + QLatin1Char(' ') + in.text
                + QStringLiteral(" - ") + in.note + QLatin1Char('\n');
        for (const Warning &w : s.warnings)
            out += QStringLiteral("  warning ") + w.code + QStringLiteral(": ") + w.message
                + QLatin1Char('\n');
        return out;
    }

private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        const QJsonArray cases = allCases();
        QVERIFY2(!cases.isEmpty(), "no tool cases found");
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            const QString name = o.value(QLatin1String("opt_out_case")).toBool()
                ? QStringLiteral("opt-out")
                : o.value(QLatin1String("name")).toString();
            QTest::newRow(qPrintable(o.value(QLatin1String("tool")).toString() + QLatin1Char(':') + name))
                << o;
        }
    }

    void cases()
    {
        QFETCH(QJsonObject, spec);
        const ToolSpec *tool = Catalog::instance().tool(spec.value(QLatin1String("tool")).toString());
        QVERIFY2(tool, "the tool must be in the catalog");
        Home home;
        prepare(home, spec);
        RootFs fs(home.dir.path());
        EnvReport env = EnvSources(fs).read(m_user);

        if (spec.value(QLatin1String("opt_out_case")).toBool()) {
            const OptOutPlanner planner(fs, m_user, env);
            const OptOutPlan plan = planner.planDisable({ tool->id });
            QVERIFY2(!plan.hasErrors(), "the opt-out must plan without errors");
            const QJsonObject block = spec.value(QLatin1String("profile_block")).toObject();
            const FileChange *profile = plan.change(QStringLiteral("/home/u/.profile"));
            QVERIFY2(block.isEmpty() || (profile && profile->newBytes), "the opt-out must change ~/.profile");
            for (auto it = block.constBegin(); it != block.constEnd(); ++it)
                QCOMPARE(
                    EnvBlockEditor::blockValue(*profile->newBytes, EnvBlockEditor::Syntax::Posix, it.key()),
                    std::optional<QString>(it.value().toString()));
            for (const FileChange &c : plan.changes) {
                if (c.newBytes)
                    QVERIFY(write(home.dir.path(), c.path, *c.newBytes));
            }
            const QJsonObject keeps = spec.value(QLatin1String("keeps")).toObject();
            for (auto it = keeps.constBegin(); it != keeps.constEnd(); ++it) {
                QFile f(home.dir.path() + inner(it.key()));
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(it.key()));
                const QByteArray written = f.readAll();
                for (const QJsonValue &line : it.value().toArray())
                    QVERIFY2(written.contains(line.toString().toUtf8()),
                             qPrintable(QStringLiteral("lost \"%1\" in:\n").arg(line.toString())
                                        + QString::fromUtf8(written)));
            }
            env = EnvSources(fs).read(m_user);
            const ToolStatus after = Resolver(fs).resolve(*tool, m_user, env);
            QVERIFY2(after.state == State::Disabled, qPrintable(describe(after)));
            QCOMPARE(after.decidedBy.key, spec.value(QLatin1String("decided_by")).toString());
            const OptOutPlan again = OptOutPlanner(fs, m_user, env).planDisable({ tool->id });
            QVERIFY2(again.changes.isEmpty(), "a second opt-out must change nothing");
            return;
        }

        ToolStatus status = Resolver(fs).resolve(*tool, m_user, env);
        // "installed": distributions in the user site, as "name-version"; the scanner then applies the
        // version rules (no telemetry from a version on).
        for (const QJsonValue &d : spec.value(QLatin1String("installed")).toArray()) {
            QVERIFY(QDir().mkpath(home.dir.path()
                                  + QStringLiteral("/home/u/.local/lib/python3.12/site-packages/")
                                  + d.toString() + QStringLiteral(".dist-info")));
        }
        status.installations = Discovery(fs).installations(*tool, &m_user);
        QCOMPARE(status.installations.size(), spec.value(QLatin1String("installed")).toArray().size());
        VersionRules::apply(*tool, status.installations, &status);
        const QString text = describe(status);
        QCOMPARE(stateName(status.state), spec.value(QLatin1String("state")).toString());
        const QString decided = spec.value(QLatin1String("decided_by")).toString();
        QVERIFY2(decided == QLatin1String("default") ? status.decidedBy.kind == QLatin1String("default")
                                                     : status.decidedBy.key == decided,
                 qPrintable(text));
        QVERIFY2(!status.explanation.isEmpty(), "every state has a one-sentence explanation");
        for (const QJsonValue &w : spec.value(QLatin1String("warnings")).toArray()) {
            const bool found = std::any_of(status.warnings.cbegin(), status.warnings.cend(),
                                           [&w](const Warning &x) { return x.code == w.toString(); });
            QVERIFY2(found, qPrintable(QStringLiteral("warning %1 missing:\n").arg(w.toString()) + text));
        }
        for (const QJsonValue &r : spec.value(QLatin1String("roles")).toArray()) {
            // "KEY=role": an input of that key with that role
            const QString key = r.toString().section(QLatin1Char('='), 0, 0);
            const QString role = r.toString().section(QLatin1Char('='), 1);
            const bool found
                = std::any_of(status.inputs.cbegin(), status.inputs.cend(),
                              [&](const Input &in) { return in.key == key && roleName(in.role) == role; });
            QVERIFY2(found, qPrintable(QStringLiteral("no %1 input %2:\n").arg(role, key) + text));
        }

        // "input_files": the settings files the inputs name (where the tool reads or would create them).
        for (const QJsonValue &f : spec.value(QLatin1String("input_files")).toArray()) {
            const bool found = std::any_of(status.inputs.cbegin(), status.inputs.cend(),
                                           [&f](const Input &in) { return in.file == inner(f.toString()); });
            QVERIFY2(found, qPrintable(QStringLiteral("no input names %1:\n").arg(f.toString()) + text));
        }

        DiscoveredData data = Discovery(fs).userFiles(*tool, m_user, env);
        RecordReader(fs).readInstalled(*tool, status.installations, &data);
        const QJsonObject ids = spec.value(QLatin1String("identifiers")).toObject();
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
            const bool found
                = std::any_of(data.identifiers.cbegin(), data.identifiers.cend(), [&](const Identifier &i) {
                      return i.kind == it.key() && i.value == it.value().toString() && !i.reveals.isEmpty();
                  });
            QVERIFY2(found, qPrintable(QStringLiteral("identifier %1 missing").arg(it.key())));
        }
        if (spec.contains(QLatin1String("identifiers")))
            QCOMPARE(data.identifiers.size(), ids.size());
        for (const QJsonValue &a : spec.value(QLatin1String("records")).toArray()) {
            const bool found = std::any_of(data.artifacts.cbegin(), data.artifacts.cend(),
                                           [&a](const Artifact &x) { return x.path == inner(a.toString()); });
            QVERIFY2(found, qPrintable(QStringLiteral("record %1 missing").arg(a.toString())));
        }
        for (const QJsonValue &w : spec.value(QLatin1String("record_warnings")).toArray()) {
            const bool found = std::any_of(data.warnings.cbegin(), data.warnings.cend(),
                                           [&w](const Warning &x) { return x.code == w.toString(); })
                || std::any_of(data.findings.cbegin(), data.findings.cend(),
                               [&w](const Finding &x) { return x.code == w.toString(); });
            QVERIFY2(found, qPrintable(QStringLiteral("record warning %1 missing").arg(w.toString())));
        }
        const QString secret = spec.value(QLatin1String("secret")).toString();
        if (!secret.isEmpty()) {
            QVERIFY2(!text.contains(secret), "a secret must never be shown");
            for (const Identifier &i : data.identifiers)
                QVERIFY2(!i.value.contains(secret), "a secret must never be shown");
        }
    }
};

QTEST_GUILESS_MAIN(TestToolCases)
#include "testtoolcases.moc"

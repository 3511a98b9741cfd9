#include "testutil.h"

#include "catalog/catalog.h"
#include "env/envsources.h"
#include "formats/inidocument.h"
#include "fs/rootfs.h"
#include "optout/envblockeditor.h"
#include "optout/fileoptoutwriters.h"
#include "optout/optoutplanner.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace tlens;
using tlens::test::FixtureCopy;

namespace {

UserAccount account(const QString &name, const QString &shell)
{
    UserAccount u;
    u.name = name;
    u.uid = 1000;
    u.home = QStringLiteral("/home/") + name;
    u.shell = shell;
    return u;
}

EnvAssignment assignment(const QString &key, const QString &value, const QString &file, int line)
{
    EnvAssignment a;
    a.key = key;
    a.value = value;
    a.raw = value;
    a.file = file;
    a.line = line;
    a.context = QStringLiteral("login");
    return a;
}

// The tools the workstation image was made for; the catalog holds more.
QStringList workstationTools()
{
    return { QStringLiteral("ray"), QStringLiteral("skyplane"), QStringLiteral("mlflow"),
             QStringLiteral("rasa") };
}

QString statusName(ToolOutcome::Status s)
{
    switch (s) {
    case ToolOutcome::Status::Planned:
        return QStringLiteral("planned");
    case ToolOutcome::Status::AlreadyDone:
        return QStringLiteral("already");
    case ToolOutcome::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString describe(const OptOutPlan &plan)
{
    QString out;
    for (const ToolOutcome &t : plan.tools)
        out += t.toolId + QLatin1Char('=') + statusName(t.status) + QLatin1Char(' ') + t.error
            + QLatin1Char('\n');
    for (const FileChange &c : plan.changes)
        out += c.path + QStringLiteral(" -> ") + c.target + QLatin1Char('\n');
    return out;
}

QStringList changedPaths(const OptOutPlan &plan)
{
    QStringList paths;
    for (const FileChange &c : plan.changes)
        paths.append(c.path);
    paths.sort();
    return paths;
}

} // namespace

class TestOptOutPlanner final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A tool whose opt-out names a writer that does not exist could never be switched off.
    void everyFileOptOutHasItsWriter()
    {
        for (const ToolSpec &tool : Catalog::instance().tools()) {
            if (!tool.optOut.file.isSet())
                continue;
            QVERIFY2(FileOptOutWriters::find(tool.optOut.file.writer),
                     qPrintable(tool.id + QStringLiteral(": no writer ") + tool.optOut.file.writer));
        }
        QVERIFY(FileOptOutWriters::names().contains(QStringLiteral("json-key")));
    }

    void workstationDisableAll();
    void secretsNeverShown();
    void envFilesPerShell_data();
    void envFilesPerShell();
    void zshenvFollowsZdotdir();
    void configPathFollowsEnvironment_data();
    void configPathFollowsEnvironment();
    void malformedFileFailsOnlyItsTool_data();
    void malformedFileFailsOnlyItsTool();
    void symlinks_data();
    void symlinks();
    void enableRemovesOnlyOurs();
    void enableNamesOutsideOptOut();
    void systemScope();
    void fixOverride();
    void fixOverrideRefusesManagedBlock();
    void unknownTool();
};

void TestOptOutPlanner::workstationDisableAll()
{
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    const RootFs fs(copy.root());
    const OptOutPlanner planner(fs, account(QStringLiteral("alice"), QStringLiteral("/bin/bash")),
                                EnvReport());
    const OptOutPlan plan = planner.planDisable(workstationTools());
    QVERIFY2(!plan.hasErrors(), qPrintable(describe(plan)));

    // Alice's Ray config and Skyplane INI already hold the opt-out: nothing to change for them.
    QCOMPARE(plan.tool(QStringLiteral("ray"))->status, ToolOutcome::Status::AlreadyDone);
    QCOMPARE(plan.tool(QStringLiteral("skyplane"))->status, ToolOutcome::Status::AlreadyDone);
    QCOMPARE(plan.tool(QStringLiteral("mlflow"))->status, ToolOutcome::Status::Planned);
    QCOMPARE(plan.tool(QStringLiteral("rasa"))->status, ToolOutcome::Status::Planned);
    QCOMPARE(changedPaths(plan),
             QStringList({ QStringLiteral("/home/alice/.config/environment.d/60-telemetry-lens.conf"),
                           QStringLiteral("/home/alice/.config/rasa/global.yml"),
                           QStringLiteral("/home/alice/.profile") }));

    const FileChange *profile = plan.change(QStringLiteral("/home/alice/.profile"));
    QVERIFY(profile && profile->oldBytes && profile->newBytes);
    QVERIFY2(profile->newBytes->startsWith(*profile->oldBytes),
             "lines outside the block must stay as they are");
    QCOMPARE(EnvBlockEditor::blockValue(*profile->newBytes, EnvBlockEditor::Syntax::Posix,
                                        QStringLiteral("MLFLOW_DISABLE_TELEMETRY")),
             std::optional<QString>(QStringLiteral("true")));
    QVERIFY2(profile->diff.contains(QLatin1String("+export MLFLOW_DISABLE_TELEMETRY=true")),
             qPrintable(profile->diff));
    QVERIFY(!profile->reasons.isEmpty() && profile->toolIds == QStringList { QStringLiteral("mlflow") });

    const FileChange *envd
        = plan.change(QStringLiteral("/home/alice/.config/environment.d/60-telemetry-lens.conf"));
    QVERIFY(envd && envd->creates() && envd->diff.startsWith(QLatin1String("--- /dev/null")));

    const FileChange *rasa = plan.change(QStringLiteral("/home/alice/.config/rasa/global.yml"));
    QVERIFY(rasa && rasa->newBytes);
    const YAML::Node yaml = YAML::Load(rasa->newBytes->toStdString());
    QVERIFY(yaml["metrics"]["enabled"].Tag() == "?" && yaml["metrics"]["enabled"].Scalar() == "false");
    QVERIFY(yaml["metrics"]["rasa_user_id"].Scalar() == "3f9a1c0e6b7d4e2a9c8b5d4e3f2a1b0c");

    // The overlay is keyed by resolved inner path, as RootFs::setOverlay wants it.
    const QHash<QString, QByteArray> overlay = plan.overlay();
    QCOMPARE(overlay.size(), 3);
    QCOMPARE(overlay.value(QStringLiteral("/home/alice/.profile")), *profile->newBytes);
    RootFs planned(copy.root());
    planned.setOverlay(overlay);
    QCOMPARE(planned.readFile(QStringLiteral("/home/alice/.config/rasa/global.yml")).data, *rasa->newBytes);

    // Nothing was written while planning.
    QCOMPARE(copy.read(QStringLiteral("/home/alice/.profile")), *profile->oldBytes);
    QVERIFY(!QFile::exists(copy.path(QStringLiteral("/home/alice/.config/environment.d"))));
}

void TestOptOutPlanner::secretsNeverShown()
{
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    // A Skyplane config without [flags]: the diff's context lines run into the secret.
    const IniDocument doc = IniDocument::parse(copy.read(QStringLiteral("/home/alice/.skyplane/config")));
    const QString secret = doc.section(QStringLiteral("cloudflare"))
                               ->option(QStringLiteral("cloudflare_secret_access_key"))
                               ->value;
    QVERIFY(!secret.isEmpty());
    QVERIFY(copy.write(QStringLiteral("/home/alice/.skyplane/config"),
                       QByteArray("[cloudflare]\ncloudflare_secret_access_key = ") + secret.toUtf8() + "\n"));
    const RootFs fs(copy.root());
    const OptOutPlanner planner(fs, account(QStringLiteral("alice"), QStringLiteral("/bin/bash")),
                                EnvReport());
    const OptOutPlan plan = planner.planDisable({ QStringLiteral("skyplane") });
    const FileChange *change = plan.change(QStringLiteral("/home/alice/.skyplane/config"));
    QVERIFY2(change, qPrintable(describe(plan)));
    QVERIFY2(change->newBytes->contains(secret.toUtf8()), "the file keeps the real value");
    QVERIFY2(!change->diff.contains(secret), qPrintable(change->diff));
    QVERIFY2(change->diff.contains(QLatin1String("cloudflare_secret_access_key = ********")),
             qPrintable(change->diff));
}

void TestOptOutPlanner::envFilesPerShell_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QStringList>("expected");
    const QString profile = QStringLiteral("/home/u/.profile");
    const QString envd = QStringLiteral("/home/u/.config/environment.d/60-telemetry-lens.conf");
    QTest::newRow("bash") << QStringLiteral("/bin/bash") << QStringList() << QStringList { envd, profile };
    QTest::newRow("bash with .bash_profile")
        << QStringLiteral("/bin/bash") << QStringList { QStringLiteral(".bash_profile") }
        << QStringList { QStringLiteral("/home/u/.bash_profile"), envd, profile };
    QTest::newRow("bash with .bash_login")
        << QStringLiteral("/usr/bin/bash") << QStringList { QStringLiteral(".bash_login") }
        << QStringList { QStringLiteral("/home/u/.bash_login"), envd, profile };
    QTest::newRow("zsh") << QStringLiteral("/usr/bin/zsh") << QStringList()
                         << QStringList { envd, profile, QStringLiteral("/home/u/.zshenv") };
    QTest::newRow("fish") << QStringLiteral("/usr/bin/fish") << QStringList()
                          << QStringList { envd,
                                           QStringLiteral("/home/u/.config/fish/conf.d/telemetry-lens.fish"),
                                           profile };
    QTest::newRow("dash") << QStringLiteral("/bin/sh") << QStringList() << QStringList { envd, profile };
}

void TestOptOutPlanner::envFilesPerShell()
{
    QFETCH(QString, shell);
    QFETCH(QStringList, existing);
    QFETCH(QStringList, expected);
    QTemporaryDir root;
    QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/home/u")));
    for (const QString &name : existing) {
        QFile f(root.path() + QStringLiteral("/home/u/") + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# mine\n");
    }
    const RootFs fs(root.path());
    const OptOutPlanner planner(fs, account(QStringLiteral("u"), shell), EnvReport());
    const OptOutPlan plan = planner.planDisable({ QStringLiteral("mlflow") });
    QVERIFY2(!plan.hasErrors(), qPrintable(describe(plan)));
    QCOMPARE(changedPaths(plan), expected);
    for (const FileChange &c : plan.changes) {
        const bool fish = c.path.endsWith(QLatin1String(".fish"));
        const bool keyValue = c.path.endsWith(QLatin1String(".conf"));
        const auto syntax = fish
            ? EnvBlockEditor::Syntax::Fish
            : (keyValue ? EnvBlockEditor::Syntax::KeyValue : EnvBlockEditor::Syntax::Posix);
        QCOMPARE(EnvBlockEditor::blockValue(*c.newBytes, syntax, QStringLiteral("MLFLOW_DISABLE_TELEMETRY")),
                 std::optional<QString>(QStringLiteral("true")));
    }
}

// With ZDOTDIR set for everyone in /etc/zsh/zshenv, zsh never reads ~/.zshenv: the opt-out goes
// into the .zshenv zsh does read.
void TestOptOutPlanner::zshenvFollowsZdotdir()
{
    QTemporaryDir root;
    QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/home/u/.zsh")));
    QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/etc/zsh")));
    QFile etc(root.path() + QStringLiteral("/etc/zsh/zshenv"));
    QVERIFY(etc.open(QIODevice::WriteOnly));
    etc.write("ZDOTDIR=$HOME/.zsh\n");
    etc.close();
    const RootFs fs(root.path());
    const UserAccount user = account(QStringLiteral("u"), QStringLiteral("/usr/bin/zsh"));
    const OptOutPlanner planner(fs, user, EnvSources(fs).read(user));
    const OptOutPlan plan = planner.planDisable({ QStringLiteral("mlflow") });
    QVERIFY2(!plan.hasErrors(), qPrintable(describe(plan)));
    QVERIFY2(changedPaths(plan).contains(QStringLiteral("/home/u/.zsh/.zshenv"))
                 && !changedPaths(plan).contains(QStringLiteral("/home/u/.zshenv")),
             qPrintable(changedPaths(plan).join(QLatin1Char(' '))));
}

void TestOptOutPlanner::configPathFollowsEnvironment_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedPath"); // empty: the tool fails
    QTest::newRow("Ray default") << QStringLiteral("ray") << QString() << QString()
                                 << QStringLiteral("/home/u/.ray/config.json");
    QTest::newRow("Ray moved") << QStringLiteral("ray") << QStringLiteral("RAY_USAGE_STATS_CONFIG_PATH")
                               << QStringLiteral("/home/u/cfg/ray.json")
                               << QStringLiteral("/home/u/cfg/ray.json");
    QTest::newRow("Ray moved with ~")
        << QStringLiteral("ray") << QStringLiteral("RAY_USAGE_STATS_CONFIG_PATH")
        << QStringLiteral("~/r.json") << QStringLiteral("/home/u/r.json");
    QTest::newRow("Skyplane moved") << QStringLiteral("skyplane") << QStringLiteral("SKYPLANE_CONFIG")
                                    << QStringLiteral("/home/u/sky.ini") << QStringLiteral("/home/u/sky.ini");
    QTest::newRow("Skyplane relative") << QStringLiteral("skyplane") << QStringLiteral("SKYPLANE_CONFIG")
                                       << QStringLiteral("sky.ini") << QString();
    QTest::newRow("Rasa ignores XDG")
        << QStringLiteral("rasa") << QStringLiteral("XDG_CONFIG_HOME") << QStringLiteral("/home/u/xdg")
        << QStringLiteral("/home/u/.config/rasa/global.yml");
}

void TestOptOutPlanner::configPathFollowsEnvironment()
{
    QFETCH(QString, tool);
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, expectedPath);
    QTemporaryDir root;
    QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/home/u")));
    EnvReport env;
    if (!variable.isEmpty())
        env.assignments.append(assignment(variable, value, QStringLiteral("/home/u/.profile"), 3));
    const RootFs fs(root.path());
    const OptOutPlanner planner(fs, account(QStringLiteral("u"), QStringLiteral("/bin/bash")), env);
    const OptOutPlan plan = planner.planDisable({ tool });
    if (expectedPath.isEmpty()) {
        QCOMPARE(plan.tool(tool)->status, ToolOutcome::Status::Failed);
        QVERIFY2(plan.tool(tool)->error.contains(value), qPrintable(plan.tool(tool)->error));
        QVERIFY(plan.isEmpty());
        return;
    }
    QVERIFY2(!plan.hasErrors(), qPrintable(describe(plan)));
    QCOMPARE(changedPaths(plan), QStringList { expectedPath });
    QVERIFY(plan.changes.first().creates());
    // Skyplane's file holds cloud secrets: created private.
    QCOMPARE(plan.changes.first().mode, tool == QLatin1String("skyplane") ? 0600u : 0644u);
}

void TestOptOutPlanner::malformedFileFailsOnlyItsTool_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("Ray: broken JSON")
        << QStringLiteral("ray") << QStringLiteral("/home/alice/.ray/config.json")
        << QByteArray("{\"usage_stats\": tr");
    QTest::newRow("Skyplane: JSON written per the docs")
        << QStringLiteral("skyplane") << QStringLiteral("/home/alice/.skyplane/config")
        << QByteArray("{\"usage_stats\": false}");
    QTest::newRow("Rasa: broken YAML")
        << QStringLiteral("rasa") << QStringLiteral("/home/alice/.config/rasa/global.yml")
        << QByteArray("metrics:\n  enabled: [\n");
    QTest::newRow("MLflow: damaged managed block")
        << QStringLiteral("mlflow") << QStringLiteral("/home/alice/.profile")
        << QByteArray("# >>> telemetry opt-outs (managed) >>>\nexport X=1\n");
    QTest::newRow("Rasa: a folder where the file should be")
        << QStringLiteral("rasa") << QStringLiteral("/home/alice/.config/rasa/global.yml") << QByteArray();
}

void TestOptOutPlanner::malformedFileFailsOnlyItsTool()
{
    QFETCH(QString, tool);
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    if (content.isEmpty()) {
        QVERIFY(QFile::remove(copy.path(path)));
        QVERIFY(QDir().mkpath(copy.path(path)));
    } else {
        QVERIFY(copy.write(path, content));
    }
    const RootFs fs(copy.root());
    const OptOutPlanner planner(fs, account(QStringLiteral("alice"), QStringLiteral("/bin/bash")),
                                EnvReport());
    const OptOutPlan plan = planner.planDisable(workstationTools());
    const ToolOutcome *outcome = plan.tool(tool);
    QCOMPARE(outcome->status, ToolOutcome::Status::Failed);
    QVERIFY2(outcome->error.contains(path), qPrintable(outcome->error));
    QVERIFY2(!plan.change(path), "a file that cannot be parsed is never rewritten");
    for (const ToolOutcome &other : plan.tools) {
        if (other.toolId != tool)
            QVERIFY2(other.status != ToolOutcome::Status::Failed, qPrintable(describe(plan)));
    }
    if (tool != QLatin1String("rasa"))
        QVERIFY2(plan.change(QStringLiteral("/home/alice/.config/rasa/global.yml")),
                 "the other tools still go ahead");
}

void TestOptOutPlanner::symlinks_data()
{
    QTest::addColumn<QString>("linkTarget"); // as written in the link
    QTest::addColumn<QString>("expectedTarget"); // empty: refused
    QTest::newRow("relative, inside the home")
        << QStringLiteral("dotfiles/profile") << QStringLiteral("/home/u/dotfiles/profile");
    QTest::newRow("absolute, re-rooted inside the home")
        << QStringLiteral("/home/u/dotfiles/profile") << QStringLiteral("/home/u/dotfiles/profile");
    QTest::newRow("another home") << QStringLiteral("../other/profile") << QString();
    QTest::newRow("system file") << QStringLiteral("/etc/profile") << QString();
    QTest::newRow("dangling") << QStringLiteral("dotfiles/missing") << QString();
    QTest::newRow("a folder") << QStringLiteral("dotfiles") << QString();
}

void TestOptOutPlanner::symlinks()
{
    QFETCH(QString, linkTarget);
    QFETCH(QString, expectedTarget);
    QTemporaryDir root;
    for (const char *dir : { "/home/u/dotfiles", "/home/other", "/etc" })
        QVERIFY(QDir().mkpath(root.path() + QLatin1String(dir)));
    for (const char *file : { "/home/u/dotfiles/profile", "/home/other/profile", "/etc/profile" }) {
        QFile f(root.path() + QLatin1String(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("export PATH=/bin\n");
    }
    QVERIFY(QFile::link(linkTarget, root.path() + QStringLiteral("/home/u/.profile")));
    const RootFs fs(root.path());
    const OptOutPlanner planner(fs, account(QStringLiteral("u"), QStringLiteral("/bin/bash")), EnvReport());
    const OptOutPlan plan = planner.planDisable({ QStringLiteral("mlflow") });
    const ToolOutcome *outcome = plan.tool(QStringLiteral("mlflow"));
    if (expectedTarget.isEmpty()) {
        QCOMPARE(outcome->status, ToolOutcome::Status::Failed);
        QVERIFY2(outcome->error.contains(QLatin1String("/home/u/.profile")), qPrintable(outcome->error));
        QVERIFY(plan.isEmpty());
        return;
    }
    QVERIFY2(!plan.hasErrors(), qPrintable(describe(plan)));
    const FileChange *change = plan.change(QStringLiteral("/home/u/.profile"));
    QVERIFY(change);
    QCOMPARE(change->target, expectedTarget);
    QVERIFY(change->oldBytes && *change->oldBytes == "export PATH=/bin\n");
    QVERIFY(plan.overlay().contains(expectedTarget));
}

void TestOptOutPlanner::enableRemovesOnlyOurs()
{
    QTemporaryDir root;
    const QString home = root.path() + QStringLiteral("/home/u");
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.config/environment.d")));
    const QByteArray userLines("export MLFLOW_DISABLE_TELEMETRY=0\nexport KEEP=1\n");
    const QByteArray block("# >>> telemetry opt-outs (managed) >>>\nexport MLFLOW_DISABLE_TELEMETRY=true\n# "
                           "<<< telemetry opt-outs (managed) <<<\n");
    {
        QFile p(home + QStringLiteral("/.profile"));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(userLines + '\n' + block);
        QFile e(home + QStringLiteral("/.config/environment.d/60-telemetry-lens.conf"));
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write(EnvBlockEditor::managedFileHeader()
                + "\n# >>> telemetry opt-outs (managed) >>>\nMLFLOW_DISABLE_TELEMETRY=true\n"
                  "# <<< telemetry opt-outs (managed) <<<\n");
    }
    const RootFs fs(root.path());
    const OptOutPlanner planner(fs, account(QStringLiteral("u"), QStringLiteral("/bin/bash")), EnvReport());
    const OptOutPlan plan = planner.planEnable({ QStringLiteral("mlflow") });
    QVERIFY2(!plan.hasErrors(), qPrintable(describe(plan)));
    const FileChange *profile = plan.change(QStringLiteral("/home/u/.profile"));
    QVERIFY(profile && profile->newBytes);
    QCOMPARE(*profile->newBytes, userLines);
    const FileChange *envd
        = plan.change(QStringLiteral("/home/u/.config/environment.d/60-telemetry-lens.conf"));
    QVERIFY2(envd && envd->removes(), "a managed file with nothing left is removed");
    QVERIFY(envd->diff.contains(QLatin1String("+++ /dev/null")));
    QCOMPARE(plan.overlay().value(envd->target), QByteArray());
}

void TestOptOutPlanner::enableNamesOutsideOptOut()
{
    QTemporaryDir root;
    const QString home = root.path() + QStringLiteral("/home/u");
    QVERIFY(QDir().mkpath(home));
    const QByteArray block("# >>> telemetry opt-outs (managed) >>>\nexport MLFLOW_DISABLE_TELEMETRY=true\n# "
                           "<<< telemetry opt-outs (managed) <<<\n");
    {
        QFile p(home + QStringLiteral("/.profile"));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("export A=1\n\n" + block);
    }
    EnvReport env;
    env.assignments.append(assignment(QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("1"),
                                      QStringLiteral("/home/u/.bashrc"), 4));
    env.assignments.append(assignment(QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("true"),
                                      QStringLiteral("/home/u/.profile"), 4));
    const RootFs fs(root.path());
    const OptOutPlanner planner(fs, account(QStringLiteral("u"), QStringLiteral("/bin/bash")), env);
    const OptOutPlan plan = planner.planEnable({ QStringLiteral("mlflow") });
    const ToolOutcome *outcome = plan.tool(QStringLiteral("mlflow"));
    QCOMPARE(outcome->status, ToolOutcome::Status::Planned);
    const QString notes = outcome->notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("/home/u/.bashrc line 4")), qPrintable(notes));
    QVERIFY2(!notes.contains(QLatin1String(".profile line")), "our own block is not an outside opt-out");
}

void TestOptOutPlanner::systemScope()
{
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    const QByteArray before = copy.read(QStringLiteral("/etc/environment"));
    const RootFs fs(copy.root());
    const OptOutPlanner planner(fs, account(QStringLiteral("alice"), QStringLiteral("/bin/bash")),
                                EnvReport());
    const OptOutPlan plan = planner.planDisable(workstationTools(), OptOutScope::System);
    QVERIFY2(!plan.hasErrors(), qPrintable(describe(plan)));
    QCOMPARE(changedPaths(plan),
             QStringList(
                 { QStringLiteral("/etc/environment"), QStringLiteral("/etc/profile.d/telemetry-lens.sh") }));
    const FileChange *environment = plan.change(QStringLiteral("/etc/environment"));
    QVERIFY(environment->newBytes->startsWith(before));
    const QList<QPair<QString, QString>> expected {
        { QStringLiteral("RAY_USAGE_STATS_ENABLED"), QStringLiteral("0") },
        { QStringLiteral("SKYPLANE_USAGE_STATS_ENABLED"), QStringLiteral("false") },
        { QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("true") },
        { QStringLiteral("RASA_TELEMETRY_ENABLED"), QStringLiteral("false") }
    };
    for (const auto &kv : expected) {
        QCOMPARE(
            EnvBlockEditor::blockValue(*environment->newBytes, EnvBlockEditor::Syntax::KeyValue, kv.first),
            std::optional<QString>(kv.second));
        QCOMPARE(EnvBlockEditor::blockValue(
                     *plan.change(QStringLiteral("/etc/profile.d/telemetry-lens.sh"))->newBytes,
                     EnvBlockEditor::Syntax::Posix, kv.first),
                 std::optional<QString>(kv.second));
    }
    QCOMPARE(environment->toolIds.size(), 4);
    QVERIFY(!plan.change(QStringLiteral("/home/alice/.config/rasa/global.yml")));
}

void TestOptOutPlanner::fixOverride()
{
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    const RootFs fs(copy.root());
    const OptOutPlanner planner(fs, account(QStringLiteral("alice"), QStringLiteral("/bin/bash")),
                                EnvReport());
    OptOutPlan plan = planner.planDisable({ QStringLiteral("ray"), QStringLiteral("mlflow") });
    QCOMPARE(plan.tool(QStringLiteral("ray"))->status, ToolOutcome::Status::AlreadyDone);
    planner.addFixOverride(plan, QStringLiteral("ray"), QStringLiteral("/home/alice/.bashrc"), 10,
                           QStringLiteral("RAY_USAGE_STATS_ENABLED"));
    QVERIFY2(!plan.hasErrors(), qPrintable(describe(plan)));
    QCOMPARE(plan.tool(QStringLiteral("ray"))->status, ToolOutcome::Status::Planned);
    const FileChange *bashrc = plan.change(QStringLiteral("/home/alice/.bashrc"));
    QVERIFY(bashrc && bashrc->newBytes);
    QVERIFY2(bashrc->newBytes->contains("\n# disabled by telemetry-lens: export RAY_USAGE_STATS_ENABLED=1\n"),
             bashrc->newBytes->constData());
    QVERIFY2(bashrc->diff.contains(QLatin1String("-export RAY_USAGE_STATS_ENABLED=1")),
             qPrintable(bashrc->diff));
    QVERIFY(bashrc->toolIds.contains(QStringLiteral("ray")));
    QVERIFY2(plan.change(QStringLiteral("/home/alice/.profile")), "the earlier changes of the plan stay");

    // On top of a file the plan already changes, line numbers count in the planned content.
    const int blockLine = int(plan.change(QStringLiteral("/home/alice/.profile"))->newBytes->count('\n'));
    OptOutPlan again = plan;
    planner.addFixOverride(again, QStringLiteral("mlflow"), QStringLiteral("/home/alice/.profile"), 7,
                           QStringLiteral("DO_NOT_TRACK"));
    QVERIFY2(!again.hasErrors(), qPrintable(describe(again)));
    const QByteArray profile = *again.change(QStringLiteral("/home/alice/.profile"))->newBytes;
    QVERIFY2(profile.contains("# disabled by telemetry-lens: export DO_NOT_TRACK=1\n")
                 && profile.contains("export MLFLOW_DISABLE_TELEMETRY=true"),
             profile.constData());
    QVERIFY(blockLine > 7);
}

void TestOptOutPlanner::fixOverrideRefusesManagedBlock()
{
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    const RootFs fs(copy.root());
    const OptOutPlanner planner(fs, account(QStringLiteral("alice"), QStringLiteral("/bin/bash")),
                                EnvReport());
    OptOutPlan plan = planner.planDisable({ QStringLiteral("mlflow") });
    const QByteArray planned = *plan.change(QStringLiteral("/home/alice/.profile"))->newBytes;
    const int exportLine
        = int(planned.left(planned.indexOf("export MLFLOW_DISABLE_TELEMETRY")).count('\n')) + 1;
    planner.addFixOverride(plan, QStringLiteral("mlflow"), QStringLiteral("/home/alice/.profile"), exportLine,
                           QStringLiteral("MLFLOW_DISABLE_TELEMETRY"));
    QCOMPARE(plan.tool(QStringLiteral("mlflow"))->status, ToolOutcome::Status::Failed);
    QCOMPARE(*plan.change(QStringLiteral("/home/alice/.profile"))->newBytes, planned);

    OptOutPlan outside = planner.planDisable({ QStringLiteral("mlflow") });
    planner.addFixOverride(outside, QStringLiteral("mlflow"), QStringLiteral("/opt/env.sh"), 1,
                           QStringLiteral("X"));
    QCOMPARE(outside.tool(QStringLiteral("mlflow"))->status, ToolOutcome::Status::Failed);
    QVERIFY(outside.tool(QStringLiteral("mlflow"))->error.contains(QLatin1String("/opt/env.sh")));
}

void TestOptOutPlanner::unknownTool()
{
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    const RootFs fs(copy.root());
    const OptOutPlanner planner(fs, account(QStringLiteral("alice"), QStringLiteral("/bin/bash")),
                                EnvReport());
    const OptOutPlan plan = planner.planDisable({ QStringLiteral("nosuchtool"), QStringLiteral("rasa") });
    QCOMPARE(plan.tool(QStringLiteral("nosuchtool"))->status, ToolOutcome::Status::Failed);
    QVERIFY(plan.tool(QStringLiteral("nosuchtool"))->error.contains(QLatin1String("ray")));
    QCOMPARE(plan.tool(QStringLiteral("rasa"))->status, ToolOutcome::Status::Planned);
}

QTEST_GUILESS_MAIN(TestOptOutPlanner)
#include "testoptoutplanner.moc"

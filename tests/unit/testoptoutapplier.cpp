#include "testutil.h"

#include "catalog/catalog.h"
#include "formats/inidocument.h"
#include "fs/rootfs.h"
#include "optout/changeapplier.h"
#include "optout/optoutplanner.h"
#include "optout/skyplaneconfigeditor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace tlens;
using tlens::test::FixtureCopy;

namespace {

UserAccount alice()
{
    UserAccount u;
    u.name = QStringLiteral("alice");
    u.uid = 1000;
    u.home = QStringLiteral("/home/alice");
    u.shell = QStringLiteral("/bin/bash");
    return u;
}

struct Entry {
    QString kind; // "file", "dir", "link"
    QByteArray content; // bytes, or the link target
    uint mode = 0;
    uint uid = 0;
    bool operator==(const Entry &o) const
    {
        return kind == o.kind && content == o.content && mode == o.mode && uid == o.uid;
    }
};

// Every file, folder and link under a root, with bytes, mode and owner: what "byte-exact" compares.
QMap<QString, Entry> snapshot(const QString &root)
{
    QMap<QString, Entry> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st { };
        ::lstat(QFile::encodeName(path).constData(), &st);
        Entry e;
        e.mode = st.st_mode & 07777;
        e.uid = st.st_uid;
        if (S_ISLNK(st.st_mode)) {
            e.kind = QStringLiteral("link");
            e.content = QFile::encodeName(QFileInfo(path).symLinkTarget());
            e.mode = 0;
        } else if (S_ISDIR(st.st_mode)) {
            e.kind = QStringLiteral("dir");
        } else {
            e.kind = QStringLiteral("file");
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                e.content = f.readAll();
        }
        tree.insert(path.mid(root.size()), e);
    }
    return tree;
}

QString differences(const QMap<QString, Entry> &a, const QMap<QString, Entry> &b)
{
    QStringList out;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            out.append(QStringLiteral("gone: ") + it.key());
        else if (!(b.value(it.key()) == it.value()))
            out.append(QStringLiteral("differs: ") + it.key());
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            out.append(QStringLiteral("new: ") + it.key());
    }
    return out.join(QLatin1Char('\n'));
}

QString describe(const ApplyResult &r)
{
    QString out = r.error;
    for (const FileResult &f : r.files)
        out += QLatin1Char('\n') + f.path + (f.ok ? QStringLiteral(" ok: ") : QStringLiteral(" FAILED: "))
            + f.message;
    return out;
}

QString describe(const UndoResult &r)
{
    QString out = r.error;
    for (const FileResult &f : r.files)
        out += QLatin1Char('\n') + f.path + (f.ok ? QStringLiteral(" ok: ") : QStringLiteral(" FAILED: "))
            + f.message;
    return out;
}

uint modeOf(const QString &path)
{
    struct stat st { };
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}

// A workstation copy where every tool has something to change for alice.
bool prepare(FixtureCopy &copy)
{
    return copy.isValid()
        && copy.write(QStringLiteral("/home/alice/.ray/config.json"),
                      R"({"usage_stats": true, "keep": [1, "x"]})")
        && copy.write(QStringLiteral("/home/alice/.skyplane/config"),
                      copy.read(QStringLiteral("/home/alice/.skyplane/config"))
                          .replace("usage_stats = False", "usage_stats = True"));
}

OptOutPlan planFor(const FixtureCopy &copy, const QStringList &tools, OptOutScope scope = OptOutScope::User)
{
    const RootFs fs(copy.root());
    return OptOutPlanner(fs, alice(), EnvReport()).planDisable(tools, scope);
}

} // namespace

class TestOptOutApplier final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endToEnd_data();
    void endToEnd();
    void systemScope();
    void modesAndOwners();
    void readOnlyFileFails();
    void symlinkWrittenThrough();
    void changedSincePlanned();
    void undoRefusesFileChangedSince();
    void undoMostRecentFirst();
    void disableThenEnable();
    void fixOverrideIsUndone();
    void interruptedSetIsCleanedUp();
    void loginShellSeesVariable_data();
    void loginShellSeesVariable();
};

void TestOptOutApplier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOptOutApplier::endToEnd_data()
{
    QTest::addColumn<QString>("tool");
    QTest::newRow("ray") << QStringLiteral("ray");
    QTest::newRow("skyplane") << QStringLiteral("skyplane");
    QTest::newRow("mlflow") << QStringLiteral("mlflow");
    QTest::newRow("rasa") << QStringLiteral("rasa");
}

void TestOptOutApplier::endToEnd()
{
    QFETCH(QString, tool);
    FixtureCopy copy;
    QVERIFY(prepare(copy));
    QTemporaryDir data;
    const auto before = snapshot(copy.root());

    const OptOutPlan plan = planFor(copy, { tool });
    QCOMPARE(plan.tool(tool)->status, ToolOutcome::Status::Planned);
    ChangeApplier applier(copy.root(), data.path());
    const ApplyResult applied = applier.apply(plan);
    QVERIFY2(applied.ok(), qPrintable(describe(applied)));
    QVERIFY(!applied.changeSetId.isEmpty());

    // Read the written file back with the tool's own rules (TOOLS.md).
    if (tool == QLatin1String("ray")) {
        const auto doc
            = nlohmann::json::parse(copy.read(QStringLiteral("/home/alice/.ray/config.json")).toStdString());
        QVERIFY(doc.is_object() && doc["usage_stats"].is_boolean() && !doc["usage_stats"].get<bool>());
        QVERIFY(doc["keep"] == nlohmann::json::parse(R"([1, "x"])"));
    } else if (tool == QLatin1String("skyplane")) {
        const IniDocument ini = IniDocument::parse(copy.read(QStringLiteral("/home/alice/.skyplane/config")));
        QVERIFY2(ini.isValid(), qPrintable(ini.errorString()));
        QCOMPARE(SkyplaneConfigEditor::parseFlag(
                     ini.section(QStringLiteral("flags"))->option(QStringLiteral("usage_stats"))->value),
                 std::optional<bool>(false));
        QVERIFY(ini.section(QStringLiteral("cloudflare"))
                    ->option(QStringLiteral("cloudflare_secret_access_key")));
    } else if (tool == QLatin1String("rasa")) {
        const YAML::Node yaml
            = YAML::Load(copy.read(QStringLiteral("/home/alice/.config/rasa/global.yml")).toStdString());
        QVERIFY(yaml["metrics"]["enabled"].Tag() == "?" && yaml["metrics"]["enabled"].Scalar() == "false");
    } else {
        const QByteArray profile = copy.read(QStringLiteral("/home/alice/.profile"));
        QVERIFY2(profile.contains(
                     "\n# >>> telemetry opt-outs (managed) >>>\nexport MLFLOW_DISABLE_TELEMETRY=true\n"
                     "# <<< telemetry opt-outs (managed) <<<\n"),
                 profile.constData());
        QVERIFY(copy.read(QStringLiteral("/home/alice/.config/environment.d/60-telemetry-lens.conf"))
                    .contains("\nMLFLOW_DISABLE_TELEMETRY=true\n"));
    }

    // Running the same disable again changes nothing.
    const OptOutPlan again = planFor(copy, { tool });
    QVERIFY2(again.isEmpty(), qPrintable(again.changes.isEmpty() ? QString() : again.changes.first().diff));
    QCOMPARE(again.tool(tool)->status, ToolOutcome::Status::AlreadyDone);
    QVERIFY(applier.apply(again).changeSetId.isEmpty());

    const QList<ChangeSet> history = applier.history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().id, applied.changeSetId);
    QCOMPARE(history.first().tools, QStringList { tool });
    QCOMPARE(history.first().state, ChangeSet::State::Applied);

    // Undo restores every byte, mode and folder, in a new applier (as a new process would).
    const UndoResult undone = ChangeApplier(copy.root(), data.path()).undo();
    QVERIFY2(undone.ok(), qPrintable(describe(undone)));
    QCOMPARE(undone.changeSetId, applied.changeSetId);
    const QString diff = differences(before, snapshot(copy.root()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(applier.history().first().state, ChangeSet::State::Undone);
    QVERIFY(ChangeApplier(copy.root(), data.path()).undo().nothingToUndo);
}

void TestOptOutApplier::systemScope()
{
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    QTemporaryDir data;
    const auto before = snapshot(copy.root());
    const OptOutPlan plan = planFor(copy,
                                    { QStringLiteral("ray"), QStringLiteral("skyplane"),
                                      QStringLiteral("mlflow"), QStringLiteral("rasa") },
                                    OptOutScope::System);
    QVERIFY(!plan.hasErrors());
    ChangeApplier applier(copy.root(), data.path());
    const ApplyResult applied = applier.apply(plan);
    QVERIFY2(applied.ok(), qPrintable(describe(applied)));
    QVERIFY(copy.read(QStringLiteral("/etc/environment")).contains("\nRAY_USAGE_STATS_ENABLED=0\n"));
    QVERIFY(copy.read(QStringLiteral("/etc/profile.d/telemetry-lens.sh"))
                .contains("\nexport MLFLOW_DISABLE_TELEMETRY=true\n"));
    QCOMPARE(modeOf(copy.path(QStringLiteral("/etc/profile.d"))), 0755u);
    QCOMPARE(applier.history().first().scope, QStringLiteral("system"));
    QVERIFY(applier.undo().ok());
    const QString diff = differences(before, snapshot(copy.root()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestOptOutApplier::modesAndOwners()
{
    FixtureCopy copy;
    QVERIFY(prepare(copy));
    QTemporaryDir data;
    const QString skyplane = copy.path(QStringLiteral("/home/alice/.skyplane/config"));
    QVERIFY(::chmod(QFile::encodeName(skyplane).constData(), 0640) == 0);
    // Running as root, files keep their owner and new ones get the home's owner.
    const bool root = ::geteuid() == 0;
    const uint owner = root ? 4321 : ::geteuid();
    if (root) {
        QVERIFY(::chown(QFile::encodeName(skyplane).constData(), owner, owner) == 0);
        QVERIFY(::chown(QFile::encodeName(copy.path(QStringLiteral("/home/alice/.config"))).constData(),
                        owner, owner)
                == 0);
    }
    const OptOutPlan plan = planFor(copy, { QStringLiteral("skyplane"), QStringLiteral("mlflow") });
    QVERIFY(ChangeApplier(copy.root(), data.path()).apply(plan).ok());
    const auto after = snapshot(copy.root());
    QCOMPARE(after.value(QStringLiteral("/home/alice/.skyplane/config")).mode, 0640u);
    QCOMPARE(after.value(QStringLiteral("/home/alice/.skyplane/config")).uid, owner);
    QCOMPARE(after.value(QStringLiteral("/home/alice/.config/environment.d")).mode, 0700u);
    QCOMPARE(after.value(QStringLiteral("/home/alice/.config/environment.d")).uid, owner);
    QCOMPARE(after.value(QStringLiteral("/home/alice/.config/environment.d/60-telemetry-lens.conf")).mode,
             0644u);
    QCOMPARE(after.value(QStringLiteral("/home/alice/.config/environment.d/60-telemetry-lens.conf")).uid,
             owner);

    // The backups are private: the Skyplane config holds cloud secrets.
    QDirIterator it(data.path() + QStringLiteral("/backups"), QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    while (it.hasNext())
        QCOMPARE(modeOf(it.next()), 0600u);
}

void TestOptOutApplier::readOnlyFileFails()
{
    FixtureCopy copy;
    QVERIFY(prepare(copy));
    QTemporaryDir data;
    const QString rasa = copy.path(QStringLiteral("/home/alice/.config/rasa/global.yml"));
    const QByteArray original = copy.read(QStringLiteral("/home/alice/.config/rasa/global.yml"));
    QVERIFY(::chmod(QFile::encodeName(rasa).constData(), 0444) == 0);
    const OptOutPlan plan = planFor(copy, { QStringLiteral("rasa"), QStringLiteral("ray") });
    ChangeApplier applier(copy.root(), data.path());
    const ApplyResult result = applier.apply(plan);
    QVERIFY(!result.ok());
    bool rasaFailed = false;
    bool rayWritten = false;
    for (const FileResult &f : result.files) {
        if (f.path.endsWith(QLatin1String("global.yml")))
            rasaFailed = !f.ok && f.message.contains(QLatin1String("read-only"));
        if (f.path.endsWith(QLatin1String("config.json")))
            rayWritten = f.ok;
    }
    QVERIFY2(rasaFailed && rayWritten, qPrintable(describe(result)));
    QCOMPARE(copy.read(QStringLiteral("/home/alice/.config/rasa/global.yml")), original);
    QCOMPARE(modeOf(rasa), 0444u);
    QCOMPARE(applier.history().first().state, ChangeSet::State::PartlyApplied);
    QVERIFY(applier.undo().ok());
    QCOMPARE(copy.read(QStringLiteral("/home/alice/.config/rasa/global.yml")), original);
}

void TestOptOutApplier::symlinkWrittenThrough()
{
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    QTemporaryDir data;
    const QByteArray profile = copy.read(QStringLiteral("/home/alice/.profile"));
    QVERIFY(copy.write(QStringLiteral("/home/alice/dotfiles/profile"), profile));
    QVERIFY(QFile::remove(copy.path(QStringLiteral("/home/alice/.profile"))));
    QVERIFY(
        QFile::link(QStringLiteral("dotfiles/profile"), copy.path(QStringLiteral("/home/alice/.profile"))));
    const auto before = snapshot(copy.root());

    const OptOutPlan plan = planFor(copy, { QStringLiteral("mlflow") });
    ChangeApplier applier(copy.root(), data.path());
    const ApplyResult applied = applier.apply(plan);
    QVERIFY2(applied.ok(), qPrintable(describe(applied)));
    QVERIFY2(QFileInfo(copy.path(QStringLiteral("/home/alice/.profile"))).isSymLink(),
             "the dotfile link is kept");
    QVERIFY(copy.read(QStringLiteral("/home/alice/dotfiles/profile"))
                .contains("export MLFLOW_DISABLE_TELEMETRY=true"));
    QVERIFY(applier.undo().ok());
    const QString diff = differences(before, snapshot(copy.root()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestOptOutApplier::changedSincePlanned()
{
    FixtureCopy copy;
    QVERIFY(prepare(copy));
    QTemporaryDir data;
    const OptOutPlan plan = planFor(copy, { QStringLiteral("ray"), QStringLiteral("rasa") });
    QVERIFY(
        copy.write(QStringLiteral("/home/alice/.ray/config.json"), R"({"usage_stats": true, "edited": 1})"));
    // A link swapped in after planning is not followed either.
    QVERIFY(QFile::remove(copy.path(QStringLiteral("/home/alice/.config/rasa/global.yml"))));
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"),
                        copy.path(QStringLiteral("/home/alice/.config/rasa/global.yml"))));
    const QByteArray passwd = copy.read(QStringLiteral("/etc/passwd"));
    const ApplyResult result = ChangeApplier(copy.root(), data.path()).apply(plan);
    QCOMPARE(result.files.size(), 2);
    for (const FileResult &f : result.files)
        QVERIFY2(!f.ok && f.message.contains(f.path), qPrintable(describe(result)));
    QCOMPARE(copy.read(QStringLiteral("/home/alice/.ray/config.json")),
             QByteArray(R"({"usage_stats": true, "edited": 1})"));
    QCOMPARE(copy.read(QStringLiteral("/etc/passwd")), passwd);
    QVERIFY2(result.changeSetId.isEmpty(), "a set with nothing written is not recorded");
    QVERIFY(ChangeApplier(copy.root(), data.path()).undo().nothingToUndo);
}

void TestOptOutApplier::undoRefusesFileChangedSince()
{
    FixtureCopy copy;
    QVERIFY(prepare(copy));
    QTemporaryDir data;
    const QByteArray rayBefore = copy.read(QStringLiteral("/home/alice/.ray/config.json"));
    ChangeApplier applier(copy.root(), data.path());
    QVERIFY(applier.apply(planFor(copy, { QStringLiteral("ray"), QStringLiteral("rasa") })).ok());
    const QByteArray edited("metrics:\n  enabled: false\n  edited: by hand\n");
    QVERIFY(copy.write(QStringLiteral("/home/alice/.config/rasa/global.yml"), edited));

    const UndoResult undone = applier.undo();
    QVERIFY(!undone.ok());
    bool named = false;
    for (const FileResult &f : undone.files) {
        if (f.path.endsWith(QLatin1String("global.yml")))
            named = !f.ok && f.message.contains(QLatin1String("/home/alice/.config/rasa/global.yml"))
                && f.message.contains(data.path());
    }
    QVERIFY2(named, qPrintable(describe(undone)));
    QCOMPARE(copy.read(QStringLiteral("/home/alice/.config/rasa/global.yml")), edited);
    QCOMPARE(copy.read(QStringLiteral("/home/alice/.ray/config.json")), rayBefore);
    QCOMPARE(applier.history().first().state, ChangeSet::State::PartlyUndone);
}

void TestOptOutApplier::undoMostRecentFirst()
{
    FixtureCopy copy;
    QVERIFY(prepare(copy));
    QTemporaryDir data;
    const auto original = snapshot(copy.root());
    ChangeApplier applier(copy.root(), data.path());
    const ApplyResult first = applier.apply(planFor(copy, { QStringLiteral("mlflow") }));
    const auto afterFirst = snapshot(copy.root());
    const ApplyResult second
        = applier.apply(planFor(copy, { QStringLiteral("ray"), QStringLiteral("rasa") }));
    QVERIFY(first.ok() && second.ok());
    const QList<ChangeSet> history = applier.history();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).id, second.changeSetId);
    QCOMPARE(history.at(1).id, first.changeSetId);
    QCOMPARE(history.at(0).files.size(), 2);

    QCOMPARE(applier.undo().changeSetId, second.changeSetId);
    QString diff = differences(afterFirst, snapshot(copy.root()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(applier.undo().changeSetId, first.changeSetId);
    diff = differences(original, snapshot(copy.root()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(applier.undo().nothingToUndo);
    // Another root's journal entries are not touched from here.
    QVERIFY(ChangeApplier(data.path(), data.path()).history().isEmpty());
}

void TestOptOutApplier::disableThenEnable()
{
    FixtureCopy copy;
    QVERIFY(prepare(copy));
    QTemporaryDir data;
    const QByteArray profile = copy.read(QStringLiteral("/home/alice/.profile"));
    const QStringList tools { QStringLiteral("ray"), QStringLiteral("mlflow") };
    ChangeApplier applier(copy.root(), data.path());
    QVERIFY(applier.apply(planFor(copy, tools)).ok());

    const RootFs fs(copy.root());
    const OptOutPlan enable = OptOutPlanner(fs, alice(), EnvReport()).planEnable(tools);
    QVERIFY(!enable.hasErrors());
    const ApplyResult enabled = applier.apply(enable);
    QVERIFY2(enabled.ok(), qPrintable(describe(enabled)));
    QCOMPARE(copy.read(QStringLiteral("/home/alice/.profile")), profile);
    QVERIFY(!QFile::exists(
        copy.path(QStringLiteral("/home/alice/.config/environment.d/60-telemetry-lens.conf"))));
    QCOMPARE(copy.read(QStringLiteral("/home/alice/.ray/config.json")),
             QByteArray(R"({"usage_stats":true,"keep":[1,"x"]})"));
    QCOMPARE(applier.history().first().action, QStringLiteral("enable"));

    // Undoing the enable brings the opt-out back, file removal included.
    QVERIFY(applier.undo().ok());
    QVERIFY(copy.read(QStringLiteral("/home/alice/.config/environment.d/60-telemetry-lens.conf"))
                .contains("MLFLOW_DISABLE_TELEMETRY=true"));
    QVERIFY(
        copy.read(QStringLiteral("/home/alice/.profile")).contains("export MLFLOW_DISABLE_TELEMETRY=true"));
}

void TestOptOutApplier::fixOverrideIsUndone()
{
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    QTemporaryDir data;
    const auto before = snapshot(copy.root());
    const RootFs fs(copy.root());
    const OptOutPlanner planner(fs, alice(), EnvReport());
    OptOutPlan plan = planner.planDisable({ QStringLiteral("ray") });
    planner.addFixOverride(plan, QStringLiteral("ray"), QStringLiteral("/home/alice/.bashrc"), 10,
                           QStringLiteral("RAY_USAGE_STATS_ENABLED"));
    ChangeApplier applier(copy.root(), data.path());
    QVERIFY(applier.apply(plan).ok());
    const QList<QByteArray> lines = copy.read(QStringLiteral("/home/alice/.bashrc")).split('\n');
    QCOMPARE(lines.at(9), QByteArray("# disabled by telemetry-lens: export RAY_USAGE_STATS_ENABLED=1"));
    QVERIFY(applier.undo().ok());
    const QString diff = differences(before, snapshot(copy.root()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestOptOutApplier::interruptedSetIsCleanedUp()
{
    FixtureCopy copy;
    QVERIFY(prepare(copy));
    QTemporaryDir data;
    const auto before = snapshot(copy.root());
    // What a process killed while writing a new file leaves: the journal of its set, the folder it
    // made for the file and its temporary file.
    const ChangeJournal journal(data.path());
    ChangeSet interrupted = journal.create();
    interrupted.root = copy.root();
    interrupted.action = QStringLiteral("disable");
    interrupted.scope = QStringLiteral("user");
    interrupted.tools = { QStringLiteral("mlflow") };
    JournalFile file;
    file.path = QStringLiteral("/home/alice/.config/environment.d/60-telemetry-lens.conf");
    file.target = file.path;
    file.newSha256 = QStringLiteral("0123");
    file.createdDirs = { QStringLiteral("/home/alice/.config/environment.d") };
    file.temp = QStringLiteral(".tlens-interrupted-0.tmp");
    interrupted.files = { file };
    QString error;
    QVERIFY2(journal.save(interrupted, &error), qPrintable(error));
    QVERIFY(copy.write(QStringLiteral("/home/alice/.config/environment.d/.tlens-interrupted-0.tmp"), "half"));

    // The next change removes what was left, and records that nothing of the old set is on disk.
    ChangeApplier applier(copy.root(), data.path());
    const ApplyResult applied = applier.apply(planFor(copy, { QStringLiteral("ray") }));
    QVERIFY2(applied.ok(), qPrintable(describe(applied)));
    QVERIFY(!QFileInfo::exists(copy.path(QStringLiteral("/home/alice/.config/environment.d"))));
    const QList<ChangeSet> history = applier.history();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).id, interrupted.id);
    QCOMPARE(history.at(1).state, ChangeSet::State::Undone);
    QCOMPARE(history.at(1).files.first().state, JournalFile::State::Failed);

    // Undo takes back the change that was made, and then there is nothing left to undo.
    QCOMPARE(applier.undo().changeSetId, applied.changeSetId);
    QVERIFY(applier.undo().nothingToUndo);
    const QString diff = differences(before, snapshot(copy.root()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestOptOutApplier::loginShellSeesVariable_data()
{
    QTest::addColumn<QString>("shell");
    QTest::newRow("bash -l") << QStringLiteral("/bin/bash");
    QTest::newRow("sh -l (dash)") << QStringLiteral("/bin/sh");
}

void TestOptOutApplier::loginShellSeesVariable()
{
    QFETCH(QString, shell);
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    QTemporaryDir data;
    auto loginShell = [&]() {
        QProcess p;
        QProcessEnvironment env; // cleared: only HOME, pointed at the test home
        env.insert(QStringLiteral("HOME"), copy.path(QStringLiteral("/home/alice")));
        p.setProcessEnvironment(env);
        p.start(shell, { QStringLiteral("-lc"), QStringLiteral("echo \"$MLFLOW_DISABLE_TELEMETRY\"") });
        p.waitForFinished(30000);
        return p.readAllStandardOutput().trimmed();
    };
    QCOMPARE(loginShell(), QByteArray());
    QVERIFY(ChangeApplier(copy.root(), data.path()).apply(planFor(copy, { QStringLiteral("mlflow") })).ok());
    QCOMPARE(loginShell(), QByteArray("true"));
    QVERIFY(ChangeApplier(copy.root(), data.path()).undo().ok());
    QCOMPARE(loginShell(), QByteArray());
}

QTEST_GUILESS_MAIN(TestOptOutApplier)
#include "testoptoutapplier.moc"

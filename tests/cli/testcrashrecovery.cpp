#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#include <sys/stat.h>
#include <unistd.h>

using namespace tlens::test;

namespace {

// The system calls that change a file, a folder, a mode, an owner, or make a change durable, in the
// tree and in the journal. strace counts invocations per system call, so each point is one system
// call and one invocation. A kill at each of them reaches every state the files can be left in:
// creating and filling a temporary file are always followed by one of these before anything else.
const QStringList kFileChangingSyscalls {
    QStringLiteral("mkdir"),    QStringLiteral("mkdirat"),   QStringLiteral("rmdir"),
    QStringLiteral("unlink"),   QStringLiteral("unlinkat"),  QStringLiteral("rename"),
    QStringLiteral("renameat"), QStringLiteral("renameat2"), QStringLiteral("link"),
    QStringLiteral("linkat"),   QStringLiteral("symlink"),   QStringLiteral("symlinkat"),
    QStringLiteral("chmod"),    QStringLiteral("fchmod"),    QStringLiteral("fchmodat"),
    QStringLiteral("chown"),    QStringLiteral("fchown"),    QStringLiteral("fchownat"),
    QStringLiteral("lchown"),   QStringLiteral("truncate"),  QStringLiteral("ftruncate"),
    QStringLiteral("fsync"),    QStringLiteral("fdatasync"),
};

struct Entry {
    char kind = '?'; // f(ile), d(irectory), l(ink)
    QByteArray content; // bytes, or the link target
    uint mode = 0;
    uint uid = 0;
    uint gid = 0;
    bool operator==(const Entry &o) const
    {
        return kind == o.kind && content == o.content && mode == o.mode && uid == o.uid && gid == o.gid;
    }
    bool operator!=(const Entry &o) const { return !(*this == o); }
};
using Tree = QMap<QString, Entry>;

// Every file, folder and link under a folder, with bytes, mode and owner.
Tree snapshot(const QString &root)
{
    Tree tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st { };
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        Entry e;
        e.mode = st.st_mode & 07777;
        e.uid = st.st_uid;
        e.gid = st.st_gid;
        if (S_ISLNK(st.st_mode)) {
            e.kind = 'l';
            e.content = QFile::encodeName(QFileInfo(path).symLinkTarget());
        } else if (S_ISDIR(st.st_mode)) {
            e.kind = 'd';
        } else {
            e.kind = 'f';
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                e.content = f.readAll();
        }
        tree.insert(path.mid(root.size()), e);
    }
    return tree;
}

QString differences(const Tree &want, const Tree &got)
{
    QStringList out;
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!got.contains(it.key()))
            out.append(QStringLiteral("missing ") + it.key());
        else if (got.value(it.key()) != it.value())
            out.append(QStringLiteral("differs ") + it.key());
    }
    for (auto it = got.cbegin(); it != got.cend(); ++it) {
        if (!want.contains(it.key()))
            out.append(QStringLiteral("extra ") + it.key());
    }
    return out.join(QStringLiteral(", "));
}

// What a kill may leave: every path holds its old or its new entry (absent counts as an entry);
// only a temporary file or a folder being made may be there besides.
QString tornEntries(const Tree &oldTree, const Tree &newTree, const Tree &got)
{
    QStringList out;
    QStringList paths = oldTree.keys() + newTree.keys() + got.keys();
    paths.removeDuplicates();
    for (const QString &p : std::as_const(paths)) {
        const bool inOld = oldTree.contains(p);
        const bool inNew = newTree.contains(p);
        const bool inGot = got.contains(p);
        if (!inOld && !inNew) {
            const Entry &e = got[p];
            if (e.kind != 'd' && !QFileInfo(p).fileName().startsWith(QLatin1String(".tlens-")))
                out.append(QStringLiteral("stray ") + p);
            continue;
        }
        const bool isOld = inOld ? inGot && got[p] == oldTree[p] : !inGot;
        const bool isNew = inNew ? inGot && got[p] == newTree[p] : !inGot;
        // A folder may be made before its mode and owner are set: its files tell what it holds.
        const bool folderBeingMade = inGot && got[p].kind == 'd' && !inOld;
        if (!isOld && !isNew && !folderBeingMade)
            out.append(QStringLiteral("torn ") + p);
    }
    return out.join(QStringLiteral(", "));
}

struct Run {
    bool started = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {})
{
    Run r;
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    r.started = p.waitForStarted(60000);
    if (!r.started)
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.output = p.readAll();
    return r;
}

// Copies a workspace (see below) with owners and modes; the journal of the copy names the copy's
// root, as if its change sets had been made there.
bool copyWorkspace(const QString &from, const QString &to)
{
    if (run(QStringLiteral("cp"), { QStringLiteral("-a"), from, to }).exitCode != 0)
        return false;
    const QByteArray oldRoot = QFile::encodeName(from + QStringLiteral("/root\""));
    const QByteArray newRoot = QFile::encodeName(to + QStringLiteral("/root\""));
    QDirIterator it(to + QStringLiteral("/data/changesets"), { QStringLiteral("*.json") }, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadWrite))
            return false;
        const QByteArray text = f.readAll();
        if (!f.resize(0) || f.write(QByteArray(text).replace(oldRoot, newRoot)) < 0)
            return false;
    }
    return true;
}

// A folder holding a machine image (root/) and the app's data folder (data/) beside it.
struct Workspace {
    QString dir;
    QString root() const { return dir + QStringLiteral("/root"); }
    QString data() const { return dir + QStringLiteral("/data"); }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = cleanEnvironment(dir + QStringLiteral("/invoker"));
        env.insert(QStringLiteral("TLENS_DATA_DIR"), data());
        return env;
    }
    // Under strace: LeakSanitizer cannot run under ptrace and aborts the sanitizer build at exit;
    // leaks are checked by the untraced runs.
    QProcessEnvironment tracedEnvironment() const
    {
        QProcessEnvironment env = environment();
        const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        if (env.contains(QStringLiteral("ASAN_OPTIONS")))
            env.insert(QStringLiteral("ASAN_OPTIONS"), asan + QStringLiteral(":detect_leaks=0"));
        return env;
    }
    QStringList arguments(const QStringList &command) const
    {
        return command
            + QStringList { QStringLiteral("--root"), root(), QStringLiteral("--home"),
                            QStringLiteral("/home/alice"), QStringLiteral("--yes") };
    }
    Run tlens(const QStringList &command) const
    {
        return run(QStringLiteral(TLENS_BINARY), arguments(command), environment());
    }
};

struct Scenario {
    QString name;
    QList<QStringList> setup; // run to completion first
    bool forgetSetup = false; // drop the setup's change sets, keep its files
    QStringList command;
};

struct Point {
    QString syscall;
    int invocation = 0;
};

struct Outcome {
    bool killed = false;
    QString failure; // empty when every check held
};

QString whereFor(const Point &p)
{
    return QStringLiteral("%1 #%2").arg(p.syscall).arg(p.invocation);
}

} // namespace

class TestCrashRecovery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // One function per change set, not data rows: QtTest's watchdog (QTEST_FUNCTION_TIMEOUT) counts
    // a whole function with all its rows, and each change set is a few hundred sanitized runs.
    void killedDuringUserDisable();
    void killedDuringSystemDisable();
    void killedDuringEnable();
    void killedDuringUndoOfUserDisable();
    void killedDuringUndoOfSystemDisable();
    void cleanupTestCase();

private:
    void killedAtEveryFileChange(const Scenario &scenario);

    QString m_strace;
    int m_points = 0;
    int m_failed = 0;
    QStringList m_figures;
};

void TestCrashRecovery::initTestCase()
{
    m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    QVERIFY2(!m_strace.isEmpty(), "strace is needed: installer/build-deps.sh installs it");
    const Run probe = run(
        m_strace,
        { QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("true") });
    QVERIFY2(probe.exitCode == 0, probe.output.constData());
}

namespace {
const QStringList kAllTools { QStringLiteral("ray"), QStringLiteral("skyplane"), QStringLiteral("mlflow"),
                              QStringLiteral("rasa") };
const QStringList kDisableUser { QStringLiteral("disable"), QStringLiteral("--all"),
                                 QStringLiteral("--fix-overrides") };
const QStringList kDisableSystem { QStringLiteral("disable"), QStringLiteral("--all"),
                                   QStringLiteral("--scope"), QStringLiteral("system") };
const QStringList kUndo { QStringLiteral("undo") };
} // namespace

void TestCrashRecovery::killedDuringUserDisable()
{
    killedAtEveryFileChange({ QStringLiteral("disable (user)"), {}, false, kDisableUser });
}

void TestCrashRecovery::killedDuringSystemDisable()
{
    killedAtEveryFileChange({ QStringLiteral("disable (system)"), {}, false, kDisableSystem });
}

void TestCrashRecovery::killedDuringEnable()
{
    killedAtEveryFileChange({ QStringLiteral("enable"),
                              { kDisableUser },
                              true,
                              QStringList { QStringLiteral("enable") } + kAllTools });
}

void TestCrashRecovery::killedDuringUndoOfUserDisable()
{
    killedAtEveryFileChange({ QStringLiteral("undo (user)"), { kDisableUser }, false, kUndo });
}

void TestCrashRecovery::killedDuringUndoOfSystemDisable()
{
    killedAtEveryFileChange({ QStringLiteral("undo (system)"), { kDisableSystem }, false, kUndo });
}

void TestCrashRecovery::killedAtEveryFileChange(const Scenario &scenario)
{
    const bool isUndo = scenario.command.first() == QLatin1String("undo");
    QTemporaryDir work;
    QVERIFY(work.isValid());

    // The starting point: the sample workstation, alice's home owned by alice when we may give it.
    const Workspace base { work.path() + QStringLiteral("/base") };
    {
        FixtureCopy copy;
        QVERIFY(copy.isValid());
        QVERIFY(QDir().mkpath(base.dir));
        QVERIFY(copyWorkspace(copy.root(), base.root()));
        QVERIFY(QDir().mkpath(base.data()));
        QVERIFY(QDir().mkpath(base.dir + QStringLiteral("/invoker")));
        if (::geteuid() == 0) {
            const Run chown = run(QStringLiteral("chown"),
                                  { QStringLiteral("-R"), QStringLiteral("1000:1000"),
                                    base.root() + QStringLiteral("/home/alice") });
            QVERIFY2(chown.exitCode == 0, chown.output.constData());
        }
    }
    for (const QStringList &command : std::as_const(scenario.setup)) {
        // A machine-wide disable exits 1 when a user's own start-up file still decides; it is written.
        const Run r = base.tlens(command);
        QVERIFY2(r.started && !r.crashed && r.output.contains("Saved as change set"), r.output.constData());
    }
    if (scenario.forgetSetup) {
        QVERIFY(QDir(base.data()).removeRecursively());
        QVERIFY(QDir().mkpath(base.data()));
    }
    const Tree before = snapshot(base.root());

    // The uninterrupted run, traced: its result and how often it calls each file-changing syscall.
    const Workspace reference { work.path() + QStringLiteral("/reference") };
    QVERIFY(copyWorkspace(base.dir, reference.dir));
    const QString log = work.path() + QStringLiteral("/trace.log");
    const Run traced
        = run(m_strace,
              QStringList { QStringLiteral("-f"), QStringLiteral("--seccomp-bpf"), QStringLiteral("-qq"),
                            QStringLiteral("-o"), log, QStringLiteral("-e"),
                            QStringLiteral("trace=") + kFileChangingSyscalls.join(QLatin1Char(',')),
                            QStringLiteral(TLENS_BINARY) }
                  + reference.arguments(scenario.command),
              reference.tracedEnvironment());
    QVERIFY2(traced.started && !traced.crashed, traced.output.constData());
    const Tree after = snapshot(reference.root());
    QVERIFY2(!differences(before, after).isEmpty(), "the command must change something");

    QFile logFile(log);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    QMap<QString, int> counts;
    QMap<QString, QSet<QString>> threads;
    static const QRegularExpression call(QStringLiteral("^(\\d+)\\s+(\\w+)\\("));
    const QList<QByteArray> lines = logFile.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QRegularExpressionMatch m = call.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        ++counts[m.captured(2)];
        threads[m.captured(2)].insert(m.captured(1));
    }
    QList<Point> points;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        // strace counts invocations per thread: each point is exact only if one thread makes them.
        QVERIFY2(threads.value(it.key()).size() == 1,
                 qPrintable(QStringLiteral("%1 is called from several threads").arg(it.key())));
        for (int n = 1; n <= it.value(); ++n)
            points.append({ it.key(), n });
    }
    QVERIFY(!points.isEmpty());

    // What undo must give after an interrupted command: the tree before it (there is no undo of an
    // undo: after an interrupted undo, running it again is the recovery).
    auto check = [&](const Point &point) {
        Outcome outcome;
        const QString dir = work.path() + QStringLiteral("/%1-%2").arg(point.syscall).arg(point.invocation);
        const Workspace killed { dir + QStringLiteral("-killed") };
        const Workspace again { dir + QStringLiteral("-again") };
        auto fail = [&](const QString &what) {
            outcome.failure = whereFor(point) + QStringLiteral(": ") + what;
            return outcome;
        };
        if (!copyWorkspace(base.dir, killed.dir))
            return fail(QStringLiteral("could not copy the workspace"));
        // Not --seccomp-bpf: strace 6.1 does not deliver an injected signal under it.
        const Run r = run(
            m_strace,
            QStringList {
                QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                QStringLiteral("/dev/null"), QStringLiteral("-e"), QStringLiteral("trace=") + point.syscall,
                QStringLiteral("-e"),
                QStringLiteral("inject=%1:signal=SIGKILL:when=%2").arg(point.syscall).arg(point.invocation),
                QStringLiteral(TLENS_BINARY) }
                + killed.arguments(scenario.command),
            killed.tracedEnvironment());
        outcome.killed = r.crashed;
        if (!r.crashed)
            return fail(QStringLiteral("the command was not killed (exit %1): %2")
                            .arg(r.exitCode)
                            .arg(QString::fromUtf8(r.output)));
        const Tree left = snapshot(killed.root());
        const QString torn = tornEntries(before, after, left);
        if (!torn.isEmpty())
            return fail(QStringLiteral("left ") + torn);
        if (!copyWorkspace(killed.dir, again.dir))
            return fail(QStringLiteral("could not copy the workspace"));

        if (!isUndo) {
            const Run u = killed.tlens({ QStringLiteral("undo") });
            const QString diff = differences(before, snapshot(killed.root()));
            if (u.crashed || !diff.isEmpty())
                return fail(QStringLiteral("undo did not restore the previous tree: %1\n%2")
                                .arg(diff, QString::fromUtf8(u.output.right(600))));
        }
        const Run a = again.tlens(scenario.command);
        const QString diff = differences(after, snapshot(again.root()));
        if (a.crashed || !diff.isEmpty())
            return fail(QStringLiteral("running it again did not reach the uninterrupted result: %1\n%2")
                            .arg(diff, QString::fromUtf8(a.output.right(600))));
        QDir(killed.dir).removeRecursively();
        QDir(again.dir).removeRecursively();
        return outcome;
    };

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    const QList<Outcome> outcomes = QtConcurrent::blockingMapped<QList<Outcome>>(&pool, points, check);
    QStringList failures;
    for (const Outcome &o : outcomes) {
        if (!o.failure.isEmpty())
            failures.append(o.failure);
    }
    m_points += int(points.size());
    m_failed += int(failures.size());
    QStringList perSyscall;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        perSyscall.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    m_figures.append(QStringLiteral("%1: %2 injection points (%3), %4 failed recoveries")
                         .arg(scenario.name)
                         .arg(points.size())
                         .arg(perSyscall.join(QStringLiteral(", ")))
                         .arg(failures.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestCrashRecovery::cleanupTestCase()
{
    for (const QString &line : std::as_const(m_figures))
        qInfo("%s", qPrintable(line));
    qInfo("total: %d injection points, %d failed recoveries", m_points, m_failed);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "testcrashrecovery.moc"

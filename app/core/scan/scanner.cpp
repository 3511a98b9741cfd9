#include "scanner.h"

#include "catalog/catalog.h"
#include "discovery/discovery.h"
#include "discovery/installfinder.h"
#include "discovery/recordreader.h"
#include "env/envsources.h"
#include "resolve/resolver.h"
#include "resolve/versionrules.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSet>
#include <QSysInfo>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace tlens {

namespace {

struct PasswdEntry {
    UserAccount account;
    bool loginShell = true;
};

QList<PasswdEntry> readPasswd(const RootFs &fs, Findings *findings)
{
    QList<PasswdEntry> out;
    const RootFs::ReadResult r = fs.readFile(QStringLiteral("/etc/passwd"), 16 * 1024 * 1024);
    if (!r.ok()) {
        if (r.status != RootFs::ReadStatus::Missing && findings)
            findings->append({ QStringLiteral("/etc/passwd"), QStringLiteral("unreadable"), r.errorText,
                               Finding::Severity::Warning });
        return out;
    }
    const QList<QByteArray> lines = r.data.split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split(':');
        if (f.size() < 7)
            continue;
        PasswdEntry e;
        e.account.name = QString::fromUtf8(f.at(0));
        bool ok = false;
        e.account.uid = f.at(2).toLongLong(&ok);
        if (!ok)
            e.account.uid = -1;
        e.account.home = RootFs::cleanInner(QString::fromUtf8(f.at(5)));
        e.account.shell = QString::fromUtf8(f.at(6)).trimmed();
        const QString shellBase = QFileInfo(e.account.shell).fileName();
        e.loginShell = !(shellBase == QLatin1String("nologin") || shellBase == QLatin1String("false")
                         || shellBase == QLatin1String("sync") || shellBase.isEmpty());
        out.append(e);
    }
    return out;
}

QString osPrettyName(const RootFs &fs)
{
    const RootFs::ReadResult r = fs.readFile(QStringLiteral("/etc/os-release"), 64 * 1024);
    if (r.ok()) {
        const QList<QByteArray> lines = r.data.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("PRETTY_NAME=")) {
                QByteArray v = line.mid(12).trimmed();
                if (v.size() >= 2 && (v.startsWith('"') || v.startsWith('\'')))
                    v = v.mid(1, v.size() - 2);
                return QString::fromUtf8(v);
            }
        }
    }
    return fs.isHostRoot() ? QSysInfo::prettyProductName() : QString();
}

// Linear, not quadratic: a machine can hold tens of thousands of session ids.
void appendUnique(QList<Identifier> *into, const QList<Identifier> &from)
{
    QSet<QString> seen;
    seen.reserve(into->size() + from.size());
    for (const Identifier &e : std::as_const(*into))
        seen.insert(e.kind + QLatin1Char('\n') + e.value);
    for (const Identifier &id : from) {
        const QString key = id.kind + QLatin1Char('\n') + id.value;
        if (!seen.contains(key)) {
            seen.insert(key);
            into->append(id);
        }
    }
}

bool liveAllowed(const ScanOptions &options, const RootFs &fs)
{
    return options.liveEnvironment && fs.isHostRoot();
}

} // namespace

bool Scanner::checkRoot(const QString &root, QString *error)
{
    const QFileInfo info(root);
    if (!info.exists()) {
        *error
            = tr("The root %1 does not exist. Give --root the folder where the image is mounted.").arg(root);
        return false;
    }
    if (!info.isDir() || !info.isReadable() || !info.isExecutable()) {
        *error = tr("The root %1 is not a readable folder. Check the path and your permissions.").arg(root);
        return false;
    }
    return true;
}

QList<UserAccount> Scanner::accounts(const RootFs &fs, const ScanOptions &options)
{
    QList<UserAccount> out;
    const QList<PasswdEntry> passwd = readPasswd(fs, nullptr);
    if (!options.home.isEmpty()) {
        const QString home = RootFs::cleanInner(options.home);
        for (const PasswdEntry &e : passwd) {
            if (e.account.home == home)
                return { e.account };
        }
        UserAccount a;
        a.name = QFileInfo(home).fileName();
        a.home = home;
        a.shell = fs.isHostRoot() ? qEnvironmentVariable("SHELL", QStringLiteral("/bin/bash"))
                                  : QStringLiteral("/bin/bash");
        return { a };
    }
    if (options.allUsers) {
        QSet<QString> homes;
        for (const PasswdEntry &e : passwd) {
            if (e.account.home == QLatin1String("/") || homes.contains(e.account.home))
                continue;
            const bool human = e.loginShell || e.account.uid >= 1000;
            if (!human || !fs.isDirectory(e.account.home))
                continue;
            if (e.account.uid > 0 && e.account.uid < 1000 && e.account.name != QLatin1String("root"))
                continue;
            homes.insert(e.account.home);
            out.append(e.account);
        }
        const QStringList names = fs.entries(QStringLiteral("/home"));
        for (const QString &name : names) {
            const QString home = QStringLiteral("/home/") + name;
            if (homes.contains(home) || !fs.isDirectory(home))
                continue;
            homes.insert(home);
            UserAccount a;
            a.name = name;
            a.home = home;
            a.shell = QStringLiteral("/bin/bash");
            out.append(a);
        }
        return out;
    }
    // The invoking user.
    const struct passwd *pw = ::getpwuid(::getuid());
    const QString me = pw ? QString::fromLocal8Bit(pw->pw_name) : qEnvironmentVariable("USER");
    if (fs.isHostRoot()) {
        UserAccount a;
        a.name = me;
        a.uid = qint64(::getuid());
        a.home
            = qEnvironmentVariable("HOME", pw ? QString::fromLocal8Bit(pw->pw_dir) : QStringLiteral("/root"));
        a.shell = pw ? QString::fromLocal8Bit(pw->pw_shell) : qEnvironmentVariable("SHELL");
        return { a };
    }
    for (const PasswdEntry &e : passwd) {
        if (e.account.name == me)
            return { e.account };
    }
    return out;
}

ScanResult Scanner::scan(const ScanOptions &options, const Progress &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    ScanResult result;
    RootFs fs(options.root);
    fs.setOverlay(options.overlay);
    const Catalog &catalog = Catalog::instance();
    QList<const ToolSpec *> tools;
    for (const ToolSpec &t : catalog.tools()) {
        if (options.tools.isEmpty() || options.tools.contains(t.id))
            tools.append(&t);
    }
    auto report = [&progress](const QString &phase, qint64 done, qint64 total) {
        if (progress)
            progress(phase, done, total);
    };
    auto cancelled = [cancel]() { return cancel && cancel->load(); };

    result.machine.root = options.root;
    result.machine.os = osPrettyName(fs);
    const RootFs::ReadResult hostname = fs.readFile(QStringLiteral("/etc/hostname"), 4096);
    result.machine.hostName = hostname.ok() ? QString::fromUtf8(hostname.data).trimmed()
                                            : (fs.isHostRoot() ? QSysInfo::machineHostName() : QString());
    result.machine.cpuCount = fs.isHostRoot() ? QThread::idealThreadCount() : 0;

    const Discovery discovery(fs);
    const InstallFinder installFinder(fs, tools);
    result.machine.installations = installFinder.walkMachine().installations;
    auto installsOf = [](const QList<Installation> &all, const QString &toolId) {
        QList<Installation> out;
        for (const Installation &in : all) {
            if (in.toolId == toolId)
                out.append(in);
        }
        return out;
    };
    const QString sharedRayTemp = QStringLiteral("/tmp/ray");
    for (const ToolSpec *tool : std::as_const(tools)) {
        if (cancelled())
            return result;
        MachineToolData data;
        data.toolId = tool->id;
        data.name = tool->name;
        DiscoveredData found;
        const QString machineRecords = tool->handler(QStringLiteral("machine_records"));
        if (machineRecords == QLatin1String("ray-sessions")) {
            report(tr("Reading Ray sessions in %1").arg(sharedRayTemp), 0, 0);
            data.locations.append(sharedRayTemp);
            found = discovery.rayReports(sharedRayTemp);
        } else if (machineRecords == QLatin1String("skyplane-events")) {
            const QString usage = QStringLiteral("/tmp/skyplane/usage");
            report(tr("Reading Skyplane events in %1").arg(usage), 0, 0);
            data.locations.append(usage);
            found = discovery.skyplaneReports(usage);
        } else if (machineRecords == QLatin1String("system-files")) {
            // A machine-wide tool: its settings and records are the machine's, not an account's.
            for (const RecordSpec &rec : tool->records) {
                if (rec.path.startsWith(QLatin1Char('/')))
                    data.locations.append(rec.path);
            }
            RecordReader(fs).readMachine(*tool, &found);
        }
        data.artifacts = found.artifacts;
        data.warnings = found.warnings;
        appendUnique(&data.identifiers, found.identifiers);
        data.installations = installsOf(result.machine.installations, tool->id);
        result.findings += found.findings;
        result.scannedFiles += found.filesRead;
        result.machine.tools.append(data);
    }

    const QList<UserAccount> accounts = Scanner::accounts(fs, options);
    const EnvSources envSources(fs);
    const Resolver resolver(fs);
    const bool live = liveAllowed(options, fs);
    const QString me = qEnvironmentVariable("USER");
    QSet<QString> startupFiles;
    qint64 done = 0;
    for (const UserAccount &account : accounts) {
        if (cancelled())
            return result;
        report(tr("Resolving settings of %1").arg(account.name), done++, accounts.size());
        UserScan user;
        user.account = account;
        EnvReport env = envSources.read(account);
        if (live && (accounts.size() == 1 || account.name == me)) {
            const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
            const QStringList keys = sys.keys();
            for (const QString &k : keys)
                env.live.insert(k, sys.value(k));
            env.hasLive = true;
        }
        result.findings += env.findings;
        for (const EnvSourceFile &f : std::as_const(env.files)) {
            if (f.exists)
                startupFiles.insert(f.path);
        }
        const InstallIndex installs = installFinder.walkHome(account, &env);
        user.installations = installs.installations;
        user.projects = installs.projects;
        for (const ToolSpec *tool : std::as_const(tools)) {
            ToolStatus status = resolver.resolve(*tool, account, env, user.projects);
            DiscoveredData files = discovery.userFiles(*tool, account, env);
            if (tool->handler(QStringLiteral("machine_records")) == QLatin1String("ray-sessions")) {
                const QString temp = RootFs::cleanInner(Discovery::rayTempDir(env));
                if (temp != sharedRayTemp && fs.resolve(temp).inner != fs.resolve(sharedRayTemp).inner) {
                    const DiscoveredData own = discovery.rayReports(temp);
                    files.artifacts += own.artifacts;
                    files.identifiers += own.identifiers;
                    files.findings += own.findings;
                    files.warnings += own.warnings;
                    files.filesRead += own.filesRead;
                }
            }
            status.artifacts += files.artifacts;
            appendUnique(&status.identifiers, files.identifiers);
            status.warnings += files.warnings;
            status.installations = installsOf(user.installations, tool->id);
            QList<Installation> installs = status.installations;
            if (const MachineToolData *machine = result.machineTool(tool->id))
                installs += machine->installations;
            VersionRules::apply(*tool, installs, &status);
            DiscoveredData installed;
            RecordReader(fs).readInstalled(*tool, installs, &installed);
            status.artifacts += installed.artifacts;
            appendUnique(&status.identifiers, installed.identifiers);
            status.warnings += installed.warnings;
            files.findings += installed.findings;
            files.filesRead += installed.filesRead;
            result.findings += files.findings;
            result.scannedFiles += files.filesRead;
            user.tools.append(status);
        }
        result.users.append(user);
    }
    result.scannedFiles += startupFiles.size(); // /etc/environment once, however many accounts read it
    report(tr("Scan finished"), accounts.size(), accounts.size());
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace tlens

#include "machinefacts.h"

#include <gnu/libc-version.h>
#include <sys/utsname.h>
#include <unistd.h>

namespace tlens {

namespace {

// KEY=VALUE lines with optional single or double quotes, as os-release(5) defines them.
QString osReleaseValue(const QByteArray &text, const QByteArray &key)
{
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (!line.startsWith(QByteArray(key + '=')))
            continue;
        QByteArray value = line.mid(key.size() + 1);
        if (value.size() >= 2 && (value.startsWith('"') || value.startsWith('\''))
            && value.endsWith(value.at(0)))
            value = value.mid(1, value.size() - 2);
        return QString::fromUtf8(value);
    }
    return {};
}

} // namespace

QString MachineFacts::platformString() const
{
    if (system.isEmpty() || release.isEmpty() || architecture.isEmpty())
        return {};
    QString out = system + QLatin1Char('-') + release + QLatin1Char('-') + architecture;
    if (!libcVersion.isEmpty())
        out += QStringLiteral("-with-glibc") + libcVersion;
    return out;
}

MachineFacts MachineFacts::read(const RootFs &fs)
{
    MachineFacts facts;
    RootFs::ReadResult osRelease = fs.readFile(QStringLiteral("/etc/os-release"), 64 * 1024);
    if (!osRelease.ok())
        osRelease = fs.readFile(QStringLiteral("/usr/lib/os-release"), 64 * 1024);
    if (osRelease.ok()) {
        facts.system = QStringLiteral("Linux");
        facts.distribution = osReleaseValue(osRelease.data, "PRETTY_NAME");
        facts.distributionId = osReleaseValue(osRelease.data, "ID");
        facts.distributionVersion = osReleaseValue(osRelease.data, "VERSION_ID");
    }
    facts.docker = fs.resolve(QStringLiteral("/.dockerenv")).exists();
    if (!fs.isHostRoot())
        return facts;

    struct utsname uts { };
    if (::uname(&uts) == 0) {
        facts.system = QString::fromLocal8Bit(uts.sysname);
        facts.release = QString::fromLocal8Bit(uts.release);
        facts.architecture = QString::fromLocal8Bit(uts.machine);
    }
    facts.libcVersion = QString::fromLatin1(gnu_get_libc_version());
    const long cpus = ::sysconf(_SC_NPROCESSORS_ONLN);
    facts.cpuCount = cpus > 0 ? int(cpus) : 0;
    if (!facts.docker) {
        const RootFs::ReadResult cgroup = fs.readFile(QStringLiteral("/proc/self/cgroup"), 64 * 1024);
        facts.docker = cgroup.ok() && cgroup.data.contains("docker");
    }
    return facts;
}

} // namespace tlens

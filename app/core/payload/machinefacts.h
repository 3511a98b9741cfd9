#pragma once

#include "fs/rootfs.h"

#include <QString>

namespace tlens {

// The facts about a machine that the tools put into their reports: OS name and kernel release,
// processor count, C library, container. The distribution comes from <root>/etc/os-release; the
// rest only from the live system (uname, sysconf, /proc) when the root is "/": for a disk image
// those stay unknown rather than being taken from the computer running the audit. Never writes.
struct MachineFacts {
    QString system; // Python's platform.system(): "Linux"; empty when unknown
    QString release; // platform.release(): the kernel release, live system only
    QString architecture; // platform.machine(): "x86_64", live system only
    QString libcVersion; // glibc version "2.36", live system only
    QString distribution; // PRETTY_NAME of os-release, e.g. "Debian GNU/Linux 12 (bookworm)"
    QString distributionId; // ID of os-release, e.g. "debian"
    QString distributionVersion; // VERSION_ID of os-release, e.g. "12"
    int cpuCount = 0; // os.cpu_count(); 0 when unknown
    bool docker = false; // /.dockerenv exists (or, live, a docker cgroup)

    // Python's platform.platform(), as MLflow sends it: "Linux-6.8.0-49-generic-x86_64-with-glibc2.39";
    // empty when a part is unknown.
    QString platformString() const;

    static MachineFacts read(const RootFs &fs);
};

} // namespace tlens

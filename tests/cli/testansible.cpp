#include "testutil.h"

#include "fleet/auditsnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <unistd.h>

using namespace tlens;
using namespace tlens::test;

// The Ansible role end to end: audit.yml and optout.yml run by ansible-playbook against three
// local hosts, each with its own copy of the sample workstation as its root, and `fleet` merging
// the reports. Ansible gets a private home and temporary folders; nothing of the runner is used.
class TestAnsible final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_work;
    const QStringList m_hosts { QStringLiteral("host1"), QStringLiteral("host2"), QStringLiteral("host3") };

    QString path(const QString &rel) const { return m_work.filePath(rel); }
    QString root(const QString &host) const { return path(host + QStringLiteral("/root")); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = cleanEnvironment(path(QStringLiteral("home")));
        e.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), path(QStringLiteral("ansible/local")));
        e.insert(QStringLiteral("ANSIBLE_REMOTE_TEMP"), path(QStringLiteral("ansible/remote")));
        e.insert(QStringLiteral("ANSIBLE_HOME"), path(QStringLiteral("ansible/home")));
        e.insert(QStringLiteral("ANSIBLE_CONFIG"), path(QStringLiteral("ansible/none.cfg")));
        e.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
        e.insert(QStringLiteral("ANSIBLE_FORCE_COLOR"), QStringLiteral("0"));
        e.insert(QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("0"));
        e.insert(QStringLiteral("ANSIBLE_STDOUT_CALLBACK"), QStringLiteral("default"));
        e.insert(QStringLiteral("ANSIBLE_LOAD_CALLBACK_PLUGINS"), QStringLiteral("0"));
        e.insert(QStringLiteral("ANSIBLE_PYTHON_INTERPRETER"), QStringLiteral("/usr/bin/python3"));
        e.insert(QStringLiteral("ANSIBLE_LOCALHOST_WARNING"), QStringLiteral("0"));
        e.insert(QStringLiteral("ANSIBLE_DEPRECATION_WARNINGS"), QStringLiteral("0"));
        return e;
    }

    struct Run {
        int exitCode = -1;
        QString output;
    };

    Run playbook(const QString &inventory, const QString &playbook, const QStringList &extra = {})
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.setWorkingDirectory(m_work.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("ansible-playbook"),
                QStringList { QStringLiteral("-i"), inventory,
                              QStringLiteral(TLENS_SOURCE_DIR "/installer/ansible/") + playbook }
                    + extra);
        Run run;
        if (!p.waitForStarted(60000)) {
            run.output = QStringLiteral("ansible-playbook did not start: ") + p.errorString();
            return run;
        }
        p.waitForFinished(600000);
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.output = QString::fromUtf8(p.readAll());
        return run;
    }

    // host -> "changed" count of the PLAY RECAP.
    static QHash<QString, int> changedPerHost(const QString &output, QHash<QString, int> *failed = nullptr)
    {
        QHash<QString, int> changed;
        const qsizetype recap = output.lastIndexOf(QStringLiteral("PLAY RECAP"));
        if (recap < 0)
            return changed;
        static const QRegularExpression line(
            QStringLiteral(
                "^(\\S+)\\s*:\\s*ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)"),
            QRegularExpression::MultilineOption);
        auto it = line.globalMatch(output.mid(recap));
        while (it.hasNext()) {
            const auto m = it.next();
            changed.insert(m.captured(1), m.captured(3).toInt());
            if (failed)
                failed->insert(m.captured(1), m.captured(5).toInt() + m.captured(4).toInt());
        }
        return changed;
    }

    // Every entry of a host's root: path, kind, mode and content (or link target).
    QByteArray treeHash(const QString &host) const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringList entries;
        QDirIterator it(root(host), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            entries.append(it.next());
        entries.sort();
        for (const QString &e : std::as_const(entries)) {
            const QFileInfo info(e);
            hash.addData(QByteArray(e.toUtf8() + '\0' + QByteArray::number(int(info.permissions())) + '\0'));
            if (info.isSymLink()) {
                hash.addData(info.symLinkTarget().toUtf8());
            } else if (info.isFile()) {
                QFile f(e);
                if (f.open(QIODevice::ReadOnly))
                    hash.addData(f.readAll());
            }
            hash.addData(QByteArrayView("\n"));
        }
        return hash.result().toHex();
    }

    QString writeInventory(const QString &name, const QStringList &lines)
    {
        const QString file = path(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        return file;
    }

    QString inventory()
    {
        QStringList lines { QStringLiteral("[workstations]") };
        for (const QString &h : m_hosts)
            lines << QStringLiteral(
                         "%1 telemetry_lens_root=%2 telemetry_lens_environment='{\"TLENS_DATA_DIR\": "
                         "\"%3\"}'")
                         .arg(h, root(h), path(h + QStringLiteral("/data")));
        lines << QString() << QStringLiteral("[workstations:vars]")
              << QStringLiteral("ansible_connection=local")
              << QStringLiteral("ansible_python_interpreter=/usr/bin/python3")
              << QStringLiteral("telemetry_lens_binary=" TLENS_BINARY)
              << QStringLiteral("telemetry_lens_reports_dir=") + path(QStringLiteral("reports"))
              << QStringLiteral("telemetry_lens_fix_overrides=true");
        return writeInventory(QStringLiteral("inventory.ini"), lines);
    }

    static QString describe(const Run &r)
    {
        return QStringLiteral("exit %1:\n%2").arg(r.exitCode).arg(r.output);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty(),
                 "ansible-playbook is missing: install ansible-core (installer/build-deps.sh does)");
        QVERIFY(m_work.isValid());
        for (const QString &h : m_hosts) {
            QVERIFY2(copyTree(QStringLiteral(TLENS_WORKSTATION_DIR), root(h)), qPrintable(h));
            QDir().mkpath(path(h + QStringLiteral("/data")));
        }
        for (const char *dir : { "home", "ansible/local", "ansible/remote", "ansible/home" })
            QDir().mkpath(path(QString::fromLatin1(dir)));
    }

    void playbooksOptOutAFleet()
    {
        const QString inv = inventory();
        QVERIFY(!inv.isEmpty());

        // audit.yml: one report per host, fetched to the controller, and no change reported.
        Run audit = playbook(inv, QStringLiteral("audit.yml"));
        QVERIFY2(audit.exitCode == 0, qPrintable(describe(audit)));
        QHash<QString, int> changed = changedPerHost(audit.output);
        QCOMPARE(changed.size(), m_hosts.size());
        for (const QString &h : m_hosts) {
            QVERIFY2(changed.value(h, -1) == 0, qPrintable(h + QStringLiteral(": ") + audit.output));
            AuditSnapshot report;
            QString error;
            QVERIFY2(AuditSnapshot::load(path(QStringLiteral("reports/%1.json").arg(h)), &report, &error),
                     qPrintable(error));
            QVERIFY2(report.anyCollecting(),
                     qPrintable(h + QStringLiteral(": the sample collects before opting out")));
        }
        QVERIFY(QDir().rename(path(QStringLiteral("reports")), path(QStringLiteral("before"))));

        // Check mode: the plan of every host would change files; no byte changes.
        QHash<QString, QByteArray> hashes;
        for (const QString &h : m_hosts)
            hashes.insert(h, treeHash(h));
        Run check = playbook(inv, QStringLiteral("optout.yml"), { QStringLiteral("--check") });
        QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
        changed = changedPerHost(check.output);
        for (const QString &h : m_hosts) {
            QVERIFY2(changed.value(h, -1) == 1,
                     qPrintable(h + QStringLiteral(" would change: ") + check.output));
            QVERIFY2(treeHash(h) == hashes.value(h),
                     qPrintable(h + QStringLiteral(" changed in check mode")));
        }

        // The first run changes files and leaves nothing collecting.
        Run first = playbook(inv, QStringLiteral("optout.yml"));
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        changed = changedPerHost(first.output);
        for (const QString &h : m_hosts) {
            QVERIFY2(changed.value(h, -1) == 1, qPrintable(h + QStringLiteral(": ") + first.output));
            QVERIFY2(treeHash(h) != hashes.value(h), qPrintable(h + QStringLiteral(" did not change")));
            const RunResult after = runBinary({ QStringLiteral("audit"), QStringLiteral("--all-users"),
                                                QStringLiteral("--json"), QStringLiteral("--root"), root(h) },
                                              cleanEnvironment(path(QStringLiteral("home"))));
            AuditSnapshot report;
            QString error;
            QVERIFY2(AuditSnapshot::parse(after.out, h, &report, &error), qPrintable(error));
            QVERIFY2(!report.users.isEmpty() && !report.anyCollecting(),
                     qPrintable(h + QStringLiteral(" still collects: ") + QString::fromUtf8(after.out)));
        }

        // The second run finds nothing to do.
        Run second = playbook(inv, QStringLiteral("optout.yml"));
        QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
        changed = changedPerHost(second.output);
        QCOMPARE(changed.size(), m_hosts.size());
        for (const QString &h : m_hosts)
            QVERIFY2(changed.value(h, -1) == 0, qPrintable(h + QStringLiteral(": ") + second.output));

        // fleet merges the reports: before, every host collects; after, none.
        const RunResult before
            = runBinary({ QStringLiteral("fleet"), path(QStringLiteral("before")), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--fail-on-enabled") });
        QVERIFY2(before.exitCode == 1, before.err.constData());
        const QJsonObject merged = QJsonDocument::fromJson(before.out).object();
        const QJsonArray hosts = merged.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.size(), 3);
        QStringList names;
        for (const QJsonValue &h : hosts) {
            names.append(h.toObject().value(QStringLiteral("host")).toString());
            QVERIFY(!h.toObject().value(QStringLiteral("collecting")).toArray().isEmpty());
        }
        QCOMPARE(names, m_hosts);
        QCOMPARE(merged.value(QStringLiteral("hosts_collecting")).toInt(), 3);

        Run again = playbook(inv, QStringLiteral("audit.yml"));
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        const RunResult after = runBinary({ QStringLiteral("fleet"), path(QStringLiteral("reports")),
                                            QStringLiteral("--fail-on-enabled") });
        QVERIFY2(after.exitCode == 0, qPrintable(QString::fromUtf8(after.out + after.err)));
        QVERIFY2(after.out.contains("3 hosts, 0 with a collecting tool"), after.out.constData());
    }

    void failureNamesTheHostAndReason()
    {
        const QString inv = writeInventory(
            QStringLiteral("broken.ini"),
            { QStringLiteral("broken telemetry_lens_root=") + path(QStringLiteral("no-such-root")),
              QStringLiteral("[all:vars]"), QStringLiteral("ansible_connection=local"),
              QStringLiteral("ansible_python_interpreter=/usr/bin/python3"),
              QStringLiteral("telemetry_lens_binary=" TLENS_BINARY) });
        const Run run = playbook(inv, QStringLiteral("optout.yml"));
        QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
        QVERIFY2(
            run.output.contains(QStringLiteral("telemetry-lens disable failed on broken (exit status 3)")),
            qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("no-such-root")), qPrintable(run.output));
    }
};

QTEST_GUILESS_MAIN(TestAnsible)
#include "testansible.moc"

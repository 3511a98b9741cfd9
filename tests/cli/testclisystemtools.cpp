#include "testutil.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <sys/stat.h>

using namespace tlens::test;

// The settings files of the system and cloud tools written by the real binary, byte for byte as
// the tools' own commands write them: Debian packer's JSON file, Azure CLI's INI file (one line edited in
// place, comments and mode 0600 kept), popularity-contest's machine-wide shell file (only with --scope
// system, as dpkg-reconfigure writes it), and undo restoring the exact previous bytes.
class TestCliSystemTools final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FixtureCopy> m_fixture;
    std::unique_ptr<QTemporaryDir> m_data;

    const QString m_azure = QStringLiteral("/home/alice/.azure/config");
    const QString m_popcon = QStringLiteral("/etc/popularity-contest.conf");

    static QByteArray popconConf(const QByteArray &participate)
    {
        return "# Config file for Debian's popularity-contest package.\n"
               "#\n"
               "# To change this file, use:\n"
               "#        dpkg-reconfigure popularity-contest\n"
               "#\n"
               "# You can also edit it by hand, if you so choose.\n"
               "#\n"
               "# See /usr/share/popularity-contest/default.conf for more info\n"
               "# on the options.\n"
               "\n"
               "MY_HOSTID=\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\"\n"
               "PARTICIPATE=\""
            + participate
            + "\"\n"
              "USEHTTP=\"yes\"\n";
    }

    RunResult run(QStringList args)
    {
        QProcessEnvironment env = cleanEnvironment(m_fixture->path(QStringLiteral("/home/alice")));
        env.insert(QStringLiteral("TLENS_DATA_DIR"), m_data->path());
        args << QStringLiteral("--root") << m_fixture->root() << QStringLiteral("--home")
             << QStringLiteral("/home/alice");
        return runBinary(args, env);
    }

    static QString output(const RunResult &r) { return QString::fromUtf8(r.out + "\n" + r.err); }

    uint mode(const QString &inner) const
    {
        struct stat st { };
        if (::stat(QFile::encodeName(m_fixture->path(inner)).constData(), &st) != 0)
            return 0;
        return st.st_mode & 07777;
    }

    bool exists(const QString &inner) const { return QFile::exists(m_fixture->path(inner)); }

    bool setMode(const QString &inner, uint m) const
    {
        return ::chmod(QFile::encodeName(m_fixture->path(inner)).constData(), m) == 0;
    }

    QJsonObject tool(const QString &id)
    {
        const RunResult r = run({ QStringLiteral("status"), QStringLiteral("--json") });
        const QJsonArray tools = QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QStringLiteral("users"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("tools"))
                                     .toArray();
        for (const QJsonValue &t : tools) {
            if (t.toObject().value(QStringLiteral("id")).toString() == id)
                return t.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<FixtureCopy>();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_fixture->isValid());
        QVERIFY(m_data->isValid());
    }

    void azureEditsTheOneLineAndUndoRestores()
    {
        const QByteArray before
            = "# my settings\n[core]\noutput = table\ncollect_telemetry = yes\n; keep this\n\n"
              "[defaults]\ngroup = rg1\n";
        QVERIFY(m_fixture->write(m_azure, before));
        QVERIFY(setMode(m_azure, 0600));
        QCOMPARE(tool(QStringLiteral("azure-cli")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("enabled"));

        RunResult r
            = run({ QStringLiteral("disable"), QStringLiteral("azure-cli"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QCOMPARE(m_fixture->read(m_azure),
                 QByteArray("# my settings\n[core]\noutput = table\ncollect_telemetry = no\n; keep this\n\n"
                            "[defaults]\ngroup = rg1\n"));
        QCOMPARE(mode(m_azure), 0600u);
        QCOMPARE(tool(QStringLiteral("azure-cli")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("disabled"));

        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QCOMPARE(m_fixture->read(m_azure), before);
        QCOMPARE(mode(m_azure), 0600u);
    }

    void azureCreatesTheFileAsAzDoes()
    {
        RunResult r
            = run({ QStringLiteral("disable"), QStringLiteral("azure-cli"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QCOMPARE(m_fixture->read(m_azure), QByteArray("[core]\ncollect_telemetry = no\n\n"));
        QCOMPARE(mode(m_azure), 0600u);
        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QVERIFY2(!exists(m_azure), "undo removes the file it created");
    }

    void azureLeavesAnUnreadableFileAlone()
    {
        const QByteArray broken = "collect_telemetry = yes\n";
        QVERIFY(m_fixture->write(m_azure, broken));
        const RunResult r
            = run({ QStringLiteral("disable"), QStringLiteral("azure-cli"), QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(output(r).contains(m_azure), qPrintable(output(r)));
        QCOMPARE(m_fixture->read(m_azure), broken);
    }

    void packerConfigIsCreatedThenEditedInPlace()
    {
        const QString packer = QStringLiteral("/home/alice/.packerconfig");
        RunResult r = run({ QStringLiteral("disable"), QStringLiteral("packer"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QCOMPARE(m_fixture->read(packer), QByteArray("{\n  \"disable_checkpoint\": true\n}\n"));
        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QVERIFY2(!exists(packer), "undo removes the file it created");

        const QByteArray before
            = "{\n    \"disable_checkpoint_signature\": true,\n    \"disable_checkpoint\": false\n}";
        QVERIFY(m_fixture->write(packer, before));
        r = run({ QStringLiteral("disable"), QStringLiteral("packer"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QCOMPARE(m_fixture->read(packer),
                 QByteArray(
                     "{\n    \"disable_checkpoint_signature\": true,\n    \"disable_checkpoint\": true\n}"));
        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QCOMPARE(m_fixture->read(packer), before);
    }

    void popconNeedsTheSystemScope()
    {
        QVERIFY(m_fixture->write(m_popcon, popconConf("yes")));
        const RunResult r = run(
            { QStringLiteral("disable"), QStringLiteral("popularity-contest"), QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(output(r).contains(QStringLiteral("--scope system")), qPrintable(output(r)));
        QCOMPARE(m_fixture->read(m_popcon), popconConf("yes"));
    }

    void popconSystemScopeWritesWhatDpkgReconfigureWrites_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("yes") << QByteArray("yes");
        QTest::newRow("No still takes part") << QByteArray("No");
        QTest::newRow("false still takes part") << QByteArray("false");
    }

    void popconSystemScopeWritesWhatDpkgReconfigureWrites()
    {
        QFETCH(QByteArray, value);
        QVERIFY(m_fixture->write(m_popcon, popconConf(value)));
        QCOMPARE(tool(QStringLiteral("popularity-contest")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("enabled"));
        RunResult r = run({ QStringLiteral("disable"), QStringLiteral("popularity-contest"),
                            QStringLiteral("--scope"), QStringLiteral("system"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QCOMPARE(m_fixture->read(m_popcon), popconConf("no"));
        QCOMPARE(mode(m_popcon), 0644u);
        QCOMPARE(tool(QStringLiteral("popularity-contest")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("disabled"));
        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QCOMPARE(m_fixture->read(m_popcon), popconConf(value));
    }

    // The files of /etc/popularity-contest.d are sourced after the main file: a PARTICIPATE line
    // there would undo the opt-out, so it is set too; a file without one is left alone.
    void popconFilesReadLaterAreSetToo()
    {
        const QString site = QStringLiteral("/etc/popularity-contest.d/10-site.conf");
        const QString mail = QStringLiteral("/etc/popularity-contest.d/20-mail.conf");
        const QString old = QStringLiteral("/etc/popularity-contest.d/30-old.conf.dpkg-old");
        const QByteArray siteText = "# site policy\nPARTICIPATE=yes\nUSEHTTP=\"yes\"\n";
        QVERIFY(m_fixture->write(m_popcon, popconConf("no")));
        QVERIFY(m_fixture->write(site, siteText));
        QVERIFY(m_fixture->write(mail, "MAILTO=\"root\"\n"));
        QVERIFY(m_fixture->write(old, "PARTICIPATE=yes\n"));
        const QJsonObject before = tool(QStringLiteral("popularity-contest"));
        QCOMPARE(before.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
        RunResult r = run({ QStringLiteral("disable"), QStringLiteral("popularity-contest"),
                            QStringLiteral("--scope"), QStringLiteral("system"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QCOMPARE(m_fixture->read(site), QByteArray("# site policy\nPARTICIPATE=\"no\"\nUSEHTTP=\"yes\"\n"));
        QCOMPARE(m_fixture->read(m_popcon), popconConf("no"));
        QCOMPARE(m_fixture->read(mail), QByteArray("MAILTO=\"root\"\n"));
        QCOMPARE(m_fixture->read(old), QByteArray("PARTICIPATE=yes\n"));
        QCOMPARE(tool(QStringLiteral("popularity-contest")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("disabled"));
        r = run({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QCOMPARE(m_fixture->read(site), siteText);
    }

    // sh cannot read a file with an open quote: popularity-contest stops, it is misconfigured, and the
    // file is not rewritten.
    void popconFileWithASyntaxErrorIsNotRewritten()
    {
        const QByteArray broken = "MY_HOSTID=\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\"\nPARTICIPATE=\"no\"\n"
                                  "USEHTTP=\"yes\nMAILTO=\"\"\n";
        QVERIFY(m_fixture->write(m_popcon, broken));
        const QJsonObject before = tool(QStringLiteral("popularity-contest"));
        QCOMPARE(before.value(QStringLiteral("state")).toString(), QStringLiteral("misconfigured"));
        const RunResult r
            = run({ QStringLiteral("disable"), QStringLiteral("popularity-contest"),
                    QStringLiteral("--scope"), QStringLiteral("system"), QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(output(r).contains(
                     QStringLiteral("/etc/popularity-contest.conf line 3: a quote or bracket opened "
                                    "here is never closed")),
                 qPrintable(output(r)));
        QCOMPARE(m_fixture->read(m_popcon), broken);
    }

    // MY_HOSTID lets anyone send reports in the machine's name: it is reported, never shown.
    void popconHostIdIsNeverShown()
    {
        const QByteArray hostId = "fa52a67d342c44a390fa9a9a9fc9aacc";
        QVERIFY(m_fixture->write(m_popcon, "MY_HOSTID=\"" + hostId + "\"\nPARTICIPATE=\"yes\"\n"));
        const QList<QStringList> commands {
            { QStringLiteral("show"), QStringLiteral("popularity-contest") },
            { QStringLiteral("show"), QStringLiteral("popularity-contest"), QStringLiteral("--json") },
            { QStringLiteral("status"), QStringLiteral("--json") },
            { QStringLiteral("audit"), QStringLiteral("--all-users"), QStringLiteral("--format"),
              QStringLiteral("json") },
            { QStringLiteral("audit"), QStringLiteral("--all-users"), QStringLiteral("--format"),
              QStringLiteral("html") },
            { QStringLiteral("audit"), QStringLiteral("--all-users"), QStringLiteral("--format"),
              QStringLiteral("csv") },
        };
        for (const QStringList &command : commands) {
            const RunResult r = run(command);
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(output(r)));
            QVERIFY2(!r.out.contains(hostId) && !r.err.contains(hostId),
                     qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(" shows MY_HOSTID")));
        }
        QVERIFY(
            m_fixture->write(QStringLiteral("/var/lib/dpkg/status"),
                             "Package: popularity-contest\nStatus: install ok installed\nVersion: 1.76\n\n"));
        const RunResult shown = run({ QStringLiteral("show"), QStringLiteral("popularity-contest") });
        QVERIFY2(shown.out.contains("my_hostid = ********"), shown.out.constData());
        // The package is the machine's: the account's page lists that copy.
        QVERIFY2(shown.out.contains("  1.76  /var/lib/dpkg/status  (for every account of this machine)\n"),
                 shown.out.constData());
    }

    // A machine-wide tool listed for the account is counted in its summary line too.
    void machineWideToolIsCountedInTheSummary()
    {
        const QByteArray before = run({ QStringLiteral("status") }).out.split('\n').first();
        QVERIFY(m_fixture->write(m_popcon, popconConf("yes")));
        const QByteArray after = run({ QStringLiteral("status") }).out.split('\n').first();
        static const QRegularExpression counts(QStringLiteral("(\\d+) of (\\d+) tools collecting"));
        const QRegularExpressionMatch b = counts.match(QString::fromUtf8(before));
        const QRegularExpressionMatch a = counts.match(QString::fromUtf8(after));
        QVERIFY2(b.hasMatch() && a.hasMatch(), QByteArray(before + " / " + after).constData());
        QCOMPARE(a.captured(1).toInt(), b.captured(1).toInt() + 1);
        QCOMPARE(a.captured(2).toInt(), b.captured(2).toInt() + 1);
    }

    void disableAllLeavesMachineWideToolsOutWithANote()
    {
        QVERIFY(m_fixture->write(m_popcon, popconConf("yes")));
        const RunResult r = run({ QStringLiteral("disable"), QStringLiteral("--all"),
                                  QStringLiteral("--also-not-installed"), QStringLiteral("--fix-overrides"),
                                  QStringLiteral("--yes") });
        QVERIFY2(r.err.contains("Debian popularity-contest is switched for the whole machine, not for one "
                                "account, so it was left out"),
                 qPrintable(output(r)));
        QVERIFY2(r.err.contains("sudo telemetry-lens disable popularity-contest --scope system"),
                 qPrintable(output(r)));
        QVERIFY2(!output(r).contains(QStringLiteral("use --scope system (as root)")),
                 "a machine-wide tool is not a failure of \"all\"");
        QCOMPARE(m_fixture->read(m_popcon), popconConf("yes"));
        QCOMPARE(tool(QStringLiteral("azure-cli")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("disabled"));
    }
};

QTEST_GUILESS_MAIN(TestCliSystemTools)
#include "testclisystemtools.moc"

#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace tlens::test;

namespace {

// A line that no parser of its format accepts, carrying a secret of its own.
struct Planted {
    const char *file;
    QByteArray line;
    QByteArray secret;
    bool replace = false; // the line is the whole file, not appended
};

const QList<Planted> &planted()
{
    static const QList<Planted> kPlanted {
        { "/home/alice/.skyplane/config", "cloudflare_secret_access_key FAKEiniSecret1f2e3d4c\n",
          "FAKEiniSecret1f2e3d4c" },
        { "/home/alice/.skyplane/host_uuid", "[client]\nanon_clientid FAKEhostUuidSecret5a6b7c\n",
          "FAKEhostUuidSecret5a6b7c", true },
        { "/home/alice/.config/rasa/global.yml", "  api_token: \"FAKEyamlSecret8d9e0f\n  [\n",
          "FAKEyamlSecret8d9e0f" },
        { "/home/alice/.ray/config.json", "{\"usage_stats\": true, \"api_token\": FAKEjsonSecret0a1b2c}\n",
          "FAKEjsonSecret0a1b2c", true },
        { "/home/alice/.config/mlflow/telemetry.json", "{\"installation_id\": FAKEmlflowSecret3c4d5e\n",
          "FAKEmlflowSecret3c4d5e", true },
        { "/home/alice/.bashrc", "export DB_PASSWORD='FAKEbashSecret6e7f8a\n", "FAKEbashSecret6e7f8a" },
        { "/home/alice/.profile", "export API_TOKEN=\"FAKEprofileSecret9b0c1d\n", "FAKEprofileSecret9b0c1d" },
        { "/home/bob/.zshrc", "export ZSH_TOKEN=\"FAKEzshSecret2e3f4a $(\n", "FAKEzshSecret2e3f4a" },
        { "/home/alice/.config/fish/config.fish", "set -gx FISH_TOKEN 'FAKEfishSecret5b6c7d\n",
          "FAKEfishSecret5b6c7d" },
        { "/home/alice/.config/fish/fish_variables", "SETUVAR --export FISH_SECRET FAKEfishVarSecret8e9f\n",
          "FAKEfishVarSecret8e9f" },
        { "/home/alice/.config/environment.d/50-tokens.conf", "API_TOKEN FAKEenvdSecret0a1b2c3d\n",
          "FAKEenvdSecret0a1b2c3d", true },
        { "/etc/environment", "FAKEetcEnvSecret4e5f6a7b\n", "FAKEetcEnvSecret4e5f6a7b" },
        { "/home/alice/.pam_environment", "API_TOKEN DEFALT=FAKEpamSecret8c9d0e1f\n", "FAKEpamSecret8c9d0e1f",
          true },
    };
    return kPlanted;
}

} // namespace

// Plants a secret-bearing line that cannot be parsed in every file format that can hold secrets, then
// runs every command that reports on those files, in every output format, and checks that no secret
// is printed, written or quoted in an error.
class TestCliSecrets final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FixtureCopy> m_fixture;

    RunResult run(const QStringList &args)
    {
        return runBinary(args + QStringList { QStringLiteral("--root"), m_fixture->root() },
                         cleanEnvironment(m_fixture->path(QStringLiteral("/home/alice"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<FixtureCopy>();
        QVERIFY(m_fixture->isValid());
        for (const Planted &p : planted()) {
            const QString inner = QString::fromLatin1(p.file);
            const QByteArray before = p.replace ? QByteArray() : m_fixture->read(inner);
            QVERIFY2(m_fixture->write(inner, before + p.line), p.file);
        }
    }

    void noSecretInAnyOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("outputFile"); // inner path the command writes, or empty
        const QString alice = QStringLiteral("/home/alice");
        const QString bob = QStringLiteral("/home/bob");
        auto args = [](std::initializer_list<const char *> words) {
            QStringList list;
            for (const char *w : words)
                list.append(QString::fromLatin1(w));
            return list;
        };
        QTest::newRow("status text") << args({ "status", "--home" }) + QStringList { alice } << QString();
        QTest::newRow("status json") << args({ "status", "--json", "--home" }) + QStringList { alice }
                                     << QString();
        QTest::newRow("status bob") << args({ "status", "--json", "--home" }) + QStringList { bob }
                                    << QString();
        for (const char *format : { "text", "json", "csv", "html" }) {
            QTest::addRow("audit %s", format)
                << args({ "audit", "--all-users", "--format", format }) << QString();
            QTest::addRow("audit %s --output", format)
                << args({ "audit", "--all-users", "--format", format, "--output" })
                    + QStringList { m_fixture->path(QStringLiteral("/report.out")) }
                << QStringLiteral("/report.out");
        }
        for (const char *tool : { "ray", "skyplane", "mlflow", "rasa" }) {
            QTest::addRow("show %s", tool)
                << args({ "show", tool, "--home" }) + QStringList { alice } << QString();
            QTest::addRow("show %s json", tool)
                << args({ "show", tool, "--json", "--home" }) + QStringList { alice } << QString();
        }
        QTest::newRow("show sent") << args({ "show", "skyplane", "--sent", "--home" }) + QStringList { alice }
                                   << QString();
        QTest::newRow("disable diffs")
            << args({ "disable", "--all", "--dry-run", "--home" }) + QStringList { alice } << QString();
        QTest::newRow("disable diffs, overrides")
            << args({ "disable", "--all", "--dry-run", "--fix-overrides", "--home" }) + QStringList { alice }
            << QString();
        QTest::newRow("disable diffs bob")
            << args({ "disable", "--all", "--dry-run", "--home" }) + QStringList { bob } << QString();
        QTest::newRow("disable system diffs")
            << args({ "disable", "--all", "--dry-run", "--scope", "system" }) << QString();
        QTest::newRow("enable diffs")
            << args({ "enable", "ray", "skyplane", "mlflow", "rasa", "--dry-run", "--home" })
                + QStringList { alice }
            << QString();
    }

    void noSecretInAnyOutput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, outputFile);
        QFile::remove(m_fixture->path(QStringLiteral("/report.out")));
        const RunResult r = run(args);
        QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, r.err.constData());
        QByteArray everything = r.out + r.err;
        if (!outputFile.isEmpty()) {
            const QByteArray written = m_fixture->read(outputFile);
            QVERIFY2(!written.isEmpty(), "the report was written");
            everything += written;
        }
        QVERIFY2(!everything.trimmed().isEmpty(), "the command printed something");
        for (const Planted &p : planted())
            QVERIFY2(!everything.contains(p.secret),
                     qPrintable(QStringLiteral("the secret from %1 is shown:\n%2")
                                    .arg(QString::fromLatin1(p.file), QString::fromUtf8(everything))));
    }

    // Files that hold identifiers are readable by their owner only, also when they replace a
    // world-readable file.
    void filesWithIdentifiersArePrivate_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("existing");
        const QStringList audit { QStringLiteral("audit"), QStringLiteral("--all-users"),
                                  QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--output") };
        const QStringList eml { QStringLiteral("delete-request"),
                                QStringLiteral("skyplane"),
                                QStringLiteral("--all-ids"),
                                QStringLiteral("--user"),
                                QStringLiteral("alice"),
                                QStringLiteral("--via"),
                                QStringLiteral("eml"),
                                QStringLiteral("--yes"),
                                QStringLiteral("--output") };
        QTest::newRow("audit, new file") << audit << false;
        QTest::newRow("audit, over a 0644 file") << audit << true;
        QTest::newRow(".eml, new file") << eml << false;
        QTest::newRow(".eml, over a 0644 file") << eml << true;
    }

    void filesWithIdentifiersArePrivate()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, existing);
        QTemporaryDir out;
        QTemporaryDir data;
        QVERIFY(out.isValid() && data.isValid());
        const QString file = out.filePath(QStringLiteral("written"));
        if (existing) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old\n");
            f.close();
            QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        }
        QProcessEnvironment env = cleanEnvironment(m_fixture->path(QStringLiteral("/home/alice")));
        env.insert(QStringLiteral("TLENS_DATA_DIR"), data.path());
        const RunResult r
            = runBinary(args + QStringList { file, QStringLiteral("--root"), m_fixture->root() }, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        struct stat st { };
        QVERIFY(::stat(QFile::encodeName(file).constData(), &st) == 0);
        QVERIFY2((st.st_mode & 07777) == 0600, qPrintable(QString::number(st.st_mode & 07777, 8)));
        QVERIFY2(QFile(file).size() > 4, "the new content was written");
    }

    // The unparseable INI lines were reached and reported, with the line's key but not its value.
    void unparseableLineIsReportedMasked()
    {
        const RunResult r = run({ QStringLiteral("audit"), QStringLiteral("--all-users"),
                                  QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.out.contains("anon_clientid ********"), r.out.constData());
        QVERIFY2(r.out.contains("cloudflare_secret_access_key ********"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "testclisecrets.moc"

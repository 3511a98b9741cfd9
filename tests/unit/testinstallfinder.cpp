#include "catalog/catalog.h"
#include "discovery/installfinder.h"
#include "env/envsources.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace tlens;

namespace {

UserAccount alice()
{
    return { QStringLiteral("alice"), 1000, QStringLiteral("/home/alice"), QStringLiteral("/bin/bash") };
}

bool makeLink(const QString &target, const QString &linkHostPath)
{
    QDir().mkpath(QFileInfo(linkHostPath).path());
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(linkHostPath).constData()) == 0;
}

QByteArray packageJson(const char *name, const char *version)
{
    return QByteArray("{\"name\": \"") + name + "\", \"version\": \"" + version + "\"}\n";
}

QStringList describe(const QList<Installation> &list)
{
    QStringList out;
    for (const Installation &in : list)
        out.append(in.toolId + QLatin1Char(' ') + in.kind + QLatin1Char(' ') + in.version + QLatin1Char(' ')
                   + in.path);
    return out;
}

// Tools as the catalog would describe them, one per kind of installation.
struct Tools {
    ToolSpec python;
    ToolSpec javascript;
    ToolSpec debian;
    QList<const ToolSpec *> all() const { return { &python, &javascript, &debian }; }
};

Tools tools()
{
    Tools t;
    t.python.id = QStringLiteral("pytool");
    t.python.distributions = { QStringLiteral("py-tool") };
    t.python.entryPoints = { QStringLiteral("pytool") };
    InputSpec consent;
    consent.kind = QStringLiteral("config");
    consent.scope = QStringLiteral("project");
    consent.path = QStringLiteral(".telemetry");
    t.python.inputs = { consent };
    t.javascript.id = QStringLiteral("jstool");
    t.javascript.npmPackages = { QStringLiteral("turbo"), QStringLiteral("@angular/cli") };
    t.debian.id = QStringLiteral("debtool");
    t.debian.debPackages = { QStringLiteral("popularity-contest"), QStringLiteral("packer") };
    return t;
}

} // namespace

class TestInstallFinder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void homeWalk();
    void linksAreNeverFollowed();
    void hugeFolderIsCapped();
    void machineWalk();
    void catalogMarkers();
};

void TestInstallFinder::homeWalk()
{
    QTemporaryDir empty;
    test::FixtureCopy copy(empty.path());
    QVERIFY(copy.isValid());
    const QString h = QStringLiteral("/home/alice");
    const QStringList dirs {
        h + QStringLiteral("/.local/lib/python3.11/site-packages/py_tool-1.0.0.dist-info"),
        h + QStringLiteral("/code/a/b/.venv/lib/python3.12/site-packages/py_tool-2.0.0.dist-info"),
        h + QStringLiteral("/code/a/b/c/.venv/lib/python3.12/site-packages/py_tool-3.0.0.dist-info"),
        h + QStringLiteral("/work/envdir/lib/python3.11/site-packages/Py.Tool-4.0.0.dist-info"),
        h + QStringLiteral("/miniconda3/conda-meta"),
        h + QStringLiteral("/miniconda3/envs/ml/lib/python3.12/site-packages/py_tool-5.0.0.dist-info"),
        h + QStringLiteral("/.hidden/venv/lib/python3.11/site-packages/py_tool-6.0.0.dist-info"),
        h + QStringLiteral("/.pyenv/versions/3.12.1/lib/python3.12/site-packages/py_tool-7.0.0.dist-info"),
    };
    for (const QString &d : dirs)
        QVERIFY(QDir().mkpath(copy.path(d)));
    QVERIFY(
        copy.write(h + QStringLiteral("/miniconda3/lib/python3.12/site-packages/py_tool-0.9-py3.12.egg-info"),
                   "Name: py-tool\n"));
    QVERIFY(copy.write(h + QStringLiteral("/.local/bin/pytool"), "#!/usr/bin/python3\n"));
    QVERIFY(copy.write(h + QStringLiteral("/work/envdir/pyvenv.cfg"), "home = /usr/bin\n"));
    QVERIFY(copy.write(h + QStringLiteral("/code/a/b/.telemetry"), "consent: false"));
    QVERIFY(copy.write(h + QStringLiteral("/code/a/b/c/.telemetry"), "consent: false"));
    QVERIFY(copy.write(h + QStringLiteral("/.hidden/proj/.telemetry"), "consent: false"));
    // JavaScript: a project's node_modules (scoped package too), nested node_modules are not walked.
    QVERIFY(copy.write(h + QStringLiteral("/web/app/package.json"), "{}"));
    QVERIFY(copy.write(h + QStringLiteral("/web/app/node_modules/turbo/package.json"),
                       packageJson("turbo", "2.1.0")));
    QVERIFY(copy.write(h + QStringLiteral("/web/app/node_modules/@angular/cli/package.json"),
                       packageJson("@angular/cli", "19.0.1")));
    QVERIFY(copy.write(h + QStringLiteral("/web/app/node_modules/other/node_modules/turbo/package.json"),
                       packageJson("turbo", "0.0.1")));
    QVERIFY(copy.write(h + QStringLiteral("/a/b/c/d/node_modules/turbo/package.json"),
                       packageJson("turbo", "0.0.2")));
    // Global prefixes.
    QVERIFY(copy.write(h + QStringLiteral("/.nvm/versions/node/v20.1.0/lib/node_modules/turbo/package.json"),
                       packageJson("turbo", "2.0.0")));
    QVERIFY(copy.write(
        h
            + QStringLiteral(
                "/.volta/tools/image/packages/@angular/cli/lib/node_modules/@angular/cli/package.json"),
        packageJson("@angular/cli", "18.2.0")));
    QVERIFY(copy.write(h + QStringLiteral("/.config/yarn/global/node_modules/turbo/package.json"),
                       packageJson("turbo", "1.9.0")));
    QVERIFY(makeLink(QStringLiteral("../../.pnpm/turbo@2.2.0/node_modules/turbo"),
                     copy.path(h + QStringLiteral("/.local/share/pnpm/global/5/node_modules/turbo"))));
    QVERIFY(copy.write(h + QStringLiteral("/.npm-prefix/lib/node_modules/turbo/package.json"),
                       packageJson("turbo", "2.3.0")));
    QVERIFY(copy.write(h + QStringLiteral("/.profile"), "export NPM_CONFIG_PREFIX=\"$HOME/.npm-prefix\"\n"));
    // A package.json that is not JSON names no version; one above the cap is not read.
    QVERIFY(copy.write(h + QStringLiteral("/.npm-global/lib/node_modules/turbo/package.json"), "{not json"));

    const RootFs fs(copy.root());
    const Tools t = tools();
    const InstallFinder finder(fs, t.all());
    const UserAccount a = alice();
    const EnvReport env = EnvSources(fs).read(a);
    const InstallIndex index = finder.walkHome(a, &env);
    QCOMPARE(
        describe(index.installations),
        (QStringList {
            QStringLiteral("jstool npm-global 1.9.0 /home/alice/.config/yarn/global/node_modules/turbo"),
            QStringLiteral("pytool entry-point 1.0.0 /home/alice/.local/bin/pytool"),
            QStringLiteral("pytool dist-info 1.0.0 "
                           "/home/alice/.local/lib/python3.11/site-packages/py_tool-1.0.0.dist-info"),
            QStringLiteral("jstool npm-global  /home/alice/.local/share/pnpm/global/5/node_modules/turbo"),
            QStringLiteral("jstool npm-global 2.3.0 /home/alice/.npm-prefix/lib/node_modules/turbo"),
            QStringLiteral(
                "jstool npm-global 2.0.0 /home/alice/.nvm/versions/node/v20.1.0/lib/node_modules/turbo"),
            QStringLiteral(
                "pytool dist-info 7.0.0 "
                "/home/alice/.pyenv/versions/3.12.1/lib/python3.12/site-packages/py_tool-7.0.0.dist-info"),
            QStringLiteral(
                "jstool npm-global 18.2.0 "
                "/home/alice/.volta/tools/image/packages/@angular/cli/lib/node_modules/@angular/cli"),
            QStringLiteral("pytool dist-info 2.0.0 "
                           "/home/alice/code/a/b/.venv/lib/python3.12/site-packages/py_tool-2.0.0.dist-info"),
            QStringLiteral(
                "pytool dist-info 5.0.0 "
                "/home/alice/miniconda3/envs/ml/lib/python3.12/site-packages/py_tool-5.0.0.dist-info"),
            QStringLiteral("pytool egg-info 0.9 "
                           "/home/alice/miniconda3/lib/python3.12/site-packages/py_tool-0.9-py3.12.egg-info"),
            QStringLiteral("jstool npm-project 19.0.1 /home/alice/web/app/node_modules/@angular/cli"),
            QStringLiteral("jstool npm-project 2.1.0 /home/alice/web/app/node_modules/turbo"),
            QStringLiteral("pytool dist-info 4.0.0 "
                           "/home/alice/work/envdir/lib/python3.11/site-packages/Py.Tool-4.0.0.dist-info"),
        }));
    // Projects up to three levels below the home; not four levels down, not in unknown hidden folders.
    QCOMPARE(index.projects,
             (QStringList { QStringLiteral("/home/alice/code/a/b"), QStringLiteral("/home/alice/web/app") }));
    QVERIFY2(index.cappedFolders.isEmpty(), qPrintable(index.cappedFolders.join(QLatin1Char(' '))));
    QCOMPARE(describe(index.forTool(QStringLiteral("debtool"))), QStringList {});

    // One tool at a time finds the same copies of that tool.
    QCOMPARE(describe(InstallFinder(fs, { &t.python }).find(t.python, &a)),
             describe(index.forTool(QStringLiteral("pytool"))));
}

void TestInstallFinder::linksAreNeverFollowed()
{
    QTemporaryDir empty;
    test::FixtureCopy copy(empty.path());
    QTemporaryDir outside;
    QVERIFY(QDir().mkpath(outside.path()
                          + QStringLiteral("/lib/python3.11/site-packages/py_tool-9.9.9.dist-info")));
    QVERIFY(QDir().mkpath(outside.path() + QStringLiteral("/node_modules/turbo")));
    QFile pkg(outside.path() + QStringLiteral("/node_modules/turbo/package.json"));
    QVERIFY(pkg.open(QIODevice::WriteOnly));
    pkg.write(packageJson("turbo", "9.9.9"));
    pkg.close();
    QVERIFY(QFile(outside.path() + QStringLiteral("/pyvenv.cfg")).open(QIODevice::WriteOnly));
    QFile telemetry(outside.path() + QStringLiteral("/.telemetry"));
    QVERIFY(telemetry.open(QIODevice::WriteOnly));
    telemetry.close();

    const QString h = QStringLiteral("/home/alice");
    // Links out of the root: as an environment, a project, a .venv, node_modules and a package.
    QVERIFY(makeLink(outside.path(), copy.path(h + QStringLiteral("/linked"))));
    QVERIFY(makeLink(outside.path(), copy.path(h + QStringLiteral("/proj/.venv"))));
    QVERIFY(makeLink(outside.path() + QStringLiteral("/node_modules"),
                     copy.path(h + QStringLiteral("/proj/node_modules"))));
    QVERIFY(makeLink(outside.path() + QStringLiteral("/node_modules"),
                     copy.path(h + QStringLiteral("/.npm-global/lib/node_modules"))));
    QVERIFY(makeLink(outside.path() + QStringLiteral("/lib"), copy.path(h + QStringLiteral("/.local/lib"))));
    QVERIFY(copy.write(h + QStringLiteral("/web/node_modules/.keep"), ""));
    QVERIFY(makeLink(outside.path() + QStringLiteral("/node_modules/turbo"),
                     copy.path(h + QStringLiteral("/web/node_modules/real-turbo"))));
    // A loop: a folder linking to its parent, and a link to itself.
    QVERIFY(makeLink(QStringLiteral(".."), copy.path(h + QStringLiteral("/loop/up"))));
    QVERIFY(makeLink(QStringLiteral("self"), copy.path(h + QStringLiteral("/loop/self"))));
    QVERIFY(makeLink(QStringLiteral("/home/alice/loop"), copy.path(h + QStringLiteral("/loop/inner/again"))));

    const RootFs fs(copy.root());
    const Tools t = tools();
    const InstallIndex index = InstallFinder(fs, t.all()).walkHome(alice());
    QVERIFY2(index.installations.isEmpty(),
             qPrintable(describe(index.installations).join(QLatin1Char('\n'))));
    QVERIFY2(index.projects.isEmpty(), qPrintable(index.projects.join(QLatin1Char(' '))));
    // The loop costs one listing per real folder: home, proj, web, loop, loop/inner (and .npm-global,
    // .local, .npm-global/lib are opened, never listed).
    QVERIFY2(index.listings <= 6, qPrintable(QString::number(index.listings)));
}

void TestInstallFinder::hugeFolderIsCapped()
{
    QTemporaryDir empty;
    test::FixtureCopy copy(empty.path());
    const QString huge = copy.path(QStringLiteral("/home/alice/huge"));
    QVERIFY(QDir().mkpath(huge));
    // Empty files (cheaper to create than folders) and a few folders among them.
    for (int i = 0; i < InstallFinder::kMaxEntries + 100; ++i) {
        QFile f(huge + QStringLiteral("/f%1").arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (int i = 0; i < 10; ++i)
        QVERIFY(QDir().mkdir(huge + QStringLiteral("/d%1").arg(i)));
    QVERIFY(copy.write(QStringLiteral("/home/alice/small/.telemetry"), "consent: true"));
    const RootFs fs(copy.root());
    const Tools t = tools();
    const InstallIndex index = InstallFinder(fs, t.all()).walkHome(alice());
    QCOMPARE(index.cappedFolders, QStringList { QStringLiteral("/home/alice/huge") });
    QCOMPARE(index.projects, QStringList { QStringLiteral("/home/alice/small") });
    // Home, huge, small, and at most the ten folders inside huge that its capped listing reached.
    QVERIFY2(index.listings <= 13, qPrintable(QString::number(index.listings)));
}

void TestInstallFinder::machineWalk()
{
    QTemporaryDir empty;
    test::FixtureCopy copy(empty.path());
    QVERIFY(
        QDir().mkpath(copy.path(QStringLiteral("/usr/lib/python3/dist-packages/py_tool-1.5.0.dist-info"))));
    QVERIFY(QDir().mkpath(copy.path(
        QStringLiteral("/opt/conda/envs/base2/lib/python3.12/site-packages/py_tool-1.6.0.dist-info"))));
    QVERIFY(copy.write(QStringLiteral("/usr/bin/pytool"), "#!/usr/bin/python3\n"));
    QVERIFY(copy.write(QStringLiteral("/usr/lib/node_modules/@angular/cli/package.json"),
                       packageJson("@angular/cli", "17.3.0")));
    QVERIFY(copy.write(QStringLiteral("/usr/local/lib/node_modules/turbo/package.json"),
                       packageJson("turbo", "2.0.4")));
    // dpkg's status file: a description line longer than any line the reader keeps, a package removed
    // with its configuration left, an installed one, and a last stanza without a blank line after it.
    QByteArray status
        = "Package: bash\nStatus: install ok installed\nVersion: 5.2.15-2\nDescription: shell\n ";
    status += QByteArray(200 * 1024, 'x');
    status += "\n\nPackage: packer\nStatus: deinstall ok config-files\nVersion: 1.6.6+ds2-1+b1\n\n"
              "Package: popularity-contest\nStatus: install ok installed\nPriority: optional\nVersion: 1.76\n"
              "Description: Vote for your favourite packages automatically\n\n";
    for (int i = 0; i < 2000; ++i)
        status
            += "Package: filler" + QByteArray::number(i) + "\nStatus: install ok installed\nVersion: 1\n\n";
    status += "Package: packer\nStatus: install ok installed\nVersion: 1.7.0";
    QVERIFY(copy.write(QStringLiteral("/var/lib/dpkg/status"), status));

    const RootFs fs(copy.root());
    const Tools t = tools();
    const InstallIndex index = InstallFinder(fs, t.all()).walkMachine();
    QCOMPARE(
        describe(index.installations),
        (QStringList {
            QStringLiteral("pytool dist-info 1.6.0 "
                           "/opt/conda/envs/base2/lib/python3.12/site-packages/py_tool-1.6.0.dist-info"),
            QStringLiteral("pytool entry-point 1.5.0 /usr/bin/pytool"),
            QStringLiteral("jstool npm-global 17.3.0 /usr/lib/node_modules/@angular/cli"),
            QStringLiteral("pytool dist-info 1.5.0 /usr/lib/python3/dist-packages/py_tool-1.5.0.dist-info"),
            QStringLiteral("jstool npm-global 2.0.4 /usr/local/lib/node_modules/turbo"),
            QStringLiteral("debtool deb 1.7.0 /var/lib/dpkg/status"),
            QStringLiteral("debtool deb 1.76 /var/lib/dpkg/status"),
        }));

    // A status file that is a link is not read.
    QVERIFY(QFile::rename(copy.path(QStringLiteral("/var/lib/dpkg/status")),
                          copy.path(QStringLiteral("/var/lib/dpkg/status-old"))));
    QVERIFY(makeLink(QStringLiteral("status-old"), copy.path(QStringLiteral("/var/lib/dpkg/status"))));
    QVERIFY(InstallFinder(fs, { &t.debian }).walkMachine().installations.isEmpty());
}

void TestInstallFinder::catalogMarkers()
{
    // The project markers come from the catalog's project-scope inputs, plus the JavaScript ones.
    const RootFs fs(QStringLiteral("/nonexistent"));
    const QStringList markers = InstallFinder(fs).projectMarkers();
    for (const char *m : { ".telemetry", "gx", "great_expectations.yml", ".streamlit", "package.json",
                           ".yarnrc.yml", ".nuxtrc", ".env*" })
        QVERIFY2(markers.contains(QString::fromLatin1(m)), m);
}

QTEST_GUILESS_MAIN(TestInstallFinder)
#include "testinstallfinder.moc"

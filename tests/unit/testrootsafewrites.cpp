#include "testutil.h"

#include "fs/rootfs.h"
#include "fs/treewriter.h"
#include "optout/changeapplier.h"
#include "optout/optoutplanner.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tlens;
using tlens::test::FixtureCopy;

namespace {

constexpr uid_t kHomeOwner = 12345;

// Where the hook points the folder it swaps: a host path outside the home.
QByteArray g_linkTarget;
QStringList g_swapped;

// Between creating a folder and using it, the home's owner replaces it with a link to a folder
// outside the home.
void swapForLink(int parentFd, const char *name)
{
    if (::unlinkat(parentFd, name, AT_REMOVEDIR) == 0
        && ::symlinkat(g_linkTarget.constData(), parentFd, name) == 0)
        g_swapped.append(QFile::decodeName(name));
}

struct Entry {
    QByteArray content;
    uint mode = 0;
    uint uid = 0;
    uint gid = 0;
    bool operator==(const Entry &o) const
    {
        return content == o.content && mode == o.mode && uid == o.uid && gid == o.gid;
    }
};

// Every entry under the root but outside `home`: bytes (or link target), mode and owner.
QMap<QString, Entry> outside(const QString &root, const QString &home)
{
    QMap<QString, Entry> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString inner = path.mid(root.size());
        if (RootFs::isInside(inner, home))
            continue;
        struct stat st { };
        ::lstat(QFile::encodeName(path).constData(), &st);
        Entry e { {}, uint(st.st_mode & 07777), st.st_uid, st.st_gid };
        if (S_ISLNK(st.st_mode)) {
            e.content = QFile::encodeName(QFileInfo(path).symLinkTarget());
        } else if (S_ISREG(st.st_mode)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                e.content = f.readAll();
        }
        tree.insert(inner, e);
    }
    return tree;
}

bool chownTree(const QString &path, uid_t uid)
{
    if (::lchown(QFile::encodeName(path).constData(), uid, uid) != 0)
        return false;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (::lchown(QFile::encodeName(it.next()).constData(), uid, uid) != 0)
            return false;
    }
    return true;
}

UserAccount alice()
{
    UserAccount u;
    u.name = QStringLiteral("alice");
    u.uid = kHomeOwner;
    u.home = QStringLiteral("/home/alice");
    u.shell = QStringLiteral("/bin/bash");
    return u;
}

} // namespace

class TestRootSafeWrites final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void folderSwappedForLink_data();
    void folderSwappedForLink();
    void shippedBinaryHasNoSeam();
};

void TestRootSafeWrites::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRootSafeWrites::cleanup()
{
    TreeWriter::setMadeDirHook(nullptr);
    g_swapped.clear();
}

void TestRootSafeWrites::folderSwappedForLink_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("madeFolder"); // the folder the change makes, swapped for a link
    QTest::newRow("environment.d in the home") << QStringLiteral("mlflow") << QStringLiteral("user")
                                               << QStringLiteral("/home/alice/.config/environment.d");
    QTest::newRow("a tool's folder in the home")
        << QStringLiteral("ray") << QStringLiteral("user") << QStringLiteral("/home/alice/.ray");
    QTest::newRow("profile.d in /etc")
        << QStringLiteral("mlflow") << QStringLiteral("system") << QStringLiteral("/etc/profile.d");
}

void TestRootSafeWrites::folderSwappedForLink()
{
    QFETCH(QString, tool);
    QFETCH(QString, scope);
    QFETCH(QString, madeFolder);
    FixtureCopy copy;
    QVERIFY(copy.isValid());
    QTemporaryDir data;
    // The folder to create must not exist yet.
    QDir(copy.path(madeFolder)).removeRecursively();
    // A folder outside the home with something worth taking: owned by root, private.
    QVERIFY(copy.write(QStringLiteral("/srv/private/key"), "root's own\n"));
    QVERIFY(::chmod(QFile::encodeName(copy.path(QStringLiteral("/srv/private"))).constData(), 0750) == 0);
    QVERIFY(::chmod(QFile::encodeName(copy.path(QStringLiteral("/srv/private/key"))).constData(), 0600) == 0);
    const bool root = ::geteuid() == 0;
    if (root)
        QVERIFY(chownTree(copy.path(QStringLiteral("/home/alice")), kHomeOwner));
    // The area the change may write: the home, or /etc for the machine-wide files.
    const QString area
        = scope == QLatin1String("system") ? QStringLiteral("/etc") : QStringLiteral("/home/alice");
    const auto before = outside(copy.root(), area);

    const RootFs fs(copy.root());
    const OptOutPlan plan
        = OptOutPlanner(fs, alice(), EnvReport())
              .planDisable({ tool },
                           scope == QLatin1String("system") ? OptOutScope::System : OptOutScope::User);
    QVERIFY(!plan.changes.isEmpty());
    g_linkTarget = QFile::encodeName(copy.path(QStringLiteral("/srv/private")));
    TreeWriter::setMadeDirHook(&swapForLink);
    const ApplyResult result = ChangeApplier(copy.root(), data.path()).apply(plan);
    TreeWriter::setMadeDirHook(nullptr);

    QVERIFY2(g_swapped.contains(QFileInfo(madeFolder).fileName()),
             qPrintable(QStringLiteral("the hook swapped %1").arg(g_swapped.join(QLatin1Char(' ')))));
    QVERIFY2(QFileInfo(copy.path(madeFolder)).isSymLink(), "the link is still there");
    bool refused = false;
    for (const FileResult &f : result.files) {
        if (RootFs::isInside(f.path, madeFolder))
            refused = !f.ok && f.message.contains(f.path);
    }
    QVERIFY2(refused, "the file in the swapped folder is reported as not written");
    // Nothing outside the area changed owner, mode or content.
    const auto after = outside(copy.root(), area);
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" changed")));
    QCOMPARE(copy.read(QStringLiteral("/srv/private/key")), QByteArray("root's own\n"));
}

void TestRootSafeWrites::shippedBinaryHasNoSeam()
{
    QFile binary(QStringLiteral(TLENS_BINARY));
    QVERIFY(binary.open(QIODevice::ReadOnly));
    const QByteArray bytes = binary.readAll();
    QVERIFY(bytes.contains("TreeWriter"));
    QVERIFY2(!bytes.contains("MadeDirHook"), "the test seam is compiled only into test builds");
}

QTEST_GUILESS_MAIN(TestRootSafeWrites)
#include "testrootsafewrites.moc"

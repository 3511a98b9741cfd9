#include "fs/rootfs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tlens;

// Reads inside a root must never leave it: absolute links are re-rooted, ".." stops at the root,
// special files are never opened, and large files are reported instead of loaded.
class TestRootFs final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_outside; // stands for the host's own files
    QTemporaryDir m_root;

    QString host(const QString &inner) const { return m_root.path() + inner; }
    void write(const QString &inner, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(host(inner)).path());
        QFile f(host(inner));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    void link(const QString &target, const QString &inner)
    {
        QDir().mkpath(QFileInfo(host(inner)).path());
        QCOMPARE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(host(inner)).constData()),
                 0);
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_root.path()).removeRecursively();
        QDir().mkpath(m_root.path());
        QFile secret(m_outside.path() + QStringLiteral("/secret"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("host secret");
    }

    void absoluteLinkIsReRooted()
    {
        write(QStringLiteral("/home/u/dotfiles/profile"), "export A=1\n");
        link(QStringLiteral("/home/u/dotfiles/profile"), QStringLiteral("/home/u/.profile"));
        const RootFs fs(m_root.path());
        const RootFs::ReadResult r = fs.readFile(QStringLiteral("/home/u/.profile"));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.data, QByteArray("export A=1\n"));
        QCOMPARE(r.resolved, QStringLiteral("/home/u/dotfiles/profile"));
    }

    void linkToHostPathStaysInsideRoot()
    {
        link(m_outside.path() + QStringLiteral("/secret"), QStringLiteral("/home/u/.profile"));
        const RootFs fs(m_root.path());
        const RootFs::ReadResult r = fs.readFile(QStringLiteral("/home/u/.profile"));
        QVERIFY2(!r.data.contains("host secret"), "a link never reaches outside the root");
        QCOMPARE(r.status, RootFs::ReadStatus::Missing);
    }

    void dotDotStopsAtRoot()
    {
        link(QStringLiteral("../../../../../../../../") + m_outside.path() + QStringLiteral("/secret"),
             QStringLiteral("/home/u/x"));
        const RootFs fs(m_root.path());
        QVERIFY(!fs.readFile(QStringLiteral("/home/u/x")).data.contains("host secret"));
        QVERIFY(!fs.readFile(QStringLiteral("/../../..") + m_outside.path() + QStringLiteral("/secret"))
                     .data.contains("host secret"));
    }

    void confinementRefusesEscapingLinks()
    {
        write(QStringLiteral("/home/bob/private"), "bob's");
        link(QStringLiteral("/home/bob/private"), QStringLiteral("/tmp/ray/session_x/usage_stats.json"));
        const RootFs fs(m_root.path());
        const RootFs::ReadResult r = fs.readFile(QStringLiteral("/tmp/ray/session_x/usage_stats.json"),
                                                 RootFs::kDefaultMaxBytes, QStringLiteral("/tmp/ray"));
        QCOMPARE(r.status, RootFs::ReadStatus::Escapes);
        QVERIFY(r.data.isEmpty());
        QVERIFY2(r.errorText.contains(QStringLiteral("/tmp/ray")), qPrintable(r.errorText));
    }

    void linkLoopIsReported()
    {
        link(QStringLiteral("b"), QStringLiteral("/a"));
        link(QStringLiteral("a"), QStringLiteral("/b"));
        const RootFs fs(m_root.path());
        const RootFs::ReadResult r = fs.readFile(QStringLiteral("/a"));
        QCOMPARE(r.status, RootFs::ReadStatus::Unreadable);
        QVERIFY2(r.errorText.contains(QStringLiteral("loop")), qPrintable(r.errorText));
    }

    void fifoIsNeverOpened()
    {
        QDir().mkpath(host(QStringLiteral("/home/u")));
        QCOMPARE(::mkfifo(QFile::encodeName(host(QStringLiteral("/home/u/.profile"))).constData(), 0600), 0);
        const RootFs fs(m_root.path());
        // Opening a FIFO for reading would block until a writer comes, which no one does here.
        const RootFs::ReadResult r = fs.readFile(QStringLiteral("/home/u/.profile"));
        QCOMPARE(r.status, RootFs::ReadStatus::NotRegular);
    }

    void directoryIsNotRead()
    {
        QDir().mkpath(host(QStringLiteral("/home/u/.profile")));
        const RootFs fs(m_root.path());
        QCOMPARE(fs.readFile(QStringLiteral("/home/u/.profile")).status, RootFs::ReadStatus::NotRegular);
    }

    void largeFileIsReportedNotLoaded()
    {
        write(QStringLiteral("/big"), QByteArray(64 * 1024, 'x'));
        const RootFs fs(m_root.path());
        const RootFs::ReadResult r = fs.readFile(QStringLiteral("/big"), 1024);
        QCOMPARE(r.status, RootFs::ReadStatus::TooLarge);
        QVERIFY(r.data.isEmpty());
        QVERIFY2(r.errorText.contains(QStringLiteral("/big")), "the message names the file");
    }

    void overlayIsSeenInsteadOfDisk()
    {
        write(QStringLiteral("/home/u/.profile"), "old\n");
        RootFs fs(m_root.path());
        fs.setOverlay({ { QStringLiteral("/home/u/.profile"), QByteArray("new\n") },
                        { QStringLiteral("/home/u/.config/environment.d/60-x.conf"), QByteArray("A=1\n") } });
        QCOMPARE(fs.readFile(QStringLiteral("/home/u/.profile")).data, QByteArray("new\n"));
        QCOMPARE(fs.readFile(QStringLiteral("/home/u/.config/environment.d/60-x.conf")).data,
                 QByteArray("A=1\n"));
        QVERIFY(fs.entries(QStringLiteral("/home/u/.config/environment.d"))
                    .contains(QStringLiteral("60-x.conf")));
    }

    void safeDirNeverFollowsLinks()
    {
        write(QStringLiteral("/home/bob/private"), "bob's");
        QDir().mkpath(host(QStringLiteral("/tmp/ray/session_a")));
        link(QStringLiteral("/home/bob/private"), QStringLiteral("/tmp/ray/session_a/usage_stats.json"));
        link(QStringLiteral("/home/bob"), QStringLiteral("/tmp/ray/session_b"));
        const RootFs fs(m_root.path());
        const auto dir = fs.openDir(QStringLiteral("/tmp/ray"));
        QVERIFY(dir);
        QVERIFY2(!dir->openChild(QStringLiteral("session_b")), "a linked folder is not opened");
        const auto a = dir->openChild(QStringLiteral("session_a"));
        QVERIFY(a);
        const RootFs::ReadResult r = a->readFile(QStringLiteral("usage_stats.json"));
        QCOMPARE(r.status, RootFs::ReadStatus::Escapes);
        QVERIFY(r.data.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRootFs)
#include "testrootfs.moc"

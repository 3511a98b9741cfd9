#include "treewriter.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tlens {

namespace {

#ifdef TLENS_TESTING
TreeWriter::MadeDirHook g_madeDirHook = nullptr;
#endif

class Fd final {
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    { }
    ~Fd() { reset(); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    Fd &operator=(Fd &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_fd = other.m_fd;
            other.m_fd = -1;
        }
        return *this;
    }
    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

QString errnoText(int err = errno)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QByteArray nameOf(const QString &inner)
{
    return QFile::encodeName(inner.mid(inner.lastIndexOf(QLatin1Char('/')) + 1));
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

#ifdef TLENS_TESTING
void TreeWriter::setMadeDirHook(MadeDirHook hook)
{
    g_madeDirHook = hook;
}
#endif

TreeWriter::TreeWriter(const QString &root)
    : m_fs(root)
{ }

bool TreeWriter::makeDirs(const QStringList &dirs, uint mode, QString *error) const
{
    if (dirs.isEmpty())
        return true;
    const QString top = RootFs::parentOf(dirs.first());
    Fd parent(m_fs.openDirNoFollow(top));
    if (!parent.isValid()) {
        *error = tr("the folder %1 could not be opened (%2)").arg(top, errnoText());
        return false;
    }
    struct stat owner { };
    if (::fstat(parent.get(), &owner) != 0) {
        *error = tr("the folder %1 could not be examined (%2)").arg(top, errnoText());
        return false;
    }
    for (const QString &dir : dirs) {
        const QByteArray name = nameOf(dir);
        const bool made = ::mkdirat(parent.get(), name.constData(), mode_t(mode & 07777)) == 0;
        if (!made && errno != EEXIST) {
            *error = tr("the folder %1 could not be created (%2)").arg(dir, errnoText());
            return false;
        }
#ifdef TLENS_TESTING
        if (g_madeDirHook)
            g_madeDirHook(parent.get(), name.constData());
#endif
        Fd child(::openat(parent.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!child.isValid()) {
            *error = tr("the folder %1 is not a plain folder (%2); nothing was written into it")
                         .arg(dir, errnoText());
            return false;
        }
        if (made) {
            if ((runningAsRoot() && ::fchown(child.get(), owner.st_uid, owner.st_gid) != 0)
                || ::fchmod(child.get(), mode_t(mode & 07777)) != 0) {
                *error = tr("the folder %1 could not be given its owner and mode (%2)").arg(dir, errnoText());
                return false;
            }
            ::fsync(parent.get());
        }
        parent = std::move(child);
    }
    return true;
}

bool TreeWriter::writeFile(const QString &inner, const QByteArray &data, uint mode, const QString &tempName,
                           QString *error) const
{
    const QString folder = RootFs::parentOf(inner);
    Fd dir(m_fs.openDirNoFollow(folder));
    if (!dir.isValid()) {
        *error = tr("the folder %1 could not be opened (%2)").arg(folder, errnoText());
        return false;
    }
    const QByteArray name = nameOf(inner);
    const QByteArray temp = QFile::encodeName(tempName);
    struct stat st { };
    if (::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (!S_ISREG(st.st_mode)) {
            *error = tr("it is no longer a plain file");
            return false;
        }
    } else if (errno != ENOENT || ::fstat(dir.get(), &st) != 0) {
        *error = errnoText();
        return false;
    }
    const int flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;
    Fd file(::openat(dir.get(), temp.constData(), flags, 0600));
    if (!file.isValid() && errno == EEXIST) {
        // A leftover of an interrupted write has this name: it is ours to replace.
        ::unlinkat(dir.get(), temp.constData(), 0);
        file = Fd(::openat(dir.get(), temp.constData(), flags, 0600));
    }
    if (!file.isValid()) {
        *error = tr("the temporary file %1 could not be created (%2)")
                     .arg(folder + QLatin1Char('/') + tempName, errnoText());
        return false;
    }
    auto fail = [&](const QString &message) {
        file.reset();
        ::unlinkat(dir.get(), temp.constData(), 0);
        *error = message;
        return false;
    };
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(file.get(), data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(errnoText());
        written += n;
    }
    // chown first: it may clear set-id bits that fchmod then sets as wanted.
    if ((runningAsRoot() && ::fchown(file.get(), st.st_uid, st.st_gid) != 0)
        || ::fchmod(file.get(), mode_t(mode & 07777)) != 0 || ::fsync(file.get()) != 0)
        return fail(errnoText());
    file.reset();
    if (::renameat(dir.get(), temp.constData(), dir.get(), name.constData()) != 0)
        return fail(errnoText());
    ::fsync(dir.get());
    return true;
}

bool TreeWriter::removeFile(const QString &inner, QString *error) const
{
    const QString folder = RootFs::parentOf(inner);
    Fd dir(m_fs.openDirNoFollow(folder));
    if (!dir.isValid()) {
        if (errno == ENOENT)
            return true;
        *error = tr("the folder %1 could not be opened (%2)").arg(folder, errnoText());
        return false;
    }
    const QByteArray name = nameOf(inner);
    struct stat st { };
    if (::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? true : (*error = errnoText(), false);
    if (!S_ISREG(st.st_mode)) {
        *error = tr("it is no longer a plain file");
        return false;
    }
    if (::unlinkat(dir.get(), name.constData(), 0) != 0 && errno != ENOENT) {
        *error = errnoText();
        return false;
    }
    ::fsync(dir.get());
    return true;
}

void TreeWriter::removeTemp(const QString &inner, const QString &tempName) const
{
    if (tempName.isEmpty() || tempName.contains(QLatin1Char('/')))
        return;
    Fd dir(m_fs.openDirNoFollow(RootFs::parentOf(inner)));
    if (!dir.isValid())
        return;
    const QByteArray temp = QFile::encodeName(tempName);
    struct stat st { };
    if (::fstatat(dir.get(), temp.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0
        && ::unlinkat(dir.get(), temp.constData(), 0) == 0)
        ::fsync(dir.get());
}

bool TreeWriter::removeEmptyDir(const QString &inner) const
{
    Fd parent(m_fs.openDirNoFollow(RootFs::parentOf(inner)));
    if (!parent.isValid())
        return errno == ENOENT;
    const QByteArray name = nameOf(inner);
    if (::unlinkat(parent.get(), name.constData(), AT_REMOVEDIR) == 0) {
        ::fsync(parent.get());
        return true;
    }
    return errno == ENOENT;
}

} // namespace tlens

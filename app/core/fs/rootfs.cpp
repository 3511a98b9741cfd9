#include "rootfs.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace tlens {

namespace {

constexpr int kMaxLinkHops = 40;

QStringList components(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString joinInner(const QString &dir, const QString &name)
{
    if (dir == QLatin1String("/"))
        return QString(QLatin1Char('/') + name);
    return QString(dir + QLatin1Char('/') + name);
}

QByteArray nativeName(const QString &name)
{
    return QFile::encodeName(name);
}

RootFs::ReadResult readFd(int fd, const QString &inner, qint64 maxBytes)
{
    RootFs::ReadResult result;
    result.resolved = inner;
    struct stat st { };
    if (::fstat(fd, &st) != 0) {
        result.status = RootFs::ReadStatus::Unreadable;
        result.errorText = RootFs::tr("%1 could not be examined (%2).")
                               .arg(inner, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    result.size = st.st_size;
    result.mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    result.ownerUid = st.st_uid;
    result.mode = st.st_mode & 07777;
    if (!S_ISREG(st.st_mode)) {
        result.status = RootFs::ReadStatus::NotRegular;
        result.errorText = RootFs::tr("%1 is not a regular file; it was skipped.").arg(inner);
        return result;
    }
    if (st.st_size > maxBytes) {
        result.status = RootFs::ReadStatus::TooLarge;
        result.errorText
            = RootFs::tr(
                  "%1 is %2 bytes, larger than the %3 bytes a setting or report can be; it was not read. "
                  "Check whether something else wrote this file.")
                  .arg(inner)
                  .arg(st.st_size)
                  .arg(maxBytes);
        return result;
    }
    QByteArray data;
    data.resize(qsizetype(st.st_size) + 1);
    qsizetype total = 0;
    for (;;) {
        if (total == data.size()) {
            if (total > maxBytes)
                break;
            data.resize(std::min<qsizetype>(data.size() * 2 + 4096, qsizetype(maxBytes) + 1));
        }
        const ssize_t n = ::read(fd, data.data() + total, size_t(data.size() - total));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            result.status = RootFs::ReadStatus::Unreadable;
            result.errorText = RootFs::tr("%1 could not be read (%2).")
                                   .arg(inner, QString::fromLocal8Bit(std::strerror(errno)));
            return result;
        }
        if (n == 0)
            break;
        total += n;
    }
    if (total > maxBytes) {
        result.status = RootFs::ReadStatus::TooLarge;
        result.errorText = RootFs::tr("%1 grew beyond %2 bytes while it was read; it was not used.")
                               .arg(inner)
                               .arg(maxBytes);
        return result;
    }
    data.truncate(total);
    result.data = std::move(data);
    result.size = total;
    result.status = RootFs::ReadStatus::Ok;
    return result;
}

int openForRead(int dirfd, const QString &name)
{
    return ::openat(dirfd, nativeName(name).constData(),
                    O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
}

} // namespace

RootFs::RootFs(const QString &root)
{
    QString cleaned = QDir::cleanPath(root.isEmpty() ? QStringLiteral("/") : root);
    if (!cleaned.startsWith(QLatin1Char('/')))
        cleaned = QDir::cleanPath(QDir::current().absoluteFilePath(cleaned));
    m_root = cleaned;
}

QString RootFs::cleanInner(const QString &inner)
{
    QString path = QDir::cleanPath(QLatin1Char('/') + inner);
    while (path.startsWith(QLatin1String("/..")))
        path = path.mid(3).isEmpty() ? QStringLiteral("/") : path.mid(3);
    return path;
}

QString RootFs::hostPath(const QString &inner) const
{
    const QString clean = cleanInner(inner);
    if (isHostRoot())
        return clean;
    return clean == QLatin1String("/") ? m_root : m_root + clean;
}

QString RootFs::describe(ReadStatus status)
{
    switch (status) {
    case ReadStatus::Ok:
        return tr("read");
    case ReadStatus::Missing:
        return tr("missing");
    case ReadStatus::NotRegular:
        return tr("not a regular file");
    case ReadStatus::TooLarge:
        return tr("too large");
    case ReadStatus::Unreadable:
        return tr("unreadable");
    case ReadStatus::Escapes:
        return tr("link leads outside the scanned area");
    }
    return {};
}

// Walks `inner` from the root, one component at a time, never leaving the root. Returns an fd of
// the directory holding the final component (the caller closes it), or -1 when the walk stopped
// early; *lastName is the final component's name (empty when the path is the root itself).
int RootFs::walk(const QString &inner, QString *resolvedInner, Kind *kind, bool *viaLink,
                 QString *lastName) const
{
    *viaLink = false;
    lastName->clear();
    const int rootFd = ::open(QFile::encodeName(m_root).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0) {
        *kind = errno == EACCES ? Kind::Denied : Kind::Missing;
        *resolvedInner = cleanInner(inner);
        return -1;
    }
    struct Level {
        QString name;
        int fd;
    };
    std::vector<Level> stack { { QString(), rootFd } };
    auto currentPath = [&stack]() {
        QString p;
        for (size_t i = 1; i < stack.size(); ++i)
            p += QLatin1Char('/') + stack[i].name;
        return p.isEmpty() ? QStringLiteral("/") : p;
    };
    auto closeFrom = [&stack](size_t keep) {
        while (stack.size() > keep) {
            ::close(stack.back().fd);
            stack.pop_back();
        }
    };
    auto joined = joinInner;

    QStringList queue = components(inner);
    int hops = 0;
    while (!queue.isEmpty()) {
        const QString c = queue.takeFirst();
        if (c == QLatin1String("."))
            continue;
        if (c == QLatin1String("..")) {
            if (stack.size() > 1)
                closeFrom(stack.size() - 1);
            continue;
        }
        const bool more = std::any_of(queue.cbegin(), queue.cend(),
                                      [](const QString &q) { return q != QLatin1String("."); });
        const int dirfd = stack.back().fd;
        struct stat st { };
        if (::fstatat(dirfd, nativeName(c).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            const int err = errno;
            QString rest = joined(currentPath(), c);
            for (const QString &q : std::as_const(queue))
                rest += QLatin1Char('/') + q;
            *resolvedInner = cleanInner(rest);
            *kind = err == EACCES ? Kind::Denied : (err == ENOTDIR ? Kind::NotDirectory : Kind::Missing);
            closeFrom(0);
            return -1;
        }
        if (S_ISLNK(st.st_mode)) {
            *viaLink = true;
            if (++hops > kMaxLinkHops) {
                *resolvedInner = joined(currentPath(), c);
                *kind = Kind::Loop;
                closeFrom(0);
                return -1;
            }
            QByteArray target(PATH_MAX + 1, '\0');
            const ssize_t n
                = ::readlinkat(dirfd, nativeName(c).constData(), target.data(), size_t(target.size()));
            if (n <= 0 || n > PATH_MAX) {
                *resolvedInner = joined(currentPath(), c);
                *kind = Kind::Denied;
                closeFrom(0);
                return -1;
            }
            target.truncate(n);
            const QString t = QFile::decodeName(target);
            if (t.startsWith(QLatin1Char('/')))
                closeFrom(1);
            queue = components(t) + queue;
            continue;
        }
        if (more) {
            if (!S_ISDIR(st.st_mode)) {
                *resolvedInner = joined(currentPath(), c);
                *kind = Kind::NotDirectory;
                closeFrom(0);
                return -1;
            }
            const int fd
                = ::openat(dirfd, nativeName(c).constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (fd < 0) {
                *resolvedInner = joined(currentPath(), c);
                *kind = errno == EACCES ? Kind::Denied : Kind::Missing;
                closeFrom(0);
                return -1;
            }
            stack.push_back({ c, fd });
            continue;
        }
        *lastName = c;
        *resolvedInner = joined(currentPath(), c);
        if (S_ISREG(st.st_mode))
            *kind = Kind::Regular;
        else if (S_ISDIR(st.st_mode))
            *kind = Kind::Directory;
        else
            *kind = Kind::Special;
        const int parent = ::dup(stack.back().fd);
        closeFrom(0);
        return parent;
    }
    // The path named the root itself (or resolved back to a directory on the stack).
    *resolvedInner = currentPath();
    *kind = Kind::Directory;
    if (stack.size() > 1) {
        *lastName = stack.back().name;
        const int parent = ::dup(stack[stack.size() - 2].fd);
        closeFrom(0);
        return parent;
    }
    const int parent = ::dup(stack.back().fd);
    closeFrom(0);
    return parent;
}

bool RootFs::isInside(const QString &path, const QString &dir)
{
    if (dir == QLatin1String("/"))
        return true;
    return path == dir || path.startsWith(dir + QLatin1Char('/'));
}

QString RootFs::parentOf(const QString &inner)
{
    const qsizetype slash = inner.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : inner.left(slash);
}

RootFs::Resolved RootFs::resolve(const QString &inner, const QString &confine) const
{
    Resolved r;
    QString last;
    const int fd = walk(inner, &r.inner, &r.kind, &r.viaSymlink, &last);
    if (fd >= 0)
        ::close(fd);
    if (!confine.isEmpty() && r.kind != Kind::Missing) {
        const Resolved c = resolve(confine);
        if (!isInside(r.inner, c.inner)) {
            r.kind = Kind::Escapes;
            r.errorText = tr("%1 is a link that leads outside %2; it was not followed.")
                              .arg(cleanInner(inner), cleanInner(confine));
        }
    }
    return r;
}

RootFs::ReadResult RootFs::readFile(const QString &inner, qint64 maxBytes, const QString &confine) const
{
    ReadResult result;
    QString resolvedInner;
    Kind kind = Kind::Missing;
    bool viaLink = false;
    QString last;
    const QString shown = cleanInner(inner);
    const int parent = walk(inner, &resolvedInner, &kind, &viaLink, &last);
    result.resolved = resolvedInner;
    if (!m_overlay.isEmpty()) {
        const auto it = m_overlay.constFind(resolvedInner);
        if (it != m_overlay.constEnd()) {
            if (parent >= 0)
                ::close(parent);
            result.data = it.value();
            result.size = result.data.size();
            result.status = ReadStatus::Ok;
            return result;
        }
    }
    if (!confine.isEmpty() && parent >= 0) {
        const Resolved c = resolve(confine);
        if (!isInside(resolvedInner, c.inner)) {
            ::close(parent);
            result.status = ReadStatus::Escapes;
            result.errorText = tr("%1 is a link that leads outside %2; it was not followed.")
                                   .arg(shown, cleanInner(confine));
            return result;
        }
    }
    switch (kind) {
    case Kind::Regular:
        break;
    case Kind::Missing:
    case Kind::NotDirectory:
        if (parent >= 0)
            ::close(parent);
        result.status = ReadStatus::Missing;
        return result;
    case Kind::Directory:
    case Kind::Special:
        ::close(parent);
        result.status = ReadStatus::NotRegular;
        result.errorText
            = tr("%1 is not a regular file (a directory, FIFO or device); it was skipped.").arg(shown);
        return result;
    case Kind::Loop:
        result.status = ReadStatus::Unreadable;
        result.errorText = tr("%1 is a loop of symbolic links; fix or remove the link.").arg(shown);
        return result;
    case Kind::Escapes:
    case Kind::Denied:
        if (parent >= 0)
            ::close(parent);
        result.status = ReadStatus::Unreadable;
        result.errorText
            = tr("%1 could not be read: permission denied. Run the audit as a user who may read it.")
                  .arg(shown);
        return result;
    }
    const int fd = openForRead(parent, last);
    const int openErr = errno;
    ::close(parent);
    if (fd < 0) {
        result.status = openErr == ENOENT ? ReadStatus::Missing : ReadStatus::Unreadable;
        if (result.status == ReadStatus::Unreadable)
            result.errorText = tr("%1 could not be opened (%2).")
                                   .arg(shown, QString::fromLocal8Bit(std::strerror(openErr)));
        return result;
    }
    ReadResult r = readFd(fd, resolvedInner, maxBytes);
    ::close(fd);
    return r;
}

std::unique_ptr<SafeDir> RootFs::openDir(const QString &inner, const QString &confine) const
{
    QString resolvedInner;
    Kind kind = Kind::Missing;
    bool viaLink = false;
    QString last;
    const int parent = walk(inner, &resolvedInner, &kind, &viaLink, &last);
    if (parent < 0)
        return nullptr;
    if (kind != Kind::Directory) {
        ::close(parent);
        return nullptr;
    }
    if (!confine.isEmpty() && !isInside(resolvedInner, resolve(confine).inner)) {
        ::close(parent);
        return nullptr;
    }
    int fd;
    if (last.isEmpty())
        fd = ::openat(parent, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    else
        fd = ::openat(parent, nativeName(last).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    ::close(parent);
    if (fd < 0)
        return nullptr;
    return std::make_unique<SafeDir>(fd, resolvedInner);
}

int RootFs::openDirNoFollow(const QString &inner) const
{
    int fd = ::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const QStringList parts = components(cleanInner(inner));
    for (const QString &c : parts) {
        if (fd < 0)
            break;
        const int child
            = ::openat(fd, nativeName(c).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int err = errno;
        ::close(fd);
        fd = child;
        errno = err;
    }
    return fd;
}

QStringList RootFs::entries(const QString &innerDir) const
{
    QStringList names;
    const auto dir = openDir(innerDir);
    if (dir) {
        const auto list = dir->entries();
        names.reserve(list.size());
        for (const auto &e : list)
            names.append(e.name);
    }
    if (!m_overlay.isEmpty()) {
        const QString prefix = (dir ? dir->innerPath() : cleanInner(innerDir)) + QLatin1Char('/');
        for (auto it = m_overlay.constBegin(); it != m_overlay.constEnd(); ++it) {
            if (it.key().startsWith(prefix) && !it.key().mid(prefix.size()).contains(QLatin1Char('/'))
                && !names.contains(it.key().mid(prefix.size())))
                names.append(it.key().mid(prefix.size()));
        }
    }
    names.sort();
    return names;
}

QStringList RootFs::filesMatching(const QString &innerDir, const QString &pattern, qsizetype limit,
                                  bool *truncated) const
{
    const QRegularExpression re(pattern);
    const QString dir = cleanInner(innerDir);
    QStringList out;
    if (truncated)
        *truncated = false;
    for (const QString &name : entries(dir)) {
        if (!re.match(name).hasMatch())
            continue;
        const QString path = dir + QLatin1Char('/') + name;
        const Kind kind = resolve(path).kind;
        if (kind == Kind::Directory || kind == Kind::Missing)
            continue;
        if (out.size() == limit) {
            if (truncated)
                *truncated = true;
            break;
        }
        out.append(path);
    }
    return out;
}

SafeDir::SafeDir(int fd, QString inner)
    : m_fd(fd)
    , m_inner(std::move(inner))
{ }

SafeDir::~SafeDir()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QList<SafeDir::Entry> SafeDir::entries() const
{
    return entries(std::numeric_limits<qsizetype>::max(), nullptr);
}

SafeDir::Type SafeDir::childType(const QString &name) const
{
    struct stat st { };
    if (name.contains(QLatin1Char('/'))
        || ::fstatat(m_fd, nativeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return Type::Unknown;
    return S_ISREG(st.st_mode) ? Type::Regular
        : S_ISDIR(st.st_mode)  ? Type::Directory
        : S_ISLNK(st.st_mode)  ? Type::Symlink
                               : Type::Special;
}

int SafeDir::openRegularFile(const QString &name) const
{
    if (childType(name) != Type::Regular)
        return -1;
    const int fd = openForRead(m_fd, name);
    if (fd < 0)
        return -1;
    struct stat st { };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return -1;
    }
    // Opened non-blocking so that a FIFO swapped in cannot hang the open; reads block again.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return fd;
}

QList<SafeDir::Entry> SafeDir::entries(qsizetype limit, bool *truncated) const
{
    if (truncated)
        *truncated = false;
    QList<Entry> list;
    const int fd = ::dup(m_fd);
    if (fd < 0)
        return list;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return list;
    }
    ::rewinddir(dir);
    while (const dirent *d = ::readdir(dir)) {
        if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
            continue;
        if (list.size() >= limit) {
            if (truncated)
                *truncated = true;
            break;
        }
        Entry e;
        e.name = QFile::decodeName(d->d_name);
        switch (d->d_type) {
        case DT_REG:
            e.type = Type::Regular;
            break;
        case DT_DIR:
            e.type = Type::Directory;
            break;
        case DT_LNK:
            e.type = Type::Symlink;
            break;
        case DT_UNKNOWN:
            e.type = Type::Unknown;
            break;
        default:
            e.type = Type::Special;
            break;
        }
        if (e.type == Type::Unknown) {
            struct stat st { };
            if (::fstatat(m_fd, d->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
                e.type = S_ISREG(st.st_mode) ? Type::Regular
                    : S_ISDIR(st.st_mode)    ? Type::Directory
                    : S_ISLNK(st.st_mode)    ? Type::Symlink
                                             : Type::Special;
            }
        }
        list.append(e);
    }
    ::closedir(dir);
    return list;
}

std::unique_ptr<SafeDir> SafeDir::openChild(const QString &name) const
{
    if (name.contains(QLatin1Char('/')) || name == QLatin1String("..") || name == QLatin1String("."))
        return nullptr;
    const int fd
        = ::openat(m_fd, nativeName(name).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return nullptr;
    const QString inner = joinInner(m_inner, name);
    return std::make_unique<SafeDir>(fd, inner);
}

RootFs::ReadResult SafeDir::readFile(const QString &name, qint64 maxBytes) const
{
    const QString inner = joinInner(m_inner, name);
    RootFs::ReadResult result;
    result.resolved = inner;
    if (name.contains(QLatin1Char('/'))) {
        result.status = RootFs::ReadStatus::Escapes;
        return result;
    }
    struct stat st { };
    if (::fstatat(m_fd, nativeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        result.status = RootFs::ReadStatus::Missing;
        return result;
    }
    if (S_ISLNK(st.st_mode)) {
        result.status = RootFs::ReadStatus::Escapes;
        result.errorText
            = RootFs::tr("%1 is a symbolic link inside a scanned folder; it was not followed.").arg(inner);
        return result;
    }
    if (!S_ISREG(st.st_mode)) {
        result.status = RootFs::ReadStatus::NotRegular;
        result.errorText
            = RootFs::tr("%1 is not a regular file (a directory, FIFO or device); it was skipped.")
                  .arg(inner);
        return result;
    }
    const int fd = openForRead(m_fd, name);
    if (fd < 0) {
        result.status = RootFs::ReadStatus::Unreadable;
        result.errorText = RootFs::tr("%1 could not be opened (%2).")
                               .arg(inner, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    result = readFd(fd, inner, maxBytes);
    ::close(fd);
    return result;
}

qint64 SafeDir::ownerUid() const
{
    struct stat st { };
    if (::fstat(m_fd, &st) != 0)
        return -1;
    return st.st_uid;
}

} // namespace tlens

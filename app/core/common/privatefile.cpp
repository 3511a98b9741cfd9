#include "privatefile.h"

#include <QSaveFile>

namespace tlens {

bool PrivateFile::write(const QString &path, const QByteArray &data, QString *error)
{
    return write(
        path, [&data](QIODevice *device) { return device->write(data) == data.size(); }, error);
}

bool PrivateFile::write(const QString &path, const std::function<bool(QIODevice *)> &writer, QString *error)
{
    QSaveFile file(path);
    // The mode is set on the temporary file before any byte is written; the rename keeps it.
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && writer(&file)
        && file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

} // namespace tlens

#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace tlens {

// Writes a file the program makes for the user that holds identifiers (an .eml message, an audit
// report): atomically (a crash leaves the old file or the new one), and readable by its owner only
// (0600) whatever the umask, also when it replaces an existing file. It must never leave a
// world-readable copy behind, not even for a moment.
class PrivateFile final {
public:
    // error: the system's reason, to be quoted in a message that names the file.
    static bool write(const QString &path, const QByteArray &data, QString *error);
    static bool write(const QString &path, const std::function<bool(QIODevice *)> &writer, QString *error);
};

} // namespace tlens

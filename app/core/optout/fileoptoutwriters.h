#pragma once

#include "catalog/catalog.h"
#include "editresult.h"

#include <QDateTime>

#include <optional>

namespace tlens {

// What a file opt-out writer is asked to do: set (or, when enabling, restore) one key of one file.
struct FileOptOutRequest {
    const ToolSpec *tool = nullptr;
    const OptOutFileSpec *spec = nullptr;
    bool disable = true;
    QString path; // the file inside the root, for messages
    QDateTime now; // for values a tool stamps with the time of the change ("<now>" in `extra`)
};

// Writes a tool's opt-out key the way the tool's own command writes it. Gets the file's bytes
// (std::nullopt when it does not exist) and returns the new bytes, or a failure that names the file
// when it cannot be parsed: a file that could not be parsed is never rewritten.
using FileOptOutWriter
    = EditResult (*)(const std::optional<QByteArray> &current, const FileOptOutRequest &request);

// The named writers the catalog's `opt_out.file.writer` refers to.
class FileOptOutWriters final {
public:
    static FileOptOutWriter find(const QString &name);
    static QStringList names();
};

} // namespace tlens

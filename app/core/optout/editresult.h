#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace tlens {

// What one editor made of one file: the new content, or the reason the file was left alone. An
// editor never touches the disk; the result is only planned content.
struct EditResult {
    bool ok = false;
    std::optional<QByteArray> bytes; // new content; std::nullopt: the file is removed (or stays absent)
    QString error; // translated; names the file and the problem when !ok
    QStringList notes; // translated remarks for whoever reads the plan

    static EditResult success(std::optional<QByteArray> content, QStringList notes = {})
    {
        EditResult r;
        r.ok = true;
        r.bytes = std::move(content);
        r.notes = std::move(notes);
        return r;
    }
    static EditResult failure(QString message)
    {
        EditResult r;
        r.error = std::move(message);
        return r;
    }
};

} // namespace tlens

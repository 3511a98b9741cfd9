#pragma once

#include "secretmasker.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tlens {

// Builds the unified diff (`--- a/path`, `+++ b/path`, `@@` hunks with context lines, "\ No
// newline at end of file") that a plan shows for one file. Lines are compared byte for byte
// (Myers' algorithm); what is printed passes through a SecretMasker, so the diff is for display
// only and must never be used to patch a file.
class UnifiedDiff final {
public:
    // `before`/`after` std::nullopt: the file does not exist on that side (/dev/null).
    static QString make(const QString &path, const std::optional<QByteArray> &before,
                        const std::optional<QByteArray> &after, const SecretMasker &masker = SecretMasker(),
                        int context = 3);
};

} // namespace tlens

#pragma once

#include "editresult.h"

#include <QCoreApplication>

#include <optional>

namespace tlens {

// Sets `[flags] usage_stats` in Skyplane's INI config ($SKYPLANE_CONFIG or ~/.skyplane/config) to
// Skyplane's own spelling, False or True. Only that one line changes (the key's spelling and the
// delimiter are kept); a missing key is added after the section's last key, a missing section is
// appended. The file holds cloud secrets: every other byte (comments, blank lines, order, CRLF, a
// missing final newline) must stay as it was, and a file configparser cannot read is never rewritten.
class SkyplaneConfigEditor final {
    Q_DECLARE_TR_FUNCTIONS(SkyplaneConfigEditor)
public:
    static EditResult setUsageStats(const std::optional<QByteArray> &current, bool enabled,
                                    const QString &path);

    // Skyplane's reading of a flag value: true|yes|1 and false|no|0 (any case); nullopt otherwise.
    static std::optional<bool> parseFlag(const QString &value);
};

} // namespace tlens

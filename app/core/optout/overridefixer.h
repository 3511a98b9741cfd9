#pragma once

#include "editresult.h"

#include <QCoreApplication>

namespace tlens {

// Comments out one line of a start-up file that overrides an opt-out (for example
// `export RAY_USAGE_STATS_ENABLED=1` in ~/.bashrc), with a marker that says who did it:
//   # disabled by telemetry-lens: export RAY_USAGE_STATS_ENABLED=1
// Only with the person's explicit consent (--fix-overrides); it changes that one line and nothing
// else, and refuses a line that continues onto the next one.
class OverrideFixer final {
    Q_DECLARE_TR_FUNCTIONS(OverrideFixer)
public:
    // `line` is 1-based. With a non-empty `key`, the line must still assign that variable.
    static EditResult commentOut(const std::optional<QByteArray> &current, int line, const QString &key,
                                 const QString &path);

    static QByteArray marker();
};

} // namespace tlens

#pragma once

#include "fileoptoutwriters.h"

#include <QCoreApplication>

namespace tlens {

// The "shell-conf" writer: sets KEY="value" in a configuration file that a shell script sources
// (/etc/popularity-contest.conf), the way the package's own configuration step does it: every
// line that starts with `KEY=` is replaced by `KEY="value"` (a sed on ^KEY=.*$), every other
// line and comment stays; without such a line the assignment is appended. An assignment it cannot
// judge safely (indented, inside a condition, exported, or with a non-literal value) makes it
// refuse, naming the line, because the script would not read the result the way it reads a plain line.
class ShellConfWriter final {
    Q_DECLARE_TR_FUNCTIONS(ShellConfWriter)
public:
    static EditResult write(const std::optional<QByteArray> &current, const FileOptOutRequest &request);
};

} // namespace tlens

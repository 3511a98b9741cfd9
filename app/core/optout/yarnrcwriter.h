#pragma once

#include "fileoptoutwriters.h"

namespace tlens {

// "yarnrc-key": one top-level key of Yarn's ~/.yarnrc.yml, edited on its own line. Every other line,
// comment and blank line is kept (yarn config set would sort the keys and drop the comments); a
// missing file is created as `yarn config set --home` creates it. A file that is not valid YAML is
// refused.
EditResult writeYarnrcKey(const std::optional<QByteArray> &current, const FileOptOutRequest &request);

} // namespace tlens

#pragma once

#include "fileoptoutwriters.h"

namespace tlens {

// "rc9-keys": key=value lines of an rc9 file (Nuxt's .nuxtrc): the catalog's key and its `extra` keys
// are set on their own lines, every other line and comment kept. A missing file is created as
// `nuxt-telemetry disable --global` writes it: one line per key, no final newline. Enabling removes the
// lines again.
EditResult writeRc9Keys(const std::optional<QByteArray> &current, const FileOptOutRequest &request);

} // namespace tlens

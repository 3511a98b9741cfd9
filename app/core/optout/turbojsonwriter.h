#pragma once

#include "fileoptoutwriters.h"

namespace tlens {

// "turbo-json": Turborepo's telemetry.json. turbo ignores a file without telemetry_id and
// telemetry_salt, so a missing file is created whole as turbo writes it (a new salt uuid, the id a
// sha256 of salt and a uuid, two-space indent, no final newline), and a file without them gets them.
// Otherwise the key is edited in place by the json-key writer. A file that is not valid JSON is refused.
EditResult writeTurboJson(const std::optional<QByteArray> &current, const FileOptOutRequest &request);

} // namespace tlens

#pragma once

#include "fileoptoutwriters.h"

namespace tlens {

// The "json-key" writer: sets one key path of a JSON settings file (and the `extra` keys beside it)
// in place, or creates the file as the tool's own command does. Style options from the catalog:
//   "indent": "\t" or a number of spaces, for a file that shows none yet;
//   "final_newline": whether a created file ends with a newline;
//   "dated_since": an ISO date; an existing "<now>" extra older than it (or not a date) is renewed even
//                  when the value itself is already right (wrangler resets such a file);
//   "comments": whether the tool accepts // and /* */ comments;
//   "create": the document a missing file starts as, as JSON text so that its key order is kept (the
//             value is then set in it), or false when the
//             tool must create the file itself (an id of its own is needed).
// Keys of `extra` are written in their sorted order.
// "<now>" in `extra` or the template becomes the time of the change (ISO 8601, UTC, milliseconds).
class JsonKeyWriter final {
    Q_DECLARE_TR_FUNCTIONS(JsonKeyWriter)
public:
    static EditResult write(const std::optional<QByteArray> &current, const FileOptOutRequest &request);
};

} // namespace tlens

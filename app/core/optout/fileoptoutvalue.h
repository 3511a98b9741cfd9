#pragma once

#include <QString>

namespace tlens {

// The text a line-based writer puts after "key=" or "key: " for a value the catalog gives as compact
// JSON: a JSON string stands for its content ("0" -> 0), any other value for its JSON text (false).
QString fileOptOutRawValue(const QString &compactJson);

} // namespace tlens

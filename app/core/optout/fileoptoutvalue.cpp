#include "fileoptoutvalue.h"

#include <nlohmann/json.hpp>

namespace tlens {

QString fileOptOutRawValue(const QString &compactJson)
{
    const std::string text = compactJson.toStdString();
    const nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return compactJson;
}

} // namespace tlens

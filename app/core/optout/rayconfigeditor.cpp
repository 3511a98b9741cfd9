#include "rayconfigeditor.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tlens {

namespace {

// nlohmann parses recursively; a hostile file nested this deep is refused before parsing.
constexpr int kMaxDepth = 512;

int nestingDepth(const QByteArray &text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            deepest = std::max(deepest, ++depth);
        else if (c == ']' || c == '}')
            --depth;
    }
    return deepest;
}

// The parser's message without its "last read" excerpt, which may quote the file's content.
QString parseMessage(const char *what)
{
    QString message = QString::fromUtf8(what);
    const qsizetype cut = message.indexOf(QLatin1String("; last read"));
    if (cut >= 0)
        message.truncate(cut);
    return message;
}

} // namespace

EditResult RayConfigEditor::setUsageStats(const std::optional<QByteArray> &current, bool enabled,
                                          const QString &path)
{
    using Json = nlohmann::ordered_json;
    if (!current) {
        // No file means Ray's default, which is enabled.
        if (enabled)
            return EditResult::success(std::nullopt);
        return EditResult::success(QByteArray(R"({"usage_stats":false})"));
    }

    Json doc = Json::object();
    // An empty file holds nothing to lose; Ray reads it as unset.
    if (!current->trimmed().isEmpty()) {
        if (nestingDepth(*current) > kMaxDepth)
            return EditResult::failure(
                tr("%1 is nested more than %2 levels deep, so it was not read and was left unchanged. "
                   "Check what wrote it, fix or remove it, and try again.")
                    .arg(path)
                    .arg(kMaxDepth));
        try {
            doc = Json::parse(current->constBegin(), current->constEnd());
        } catch (const Json::exception &e) {
            return EditResult::failure(
                tr("%1 is not valid JSON (%2). Ray would replace it with an empty file and lose "
                   "its content, so it was left unchanged: fix or remove it and try again.")
                    .arg(path, parseMessage(e.what())));
        }
        if (!doc.is_object())
            return EditResult::failure(
                tr("%1 does not hold a JSON object (it holds a %2), so Ray ignores it and it was left "
                   "unchanged: fix or remove it and try again.")
                    .arg(path, QString::fromUtf8(doc.type_name())));
    }

    const auto it = doc.find("usage_stats");
    if (it != doc.end() && it->is_boolean() && it->get<bool>() == enabled)
        return EditResult::success(current);
    doc["usage_stats"] = enabled;
    try {
        return EditResult::success(QByteArray::fromStdString(doc.dump()));
    } catch (const Json::exception &e) {
        return EditResult::failure(tr("%1 could not be written back as JSON (%2); it was left unchanged.")
                                       .arg(path, parseMessage(e.what())));
    }
}

} // namespace tlens

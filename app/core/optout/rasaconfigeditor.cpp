#include "rasaconfigeditor.h"

#include "formats/yamlbounded.h"
#include "textlines.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace tlens {

namespace {

const std::string kEnabled = "enabled";
const char *const kBlocks[] = { "metrics", "traits" };
constexpr int kMaxCompareDepth = 1000;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Rasa reads YAML 1.2: only these untagged spellings are booleans.
bool isPlainBool(const YAML::Node &node, bool value)
{
    if (!node.IsScalar() || node.Tag() != "?")
        return false;
    const std::string &s = node.Scalar();
    return value ? (s == "true" || s == "True" || s == "TRUE")
                 : (s == "false" || s == "False" || s == "FALSE");
}

int closingQuote(const QByteArray &line, int open)
{
    const char q = line.at(open);
    for (int j = open + 1; j < line.size(); ++j) {
        if (q == '"' && line.at(j) == '\\') {
            ++j;
        } else if (line.at(j) == q) {
            if (q == '\'' && j + 1 < line.size() && line.at(j + 1) == '\'')
                ++j;
            else
                return j;
        }
    }
    return -1;
}

// The value of `key: value` on a single line: [*start, *end) in bytes, and the position right after
// the colon. False when the value does not sit on this line alone (block scalar, open quote).
bool valueSpan(const QByteArray &line, int keyColumn, int *afterColon, int *start, int *end)
{
    int i = keyColumn;
    if (i >= line.size())
        return false;
    if (line.at(i) == '"' || line.at(i) == '\'') {
        i = closingQuote(line, i);
        if (i < 0)
            return false;
        ++i;
    } else {
        while (i < line.size() && !(line.at(i) == ':' && (i + 1 == line.size() || isBlank(line.at(i + 1)))))
            ++i;
    }
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    if (i >= line.size() || line.at(i) != ':')
        return false;
    *afterColon = ++i;
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    if (i >= line.size() || line.at(i) == '#') {
        *start = *end = *afterColon;
        return true;
    }
    *start = i;
    const char c = line.at(i);
    if (c == '|' || c == '>')
        return false;
    int j;
    if (c == '"' || c == '\'') {
        j = closingQuote(line, i);
        if (j < 0)
            return false;
        ++j;
        int k = j;
        while (k < line.size() && isBlank(line.at(k)))
            ++k;
        if (k < line.size() && line.at(k) != '#')
            return false;
    } else {
        j = i;
        while (j < line.size() && !(line.at(j) == '#' && isBlank(line.at(j - 1))))
            ++j;
        while (j > i && isBlank(line.at(j - 1)))
            --j;
    }
    *end = j;
    return true;
}

// True when the line after `line` that holds content is indented deeper than `column`: the value
// of the key on `line` continues there.
bool continuesBelow(const TextLines &lines, int line, int column)
{
    for (int l = line + 1; l < lines.count(); ++l) {
        const QByteArray text = lines.line(l);
        if (TextLines::isBlank(text) || text.trimmed().startsWith('#'))
            continue;
        return TextLines::indentOf(text) > column;
    }
    return false;
}

bool sameNode(const YAML::Node &a, const YAML::Node &b, int depth = 0)
{
    if (depth > kMaxCompareDepth || a.Type() != b.Type() || a.Tag() != b.Tag())
        return false;
    switch (a.Type()) {
    case YAML::NodeType::Scalar:
        return a.Scalar() == b.Scalar();
    case YAML::NodeType::Sequence:
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameNode(a[i], b[i], depth + 1))
                return false;
        }
        return true;
    case YAML::NodeType::Map: {
        if (a.size() != b.size())
            return false;
        auto ib = b.begin();
        for (auto ia = a.begin(); ia != a.end(); ++ia, ++ib) {
            if (!sameNode(ia->first, ib->first, depth + 1) || !sameNode(ia->second, ib->second, depth + 1))
                return false;
        }
        return true;
    }
    default:
        return true;
    }
}

using Pairs = std::vector<std::pair<YAML::Node, YAML::Node>>;

Pairs pairsOf(const YAML::Node &map, bool withoutEnabled)
{
    Pairs out;
    if (!map.IsMap())
        return out;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (withoutEnabled && it->first.IsScalar() && it->first.Scalar() == kEnabled)
            continue;
        out.emplace_back(it->first, it->second);
    }
    return out;
}

bool samePairs(const Pairs &a, const Pairs &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!sameNode(a[i].first, b[i].first) || !sameNode(a[i].second, b[i].second))
            return false;
    }
    return true;
}

// The first key that appears twice in one map, with its line (ruamel, which Rasa uses, refuses it).
bool findDuplicateKey(const YAML::Node &node, std::string *key, int *line, int depth = 0)
{
    if (depth > kMaxCompareDepth)
        return false;
    if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (findDuplicateKey(node[i], key, line, depth + 1))
                return true;
        }
    } else if (node.IsMap()) {
        std::set<std::string> seen;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it->first.IsScalar() && !seen.insert(it->first.Scalar()).second) {
                *key = it->first.Scalar();
                *line = it->first.Mark().line + 1;
                return true;
            }
            if (findDuplicateKey(it->second, key, line, depth + 1))
                return true;
        }
    }
    return false;
}

// The value under a scalar key, or a null node; never a zombie node that throws when examined.
YAML::Node child(const YAML::Node &map, const char *key)
{
    if (map.IsMap()) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == key)
                return it->second;
        }
    }
    return YAML::Node();
}

// Node count with aliases expanded, stopping at `limit`: the tree walks below visit an aliased
// node once per use, so a small hostile file could otherwise make them run for ever.
std::size_t expandedSize(const YAML::Node &node, std::size_t limit, int depth = 0)
{
    if (depth > kMaxCompareDepth)
        return limit;
    std::size_t count = 1;
    if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size() && count < limit; ++i)
            count += expandedSize(node[i], limit - count, depth + 1);
    } else if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end() && count < limit; ++it) {
            count += expandedSize(it->first, limit - count, depth + 1);
            if (count < limit)
                count += expandedSize(it->second, limit - count, depth + 1);
        }
    }
    return std::min(count, limit);
}

constexpr std::size_t kMaxExpandedNodes = 100000;

struct LineEdit {
    int line = 0;
    bool insert = false; // insert before `line`; otherwise replace it
    QByteArray content;
};

} // namespace

EditResult RasaConfigEditor::setEnabled(const std::optional<QByteArray> &current, bool enabled,
                                        const QString &path)
{
    const QByteArray word = enabled ? QByteArray("true") : QByteArray("false");
    if (!current) {
        // Rasa's next run writes a fresh file with enabled: true; nothing to do for "enable".
        if (enabled)
            return EditResult::success(std::nullopt);
        return EditResult::success(
            QByteArray("metrics:\n  enabled: false\n"),
            { tr("%1 is created with only the opt-out. No rasa_user_id or date is invented: "
                 "Rasa keeps this file as it is, and has no id to send while telemetry is off.")
                  .arg(path) });
    }

    const std::string text = current->toStdString();
    std::vector<YAML::Node> docs;
    try {
        docs = loadAllYamlBounded(text);
    } catch (const YAML::Exception &e) {
        return EditResult::failure(
            tr("%1 is not valid YAML (line %2: %3). Rasa reads such a file as empty and switches "
               "telemetry back on at its next run; it was left unchanged: fix it and try again.")
                .arg(path)
                .arg(e.mark.line + 1)
                .arg(QString::fromStdString(e.msg)));
    }
    if (docs.size() > 1)
        return EditResult::failure(
            tr("%1 holds %2 YAML documents; Rasa reads only a single one and would switch telemetry "
               "back on. It was left unchanged: keep one document and try again.")
                .arg(path)
                .arg(docs.size()));
    const YAML::Node root = docs.empty() ? YAML::Node() : docs.front();
    if (!root.IsNull() && !root.IsMap())
        return EditResult::failure(
            tr("%1 does not hold a map of settings, so Rasa would replace it; it was left unchanged. "
               "Fix or remove it and try again.")
                .arg(path));
    if (root.IsMap() && root.Style() == YAML::EmitterStyle::Flow)
        return EditResult::failure(
            tr("%1 is written in YAML flow style ({...}); Telemetry Lens only edits block style. "
               "It was left unchanged: set metrics.enabled: %2 by hand.")
                .arg(path, QString::fromLatin1(word)));
    if (expandedSize(root, kMaxExpandedNodes) >= kMaxExpandedNodes)
        return EditResult::failure(
            tr("%1 is too large or too deeply aliased to be checked safely; it was left unchanged. "
               "Check what wrote it, fix it, and try again.")
                .arg(path));
    {
        std::string key;
        int line = 0;
        if (findDuplicateKey(root, &key, &line))
            return EditResult::failure(
                tr("%1 has the key \"%2\" twice (line %3); Rasa cannot read such a file and would "
                   "switch telemetry back on. It was left unchanged: remove the duplicate and try again.")
                    .arg(path, QString::fromStdString(key))
                    .arg(line));
    }

    TextLines lines(*current);
    std::vector<LineEdit> edits;
    bool metricsAppended = false;
    auto refuse = [&path, &word](const QString &block, int line) {
        return EditResult::failure(
            tr("%1: the value of %2.enabled (line %3) is written in a form Telemetry Lens does not edit "
               "(several lines, a nested value or an unusual key). The file was left unchanged: set "
               "%2.enabled: %4 by hand.")
                .arg(path, block)
                .arg(line + 1)
                .arg(QString::fromLatin1(word)));
    };

    for (const char *blockName : kBlocks) {
        const QString block = QString::fromLatin1(blockName);
        YAML::Node key;
        YAML::Node value;
        bool found = false;
        if (root.IsMap()) {
            for (auto it = root.begin(); it != root.end(); ++it) {
                if (it->first.IsScalar() && it->first.Scalar() == blockName) {
                    key = it->first;
                    value = it->second;
                    found = true;
                }
            }
        }
        if (!found) {
            if (block == QLatin1String("metrics")) {
                const int indent
                    = root.IsMap() && root.begin() != root.end() ? root.begin()->first.Mark().column : 0;
                const QByteArray pad(indent, ' ');
                edits.push_back({ lines.count(), true, pad + "metrics:" });
                edits.push_back({ lines.count(), true, pad + "  enabled: " + word });
                metricsAppended = true;
            }
            continue;
        }
        const int keyLine = key.Mark().line;
        const int keyColumn = key.Mark().column;
        if (value.IsMap()) {
            if (value.Style() == YAML::EmitterStyle::Flow)
                return EditResult::failure(
                    tr("%1: %2 is written in YAML flow style ({...}); Telemetry Lens only edits block "
                       "style. It was left unchanged: set %2.enabled: %3 by hand.")
                        .arg(path, block, QString::fromLatin1(word)));
            YAML::Node enabledKey;
            YAML::Node enabledValue;
            bool hasEnabled = false;
            for (auto it = value.begin(); it != value.end(); ++it) {
                if (it->first.IsScalar() && it->first.Scalar() == kEnabled) {
                    enabledKey = it->first;
                    enabledValue = it->second;
                    hasEnabled = true;
                }
            }
            if (!hasEnabled) {
                const int childIndent = value.begin()->first.Mark().column;
                edits.push_back({ keyLine + 1, true, QByteArray(childIndent, ' ') + "enabled: " + word });
                continue;
            }
            if (isPlainBool(enabledValue, enabled))
                continue;
            const int line = enabledKey.Mark().line;
            const int column = enabledKey.Mark().column;
            if (line >= lines.count() || !(enabledValue.IsScalar() || enabledValue.IsNull())
                || (enabledValue.IsScalar() && enabledValue.Mark().line != line)
                || continuesBelow(lines, line, column))
                return refuse(block, line);
            const QByteArray text = lines.line(line);
            int afterColon = 0;
            int start = 0;
            int end = 0;
            if (!valueSpan(text, column, &afterColon, &start, &end))
                return refuse(block, line);
            const QByteArray replaced = start == end
                ? QByteArray(text.left(afterColon) + ' ' + word + text.mid(afterColon))
                : QByteArray(text.left(start) + word + text.mid(end));
            edits.push_back({ line, false, replaced });
        } else if (value.IsNull()) {
            // `metrics:` with nothing under it: give it the key.
            if (keyLine >= lines.count() || continuesBelow(lines, keyLine, keyColumn))
                return refuse(block, keyLine);
            const QByteArray text = lines.line(keyLine);
            int afterColon = 0;
            int start = 0;
            int end = 0;
            if (!valueSpan(text, keyColumn, &afterColon, &start, &end))
                return refuse(block, keyLine);
            if (start != end)
                edits.push_back({ keyLine, false, text.left(afterColon) + text.mid(end) });
            edits.push_back({ keyLine + 1, true, QByteArray(keyColumn + 2, ' ') + "enabled: " + word });
        } else if (block == QLatin1String("metrics")) {
            return EditResult::failure(
                tr("%1: metrics (line %2) is not a map, so Rasa cannot read its opt-out and would "
                   "rewrite the file with telemetry on. It was left unchanged: fix it and try again.")
                    .arg(path)
                    .arg(keyLine + 1));
        }
    }
    if (edits.empty())
        return EditResult::success(current);

    // Bottom-up, so that earlier line numbers stay valid; lines appended at the end keep their order.
    const int originalCount = lines.count();
    std::vector<LineEdit> appends;
    std::vector<LineEdit> inPlace;
    for (const LineEdit &e : edits)
        (e.insert && e.line >= originalCount ? appends : inPlace).push_back(e);
    std::stable_sort(inPlace.begin(), inPlace.end(),
                     [](const LineEdit &a, const LineEdit &b) { return a.line > b.line; });
    for (const LineEdit &e : inPlace) {
        if (e.insert)
            lines.insert(e.line, e.content);
        else
            lines.replace(e.line, e.content);
    }
    for (const LineEdit &e : appends)
        lines.insert(lines.count(), e.content);
    const QByteArray result = lines.join();

    // Read the result as Rasa will: plain booleans where we wrote them, everything else the same.
    bool verified = false;
    try {
        const std::vector<YAML::Node> after = loadAllYamlBounded(result.toStdString());
        if (after.size() == 1 && after.front().IsMap()) {
            const YAML::Node &a = after.front();
            const YAML::Node metrics = child(a, "metrics");
            verified = metrics.IsMap() && isPlainBool(child(metrics, kEnabled.c_str()), enabled);
            if (verified && child(root, "traits").IsMap()) {
                const YAML::Node traits = child(a, "traits");
                verified = traits.IsMap() && isPlainBool(child(traits, kEnabled.c_str()), enabled);
            }
            Pairs beforeTop = pairsOf(root, false);
            Pairs afterTop = pairsOf(a, false);
            if (metricsAppended && !afterTop.empty())
                afterTop.pop_back();
            verified = verified && beforeTop.size() == afterTop.size();
            for (std::size_t i = 0; verified && i < beforeTop.size(); ++i) {
                const YAML::Node &k = beforeTop[i].first;
                const bool optOutBlock = k.IsScalar() && (k.Scalar() == "metrics" || k.Scalar() == "traits")
                    && (beforeTop[i].second.IsMap() || beforeTop[i].second.IsNull());
                verified = sameNode(k, afterTop[i].first)
                    && (optOutBlock
                            ? samePairs(pairsOf(beforeTop[i].second, true), pairsOf(afterTop[i].second, true))
                            : sameNode(beforeTop[i].second, afterTop[i].second));
            }
        }
    } catch (const YAML::Exception &) {
        verified = false;
    }
    if (!verified)
        return EditResult::failure(
            tr("%1 could not be changed safely (the result would not read back as intended); it was "
               "left unchanged. Set metrics.enabled: %2 by hand.")
                .arg(path, QString::fromLatin1(word)));
    return EditResult::success(result);
}

} // namespace tlens

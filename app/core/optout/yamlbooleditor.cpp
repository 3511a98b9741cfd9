#include "yamlbooleditor.h"

#include "formats/yamlbounded.h"
#include "textlines.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>
#include <vector>

namespace tlens {

namespace {

constexpr int kMaxCompareDepth = 200;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// PyYAML (YAML 1.1) reads these untagged spellings as the boolean; "false" is one of them in YAML
// 1.2 too, which is the spelling written.
bool isPlainBool(const YAML::Node &node, bool value)
{
    if (!node.IsScalar() || node.Tag() != "?")
        return false;
    static const std::vector<std::string> yes {
        "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"
    };
    static const std::vector<std::string> no { "false", "False", "FALSE", "no", "No",
                                               "NO",    "off",   "Off",   "OFF" };
    const std::vector<std::string> &set = value ? yes : no;
    return std::find(set.begin(), set.end(), node.Scalar()) != set.end();
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
    if (c == '|' || c == '>' || c == '[' || c == '{' || c == '&' || c == '*' || c == '!')
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

// True when the next line with content is indented deeper than `column`: the value continues there.
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

// Every key of `map` with its value, except `skip`; in order.
std::vector<std::pair<YAML::Node, YAML::Node>> pairsWithout(const YAML::Node &map, const std::string &skip)
{
    std::vector<std::pair<YAML::Node, YAML::Node>> out;
    if (!map.IsMap())
        return out;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == skip)
            continue;
        out.emplace_back(it->first, it->second);
    }
    return out;
}

bool samePairs(const YAML::Node &a, const YAML::Node &b, const std::string &skip)
{
    const auto pa = pairsWithout(a, skip);
    const auto pb = pairsWithout(b, skip);
    if (pa.size() != pb.size())
        return false;
    for (std::size_t i = 0; i < pa.size(); ++i) {
        if (!sameNode(pa[i].first, pb[i].first) || !sameNode(pa[i].second, pb[i].second))
            return false;
    }
    return true;
}

// The key node and value of `key` in `map`; false when absent. *count is how often it appears.
bool findKey(const YAML::Node &map, const std::string &key, YAML::Node *keyNode, YAML::Node *value,
             int *count)
{
    *count = 0;
    if (!map.IsMap())
        return false;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key) {
            *keyNode = it->first;
            *value = it->second;
            ++*count;
        }
    }
    return *count > 0;
}

YAML::Node valueAt(const YAML::Node &map, const std::string &key)
{
    YAML::Node k;
    YAML::Node v;
    int count = 0;
    return findKey(map, key, &k, &v, &count) ? v : YAML::Node(YAML::NodeType::Undefined);
}

// Node count with aliases expanded, stopping at `limit`: the comparison below visits an aliased node
// once per use, so a small hostile file could otherwise make it run for ever.
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

EditResult YamlBoolEditor::setBool(const std::optional<QByteArray> &current, const QString &keyPath,
                                   bool value, const QString &path)
{
    const QStringList parts = keyPath.split(QLatin1Char('.'));
    const QByteArray word = value ? QByteArray("true") : QByteArray("false");
    const QString shownSetting = keyPath + QStringLiteral(": ") + QString::fromLatin1(word);
    if (parts.size() < 1 || parts.size() > 2)
        return EditResult::failure(tr("%1: Telemetry Lens cannot set %2 there.").arg(path, keyPath));
    const std::string top = parts.first().toStdString();
    const std::string leaf = parts.last().toStdString();
    const bool nested = parts.size() == 2;
    auto fresh = [&](int indent) {
        QList<QByteArray> out;
        const QByteArray pad(indent, ' ');
        if (nested) {
            out << pad + QByteArray::fromStdString(top) + ':';
            out << pad + "  " + QByteArray::fromStdString(leaf) + ": " + word;
        } else {
            out << pad + QByteArray::fromStdString(top) + ": " + word;
        }
        return out;
    };
    if (!current) {
        // No file: the tool's default, which collects; nothing to do to switch it on.
        if (value)
            return EditResult::success(std::nullopt);
        QByteArray text;
        for (const QByteArray &l : fresh(0))
            text += l + '\n';
        return EditResult::success(text);
    }

    std::vector<YAML::Node> docs;
    try {
        docs = loadAllYamlBounded(current->toStdString());
    } catch (const YAML::Exception &e) {
        return EditResult::failure(tr("%1 is not valid YAML (line %2: %3); it was left unchanged: fix it and "
                                      "try again.")
                                       .arg(path)
                                       .arg(e.mark.line + 1)
                                       .arg(QString::fromStdString(e.msg)));
    }
    if (docs.size() > 1)
        return EditResult::failure(tr("%1 holds %2 YAML documents, which the tool cannot read; it was left "
                                      "unchanged: keep one document and try again.")
                                       .arg(path)
                                       .arg(docs.size()));
    const YAML::Node root = docs.empty() ? YAML::Node() : docs.front();
    if (!root.IsNull() && !root.IsMap())
        return EditResult::failure(tr("%1 does not hold a mapping of settings; it was left unchanged. Fix or "
                                      "remove it and try again.")
                                       .arg(path));
    if (root.IsMap() && root.Style() == YAML::EmitterStyle::Flow)
        return EditResult::failure(
            tr("%1 is written in YAML flow style ({...}); Telemetry Lens only edits block "
               "style. It was left unchanged: set %2 by hand.")
                .arg(path, shownSetting));
    if (expandedSize(root, kMaxExpandedNodes) >= kMaxExpandedNodes)
        return EditResult::failure(
            tr("%1 is too large or too deeply aliased to be checked safely; it was left "
               "unchanged. Check what wrote it, fix it, and try again.")
                .arg(path));

    TextLines lines(*current);
    std::vector<LineEdit> edits;
    auto refuse = [&](int line) {
        return EditResult::failure(
            tr("%1: the value of %2 (line %3) is written in a form Telemetry Lens does not "
               "edit (several lines, a nested value, an anchor or a duplicate key). The "
               "file was left unchanged: set %4 by hand.")
                .arg(path, keyPath)
                .arg(line + 1)
                .arg(shownSetting));
    };
    // Sets the value of the key whose node is `key` on its own line.
    auto replaceValue = [&](const YAML::Node &key, const YAML::Node &val) -> bool {
        const int line = key.Mark().line;
        const int column = key.Mark().column;
        if (line >= lines.count() || !(val.IsScalar() || val.IsNull())
            || (val.IsScalar() && val.Mark().line != line) || continuesBelow(lines, line, column))
            return false;
        const QByteArray text = lines.line(line);
        int afterColon = 0;
        int start = 0;
        int end = 0;
        if (!valueSpan(text, column, &afterColon, &start, &end))
            return false;
        edits.push_back({ line, false,
                          start == end ? QByteArray(text.left(afterColon) + ' ' + word + text.mid(afterColon))
                                       : QByteArray(text.left(start) + word + text.mid(end)) });
        return true;
    };

    YAML::Node topKey;
    YAML::Node topValue;
    int count = 0;
    const bool hasTop = findKey(root, top, &topKey, &topValue, &count);
    if (count > 1)
        return refuse(topKey.Mark().line);
    const int rootIndent = root.IsMap() && root.begin() != root.end() ? root.begin()->first.Mark().column : 0;
    if (!hasTop) {
        for (const QByteArray &l : fresh(rootIndent))
            edits.push_back({ lines.count(), true, l });
    } else if (!nested) {
        if (isPlainBool(topValue, value))
            return EditResult::success(current);
        if (!replaceValue(topKey, topValue))
            return refuse(topKey.Mark().line);
    } else if (topValue.IsMap()) {
        if (topValue.Style() == YAML::EmitterStyle::Flow)
            return refuse(topKey.Mark().line);
        YAML::Node leafKey;
        YAML::Node leafValue;
        if (findKey(topValue, leaf, &leafKey, &leafValue, &count)) {
            if (count > 1)
                return refuse(leafKey.Mark().line);
            if (isPlainBool(leafValue, value))
                return EditResult::success(current);
            if (!replaceValue(leafKey, leafValue))
                return refuse(leafKey.Mark().line);
        } else {
            const int childIndent = topValue.begin()->first.Mark().column;
            edits.push_back({ topKey.Mark().line + 1, true,
                              QByteArray(childIndent, ' ') + QByteArray::fromStdString(leaf) + ": " + word });
        }
    } else {
        // `telemetry:` empty or a scalar (`telemetry: false`, which the tool cannot read): make it a
        // mapping that holds the key.
        const int keyLine = topKey.Mark().line;
        const int keyColumn = topKey.Mark().column;
        if (!(topValue.IsNull() || topValue.IsScalar()) || keyLine >= lines.count()
            || continuesBelow(lines, keyLine, keyColumn))
            return refuse(keyLine);
        const QByteArray text = lines.line(keyLine);
        int afterColon = 0;
        int start = 0;
        int end = 0;
        if (!valueSpan(text, keyColumn, &afterColon, &start, &end))
            return refuse(keyLine);
        if (start != end)
            edits.push_back({ keyLine, false, text.left(afterColon) + text.mid(end) });
        edits.push_back({ keyLine + 1, true,
                          QByteArray(keyColumn + 2, ' ') + QByteArray::fromStdString(leaf) + ": " + word });
    }

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

    // Read the result back: the boolean where it was written, everything else the same.
    bool verified = false;
    try {
        const std::vector<YAML::Node> after = loadAllYamlBounded(result.toStdString());
        if (after.size() == 1 && after.front().IsMap()) {
            const YAML::Node &a = after.front();
            const YAML::Node written = nested ? valueAt(valueAt(a, top), leaf) : valueAt(a, top);
            verified = written.IsDefined() && isPlainBool(written, value) && samePairs(root, a, top);
            if (verified && nested && hasTop && root.IsMap())
                verified = samePairs(valueAt(root, top), valueAt(a, top), leaf);
        }
    } catch (const YAML::Exception &) {
        verified = false;
    }
    if (!verified)
        return EditResult::failure(tr("%1 could not be changed safely (the result would not read back as "
                                      "intended); it was left unchanged. Set %2 by hand.")
                                       .arg(path, shownSetting));
    return EditResult::success(result);
}

} // namespace tlens

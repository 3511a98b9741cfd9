#include "jsonedit.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace tlens {

namespace {

constexpr int kMaxDepth = 256;

struct Member {
    QString key;
    qsizetype keyBegin = 0;
    qsizetype keyEnd = 0; // after the closing quote
    qsizetype valueBegin = 0;
    qsizetype valueEnd = 0;
    int object = -1; // index in Scanner::objects when the value is an object
};

struct Object {
    qsizetype open = 0; // the '{'
    qsizetype close = 0; // the '}'
    std::vector<Member> members;
};

// Finds where every object and member of an already validated JSON text lies.
class Scanner {
public:
    Scanner(const QByteArray &text, bool comments)
        : m_text(text)
        , m_comments(comments)
    { }

    bool scan()
    {
        skipSpace();
        if (peek() != '{')
            return false;
        int root = -1;
        qsizetype end = 0;
        return value(0, &end, &root) && root == 0;
    }

    std::vector<Object> objects;

private:
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_pos;
            } else if (m_comments && c == '/' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == '/') {
                while (m_pos < m_text.size() && m_text.at(m_pos) != '\n')
                    ++m_pos;
            } else if (m_comments && c == '/' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == '*') {
                const qsizetype end = m_text.indexOf("*/", m_pos + 2);
                m_pos = end < 0 ? m_text.size() : end + 2;
            } else {
                break;
            }
        }
    }

    bool string(QString *decoded)
    {
        const qsizetype begin = m_pos;
        ++m_pos;
        bool escaped = false;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '\\') {
                escaped = true;
                ++m_pos;
            } else if (c == '"') {
                const QByteArray raw = m_text.mid(begin, m_pos - begin);
                if (!decoded)
                    return true;
                if (!escaped) {
                    *decoded = QString::fromUtf8(raw.mid(1, raw.size() - 2));
                    return true;
                }
                const auto parsed = nlohmann::json::parse(raw.constBegin(), raw.constEnd(), nullptr, false);
                if (!parsed.is_string())
                    return false;
                *decoded = QString::fromStdString(parsed.get<std::string>());
                return true;
            }
        }
        return false;
    }

    bool value(int depth, qsizetype *end, int *objectIndex)
    {
        if (depth > kMaxDepth)
            return false;
        const char c = peek();
        if (c == '"') {
            if (!string(nullptr))
                return false;
        } else if (c == '{') {
            const int index = int(objects.size());
            objects.push_back({ m_pos, 0, {} });
            ++m_pos;
            skipSpace();
            while (peek() == '"') {
                Member m;
                m.keyBegin = m_pos;
                if (!string(&m.key))
                    return false;
                m.keyEnd = m_pos;
                skipSpace();
                if (peek() != ':')
                    return false;
                ++m_pos;
                skipSpace();
                m.valueBegin = m_pos;
                if (!value(depth + 1, &m.valueEnd, &m.object))
                    return false;
                objects[size_t(index)].members.push_back(m);
                skipSpace();
                if (peek() != ',')
                    break;
                ++m_pos;
                skipSpace();
            }
            if (peek() != '}')
                return false;
            objects[size_t(index)].close = m_pos;
            ++m_pos;
            *objectIndex = index;
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            while (peek() != ']') {
                qsizetype ignored = 0;
                int inner = -1;
                if (!value(depth + 1, &ignored, &inner))
                    return false;
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    skipSpace();
                } else if (peek() != ']') {
                    return false;
                }
            }
            ++m_pos;
        } else {
            // A number or a literal: up to the next delimiter.
            const qsizetype begin = m_pos;
            while (m_pos < m_text.size()) {
                const char d = m_text.at(m_pos);
                if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\n' || d == '\r'
                    || d == '/')
                    break;
                ++m_pos;
            }
            if (m_pos == begin)
                return false;
        }
        *end = m_pos;
        return true;
    }

    const QByteArray &m_text;
    const bool m_comments;
    qsizetype m_pos = 0;
};

// The white space from the start of the line up to `pos`, when only white space precedes it there.
QByteArray lineIndent(const QByteArray &text, qsizetype pos, bool *ownLine)
{
    qsizetype start = pos;
    while (start > 0 && (text.at(start - 1) == ' ' || text.at(start - 1) == '\t'))
        --start;
    *ownLine = start == 0 || text.at(start - 1) == '\n';
    return text.mid(start, pos - start);
}

// The indentation of the line holding `pos`, whatever follows it on that line.
QByteArray indentOfLine(const QByteArray &text, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && text.at(start - 1) != '\n')
        --start;
    qsizetype end = start;
    while (end < text.size() && (text.at(end) == ' ' || text.at(end) == '\t'))
        ++end;
    return text.mid(start, end - start);
}

QByteArray quoted(const QString &key)
{
    return QByteArray::fromStdString(nlohmann::json(key.toStdString()).dump());
}

// `value` (JSON text) as JSON.stringify(value, null, indent) writes it, its later lines starting at
// `lineStart`.
QByteArray render(const QByteArray &value, const QByteArray &unit, const QByteArray &lineStart)
{
    const auto parsed = nlohmann::ordered_json::parse(value.constBegin(), value.constEnd(), nullptr, false);
    if (parsed.is_discarded())
        return value;
    std::string text;
    if (unit.isEmpty())
        text = parsed.dump();
    else if (unit.at(0) == '\t')
        text = parsed.dump(int(unit.size()), '\t');
    else
        text = parsed.dump(int(unit.size()), ' ');
    QByteArray out = QByteArray::fromStdString(text);
    // nlohmann writes an empty object as "{}" like JSON.stringify; only indentation differs.
    out.replace("\n", QByteArray("\n" + lineStart));
    return out;
}

// {"b": {"c": value}} for the keys path[from..].
QByteArray nest(const QStringList &path, qsizetype from, const QByteArray &value)
{
    QByteArray out = value;
    for (qsizetype i = path.size() - 1; i >= from; --i)
        out = "{" + quoted(path.at(i)) + ":" + out + "}";
    return out;
}

struct Layout {
    QByteArray unit; // one level of indentation; empty for a document on one line
    QByteArray separator = QByteArrayLiteral(": "); // between a key and its value
};

Layout layoutOf(const QByteArray &text, const std::vector<Object> &objects, const JsonEdit::Style &style)
{
    Layout layout;
    layout.unit = style.indent;
    for (const Object &o : objects) {
        if (o.members.empty())
            continue;
        const Member &m = o.members.front();
        layout.separator = text.mid(m.keyEnd, m.valueBegin - m.keyEnd);
        bool ownLine = false;
        const QByteArray indent = lineIndent(text, m.keyBegin, &ownLine);
        if (!ownLine)
            layout.unit.clear();
        else if (&o == &objects.front() && !indent.isEmpty())
            layout.unit = indent;
        break;
    }
    return layout;
}

bool parse(const QByteArray &in, const JsonEdit::Style &style, std::vector<Object> *objects, QString *problem)
{
    const auto checked
        = nlohmann::json::parse(in.constBegin(), in.constEnd(), nullptr, false, style.comments);
    if (checked.is_discarded()) {
        *problem = JsonEdit::tr("it is not valid JSON");
        return false;
    }
    if (!checked.is_object()) {
        *problem = JsonEdit::tr("it does not hold a JSON object");
        return false;
    }
    Scanner scanner(in, style.comments);
    if (!scanner.scan()) {
        *problem = JsonEdit::tr("its structure could not be followed");
        return false;
    }
    *objects = std::move(scanner.objects);
    return true;
}

// The last member named `key` (what JSON.parse keeps of duplicates).
const Member *find(const Object &o, const QString &key)
{
    const Member *found = nullptr;
    for (const Member &m : o.members) {
        if (m.key == key)
            found = &m;
    }
    return found;
}

QByteArray insertMember(const QByteArray &text, const Object &o, const QString &key, const QByteArray &value,
                        const Layout &layout)
{
    QByteArray out = text;
    if (layout.unit.isEmpty()) {
        // One-line document: {"a":1} becomes {"a":1,"key":value}.
        const QByteArray member = quoted(key) + layout.separator + render(value, {}, {});
        if (o.members.empty())
            return out.insert(o.close, member);
        return out.insert(o.members.back().valueEnd, "," + member);
    }
    if (!o.members.empty()) {
        bool ownLine = false;
        QByteArray indent = lineIndent(text, o.members.back().keyBegin, &ownLine);
        if (!ownLine)
            indent = indentOfLine(text, o.open) + layout.unit;
        const QByteArray member = quoted(key) + layout.separator + render(value, layout.unit, indent);
        return out.insert(o.members.back().valueEnd, ",\n" + indent + member);
    }
    const QByteArray outer = indentOfLine(text, o.open);
    const QByteArray indent = outer + layout.unit;
    const QByteArray member = quoted(key) + layout.separator + render(value, layout.unit, indent);
    return out.replace(o.open + 1, o.close - o.open - 1, QByteArray("\n" + indent + member + "\n" + outer));
}

} // namespace

bool JsonEdit::isBlank(const QByteArray &in)
{
    return in.trimmed().isEmpty();
}

QByteArray JsonEdit::create(const QByteArray &value, const Style &style)
{
    QByteArray out = render(value, style.indent, {});
    if (style.finalNewline)
        out += '\n';
    return out;
}

bool JsonEdit::set(const QByteArray &in, const QStringList &path, const QByteArray &value, const Style &style,
                   QByteArray *out, QString *problem)
{
    if (path.isEmpty())
        return false;
    if (isBlank(in)) {
        *out = create(nest(path, 0, value), style);
        return true;
    }
    std::vector<Object> objects;
    if (!parse(in, style, &objects, problem))
        return false;
    const Layout layout = layoutOf(in, objects, style);
    int current = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const Object &o = objects[size_t(current)];
        const Member *m = find(o, path.at(i));
        const bool last = i == path.size() - 1;
        if (!m) {
            *out = insertMember(in, o, path.at(i), last ? value : nest(path, i + 1, value), layout);
            return true;
        }
        if (last || m->object < 0) {
            // Replace the value: the one asked for, or a scalar standing where an object belongs.
            bool ownLine = false;
            QByteArray indent = lineIndent(in, m->keyBegin, &ownLine);
            if (!ownLine)
                indent = indentOfLine(in, m->keyBegin);
            const QByteArray text = render(last ? value : nest(path, i + 1, value), layout.unit, indent);
            *out = in;
            out->replace(m->valueBegin, m->valueEnd - m->valueBegin, text);
            return true;
        }
        current = m->object;
    }
    return false;
}

bool JsonEdit::remove(const QByteArray &in, const QStringList &path, const Style &style, QByteArray *out,
                      QString *problem)
{
    if (path.isEmpty())
        return false;
    if (isBlank(in)) {
        *out = in;
        return true;
    }
    std::vector<Object> objects;
    if (!parse(in, style, &objects, problem))
        return false;
    int current = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const Object &o = objects[size_t(current)];
        const Member *m = find(o, path.at(i));
        if (!m || (i < path.size() - 1 && m->object < 0)) {
            *out = in;
            return true;
        }
        if (i < path.size() - 1) {
            current = m->object;
            continue;
        }
        const qsizetype index = m - o.members.data();
        qsizetype begin = 0;
        qsizetype end = 0;
        if (o.members.size() == 1) {
            // The only member: the object becomes {} as JSON.stringify writes an empty one.
            begin = o.open + 1;
            end = o.close;
        } else if (index > 0) {
            // From the end of the previous value, so its comma goes too.
            begin = o.members[size_t(index - 1)].valueEnd;
            end = m->valueEnd;
        } else {
            // The first of several: up to the next key, keeping the next member's indentation.
            begin = m->keyBegin;
            end = o.members[1].keyBegin;
        }
        *out = in;
        out->remove(begin, end - begin);
        return true;
    }
    return false;
}

} // namespace tlens

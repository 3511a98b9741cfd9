#include "envparser.h"

#include <QHash>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace tlens {

namespace {

using Syntax = EnvSources::Syntax;

// Hostile input can open blocks without end; deeper nesting is only counted, which keeps every
// lookup bounded.
constexpr int kMaxBlocks = 256;
// `emulate sh -c '...'` inside `emulate sh -c '...'`: enough for real files, bounded for hostile ones.
constexpr int kMaxInlineDepth = 4;

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() >= u'0' && c.unicode() <= u'9');
}

bool isValidName(QStringView s)
{
    if (s.isEmpty() || !isNameStart(s.front()))
        return false;
    return std::all_of(s.begin(), s.end(), isNameChar);
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v';
}

// Comparisons with literals whose length is known at compile time: the parser runs them for every
// word of a file.
template<std::size_t N> bool is(QStringView w, const char16_t (&literal)[N])
{
    return w.size() == qsizetype(N - 1)
        && std::char_traits<char16_t>::compare(w.utf16(), literal, N - 1) == 0;
}

template<std::size_t N> bool inSet(const char16_t (&set)[N], QChar c)
{
    return std::char_traits<char16_t>::find(set, N - 1, c.unicode()) != nullptr;
}

// Length of NAME in `NAME=...` or `NAME+=...`; 0 when the word is not an assignment.
qsizetype assignmentName(QStringView raw, bool *append)
{
    if (raw.isEmpty() || !isNameStart(raw.front()))
        return 0;
    qsizetype i = 1;
    while (i < raw.size() && isNameChar(raw[i]))
        ++i;
    if (i < raw.size() && raw[i] == u'=') {
        *append = false;
        return i;
    }
    if (i + 1 < raw.size() && raw[i] == u'+' && raw[i + 1] == u'=') {
        *append = true;
        return i;
    }
    return 0;
}

// Counts lines for monotonically increasing positions in linear total time.
class LineCounter final {
public:
    explicit LineCounter(QStringView s)
        : m_s(s)
    { }
    int lineAt(qsizetype pos)
    {
        pos = std::min(pos, m_s.size());
        if (pos < m_pos) {
            m_pos = 0;
            m_line = 1;
        }
        for (; m_pos < pos; ++m_pos) {
            if (m_s[m_pos] == u'\n')
                ++m_line;
        }
        return m_line;
    }

private:
    QStringView m_s;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// ---------------------------------------------------------------------------------------------
// POSIX shells (sh, bash, zsh)

enum class Ctx : char { Single, Ansi, Double, Paren, Brace, Back };

// Returns the index just past the quoted string or substitution that starts at `i` (a quote, $(,
// ${, $', $", a backtick, or a bare '(' of an array). Iterative, so nesting depth cannot overflow
// the stack.
qsizetype skipConstruct(QStringView s, qsizetype i, bool *unterminated)
{
    const qsizetype n = s.size();
    std::vector<Ctx> stack;
    auto open = [&](qsizetype at) -> qsizetype {
        const QChar c = s[at];
        if (c == u'\'') {
            stack.push_back(Ctx::Single);
            return at + 1;
        }
        if (c == u'"') {
            stack.push_back(Ctx::Double);
            return at + 1;
        }
        if (c == u'`') {
            stack.push_back(Ctx::Back);
            return at + 1;
        }
        if (c == u'(') {
            stack.push_back(Ctx::Paren);
            return at + 1;
        }
        const QChar d = at + 1 < n ? s[at + 1] : QChar();
        if (d == u'(') {
            stack.push_back(Ctx::Paren);
            return at + 2;
        }
        if (d == u'{') {
            stack.push_back(Ctx::Brace);
            return at + 2;
        }
        if (d == u'\'') {
            stack.push_back(Ctx::Ansi);
            return at + 2;
        }
        if (d == u'"') {
            stack.push_back(Ctx::Double);
            return at + 2;
        }
        return at + 1;
    };
    auto opensSubstitution
        = [&](qsizetype at) { return at + 1 < n && (s[at + 1] == u'(' || s[at + 1] == u'{'); };
    i = open(i);
    while (i < n && !stack.empty()) {
        const QChar c = s[i];
        switch (stack.back()) {
        case Ctx::Single:
            if (c == u'\'')
                stack.pop_back();
            ++i;
            break;
        case Ctx::Ansi:
        case Ctx::Back:
            if (c == u'\\') {
                i += 2;
            } else {
                if (c == (stack.back() == Ctx::Ansi ? u'\'' : u'`'))
                    stack.pop_back();
                ++i;
            }
            break;
        case Ctx::Double:
            if (c == u'\\') {
                i += 2;
            } else if (c == u'"') {
                stack.pop_back();
                ++i;
            } else if (c == u'`' || (c == u'$' && opensSubstitution(i))) {
                i = open(i);
            } else {
                ++i;
            }
            break;
        case Ctx::Paren:
        case Ctx::Brace: {
            const QChar close = stack.back() == Ctx::Paren ? QChar(u')') : QChar(u'}');
            if (c == u'\\') {
                i += 2;
            } else if (c == close) {
                stack.pop_back();
                ++i;
            } else if (c == u'\'' || c == u'"' || c == u'`') {
                i = open(i);
            } else if (c == u'$' && i + 1 < n
                       && (s[i + 1] == u'(' || s[i + 1] == u'{' || s[i + 1] == u'\'' || s[i + 1] == u'"')) {
                i = open(i);
            } else if (c == u'(' && stack.back() == Ctx::Paren) {
                i = open(i);
            } else {
                ++i;
            }
            break;
        }
        }
    }
    if (unterminated && !stack.empty())
        *unterminated = true;
    return std::min(i, n);
}

struct Dequoted {
    QString value;
    bool literal = true; // no variable (other than HOME) and no command substitution
    bool glob = false; // an unquoted * ? or [
};

void appendHome(QStringView asWritten, const QString &home, Dequoted *d)
{
    if (home.isEmpty()) {
        d->value += asWritten;
        d->literal = false;
    } else {
        d->value += home;
    }
}

// Keeps raw[*i, end) as written: a variable or command substitution this parser never evaluates.
void appendUnexpanded(QStringView raw, qsizetype *i, qsizetype end, Dequoted *d)
{
    d->value += raw.mid(*i, end - *i);
    d->literal = false;
    *i = end;
}

// `$HOME` at raw[*i], in both syntaxes; false for anything else.
bool appendHomeVariable(QStringView raw, qsizetype *i, const QString &home, Dequoted *d)
{
    const qsizetype at = *i;
    if (!raw.mid(at + 1).startsWith(u"HOME") || (at + 5 < raw.size() && isNameChar(raw[at + 5])))
        return false;
    appendHome(raw.mid(at, 5), home, d);
    *i = at + 5;
    return true;
}

// The quote removal both syntaxes share: a leading `~` or `~/` is the home directory; then `step`
// consumes what the syntax treats specially at raw[i] and returns true, or returns false for a plain
// character, which stands for itself (`globs` make the word a pattern).
template<std::size_t N, typename Step>
Dequoted dequote(QStringView raw, const QString &home, const char16_t (&globs)[N], Step step)
{
    Dequoted d;
    d.value.reserve(raw.size());
    qsizetype i = 0;
    if (!raw.isEmpty() && raw[0] == u'~' && (raw.size() == 1 || raw[1] == u'/')) {
        appendHome(raw.left(1), home, &d);
        i = 1;
    }
    while (i < raw.size()) {
        if (step(raw[i], i, d))
            continue;
        if (inSet(globs, raw[i]))
            d.glob = true;
        d.value += raw[i];
        ++i;
    }
    return d;
}

// Handles a '$' at raw[*i] outside single quotes.
void appendDollar(QStringView raw, qsizetype *i, const QString &home, Dequoted *d)
{
    const qsizetype n = raw.size();
    const qsizetype at = *i;
    const QChar next = at + 1 < n ? raw[at + 1] : QChar();
    if (appendHomeVariable(raw, i, home, d))
        return;
    if (raw.mid(at).startsWith(u"${HOME}")) {
        appendHome(raw.mid(at, 7), home, d);
        *i = at + 7;
    } else if (next == u'(' || next == u'{') {
        appendUnexpanded(raw, i, skipConstruct(raw, at, nullptr), d);
    } else if (isNameStart(next)) {
        qsizetype end = at + 1;
        while (end < n && isNameChar(raw[end]))
            ++end;
        appendUnexpanded(raw, i, end, d);
    } else if (!next.isNull() && (next.isDigit() || inSet(u"@*#?-$!", next))) {
        appendUnexpanded(raw, i, at + 2, d);
    } else {
        d->value += u'$';
        *i = at + 1;
    }
}

QString ansiEscape(QChar c)
{
    switch (c.unicode()) {
    case u'n':
        return QStringLiteral("\n");
    case u't':
        return QStringLiteral("\t");
    case u'r':
        return QStringLiteral("\r");
    case u'a':
        return QStringLiteral("\a");
    case u'b':
        return QStringLiteral("\b");
    case u'f':
        return QStringLiteral("\f");
    case u'v':
        return QStringLiteral("\v");
    case u'e':
    case u'E':
        return QString(QChar(0x1b));
    case u'\\':
    case u'\'':
    case u'"':
    case u'?':
        return QString(c);
    default:
        return QString(QLatin1Char('\\') + c);
    }
}

// Quote removal of one shell word; variables stay as written except HOME.
Dequoted dequotePosix(QStringView raw, const QString &home)
{
    const qsizetype n = raw.size();
    return dequote(raw, home, u"*?[", [&](QChar c, qsizetype &i, Dequoted &d) {
        if (c == u'\\') {
            if (i + 1 < n) {
                if (raw[i + 1] != u'\n')
                    d.value += raw[i + 1];
                i += 2;
            } else {
                d.value += c;
                ++i;
            }
        } else if (c == u'\'') {
            qsizetype end = raw.indexOf(u'\'', i + 1);
            if (end < 0)
                end = n;
            d.value += raw.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (c == u'"') {
            ++i;
            while (i < n && raw[i] != u'"') {
                const QChar ch = raw[i];
                if (ch == u'\\' && i + 1 < n && inSet(u"$`\"\\\n", raw[i + 1])) {
                    if (raw[i + 1] != u'\n')
                        d.value += raw[i + 1];
                    i += 2;
                } else if (ch == u'$') {
                    appendDollar(raw, &i, home, &d);
                } else if (ch == u'`') {
                    appendUnexpanded(raw, &i, skipConstruct(raw, i, nullptr), &d);
                } else {
                    d.value += ch;
                    ++i;
                }
            }
            ++i;
        } else if (c == u'$' && i + 1 < n && raw[i + 1] == u'\'') {
            i += 2;
            while (i < n && raw[i] != u'\'') {
                if (raw[i] == u'\\' && i + 1 < n) {
                    d.value += ansiEscape(raw[i + 1]);
                    i += 2;
                } else {
                    d.value += raw[i];
                    ++i;
                }
            }
            ++i;
        } else if (c == u'$' && i + 1 < n && raw[i + 1] == u'"') {
            ++i; // $"..." is a translatable string: the same as "..." here
        } else if (c == u'$') {
            appendDollar(raw, &i, home, &d);
        } else if (c == u'`') {
            appendUnexpanded(raw, &i, skipConstruct(raw, i, nullptr), &d);
        } else {
            return false;
        }
        return true;
    });
}

struct Token {
    enum class Type { Word, Op, Newline, Redirect, End };
    Type type = Type::End;
    QStringView text;
    int line = 0;
    bool unterminated = false;
};

// What the POSIX and fish lexers share: a cursor over the text, tokens that know their line, and what both
// skip between tokens (blanks, backslash-newline continuations, comments). It never decides what a token
// is: `Syntax::token()` does.
template<typename Syntax> class Lexer {
public:
    explicit Lexer(QStringView s)
        : m_s(s)
        , m_lines(s)
    { }

    Token next()
    {
        if (!skipToToken())
            return make(Token::Type::End, m_s.size());
        return static_cast<Syntax *>(this)->token(m_s[m_pos], m_pos);
    }

protected:
    QChar at(qsizetype k) const { return m_pos + k < m_s.size() ? m_s[m_pos + k] : QChar(); }

    Token make(Token::Type type, qsizetype begin, bool unterminated = false)
    {
        Token t;
        t.type = type;
        t.text = m_s.mid(begin, m_pos - begin);
        t.line = m_lines.lineAt(begin);
        t.unterminated = unterminated;
        return t;
    }

    // Moves to the start of the next token; false at the end of the text.
    bool skipToToken()
    {
        const qsizetype n = m_s.size();
        while (m_pos < n) {
            const QChar c = m_s[m_pos];
            if (isBlank(c)) {
                ++m_pos;
            } else if (c == u'\\' && at(1) == u'\n') {
                m_pos += 2;
            } else if (c == u'#') {
                while (m_pos < n && m_s[m_pos] != u'\n')
                    ++m_pos;
            } else {
                return true;
            }
        }
        return false;
    }

    QStringView m_s;
    qsizetype m_pos = 0;
    LineCounter m_lines;
};

// Splits shell text into words and operators the way the shell's own tokenizer does: quotes,
// substitutions, comments, line continuations, redirections and heredoc bodies (skipped).
class PosixLexer final : public Lexer<PosixLexer> {
public:
    using Lexer::Lexer;

private:
    friend class Lexer<PosixLexer>;

    // The token that starts with `c` at `begin`, after what both syntaxes skip.
    Token token(QChar c, qsizetype begin)
    {
        if (c == u'\n') {
            ++m_pos;
            const Token t = make(Token::Type::Newline, begin);
            if (!m_heredocs.isEmpty())
                skipHeredocBodies();
            return t;
        }
        if (c == u';') {
            m_pos += at(1) == u';' ? (at(2) == u'&' ? 3 : 2) : (at(1) == u'&' ? 2 : 1);
            return make(Token::Type::Op, begin);
        }
        if (c == u'&') {
            if (at(1) == u'>')
                return redirect(begin);
            m_pos += at(1) == u'&' ? 2 : 1;
            return make(Token::Type::Op, begin);
        }
        if (c == u'|') {
            m_pos += (at(1) == u'|' || at(1) == u'&') ? 2 : 1;
            return make(Token::Type::Op, begin);
        }
        if (c == u'(' || c == u')') {
            ++m_pos;
            return make(Token::Type::Op, begin);
        }
        if (c == u'<' || c == u'>')
            return redirect(begin);
        bool unterminated = false;
        m_pos = scanWord(m_pos, &unterminated);
        return make(Token::Type::Word, begin, unterminated);
    }

    static bool isArrayStart(QStringView prefix)
    {
        bool append = false;
        const qsizetype name = assignmentName(prefix, &append);
        return name > 0 && prefix.size() == name + (append ? 2 : 1);
    }

    qsizetype scanWord(qsizetype i, bool *unterminated) const
    {
        const qsizetype start = i;
        const qsizetype n = m_s.size();
        while (i < n) {
            const QChar c = m_s[i];
            switch (c.unicode()) {
            case u' ':
            case u'\t':
            case u'\r':
            case u'\n':
            case u';':
            case u'&':
            case u'|':
            case u'<':
            case u'>':
            case u')':
                return i;
            case u'(':
                // NAME=(...) arrays and extglob patterns @(...) keep their parentheses in the word.
                if (isArrayStart(m_s.mid(start, i - start)) || (i > start && inSet(u"@!+*?", m_s[i - 1]))) {
                    i = skipConstruct(m_s, i, unterminated);
                    continue;
                }
                return i;
            case u'\\':
                i += 2;
                continue;
            case u'\'':
            case u'"':
            case u'`':
                i = skipConstruct(m_s, i, unterminated);
                continue;
            case u'$':
                if (i + 1 < n && inSet(u"({'\"", m_s[i + 1])) {
                    i = skipConstruct(m_s, i, unterminated);
                    continue;
                }
                ++i;
                continue;
            default:
                ++i;
            }
        }
        return std::min(i, n);
    }

    Token redirect(qsizetype begin)
    {
        const qsizetype n = m_s.size();
        qsizetype i = m_pos;
        bool heredoc = false;
        bool stripTabs = false;
        bool substitution = false;
        if (m_s[i] == u'&')
            ++i;
        auto ch = [&](qsizetype k) { return k < n ? m_s[k] : QChar(); };
        if (ch(i) == u'<') {
            if (ch(i + 1) == u'<') {
                if (ch(i + 2) == u'<') {
                    i += 3;
                } else {
                    heredoc = true;
                    i += 2;
                    if (ch(i) == u'-') {
                        stripTabs = true;
                        ++i;
                    }
                }
            } else if (ch(i + 1) == u'&' || ch(i + 1) == u'>') {
                i += 2;
            } else if (ch(i + 1) == u'(') {
                substitution = true;
                ++i;
            } else {
                ++i;
            }
        } else {
            if (ch(i + 1) == u'>' || ch(i + 1) == u'&' || ch(i + 1) == u'|')
                i += 2;
            else if (ch(i + 1) == u'(') {
                substitution = true;
                ++i;
            } else {
                ++i;
            }
        }
        bool unterminated = false;
        if (substitution) {
            i = skipConstruct(m_s, i, &unterminated);
        } else {
            while (i < n && (m_s[i] == u' ' || m_s[i] == u'\t'))
                ++i;
            if (i < n && !inSet(u"\n;&|()<>", m_s[i])) {
                const qsizetype end = scanWord(i, &unterminated);
                if (heredoc) {
                    QString delimiter;
                    for (const QChar c : m_s.mid(i, end - i)) {
                        if (c != u'\'' && c != u'"' && c != u'\\')
                            delimiter += c;
                    }
                    m_heredocs.append({ delimiter, stripTabs });
                }
                i = end;
            }
        }
        m_pos = i;
        return make(Token::Type::Redirect, begin, unterminated);
    }

    void skipHeredocBodies()
    {
        const qsizetype n = m_s.size();
        for (const Heredoc &h : std::as_const(m_heredocs)) {
            while (m_pos < n) {
                qsizetype end = m_s.indexOf(u'\n', m_pos);
                if (end < 0)
                    end = n;
                QStringView line = m_s.mid(m_pos, end - m_pos);
                if (line.endsWith(u'\r'))
                    line.chop(1);
                if (h.stripTabs) {
                    while (line.startsWith(u'\t'))
                        line = line.mid(1);
                }
                m_pos = end < n ? end + 1 : n;
                if (line == h.delimiter)
                    break;
            }
        }
        m_heredocs.clear();
    }

    struct Heredoc {
        QString delimiter;
        bool stripTabs = false;
    };

    QList<Heredoc> m_heredocs;
};

void addProblem(EnvParseResult *out, EnvParseProblem::Kind kind, int line)
{
    for (EnvParseProblem &p : out->problems) {
        if (p.kind == kind) {
            ++p.count;
            return;
        }
    }
    EnvParseProblem p;
    p.kind = kind;
    p.line = line;
    p.count = 1;
    out->problems.append(p);
}

// The blocks a parser has open, innermost last. Past kMaxBlocks they are only counted, and count as
// conditional.
template<typename T> class BlockStack final {
public:
    // False when the block is only counted.
    bool push(const T &block, bool conditional)
    {
        if (int(m_entries.size()) >= kMaxBlocks) {
            ++m_overflow;
            return false;
        }
        m_entries.push_back({ block, conditional });
        if (conditional)
            ++m_conditional;
        return true;
    }

    // Closes the innermost block that `matches` accepts, with every block opened inside it.
    template<typename Match> void pop(Match matches)
    {
        if (m_overflow > 0) {
            --m_overflow;
            return;
        }
        for (qsizetype i = qsizetype(m_entries.size()) - 1; i >= 0; --i) {
            if (!matches(m_entries[size_t(i)].block))
                continue;
            while (qsizetype(m_entries.size()) > i) {
                if (m_entries.back().conditional)
                    --m_conditional;
                m_entries.pop_back();
            }
            return;
        }
    }

    bool empty() const { return m_entries.empty(); }
    T &top() { return m_entries.back().block; }
    const T &top() const { return m_entries.back().block; }
    // Some open block runs only sometimes.
    bool conditional() const { return m_conditional > 0 || m_overflow > 0; }

private:
    struct Entry {
        T block;
        bool conditional;
    };
    std::vector<Entry> m_entries;
    int m_conditional = 0;
    int m_overflow = 0;
};

// What the POSIX and fish parsers share: the words of the command being read, how the command before it
// ended, and the events both emit. A base class only; it never decides what a command means.
class ShellParser {
protected:
    enum class Term { Separator, AndOr, Pipe, Background };

    ShellParser(const EnvParser::Options &options, EnvParseResult *out)
        : m_opt(options)
        , m_out(out)
    { }

    // The command read so far would run at all.
    bool commandRuns() const { return !m_words.isEmpty() && !m_ignoreCommand && !m_dropCommand; }

    // Whether a command that `term` ends runs only sometimes, open blocks aside.
    bool conditionalAfter(Term term) const
    {
        return m_andOrTail || m_inPipeline || term == Term::Pipe || term == Term::Background || m_unreachable
            || m_opt.conditional;
    }

    void clearCommand(Term term)
    {
        m_words.clear();
        m_ignoreCommand = false;
        m_dropCommand = false;
        if (term == Term::AndOr)
            m_andOrTail = true;
        else if (term != Term::Pipe)
            m_andOrTail = false;
        m_inPipeline = term == Term::Pipe;
    }

    EnvEvent event(EnvEvent::Kind kind, const QString &key, int line, bool conditional) const
    {
        EnvEvent e;
        e.kind = kind;
        e.assignment.key = key;
        e.assignment.file = m_opt.file;
        e.assignment.context = m_opt.context;
        e.assignment.line = line;
        e.assignment.conditional = conditional;
        return e;
    }

    void emitSet(const QString &key, const QString &value, const QString &raw, bool literal, ExportMode mode,
                 int line, bool conditional)
    {
        EnvEvent e = event(EnvEvent::Kind::Assign, key, line, conditional);
        e.assignment.value = value;
        e.assignment.raw = raw;
        e.assignment.literal = literal;
        e.mode = mode;
        m_out->events.append(std::move(e));
    }

    void emitUnset(const QString &key, int line, bool conditional)
    {
        EnvEvent e = event(EnvEvent::Kind::Assign, key, line, conditional);
        e.assignment.op = EnvAssignment::Op::Unset;
        m_out->events.append(std::move(e));
    }

    void emitExportAttribute(const QString &key, ExportMode mode, int line, bool conditional)
    {
        EnvEvent e = event(EnvEvent::Kind::ExportAttribute, key, line, conditional);
        e.mode = mode;
        m_out->events.append(std::move(e));
    }

    // A relative literal target is relative to the home directory, where start-up files are read.
    void emitSource(const Dequoted &target, int line, bool conditional, bool allExport)
    {
        EnvEvent e = event(EnvEvent::Kind::Source, QString(), line, conditional);
        e.target = target.value;
        e.targetLiteral = target.literal && !target.glob && !target.value.isEmpty();
        if (e.targetLiteral && !m_opt.home.isEmpty() && !e.target.startsWith(u'/'))
            e.target = m_opt.home + QLatin1Char('/') + e.target;
        e.allExport = allExport;
        m_out->events.append(std::move(e));
    }

    EnvParser::Options m_opt;
    EnvParseResult *m_out;
    QList<Token> m_words;
    bool m_andOrTail = false; // after && or || (or fish's and/or)
    bool m_inPipeline = false;
    bool m_ignoreCommand = false; // loop and switch headers are not commands
    bool m_dropCommand = false; // the command has an unterminated quote and would not run
    bool m_unreachable = false; // after an unconditional top-level return or exit
};

// Walks the tokens of a POSIX shell file, tracking compound commands so that every statement
// inside if/case/loops/functions/subshells, after && or ||, or in a pipeline is conditional.
class PosixParser final : public ShellParser {
public:
    PosixParser(QStringView text, const EnvParser::Options &options, EnvParseResult *out, int fixedLine = 0,
                int depth = 0)
        : ShellParser(options, out)
        , m_lexer(text)
        , m_fixedLine(fixedLine)
        , m_depth(depth)
        , m_allExport(options.allExport)
    { }

    void run()
    {
        for (;;) {
            const Token t = m_lexer.next();
            if (t.type == Token::Type::End) {
                endCommand(Term::Separator);
                return;
            }
            if (t.unterminated)
                addProblem(m_out, EnvParseProblem::Kind::Unterminated, lineOf(t));
            if (inCaseHeader() && caseHeader(t))
                continue;
            switch (t.type) {
            case Token::Type::Redirect:
            case Token::Type::End:
                break;
            case Token::Type::Newline:
                if (m_functionHeader) {
                    m_functionHeader = false;
                    m_functionPending = true;
                }
                endCommand(Term::Separator);
                break;
            case Token::Type::Op:
                op(t);
                break;
            case Token::Type::Word:
                word(t);
                break;
            }
        }
    }

private:
    enum class BlockKind { If, Case, Loop, Function, Group, Subshell };
    struct Block {
        BlockKind kind;
        int caseStage; // Case: 0 before the subject, 1 before `in`, 2 in a pattern, 3 in an item's commands
        bool patternStarted;
    };

    int lineOf(const Token &t) const { return m_fixedLine > 0 ? m_fixedLine : t.line; }

    bool inCaseHeader() const
    {
        return !m_blocks.empty() && m_blocks.top().kind == BlockKind::Case && m_blocks.top().caseStage < 3
            && m_words.isEmpty();
    }

    bool caseHeader(const Token &t)
    {
        Block &b = m_blocks.top();
        if (t.type == Token::Type::Newline || t.type == Token::Type::Redirect)
            return true;
        if (b.caseStage == 0) {
            if (t.type == Token::Type::Word)
                b.caseStage = 1;
            return true;
        }
        if (b.caseStage == 1) {
            if (t.type == Token::Type::Word && (is(t.text, u"in") || is(t.text, u"{")))
                b.caseStage = 2;
            return true;
        }
        if (t.type == Token::Type::Word && !b.patternStarted && (is(t.text, u"esac") || is(t.text, u"}"))) {
            popBlock({ BlockKind::Case });
            return true;
        }
        if (t.type == Token::Type::Op && is(t.text, u")")) {
            b.caseStage = 3;
            b.patternStarted = false;
            return true;
        }
        if (!(t.type == Token::Type::Op && is(t.text, u"(") && !b.patternStarted))
            b.patternStarted = true;
        return true;
    }

    void pushBlock(BlockKind kind)
    {
        bool conditional = kind != BlockKind::Group || m_andOrTail || m_inPipeline;
        if (m_functionPending) {
            conditional = true;
            if (kind == BlockKind::Group)
                kind = BlockKind::Function;
            m_functionPending = false;
        }
        m_blocks.push({ kind, 0, false }, conditional);
        m_andOrTail = false;
        m_inPipeline = false;
    }

    void popBlock(std::initializer_list<BlockKind> kinds)
    {
        m_blocks.pop(
            [kinds](const Block &b) { return std::find(kinds.begin(), kinds.end(), b.kind) != kinds.end(); });
    }

    void op(const Token &t)
    {
        const QStringView o = t.text;
        if (is(o, u"&&") || is(o, u"||")) {
            if (!m_doubleBracket)
                endCommand(Term::AndOr);
        } else if (is(o, u"|") || is(o, u"|&")) {
            if (!m_doubleBracket)
                endCommand(Term::Pipe);
        } else if (is(o, u"&")) {
            endCommand(Term::Background);
        } else if (is(o, u";")) {
            endCommand(Term::Separator);
        } else if (o.startsWith(u";")) { // ;; ;& ;;& end a case item
            endCommand(Term::Separator);
            if (!m_blocks.empty() && m_blocks.top().kind == BlockKind::Case) {
                m_blocks.top().caseStage = 2;
                m_blocks.top().patternStarted = false;
            }
        } else if (is(o, u"(")) {
            if (m_doubleBracket || m_ignoreCommand || m_functionHeader)
                return;
            if (m_words.isEmpty()) {
                pushBlock(BlockKind::Subshell);
            } else if (m_words.size() == 1 && isFunctionName(m_words.front().text)) {
                m_words.clear();
                m_functionParen = true;
            }
        } else if (is(o, u")")) {
            if (m_doubleBracket || m_ignoreCommand || m_functionHeader)
                return;
            if (m_functionParen) {
                m_functionParen = false;
                m_functionPending = true;
                return;
            }
            endCommand(Term::Separator);
            popBlock({ BlockKind::Subshell });
        }
    }

    static bool isFunctionName(QStringView w)
    {
        bool append = false;
        if (w.isEmpty() || assignmentName(w, &append) > 0)
            return false;
        return std::none_of(w.begin(), w.end(), [](QChar c) {
            return c == u'\'' || c == u'"' || c == u'$' || c == u'`' || c == u'\\' || c == u'=';
        });
    }

    bool keyword(QStringView w)
    {
        if (w.isEmpty() || w.size() > 8 || !inSet(u"itefdwucs{}![r", w.front()))
            return false;
        if (is(w, u"if")) {
            pushBlock(BlockKind::If);
        } else if (is(w, u"then") || is(w, u"else") || is(w, u"elif") || is(w, u"do") || is(w, u"!")
                   || is(w, u"time")) {
            // the next word starts a command
        } else if (is(w, u"fi")) {
            popBlock({ BlockKind::If });
        } else if (is(w, u"done")) {
            popBlock({ BlockKind::Loop });
        } else if (is(w, u"esac")) {
            popBlock({ BlockKind::Case });
        } else if (is(w, u"while") || is(w, u"until")) {
            pushBlock(BlockKind::Loop);
        } else if (is(w, u"for") || is(w, u"select") || is(w, u"repeat")) {
            pushBlock(BlockKind::Loop);
            m_ignoreCommand = true;
        } else if (is(w, u"case")) {
            pushBlock(BlockKind::Case);
        } else if (is(w, u"{")) {
            pushBlock(BlockKind::Group);
        } else if (is(w, u"}")) {
            popBlock({ BlockKind::Group, BlockKind::Function });
        } else if (is(w, u"function")) {
            m_functionHeader = true;
        } else {
            if (is(w, u"[["))
                m_doubleBracket = true;
            return false;
        }
        return true;
    }

    void word(const Token &t)
    {
        if (m_functionHeader) {
            if (is(t.text, u"{")) {
                m_functionHeader = false;
                m_functionPending = true;
                pushBlock(BlockKind::Group);
            }
            return;
        }
        if (m_words.isEmpty() && !m_ignoreCommand && keyword(t.text))
            return;
        if (m_doubleBracket && is(t.text, u"]]"))
            m_doubleBracket = false;
        if (t.unterminated)
            m_dropCommand = true;
        if (m_words.isEmpty())
            m_functionPending = false;
        m_words.append(t);
    }

    void endCommand(Term term)
    {
        if (commandRuns())
            execute(m_blocks.conditional() || conditionalAfter(term));
        clearCommand(term);
        m_doubleBracket = false;
        m_functionParen = false;
    }

    // The command word without quotes; `storage` holds it when quote removal was needed.
    static QStringView commandName(QStringView raw, QString *storage)
    {
        const bool plain = std::none_of(raw.begin(), raw.end(),
                                        [](QChar c) { return c == u'\'' || c == u'"' || c == u'\\'; });
        if (plain)
            return raw;
        *storage = dequotePosix(raw, QString()).value;
        return *storage;
    }

    void execute(bool conditional)
    {
        qsizetype idx = 0;
        bool append = false;
        while (idx < m_words.size() && assignmentName(m_words[idx].text, &append) > 0)
            ++idx;
        if (idx == m_words.size()) {
            for (qsizetype k = 0; k < idx; ++k)
                assignWord(m_words[k], ExportMode::Keep, conditional);
            return;
        }
        // Assignments before a command name only reach that command's environment.
        QString storage;
        QStringView cmd = commandName(m_words[idx].text, &storage);
        while ((is(cmd, u"builtin") || is(cmd, u"command") || is(cmd, u"noglob"))
               && idx + 1 < m_words.size()) {
            ++idx;
            cmd = commandName(m_words[idx].text, &storage);
        }
        const qsizetype first = idx + 1;
        if (is(cmd, u"export"))
            declaration(first, ExportMode::Export, true, conditional);
        else if (is(cmd, u"declare") || is(cmd, u"typeset") || is(cmd, u"readonly"))
            declaration(first, ExportMode::Keep, false, conditional);
        else if (is(cmd, u"unset"))
            unset(first, conditional);
        else if (is(cmd, u"source") || is(cmd, u"."))
            source(first, conditional);
        else if (is(cmd, u"emulate"))
            emulate(first, conditional);
        else if (is(cmd, u"set"))
            setOptions(first, conditional);
        else if ((is(cmd, u"return") || is(cmd, u"exit")) && !conditional && m_blocks.empty())
            m_unreachable = true; // nothing after an unconditional top-level return runs
    }

    // `KEY+=value` appends to the value the variable has when the file runs.
    void assign(const QString &key, const Dequoted &value, QStringView raw, bool append, int line,
                ExportMode mode, bool conditional)
    {
        emitSet(key,
                append ? QString(QStringLiteral("${") + key + QLatin1Char('}') + value.value) : value.value,
                raw.toString(), value.literal && !append,
                mode == ExportMode::Keep && m_allExport ? ExportMode::Export : mode, line, conditional);
    }

    void assignWord(const Token &w, ExportMode mode, bool conditional)
    {
        bool append = false;
        const qsizetype name = assignmentName(w.text, &append);
        const QStringView raw = w.text.mid(name + (append ? 2 : 1));
        if (raw.startsWith(u'('))
            return; // arrays never reach the environment
        assign(w.text.left(name).toString(), dequotePosix(raw, m_opt.home), raw, append, lineOf(w), mode,
               conditional);
    }

    void declaration(qsizetype first, ExportMode mode, bool isExport, bool conditional)
    {
        bool optionsDone = false;
        bool skip = false;
        for (qsizetype k = first; k < m_words.size(); ++k) {
            const Token &w = m_words[k];
            const QStringView raw = w.text;
            if (!optionsDone && raw.size() > 1 && (raw.front() == u'-' || raw.front() == u'+')) {
                if (is(raw, u"--")) {
                    optionsDone = true;
                    continue;
                }
                const bool minus = raw.front() == u'-';
                for (const QChar c : raw.mid(1)) {
                    if (c == u'x')
                        mode = minus ? ExportMode::Export : ExportMode::Unexport;
                    else if (c == u'n' && isExport)
                        mode = minus ? ExportMode::Unexport : ExportMode::Export;
                    else if (c == u'n' || c == u'f' || c == u'F' || c == u'a' || c == u'A' || c == u'p')
                        skip = true; // name references, functions, arrays, printing
                }
                continue;
            }
            optionsDone = true;
            if (skip)
                continue;
            bool append = false;
            if (assignmentName(raw, &append) > 0) {
                assignWord(w, mode, conditional);
            } else if (isValidName(raw)) {
                if (mode != ExportMode::Keep)
                    emitExportAttribute(raw.toString(), mode, lineOf(w), conditional);
            } else {
                // A quoted declaration such as export "KEY=value".
                const Dequoted whole = dequotePosix(raw, m_opt.home);
                const qsizetype name = assignmentName(whole.value, &append);
                if (name > 0) {
                    Dequoted value = whole;
                    value.value = whole.value.mid(name + (append ? 2 : 1));
                    assign(whole.value.left(name), value, raw, append, lineOf(w), mode, conditional);
                } else if (isValidName(whole.value) && mode != ExportMode::Keep) {
                    emitExportAttribute(whole.value, mode, lineOf(w), conditional);
                }
            }
        }
    }

    void unset(qsizetype first, bool conditional)
    {
        for (qsizetype k = first; k < m_words.size(); ++k) {
            const QStringView raw = m_words[k].text;
            if (raw.startsWith(u'-')) {
                if (raw.contains(u'f') || raw.contains(u'n'))
                    return; // functions and name references
                continue;
            }
            if (isValidName(raw))
                emitUnset(raw.toString(), lineOf(m_words[k]), conditional);
        }
    }

    void source(qsizetype first, bool conditional)
    {
        qsizetype k = first;
        if (k < m_words.size() && is(m_words[k].text, u"--"))
            ++k;
        if (k >= m_words.size())
            return;
        emitSource(dequotePosix(m_words[k].text, m_opt.home), lineOf(m_words[first - 1]), conditional,
                   m_allExport);
    }

    // zsh's `emulate sh -c 'source /etc/profile'` (Arch's /etc/zsh/zprofile): the string is code.
    void emulate(qsizetype first, bool conditional)
    {
        for (qsizetype k = first; k + 1 < m_words.size(); ++k) {
            if (!is(m_words[k].text, u"-c"))
                continue;
            if (m_depth >= kMaxInlineDepth)
                return;
            const QString code = dequotePosix(m_words[k + 1].text, QString()).value;
            EnvParser::Options options = m_opt;
            options.conditional = conditional;
            options.allExport = m_allExport;
            PosixParser inner(code, options, m_out, lineOf(m_words[k + 1]), m_depth + 1);
            inner.run();
            return;
        }
    }

    void setOptions(qsizetype first, bool conditional)
    {
        if (conditional)
            return;
        for (qsizetype k = first; k < m_words.size(); ++k) {
            const QStringView raw = m_words[k].text;
            if ((is(raw, u"-o") || is(raw, u"+o")) && k + 1 < m_words.size()) {
                if (is(m_words[k + 1].text, u"allexport"))
                    m_allExport = raw.front() == u'-';
                ++k;
            } else if (raw.size() > 1 && (raw.front() == u'-' || raw.front() == u'+') && !is(raw, u"--")) {
                if (raw.mid(1).contains(u'a'))
                    m_allExport = raw.front() == u'-';
            } else {
                return; // positional parameters follow
            }
        }
    }

    PosixLexer m_lexer;
    int m_fixedLine;
    int m_depth;
    bool m_allExport;

    BlockStack<Block> m_blocks;
    bool m_functionPending = false; // `f()` seen: the next compound command is a function body
    bool m_functionHeader = false; // inside `function name ...` before its body
    bool m_functionParen = false; // `name (` seen, `)` expected
    bool m_doubleBracket = false; // inside [[ ... ]], where && and || are operands
};

// ---------------------------------------------------------------------------------------------
// fish

// Index past a fish command substitution `(...)` starting at the '(' at i.
qsizetype skipFishParen(QStringView s, qsizetype i, bool *unterminated)
{
    const qsizetype n = s.size();
    int depth = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c == u'\\') {
            i += 2;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            ++i;
            while (i < n && s[i] != c) {
                i += s[i] == u'\\' ? 2 : 1;
            }
            ++i;
            continue;
        }
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            if (--depth == 0)
                return i + 1;
        }
        ++i;
    }
    if (unterminated)
        *unterminated = true;
    return n;
}

qsizetype skipFishQuote(QStringView s, qsizetype i, bool *unterminated)
{
    const qsizetype n = s.size();
    const QChar quote = s[i];
    ++i;
    while (i < n && s[i] != quote) {
        if (s[i] == u'\\')
            i += 2;
        else if (quote == u'"' && s[i] == u'$' && i + 1 < n && s[i + 1] == u'(')
            i = skipFishParen(s, i + 1, unterminated);
        else
            ++i;
    }
    if (i >= n) {
        if (unterminated)
            *unterminated = true;
        return n;
    }
    return i + 1;
}

void appendFishDollar(QStringView raw, qsizetype *i, const QString &home, Dequoted *d)
{
    const qsizetype n = raw.size();
    const qsizetype at = *i;
    if (appendHomeVariable(raw, i, home, d))
        return;
    if (at + 1 < n && raw[at + 1] == u'(') {
        appendUnexpanded(raw, i, skipFishParen(raw, at + 1, nullptr), d);
    } else if (at + 1 < n && (isNameStart(raw[at + 1]) || raw[at + 1] == u'$')) {
        // $$name is a variable whose value names the variable
        qsizetype end = at + 1;
        while (end < n && (isNameChar(raw[end]) || raw[end] == u'$'))
            ++end;
        appendUnexpanded(raw, i, end, d);
    } else {
        d->value += u'$';
        *i = at + 1;
    }
}

Dequoted dequoteFish(QStringView raw, const QString &home)
{
    const qsizetype n = raw.size();
    return dequote(raw, home, u"*?{", [&](QChar c, qsizetype &i, Dequoted &d) {
        if (c == u'\\') {
            if (i + 1 >= n) {
                d.value += c;
                ++i;
                return true;
            }
            const QChar e = raw[i + 1];
            if (e == u'n')
                d.value += u'\n';
            else if (e == u't')
                d.value += u'\t';
            else if (e != u'\n')
                d.value += e;
            i += 2;
        } else if (c == u'\'') {
            ++i;
            while (i < n && raw[i] != u'\'') {
                if (raw[i] == u'\\' && i + 1 < n && (raw[i + 1] == u'\'' || raw[i + 1] == u'\\')) {
                    d.value += raw[i + 1];
                    i += 2;
                } else {
                    d.value += raw[i];
                    ++i;
                }
            }
            ++i;
        } else if (c == u'"') {
            ++i;
            while (i < n && raw[i] != u'"') {
                if (raw[i] == u'\\' && i + 1 < n && inSet(u"\"$\\\n", raw[i + 1])) {
                    if (raw[i + 1] != u'\n')
                        d.value += raw[i + 1];
                    i += 2;
                } else if (raw[i] == u'$') {
                    appendFishDollar(raw, &i, home, &d);
                } else {
                    d.value += raw[i];
                    ++i;
                }
            }
            ++i;
        } else if (c == u'$') {
            appendFishDollar(raw, &i, home, &d);
        } else if (c == u'(') {
            appendUnexpanded(raw, &i, skipFishParen(raw, i, nullptr), &d);
        } else {
            return false;
        }
        return true;
    });
}

// Splits fish text into words and operators: fish quoting (in single quotes only a backslash before
// a quote or a backslash escapes), command substitutions in parentheses, comments, continuations.
class FishLexer final : public Lexer<FishLexer> {
public:
    using Lexer::Lexer;

private:
    friend class Lexer<FishLexer>;

    // The token that starts with `c` at `begin`, after what both syntaxes skip.
    Token token(QChar c, qsizetype begin)
    {
        if (c == u'\n' || c == u';') {
            ++m_pos;
            return make(c == u'\n' ? Token::Type::Newline : Token::Type::Op, begin);
        }
        if (c == u'&' || c == u'|') {
            if (c == u'&' && at(1) == u'>')
                return redirect(begin, 2);
            m_pos += at(1) == c ? 2 : 1;
            return make(Token::Type::Op, begin);
        }
        if (c == u'<' || c == u'>')
            return redirect(begin, 1);
        bool unterminated = false;
        m_pos = scanWord(m_pos, &unterminated);
        return make(Token::Type::Word, begin, unterminated);
    }

    qsizetype scanWord(qsizetype i, bool *unterminated) const
    {
        const qsizetype n = m_s.size();
        while (i < n) {
            const QChar c = m_s[i];
            if (isBlank(c) || inSet(u"\n;&|<>", c))
                return i;
            if (c == u'\\')
                i += 2;
            else if (c == u'\'' || c == u'"')
                i = skipFishQuote(m_s, i, unterminated);
            else if (c == u'(')
                i = skipFishParen(m_s, i, unterminated);
            else if (c == u'$' && i + 1 < n && m_s[i + 1] == u'(')
                i = skipFishParen(m_s, i + 1, unterminated);
            else
                ++i;
        }
        return std::min(i, n);
    }

    Token redirect(qsizetype begin, qsizetype opLength)
    {
        const qsizetype n = m_s.size();
        qsizetype i = m_pos + opLength;
        while (i < n && inSet(u">&?|", m_s[i]))
            ++i;
        while (i < n && (m_s[i] == u' ' || m_s[i] == u'\t'))
            ++i;
        bool unterminated = false;
        if (i < n && !inSet(u"\n;&|<>", m_s[i]))
            i = scanWord(i, &unterminated);
        m_pos = i;
        return make(Token::Type::Redirect, begin, unterminated);
    }
};

// Walks fish commands, tracking the blocks that `end` closes. `set`, fish's `export` function and
// `source` matter; statements inside if/for/while/switch/function blocks, after `and`/`or`/&&/||,
// or in a pipeline are conditional.
class FishParser final : public ShellParser {
public:
    FishParser(QStringView text, const EnvParser::Options &options, EnvParseResult *out)
        : ShellParser(options, out)
        , m_lexer(text)
    { }

    void run()
    {
        for (;;) {
            const Token t = m_lexer.next();
            if (t.unterminated)
                addProblem(m_out, EnvParseProblem::Kind::Unterminated, t.line);
            switch (t.type) {
            case Token::Type::End:
                endCommand(Term::Separator);
                return;
            case Token::Type::Newline:
                endCommand(Term::Separator);
                break;
            case Token::Type::Redirect:
                break;
            case Token::Type::Op:
                if (is(t.text, u"&&") || is(t.text, u"||"))
                    endCommand(Term::AndOr);
                else if (is(t.text, u"|"))
                    endCommand(Term::Pipe);
                else if (is(t.text, u"&"))
                    endCommand(Term::Background);
                else
                    endCommand(Term::Separator);
                break;
            case Token::Type::Word:
                word(t);
                break;
            }
        }
    }

private:
    void push(bool inherentlyConditional)
    {
        if (m_blocks.push({}, inherentlyConditional || m_andOrTail || m_inPipeline))
            m_andOrTail = false;
    }

    void pop()
    {
        m_blocks.pop([](std::monostate) { return true; });
    }

    void word(const Token &t)
    {
        if (m_words.isEmpty() && !m_ignoreCommand) {
            const QStringView w = t.text;
            const bool afterElse = m_afterElse;
            m_afterElse = false;
            if (is(w, u"if")) {
                if (!afterElse)
                    push(true);
                return;
            }
            if (is(w, u"else")) {
                m_afterElse = true;
                return;
            }
            if (is(w, u"end")) {
                pop();
                return;
            }
            if (is(w, u"for") || is(w, u"function") || is(w, u"switch")) {
                push(true);
                m_ignoreCommand = true;
                return;
            }
            if (is(w, u"while")) {
                push(true);
                return;
            }
            if (is(w, u"begin")) {
                push(false);
                return;
            }
            if (is(w, u"case")) {
                m_ignoreCommand = true;
                return;
            }
            if (is(w, u"and") || is(w, u"or")) {
                m_andOrTail = true;
                return;
            }
            if (is(w, u"not") || is(w, u"command") || is(w, u"builtin") || is(w, u"time"))
                return;
        }
        if (t.unterminated)
            m_dropCommand = true;
        m_words.append(t);
    }

    void endCommand(Term term)
    {
        if (commandRuns())
            execute(m_blocks.conditional() || conditionalAfter(term));
        clearCommand(term);
        m_afterElse = false;
    }

    void execute(bool conditional)
    {
        const QString cmd = dequoteFish(m_words.front().text, QString()).value;
        if (cmd == QLatin1String("set"))
            set(conditional);
        else if (cmd == QLatin1String("export"))
            exportFunction(conditional);
        else if (cmd == QLatin1String("source") || cmd == QLatin1String(".")) {
            if (m_words.size() >= 2) // fish has no `set -a`
                emitSource(dequoteFish(m_words[1].text, m_opt.home), m_words.front().line, conditional,
                           false);
        } else if ((cmd == QLatin1String("return") || cmd == QLatin1String("exit")) && !conditional
                   && m_blocks.empty()) {
            m_unreachable = true;
        }
    }

    void set(bool conditional)
    {
        ExportMode mode = ExportMode::Keep;
        bool erase = false;
        bool append = false;
        bool prepend = false;
        qsizetype idx = 1;
        for (; idx < m_words.size(); ++idx) {
            const QStringView raw = m_words[idx].text;
            if (is(raw, u"--")) {
                ++idx;
                break;
            }
            if (raw.startsWith(u"--")) {
                const QStringView name = raw.mid(2);
                if (is(name, u"export"))
                    mode = ExportMode::Export;
                else if (is(name, u"unexport"))
                    mode = ExportMode::Unexport;
                else if (is(name, u"erase"))
                    erase = true;
                else if (is(name, u"append"))
                    append = true;
                else if (is(name, u"prepend"))
                    prepend = true;
                else if (is(name, u"local") || is(name, u"function") || is(name, u"query")
                         || is(name, u"names") || is(name, u"show") || is(name, u"long"))
                    return; // local scope, or no change at all
                continue;
            }
            if (raw.size() > 1 && raw.front() == u'-') {
                for (const QChar c : raw.mid(1)) {
                    switch (c.unicode()) {
                    case u'x':
                        mode = ExportMode::Export;
                        break;
                    case u'u':
                        mode = ExportMode::Unexport;
                        break;
                    case u'e':
                        erase = true;
                        break;
                    case u'a':
                        append = true;
                        break;
                    case u'p':
                        prepend = true;
                        break;
                    case u'l':
                    case u'f':
                    case u'q':
                    case u'n':
                    case u'S':
                    case u'L':
                        return;
                    default:
                        break;
                    }
                }
                continue;
            }
            break;
        }
        if (idx >= m_words.size())
            return;
        const int line = m_words.front().line;
        if (erase) {
            for (qsizetype k = idx; k < m_words.size(); ++k) {
                if (isValidName(m_words[k].text))
                    emitUnset(m_words[k].text.toString(), line, conditional);
            }
            return;
        }
        const QStringView name = m_words[idx].text;
        if (!isValidName(name))
            return; // NAME[1] element assignments and computed names
        QStringList values;
        QStringList raws;
        bool literal = true;
        for (qsizetype k = idx + 1; k < m_words.size(); ++k) {
            const Dequoted d = dequoteFish(m_words[k].text, m_opt.home);
            values.append(d.value);
            raws.append(m_words[k].text.toString());
            literal = literal && d.literal && !d.glob;
        }
        const QString key = name.toString();
        QString value = values.join(QLatin1Char(' '));
        const QString self = QLatin1Char('$') + key;
        if (append)
            value = value.isEmpty() ? self : QString(self + QLatin1Char(' ') + value);
        else if (prepend)
            value = value.isEmpty() ? self : QString(value + QLatin1Char(' ') + self);
        emitSet(key, value, raws.join(QLatin1Char(' ')), literal && !append && !prepend, mode, line,
                conditional);
    }

    // fish ships `export` as a function for POSIX habits: `export KEY=VALUE` is `set -gx KEY VALUE`.
    void exportFunction(bool conditional)
    {
        for (qsizetype k = 1; k < m_words.size(); ++k) {
            const QStringView raw = m_words[k].text;
            bool append = false;
            const qsizetype name = assignmentName(raw, &append);
            if (name > 0 && !append) {
                const QStringView valueRaw = raw.mid(name + 1);
                const Dequoted d = dequoteFish(valueRaw, m_opt.home);
                emitSet(raw.left(name).toString(), d.value, valueRaw.toString(), d.literal,
                        ExportMode::Export, m_words[k].line, conditional);
            } else if (isValidName(raw)) {
                emitExportAttribute(raw.toString(), ExportMode::Export, m_words[k].line, conditional);
            }
        }
    }

    FishLexer m_lexer;
    BlockStack<std::monostate> m_blocks; // fish blocks differ only in whether they are conditional
    bool m_afterElse = false;
};

// ---------------------------------------------------------------------------------------------
// KEY=VALUE files

QString expandHomeVariables(QString value, const QString &home, bool *literal)
{
    if (!home.isEmpty()) {
        value.replace(QLatin1String("${HOME}"), home);
        value.replace(QLatin1String("@{HOME}"), home);
        qsizetype at = 0;
        while ((at = value.indexOf(QLatin1String("$HOME"), at)) >= 0) {
            if (at + 5 < value.size() && isNameChar(value[at + 5])) {
                at += 5;
                continue;
            }
            value.replace(at, 5, home);
            at += home.size();
        }
    }
    if (literal)
        *literal = !value.contains(u'$') && !value.contains(QLatin1String("@{"));
    return value;
}

EnvEvent graphicalSet(const EnvParser::Options &o, const QString &key, const QString &value,
                      const QString &raw, int line, bool literal)
{
    EnvEvent e;
    e.kind = EnvEvent::Kind::Assign;
    e.mode = ExportMode::Export;
    e.assignment.key = key;
    e.assignment.value = value;
    e.assignment.raw = raw;
    e.assignment.literal = literal;
    e.assignment.file = o.file;
    e.assignment.line = line;
    e.assignment.context = o.context;
    e.assignment.conditional = o.conditional;
    return e;
}

QString stripMatchingQuotes(QStringView v)
{
    if (v.size() >= 2 && (v.front() == u'"' || v.front() == u'\'') && v.back() == v.front())
        return v.mid(1, v.size() - 2).toString();
    return v.toString();
}

// One `KEY=VALUE` line as pam_env reads /etc/environment: an optional `export `, the value ends at a
// '#', one pair of surrounding quotes is removed, nothing is expanded. Returns false when the line
// is not an assignment.
bool environmentLine(QStringView line, int number, const EnvParser::Options &o, EnvParseResult *out)
{
    if (line.startsWith(u"export ") || line.startsWith(u"export\t"))
        line = line.mid(7).trimmed();
    const qsizetype eq = line.indexOf(u'=');
    if (eq <= 0 || !isValidName(line.left(eq)))
        return false;
    QStringView value = line.mid(eq + 1);
    const qsizetype hash = value.indexOf(u'#');
    if (hash >= 0)
        value = value.left(hash);
    value = value.trimmed();
    out->events.append(graphicalSet(o, line.left(eq).toString(), stripMatchingQuotes(value), value.toString(),
                                    number, true));
    return true;
}

template<typename F> void forEachLine(QStringView text, F &&f)
{
    qsizetype pos = 0;
    int number = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        ++number;
        QStringView line = text.mid(pos, end - pos);
        if (line.endsWith(u'\r'))
            line.chop(1);
        f(line, number);
        if (end >= text.size())
            break;
        pos = end + 1;
    }
}

void parseEnvironmentFile(QStringView text, const EnvParser::Options &o, EnvParseResult *out)
{
    forEachLine(text, [&](QStringView raw, int number) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            return;
        if (!environmentLine(line, number, o, out))
            addProblem(out, EnvParseProblem::Kind::Unrecognised, number);
    });
}

// The value of a fish universal variable as fish writes it: \xHH bytes, \uHHHH and \UHHHHHHHH code
// points, a backslash before any other character for that character; list elements are separated by
// \x1e and reach the environment joined with spaces. Returns false on a malformed escape.
bool decodeFishUniversal(QStringView in, QString *out)
{
    QByteArray bytes;
    bytes.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != u'\\') {
            // A run of plain text at once, so that characters outside the BMP keep both halves.
            qsizetype end = i;
            while (end < in.size() && in[end] != u'\\')
                ++end;
            bytes += in.mid(i, end - i).toUtf8();
            i = end - 1;
            continue;
        }
        if (++i >= in.size())
            return false;
        const QChar kind = in[i];
        const int digits = kind == u'x' ? 2 : kind == u'u' ? 4 : kind == u'U' ? 8 : 0;
        if (digits == 0) {
            bytes += in.mid(i, 1).toUtf8();
            continue;
        }
        if (i + digits >= in.size())
            return false;
        bool ok = false;
        const uint code = in.mid(i + 1, digits).toUInt(&ok, 16);
        if (!ok || (kind != u'x' && (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))))
            return false;
        i += digits;
        if (kind == u'x') {
            bytes += char(code == 0x1e ? ' ' : code);
        } else {
            const char32_t point = code;
            bytes += QString::fromUcs4(&point, 1).toUtf8();
        }
    }
    *out = QString::fromUtf8(bytes);
    return true;
}

// ~/.config/fish/fish_variables, written by fish for `set -U`: "SETUVAR [--export] NAME:VALUE"
// (fish 3 and later) or "SET_EXPORT NAME:VALUE" / "SET NAME:VALUE" (fish 2). Only exported
// variables reach the programs fish starts.
void parseFishUniversal(QStringView text, const EnvParser::Options &o, EnvParseResult *out)
{
    forEachLine(text, [&](QStringView raw, int number) {
        QStringView line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            return;
        bool exported = false;
        if (line.startsWith(QLatin1String("SETUVAR "))) {
            line = line.mid(8).trimmed();
            if (line.startsWith(QLatin1String("--export "))) {
                exported = true;
                line = line.mid(9).trimmed();
            }
        } else if (line.startsWith(QLatin1String("SET_EXPORT "))) {
            exported = true;
            line = line.mid(11).trimmed();
        } else if (line.startsWith(QLatin1String("SET "))) {
            line = line.mid(4).trimmed();
        } else {
            addProblem(out, EnvParseProblem::Kind::Unrecognised, number);
            return;
        }
        const qsizetype colon = line.indexOf(u':');
        QString value;
        if (colon <= 0 || !isValidName(line.left(colon))
            || !decodeFishUniversal(line.mid(colon + 1), &value)) {
            addProblem(out, EnvParseProblem::Kind::Unrecognised, number);
            return;
        }
        if (!exported)
            return;
        out->events.append(graphicalSet(o, line.left(colon).toString(), value, line.mid(colon + 1).toString(),
                                        number, true));
    });
}

// ~/.pam_environment: `KEY=VALUE` lines, or pam_env.conf lines `KEY [DEFAULT=value] [OVERRIDE=value]`
// (OVERRIDE wins when non-empty; a bare KEY unsets). Lines ending in a backslash continue.
void parsePamEnvironment(QStringView text, const EnvParser::Options &o, EnvParseResult *out)
{
    QString pending;
    int pendingStart = 0;
    forEachLine(text, [&](QStringView raw, int number) {
        if (pending.isEmpty())
            pendingStart = number;
        if (raw.endsWith(u'\\')) {
            pending += raw.chopped(1);
            return;
        }
        pending += raw;
        const QString logical = std::exchange(pending, QString());
        const QStringView line = QStringView(logical).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            return;
        qsizetype space = 0;
        while (space < line.size() && !isBlank(line[space]))
            ++space;
        const QStringView first = line.left(space);
        if (first.contains(u'=') || is(first, u"export")) {
            if (!environmentLine(line, pendingStart, o, out))
                addProblem(out, EnvParseProblem::Kind::Unrecognised, pendingStart);
            return;
        }
        if (!isValidName(first)) {
            addProblem(out, EnvParseProblem::Kind::Unrecognised, pendingStart);
            return;
        }
        const QStringView rest = line.mid(space).trimmed();
        std::optional<QString> defaultValue;
        std::optional<QString> overrideValue;
        qsizetype i = 0;
        while (i < rest.size()) {
            while (i < rest.size() && isBlank(rest[i]))
                ++i;
            if (i >= rest.size())
                break;
            std::optional<QString> *target = nullptr;
            if (rest.mid(i).startsWith(u"DEFAULT=")) {
                target = &defaultValue;
                i += 8;
            } else if (rest.mid(i).startsWith(u"OVERRIDE=")) {
                target = &overrideValue;
                i += 9;
            } else {
                addProblem(out, EnvParseProblem::Kind::Unrecognised, pendingStart);
                return;
            }
            QString value;
            if (i < rest.size() && rest[i] == u'"') {
                qsizetype end = rest.indexOf(u'"', i + 1);
                if (end < 0)
                    end = rest.size();
                value = rest.mid(i + 1, end - i - 1).toString();
                i = end + 1;
            } else {
                const qsizetype begin = i;
                while (i < rest.size() && !isBlank(rest[i]))
                    ++i;
                value = rest.mid(begin, i - begin).toString();
            }
            *target = value;
        }
        const QString key = first.toString();
        if (!defaultValue && !overrideValue) {
            EnvEvent e = graphicalSet(o, key, QString(), QString(), pendingStart, true);
            e.assignment.op = EnvAssignment::Op::Unset;
            out->events.append(std::move(e));
            return;
        }
        const QString chosen
            = overrideValue && !overrideValue->isEmpty() ? *overrideValue : defaultValue.value_or(QString());
        bool literal = true;
        const QString value = expandHomeVariables(chosen, o.home, &literal);
        out->events.append(graphicalSet(o, key, value, rest.toString(), pendingStart, literal));
    });
}

// systemd environment.d: KEY=VALUE, comments start with # or ;, quotes and backslash escapes
// as in systemd's env-file parser, a trailing backslash continues the value, no trailing comments.
void parseEnvironmentD(QStringView s, const EnvParser::Options &o, EnvParseResult *out)
{
    const qsizetype n = s.size();
    qsizetype i = 0;
    int line = 1;
    auto skipToLineEnd = [&]() {
        while (i < n && s[i] != u'\n')
            ++i;
    };
    while (i < n) {
        while (i < n && isBlank(s[i]))
            ++i;
        if (i >= n)
            break;
        if (s[i] == u'\n') {
            ++line;
            ++i;
            continue;
        }
        if (s[i] == u'#' || s[i] == u';') {
            skipToLineEnd();
            continue;
        }
        const int start = line;
        const qsizetype keyBegin = i;
        while (i < n && s[i] != u'=' && s[i] != u'\n')
            ++i;
        if (i >= n || s[i] == u'\n') {
            addProblem(out, EnvParseProblem::Kind::Unrecognised, start);
            continue;
        }
        const QStringView key = s.mid(keyBegin, i - keyBegin).trimmed();
        ++i;
        while (i < n && (s[i] == u' ' || s[i] == u'\t'))
            ++i;
        const qsizetype rawBegin = i;
        QString value;
        qsizetype keep = 0; // length without trailing unquoted blanks
        while (i < n && s[i] != u'\n') {
            const QChar c = s[i];
            if (c == u'\\') {
                if (i + 1 < n && s[i + 1] == u'\n') {
                    ++line;
                } else if (i + 1 < n) {
                    value += s[i + 1];
                    keep = value.size();
                }
                i += 2;
            } else if (c == u'\'' || c == u'"') {
                ++i;
                while (i < n && s[i] != c) {
                    if (c == u'"' && s[i] == u'\\' && i + 1 < n && inSet(u"\"\\`$\n", s[i + 1])) {
                        if (s[i + 1] == u'\n')
                            ++line;
                        else
                            value += s[i + 1];
                        i += 2;
                        continue;
                    }
                    if (s[i] == u'\n')
                        ++line;
                    value += s[i];
                    ++i;
                }
                ++i;
                keep = value.size();
            } else {
                value += c;
                if (!isBlank(c))
                    keep = value.size();
                ++i;
            }
        }
        value.truncate(keep);
        const QString raw = s.mid(rawBegin, std::min(i, n) - rawBegin).trimmed().toString();
        if (!isValidName(key)) {
            addProblem(out, EnvParseProblem::Kind::Unrecognised, start);
            continue;
        }
        bool literal = true;
        const QString expanded = expandHomeVariables(value, o.home, &literal);
        out->events.append(graphicalSet(o, key.toString(), expanded, raw, start, literal));
    }
}

} // namespace

EnvParseResult EnvParser::parse(QStringView text, EnvSources::Syntax syntax, const Options &options)
{
    EnvParseResult result;
    result.events.reserve(text.size() / 64); // typical density of assignments; saves regrowing big files
    switch (syntax) {
    case Syntax::Posix: {
        PosixParser parser(text, options, &result);
        parser.run();
        break;
    }
    case Syntax::Fish: {
        FishParser parser(text, options, &result);
        parser.run();
        break;
    }
    case Syntax::EnvironmentFile:
        parseEnvironmentFile(text, options, &result);
        break;
    case Syntax::PamEnvironment:
        parsePamEnvironment(text, options, &result);
        break;
    case Syntax::EnvironmentD:
        parseEnvironmentD(text, options, &result);
        break;
    case Syntax::FishUniversal:
        parseFishUniversal(text, options, &result);
        break;
    }
    return result;
}

void EnvParser::resolveExports(QList<EnvEvent> &events)
{
    struct State {
        bool attribute = false;
        qsizetype current = -1; // the Assign event whose value the variable holds
    };
    QHash<QString, State> states;
    // Set by login before any start-up file runs, so a plain PATH=... keeps them exported.
    for (const char *inherited : { "PATH", "HOME", "USER", "LOGNAME", "SHELL", "LANG", "TERM", "MAIL" })
        states.insert(QLatin1String(inherited), State { true, -1 });
    auto finish = [&events](State &s) {
        if (s.current >= 0) {
            events[s.current].assignment.exported = s.attribute;
            s.current = -1;
        }
    };
    for (qsizetype i = 0; i < events.size(); ++i) {
        EnvEvent &e = events[i];
        if (e.kind == EnvEvent::Kind::Source)
            continue;
        State &s = states[e.assignment.key];
        if (e.assignment.conditional) {
            if (e.kind == EnvEvent::Kind::Assign)
                e.assignment.exported
                    = e.mode == ExportMode::Export || (e.mode == ExportMode::Keep && s.attribute);
            continue;
        }
        if (e.kind == EnvEvent::Kind::ExportAttribute) {
            if (e.mode != ExportMode::Keep)
                s.attribute = e.mode == ExportMode::Export;
            continue;
        }
        finish(s);
        if (e.assignment.op == EnvAssignment::Op::Unset) {
            e.assignment.exported = s.attribute;
            s.attribute = false;
            continue;
        }
        if (e.mode != ExportMode::Keep)
            s.attribute = e.mode == ExportMode::Export;
        s.current = i;
    }
    for (auto it = states.begin(); it != states.end(); ++it)
        finish(it.value());
}

} // namespace tlens

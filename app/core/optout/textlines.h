#pragma once

#include <QByteArray>
#include <QList>

namespace tlens {

// A file's text as lines that keep their own terminators ("\n", "\r\n" or none for a last line
// without newline), so an editor can change one line and leave every other byte as it was. Line
// indices match IniDocument's (split on '\n'). It must never normalise line endings or encodings.
class TextLines final {
public:
    explicit TextLines(const QByteArray &text = {});

    int count() const { return int(m_lines.size()); }
    QByteArray line(int index) const { return m_lines.at(index).content; } // without terminator
    QByteArray join() const;

    // Replaces a line's content; its terminator stays.
    void replace(int index, const QByteArray &content);
    // Inserts before `index` (count() appends). A file that did not end with a newline still does
    // not: appending after such a last line gives that line the terminator instead.
    void insert(int index, const QByteArray &content);
    // Removes a line; removing an unterminated last line leaves the new last line unterminated.
    void remove(int index);

    static bool isBlank(const QByteArray &content) { return content.trimmed().isEmpty(); }
    static int indentOf(const QByteArray &content); // leading spaces and tabs

private:
    struct Line {
        QByteArray content;
        QByteArray terminator;
    };
    QList<Line> m_lines;
    QByteArray m_eol = "\n";
};

} // namespace tlens

#include "textlines.h"

namespace tlens {

TextLines::TextLines(const QByteArray &text)
{
    qsizetype crlf = 0;
    qsizetype lf = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf('\n', start);
        Line l;
        if (nl < 0) {
            l.content = text.mid(start);
            start = text.size();
        } else {
            const bool cr = nl > start && text.at(nl - 1) == '\r';
            l.content = text.mid(start, nl - start - (cr ? 1 : 0));
            l.terminator = cr ? QByteArray("\r\n") : QByteArray("\n");
            ++(cr ? crlf : lf);
            start = nl + 1;
        }
        m_lines.append(l);
    }
    if (crlf > lf)
        m_eol = "\r\n";
}

QByteArray TextLines::join() const
{
    QByteArray out;
    for (const Line &l : m_lines)
        out += l.content + l.terminator;
    return out;
}

void TextLines::replace(int index, const QByteArray &content)
{
    m_lines[index].content = content;
}

void TextLines::insert(int index, const QByteArray &content)
{
    Line l { content, m_eol };
    if (index == count() && index > 0 && m_lines.at(index - 1).terminator.isEmpty()) {
        m_lines[index - 1].terminator = m_eol;
        l.terminator.clear();
    }
    m_lines.insert(index, l);
}

void TextLines::remove(int index)
{
    const bool unterminated = m_lines.at(index).terminator.isEmpty();
    m_lines.removeAt(index);
    if (unterminated && index == count() && index > 0)
        m_lines[index - 1].terminator.clear();
}

int TextLines::indentOf(const QByteArray &content)
{
    int i = 0;
    while (i < content.size() && (content.at(i) == ' ' || content.at(i) == '\t'))
        ++i;
    return i;
}

} // namespace tlens

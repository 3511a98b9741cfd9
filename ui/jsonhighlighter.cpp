#include "jsonhighlighter.h"

#include "statestyle.h"

#include <QApplication>
#include <QTextCharFormat>

namespace tlens {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void JsonHighlighter::highlightBlock(const QString &text)
{
    if (text.size() > kMaxBlockLength)
        return;
    const QPalette palette = QApplication::palette();
    QTextCharFormat key;
    key.setForeground(StateStyle::keyColor(palette));
    key.setFontWeight(QFont::DemiBold);
    QTextCharFormat string;
    string.setForeground(StateStyle::stringColor(palette));
    QTextCharFormat number;
    number.setForeground(StateStyle::numberColor(palette));
    QTextCharFormat keyword;
    keyword.setForeground(StateStyle::keywordColor(palette));
    keyword.setFontWeight(QFont::DemiBold);

    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            int j = i + 1;
            while (j < n && text.at(j) != QLatin1Char('"'))
                j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
            j = qMin(j + 1, n);
            // A string followed by ':' is a key.
            int k = j;
            while (k < n && text.at(k).isSpace())
                ++k;
            setFormat(i, j - i, k < n && text.at(k) == QLatin1Char(':') ? key : string);
            i = j;
        } else if (c.isDigit() || (c == QLatin1Char('-') && i + 1 < n && text.at(i + 1).isDigit())) {
            int j = i + 1;
            while (j < n && (text.at(j).isDigit() || QStringLiteral(".eE+-").contains(text.at(j))))
                ++j;
            setFormat(i, j - i, number);
            i = j;
        } else if (c.isLetter()) {
            int j = i;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(i, j - i, keyword);
            i = j;
        } else {
            ++i;
        }
    }
}

} // namespace tlens

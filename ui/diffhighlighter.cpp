#include "diffhighlighter.h"

#include "statestyle.h"

#include <QApplication>
#include <QTextCharFormat>

namespace tlens {

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void DiffHighlighter::highlightBlock(const QString &text)
{
    const QPalette palette = QApplication::palette();
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
        format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1String("@@"))) {
        format.setForeground(StateStyle::keyColor(palette));
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setBackground(StateStyle::addedBackground(palette));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setBackground(StateStyle::removedBackground(palette));
    } else if (text.startsWith(QLatin1Char('\\'))) {
        format.setFontItalic(true);
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace tlens

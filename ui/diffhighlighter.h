#pragma once

#include <QSyntaxHighlighter>

namespace tlens {

// Shows a unified diff the way people expect: added lines tinted, removed lines tinted, hunk
// headers coloured, file headers bold. The +/- signs stay, so colour is never the only cue.
class DiffHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit DiffHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace tlens

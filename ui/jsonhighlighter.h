#pragma once

#include <QSyntaxHighlighter>

namespace tlens {

// Colours JSON text (keys, strings, numbers, true/false/null) with colours taken from the
// palette's lightness. It colours what it sees and never validates: broken JSON still reads.
class JsonHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

    // Blocks longer than this stay plain: a multi-megabyte one-line report must stay responsive.
    static constexpr int kMaxBlockLength = 200000;

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace tlens

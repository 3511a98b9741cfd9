#pragma once

#include "scan/scanresult.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace tlens {

// Icons and colours of the window, chosen for the current palette so that light and dark themes
// stay readable. A state is never shown by colour alone: every icon goes with its word.
class StateStyle final {
public:
    static QIcon stateIcon(State state);
    static QIcon warningIcon();
    static QIcon appIcon();

    static bool isDark(const QPalette &palette);
    // A text colour for a state that reads well on palette.base().
    static QColor stateColor(State state, const QPalette &palette);
    // Background tints for added / removed lines and for attention rows.
    static QColor addedBackground(const QPalette &palette);
    static QColor removedBackground(const QPalette &palette);
    static QColor attentionBackground(const QPalette &palette);
    // Syntax colours: keys, strings, numbers, keywords (true/false/null), punctuation.
    static QColor keyColor(const QPalette &palette);
    static QColor stringColor(const QPalette &palette);
    static QColor numberColor(const QPalette &palette);
    static QColor keywordColor(const QPalette &palette);
};

} // namespace tlens

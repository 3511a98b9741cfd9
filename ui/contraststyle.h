#pragma once

#include <QColor>
#include <QPalette>
#include <QProxyStyle>

namespace tlens {

// The window follows the system palette, light or dark; this proxy over the system style makes
// sure what the style derives from that palette stays visible: the border of checkboxes (in
// tables and dialogs) and of text fields reaches 3:1 against its background, and placeholder
// text 4.5:1 (WCAG 2.1, 1.4.3 and 1.4.11). Everything else is the system style's own drawing.
class ContrastStyle final : public QProxyStyle {
    Q_OBJECT
public:
    explicit ContrastStyle(QStyle *base = nullptr);

    // Puts the proxy over the application's current style.
    static void install();
    // WCAG 2.1 relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor &color);
    static double contrast(const QColor &a, const QColor &b);
    // `fg` moved towards `bg` as far as it can go while keeping `ratio` against every background.
    static QColor softened(const QColor &fg, const QList<QColor> &backgrounds, double ratio);
    static QColor borderColor(const QPalette &palette);

    // Plain light and dark palettes (the --palette option, screenshots and tests).
    static QPalette lightPalette();
    static QPalette darkPalette();
    // Placeholder text as readable as the rule asks, in the palette's own text colour.
    static void readablePlaceholder(QPalette &palette);

    void polish(QPalette &palette) override;
    using QProxyStyle::polish;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    void drawCheckIndicator(const QStyleOption *option, QPainter *painter) const;
};

} // namespace tlens

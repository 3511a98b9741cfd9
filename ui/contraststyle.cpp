#include "contraststyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>

#include <cmath>
#include <memory>

namespace tlens {

namespace {

constexpr double kBorderRatio = 3.3; // WCAG asks 3:1 of a control's outline; some headroom
constexpr double kTextRatio = 4.8; // and 4.5:1 of text

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

ContrastStyle::ContrastStyle(QStyle *base)
    : QProxyStyle(base)
{ }

void ContrastStyle::install()
{
    if (qobject_cast<ContrastStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new ContrastStyle(QStyleFactory::create(QApplication::style()->name())));
}

double ContrastStyle::luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double ContrastStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ContrastStyle::softened(const QColor &fg, const QList<QColor> &backgrounds, double ratio)
{
    const auto enough = [&](const QColor &c) {
        return std::all_of(backgrounds.cbegin(), backgrounds.cend(),
                           [&](const QColor &bg) { return contrast(c, bg) >= ratio; });
    };
    if (backgrounds.isEmpty() || !enough(fg))
        return fg;
    // Binary search on the way from fg to the first background: the softest colour still enough.
    double lo = 0.0;
    double hi = 1.0;
    for (int i = 0; i < 20; ++i) {
        const double t = (lo + hi) / 2;
        (enough(mix(fg, backgrounds.first(), t)) ? lo : hi) = t;
    }
    return mix(fg, backgrounds.first(), lo);
}

QColor ContrastStyle::borderColor(const QPalette &palette)
{
    // Fields and checkboxes sit on the base (tables), the window, and panels the style tints from
    // the window (tab pages, group boxes): the border must stand out from all of them.
    const QColor window = palette.color(QPalette::Window);
    return softened(palette.color(QPalette::Text),
                    { palette.color(QPalette::Base), window, palette.color(QPalette::AlternateBase),
                      palette.color(QPalette::Button), window.lighter(130), window.darker(115) },
                    kBorderRatio);
}

QPalette ContrastStyle::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    readablePlaceholder(p);
    return p;
}

QPalette ContrastStyle::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8c, 0xc8, 0xff));
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x8a, 0x8a));
    readablePlaceholder(p);
    return p;
}

void ContrastStyle::readablePlaceholder(QPalette &palette)
{
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        QColor text = palette.color(group, QPalette::Text);
        text.setAlpha(255);
        palette.setColor(group, QPalette::PlaceholderText,
                         softened(text, { palette.color(group, QPalette::Base) }, kTextRatio));
    }
}

void ContrastStyle::polish(QPalette &palette)
{
    QProxyStyle::polish(palette);
    readablePlaceholder(palette);
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    switch (element) {
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        drawCheckIndicator(option, painter);
        return;
    case PE_FrameLineEdit: {
        const bool focus = option->state & State_HasFocus;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(
            QPen(focus ? option->palette.color(QPalette::Highlight) : borderColor(option->palette), 1.0));
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->restore();
        return;
    }
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void ContrastStyle::drawCheckIndicator(const QStyleOption *option, QPainter *painter) const
{
    const QPalette &pal = option->palette;
    const int side = std::min(option->rect.width(), option->rect.height());
    QRectF box(0, 0, side, side);
    box.moveCenter(QRectF(option->rect).center());
    box.adjust(0.5, 0.5, -0.5, -0.5);
    const bool enabled = option->state & State_Enabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(pal.color(QPalette::Base));
    QColor border = borderColor(pal);
    if (!enabled)
        border = pal.color(QPalette::Disabled, QPalette::Text);
    painter->setPen(QPen(border, 1.4));
    painter->drawRoundedRect(box, 2, 2);
    const QColor mark = enabled ? pal.color(QPalette::Text) : pal.color(QPalette::Disabled, QPalette::Text);
    const QRectF inner = box.adjusted(side * 0.22, side * 0.22, -side * 0.22, -side * 0.22);
    if (option->state & State_On) {
        QPainterPath tick;
        tick.moveTo(inner.left(), inner.center().y());
        tick.lineTo(inner.left() + inner.width() * 0.4, inner.bottom());
        tick.lineTo(inner.right(), inner.top());
        painter->setPen(QPen(mark, std::max(1.6, side / 7.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
    } else if (option->state & State_NoChange) {
        painter->setPen(QPen(mark, std::max(1.6, side / 7.0), Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(inner.left(), inner.center().y()),
                          QPointF(inner.right(), inner.center().y()));
    }
    painter->restore();
}

} // namespace tlens

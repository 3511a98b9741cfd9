#include "statestyle.h"

namespace tlens {

QIcon StateStyle::stateIcon(State state)
{
    switch (state) {
    case State::Enabled:
        return QIcon(QStringLiteral(":/icons/state-collecting.svg"));
    case State::Disabled:
        return QIcon(QStringLiteral(":/icons/state-off.svg"));
    case State::Misconfigured:
        return QIcon(QStringLiteral(":/icons/state-misconfigured.svg"));
    }
    return {};
}

QIcon StateStyle::warningIcon()
{
    return QIcon(QStringLiteral(":/icons/state-warning.svg"));
}

QIcon StateStyle::appIcon()
{
    return QIcon(QStringLiteral(":/icons/telemetry-lens.svg"));
}

bool StateStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StateStyle::stateColor(State state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case State::Enabled:
        return dark ? QColor(0xff, 0x9a, 0x62) : QColor(0xb3, 0x3c, 0x0a);
    case State::Disabled:
        return dark ? QColor(0x7f, 0xd1, 0x84) : QColor(0x2e, 0x6b, 0x30);
    case State::Misconfigured:
        return dark ? QColor(0xd3, 0xa4, 0xf0) : QColor(0x7b, 0x2f, 0xa8);
    }
    return palette.color(QPalette::Text);
}

QColor StateStyle::addedBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x1f, 0x4a, 0x2a) : QColor(0xdc, 0xf5, 0xdc);
}

QColor StateStyle::removedBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5a, 0x22, 0x22) : QColor(0xfb, 0xe0, 0xe0);
}

QColor StateStyle::attentionBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4d, 0x3b, 0x12) : QColor(0xff, 0xf3, 0xcd);
}

QColor StateStyle::keyColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8c, 0xc8, 0xff) : QColor(0x0b, 0x4f, 0x9c);
}

QColor StateStyle::stringColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa5, 0xd6, 0x8a) : QColor(0x2b, 0x6e, 0x1f);
}

QColor StateStyle::numberColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x6a) : QColor(0x9a, 0x4a, 0x00);
}

QColor StateStyle::keywordColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe0, 0x9c, 0xf2) : QColor(0x80, 0x1f, 0x9e);
}

} // namespace tlens

#include "banner.h"

#include "statestyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace tlens {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close);
    hide();
}

void Banner::clearButtons()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void Banner::showMessage(const QString &message, Kind kind, const QList<QAction *> &actions)
{
    clearButtons();
    m_text->setText(message);
    setAccessibleDescription(message);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    QIcon icon;
    QPalette pal = palette();
    switch (kind) {
    case Kind::Info:
        icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
        pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
        break;
    case Kind::Success:
        icon = StateStyle::stateIcon(State::Disabled);
        pal.setColor(QPalette::Window, StateStyle::addedBackground(pal));
        break;
    case Kind::Warning:
        icon = StateStyle::warningIcon();
        pal.setColor(QPalette::Window, StateStyle::attentionBackground(pal));
        break;
    }
    setPalette(pal);
    m_icon->setPixmap(icon.pixmap(size, size));
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->text(), this);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons->addWidget(button);
    }
    show();
}

QString Banner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace tlens

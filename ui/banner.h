#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace tlens {

// A message strip above the pages: what just happened and what can be done about it ("Ray was
// turned off. [Undo]"). It stays until dismissed or replaced, so nothing important flashes by.
class Banner final : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning };

    explicit Banner(QWidget *parent = nullptr);

    // Replaces the message and its buttons; `actions` are shown as buttons after the text.
    void showMessage(const QString &text, Kind kind, const QList<QAction *> &actions = {});
    QString text() const;

private:
    void clearButtons();

    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace tlens

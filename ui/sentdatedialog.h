#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;

namespace tlens {

// Asks on which day the user sent a request they handed on themselves (a copied draft, a mail
// handed to the mail program, a saved .eml): the one-month answer period counts from that day.
// Only days from the request's creation to today can be chosen.
class SentDateDialog final : public QDialog {
    Q_OBJECT
public:
    SentDateDialog(const QString &requestLabel, const QDate &created, QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &day);
    QPushButton *okButton() const { return m_ok; }

private:
    void updateDeadline();

    QDateEdit *m_date;
    QLabel *m_deadline;
    QPushButton *m_ok;
};

} // namespace tlens

#include "sentdatedialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tlens {

SentDateDialog::SentDateDialog(const QString &requestLabel, const QDate &created, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_deadline(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("sentDateDialog"));
    setWindowTitle(tr("Mark as sent"));
    setModal(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    auto *intro = new QLabel(tr("On which day did you send %1? The vendor has one month from that day to "
                                "answer.")
                                 .arg(requestLabel),
                             this);
    intro->setWordWrap(true);
    const QDate today = QDate::currentDate();
    m_date->setObjectName(QStringLiteral("sentDate"));
    m_date->setAccessibleName(tr("The day the request was sent"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(created.isValid() && created <= today ? created : today, today);
    m_date->setDate(today);
    m_deadline->setObjectName(QStringLiteral("sentDeadline"));
    connect(m_date, &QDateEdit::dateChanged, this, &SentDateDialog::updateDeadline);

    auto *form = new QFormLayout;
    auto *dateLabel = new QLabel(tr("&Sent on:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Mark as sent"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_deadline);
    layout->addWidget(buttons);
    updateDeadline();
}

QDate SentDateDialog::date() const
{
    return m_date->date();
}

void SentDateDialog::setDate(const QDate &day)
{
    m_date->setDate(day);
}

void SentDateDialog::updateDeadline()
{
    m_deadline->setText(
        tr("The answer is due by %1.").arg(m_date->date().addMonths(1).toString(Qt::ISODate)));
}

} // namespace tlens

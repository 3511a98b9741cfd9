#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tlens {

class RequestLedger;
class RequestSender;
class RequestsModel;

// The deletion-request ledger: every request with its status and answer deadline (overdue ones
// marked with an icon and the word "overdue", not by colour alone), the exact message that was
// sent, and the actions a request allows: retry a queued one, mark one the user sent themselves
// (a draft, a mail handed to the mail program, a saved .eml) as sent on a given day, mark an
// answer, close.
class RequestsPage final : public QWidget {
    Q_OBJECT
public:
    explicit RequestsPage(QWidget *parent = nullptr);

    void setLedger(RequestLedger *ledger);
    void refresh();
    // Sends every queued HTTP request again (when the window opens, and on Retry).
    void retryWaiting();
    // Delivers one queued HTTP request (right after it was composed).
    void send(const QString &requestId);
    void selectRequest(const QString &id);

    int overdueCount() const;
    int openCount() const;
    RequestsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *markSentButton() const { return m_markSent; }
    QPushButton *markAnsweredButton() const { return m_markAnswered; }
    QPushButton *closeButton() const { return m_close; }
    QString message() const; // the page's last message, empty when none is shown

Q_SIGNALS:
    void countsChanged();

private:
    QString currentId() const;
    void showDetails();
    void updateButtons();
    void askSentDate();
    void mark(const QString &what);

    RequestLedger *m_ledger = nullptr;
    RequestSender *m_sender = nullptr;
    RequestsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_message;
    QPlainTextEdit *m_text;
    QPushButton *m_retry;
    QPushButton *m_openLink;
    QPushButton *m_copy;
    QPushButton *m_markSent;
    QPushButton *m_markAnswered;
    QPushButton *m_close;
};

} // namespace tlens

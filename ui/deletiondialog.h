#pragma once

#include "catalog/catalog.h"
#include "requests/deletiondraft.h"
#include "requests/deletionrequest.h"
#include "scan/scanresult.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tlens {

class RequestLedger;

// Composes a deletion request for one tool and one account: the account (preselected from where the
// user came from), the identifiers to quote (those of that account the tool's deletion channel
// takes; only the ones the user picked are ticked), an optional contact address, the channel, and
// a live preview of the exact message. The request is stored in the ledger before anything leaves; the
// draft and its encodings come from the core (DeletionDraft, DraftEncoder).
class DeletionDialog final : public QDialog {
    Q_OBJECT
public:
    // `account` is the user name the request is about; when empty and the scan holds several
    // accounts, the dialog asks.
    DeletionDialog(std::shared_ptr<const ScanResult> scan, const ToolSpec &tool, const QString &account,
                   const QList<Identifier> &preselected, RequestLedger *ledger, QWidget *parent = nullptr);

    void setChannel(Channel channel);
    QString account() const; // empty until one is chosen
    QStringList accounts() const; // the choices, in the combo's order
    void setAccount(const QString &name);
    QStringList candidateValues() const; // the identifiers listed for the account
    // Where an .eml is saved; when empty, a file dialog asks.
    void setEmlPath(const QString &path) { m_emlPath = path; }
    // Where the last .eml was saved.
    QString savedFile() const { return m_savedFile; }
    QStringList checkedValues() const;
    void setCheckedValues(const QStringList &values);

    QString previewText() const;
    QString errorText() const;
    QPushButton *sendButton() const { return m_send; }

Q_SIGNALS:
    // The request is in the ledger (an HTTP one still queued for the sender).
    void requestStored(const QString &requestId, tlens::Channel channel);

private:
    void fillIdentifiers();
    void updatePreview();
    void send();
    Channel currentChannel() const;
    QList<Identifier> selectedIdentifiers() const;

    std::shared_ptr<const ScanResult> m_scan;
    ToolSpec m_tool;
    RequestLedger *m_ledger;
    QString m_preselectedAccount;
    QStringList m_preselected;
    QList<Identifier> m_candidates;
    QList<Channel> m_channels;
    std::optional<DeletionDraft> m_draft;
    QString m_emlPath;
    QString m_savedFile;

    QComboBox *m_account;
    QListWidget *m_ids;
    QLineEdit *m_contact;
    QComboBox *m_channel;
    QLabel *m_endpointLabel;
    QLineEdit *m_endpoint;
    QPlainTextEdit *m_preview;
    QLabel *m_notice;
    QLabel *m_error;
    QPushButton *m_send;
};

} // namespace tlens

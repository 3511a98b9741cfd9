#pragma once

#include "catalog/catalog.h"
#include "scan/scanresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tlens {

// What a request may quote besides the identifiers, so the vendor can find the data.
struct DraftFacts {
    QStringList versions; // tool versions seen on this machine
    QDateTime firstSeen; // earliest report (UTC); invalid when unknown
    QDateTime lastSeen;
};

// A deletion request composed for one tool: recipient, subject and the exact body the user reads
// before anything leaves. It quotes the selected identifiers, the versions and report dates, and the
// contact address only when the user typed one. It must never quote a user name, host name, path
// or anything else from the machine: identifiers and versions that could carry such text are refused.
class DeletionDraft final {
    Q_DECLARE_TR_FUNCTIONS(DeletionDraft)
public:
    enum class Kind {
        Email, // mail to the vendor's address
        Issue // a new issue on the vendor's public tracker (the tool names no address)
    };

    // Returns std::nullopt and sets *error when an identifier is of a kind the tool's deletion
    // channel does not take, looks like a path or personal text, or the contact is not an address.
    static std::optional<DeletionDraft> compose(const ToolSpec &tool, const QList<Identifier> &identifiers,
                                                const DraftFacts &facts, const QString &contact,
                                                QString *error);

    // An opaque token: letters, digits, '.', '_' and '-', starting with a letter or digit, at most
    // 128 characters. Rules out paths ('/', '\', '~'), addresses and free text.
    static bool isAcceptableIdentifier(const QString &value);
    // A plain ASCII addr-spec (local@domain) without spaces, brackets or line breaks.
    static bool isValidContact(const QString &address);

    QString toolId() const { return m_toolId; }
    QString toolName() const { return m_toolName; }
    Kind kind() const { return m_kind; }
    QString recipient() const { return m_recipient; } // mail address, or the issue form URL
    QString subject() const { return m_subject; }
    QString body() const { return m_body; } // lines end with '\n'
    QString contact() const { return m_contact; }
    QList<Identifier> identifiers() const { return m_identifiers; } // kind and value only
    DraftFacts facts() const { return m_facts; }
    // A caution for the user, e.g. that an issue is public; empty when there is none.
    QString notice() const { return m_notice; }

    // Recipient, subject and body as the user sees them before sending.
    QString text() const;

private:
    DeletionDraft() = default;

    QString m_toolId;
    QString m_toolName;
    Kind m_kind = Kind::Email;
    QString m_recipient;
    QString m_subject;
    QString m_body;
    QString m_contact;
    QList<Identifier> m_identifiers;
    DraftFacts m_facts;
    QString m_notice;
};

} // namespace tlens

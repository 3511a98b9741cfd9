#include "deletiondraft.h"

#include <QRegularExpression>
#include <QVersionNumber>

namespace tlens {

namespace {

constexpr int kMaxIdentifierLength = 128;

bool isAcceptableVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^v?[0-9][0-9A-Za-z._-]{0,31}$"));
    return re.match(version).hasMatch();
}

QStringList cleanVersions(const QStringList &versions)
{
    QStringList out;
    for (const QString &v : versions) {
        // Versions come from files on the scanned machine: anything that is not a plain version
        // string could carry personal text, so it is left out rather than quoted.
        if (isAcceptableVersion(v) && !out.contains(v))
            out.append(v);
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        qsizetype suffixA = 0;
        qsizetype suffixB = 0;
        const int byNumber = QVersionNumber::compare(QVersionNumber::fromString(a, &suffixA),
                                                     QVersionNumber::fromString(b, &suffixB));
        return byNumber != 0 ? byNumber < 0 : a.mid(suffixA) < b.mid(suffixB);
    });
    return out;
}

QString day(const QDateTime &t)
{
    return t.toUTC().date().toString(Qt::ISODate);
}

} // namespace

bool DeletionDraft::isAcceptableIdentifier(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return value.size() <= kMaxIdentifierLength && re.match(value).hasMatch();
}

bool DeletionDraft::isValidContact(const QString &address)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
        "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return address.size() <= 254 && re.match(address).hasMatch();
}

std::optional<DeletionDraft> DeletionDraft::compose(const ToolSpec &tool,
                                                    const QList<Identifier> &identifiers,
                                                    const DraftFacts &facts, const QString &contact,
                                                    QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString kind = tool.deletion.identifier;
    if (kind.isEmpty() || tool.deletion.address.isEmpty())
        return fail(tr("%1 names no channel for deletion requests.").arg(tool.name));
    if (identifiers.isEmpty())
        return fail(tr("Select at least one %1 to quote in the request.").arg(kind));
    if (!contact.isEmpty() && !isValidContact(contact))
        return fail(
            tr("\"%1\" is not an e-mail address; give one like name@example.org, or none.").arg(contact));

    DeletionDraft draft;
    for (const Identifier &identifier : identifiers) {
        if (identifier.kind != kind)
            return fail(
                tr("%1 deletes data by %2; a %3 cannot be quoted.").arg(tool.name, kind, identifier.kind));
        if (!isAcceptableIdentifier(identifier.value))
            return fail(tr("The %1 found is not a plain identifier (it may contain a path or personal text) "
                           "and is not quoted: %2")
                            .arg(kind, identifier.value.left(kMaxIdentifierLength)));
        const bool seen
            = std::any_of(draft.m_identifiers.cbegin(), draft.m_identifiers.cend(),
                          [&identifier](const Identifier &i) { return i.value == identifier.value; });
        if (!seen)
            draft.m_identifiers.append(Identifier { identifier.kind, identifier.value, {}, {} });
    }

    draft.m_toolId = tool.id;
    draft.m_toolName = tool.name;
    draft.m_kind = tool.deletion.channel == QLatin1String("issue") ? Kind::Issue : Kind::Email;
    draft.m_recipient = tool.deletion.address;
    draft.m_contact = contact;
    draft.m_facts.versions = cleanVersions(facts.versions);
    draft.m_facts.firstSeen = facts.firstSeen.toUTC();
    draft.m_facts.lastSeen = facts.lastSeen.toUTC();
    draft.m_subject = tr("Request to delete %1 telemetry data").arg(tool.name);

    const int n = int(draft.m_identifiers.size());
    QString body;
    if (draft.m_kind == Kind::Email) {
        body += tr("Hello,") + QLatin1String("\n\n");
        // No count is shown, so singular and plural are two sentences rather than a %n form.
        body
            += (n == 1
                    ? tr("%1 sent usage statistics (telemetry) from my installation. Under Article 17 of the "
                         "GDPR, "
                         "I ask you to erase all data you hold that is linked to the following identifier:")
                    : tr("%1 sent usage statistics (telemetry) from my installation. Under Article 17 of the "
                         "GDPR, "
                         "I ask you to erase all data you hold that is linked to the following identifiers:"))
                   .arg(tool.name)
            + QLatin1String("\n\n");
    } else {
        body
            += (n == 1 ? tr(
                    "%1 sent usage telemetry from my installation. Please delete all telemetry data recorded "
                    "under the following identifier:")
                       : tr("%1 sent usage telemetry from my installation. Please delete all telemetry data "
                            "recorded "
                            "under the following identifiers:"))
                   .arg(tool.name)
            + QLatin1String("\n\n");
    }
    for (const Identifier &identifier : std::as_const(draft.m_identifiers))
        body += QLatin1String("  ") + identifier.kind + QLatin1String(": ") + identifier.value
            + QLatin1Char('\n');
    body += QLatin1Char('\n');
    if (!draft.m_facts.versions.isEmpty())
        body += tr("%1 versions seen: %2").arg(tool.name, draft.m_facts.versions.join(QLatin1String(", ")))
            + QLatin1Char('\n');
    const QDateTime first = draft.m_facts.firstSeen;
    const QDateTime last = draft.m_facts.lastSeen.isValid() ? draft.m_facts.lastSeen : first;
    if (first.isValid()) {
        body += (day(first) == day(last) ? tr("Data recorded on %1 (UTC)").arg(day(first))
                                         : tr("Data recorded from %1 to %2 (UTC)").arg(day(first), day(last)))
            + QLatin1Char('\n');
    }
    if (!draft.m_facts.versions.isEmpty() || first.isValid())
        body += QLatin1Char('\n');
    if (draft.m_kind == Kind::Email) {
        body += tr("Please confirm the erasure, or tell me why it is not possible, within one month of "
                   "receiving "
                   "this request (Article 12(3) GDPR).")
            + QLatin1Char('\n');
        if (!contact.isEmpty())
            body += tr("Please send your answer to %1.").arg(contact) + QLatin1Char('\n');
        body += QLatin1Char('\n') + tr("Thank you.") + QLatin1Char('\n');
    } else {
        body += tr("Please confirm here when the data has been deleted. Thank you.") + QLatin1Char('\n');
        if (!contact.isEmpty())
            body += tr("Contact: %1").arg(contact) + QLatin1Char('\n');
        draft.m_notice = contact.isEmpty()
            ? tr("The issue will be public: anyone can read the identifiers it quotes.")
            : tr("The issue will be public: anyone can read the identifiers and the contact address it "
                 "quotes.");
    }
    draft.m_body = body;
    return draft;
}

QString DeletionDraft::text() const
{
    const QString head
        = m_kind == Kind::Email ? tr("To: %1").arg(m_recipient) : tr("New issue at: %1").arg(m_recipient);
    return head + QLatin1Char('\n') + tr("Subject: %1").arg(m_subject) + QLatin1String("\n\n") + m_body;
}

} // namespace tlens

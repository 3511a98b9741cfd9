#include "deletiondialog.h"

#include "common/privatefile.h"
#include "requests/deletioncandidates.h"
#include "requests/draftencoder.h"
#include "requests/requestledger.h"
#include "requests/requestsender.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QUuid>
#include <QVBoxLayout>

namespace tlens {

namespace {

QString channelText(Channel c)
{
    switch (c) {
    case Channel::Print:
        return DeletionDialog::tr("Copy the text — I send it myself");
    case Channel::Mailto:
        return DeletionDialog::tr("Open in my mail program");
    case Channel::Eml:
        return DeletionDialog::tr("Save as an e-mail file (.eml)");
    case Channel::Issue:
        return DeletionDialog::tr("Open a prefilled issue on the tracker");
    case Channel::Http:
        return DeletionDialog::tr("Send to my organisation's privacy endpoint (HTTPS)");
    }
    return {};
}

QString sendText(Channel c)
{
    switch (c) {
    case Channel::Print:
        return DeletionDialog::tr("&Copy and record");
    case Channel::Mailto:
        return DeletionDialog::tr("&Open mail program");
    case Channel::Eml:
        return DeletionDialog::tr("&Save message…");
    case Channel::Issue:
        return DeletionDialog::tr("&Open issue form");
    case Channel::Http:
        return DeletionDialog::tr("&Send");
    }
    return {};
}

} // namespace

DeletionDialog::DeletionDialog(std::shared_ptr<const ScanResult> scan, const ToolSpec &tool,
                               const QString &account, const QList<Identifier> &preselected,
                               RequestLedger *ledger, QWidget *parent)
    : QDialog(parent)
    , m_scan(std::move(scan))
    , m_tool(tool)
    , m_ledger(ledger)
    , m_preselectedAccount(account)
    , m_account(new QComboBox(this))
    , m_ids(new QListWidget(this))
    , m_contact(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_endpointLabel(new QLabel(tr("&Endpoint:"), this))
    , m_endpoint(new QLineEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_send(nullptr)
{
    setObjectName(QStringLiteral("deletionDialog"));
    setWindowTitle(tr("Request deletion — %1").arg(tool.name));
    setModal(true);
    resize(820, 640);

    for (const Identifier &id : preselected)
        m_preselected.append(id.value);
    m_account->setObjectName(QStringLiteral("deletionAccount"));
    m_account->setAccessibleName(tr("The account whose data the request is about"));
    for (const UserScan &user : m_scan->users)
        m_account->addItem(tr("%1 (%2)").arg(user.account.name, user.account.home), user.account.name);
    m_account->setPlaceholderText(tr("Choose the account…"));
    int accountIndex = m_account->findData(account);
    if (accountIndex < 0 && m_account->count() == 1)
        accountIndex = 0;
    m_account->setCurrentIndex(accountIndex);
    m_account->setEnabled(m_account->count() > 1);
    fillIdentifiers();
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        fillIdentifiers();
        updatePreview();
    });
    m_ids->setObjectName(QStringLiteral("deletionIdentifiers"));
    m_ids->setAccessibleName(tr("Identifiers to quote"));
    m_ids->setMaximumHeight(140);
    connect(m_ids, &QListWidget::itemChanged, this, &DeletionDialog::updatePreview);

    m_contact->setPlaceholderText(tr("optional — the only personal detail the message would contain"));
    m_contact->setAccessibleName(tr("Your e-mail address for the answer"));
    connect(m_contact, &QLineEdit::textChanged, this, &DeletionDialog::updatePreview);

    const bool issueTool = tool.deletion.channel == QLatin1String("issue");
    m_channels = issueTool ? QList<Channel> { Channel::Issue, Channel::Print, Channel::Http }
                           : QList<Channel> { Channel::Mailto, Channel::Eml, Channel::Print, Channel::Http };
    for (Channel c : std::as_const(m_channels))
        m_channel->addItem(channelText(c), int(c));
    m_channel->setAccessibleName(tr("How the request leaves"));
    connect(m_channel, &QComboBox::currentIndexChanged, this, &DeletionDialog::updatePreview);
    m_endpoint->setPlaceholderText(QStringLiteral("https://privacy.example.org/deletion-requests"));
    m_endpoint->setAccessibleName(tr("Privacy endpoint address"));
    m_endpointLabel->setBuddy(m_endpoint);
    connect(m_endpoint, &QLineEdit::textChanged, this, &DeletionDialog::updatePreview);

    m_preview->setObjectName(QStringLiteral("deletionPreview"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("The exact message"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTabChangesFocus(true);
    m_notice->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("deletionError"));

    auto *intro = new QLabel(
        issueTool ? tr("%1 names no address for deletion requests; the request becomes a public issue on its "
                       "tracker quoting the %2.")
                        .arg(tool.name, tool.deletion.identifier)
                  : tr("%1 deletes collected data when asked at %2 with the %3 values. Nothing leaves before "
                       "you confirm, and the message names no user, host or path.")
                        .arg(tool.name, tool.deletion.address, tool.deletion.identifier),
        this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *accountLabel = new QLabel(tr("Acco&unt:"), this);
    accountLabel->setBuddy(m_account);
    form->addRow(accountLabel, m_account);
    auto *idsLabel = new QLabel(tr("&Identifiers:"), this);
    idsLabel->setBuddy(m_ids);
    form->addRow(idsLabel, m_ids);
    auto *contactLabel = new QLabel(tr("Your &address:"), this);
    contactLabel->setBuddy(m_contact);
    form->addRow(contactLabel, m_contact);
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    form->addRow(channelLabel, m_channel);
    form->addRow(m_endpointLabel, m_endpoint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(sendText(m_channels.first()), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &DeletionDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *previewLabel = new QLabel(tr("&Preview of the exact message:"), this);
    previewLabel->setBuddy(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updatePreview();
}

void DeletionDialog::fillIdentifiers()
{
    const QSignalBlocker blocker(m_ids);
    m_ids->clear();
    const QString name = account();
    m_candidates
        = name.isEmpty() ? QList<Identifier>() : DeletionCandidates::identifiers(*m_scan, m_tool, name);
    for (const Identifier &id : std::as_const(m_candidates)) {
        auto *item
            = new QListWidgetItem(id.value + QStringLiteral("  (") + id.kind + QLatin1Char(')'), m_ids);
        item->setData(Qt::UserRole, id.value);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Only what the user picked is ticked, and only for the account it was picked in.
        const bool picked = name == m_preselectedAccount && m_preselected.contains(id.value);
        item->setCheckState(picked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(id.reveals);
    }
}

QString DeletionDialog::account() const
{
    return m_account->currentIndex() >= 0 ? m_account->currentData().toString() : QString();
}

QStringList DeletionDialog::accounts() const
{
    QStringList out;
    for (int i = 0; i < m_account->count(); ++i)
        out.append(m_account->itemData(i).toString());
    return out;
}

void DeletionDialog::setAccount(const QString &name)
{
    m_account->setCurrentIndex(m_account->findData(name));
}

QStringList DeletionDialog::candidateValues() const
{
    QStringList out;
    for (const Identifier &id : m_candidates)
        out.append(id.value);
    return out;
}

Channel DeletionDialog::currentChannel() const
{
    return Channel(m_channel->currentData().toInt());
}

void DeletionDialog::setChannel(Channel channel)
{
    const int index = m_channel->findData(int(channel));
    if (index >= 0)
        m_channel->setCurrentIndex(index);
}

QStringList DeletionDialog::checkedValues() const
{
    QStringList out;
    for (int i = 0; i < m_ids->count(); ++i) {
        if (m_ids->item(i)->checkState() == Qt::Checked)
            out.append(m_ids->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

void DeletionDialog::setCheckedValues(const QStringList &values)
{
    for (int i = 0; i < m_ids->count(); ++i)
        m_ids->item(i)->setCheckState(
            values.contains(m_ids->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

QList<Identifier> DeletionDialog::selectedIdentifiers() const
{
    const QStringList values = checkedValues();
    QList<Identifier> out;
    for (const Identifier &id : m_candidates) {
        if (values.contains(id.value))
            out.append(id);
    }
    return out;
}

QString DeletionDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString DeletionDialog::errorText() const
{
    return m_error->text();
}

void DeletionDialog::updatePreview()
{
    const Channel channel = currentChannel();
    m_endpoint->setVisible(channel == Channel::Http);
    m_endpointLabel->setVisible(channel == Channel::Http);
    m_send->setText(sendText(channel));
    QString error;
    const QList<Identifier> ids = selectedIdentifiers();
    const QString contact = m_contact->text().trimmed();
    m_draft.reset();
    if (account().isEmpty())
        error = tr("Choose the account whose data the request is about.");
    else if (m_candidates.isEmpty())
        error = tr("No %1 was found for %2, so there is nothing to quote.")
                    .arg(m_tool.deletion.identifier, account());
    else if (ids.isEmpty())
        error = tr("Check at least one identifier.");
    else if (!contact.isEmpty() && !DeletionDraft::isValidContact(contact))
        error = tr("\"%1\" is not an e-mail address; give one like name@example.org, or leave it empty.")
                    .arg(contact);
    else
        m_draft = DeletionDraft::compose(
            m_tool, ids, DeletionCandidates::facts(*m_scan, m_tool, ids, account()), contact, &error);
    if (m_draft && channel == Channel::Http) {
        const QString url = m_endpoint->text().trimmed();
        if (url.isEmpty())
            error = tr("Give the https:// address of your organisation's privacy endpoint.");
        else
            RequestSender::checkEndpoint(QUrl(url, QUrl::StrictMode), &error);
    }
    if (m_draft && (channel == Channel::Mailto || channel == Channel::Issue)) {
        const QUrl link = channel == Channel::Mailto ? DraftEncoder::mailtoUrl(*m_draft, &error)
                                                     : DraftEncoder::issueUrl(*m_draft, &error);
        if (!link.isValid() && error.isEmpty())
            error = tr("The message is too long for a link; save it as an .eml file or copy it instead.");
    }
    m_preview->setPlainText(m_draft ? m_draft->text() : QString());
    m_notice->setText(m_draft ? m_draft->notice() : QString());
    m_notice->setVisible(!m_notice->text().isEmpty());
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_send->setEnabled(m_draft.has_value() && error.isEmpty() && m_ledger && m_ledger->isOpen());
}

void DeletionDialog::send()
{
    updatePreview();
    if (!m_send->isEnabled() || !m_draft)
        return;
    const Channel channel = currentChannel();
    const DeletionDraft &draft = *m_draft;
    DeletionRequest request;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.toolId = m_tool.id;
    request.account = account();
    request.channel = channel;
    request.endpoint = channel == Channel::Http ? m_endpoint->text().trimmed() : QString();
    request.recipient = draft.recipient();
    request.identifiers = draft.identifiers();
    request.contact = draft.contact();
    request.subject = draft.subject();
    request.body = draft.body();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;

    switch (channel) {
    case Channel::Print:
        QApplication::clipboard()->setText(draft.text());
        request.status = RequestStatus::Draft;
        break;
    case Channel::Http:
        // Stored before anything leaves; the sender claims it from the ledger.
        request.status = RequestStatus::Queued;
        break;
    case Channel::Eml: {
        QString path = m_emlPath;
        if (path.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            path = QFileDialog::getSaveFileName(this, tr("Save the deletion request"),
                                                dir + QStringLiteral("/deletion-request-") + m_tool.id
                                                    + QStringLiteral(".eml"),
                                                tr("E-mail message (*.eml)"));
            if (path.isEmpty())
                return;
        }
        const QByteArray message = DraftEncoder::emlMessage(draft, request.id, now);
        if (!PrivateFile::write(path, message, &error)) {
            m_error->setText(tr("Could not write %1: %2. Choose another place.").arg(path, error));
            m_error->show();
            return;
        }
        // Saved is not sent: the user sends it from their mail program and says so.
        request.status = RequestStatus::Saved;
        request.handedAt = now;
        m_savedFile = path;
        break;
    }
    case Channel::Mailto:
    case Channel::Issue: {
        const QUrl link = channel == Channel::Mailto ? DraftEncoder::mailtoUrl(draft, &error)
                                                     : DraftEncoder::issueUrl(draft, &error);
        if (!link.isValid()) {
            m_error->setText(error);
            m_error->show();
            return;
        }
        if (!QDesktopServices::openUrl(link)) {
            m_error->setText(
                tr("No program could open the link. Copy the text instead, or save it as an .eml file."));
            m_error->show();
            return;
        }
        request.status = RequestStatus::Handed;
        request.handedAt = now;
        break;
    }
    }
    if (!m_ledger->add(request, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    Q_EMIT requestStored(request.id, channel);
    accept();
}

} // namespace tlens

#include "requestspage.h"

#include "requests/draftencoder.h"

#include <QDesktopServices>

#include "copysupport.h"
#include "decoratingproxy.h"
#include "sentdatedialog.h"
#include "statestyle.h"

#include "catalog/catalog.h"
#include "models/requestsmodel.h"
#include "requests/requestledger.h"
#include "requests/requestsender.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tlens {

RequestsPage::RequestsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new RequestsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_retry(new QPushButton(tr("&Retry sending"), this))
    , m_openLink(new QPushButton(tr("&Open link"), this))
    , m_copy(new QPushButton(tr("&Copy message"), this))
    , m_markSent(new QPushButton(tr("Mark as &sent…"), this))
    , m_markAnswered(new QPushButton(tr("Mark as &answered"), this))
    , m_close(new QPushButton(tr("C&lose request"), this))
{
    setObjectName(QStringLiteral("requestsPage"));
    auto *title = new QLabel(tr("Deletion requests"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_summary->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *decorated = new DecoratingProxy(
        [](const QModelIndex &source, int role) -> QVariant {
            const bool overdue = source.data(RequestsModel::OverdueRole).toBool();
            if (!overdue)
                return {};
            if (role == Qt::DecorationRole && source.column() == RequestsModel::StatusColumn)
                return StateStyle::warningIcon();
            if (role == Qt::FontRole) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            if (role == Qt::BackgroundRole)
                return StateStyle::attentionBackground(QApplication::palette());
            return {};
        },
        this);
    decorated->setSourceModel(m_model);
    m_sorted->setSourceModel(decorated);
    m_sorted->setSortRole(RequestsModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_table->setAccessibleName(tr("Deletion requests and their deadlines"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestsModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A Ray request may quote dozens of session ids: that column is elided (the tooltip has them all)
    // so the deadline stays in view.
    m_table->horizontalHeader()->setSectionResizeMode(RequestsModel::IdentifiersColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(
        RequestsModel::IdentifiersColumn, m_table->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    m_table->horizontalHeader()->setSectionResizeMode(RequestsModel::ErrorColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    CopySupport::install(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsPage::showDetails);

    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("requestText"));
    m_text->setAccessibleName(tr("The request's exact message"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);

    m_retry->setToolTip(tr("Send a request that could not reach its endpoint again"));
    m_markSent->setToolTip(tr("You sent it yourself (from your mail program, the issue form, or a copy of "
                              "the text): give the day, and the one-month answer period starts from it"));
    m_markAnswered->setToolTip(tr("The vendor answered"));
    m_close->setToolTip(tr("Stop following this request up"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_sender && !currentId().isEmpty())
            m_sender->send(currentId());
    });
    m_openLink->setToolTip(tr("Open the request's mail or issue link again in your mail program or browser"));
    connect(m_openLink, &QPushButton::clicked, this, [this] {
        if (!m_ledger || currentId().isEmpty())
            return;
        const std::optional<DeletionRequest> request = m_ledger->find(currentId());
        QString error;
        const QUrl link = request ? DraftEncoder::linkFor(*request, &error) : QUrl();
        if (!link.isValid() || !QDesktopServices::openUrl(link)) {
            m_message->setText(
                error.isEmpty() ? tr("No program could open the link; use Copy message instead.") : error);
            m_message->show();
        }
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(m_markSent, &QPushButton::clicked, this, &RequestsPage::askSentDate);
    connect(m_markAnswered, &QPushButton::clicked, this, [this] { mark(QStringLiteral("answered")); });
    connect(m_close, &QPushButton::clicked, this, [this] { mark(QStringLiteral("closed")); });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_retry, m_openLink, m_copy, m_markSent, m_markAnswered, m_close })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(buttons);
    bottomLayout->addWidget(m_text, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    updateButtons();
}

void RequestsPage::setLedger(RequestLedger *ledger)
{
    m_ledger = ledger;
    delete m_sender;
    m_sender = nullptr;
    if (ledger && ledger->isOpen()) {
        m_sender = new RequestSender(*ledger, this);
        connect(m_sender, &RequestSender::attemptFailed, this,
                [this](const QString &id, int attempt, const QString &error) {
                    m_message->setText(tr("Request %1: attempt %2 failed (%3); trying again.")
                                           .arg(id.left(8))
                                           .arg(attempt)
                                           .arg(error));
                    m_message->show();
                });
        connect(m_sender, &RequestSender::finished, this,
                [this](const QString &id, RequestStatus status, const QString &error) {
                    switch (status) {
                    case RequestStatus::Delivered:
                        m_message->setText(tr("Request %1 was delivered.").arg(id.left(8)));
                        break;
                    case RequestStatus::Queued:
                        m_message->setText(tr("Request %1 could not be delivered now (%2); it stays queued "
                                              "and is tried again when the "
                                              "window next opens, or with Retry.")
                                               .arg(id.left(8), error));
                        break;
                    case RequestStatus::Failed:
                        m_message->setText(tr("The endpoint refused request %1: %2").arg(id.left(8), error));
                        break;
                    default:
                        m_message->setText(error);
                        break;
                    }
                    m_message->setVisible(!m_message->text().isEmpty());
                    refresh();
                });
    }
    refresh();
}

void RequestsPage::retryWaiting()
{
    if (m_sender && m_ledger && !m_ledger->waiting().isEmpty())
        m_sender->sendWaiting();
}

void RequestsPage::send(const QString &requestId)
{
    if (m_sender)
        m_sender->send(requestId);
}

void RequestsPage::refresh()
{
    const QString keep = currentId();
    m_model->setRequests(m_ledger && m_ledger->isOpen() ? m_ledger->all() : QList<DeletionRequest>());
    if (m_model->rowCount() == 0)
        m_summary->setText(
            tr("No deletion request yet. Open a tool, check identifiers in its Identifiers tab and choose "
               "\"Request deletion\"."));
    else
        m_summary->setText(
            tr("%n request(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
            + tr("%n waiting for an answer or delivery", nullptr, m_model->openCount())
            + QStringLiteral(" · ")
            + tr("%n overdue (no answer within the month the GDPR allows)", nullptr, m_model->overdueCount())
            + (m_model->unsentCount() > 0 ? QStringLiteral(" · ")
                       + tr("%n not marked as sent yet (nothing counts down until then)", nullptr,
                            m_model->unsentCount())
                                          : QString()));
    if (!keep.isEmpty())
        selectRequest(keep);
    else if (m_sorted->rowCount() > 0)
        m_table->setCurrentIndex(m_sorted->index(0, 0));
    showDetails();
    Q_EMIT countsChanged();
}

void RequestsPage::selectRequest(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex source = m_model->index(row, 0);
    const auto *decorated = static_cast<QAbstractProxyModel *>(m_sorted->sourceModel());
    const QModelIndex index = m_sorted->mapFromSource(decorated->mapFromSource(source));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

int RequestsPage::overdueCount() const
{
    return m_model->overdueCount();
}

int RequestsPage::openCount() const
{
    return m_model->openCount();
}

QString RequestsPage::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString RequestsPage::currentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(RequestsModel::RequestIdRole).toString() : QString();
}

void RequestsPage::showDetails()
{
    const int row = m_model->rowOf(currentId());
    if (row < 0) {
        m_text->clear();
        updateButtons();
        return;
    }
    const DeletionRequest &r = m_model->request(row);
    QString text = tr("To: %1").arg(r.recipient) + QLatin1Char('\n');
    if (!r.endpoint.isEmpty())
        text += tr("Endpoint: %1").arg(r.endpoint) + QLatin1Char('\n');
    text += tr("Subject: %1").arg(r.subject) + QStringLiteral("\n\n") + r.body;
    if (!r.lastError.isEmpty())
        text += (text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n"))
            + tr("Last error: %1").arg(r.lastError);
    if (!r.note.isEmpty())
        text += QLatin1Char('\n') + tr("Note: %1").arg(r.note);
    m_text->setPlainText(text);
    updateButtons();
}

void RequestsPage::updateButtons()
{
    const int row = m_model->rowOf(currentId());
    const bool have = row >= 0;
    const RequestStatus s = have ? m_model->request(row).status : RequestStatus::Closed;
    const bool http = have && m_model->request(row).channel == Channel::Http;
    m_retry->setEnabled(have && http && s == RequestStatus::Queued && m_sender
                        && !m_sender->isSending(currentId()));
    const Channel channel = have ? m_model->request(row).channel : Channel::Print;
    m_openLink->setEnabled(have && (channel == Channel::Mailto || channel == Channel::Issue));
    m_copy->setEnabled(have);
    m_markSent->setEnabled(have && awaitsSending(s));
    m_markAnswered->setEnabled(have && (s == RequestStatus::Sent || s == RequestStatus::Delivered));
    m_close->setEnabled(have && s != RequestStatus::Closed);
}

void RequestsPage::askSentDate()
{
    const int row = m_model->rowOf(currentId());
    if (!m_ledger || row < 0)
        return;
    const DeletionRequest request = m_model->request(row);
    const ToolSpec *spec = Catalog::instance().tool(request.toolId);
    const QString label = tr("the %1 request %2").arg(spec ? spec->name : request.toolId, request.shortId());
    auto *dialog = new SentDateDialog(label, request.createdAt.toLocalTime().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, request] {
        QString error;
        const QDateTime at = request.sentMoment(dialog->date(), QDateTime::currentDateTimeUtc(), &error);
        const bool ok = at.isValid() && m_ledger->markSent(request.id, at, &error);
        if (ok) {
            const std::optional<DeletionRequest> now = m_ledger->find(request.id);
            m_message->setText(
                tr("Request %1 is recorded as sent on %2; the answer is due by %3.")
                    .arg(request.shortId(), QLocale().toString(dialog->date(), QLocale::ShortFormat),
                         now ? QLocale().toString(now->deadline.toLocalTime().date(), QLocale::ShortFormat)
                             : QString()));
        } else {
            m_message->setText(error);
        }
        m_message->show();
        refresh();
    });
    dialog->open();
}

void RequestsPage::mark(const QString &what)
{
    const QString id = currentId();
    if (!m_ledger || id.isEmpty())
        return;
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool ok = false;
    if (what == QLatin1String("answered"))
        ok = m_ledger->markAnswered(id, now, {}, &error);
    else
        ok = m_ledger->markClosed(id, now, {}, &error);
    const std::optional<DeletionRequest> changed = ok ? m_ledger->find(id) : std::nullopt;
    m_message->setText(changed ? tr("Request %1: %2.").arg(changed->shortId(), changed->statusText())
                               : error);
    m_message->setVisible(!m_message->text().isEmpty());
    refresh();
}

} // namespace tlens

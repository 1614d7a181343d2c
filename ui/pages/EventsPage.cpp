#include "ui/pages/EventsPage.h"

#include "core/inventory/ConnectionEventRepository.h"
#include "core/inventory/InventoryThread.h"
#include "ui/AsyncInventory.h"
#include "ui/FleetConnections.h"
#include "ui/Tr.h"
#include "ui/models/AuditLogModel.h"
#include "ui/models/ConnectionEventModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

namespace {
void setUpEventTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

EventsPage::EventsPage(AsyncInventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_model(new AuditLogModel(inventory, this))
    , m_titleLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(this))
    , m_verifyButton(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_connectionModel(new ConnectionEventModel(this))
    , m_connectionProxy(new QSortFilterProxyModel(this))
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_refreshButton->setObjectName(u"refreshButton"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"eventTabs"_s);
    m_tabs->addTab(buildAuditTab(), QString());
    m_tabs->addTab(buildConnectionsTab(), QString());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_titleLabel);
    bar->addStretch(1);
    bar->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &EventsPage::reload);
    connect(m_verifyButton, &QPushButton::clicked, this, &EventsPage::verifyChain);
    connect(&inventory.thread(), &inventory::InventoryThread::auditAppended, m_model,
        &AuditLogModel::fetchNewest);
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const QString &message) {
        m_resultLabel->setText(Tr::tr("Could not read the audit log: %1").arg(message));
    });
    retranslateUi();
}

QWidget *EventsPage::buildAuditTab()
{
    auto *tab = new QWidget(this);
    m_resultLabel->setObjectName(u"verifyResultLabel"_s);
    m_resultLabel->setWordWrap(true);
    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_view->setObjectName(u"auditTable"_s);
    m_view->setModel(m_model);
    setUpEventTable(m_view);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    m_view->setColumnWidth(AuditLogModel::TimeColumn, 15 * em);
    m_view->setColumnWidth(AuditLogModel::ActorColumn, 14 * em);
    m_view->setColumnWidth(AuditLogModel::ActionColumn, 9 * em);
    m_view->setColumnWidth(AuditLogModel::SubjectColumn, 14 * em);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_resultLabel, 1);
    bar->addWidget(m_verifyButton);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    return tab;
}

QWidget *EventsPage::buildConnectionsTab()
{
    auto *tab = new QWidget(this);
    m_connectionProxy->setSourceModel(m_connectionModel);
    m_connectionProxy->setFilterKeyColumn(ConnectionEventModel::NodeColumn);
    m_connectionProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_nodeFilterEdit = new QLineEdit(tab);
    m_nodeFilterEdit->setObjectName(u"nodeFilterEdit"_s);
    m_nodeFilterEdit->setClearButtonEnabled(true);
    connect(m_nodeFilterEdit, &QLineEdit::textChanged, m_connectionProxy,
        &QSortFilterProxyModel::setFilterFixedString);
    m_connectionView = new QTableView(tab);
    m_connectionView->setObjectName(u"connectionTable"_s);
    m_connectionView->setModel(m_connectionProxy);
    setUpEventTable(m_connectionView);
    const int em = m_connectionView->fontMetrics().horizontalAdvance(u'M');
    m_connectionView->setColumnWidth(ConnectionEventModel::TimeColumn, 15 * em);
    m_connectionView->setColumnWidth(ConnectionEventModel::NodeColumn, 14 * em);
    m_connectionView->setColumnWidth(ConnectionEventModel::EventColumn, 12 * em);
    m_connectionView->setColumnWidth(ConnectionEventModel::StateColumn, 12 * em);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_nodeFilterEdit);
    layout->addWidget(m_connectionView, 1);
    return tab;
}

void EventsPage::setConnections(FleetConnections *connections)
{
    connect(connections, &FleetConnections::connectionEvent, m_connectionModel,
        &ConnectionEventModel::addEvent);
}

void EventsPage::reload()
{
    m_model->reload();
    reloadConnectionEvents();
}

namespace {
constexpr int kConnectionHistoryRows = 2000;

ConnectionEvent fromRecord(const inventory::ConnectionEventRecord &record)
{
    using fleet::ConnectionEventKind;
    ConnectionEvent event { record.nodeId, record.nodeName, record.at,
        fleet::nodeStateFromName(record.state).value_or(fleet::NodeState::Unknown), record.reason,
        ConnectionEventKind::Connected };
    for (const auto kind : { ConnectionEventKind::Connected, ConnectionEventKind::Reconnected,
             ConnectionEventKind::Degraded, ConnectionEventKind::Lost,
             ConnectionEventKind::HostKeyRefused, ConnectionEventKind::Disconnected }) {
        if (fleet::connectionEventKindName(kind) == record.kind)
            event.kind = kind;
    }
    return event;
}
} // namespace

void EventsPage::reloadConnectionEvents()
{
    using Records = Result<QList<inventory::ConnectionEventRecord>>;
    const int generation = ++m_connectionGeneration;
    m_inventory.thread().submit<Records>(
        this,
        [](inventory::Database &db) {
            return inventory::ConnectionEventRepository(db).list(kConnectionHistoryRows);
        },
        [this, generation](Records records) {
            if (generation != m_connectionGeneration)
                return;
            if (!records) {
                Q_EMIT activity(Tr::tr("Could not read the connection events: %1")
                                    .arg(records.error().toString()));
                return;
            }
            QList<ConnectionEvent> events;
            events.reserve(records->size());
            for (const inventory::ConnectionEventRecord &record : *records)
                events << fromRecord(record);
            // Live events newer than what was stored when the read ran are not in it yet.
            const QDateTime stored = events.isEmpty() ? QDateTime() : events.first().at;
            for (int row = 0; row < m_connectionModel->rowCount(); ++row) {
                const ConnectionEvent &live = m_connectionModel->eventAt(row);
                if (stored.isValid() && live.at <= stored)
                    break;
                events << live;
            }
            m_connectionModel->setEvents(std::move(events));
        });
}

void EventsPage::verifyChain()
{
    m_verifyButton->setEnabled(false);
    m_resultLabel->setText(Tr::tr("Verifying the audit chain…"));
    m_inventory.verifyAudit(this, [this](Result<inventory::AuditVerification> result) {
        m_verifyButton->setEnabled(true);
        if (!result) {
            m_resultLabel->setText(
                Tr::tr("Could not verify the audit log: %1").arg(result.error().toString()));
            Q_EMIT verified(false);
            return;
        }
        if (!result->firstBrokenId) {
            m_resultLabel->setText(Tr::tr("The audit chain is intact: %n row(s) checked.", nullptr,
                int(result->rowsChecked)));
            Q_EMIT activity(m_resultLabel->text());
            Q_EMIT verified(true);
            return;
        }
        const qint64 broken = *result->firstBrokenId;
        m_resultLabel->setText(Tr::tr("The audit chain is broken at row %1: %2. Rows from there "
                                      "on cannot be trusted; restore the inventory from a backup.")
                                   .arg(broken)
                                   .arg(result->problem));
        if (const int row = m_model->rowOfId(broken); row >= 0)
            m_view->selectRow(row);
        Q_EMIT activity(m_resultLabel->text());
        Q_EMIT verified(false);
    });
}

void EventsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EventsPage::retranslateUi()
{
    m_titleLabel->setText(Tr::tr("Events"));
    m_tabs->setTabText(0, Tr::tr("Audit log"));
    m_tabs->setTabText(1, Tr::tr("Connections"));
    m_nodeFilterEdit->setPlaceholderText(Tr::tr("Filter by node"));
    m_connectionModel->retranslate();
    m_refreshButton->setText(Tr::tr("Refresh"));
    m_verifyButton->setText(Tr::tr("Verify chain"));
    m_verifyButton->setToolTip(Tr::tr("Check that no audit row was changed or deleted"));
    m_model->retranslate();
}

} // namespace fleetdeck::ui

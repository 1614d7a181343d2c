#include "ui/pages/EventsPage.h"

#include "core/inventory/InventoryThread.h"
#include "ui/AsyncInventory.h"
#include "ui/Tr.h"
#include "ui/models/AuditLogModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

EventsPage::EventsPage(AsyncInventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_model(new AuditLogModel(inventory, this))
    , m_titleLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(this))
    , m_verifyButton(new QPushButton(this))
    , m_view(new QTableView(this))
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_resultLabel->setObjectName(u"verifyResultLabel"_s);
    m_resultLabel->setWordWrap(true);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_verifyButton->setObjectName(u"verifyButton"_s);

    m_view->setObjectName(u"auditTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    m_view->setColumnWidth(AuditLogModel::TimeColumn, 15 * em);
    m_view->setColumnWidth(AuditLogModel::ActorColumn, 14 * em);
    m_view->setColumnWidth(AuditLogModel::ActionColumn, 9 * em);
    m_view->setColumnWidth(AuditLogModel::SubjectColumn, 14 * em);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_titleLabel);
    bar->addStretch(1);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_verifyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(bar);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_view, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &EventsPage::reload);
    connect(m_verifyButton, &QPushButton::clicked, this, &EventsPage::verifyChain);
    connect(&inventory.thread(), &inventory::InventoryThread::auditAppended, m_model,
        &AuditLogModel::fetchNewest);
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const QString &message) {
        m_resultLabel->setText(Tr::tr("Could not read the audit log: %1").arg(message));
    });
    retranslateUi();
}

void EventsPage::reload()
{
    m_model->reload();
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
    m_refreshButton->setText(Tr::tr("Refresh"));
    m_verifyButton->setText(Tr::tr("Verify chain"));
    m_verifyButton->setToolTip(Tr::tr("Check that no audit row was changed or deleted"));
    m_model->retranslate();
}

} // namespace fleetdeck::ui

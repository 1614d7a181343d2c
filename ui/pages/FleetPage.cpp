#include "ui/pages/FleetPage.h"

#include "core/common/Log.h"
#include "ui/AsyncInventory.h"
#include "ui/FleetConnections.h"
#include "ui/Tr.h"
#include "ui/dialogs/HostKeyDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/NodeDialog.h"
#include "ui/models/NodeFilterProxyModel.h"
#include "ui/models/NodeTableModel.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/NodeDetailPane.h"
#include "ui/widgets/SummaryTile.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using fleet::NodeState;
using inventory::Node;
using inventory::Tier;

FleetPage::FleetPage(AsyncInventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_model(new NodeTableModel(this))
    , m_proxy(new NodeFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    createActions();
    buildUi();
    retranslateUi();

    connect(m_model, &NodeTableModel::contentsChanged, this, [this] {
        updateSummary();
        updateSiteFilter();
        updateCountLabel();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FleetPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FleetPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FleetPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FleetPage::updateCountLabel);
    connect(m_proxy, &NodeFilterProxyModel::filtersChanged, this, [this] {
        updateCountLabel();
        syncTilesToFilters();
    });
    connect(m_model, &NodeTableModel::statesChanged, this, &FleetPage::updateConnectedTile);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &FleetPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FleetPage::updateDetailPane);
    connect(m_detailPane, &NodeDetailPane::hostKeyDetailsRequested, this,
        &FleetPage::showHostKeyDetails);
    connect(m_view, &QTableView::doubleClicked, this, &FleetPage::editSelectedNode);
    updateSummary();
    updateActions();
    syncTilesToFilters();
}

void FleetPage::createActions()
{
    m_addAction = new QAction(this);
    m_addAction->setObjectName(u"addNodeAction"_s);
    m_addAction->setShortcut(QKeySequence::New);
    connect(m_addAction, &QAction::triggered, this, &FleetPage::addNode);

    m_editAction = new QAction(this);
    m_editAction->setObjectName(u"editNodeAction"_s);
    connect(m_editAction, &QAction::triggered, this, &FleetPage::editSelectedNode);

    m_removeAction = new QAction(this);
    m_removeAction->setObjectName(u"removeNodeAction"_s);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &FleetPage::removeSelectedNodes);

    m_importAction = new QAction(this);
    m_importAction->setObjectName(u"importNodesAction"_s);
    connect(m_importAction, &QAction::triggered, this, &FleetPage::importNodes);

    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(u"connectAction"_s);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connectAction, &QAction::triggered, this, &FleetPage::connectSelectedNodes);

    m_disconnectAction = new QAction(this);
    m_disconnectAction->setObjectName(u"disconnectAction"_s);
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_disconnectAction, &QAction::triggered, this, &FleetPage::disconnectSelectedNodes);

    m_connectAllAction = new QAction(this);
    m_connectAllAction->setObjectName(u"connectAllAction"_s);
    m_connectAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_connectAllAction, &QAction::triggered, this, &FleetPage::connectAllNodes);
    for (QAction *action : { m_connectAction, m_disconnectAction, m_connectAllAction })
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void FleetPage::buildUi()
{
    m_totalTile = new SummaryTile(this);
    m_edgeTile = new SummaryTile(this);
    m_cloudTile = new SummaryTile(this);
    m_sitesTile = new SummaryTile(this);
    m_totalTile->setObjectName(u"totalTile"_s);
    m_edgeTile->setObjectName(u"edgeTile"_s);
    m_cloudTile->setObjectName(u"cloudTile"_s);
    m_sitesTile->setObjectName(u"sitesTile"_s);
    m_sitesTile->setCheckable(false);
    m_connectedTile = new SummaryTile(this);
    m_connectedTile->setObjectName(u"connectedTile"_s);
    m_connectedTile->setCheckable(false);
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(m_connectedTile);
    for (SummaryTile *tile : { m_totalTile, m_edgeTile, m_cloudTile, m_sitesTile }) {
        tiles->addWidget(tile);
        connect(tile, &SummaryTile::clicked, this, [this, tile] { onTileClicked(tile); });
    }

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_addAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_removeAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_importAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_connectAction);
    m_toolBar->addAction(m_disconnectAction);
    m_toolBar->addAction(m_connectAllAction);
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action); button && !action->isSeparator())
            button->setObjectName(action->objectName() + u"Button");
    }

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(220);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &NodeFilterProxyModel::setFilterText);

    m_tierCombo = new QComboBox(this);
    m_tierCombo->setObjectName(u"tierCombo"_s);
    m_tierCombo->addItem(QString(), -1);
    m_tierCombo->addItem(QString(), int(Tier::Edge));
    m_tierCombo->addItem(QString(), int(Tier::Cloud));
    connect(m_tierCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int tier = m_tierCombo->currentData().toInt();
        m_proxy->setTierFilter(tier < 0 ? std::nullopt : std::optional(Tier(tier)));
    });

    m_siteCombo = new QComboBox(this);
    m_siteCombo->setObjectName(u"siteCombo"_s);
    m_siteCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_siteCombo->addItem(QString());
    connect(m_siteCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setSiteFilter(index <= 0 ? QString() : m_siteCombo->itemText(index));
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_toolBar);
    bar->addStretch(1);
    bar->addWidget(m_filterEdit);
    bar->addWidget(m_tierCombo);
    bar->addWidget(m_siteCombo);

    m_view = new QTableView(this);
    m_view->setObjectName(u"nodeTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NodeTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and fixed-width columns: the view never measures 10,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    const int widths[] = { 14, 13, 14, 5, 8, 9, 6, 22, 12 };
    for (int column = 0; column < NodeTableModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, widths[column] * em);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({ m_connectAction, m_disconnectAction, m_connectAllAction, separator,
        m_addAction, m_editAction, m_removeAction, m_importAction });
    // Shortcuts work wherever the focus is on the page, not only in the table.
    addActions({ m_connectAction, m_disconnectAction, m_connectAllAction });

    m_detailPane = new NodeDetailPane(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"fleetSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_hostKeys = new HostKeyQueue(this);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setVisible(false);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(tiles);
    layout->addSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_countLabel);
}

void FleetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FleetPage::retranslateUi()
{
    m_addAction->setText(Tr::tr("Add…"));
    m_addAction->setToolTip(Tr::tr("Add a node to the inventory"));
    m_editAction->setText(Tr::tr("Edit…"));
    m_editAction->setToolTip(Tr::tr("Edit the selected node"));
    m_removeAction->setText(Tr::tr("Remove"));
    m_removeAction->setToolTip(Tr::tr("Remove the selected nodes from the inventory"));
    m_importAction->setText(Tr::tr("Import…"));
    m_importAction->setToolTip(
        Tr::tr("Import nodes from an ssh_config file, an Ansible inventory or a CSV file"));
    m_filterEdit->setPlaceholderText(Tr::tr("Filter by name, host, site or label"));
    m_tierCombo->setItemText(0, Tr::tr("All tiers"));
    m_tierCombo->setItemText(1, Tr::tr("Edge"));
    m_tierCombo->setItemText(2, Tr::tr("Cloud"));
    m_siteCombo->setItemText(0, Tr::tr("All sites"));
    m_totalTile->setCaption(Tr::tr("Nodes"));
    m_edgeTile->setCaption(Tr::tr("Edge nodes"));
    m_cloudTile->setCaption(Tr::tr("Cloud nodes"));
    m_sitesTile->setCaption(Tr::tr("Sites"));
    m_totalTile->setToolTip(Tr::tr("Show all nodes"));
    m_edgeTile->setToolTip(Tr::tr("Show edge nodes only"));
    m_cloudTile->setToolTip(Tr::tr("Show cloud nodes only"));
    m_sitesTile->setToolTip(Tr::tr("Filter by site"));
    m_connectAction->setText(Tr::tr("Connect"));
    m_connectAction->setToolTip(
        Tr::tr("Open a session to the selected nodes' agents (%1)")
            .arg(m_connectAction->shortcut().toString(QKeySequence::NativeText)));
    m_disconnectAction->setText(Tr::tr("Disconnect"));
    m_disconnectAction->setToolTip(
        Tr::tr("Close the sessions of the selected nodes (%1)")
            .arg(m_disconnectAction->shortcut().toString(QKeySequence::NativeText)));
    m_connectAllAction->setText(Tr::tr("Connect all"));
    m_connectAllAction->setToolTip(
        Tr::tr("Open a session to every node not connected yet (%1)")
            .arg(m_connectAllAction->shortcut().toString(QKeySequence::NativeText)));
    m_connectedTile->setCaption(Tr::tr("Connected"));
    updateConnectedTile();
    m_emptyLabel->setText(Tr::tr("The inventory has no nodes yet. Add one, or import your "
                                 "~/.ssh/config, an Ansible inventory or a CSV file."));
    m_model->retranslate();
    updateCountLabel();
}

void FleetPage::reload()
{
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_inventory.listNodes(this, [this](Result<QList<Node>> nodes) {
        m_loading = false;
        if (!nodes) {
            qCWarning(lcUi) << "listing nodes failed:" << nodes.error().toString();
            Q_EMIT activity(Tr::tr("Could not read the nodes: %1").arg(nodes.error().toString()));
        } else {
            m_model->syncNodes(*nodes);
            m_loadedOnce = true;
            m_emptyLabel->setVisible(nodes->isEmpty());
            Q_EMIT nodesLoaded(int(nodes->size()));
        }
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
        }
    });
}

void FleetPage::clear()
{
    m_model->resetNodes({});
    m_loadedOnce = false;
    m_emptyLabel->setVisible(false);
}

void FleetPage::updateSummary()
{
    const FleetSummary summary = m_model->summary();
    m_totalTile->setValue(summary.total);
    m_edgeTile->setValue(summary.edge);
    m_cloudTile->setValue(summary.cloud);
    m_sitesTile->setValue(summary.sites);
    if (m_loadedOnce)
        m_emptyLabel->setVisible(summary.total == 0);
}

void FleetPage::updateSiteFilter()
{
    const QStringList sites = m_model->sites();
    QStringList current;
    for (int i = 1; i < m_siteCombo->count(); ++i)
        current << m_siteCombo->itemText(i);
    if (current == sites)
        return;
    const QString selected = m_proxy->siteFilter();
    const QSignalBlocker blocker(m_siteCombo);
    while (m_siteCombo->count() > 1)
        m_siteCombo->removeItem(1);
    m_siteCombo->addItems(sites);
    const int index = m_siteCombo->findText(selected);
    m_siteCombo->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_proxy->setSiteFilter(QString());
}

void FleetPage::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total
            ? Tr::tr("%n node(s)", nullptr, total)
            : Tr::tr("Showing %1 of %n node(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void FleetPage::updateActions()
{
    const QList<Node> nodes = selectedNodes();
    const int selected = int(nodes.size());
    m_editAction->setEnabled(selected == 1);
    m_removeAction->setEnabled(selected > 0);
    const auto connected = [this](const Node &node) {
        return m_connections && m_connections->isConnected(node.id);
    };
    const bool any = m_connections != nullptr;
    m_connectAction->setEnabled(
        any && std::any_of(nodes.cbegin(), nodes.cend(), std::not_fn(connected)));
    m_disconnectAction->setEnabled(any && std::any_of(nodes.cbegin(), nodes.cend(), connected));
    m_connectAllAction->setEnabled(
        any && m_model->rowCount() > m_connections->connectedNodeIds().size());
}

void FleetPage::onTileClicked(SummaryTile *tile)
{
    if (tile == m_sitesTile) {
        m_siteCombo->setFocus();
        m_siteCombo->showPopup();
        return;
    }
    int tierIndex = 0;
    if (tile == m_edgeTile && m_proxy->tierFilter() != Tier::Edge)
        tierIndex = 1;
    else if (tile == m_cloudTile && m_proxy->tierFilter() != Tier::Cloud)
        tierIndex = 2;
    if (tile == m_totalTile) {
        m_filterEdit->clear();
        m_siteCombo->setCurrentIndex(0);
    }
    m_tierCombo->setCurrentIndex(tierIndex);
    syncTilesToFilters();
}

void FleetPage::syncTilesToFilters()
{
    const auto tier = m_proxy->tierFilter();
    const bool unfiltered =
        !tier && m_proxy->siteFilter().isEmpty() && m_proxy->filterText().isEmpty();
    m_totalTile->setChecked(unfiltered);
    m_edgeTile->setChecked(tier == Tier::Edge);
    m_cloudTile->setChecked(tier == Tier::Cloud);
}

QList<Node> FleetPage::selectedNodes() const
{
    QList<Node> nodes;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        nodes << m_model->nodeAt(m_proxy->mapToSource(index).row());
    return nodes;
}

NodeDialog *FleetPage::openNodeDialog(const std::optional<Node> &node)
{
    auto *dialog = new NodeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKnownSites(m_model->sites());
    QStringList names;
    names.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->nodeAt(row).name;
    dialog->setTakenNames(names);
    if (node)
        dialog->setNode(*node);
    dialog->open();
    return dialog;
}

void FleetPage::addNode()
{
    NodeDialog *dialog = openNodeDialog(std::nullopt);
    connect(dialog, &NodeDialog::nodeSubmitted, this, [this, dialog](const Node &node) {
        m_inventory.addNode(node, dialog, [this, dialog](Result<Node> added) {
            dialog->saveFinished(added.ok() ? Result<void>() : Result<void>(added.error()));
            if (added)
                Q_EMIT activity(Tr::tr("Added node %1").arg(added->name));
        });
    });
}

void FleetPage::editSelectedNode()
{
    const QList<Node> nodes = selectedNodes();
    if (nodes.size() != 1)
        return;
    NodeDialog *dialog = openNodeDialog(nodes.first());
    connect(dialog, &NodeDialog::nodeSubmitted, this, [this, dialog](const Node &node) {
        m_inventory.updateNode(node, dialog, [this, dialog](Result<Node> updated) {
            dialog->saveFinished(updated.ok() ? Result<void>() : Result<void>(updated.error()));
            if (updated)
                Q_EMIT activity(Tr::tr("Updated node %1").arg(updated->name));
        });
    });
}

void FleetPage::removeSelectedNodes()
{
    const QList<Node> nodes = selectedNodes();
    if (nodes.isEmpty())
        return;
    const QString text = nodes.size() == 1
        ? Tr::tr("Remove node %1 from the inventory? Its history stays in the audit log.")
              .arg(nodes.first().name)
        : Tr::tr("Remove %n node(s) from the inventory? Their history stays in the audit log.",
            nullptr, int(nodes.size()));
    MessageBox::question(this, Tr::tr("Remove nodes"), text, QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No, this, [this, nodes](MessageBox::Answer answer) {
            if (answer != QMessageBox::Yes)
                return;
            for (const Node &node : nodes) {
                m_inventory.removeNode(
                    node.name, this, [this, name = node.name](Result<bool> removed) {
                        if (removed)
                            Q_EMIT activity(Tr::tr("Removed node %1").arg(name));
                        else
                            MessageBox::warning(
                                this, Tr::tr("Remove nodes"), removed.error().toString());
                    });
            }
        });
}

void FleetPage::importNodes()
{
    auto *dialog = new ImportDialog(m_inventory, m_model->nodes(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this,
        [this](const QString &summary) { Q_EMIT activity(summary); });
    dialog->open();
    dialog->chooseFile();
}

void FleetPage::setConnections(FleetConnections *connections)
{
    Q_ASSERT(!m_connections && connections);
    m_connections = connections;
    connect(connections, &FleetConnections::statusesChanged, this, &FleetPage::onStatusesChanged);
    connect(connections, &FleetConnections::hostKeyConfirmationNeeded, m_hostKeys,
        [this](const Node &node, const fleet::NodeStatus &status, const transport::HostKey &key) {
            m_hostKeys->ask(node, status, key);
        });
    connect(m_hostKeys, &HostKeyQueue::accepted, this,
        [this](const Node &node, const transport::HostKey &key) {
            m_connections->acceptHostKey(node, key);
            Q_EMIT activity(Tr::tr("Host key of %1 accepted: connecting").arg(node.name));
        });
    connect(m_hostKeys, &HostKeyQueue::rejected, this, [this](const Node &node) {
        Q_EMIT activity(Tr::tr("Host key of %1 rejected: the node stays refused").arg(node.name));
    });
    // Rows loaded before now (or later, from the inventory) take the sessions' last states.
    connect(m_model, &NodeTableModel::contentsChanged, this,
        [this] { onStatusesChanged(m_connections->connectedNodeIds()); });
    onStatusesChanged(m_connections->connectedNodeIds());
}

void FleetPage::onStatusesChanged(const QList<qint64> &nodeIds)
{
    if (!m_connections)
        return;
    m_model->updateStatuses(nodeIds, [this](qint64 id) { return m_connections->status(id); });
    updateActions();
    if (const std::optional<qint64> shown = m_detailPane->nodeId();
        shown && nodeIds.contains(*shown))
        updateDetailPane();
}

void FleetPage::updateConnectedTile()
{
    const int online = m_model->countInState(NodeState::Online);
    const int degraded = m_model->countInState(NodeState::Degraded);
    m_connectedTile->setValue(online + degraded);
    m_connectedTile->setToolTip(
        Tr::tr("Online: %1, degraded: %2, unreachable: %3, host key refused: %4, connecting: %5")
            .arg(online)
            .arg(degraded)
            .arg(m_model->countInState(NodeState::Unreachable))
            .arg(m_model->countInState(NodeState::HostKeyRefused))
            .arg(m_model->countInState(NodeState::Connecting)));
}

void FleetPage::updateDetailPane()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detailPane->setNode(std::nullopt, std::nullopt);
        return;
    }
    const Node &node = m_model->nodeAt(m_proxy->mapToSource(current).row());
    m_detailPane->setNode(node, m_connections ? m_connections->status(node.id) : std::nullopt);
}

void FleetPage::connectSelectedNodes()
{
    connectNodes(selectedNodes());
}

void FleetPage::connectNodes(QList<Node> nodes)
{
    if (!m_connections)
        return;
    nodes.removeIf([this](const Node &node) { return m_connections->isConnected(node.id); });
    if (nodes.isEmpty())
        return;
    m_connections->connectNodes(nodes);
    Q_EMIT activity(Tr::tr("Connecting to %n node(s)…", nullptr, int(nodes.size())));
    updateActions();
}

void FleetPage::disconnectSelectedNodes()
{
    if (!m_connections)
        return;
    QList<qint64> ids;
    for (const Node &node : selectedNodes()) {
        if (m_connections->isConnected(node.id))
            ids << node.id;
    }
    if (ids.isEmpty())
        return;
    m_connections->disconnectNodes(ids);
    Q_EMIT activity(Tr::tr("Disconnecting %n node(s)", nullptr, int(ids.size())));
    updateActions();
}

void FleetPage::connectAllNodes()
{
    connectNodes(m_model->nodes());
}

void FleetPage::showHostKeyDetails(qint64 nodeId)
{
    const int row = m_model->rowOfId(nodeId);
    const std::optional<fleet::NodeStatus> status =
        m_connections ? m_connections->status(nodeId) : std::nullopt;
    if (row < 0 || !status || !status->hostKey)
        return;
    m_hostKeys->ask(m_model->nodeAt(row), *status, status->hostKey->offeredKey);
}

} // namespace fleetdeck::ui

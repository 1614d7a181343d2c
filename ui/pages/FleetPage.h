#pragma once

#include "core/common/Result.h"
#include "core/inventory/Node.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;

namespace fleetdeck::ui {

class AsyncInventory;
class FleetConnections;
class HostKeyQueue;
class NodeDetailPane;
class NodeDialog;
class NodeFilterProxyModel;
class NodeTableModel;
class SummaryTile;

// The fleet at a glance: summary tiles that filter, and a sortable, filterable table of nodes,
// with add, edit, remove and import. All reads and writes go through AsyncInventory. With
// FleetConnections set, it connects and disconnects nodes, shows each node's live state, the
// current node's details beside the table, and asks about unknown host keys.
class FleetPage : public QWidget {
    Q_OBJECT
public:
    explicit FleetPage(AsyncInventory &inventory, QWidget *parent = nullptr);

    NodeTableModel *model() const { return m_model; }
    NodeFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    NodeDetailPane *detailPane() const { return m_detailPane; }
    HostKeyQueue *hostKeyQueue() const { return m_hostKeys; }

    // The live sessions this page drives and shows. Not owned; set once.
    void setConnections(FleetConnections *connections);

public Q_SLOTS:
    // Reads the nodes again and merges them into the table; calls that arrive while a read is
    // running are folded into one more read.
    void reload();
    // Forgets the rows (another inventory was opened); the next reload() fills the table anew.
    void clear();
    void addNode();
    void editSelectedNode();
    void removeSelectedNodes();
    void importNodes();
    void connectSelectedNodes();
    void disconnectSelectedNodes();
    void connectAllNodes();

Q_SIGNALS:
    void activity(const QString &message);
    void nodesLoaded(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void createActions();
    void retranslateUi();
    void updateSummary();
    void updateSiteFilter();
    void updateActions();
    void updateCountLabel();
    void updateConnectedTile();
    void updateDetailPane();
    void onStatusesChanged(const QList<qint64> &nodeIds);
    void showHostKeyDetails(qint64 nodeId);
    void connectNodes(QList<inventory::Node> nodes); // those not connected yet
    void onTileClicked(SummaryTile *tile);
    void syncTilesToFilters();
    QList<inventory::Node> selectedNodes() const;
    NodeDialog *openNodeDialog(const std::optional<inventory::Node> &node);

    AsyncInventory &m_inventory;
    NodeTableModel *m_model;
    NodeFilterProxyModel *m_proxy;
    QTableView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_tierCombo = nullptr;
    QComboBox *m_siteCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    SummaryTile *m_totalTile = nullptr;
    SummaryTile *m_edgeTile = nullptr;
    SummaryTile *m_cloudTile = nullptr;
    SummaryTile *m_sitesTile = nullptr;
    SummaryTile *m_connectedTile = nullptr;
    QSplitter *m_splitter = nullptr;
    NodeDetailPane *m_detailPane = nullptr;
    HostKeyQueue *m_hostKeys = nullptr;
    FleetConnections *m_connections = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_connectAllAction = nullptr;
    bool m_loading = false;
    bool m_reloadPending = false;
    bool m_loadedOnce = false;
};

} // namespace fleetdeck::ui

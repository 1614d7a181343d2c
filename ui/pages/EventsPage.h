#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace fleetdeck::ui {

class AsyncInventory;
class AuditLogModel;
class ConnectionEventModel;
class FleetConnections;
struct ConnectionEvent;

// Two tabs: the audit log, newest first, read page by page as the operator scrolls, with a check
// of its hash chain that names the first broken row; and connection events (connected, lost,
// refused...) kept by the inventory and arriving live, filtered by node.
class EventsPage : public QWidget {
    Q_OBJECT
public:
    explicit EventsPage(AsyncInventory &inventory, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ConnectionEventModel *connectionModel() const { return m_connectionModel; }
    QSortFilterProxyModel *connectionProxy() const { return m_connectionProxy; }
    QTableView *connectionView() const { return m_connectionView; }
    QTabWidget *tabs() const { return m_tabs; }

    // Live connection events from these sessions go to the Connections tab. Not owned.
    void setConnections(FleetConnections *connections);

public Q_SLOTS:
    void reload();
    void verifyChain();

Q_SIGNALS:
    void activity(const QString &message);
    void verified(bool intact);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *buildAuditTab();
    QWidget *buildConnectionsTab();
    void reloadConnectionEvents();

    AsyncInventory &m_inventory;
    AuditLogModel *m_model;
    QLabel *m_titleLabel;
    QLabel *m_resultLabel;
    QPushButton *m_refreshButton;
    QPushButton *m_verifyButton;
    QTableView *m_view;
    ConnectionEventModel *m_connectionModel;
    QSortFilterProxyModel *m_connectionProxy;
    QTableView *m_connectionView = nullptr;
    QLineEdit *m_nodeFilterEdit = nullptr;
    QTabWidget *m_tabs = nullptr;
    int m_connectionGeneration = 0; // drops history that arrives after a newer reload
};

} // namespace fleetdeck::ui

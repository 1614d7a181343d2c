#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fleetdeck::ui {

class AsyncInventory;
class AuditLogModel;

// The audit log, newest first, read page by page as the operator scrolls, and a check of its
// hash chain that names the first broken row.
class EventsPage : public QWidget {
    Q_OBJECT
public:
    explicit EventsPage(AsyncInventory &inventory, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

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

    AsyncInventory &m_inventory;
    AuditLogModel *m_model;
    QLabel *m_titleLabel;
    QLabel *m_resultLabel;
    QPushButton *m_refreshButton;
    QPushButton *m_verifyButton;
    QTableView *m_view;
};

} // namespace fleetdeck::ui

#pragma once

#include "core/inventory/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace fleetdeck::ui {

class AsyncInventory;

// The audit log for a view, newest first. It reads one page at a time through AsyncInventory
// and reads the next (older) page when the view scrolls near the end (canFetchMore/fetchMore).
// New rows appended to the log are prepended without reading the rest again.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        SubjectColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit AuditLogModel(AsyncInventory &inventory, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOfId(qint64 id) const; // -1 when not loaded
    bool isExhausted() const { return m_exhausted; }
    void retranslate();

public Q_SLOTS:
    void reload(); // drops everything and reads the newest page
    void fetchNewest(); // prepends rows appended since the last read

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    void appendPage(const QList<inventory::AuditEntry> &entries);

    AsyncInventory &m_inventory;
    QList<inventory::AuditEntry> m_entries;
    int m_pageSize = 200;
    int m_generation = 0; // drops answers to reads issued before a reload
    bool m_fetching = false;
    bool m_fetchingNewest = false;
    bool m_exhausted = true;
};

} // namespace fleetdeck::ui

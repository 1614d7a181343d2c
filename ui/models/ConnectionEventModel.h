#pragma once

#include "ui/FleetConnections.h"

#include <QAbstractTableModel>
#include <QList>

namespace fleetdeck::ui {

// Connection events for a view, newest first: what the inventory kept from earlier sessions and
// what FleetConnections reports live. Bounded: the oldest rows fall off past maxRows().
class ConnectionEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, NodeColumn, EventColumn, StateColumn, ReasonColumn, ColumnCount };
    enum Role { NodeIdRole = Qt::UserRole + 1, KindRole, StateRole };

    explicit ConnectionEventModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces everything with these events (any order; shown newest first).
    void setEvents(QList<ConnectionEvent> events);
    // A live event: goes on top (or, when older than the newest row, where its time belongs).
    void addEvent(const ConnectionEvent &event);
    const ConnectionEvent &eventAt(int row) const { return m_events.at(row); }

    void setMaxRows(int rows) { m_maxRows = rows; }
    int maxRows() const { return m_maxRows; }
    void retranslate();

    static QString kindLabel(fleet::ConnectionEventKind kind);

private:
    void trim();

    QList<ConnectionEvent> m_events; // newest first
    int m_maxRows = 10000;
};

} // namespace fleetdeck::ui

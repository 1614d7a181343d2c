#pragma once

#include "core/fleet/session/NodeStatus.h"
#include "core/inventory/Node.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace fleetdeck::ui {

struct FleetSummary {
    int total = 0;
    int edge = 0;
    int cloud = 0;
    int sites = 0;
};

// A node's live connection state as the table shows it (a slice of fleet::NodeStatus).
struct NodeStateCell {
    fleet::NodeState state = fleet::NodeState::Unknown;
    QString reason;
    QDateTime at;

    friend bool operator==(const NodeStateCell &, const NodeStateCell &) = default;
};

// The fleet's nodes for views: a vector of rows with an id -> row index. Bulk changes arrive as
// whole lists and become one reset, one insert per batch, one coalesced dataChanged and removals
// in contiguous ranges, so a view over 10,000 rows never sees per-row signal storms. Live
// connection states arrive by id and change the Status column of those rows only.
class NodeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        HostColumn,
        PortColumn,
        UserColumn,
        SiteColumn,
        TierColumn,
        LabelsColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: ints, enums, date-times, lower-case text
        IdRole,
        TierRole, // int(inventory::Tier)
        SiteRole,
        SearchTextRole, // lower-case name, host, site and labels, for free-text filters
        StateRole, // int(fleet::NodeState)
    };

    explicit NodeTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces everything (one reset).
    void resetNodes(const QList<inventory::Node> &nodes);
    // Brings the model to exactly these nodes with the fewest signals: rows that are gone are
    // removed, changed rows get one coalesced dataChanged, new rows are appended in one batch.
    void syncNodes(const QList<inventory::Node> &nodes);
    // Adds or updates (matched by id) without removing anything.
    void upsertNodes(const QList<inventory::Node> &nodes);
    void removeNode(qint64 id);

    // Sets the connection state of these nodes (ids not in the table are skipped); the lookup
    // returns nothing for a node without a session. Emits dataChanged for the Status column of
    // the rows that really changed, one signal per contiguous run of rows.
    using StatusLookup = std::function<std::optional<fleet::NodeStatus>(qint64 id)>;
    void updateStatuses(const QList<qint64> &ids, const StatusLookup &lookup);
    NodeStateCell stateAt(int row) const { return m_rows.at(size_t(row)).state; }
    // Nodes per state, kept up to date as states change (no scan of the rows).
    int countInState(fleet::NodeState state) const;

    int rowOfId(qint64 id) const; // -1 if absent
    const inventory::Node &nodeAt(int row) const;
    QList<inventory::Node> nodes() const;
    QStringList sites() const; // sorted, distinct, non-empty
    FleetSummary summary() const;

    // Headers are translated; views re-read them after this (called on LanguageChange).
    void retranslate();

Q_SIGNALS:
    // Emitted once per batch of changes (after the model signals), for summaries and counters.
    void contentsChanged();
    // Emitted once per updateStatuses() that changed something (contentsChanged is not).
    void statesChanged();

private:
    struct Row {
        inventory::Node node;
        QString labelsText; // "k=v, k2=v2"
        QString searchText; // lower-case haystack for the filter
        NodeStateCell state;
    };
    static Row makeRow(const inventory::Node &node);
    void rebuildIndex(int fromRow = 0);
    void markChanged(int row);
    void flushChanged();
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QVariant statusData(const Row &row, int role) const;
    void emitStatusRuns(std::vector<int> rows);
    void recountStates();

    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowById;
    int m_changedFirst = -1;
    int m_changedLast = -1;
    std::array<int, 6> m_stateCounts {}; // by int(fleet::NodeState)
};

} // namespace fleetdeck::ui

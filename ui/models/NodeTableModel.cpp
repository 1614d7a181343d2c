#include "ui/models/NodeTableModel.h"

#include "ui/Theme.h"
#include "ui/Tr.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using fleet::NodeState;
using inventory::Node;
using inventory::Tier;

namespace {
// Ascending order puts what needs the operator first: refused keys, then unreachable nodes.
int stateSeverity(NodeState state)
{
    switch (state) {
    case NodeState::HostKeyRefused:
        return 0;
    case NodeState::Unreachable:
        return 1;
    case NodeState::Degraded:
        return 2;
    case NodeState::Connecting:
        return 3;
    case NodeState::Online:
        return 4;
    case NodeState::Unknown:
        break;
    }
    return 5;
}

// "not checked" reads wrong in a live view: the node simply has no session.
QString stateText(NodeState state)
{
    return state == NodeState::Unknown ? Tr::tr("not connected") : fleet::nodeStateLabel(state);
}

// More runs than this and one signal over the whole span is cheaper than many small ones:
// views repaint only what is visible either way.
constexpr size_t kMaxStatusRuns = 64;
} // namespace

NodeTableModel::NodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (index.column() == StatusColumn && role != SortRole) {
        if (const QVariant status = statusData(row, role); status.isValid())
            return status;
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LabelsColumn && !row.labelsText.isEmpty())
            return row.labelsText;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PortColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(row, index.column());
    case IdRole:
        return row.node.id;
    case TierRole:
        return int(row.node.tier);
    case SiteRole:
        return row.node.site;
    case SearchTextRole:
        return row.searchText;
    case StateRole:
        return int(row.state.state);
    default:
        return {};
    }
}

QVariant NodeTableModel::statusData(const Row &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return stateText(row.state.state);
    case Qt::DecorationRole:
        return nodeStateIcon(row.state.state, QGuiApplication::palette());
    case Qt::ForegroundRole:
        return nodeStateColor(row.state.state, QGuiApplication::palette());
    case Qt::ToolTipRole: {
        if (row.state.state == NodeState::Unknown && row.state.reason.isEmpty())
            return Tr::tr("Not connected. Use Connect to open a session to this node's agent.");
        QString tip = stateText(row.state.state);
        if (row.state.at.isValid())
            tip =
                Tr::tr("%1 since %2")
                    .arg(tip, QLocale().toString(row.state.at.toLocalTime(), QLocale::ShortFormat));
        if (!row.state.reason.isEmpty())
            tip += u'\n' + row.state.reason;
        return tip;
    }
    default:
        return {};
    }
}

QVariant NodeTableModel::displayData(const Row &row, int column) const
{
    const Node &n = row.node;
    switch (column) {
    case NameColumn:
        return n.name;
    case HostColumn:
        return n.host;
    case PortColumn:
        return n.port;
    case UserColumn:
        return n.user;
    case SiteColumn:
        return n.site;
    case TierColumn:
        return n.tier == Tier::Cloud ? Tr::tr("cloud") : Tr::tr("edge");
    case LabelsColumn:
        return row.labelsText;
    case UpdatedColumn:
        return QLocale().toString(n.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant NodeTableModel::sortData(const Row &row, int column) const
{
    const Node &n = row.node;
    switch (column) {
    case NameColumn:
        return n.name;
    case StatusColumn:
        return stateSeverity(row.state.state);
    case HostColumn:
        return n.host;
    case PortColumn:
        return n.port;
    case UserColumn:
        return n.user;
    case SiteColumn:
        return n.site;
    case TierColumn:
        return int(n.tier);
    case LabelsColumn:
        return row.labelsText;
    case UpdatedColumn:
        return n.updatedAt.toMSecsSinceEpoch();
    default:
        return {};
    }
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return Tr::tr("Name");
    case StatusColumn:
        return Tr::tr("Status");
    case HostColumn:
        return Tr::tr("Host");
    case PortColumn:
        return Tr::tr("Port");
    case UserColumn:
        return Tr::tr("User");
    case SiteColumn:
        return Tr::tr("Site");
    case TierColumn:
        return Tr::tr("Tier");
    case LabelsColumn:
        return Tr::tr("Labels");
    case UpdatedColumn:
        return Tr::tr("Updated");
    default:
        return {};
    }
}

void NodeTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(
            index(0, StatusColumn), index(rowCount() - 1, StatusColumn), { Qt::DisplayRole });
        Q_EMIT dataChanged(
            index(0, TierColumn), index(rowCount() - 1, TierColumn), { Qt::DisplayRole });
    }
}

NodeTableModel::Row NodeTableModel::makeRow(const Node &node)
{
    Row row { node, {}, {}, {} };
    QStringList labels;
    labels.reserve(node.labels.size());
    for (auto it = node.labels.cbegin(); it != node.labels.cend(); ++it)
        labels << it.key() % u'=' % it.value();
    row.labelsText = labels.join(u", ");
    row.searchText =
        (node.name % u'\n' % node.host % u'\n' % node.site % u'\n' % row.labelsText).toLower();
    return row;
}

void NodeTableModel::rebuildIndex(int fromRow)
{
    if (fromRow == 0)
        m_rowById.clear();
    for (int row = fromRow; row < int(m_rows.size()); ++row)
        m_rowById.insert(m_rows[size_t(row)].node.id, row);
}

void NodeTableModel::resetNodes(const QList<Node> &nodes)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(size_t(nodes.size()));
    for (const Node &node : nodes)
        m_rows.push_back(makeRow(node));
    rebuildIndex();
    recountStates();
    endResetModel();
    Q_EMIT contentsChanged();
}

void NodeTableModel::syncNodes(const QList<Node> &nodes)
{
    if (m_rows.empty()) {
        resetNodes(nodes);
        return;
    }
    QSet<qint64> wanted;
    wanted.reserve(nodes.size());
    for (const Node &node : nodes)
        wanted.insert(node.id);

    // Remove from the back in contiguous ranges, so each range is one signal and rows above
    // keep their numbers while we go.
    int row = int(m_rows.size()) - 1;
    bool removed = false;
    while (row >= 0) {
        if (wanted.contains(m_rows[size_t(row)].node.id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && !wanted.contains(m_rows[size_t(row - 1)].node.id))
            --row;
        beginRemoveRows({}, row, last);
        m_rows.erase(m_rows.begin() + row, m_rows.begin() + last + 1);
        endRemoveRows();
        removed = true;
        --row;
    }
    if (removed) {
        rebuildIndex();
        recountStates();
    }
    upsertNodes(nodes);
}

void NodeTableModel::upsertNodes(const QList<Node> &nodes)
{
    std::vector<Row> added;
    for (const Node &node : nodes) {
        const int row = rowOfId(node.id);
        if (row < 0) {
            added.push_back(makeRow(node));
            continue;
        }
        Row &existing = m_rows[size_t(row)];
        if (existing.node.sameSettings(node) && existing.node.updatedAt == node.updatedAt)
            continue;
        const NodeStateCell state = existing.state; // live state outlives an edit
        existing = makeRow(node);
        existing.state = state;
        markChanged(row);
    }
    flushChanged();
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_stateCounts[size_t(NodeState::Unknown)] += int(added.size());
        std::move(added.begin(), added.end(), std::back_inserter(m_rows));
        rebuildIndex(first);
        endInsertRows();
    }
    Q_EMIT contentsChanged();
}

void NodeTableModel::removeNode(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    --m_stateCounts[size_t(m_rows[size_t(row)].state.state)];
    m_rows.erase(m_rows.begin() + row);
    m_rowById.remove(id);
    for (int r = row; r < int(m_rows.size()); ++r)
        m_rowById[m_rows[size_t(r)].node.id] = r;
    endRemoveRows();
    Q_EMIT contentsChanged();
}

void NodeTableModel::markChanged(int row)
{
    m_changedFirst = m_changedFirst < 0 ? row : std::min(m_changedFirst, row);
    m_changedLast = std::max(m_changedLast, row);
}

void NodeTableModel::flushChanged()
{
    if (m_changedFirst < 0)
        return;
    // One signal for the span; views repaint what is visible of it, which is cheap.
    Q_EMIT dataChanged(index(m_changedFirst, 0), index(m_changedLast, ColumnCount - 1));
    m_changedFirst = m_changedLast = -1;
}

void NodeTableModel::updateStatuses(const QList<qint64> &ids, const StatusLookup &lookup)
{
    std::vector<int> changed;
    changed.reserve(size_t(ids.size()));
    for (const qint64 id : ids) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        NodeStateCell cell;
        if (const std::optional<fleet::NodeStatus> status = lookup(id))
            cell = { status->state, status->reason, status->at };
        NodeStateCell &current = m_rows[size_t(row)].state;
        if (cell == current)
            continue;
        --m_stateCounts[size_t(current.state)];
        ++m_stateCounts[size_t(cell.state)];
        current = std::move(cell);
        changed.push_back(row);
    }
    if (changed.empty())
        return;
    emitStatusRuns(std::move(changed));
    Q_EMIT statesChanged();
}

void NodeTableModel::emitStatusRuns(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::vector<std::pair<int, int>> runs;
    for (const int row : rows) {
        if (!runs.empty() && runs.back().second + 1 == row)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
    }
    if (runs.size() > kMaxStatusRuns)
        runs = { { runs.front().first, runs.back().second } };
    for (const auto &[first, last] : runs)
        Q_EMIT dataChanged(index(first, StatusColumn), index(last, StatusColumn));
}

int NodeTableModel::countInState(NodeState state) const
{
    return m_stateCounts[size_t(state)];
}

void NodeTableModel::recountStates()
{
    m_stateCounts.fill(0);
    for (const Row &row : m_rows)
        ++m_stateCounts[size_t(row.state.state)];
}

int NodeTableModel::rowOfId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

const Node &NodeTableModel::nodeAt(int row) const
{
    return m_rows.at(size_t(row)).node;
}

QList<Node> NodeTableModel::nodes() const
{
    QList<Node> result;
    result.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        result.append(row.node);
    return result;
}

QStringList NodeTableModel::sites() const
{
    QSet<QString> seen;
    for (const Row &row : m_rows) {
        if (!row.node.site.isEmpty())
            seen.insert(row.node.site);
    }
    QStringList result(seen.cbegin(), seen.cend());
    result.sort(Qt::CaseInsensitive);
    return result;
}

FleetSummary NodeTableModel::summary() const
{
    FleetSummary s;
    QSet<QString> sites;
    for (const Row &row : m_rows) {
        ++s.total;
        if (row.node.tier == Tier::Cloud)
            ++s.cloud;
        else
            ++s.edge;
        if (!row.node.site.isEmpty())
            sites.insert(row.node.site);
    }
    s.sites = int(sites.size());
    return s;
}

} // namespace fleetdeck::ui

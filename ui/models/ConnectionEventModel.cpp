#include "ui/models/ConnectionEventModel.h"

#include "ui/Theme.h"
#include "ui/Tr.h"

#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

namespace fleetdeck::ui {

using fleet::ConnectionEventKind;

namespace {
bool newerFirst(const ConnectionEvent &a, const ConnectionEvent &b)
{
    return a.at > b.at;
}
} // namespace

ConnectionEventModel::ConnectionEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ConnectionEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ConnectionEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionEventModel::kindLabel(ConnectionEventKind kind)
{
    switch (kind) {
    case ConnectionEventKind::Connected:
        return Tr::tr("connected");
    case ConnectionEventKind::Reconnected:
        return Tr::tr("reconnected");
    case ConnectionEventKind::Degraded:
        return Tr::tr("degraded");
    case ConnectionEventKind::Lost:
        return Tr::tr("connection lost");
    case ConnectionEventKind::HostKeyRefused:
        return Tr::tr("host key refused");
    case ConnectionEventKind::Disconnected:
        return Tr::tr("disconnected");
    }
    return {};
}

QVariant ConnectionEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        case NodeColumn:
            return event.nodeName;
        case EventColumn:
            return kindLabel(event.kind);
        case StateColumn:
            return fleet::nodeStateLabel(event.state);
        case ReasonColumn:
            return event.reason;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return nodeStateIcon(event.state, QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn && !event.reason.isEmpty())
            return event.reason;
        if (index.column() == TimeColumn)
            return QLocale().toString(event.at.toLocalTime(), QLocale::LongFormat);
        return {};
    case NodeIdRole:
        return event.nodeId;
    case KindRole:
        return int(event.kind);
    case StateRole:
        return int(event.state);
    default:
        return {};
    }
}

QVariant ConnectionEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return Tr::tr("Time");
    case NodeColumn:
        return Tr::tr("Node");
    case EventColumn:
        return Tr::tr("Event");
    case StateColumn:
        return Tr::tr("State");
    case ReasonColumn:
        return Tr::tr("Reason");
    default:
        return {};
    }
}

void ConnectionEventModel::setEvents(QList<ConnectionEvent> events)
{
    std::stable_sort(events.begin(), events.end(), newerFirst);
    beginResetModel();
    m_events = std::move(events);
    if (m_events.size() > m_maxRows)
        m_events.resize(m_maxRows);
    endResetModel();
}

void ConnectionEventModel::addEvent(const ConnectionEvent &event)
{
    // Live events come in time order, so this is nearly always row 0.
    const auto at = std::lower_bound(m_events.cbegin(), m_events.cend(), event, newerFirst);
    const int row = int(at - m_events.cbegin());
    beginInsertRows({}, row, row);
    m_events.insert(row, event);
    endInsertRows();
    trim();
}

void ConnectionEventModel::trim()
{
    if (m_events.size() <= m_maxRows)
        return;
    beginRemoveRows({}, m_maxRows, int(m_events.size()) - 1);
    m_events.resize(m_maxRows);
    endRemoveRows();
}

void ConnectionEventModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole });
}

} // namespace fleetdeck::ui

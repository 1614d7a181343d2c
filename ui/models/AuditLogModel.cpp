#include "ui/models/AuditLogModel.h"

#include "ui/AsyncInventory.h"
#include "ui/Tr.h"

#include <QJsonDocument>
#include <QLocale>

namespace fleetdeck::ui {

using inventory::AuditEntry;

AuditLogModel::AuditLogModel(AsyncInventory &inventory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
{
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries[index.row()];
    if (role == IdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss");
    case ActorColumn:
        return e.actor;
    case ActionColumn:
        return e.action;
    case SubjectColumn:
        return e.subject;
    case DetailsColumn:
        return e.details.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return Tr::tr("Time");
    case ActorColumn:
        return Tr::tr("Who");
    case ActionColumn:
        return Tr::tr("Action");
    case SubjectColumn:
        return Tr::tr("Subject");
    case DetailsColumn:
        return Tr::tr("Details");
    default:
        return {};
    }
}

void AuditLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const qint64 beforeId = m_entries.isEmpty() ? 0 : m_entries.last().id;
    const int generation = m_generation;
    m_inventory.recentAudit(
        m_pageSize, beforeId, this, [this, generation](Result<QList<AuditEntry>> entries) {
            if (generation != m_generation)
                return;
            if (!entries) {
                m_fetching = false;
                m_exhausted = true;
                Q_EMIT loadFailed(entries.error().toString());
                return;
            }
            m_exhausted = entries->size() < m_pageSize;
            appendPage(*entries);
            // Only now: a view asked for more while the rows went in would read this page again.
            m_fetching = false;
            Q_EMIT pageLoaded();
        });
}

void AuditLogModel::appendPage(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

void AuditLogModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_entries.clear();
    m_fetching = false;
    m_fetchingNewest = false;
    m_exhausted = false;
    endResetModel();
    fetchMore({});
}

void AuditLogModel::fetchNewest()
{
    if (m_entries.isEmpty()) {
        if (!m_fetching)
            reload();
        return;
    }
    if (m_fetchingNewest)
        return;
    m_fetchingNewest = true;
    const int generation = m_generation;
    m_inventory.recentAudit(
        m_pageSize, 0, this, [this, generation](Result<QList<AuditEntry>> entries) {
            if (generation != m_generation)
                return;
            m_fetchingNewest = false;
            if (!entries || m_entries.isEmpty())
                return;
            const qint64 newestKnown = m_entries.first().id;
            QList<AuditEntry> fresh;
            for (const AuditEntry &e : *entries) {
                if (e.id <= newestKnown)
                    break;
                fresh << e;
            }
            if (fresh.size() == entries->size()) {
                reload(); // more arrived than one page holds: a gap would hide rows
                return;
            }
            if (fresh.isEmpty())
                return;
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            m_entries = fresh + m_entries;
            endInsertRows();
            Q_EMIT pageLoaded();
        });
}

int AuditLogModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == id)
            return row;
    }
    return -1;
}

} // namespace fleetdeck::ui

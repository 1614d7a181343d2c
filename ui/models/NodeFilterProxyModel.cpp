#include "ui/models/NodeFilterProxyModel.h"

#include "ui/models/NodeTableModel.h"

#include <algorithm>

namespace fleetdeck::ui {

NodeFilterProxyModel::NodeFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(NodeTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void NodeFilterProxyModel::setFilterText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void NodeFilterProxyModel::setTierFilter(std::optional<inventory::Tier> tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    refilter();
}

void NodeFilterProxyModel::setSiteFilter(const QString &site)
{
    if (site == m_site)
        return;
    m_site = site;
    refilter();
}

void NodeFilterProxyModel::clearFilters()
{
    if (m_words.isEmpty() && !m_tier && m_site.isEmpty())
        return;
    m_words.clear();
    m_tier.reset();
    m_site.clear();
    refilter();
}

void NodeFilterProxyModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() keeps the sort and the selection.
    invalidateFilter();
    Q_EMIT filtersChanged();
}

bool NodeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_tier && index.data(NodeTableModel::TierRole).toInt() != int(*m_tier))
        return false;
    if (!m_site.isEmpty() && index.data(NodeTableModel::SiteRole).toString() != m_site)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(NodeTableModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
        [&haystack](const QString &word) { return haystack.contains(word); });
}

bool NodeFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int c = l.toString().compare(r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    } else {
        const auto order = QVariant::compare(l, r);
        if (order != QPartialOrdering::Equivalent)
            return order == QPartialOrdering::Less;
    }
    // Ties keep a stable, meaningful order: by name.
    const QModelIndex leftName = left.siblingAtColumn(NodeTableModel::NameColumn);
    const QModelIndex rightName = right.siblingAtColumn(NodeTableModel::NameColumn);
    return leftName.data(sortRole())
               .toString()
               .compare(rightName.data(sortRole()).toString(), Qt::CaseInsensitive)
        < 0;
}

} // namespace fleetdeck::ui

#pragma once

#include "core/inventory/Node.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace fleetdeck::ui {

// Filters and sorts a NodeTableModel: free text (every word must occur in the node's name, host,
// site or labels), a tier and a site. Sorting uses the source's raw SortRole values.
class NodeFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit NodeFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(u' '); }

    void setTierFilter(std::optional<inventory::Tier> tier);
    std::optional<inventory::Tier> tierFilter() const { return m_tier; }

    void setSiteFilter(const QString &site); // empty: any site
    QString siteFilter() const { return m_site; }

    void clearFilters();

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QStringList m_words; // lower-case
    std::optional<inventory::Tier> m_tier;
    QString m_site;
};

} // namespace fleetdeck::ui

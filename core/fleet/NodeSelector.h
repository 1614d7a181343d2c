#pragma once

#include "core/common/Result.h"
#include "core/inventory/Node.h"

#include <QList>
#include <QStringList>

namespace fleetdeck::fleet {

// Which nodes a command acts on: all | a,b,c | site=S | tier=edge|cloud | label:K=V
class NodeSelector
{
public:
    enum class Kind { All, Names, Site, Tier, Label };

    static Result<NodeSelector> parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool matches(const inventory::Node &node) const;
    QList<inventory::Node> select(const QList<inventory::Node> &nodes) const;
    // For Kind::Names: the names that are not in nodes (an operator typo must not pass silently).
    QStringList missingNames(const QList<inventory::Node> &nodes) const;
    QString toString() const;

private:
    Kind m_kind = Kind::All;
    QStringList m_names;
    QString m_key;
    QString m_value;
    inventory::Tier m_tier = inventory::Tier::Edge;
};

} // namespace fleetdeck::fleet

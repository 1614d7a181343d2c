#include "core/fleet/NodeSelector.h"

#include "core/fleet/Tr.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {

QString acceptedForms()
{
    return Tr::tr("Use one of: all | NAME[,NAME...] | site=SITE | tier=edge | tier=cloud | "
                  "label:KEY=VALUE.");
}

Error selectorError(const QString &problem)
{
    return Error{problem + u' ' + acceptedForms(), {}};
}

} // namespace

Result<NodeSelector> NodeSelector::parse(const QString &input)
{
    const QString text = input.trimmed();
    NodeSelector selector;
    if (text.isEmpty())
        return selectorError(Tr::tr("The node selector is empty."));
    if (text == u"all") {
        selector.m_kind = Kind::All;
        return selector;
    }
    if (text.startsWith(u"label:")) {
        const QString pair = text.mid(6);
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = pair.left(eq).trimmed();
        if (eq < 0 || !inventory::isValidLabelKey(key))
            return selectorError(Tr::tr("\"%1\" is not a label selector: write label:KEY=VALUE "
                                        "with a key of letters, digits, '.', '_', '/' or '-'.")
                                     .arg(text));
        selector.m_kind = Kind::Label;
        selector.m_key = key;
        selector.m_value = pair.mid(eq + 1).trimmed();
        return selector;
    }
    if (text.startsWith(u"site=")) {
        selector.m_value = text.mid(5).trimmed();
        if (selector.m_value.isEmpty())
            return selectorError(Tr::tr("\"site=\" needs a site name after it."));
        selector.m_kind = Kind::Site;
        return selector;
    }
    if (text.startsWith(u"tier=")) {
        const auto tier = inventory::tierFromName(QStringView(text).mid(5).trimmed());
        if (!tier)
            return selectorError(Tr::tr("\"%1\" is not a tier; a tier is edge or cloud.")
                                     .arg(text.mid(5)));
        selector.m_kind = Kind::Tier;
        selector.m_tier = *tier;
        return selector;
    }
    QSet<QString> seen;
    for (const QString &part : text.split(u',')) {
        const QString name = part.trimmed();
        if (!inventory::isValidNodeName(name))
            return selectorError(name.isEmpty()
                ? Tr::tr("The node list \"%1\" has an empty name.").arg(text)
                : Tr::tr("\"%1\" is neither a node name nor a selector.").arg(name));
        if (!seen.contains(name)) {
            seen.insert(name);
            selector.m_names.append(name);
        }
    }
    selector.m_kind = Kind::Names;
    return selector;
}

bool NodeSelector::matches(const inventory::Node &node) const
{
    switch (m_kind) {
    case Kind::All: return true;
    case Kind::Names: return m_names.contains(node.name);
    case Kind::Site: return node.site == m_value;
    case Kind::Tier: return node.tier == m_tier;
    case Kind::Label: {
        const auto it = node.labels.constFind(m_key);
        return it != node.labels.cend() && *it == m_value;
    }
    }
    return false;
}

QList<inventory::Node> NodeSelector::select(const QList<inventory::Node> &nodes) const
{
    QList<inventory::Node> selected;
    for (const inventory::Node &node : nodes) {
        if (matches(node))
            selected.append(node);
    }
    return selected;
}

QStringList NodeSelector::missingNames(const QList<inventory::Node> &nodes) const
{
    if (m_kind != Kind::Names)
        return {};
    QSet<QString> present;
    for (const inventory::Node &node : nodes)
        present.insert(node.name);
    QStringList missing;
    for (const QString &name : m_names) {
        if (!present.contains(name))
            missing.append(name);
    }
    return missing;
}

QString NodeSelector::toString() const
{
    switch (m_kind) {
    case Kind::All: return u"all"_s;
    case Kind::Names: return m_names.join(u',');
    case Kind::Site: return u"site="_s + m_value;
    case Kind::Tier: return u"tier="_s + inventory::tierName(m_tier);
    case Kind::Label: return u"label:"_s + m_key + u'=' + m_value;
    }
    return {};
}

} // namespace fleetdeck::fleet

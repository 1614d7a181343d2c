#include "core/fleet/import/AnsibleInventory.h"

#include "core/fleet/Tr.h"

#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {

const QString AllGroup = u"all"_s;
const QString UngroupedGroup = u"ungrouped"_s;

// The first of several spellings that is set.
const AnsibleInventory::Value *firstOf(const AnsibleInventory::Vars &vars,
                                       std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const auto it = vars.constFind(QString::fromUtf16(key));
        if (it != vars.cend())
            return &*it;
    }
    return nullptr;
}

QString ansibleLetters()
{
    return u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
}

Result<QStringList> expandRange(const QString &range, const QString &pattern)
{
    const QStringList parts = range.split(u':');
    const auto bad = [&pattern](const QString &why) {
        return Error{Tr::tr("Host range in \"%1\" is not valid: %2. Write it like web[1:3], "
                            "db[01:10], node[a:c] or x[0:10:2].").arg(pattern, why), {}};
    };
    if (parts.size() < 2 || parts.size() > 3)
        return bad(Tr::tr("expected [begin:end] or [begin:end:step]"));
    const QString begin = parts.at(0).isEmpty() ? u"0"_s : parts.at(0);
    const QString &end = parts.at(1);
    if (end.isEmpty())
        return bad(Tr::tr("the end value is missing"));
    bool ok = true;
    const int step = parts.size() == 3 ? parts.at(2).toInt(&ok) : 1;
    if (!ok || step < 1)
        return bad(Tr::tr("the step must be a positive number"));
    QStringList values;
    const qsizetype letterBegin = begin.size() == 1 ? ansibleLetters().indexOf(begin) : -1;
    const qsizetype letterEnd = end.size() == 1 ? ansibleLetters().indexOf(end) : -1;
    if (letterBegin >= 0 && letterEnd >= 0) {
        if (letterBegin > letterEnd)
            return bad(Tr::tr("the begin must not come after the end"));
        for (qsizetype i = letterBegin; i <= letterEnd; i += step)
            values.append(ansibleLetters().at(i));
        return values;
    }
    bool beginOk = false, endOk = false;
    const int from = begin.toInt(&beginOk);
    const int to = end.toInt(&endOk);
    if (!beginOk || !endOk || from < 0 || to < 0)
        return bad(Tr::tr("begin and end must both be numbers or both single letters"));
    const bool padded = begin.size() > 1 && begin.startsWith(u'0');
    if (padded && begin.size() != end.size())
        return bad(Tr::tr("a zero-padded begin needs an end of the same width"));
    if (from > to)
        return bad(Tr::tr("the begin must not come after the end"));
    if ((to - from) / step >= 100000)
        return bad(Tr::tr("it names more than 100000 hosts"));
    for (int i = from; i <= to; i += step)
        values.append(padded ? QString::number(i).rightJustified(begin.size(), u'0')
                             : QString::number(i));
    return values;
}

// The node fields that Ansible's connection vars and our fleetdeck_* vars give.
Result<void> applyVars(const AnsibleInventory::Vars &vars, ImportCandidate &candidate)
{
    using Value = AnsibleInventory::Value;
    inventory::Node &node = candidate.node;
    const QString &name = node.name;
    const Value *v = firstOf(vars, {u"ansible_host", u"ansible_ssh_host"});
    node.host = v ? v->text : name;
    if ((v = firstOf(vars, {u"ansible_port", u"ansible_ssh_port"}))) {
        bool ok = false;
        node.port = v->text.toInt(&ok);
        if (!ok || node.port < 1 || node.port > 65535)
            return Error{Tr::tr("ansible_port \"%1\" of host %2 is not a port; use a number from "
                                "1 to 65535.").arg(v->text, name), v->location};
    }
    if ((v = firstOf(vars, {u"ansible_user", u"ansible_ssh_user"})))
        node.user = v->text;
    if ((v = firstOf(vars, {u"ansible_ssh_private_key_file", u"ansible_private_key_file"})))
        node.identityFile = v->text;
    if ((v = firstOf(vars, {u"fleetdeck_site"}))) {
        node.site = v->text;
        candidate.fields |= ImportField::Site;
    }
    if ((v = firstOf(vars, {u"fleetdeck_tier"}))) {
        const auto tier = inventory::tierFromName(v->text);
        if (!tier)
            return Error{Tr::tr("fleetdeck_tier \"%1\" of host %2 is not edge or cloud.")
                             .arg(v->text, name), v->location};
        node.tier = *tier;
        candidate.fields |= ImportField::Tier;
    }
    if ((v = firstOf(vars, {u"fleetdeck_agent_command"}))) {
        node.agentCommand = v->text;
        candidate.fields |= ImportField::AgentCommand;
    }
    return {};
}

} // namespace

QString AnsibleInventory::groupLabelKey(const QString &group)
{
    return u"group."_s + group;
}

AnsibleInventory::Group &AnsibleInventory::group(const QString &name, const QString &location)
{
    auto it = m_groups.find(name);
    if (it == m_groups.end())
        it = m_groups.insert(name, Group{{}, {}, {}, location});
    return *it;
}

void AnsibleInventory::addGroup(const QString &name, const QString &location)
{
    group(name, location);
}

void AnsibleInventory::addHost(const QString &groupName, const QString &host, const Vars &vars,
                               const QString &location)
{
    Group &g = group(groupName, location);
    if (!g.hosts.contains(host))
        g.hosts.append(host);
    auto it = m_hosts.find(host);
    if (it == m_hosts.end()) {
        it = m_hosts.insert(host, Host{{}, location, {}});
        m_hostOrder.append(host);
    }
    if (!it->groups.contains(groupName))
        it->groups.append(groupName);
    it->vars.insert(vars);
}

void AnsibleInventory::addChild(const QString &parent, const QString &child,
                                const QString &location)
{
    group(child, location);
    Group &g = group(parent, location);
    if (!g.children.contains(child))
        g.children.append(child);
}

void AnsibleInventory::setGroupVar(const QString &groupName, const QString &key, const Value &value)
{
    group(groupName, value.location).vars.insert(key, value);
}

Result<QHash<QString, int>> AnsibleInventory::groupDepths() const
{
    QHash<QString, QStringList> parents;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        for (const QString &child : it->children)
            parents[child].append(it.key());
    }
    QHash<QString, int> depth{{AllGroup, 0}};
    QSet<QString> visiting;
    std::function<Result<int>(const QString &)> depthOf = [&](const QString &name) -> Result<int> {
        if (auto it = depth.constFind(name); it != depth.cend())
            return *it;
        if (visiting.contains(name))
            return Error{Tr::tr("Group \"%1\" is its own ancestor through :children; break the "
                                "loop.").arg(name), m_groups.value(name).location};
        visiting.insert(name);
        int d = 1;  // a group without parents is a child of all
        for (const QString &parent : parents.value(name)) {
            auto pd = depthOf(parent);
            if (!pd)
                return pd.error();
            d = std::max(d, *pd + 1);
        }
        visiting.remove(name);
        depth.insert(name, d);
        return d;
    };
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (auto d = depthOf(it.key()); !d)
            return d.error();
    }
    return depth;
}

Result<ImportCandidate> AnsibleInventory::candidateFor(const QString &name,
                                                       const QHash<QString, int> &depths,
                                                       const QHash<QString, QStringList> &parents) const
{
    const Host &host = m_hosts.value(name);
    // Every group the host is in, through parents too.
    QSet<QString> groups{AllGroup};
    QStringList pending = host.groups;
    while (!pending.isEmpty()) {
        const QString g = pending.takeLast();
        if (groups.contains(g))
            continue;
        groups.insert(g);
        pending.append(parents.value(g));
    }
    QStringList ordered(groups.cbegin(), groups.cend());
    std::sort(ordered.begin(), ordered.end(), [&depths](const QString &a, const QString &b) {
        const int da = depths.value(a), db = depths.value(b);
        return da != db ? da < db : a < b;
    });
    Vars vars;
    for (const QString &g : std::as_const(ordered))
        vars.insert(m_groups.value(g).vars);  // deeper groups come later and win
    vars.insert(host.vars);

    ImportCandidate candidate;
    const qsizetype colon = host.location.lastIndexOf(u':');
    candidate.file = host.location.left(colon);
    candidate.line = host.location.mid(colon + 1).toInt();
    candidate.fields = ImportField::Port | ImportField::User | ImportField::IdentityFile
                       | ImportField::Labels;
    inventory::Node &node = candidate.node;
    node.name = name;
    if (auto ok = applyVars(vars, candidate); !ok)
        return ok.error();
    for (const QString &g : std::as_const(ordered)) {
        if (g != AllGroup && g != UngroupedGroup)
            node.labels.insert(groupLabelKey(g), u"true"_s);
    }
    if (auto ok = inventory::validateNode(node); !ok)
        return Error{ok.error().message, host.location};
    return candidate;
}

Result<ParsedInventory> AnsibleInventory::toParsedInventory() const
{
    auto depths = groupDepths();
    if (!depths)
        return depths.error();
    QHash<QString, QStringList> parents;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        for (const QString &child : it->children)
            parents[child].append(it.key());
    }
    ParsedInventory parsed;
    parsed.nodes.reserve(m_hostOrder.size());
    for (const QString &name : m_hostOrder) {
        auto candidate = candidateFor(name, *depths, parents);
        if (!candidate)
            return candidate.error();
        parsed.nodes.append(std::move(*candidate));
    }
    return parsed;
}

Result<QStringList> AnsibleInventory::expandHostPattern(const QString &pattern)
{
    const qsizetype open = pattern.indexOf(u'[');
    if (open < 0)
        return QStringList{pattern};
    const qsizetype close = pattern.indexOf(u']', open);
    if (close < 0)
        return Error{Tr::tr("Host pattern \"%1\" opens a range with [ but never closes it.")
                         .arg(pattern), {}};
    auto values = expandRange(pattern.mid(open + 1, close - open - 1), pattern);
    if (!values)
        return values.error();
    auto tails = expandHostPattern(pattern.mid(close + 1));
    if (!tails)
        return tails.error();
    QStringList hosts;
    const QString head = pattern.left(open);
    for (const QString &value : std::as_const(*values)) {
        for (const QString &tail : std::as_const(*tails))
            hosts.append(head + value + tail);
    }
    return hosts;
}

} // namespace fleetdeck::fleet

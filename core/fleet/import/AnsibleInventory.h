#pragma once

#include "core/common/Result.h"
#include "core/fleet/import/NodeImporter.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fleetdeck::fleet {

// An Ansible inventory as its parsers (INI and YAML) read it: groups, their hosts, children and
// vars, each value with the place it was written. toParsedInventory() turns it into nodes with
// Ansible's variable precedence: host vars > child group vars > parent group vars > all.
//
// Node fields come from ansible_host (else the inventory name), ansible_port, ansible_user,
// ansible_ssh_private_key_file (and their older ansible_ssh_* spellings), plus our own
// fleetdeck_site, fleetdeck_tier and fleetdeck_agent_command.
//
// Groups become labels: every group a host belongs to, parents included (but not the implicit
// "all" and "ungrouped"), gives the label "group.<name>" = "true". So `label:group.web=true`
// selects the hosts of the Ansible group web.
class AnsibleInventory
{
public:
    struct Value
    {
        QString text;
        QString location;  // file:line
    };
    using Vars = QMap<QString, Value>;

    static QString groupLabelKey(const QString &group);  // "group.<name>"

    // Adds (or merges) a host into group; later vars for the same host override earlier ones.
    void addHost(const QString &group, const QString &host, const Vars &vars,
                 const QString &location);
    void addGroup(const QString &group, const QString &location);
    void addChild(const QString &parent, const QString &child, const QString &location);
    void setGroupVar(const QString &group, const QString &key, const Value &value);

    Result<ParsedInventory> toParsedInventory() const;

    // Expands Ansible host ranges: web[1:3], db[01:10] (padding kept), node[a:c], x[0:10:2].
    static Result<QStringList> expandHostPattern(const QString &pattern);

private:
    struct Group
    {
        QStringList hosts;
        QStringList children;
        Vars vars;
        QString location;
    };
    struct Host
    {
        Vars vars;
        QString location;   // first declaration
        QStringList groups; // groups that list it directly
    };

    Group &group(const QString &name, const QString &location);
    Result<QHash<QString, int>> groupDepths() const;
    Result<ImportCandidate> candidateFor(const QString &name, const QHash<QString, int> &depths,
                                         const QHash<QString, QStringList> &parents) const;

    QMap<QString, Group> m_groups;
    QHash<QString, Host> m_hosts;
    QStringList m_hostOrder;
};

} // namespace fleetdeck::fleet

#pragma once

#include "core/common/Result.h"
#include "core/fleet/import/NodeImporter.h"

namespace fleetdeck::fleet {

// Nodes from an Ansible inventory, INI or YAML. See AnsibleInventory for how hosts, vars and
// groups become nodes and labels (group "web" gives the label group.web=true).
//
// INI: [group], [group:vars], [group:children]; host lines "name[:port] key=value ..." with
// ranges (web[1:3], db[01:10], node[a:c], x[0:10:2]); lines before any section are ungrouped.
// YAML: groups mapping to hosts / vars / children, as `ansible-inventory --list -y` reads them.
class AnsibleInventoryParser
{
public:
    // YAML for .yml/.yaml or a document that starts like YAML; INI otherwise.
    static Result<ParsedInventory> parseFile(const QString &path);
    static Result<ParsedInventory> parseIni(const QString &text, const QString &fileName);
    static Result<ParsedInventory> parseYaml(const QString &text, const QString &fileName);
};

} // namespace fleetdeck::fleet

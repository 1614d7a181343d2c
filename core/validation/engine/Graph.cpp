#include "core/validation/engine/Graph.h"

namespace fleetdeck::validation {

std::string Node::displayName(std::size_t index) const
{
    if (!name.empty())
        return name;
    return opType + "#" + std::to_string(index);
}

DataType Graph::typeOf(const std::string &value) const
{
    if (auto it = valueInfo.find(value); it != valueInfo.end())
        return it->second.type;
    if (auto it = initializers.find(value); it != initializers.end())
        return it->second.dataType();
    return DataType::Undefined;
}

} // namespace fleetdeck::validation

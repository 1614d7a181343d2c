#include "core/common/Result.h"

namespace fleetdeck {

QString Error::toString() const
{
    if (location.isEmpty())
        return message;
    return location + u": " + message;
}

} // namespace fleetdeck

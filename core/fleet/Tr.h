#pragma once

#include <QCoreApplication>

namespace fleetdeck::fleet {
// One translation context for the module (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fleetdeck::Fleet)
};
} // namespace fleetdeck::fleet

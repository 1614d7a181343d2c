#pragma once

#include <QCoreApplication>

namespace fleetdeck::agent {
// One translation context for the agent (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Fleetdeck::Agent)
};
} // namespace fleetdeck::agent

#pragma once

#include <QCoreApplication>

namespace fleetdeck::credentials {
// One translation context for the module (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Fleetdeck::Credentials)
};
} // namespace fleetdeck::credentials

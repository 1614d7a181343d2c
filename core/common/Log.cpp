#include "core/common/Log.h"

Q_LOGGING_CATEGORY(lcInventory, "fleetdeck.inventory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransport, "fleetdeck.transport", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFleet, "fleetdeck.fleet", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "fleetdeck.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "fleetdeck.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProtocol, "fleetdeck.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAgent, "fleetdeck.agent", QtInfoMsg)

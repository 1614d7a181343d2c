#pragma once

#include "core/inventory/ValidationRepository.h"
#include "ui/models/ValidationRun.h"

#include <QJsonObject>

namespace fleetdeck::ui {

// What the inventory keeps of a run from the Validate page: the same keys as
// `fleetdeck-cli validate --json` (verdict, engine, device, tolerance, dataSets with each output's
// errors, unsupported ops, error, warnings), with "source": "gui".
QJsonObject resultsJson(const ValidationOutcome &outcome);

inventory::ValidationVerdict storedVerdict(validation::Verdict verdict);

} // namespace fleetdeck::ui

#pragma once

#include "core/inventory/ValidationRepository.h"
#include "ui/models/ValidationRun.h"

#include <QJsonObject>

namespace fleetdeck::ui {

// What the inventory keeps of a run from the Validate page, with "source": "gui". The keys are
// those of `fleetdeck-cli validate --json` that matter after the run (verdict, engine, device,
// tolerance, each output's errors, performance with latencyMs/throughput/peak memory, budgets,
// unsupported ops, error, warnings), so ValidationGate judges a verdict from either the same way.
// (The CLI's formatter lives in cli/; were it in core/, both would share one writer.)
QJsonObject resultsJson(const ValidationOutcome &outcome);

inventory::ValidationVerdict storedVerdict(validation::Verdict verdict);

} // namespace fleetdeck::ui

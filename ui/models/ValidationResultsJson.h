#pragma once

#include "core/inventory/ValidationRepository.h"
#include "core/validation/ValidationReportJson.h"
#include "ui/models/ValidationRun.h"

#include <QJsonObject>

namespace fleetdeck::ui {

// What the inventory keeps of a run from the Validate page: the document `fleetdeck-cli validate
// --json` writes (validation::validationReportJson), plus "source": "gui" and the device choice,
// so ValidationGate judges a verdict from either the same way.
QJsonObject resultsJson(const ValidationOutcome &outcome);

// What the run was asked to do, as the JSON and the inventory's columns describe it.
validation::ValidationSubject subjectOf(const ValidationOutcome &outcome);
QString deviceChoiceName(validation::DeviceChoice choice); // "auto" | "cpu" | "cuda"

inventory::ValidationVerdict storedVerdict(validation::Verdict verdict);

} // namespace fleetdeck::ui

#pragma once

#include "core/validation/ModelValidator.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace fleetdeck::validation {

// What a validation was run on and how, besides the report itself.
struct ValidationSubject
{
    QString target;     // as given: the FILE or NAME:V
    QString modelPath;  // the file that was run
    QString sha256;
    QString reference;  // "NAME:V", empty for a loose file
    QString dataDir;    // empty: seeded inputs
    // What was asked for; the report's engine and device replace them once one was chosen.
    QString engine;     // "cpu", "cuda"
    QString device;     // "cpu", "cuda"
    QString deviceChoice; // "auto" | "cpu" | "cuda": what the operator asked for
    QString deviceNote; // why no GPU was used, when the report has no note of its own
    Tolerance tolerance; // as the operator gave them; the report says which ones held
    uint64_t seed = 1;
};

// The one JSON document of a validation: what `fleetdeck-cli validate --json` prints and what the
// inventory stores for the CLI and the Validate page alike, so ValidationGate judges a verdict
// from either the same way. Keys are documented in docs/user-guide/validation.md; names are
// stable and never translated.
QJsonObject validationReportJson(const ValidationSubject &subject, const ValidationReport &report);

// The engine and device a validation ran on ("cuda", "NVIDIA H100 80GB HBM3"), for the JSON and
// the inventory's columns: the report's once an engine was chosen, else what was asked for.
QString reportedEngine(const ValidationSubject &subject, const ValidationReport &report);
QString reportedDevice(const ValidationSubject &subject, const ValidationReport &report);

QString verdictName(Verdict verdict); // "pass" | "fail" | "cannot-validate" | "cancelled"
QString budgetKey(BudgetKind kind);   // "maxP99Ms" | "maxMemoryBytes" | "minThroughput"
QString budgetStatusName(BudgetStatus status);
QString memorySourceName(MemorySource source);
// The output statistics of every data set run on seeded inputs, in order.
std::vector<OutputStatistics> seededStatistics(const ValidationReport &report);

} // namespace fleetdeck::validation

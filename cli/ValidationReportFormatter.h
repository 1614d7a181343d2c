#pragma once

#include "core/validation/ModelValidator.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace fleetdeck::cli {

// What a validation was run on and how, besides the report itself.
struct ValidationSubject {
    QString target; // as given: the FILE or NAME:V
    QString modelPath; // the file that was run
    QString sha256;
    QString reference; // "NAME:V", empty for a loose file
    QString dataDir; // empty: seeded inputs
    QString engine; // "cpu"
    QString device; // "cpu"; the performance report names the CPU model or GPU
    QString deviceNote; // why no GPU was used, when --device auto was given
    validation::Tolerance tolerance;
    uint64_t seed = 1;
};

// `validate`'s output: one JSON document (also what the inventory stores) and aligned text with
// a row per output, the failing outputs named with their errors, latency and throughput tables,
// the budgets with pass/fail, and the verdict. The JSON's keys are documented in
// docs/user-guide/validation.md; ValidationRepository::latestPassing reads them back.
class ValidationReportFormatter {
public:
    static QString verdictName(validation::Verdict verdict); // "pass" | "fail" | "cannot-validate"

    static QJsonObject toJson(
        const ValidationSubject &subject, const validation::ValidationReport &report);
    static QString text(
        const ValidationSubject &subject, const validation::ValidationReport &report);
};

} // namespace fleetdeck::cli

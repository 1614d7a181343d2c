#pragma once

#include "core/validation/ValidationReportJson.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace fleetdeck::cli {

using ValidationSubject = validation::ValidationSubject;

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

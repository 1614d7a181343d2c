#pragma once

#include "core/common/Result.h"
#include "core/validation/engine/LoadLimits.h"
#include "core/validation/engine/SupportReport.h"
#include "core/validation/engine/TensorComparator.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fleetdeck::validation {

enum class Verdict {
    Passed,
    Failed,         // outputs differ, NaN/Inf appeared, or the data does not fit the model
    CannotValidate, // unsupported ops, opset or data types: not a failure of the model
};

struct ValidationOptions
{
    QString dataDir;          // folder with test_data_set_N; empty: beside the model
    Tolerance tolerance;
    int threads = 0;          // 0: one per core
    uint64_t seed = 1;        // for generated inputs when there is no golden data
    LoadLimits limits;
};

struct DataSetResult
{
    QString name;             // "test_data_set_0", or "seeded inputs"
    std::vector<OutputComparison> outputs; // empty for generated inputs
    std::vector<NonFiniteCount> outputNonFinite;
    bool passed = false;
};

struct ValidationReport
{
    Verdict verdict = Verdict::CannotValidate;
    QString modelPath;
    int64_t opset = 0;
    QString producer;
    SupportReport support;
    QStringList unsupported;  // translated, one line per op
    std::vector<DataSetResult> dataSets;
    QStringList warnings;     // translated: NaN in inputs...
    std::optional<Error> error;
};

// Loads a model, checks the CPU engine supports it, runs it on each golden data set (or on
// seeded inputs) and compares. Blocking: run it on a worker thread.
class ModelValidator
{
public:
    explicit ModelValidator(ValidationOptions options = {});

    ValidationReport validate(const QString &modelPath) const;

private:
    ValidationOptions m_options;
};

} // namespace fleetdeck::validation

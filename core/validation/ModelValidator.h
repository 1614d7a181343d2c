#pragma once

#include "core/common/Result.h"
#include "core/validation/engine/Budget.h"
#include "core/validation/engine/LoadLimits.h"
#include "core/validation/engine/PerformanceRun.h"
#include "core/validation/engine/SupportReport.h"
#include "core/validation/engine/TensorComparator.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace fleetdeck::validation {

enum class Verdict {
    Passed,         // outputs within tolerance and every given budget held
    Failed,         // outputs differ, NaN/Inf appeared, the data does not fit the model, or a
                    // budget was exceeded or could not be measured
    CannotValidate, // unsupported ops, opset or data types: not a failure of the model
    Cancelled,      // the caller cancelled; nothing is concluded (and nothing should be stored)
};

// Where a validation is, for a progress bar: "phase N of M, run i of n". Phases: load and check,
// one per data set, then per batch size of the performance run. phaseCount is 0 until the model
// has loaded (it depends on the data sets and the batch dimension) and can grow by one when the
// golden inputs' batch is not among the batch sizes asked for.
struct ValidationProgress
{
    enum class Kind { Loading, Comparing, WarmingUp, Timing };
    Kind kind = Kind::Loading;
    int phase = 1;          // 1-based
    int phaseCount = 0;
    QString dataSet;        // Comparing: the data set's name
    int64_t batch = 0;      // WarmingUp / Timing
    int run = 0;            // WarmingUp / Timing: 1-based
    int runs = 0;

    // Translated one-liner: "Phase 3 of 6: timing batch 4, run 7 of 20".
    QString text() const;
};

// Where a validation runs. Cpu: the CPU reference engine. Cuda: the CUDA engine plugin, or
// CannotValidate saying why there is none. Auto: the CUDA engine where a device exists, else the
// CPU, and the report says why.
enum class DeviceChoice { Auto, Cpu, Cuda };

// The tolerance profile a GPU run may use: TF32 keeps about 10 mantissa bits in matrix products,
// so float32 references differ by more than the default tolerances allow.
inline constexpr Tolerance tf32Tolerance{1e-2, 1e-3};

struct ValidationOptions
{
    QString dataDir;          // folder with test_data_set_N; empty: beside the model
    bool dataBesideModel = true; // false: with no dataDir, run on seeded inputs
    Tolerance tolerance;
    // The operator set rtol/atol: the GPU profile never overrides them.
    bool toleranceGiven = false;
    DeviceChoice device = DeviceChoice::Cpu;
    // The operator lets a GPU engine use TF32 (faster, less exact); without toleranceGiven the
    // outputs are then held to tf32Tolerance, and the report says so.
    bool allowTf32 = false;
    int threads = 0;          // 0: one per core
    uint64_t seed = 1;        // for generated inputs when there is no golden data
    LoadLimits limits;
    PerformanceOptions performance; // performance.enabled = false skips timing (budgets then fail)
    Budgets budgets;
    // The operator chose the CPU explicitly, so a memory budget means host memory. Otherwise a
    // memory budget is about a GPU, and a CPU engine's reading is "not measured".
    bool memoryBudgetOnHost = false;
    // Called on the validating thread; the GUI queues it to its own thread.
    std::function<void(const ValidationProgress &)> progress;
    // Checked before every inference: a cancel takes effect within one inference.
    const std::atomic<bool> *cancel = nullptr;
};

// What one output looked like on seeded inputs: with no golden data to compare against, its
// range and its NaN/Inf counts are what an operator can judge.
struct OutputStatistics
{
    QString name;
    QString shape;            // "[1, 1000]"
    int64_t elements = 0;
    double min = 0;           // over finite values
    double max = 0;
    double mean = 0;
    int64_t nan = 0;
    int64_t inf = 0;
};

// What a data set's outputs were compared with.
enum class OutputReference {
    None,      // seeded inputs on the CPU: ranges and NaN/Inf only
    Golden,    // output_N.pb of the data set
    CpuEngine, // seeded inputs on a GPU engine: the CPU reference engine's outputs, same inputs
};

struct DataSetResult
{
    QString name;             // "test_data_set_0", or "seeded inputs"
    OutputReference reference = OutputReference::None;
    std::vector<OutputComparison> outputs; // empty for seeded inputs on the CPU
    std::vector<NonFiniteCount> outputNonFinite;
    std::vector<OutputStatistics> statistics; // seeded inputs: one per output
    bool passed = false;
};

// Everything the CLI prints, the GUI's Validate page shows and the inventory stores.
struct ValidationReport
{
    Verdict verdict = Verdict::CannotValidate;
    QString modelPath;
    // The engine that ran the model ("cpu", "cuda"; empty when validation stopped before one was
    // chosen) and its device: the GPU's name and driver, or the CPU model and threads.
    QString engine;
    DeviceInfo device;
    bool pluginEngine = false; // the engine came from a run-time plugin (the CUDA engine)
    // Translated: why the CPU ran when the device was left to us (no plugin, no device...).
    QString deviceNote;
    // The GPU was demanded and this machine has none (error says why): a fact about the machine,
    // not a verdict on the model, so callers store nothing.
    bool deviceUnavailable = false;
    bool tf32 = false;        // the GPU engine was allowed TF32
    Tolerance tolerance;      // what the outputs were held to
    // Translated: the tolerances were loosened to the GPU profile, and why; empty otherwise.
    QString toleranceNote;
    int64_t opset = 0;
    QString producer;
    SupportReport support;
    QStringList unsupported;  // translated, one line per op
    std::vector<DataSetResult> dataSets;
    // Timing on the first data set's inputs (or the seeded ones); empty when performance was
    // off, or validation stopped before it. performance->samplesMs feeds a latency histogram.
    std::optional<PerformanceReport> performance;
    bool outputsPassed = false;     // every data set passed (the verdict also needs the budgets)
    std::vector<BudgetCheck> budgets; // one per budget given, in BudgetKind order
    QStringList budgetFailures;     // translated: one line per budget exceeded or not measured
    QStringList warnings;     // translated: NaN in inputs, unstable timings, a batch size that failed
    std::optional<Error> error;
};

// Loads a model, picks the engine (the CPU reference engine, or the CUDA engine plugin), checks
// it supports the model, runs it on each golden data set (or on seeded inputs, which a GPU
// engine's outputs are compared on with the CPU engine's) and compares, times it, and holds the
// numbers against the budgets. Blocking, and loading the CUDA plugin takes a while: run it on a
// worker thread.
class ModelValidator
{
public:
    explicit ModelValidator(ValidationOptions options = {});

    ValidationReport validate(const QString &modelPath) const;

    // Translated sentence for a budget check: "The p99 latency of 12.3 ms exceeds the budget of 10 ms."
    static QString describe(const BudgetCheck &check);
    // Translated reason why throughput was measured at one batch only; empty when free.
    static QString describe(const BatchDimension &batch);

private:
    ValidationOptions m_options;
};

} // namespace fleetdeck::validation

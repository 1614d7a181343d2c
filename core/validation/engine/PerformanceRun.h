#pragma once

#include "core/validation/engine/Engine.h"
#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/Graph.h"
#include "core/validation/engine/LatencyStats.h"
#include "core/validation/engine/Tensor.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fleetdeck::validation {

struct PerformanceOptions
{
    bool enabled = true;
    // Warm-up: at least warmupRuns runs and at least warmupMinMs (caches, lazy allocations, a
    // GPU's clocks). The first warm-up run is also the one the memory peak sees first.
    int warmupRuns = 2;
    double warmupMinMs = 0;
    // Timed runs per batch size: at least timedRuns and at least minTimedMs, but a batch size
    // stops after maxTimedMs (keeping at least one run), so a slow model cannot hang a validation.
    int timedRuns = 20;
    double minTimedMs = 0;
    double maxTimedMs = 20000;
    // Batch sizes for the throughput table when the batch dimension is free; empty: 1, 2, 4, 8.
    std::vector<int64_t> batchSizes;
};

// Whether the first dimension of every input is free (symbolic or -1), so that the model can be
// run at other batch sizes; otherwise why not.
struct BatchDimension
{
    enum class Kind {
        Free,
        NoInputs,        // the graph has no inputs
        UnknownShape,    // an input has no shape (inputName)
        ScalarInput,     // an input has rank 0 (inputName)
        Fixed,           // an input's first dimension is a number (inputName, fixedSize)
    };
    Kind kind = Kind::NoInputs;
    std::string inputName;
    int64_t fixedSize = 0;

    bool free() const { return kind == Kind::Free; }
};

BatchDimension detectBatchDimension(const Graph &graph);

// The inputs at another batch size: rows of dimension 0 repeated cyclically (row i of the result
// is row i % n of the input), so golden and seeded inputs both scale. Refuses beyond maxBytes.
Expected<std::vector<Tensor>> withBatch(const std::vector<Tensor> &inputs, int64_t batch, int64_t maxBytes);

struct ThroughputPoint
{
    int64_t batch = 1;
    LatencyStats latency;
    double inferencesPerSecond = 0; // batch items per second: batch * 1000 / mean ms
    bool stoppedByTimeLimit = false; // fewer runs than asked: maxTimedMs was reached
    std::optional<EngineError> error; // this batch size could not run (memory limit...)
};

enum class MemorySource {
    NotMeasured,
    Engine,              // the engine's own peak of live tensors (device memory on a GPU)
    ProcessPeakRssDelta, // Linux: peak resident set during the runs minus the resident set before
};

struct PerformanceReport
{
    DeviceInfo device;     // filled by the caller for the CPU (model name, threads)
    std::string engine;    // Engine::name()
    bool deviceTimed = false; // latencies from the engine's device timer, not the wall clock
    int warmupRuns = 0;
    double warmupMs = 0;
    int64_t batch = 1;     // batch of the inputs as given: the latency figures below are for it
    LatencyStats latency;  // at `batch`; the budget for p99 holds against latency.p99Ms
    std::vector<double> samplesMs; // each timed run at `batch`, in run order (a histogram's data)
    BatchDimension batchDimension;
    std::vector<ThroughputPoint> throughput; // ascending batch; only `batch` when not free
    int64_t peakMemoryBytes = -1;
    MemorySource memorySource = MemorySource::NotMeasured;
    // Whether the peak is the memory a budget means (set by the validator): device memory of a
    // GPU engine, or host memory when the operator chose the CPU.
    bool memoryCountsForBudget = false;
    bool cancelled = false;

    // Best inferences/s of the table (0 when empty).
    double bestThroughput() const;
};

// Where a performance run is; the validator turns it into "phase N of M, run i of n".
struct PerformanceProgress
{
    enum class Step { Warmup, Timed };
    Step step = Step::Warmup;
    int64_t batch = 1;
    int batchIndex = 0;    // 0-based position in the batch sizes measured
    int batchCount = 1;
    int run = 0;           // 1-based
    int runs = 0;          // planned (warm-up and timed runs may run longer for the minimum time)
};

// Warm-up, timed runs at the given inputs' batch, then the throughput table. Blocking; checks
// `cancel` before each inference, so a cancel takes effect within one inference.
class PerformanceRun
{
public:
    using ProgressFunction = std::function<void(const PerformanceProgress &)>;

    explicit PerformanceRun(PerformanceOptions options, int64_t maxTensorBytes = int64_t(4) << 30);

    void setProgress(ProgressFunction progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // The batch sizes that will be measured for these inputs (the throughput table's rows).
    std::vector<int64_t> plannedBatches(const Graph &graph, const std::vector<Tensor> &inputs) const;

    // An error only when the inputs as given cannot run; a failing larger batch is recorded in
    // its ThroughputPoint.
    Expected<PerformanceReport> measure(Engine &engine, const Graph &graph, const std::vector<Tensor> &inputs) const;

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    Expected<double> timedRun(Engine &engine, const std::vector<Tensor> &inputs) const;
    Status warmUp(Engine &engine, const std::vector<Tensor> &inputs, PerformanceReport &report,
                  PerformanceProgress &progress) const;
    ThroughputPoint timeBatch(Engine &engine, const std::vector<Tensor> &inputs, PerformanceProgress &progress,
                              std::vector<double> *samples) const;

    PerformanceOptions m_options;
    int64_t m_maxTensorBytes;
    ProgressFunction m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace fleetdeck::validation

#include "core/validation/engine/PerformanceRun.h"

#include "core/validation/engine/HostProbe.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace fleetdeck::validation {

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

EngineError cancelledError()
{
    return makeError(ErrorCode::KernelFailed, "cancelled");
}

} // namespace

double PerformanceReport::bestThroughput() const
{
    double best = 0;
    for (const ThroughputPoint &point : throughput)
        best = std::max(best, point.inferencesPerSecond);
    return best;
}

BatchDimension detectBatchDimension(const Graph &graph)
{
    BatchDimension batch;
    if (graph.inputs.empty())
        return batch;
    for (const ValueInfo &input : graph.inputs) {
        batch.inputName = input.name;
        if (!input.hasShape) {
            batch.kind = BatchDimension::Kind::UnknownShape;
            return batch;
        }
        if (input.shape.empty()) {
            batch.kind = BatchDimension::Kind::ScalarInput;
            return batch;
        }
        if (input.shape.front() >= 0) {
            batch.kind = BatchDimension::Kind::Fixed;
            batch.fixedSize = input.shape.front();
            return batch;
        }
    }
    batch.inputName.clear();
    batch.kind = BatchDimension::Kind::Free;
    return batch;
}

Expected<std::vector<Tensor>> withBatch(const std::vector<Tensor> &inputs, int64_t batch, int64_t maxBytes)
{
    std::vector<Tensor> scaled;
    int64_t total = 0;
    for (const Tensor &input : inputs) {
        Shape shape = input.shape();
        if (shape.empty() || shape.front() <= 0)
            return makeError(ErrorCode::InputShapeMismatch, "no batch dimension in " + shapeToString(shape));
        const int64_t rows = shape.front();
        shape.front() = batch;
        const auto count = checkedElementCount(shape);
        const int64_t rowBytes = static_cast<int64_t>(input.byteSize()) / rows;
        if (!count || batch > (maxBytes - total) / std::max<int64_t>(rowBytes, 1))
            return makeError(ErrorCode::MemoryLimitExceeded, "batch " + std::to_string(batch) + " input "
                                                                 + shapeToString(shape));
        total += batch * rowBytes;
        Tensor tensor(input.dataType(), shape);
        for (int64_t row = 0; row < batch; ++row)
            std::memcpy(tensor.bytes() + row * rowBytes, input.bytes() + (row % rows) * rowBytes,
                        static_cast<std::size_t>(rowBytes));
        scaled.push_back(std::move(tensor));
    }
    return scaled;
}

PerformanceRun::PerformanceRun(PerformanceOptions options, int64_t maxTensorBytes)
    : m_options(std::move(options)), m_maxTensorBytes(maxTensorBytes)
{
}

std::vector<int64_t> PerformanceRun::plannedBatches(const Graph &graph, const std::vector<Tensor> &inputs) const
{
    const int64_t given = !inputs.empty() && inputs.front().rank() > 0 ? inputs.front().dim(0) : 1;
    if (!detectBatchDimension(graph).free())
        return {given};
    std::vector<int64_t> batches = m_options.batchSizes.empty() ? std::vector<int64_t>{1, 2, 4, 8}
                                                                : m_options.batchSizes;
    batches.push_back(given);
    std::sort(batches.begin(), batches.end());
    batches.erase(std::unique(batches.begin(), batches.end()), batches.end());
    batches.erase(std::remove_if(batches.begin(), batches.end(), [](int64_t b) { return b <= 0; }), batches.end());
    return batches;
}

Expected<double> PerformanceRun::timedRun(Engine &engine, const std::vector<Tensor> &inputs) const
{
    if (cancelled())
        return cancelledError();
    const auto start = Clock::now();
    auto outputs = engine.run(inputs);
    const double wallMs = millisecondsSince(start);
    if (!outputs)
        return outputs.error();
    const double deviceMs = engine.lastRunDeviceMs();
    return deviceMs >= 0 ? deviceMs : wallMs;
}

Status PerformanceRun::warmUp(Engine &engine, const std::vector<Tensor> &inputs, PerformanceReport &report,
                              PerformanceProgress &progress) const
{
    progress.step = PerformanceProgress::Step::Warmup;
    progress.runs = m_options.warmupRuns;
    const auto start = Clock::now();
    for (int run = 0; run < m_options.warmupRuns || millisecondsSince(start) < m_options.warmupMinMs; ++run) {
        progress.run = run + 1;
        if (m_progress)
            m_progress(progress);
        auto done = timedRun(engine, inputs);
        if (!done)
            return done.error();
        ++report.warmupRuns;
    }
    report.warmupMs = millisecondsSince(start);
    return {};
}

ThroughputPoint PerformanceRun::timeBatch(Engine &engine, const std::vector<Tensor> &inputs,
                                          PerformanceProgress &progress, std::vector<double> *samples) const
{
    ThroughputPoint point;
    point.batch = progress.batch;
    progress.step = PerformanceProgress::Step::Timed;
    progress.runs = std::max(1, m_options.timedRuns);
    std::vector<double> latencies;
    double spent = 0;
    for (int run = 0;; ++run) {
        const bool enough = run >= std::max(1, m_options.timedRuns) && spent >= m_options.minTimedMs;
        if (enough || (run > 0 && spent >= m_options.maxTimedMs)) {
            point.stoppedByTimeLimit = !enough;
            break;
        }
        progress.run = run + 1;
        if (m_progress)
            m_progress(progress);
        auto ms = timedRun(engine, inputs);
        if (!ms) {
            point.error = ms.error();
            break;
        }
        latencies.push_back(*ms);
        spent += *ms;
    }
    if (samples)
        *samples = latencies;
    point.latency = summarizeLatencies(std::move(latencies));
    point.inferencesPerSecond = inferencesPerSecond(point.batch, point.latency.meanMs);
    return point;
}

Expected<PerformanceReport> PerformanceRun::measure(Engine &engine, const Graph &graph,
                                                    const std::vector<Tensor> &inputs) const
{
    PerformanceReport report;
    report.engine = engine.name();
    report.device = engine.deviceInfo();
    report.deviceTimed = engine.lastRunDeviceMs() >= 0;
    report.batchDimension = detectBatchDimension(graph);
    report.batch = !inputs.empty() && inputs.front().rank() > 0 ? inputs.front().dim(0) : 1;
    const std::vector<int64_t> batches = plannedBatches(graph, inputs);

    // The memory peak covers warm-up and every batch size, so the largest batch sets it.
    PeakRssMeter rss;
    engine.resetPeakMemory();
    const bool rssMeasurable = rss.start();

    PerformanceProgress progress;
    progress.batch = report.batch;
    progress.batchCount = int(batches.size());
    const auto given = std::find(batches.begin(), batches.end(), report.batch);
    progress.batchIndex = int(given - batches.begin());
    if (Status warmed = warmUp(engine, inputs, report, progress); !warmed) {
        report.cancelled = cancelled();
        if (report.cancelled)
            return report;
        return warmed.error();
    }
    ThroughputPoint reference = timeBatch(engine, inputs, progress, &report.samplesMs);
    report.cancelled = cancelled();
    if (reference.error && !report.cancelled)
        return *reference.error;
    report.latency = reference.latency;
    for (std::size_t i = 0; i < batches.size() && !report.cancelled; ++i) {
        if (batches[i] == report.batch) {
            report.throughput.push_back(reference);
            continue;
        }
        progress.batch = batches[i];
        progress.batchIndex = int(i);
        ThroughputPoint point;
        point.batch = batches[i];
        auto scaled = withBatch(inputs, batches[i], m_maxTensorBytes);
        if (!scaled) {
            point.error = scaled.error();
        } else {
            // One untimed run per new shape: kernels size their scratch and the allocator its
            // arenas on first sight of a shape.
            PerformanceProgress warm = progress;
            warm.step = PerformanceProgress::Step::Warmup;
            warm.run = warm.runs = 1;
            if (m_progress)
                m_progress(warm);
            auto first = timedRun(engine, scaled.value());
            point = first ? timeBatch(engine, scaled.value(), progress, nullptr) : point;
            if (!first)
                point.error = first.error();
        }
        report.cancelled = cancelled();
        if (!report.cancelled)
            report.throughput.push_back(std::move(point));
    }
    if (const int64_t enginePeak = engine.peakMemoryBytes(); enginePeak >= 0) {
        report.peakMemoryBytes = enginePeak;
        report.memorySource = MemorySource::Engine;
    } else if (rssMeasurable) {
        report.peakMemoryBytes = rss.peakDeltaBytes();
        report.memorySource = report.peakMemoryBytes >= 0 ? MemorySource::ProcessPeakRssDelta
                                                          : MemorySource::NotMeasured;
    }
    return report;
}

} // namespace fleetdeck::validation

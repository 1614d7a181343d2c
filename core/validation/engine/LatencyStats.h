#pragma once

#include <cstdint>
#include <vector>

namespace fleetdeck::validation {

// Summary of timed runs, in milliseconds. Percentiles are nearest-rank (the smallest sample with
// at least p% of the samples at or below it), so every reported latency is one that was measured:
// with 20 runs p99 is the slowest run, which is what a latency budget should be held to.
struct LatencyStats
{
    int64_t runs = 0;
    double minMs = 0;
    double meanMs = 0;
    double stddevMs = 0;     // population standard deviation
    double cv = 0;           // stddev / mean; 0 when the mean is 0
    double p50Ms = 0;
    double p90Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    double totalMs = 0;

    // Above this coefficient of variation the numbers are called unstable (another process, a
    // frequency change or a GC-like pause disturbed the runs); trtexec warns at the same 10%.
    static constexpr double UnstableCv = 0.10;
    bool unstable() const { return cv > UnstableCv; }
};

// Nearest-rank percentile (0 < p <= 100) of ascending samples; 0 for no samples.
double nearestRankPercentile(const std::vector<double> &sortedSamples, double p);

// Statistics of samples in any order; all zero for no samples.
LatencyStats summarizeLatencies(std::vector<double> samplesMs);

// Inferences (batch items) per second when each run handles `batch` items in meanMs.
double inferencesPerSecond(int64_t batch, double meanMs);

} // namespace fleetdeck::validation

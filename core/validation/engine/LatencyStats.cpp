#include "core/validation/engine/LatencyStats.h"

#include <algorithm>
#include <cmath>

namespace fleetdeck::validation {

double nearestRankPercentile(const std::vector<double> &sortedSamples, double p)
{
    if (sortedSamples.empty())
        return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(sortedSamples.size())));
    return sortedSamples[std::min(sortedSamples.size() - 1, rank > 0 ? rank - 1 : 0)];
}

LatencyStats summarizeLatencies(std::vector<double> samplesMs)
{
    LatencyStats stats;
    if (samplesMs.empty())
        return stats;
    std::sort(samplesMs.begin(), samplesMs.end());
    stats.runs = static_cast<int64_t>(samplesMs.size());
    for (double sample : samplesMs)
        stats.totalMs += sample;
    stats.meanMs = stats.totalMs / double(samplesMs.size());
    double squares = 0;
    for (double sample : samplesMs)
        squares += (sample - stats.meanMs) * (sample - stats.meanMs);
    stats.stddevMs = std::sqrt(squares / double(samplesMs.size()));
    stats.cv = stats.meanMs > 0 ? stats.stddevMs / stats.meanMs : 0;
    stats.minMs = samplesMs.front();
    stats.maxMs = samplesMs.back();
    stats.p50Ms = nearestRankPercentile(samplesMs, 50);
    stats.p90Ms = nearestRankPercentile(samplesMs, 90);
    stats.p99Ms = nearestRankPercentile(samplesMs, 99);
    return stats;
}

double inferencesPerSecond(int64_t batch, double meanMs)
{
    return meanMs > 0 ? double(batch) * 1000.0 / meanMs : 0;
}

} // namespace fleetdeck::validation

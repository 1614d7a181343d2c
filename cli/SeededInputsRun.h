#pragma once

#include "core/validation/ModelValidator.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace fleetdeck::cli {

// What one output looked like on seeded inputs: with no golden data to compare against, its
// range and its NaN/Inf counts are what an operator can judge.
struct OutputStatistics {
    QString name;
    QString shape; // "[1, 1000]"
    int64_t elements = 0;
    double min = 0; // over finite values
    double max = 0;
    double mean = 0;
    int64_t nan = 0;
    int64_t inf = 0;
};

struct SeededRunResult {
    validation::ValidationReport report;
    std::vector<OutputStatistics> outputs;
    std::vector<double> latenciesMs; // timed runs after one warm-up, in run order
};

// Runs a model on the CPU engine with seeded generated inputs: support check, one warm-up run,
// then timed runs. The verdict fails on NaN or Inf in any output. Blocking.
class SeededInputsRun {
public:
    SeededInputsRun(uint64_t seed, int timedRuns);

    SeededRunResult run(const QString &modelPath) const;

private:
    uint64_t m_seed = 1;
    int m_timedRuns = 3;
};

} // namespace fleetdeck::cli

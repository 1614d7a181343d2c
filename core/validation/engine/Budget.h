#pragma once

#include "core/validation/engine/PerformanceRun.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace fleetdeck::validation {

// What a rollout can require of a model beyond correct outputs (tolerances live in Tolerance).
struct Budgets
{
    std::optional<double> maxP99Ms;        // p99 latency at the inputs' batch
    std::optional<int64_t> maxMemoryBytes; // peak memory of the device that ran the model
    std::optional<double> minThroughput;   // best inferences/s of the throughput table

    bool empty() const { return !maxP99Ms && !maxMemoryBytes && !minThroughput; }
};

enum class BudgetKind { MaxP99Latency, MaxMemory, MinThroughput };

enum class BudgetStatus {
    Held,
    Exceeded,
    // Could not be measured here (no performance run, no memory reading, or GPU memory asked of
    // a CPU fallback). Never a pass: a gate that cannot be checked fails.
    NotMeasured,
};

struct BudgetCheck
{
    BudgetKind kind = BudgetKind::MaxP99Latency;
    double limit = 0;
    std::optional<double> measured; // ms, bytes or inferences/s
    BudgetStatus status = BudgetStatus::NotMeasured;

    bool held() const { return status == BudgetStatus::Held; }
};

// One check per given budget, in the order of BudgetKind. `memoryCounts` says whether the
// measured peak is the memory the budget means: a GPU engine's device memory, or host memory
// when the operator chose the CPU. A CPU fallback's RSS says nothing about a GPU's memory.
std::vector<BudgetCheck> checkBudgets(const Budgets &budgets, const PerformanceReport *performance,
                                      bool memoryCounts);

// "512M", "2G", "1.5GiB", "1048576": binary units (K = 1024, M = 1024^2, G, T), an optional "i"
// and "B" after the unit letter, case-insensitive. nullopt for anything else, negatives or overflow.
std::optional<int64_t> parseByteSize(std::string_view text);

} // namespace fleetdeck::validation

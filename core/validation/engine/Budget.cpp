#include "core/validation/engine/Budget.h"

#include <cctype>
#include <cmath>
#include <string>

namespace fleetdeck::validation {

namespace {

BudgetCheck check(BudgetKind kind, double limit, std::optional<double> measured, bool atMost)
{
    BudgetCheck result;
    result.kind = kind;
    result.limit = limit;
    result.measured = measured;
    if (measured)
        result.status = (atMost ? *measured <= limit : *measured >= limit) ? BudgetStatus::Held
                                                                           : BudgetStatus::Exceeded;
    return result;
}

int unitShift(char unit)
{
    switch (std::tolower(static_cast<unsigned char>(unit))) {
    case 'k': return 10;
    case 'm': return 20;
    case 'g': return 30;
    case 't': return 40;
    default: return -1;
    }
}

} // namespace

std::vector<BudgetCheck> checkBudgets(const Budgets &budgets, const PerformanceReport *performance,
                                      bool memoryCounts)
{
    const bool timed = performance && !performance->cancelled && performance->latency.runs > 0;
    std::vector<BudgetCheck> checks;
    if (budgets.maxP99Ms)
        checks.push_back(check(BudgetKind::MaxP99Latency, *budgets.maxP99Ms,
                               timed ? std::optional(performance->latency.p99Ms) : std::nullopt, true));
    if (budgets.maxMemoryBytes) {
        const bool measured = timed && memoryCounts && performance->peakMemoryBytes >= 0;
        checks.push_back(check(BudgetKind::MaxMemory, double(*budgets.maxMemoryBytes),
                               measured ? std::optional(double(performance->peakMemoryBytes)) : std::nullopt,
                               true));
    }
    if (budgets.minThroughput)
        checks.push_back(check(BudgetKind::MinThroughput, *budgets.minThroughput,
                               timed ? std::optional(performance->bestThroughput()) : std::nullopt, false));
    return checks;
}

std::optional<int64_t> parseByteSize(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    std::size_t digits = 0;
    while (digits < text.size() && (std::isdigit(static_cast<unsigned char>(text[digits])) || text[digits] == '.'))
        ++digits;
    if (digits == 0)
        return std::nullopt;
    // std::from_chars for double is not in every libstdc++ we build with; stod on a copy is.
    const std::string number(text.substr(0, digits));
    if (number.find('.') != number.rfind('.') || number == ".")
        return std::nullopt;
    const double value = std::stod(number);
    std::string_view suffix = text.substr(digits);
    int shift = 0;
    if (!suffix.empty() && suffix != "B" && suffix != "b") {
        shift = unitShift(suffix.front());
        if (shift < 0)
            return std::nullopt;
        suffix.remove_prefix(1);
        if (!suffix.empty() && (suffix.front() == 'i' || suffix.front() == 'I'))
            suffix.remove_prefix(1);
        if (!suffix.empty() && (suffix.front() == 'b' || suffix.front() == 'B'))
            suffix.remove_prefix(1);
        if (!suffix.empty())
            return std::nullopt;
    }
    const double bytes = std::ldexp(value, shift);
    if (!std::isfinite(bytes) || bytes >= 9.2e18)
        return std::nullopt;
    return static_cast<int64_t>(std::llround(bytes));
}

} // namespace fleetdeck::validation

#pragma once

#include "core/validation/engine/Tensor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fleetdeck::validation {

// Elementwise pass rule: |actual - expected| <= atol + rtol * |expected| (numpy.isclose's).
struct Tolerance
{
    double rtol = 1e-3;
    double atol = 1e-5;
};

struct OutputComparison
{
    std::string name;
    bool typeMatches = true;
    bool shapeMatches = true;
    int64_t elementCount = 0;
    int64_t mismatches = 0;
    int64_t firstMismatch = -1;  // flat index
    double maxAbsError = 0;
    double maxRelError = 0;
    int64_t unexpectedNan = 0;   // NaN in actual where expected has a number
    int64_t unexpectedInf = 0;
    int64_t missingNan = 0;      // expected NaN, actual a number
    // The smallest tolerances that would have passed: atol keeping rtol, rtol keeping atol.
    double neededAtol = 0;
    double neededRtol = 0;

    bool passed() const { return typeMatches && shapeMatches && mismatches == 0; }
};

class TensorComparator
{
public:
    explicit TensorComparator(Tolerance tolerance = {}) : m_tolerance(tolerance) {}

    OutputComparison compare(const std::string &name, const Tensor &actual, const Tensor &expected) const;
    const Tolerance &tolerance() const { return m_tolerance; }

private:
    Tolerance m_tolerance;
};

// NaN and Inf counts of a float tensor (0 for integer types).
struct NonFiniteCount
{
    int64_t nan = 0;
    int64_t inf = 0;
};
NonFiniteCount countNonFinite(const Tensor &tensor);

} // namespace fleetdeck::validation

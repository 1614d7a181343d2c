#include "core/validation/engine/TensorComparator.h"

#include <algorithm>
#include <cmath>

namespace fleetdeck::validation {

namespace {
bool isFloat(DataType type)
{
    return type == DataType::Float || type == DataType::Double;
}

// Integer tensors of different widths compare by value (an int32 engine output vs int64 golden).
bool comparableTypes(DataType a, DataType b)
{
    if (a == b)
        return true;
    return !isFloat(a) && !isFloat(b) && a != DataType::Bool && b != DataType::Bool;
}
} // namespace

OutputComparison TensorComparator::compare(const std::string &name, const Tensor &actual,
                                           const Tensor &expected) const
{
    OutputComparison result;
    result.name = name;
    result.elementCount = expected.elementCount();
    result.typeMatches = comparableTypes(actual.dataType(), expected.dataType());
    result.shapeMatches = actual.shape() == expected.shape();
    if (!result.typeMatches || !result.shapeMatches)
        return result;
    for (int64_t i = 0; i < expected.elementCount(); ++i) {
        const double a = actual.valueAsDouble(i);
        const double e = expected.valueAsDouble(i);
        bool match = false;
        if (std::isnan(e) || std::isnan(a)) {
            match = std::isnan(e) && std::isnan(a);
            result.unexpectedNan += std::isnan(a) && !std::isnan(e);
            result.missingNan += std::isnan(e) && !std::isnan(a);
        } else if (std::isinf(e) || std::isinf(a)) {
            match = a == e;
            result.unexpectedInf += std::isinf(a) && !match;
        } else {
            const double diff = std::abs(a - e);
            const double scale = std::abs(e);
            match = diff <= m_tolerance.atol + m_tolerance.rtol * scale;
            result.maxAbsError = std::max(result.maxAbsError, diff);
            if (scale > 0)
                result.maxRelError = std::max(result.maxRelError, diff / scale);
            result.neededAtol = std::max(result.neededAtol, diff - m_tolerance.rtol * scale);
            if (scale > 0)
                result.neededRtol = std::max(result.neededRtol, (diff - m_tolerance.atol) / scale);
            else if (diff > m_tolerance.atol)
                result.neededRtol = INFINITY; // no rtol helps where the expected value is 0
        }
        if (!match) {
            if (result.firstMismatch < 0)
                result.firstMismatch = i;
            ++result.mismatches;
        }
    }
    result.neededAtol = std::max(0.0, result.neededAtol);
    result.neededRtol = std::max(0.0, result.neededRtol);
    return result;
}

NonFiniteCount countNonFinite(const Tensor &tensor)
{
    NonFiniteCount count;
    if (!isFloat(tensor.dataType()))
        return count;
    for (int64_t i = 0; i < tensor.elementCount(); ++i) {
        const double value = tensor.valueAsDouble(i);
        count.nan += std::isnan(value);
        count.inf += std::isinf(value);
    }
    return count;
}

} // namespace fleetdeck::validation

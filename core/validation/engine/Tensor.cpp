#include "core/validation/engine/Tensor.h"

#include <limits>

namespace fleetdeck::validation {

std::optional<int64_t> checkedElementCount(const Shape &shape)
{
    int64_t count = 1;
    for (int64_t dim : shape) {
        if (dim < 0)
            return std::nullopt;
        if (dim != 0 && count > std::numeric_limits<int64_t>::max() / dim)
            return std::nullopt;
        count *= dim;
    }
    return count;
}

std::string shapeToString(const Shape &shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i)
            text += ",";
        text += std::to_string(shape[i]);
    }
    return text + "]";
}

Tensor::Tensor(DataType type, Shape shape)
    : m_type(type), m_shape(std::move(shape)), m_count(checkedElementCount(m_shape).value_or(0))
{
    m_bytes.resize(static_cast<std::size_t>(m_count) * elementSize(type));
}

void Tensor::reshape(Shape shape)
{
    m_shape = std::move(shape);
}

double Tensor::valueAsDouble(int64_t index) const
{
    // Scalars read from hostile models (an empty "axis" tensor) must not read out of bounds.
    if (index < 0 || index >= m_count)
        return 0.0;
    switch (m_type) {
    case DataType::Float16: return halfToFloat(data<uint16_t>()[index]);
    case DataType::BFloat16: return bfloat16ToFloat(data<uint16_t>()[index]);
    case DataType::Uint16: return data<uint16_t>()[index];
    case DataType::Int16: return data<int16_t>()[index];
    case DataType::Uint32: return data<uint32_t>()[index];
    case DataType::Uint64: return static_cast<double>(data<uint64_t>()[index]);
    default: break;
    }
    double result = 0;
    visitNumericType(m_type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        result = static_cast<double>(data<T>()[index]);
    });
    return result;
}

int64_t Tensor::valueAsInt(int64_t index) const
{
    if (index < 0 || index >= m_count)
        return 0;
    switch (m_type) {
    case DataType::Uint16: return data<uint16_t>()[index];
    case DataType::Int16: return data<int16_t>()[index];
    case DataType::Uint32: return data<uint32_t>()[index];
    case DataType::Uint64: return static_cast<int64_t>(data<uint64_t>()[index]);
    case DataType::Float16:
    case DataType::BFloat16: return static_cast<int64_t>(valueAsDouble(index));
    default: break;
    }
    int64_t result = 0;
    visitNumericType(m_type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        result = static_cast<int64_t>(data<T>()[index]);
    });
    return result;
}

std::vector<int64_t> Tensor::toInt64Vector() const
{
    std::vector<int64_t> values(static_cast<std::size_t>(m_count));
    for (int64_t i = 0; i < m_count; ++i)
        values[static_cast<std::size_t>(i)] = valueAsInt(i);
    return values;
}

std::optional<EngineError> checkTensorSize(DataType type, const Shape &shape, int64_t maxBytes)
{
    const auto count = checkedElementCount(shape);
    if (!count)
        return makeError(ErrorCode::KernelFailed, "invalid output shape " + shapeToString(shape));
    const auto size = static_cast<int64_t>(elementSize(type));
    if (size == 0)
        return makeError(ErrorCode::KernelFailed, "output type " + std::string(dataTypeName(type)) + " has no flat storage");
    if (*count > maxBytes / size) {
        EngineError error = makeError(ErrorCode::MemoryLimitExceeded, "output shape " + shapeToString(shape));
        error.expected = maxBytes;
        error.actual = *count > std::numeric_limits<int64_t>::max() / size ? -1 : *count * size;
        return error;
    }
    return std::nullopt;
}

} // namespace fleetdeck::validation

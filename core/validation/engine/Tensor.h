#pragma once

#include "core/validation/engine/DataType.h"
#include "core/validation/engine/EngineError.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fleetdeck::validation {

using Shape = std::vector<int64_t>;

// Element count of a shape; nullopt when a dimension is negative or the product overflows.
std::optional<int64_t> checkedElementCount(const Shape &shape);
std::string shapeToString(const Shape &shape);
// Whether a tensor of this type and shape may be made under maxBytes: nothing, or the error
// (KernelFailed for an invalid shape or a type without flat storage, MemoryLimitExceeded above
// the limit) for the caller to name its node in.
std::optional<EngineError> checkTensorSize(DataType type, const Shape &shape, int64_t maxBytes);

// A dense tensor in row-major order. Owns its bytes; moving is cheap, copying copies the data.
class Tensor
{
public:
    Tensor() = default;
    // Zero-filled. The caller has checked the size against its limits (see checkedElementCount).
    Tensor(DataType type, Shape shape);

    template <typename T>
    static Tensor fromVector(DataType type, Shape shape, const std::vector<T> &values)
    {
        Tensor tensor(type, std::move(shape));
        T *out = tensor.data<T>();
        for (std::size_t i = 0; i < values.size() && i < static_cast<std::size_t>(tensor.elementCount()); ++i)
            out[i] = values[i];
        return tensor;
    }

    DataType dataType() const { return m_type; }
    const Shape &shape() const { return m_shape; }
    int64_t rank() const { return static_cast<int64_t>(m_shape.size()); }
    int64_t dim(int64_t axis) const { return m_shape[static_cast<std::size_t>(axis)]; }
    int64_t elementCount() const { return m_count; }
    std::size_t byteSize() const { return m_bytes.size(); }
    bool isEmpty() const { return m_count == 0; }

    std::byte *bytes() { return m_bytes.data(); }
    const std::byte *bytes() const { return m_bytes.data(); }

    template <typename T>
    T *data() { return reinterpret_cast<T *>(m_bytes.data()); }
    template <typename T>
    const T *data() const { return reinterpret_cast<const T *>(m_bytes.data()); }

    // Same bytes, new shape with the same element count (Reshape, Flatten, Squeeze...).
    void reshape(Shape shape);

    // Element i converted to double / int64, whatever the stored numeric type (for shape inputs);
    // 0 when i is out of range.
    double valueAsDouble(int64_t index) const;
    int64_t valueAsInt(int64_t index) const;
    std::vector<int64_t> toInt64Vector() const;

private:
    DataType m_type = DataType::Undefined;
    Shape m_shape;
    int64_t m_count = 0;
    std::vector<std::byte> m_bytes;
};

} // namespace fleetdeck::validation

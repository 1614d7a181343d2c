#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace fleetdeck::validation {

// Numbered as ONNX's TensorProto.DataType so conversion from the file format is a cast.
enum class DataType : int32_t {
    Undefined = 0,
    Float = 1,
    Uint8 = 2,
    Int8 = 3,
    Uint16 = 4,
    Int16 = 5,
    Int32 = 6,
    Int64 = 7,
    String = 8,
    Bool = 9,
    Float16 = 10,
    Double = 11,
    Uint32 = 12,
    Uint64 = 13,
    Complex64 = 14,
    Complex128 = 15,
    BFloat16 = 16,
};

// Bytes per element; 0 for types the engines cannot hold in a flat buffer (string, undefined).
std::size_t elementSize(DataType type);
std::string_view dataTypeName(DataType type);
bool isKnownDataType(int32_t value);

// IEEE half and bfloat16 bit patterns to and from float (round to nearest even).
float halfToFloat(uint16_t bits);
uint16_t floatToHalf(float value);
float bfloat16ToFloat(uint16_t bits);
uint16_t floatToBfloat16(float value);

template <typename T>
struct TypeTag
{
    using type = T;
};

// Calls f(TypeTag<T>{}) for the C++ type behind `type`; only the types the CPU engine computes in.
// Returns false when `type` is not one of them.
template <typename F>
bool visitNumericType(DataType type, F &&f)
{
    switch (type) {
    case DataType::Float: f(TypeTag<float>{}); return true;
    case DataType::Double: f(TypeTag<double>{}); return true;
    case DataType::Int32: f(TypeTag<int32_t>{}); return true;
    case DataType::Int64: f(TypeTag<int64_t>{}); return true;
    case DataType::Int8: f(TypeTag<int8_t>{}); return true;
    case DataType::Uint8: f(TypeTag<uint8_t>{}); return true;
    case DataType::Bool: f(TypeTag<bool>{}); return true;
    default: return false;
    }
}

// The same without bool, for kernels where bool arithmetic makes no sense.
template <typename F>
bool visitArithmeticType(DataType type, F &&f)
{
    if (type == DataType::Bool)
        return false;
    return visitNumericType(type, [&f](auto tag) {
        if constexpr (!std::is_same_v<typename decltype(tag)::type, bool>)
            f(tag);
    });
}

} // namespace fleetdeck::validation

#include "core/validation/engine/DataType.h"

#include <cstring>

namespace fleetdeck::validation {

std::size_t elementSize(DataType type)
{
    switch (type) {
    case DataType::Float: return 4;
    case DataType::Uint8: return 1;
    case DataType::Int8: return 1;
    case DataType::Uint16: return 2;
    case DataType::Int16: return 2;
    case DataType::Int32: return 4;
    case DataType::Int64: return 8;
    case DataType::Bool: return 1;
    case DataType::Float16: return 2;
    case DataType::Double: return 8;
    case DataType::Uint32: return 4;
    case DataType::Uint64: return 8;
    case DataType::Complex64: return 8;
    case DataType::Complex128: return 16;
    case DataType::BFloat16: return 2;
    case DataType::String:
    case DataType::Undefined: return 0;
    }
    return 0;
}

std::string_view dataTypeName(DataType type)
{
    switch (type) {
    case DataType::Float: return "float32";
    case DataType::Uint8: return "uint8";
    case DataType::Int8: return "int8";
    case DataType::Uint16: return "uint16";
    case DataType::Int16: return "int16";
    case DataType::Int32: return "int32";
    case DataType::Int64: return "int64";
    case DataType::Bool: return "bool";
    case DataType::Float16: return "float16";
    case DataType::Double: return "float64";
    case DataType::Uint32: return "uint32";
    case DataType::Uint64: return "uint64";
    case DataType::Complex64: return "complex64";
    case DataType::Complex128: return "complex128";
    case DataType::BFloat16: return "bfloat16";
    case DataType::String: return "string";
    case DataType::Undefined: return "undefined";
    }
    return "undefined";
}

float halfToFloat(uint16_t bits)
{
    const uint32_t sign = uint32_t(bits & 0x8000u) << 16;
    const uint32_t exponent = (bits >> 10) & 0x1fu;
    uint32_t mantissa = bits & 0x3ffu;
    uint32_t result = 0;
    if (exponent == 0x1f) {
        result = sign | 0x7f800000u | (mantissa << 13);
    } else if (exponent != 0) {
        result = sign | ((exponent + 112) << 23) | (mantissa << 13);
    } else if (mantissa != 0) {
        // Subnormal half: normalise into a float.
        uint32_t e = 113;
        while (!(mantissa & 0x400u)) {
            mantissa <<= 1;
            --e;
        }
        result = sign | (e << 23) | ((mantissa & 0x3ffu) << 13);
    } else {
        result = sign;
    }
    float value;
    std::memcpy(&value, &result, sizeof value);
    return value;
}

uint16_t floatToHalf(float value)
{
    uint32_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    const uint16_t sign = uint16_t((bits >> 16) & 0x8000u);
    const uint32_t abs = bits & 0x7fffffffu;
    if (abs >= 0x7f800000u) // Inf or NaN
        return uint16_t(sign | 0x7c00u | (abs > 0x7f800000u ? 0x200u : 0u));
    if (abs >= 0x477ff000u) // rounds beyond the largest half
        return uint16_t(sign | 0x7c00u);
    if (abs < 0x38800000u) { // subnormal or zero in half
        if (abs < 0x33000000u)
            return sign;
        const uint32_t shift = 126 - (abs >> 23);
        const uint32_t mantissa = (abs & 0x7fffffu) | 0x800000u;
        uint32_t half = mantissa >> (shift + 1);
        const uint32_t rest = mantissa & ((1u << (shift + 1)) - 1);
        const uint32_t halfway = 1u << shift;
        if (rest > halfway || (rest == halfway && (half & 1u)))
            ++half;
        return uint16_t(sign | half);
    }
    uint32_t half = ((abs - 0x38000000u) >> 13);
    const uint32_t rest = abs & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (half & 1u)))
        ++half;
    return uint16_t(sign | half);
}

float bfloat16ToFloat(uint16_t bits)
{
    const uint32_t wide = uint32_t(bits) << 16;
    float value;
    std::memcpy(&value, &wide, sizeof value);
    return value;
}

uint16_t floatToBfloat16(float value)
{
    uint32_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    if ((bits & 0x7fffffffu) > 0x7f800000u)
        return uint16_t((bits >> 16) | 0x40u); // keep NaN a NaN
    bits += 0x7fffu + ((bits >> 16) & 1u);
    return uint16_t(bits >> 16);
}

bool isKnownDataType(int32_t value)
{
    return value >= 1 && value <= 16;
}

} // namespace fleetdeck::validation

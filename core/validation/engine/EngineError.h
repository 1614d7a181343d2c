#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace fleetdeck::validation {

// What went wrong, as facts rather than sentences: the Qt layer (EngineErrorText) turns a code and
// its facts into a translated message, so this library stays free of Qt and of wording.
enum class ErrorCode {
    FileNotFound,
    FileUnreadable,
    FileTooLarge,
    NotOnnx,               // not a protobuf ModelProto / TensorProto at all
    CheckerFailed,         // onnx::checker rejected the model; detail holds its message
    ShapeInferenceFailed,  // strict shape inference rejected the model
    CheckerCrashed,        // libonnx died on the model in the isolated checker; detail names the signal
    CheckerTimedOut,       // the isolated checker ran past its time limit (expected holds the seconds)
    CheckerUnavailable,    // the isolated checker program is missing or cannot start; path names it
    UnsupportedOpset,      // opset below what we read or above what libonnx knows
    UnsupportedIrVersion,
    DeclaredSizeTooLarge,  // a tensor declares more elements/bytes than the limits allow
    TensorDataMismatch,    // a tensor's data does not match its declared shape and type
    ExternalDataMissing,
    ExternalDataOutsideModel, // location escapes the model's folder
    ExternalDataOutOfRange,   // offset/length beyond the external file
    UnsupportedDataType,
    UnsupportedOps,        // the engine cannot run some nodes; see SupportReport
    InvalidGraph,          // a value is used before it is produced, names collide...
    InputCountMismatch,
    InputTypeMismatch,
    InputShapeMismatch,
    OutputCountMismatch,
    KernelFailed,          // an op met input it cannot compute (bad attribute, shapes)
    MemoryLimitExceeded,
    NotPrepared,
};

struct EngineError
{
    ErrorCode code = ErrorCode::KernelFailed;
    std::string detail;    // English detail for logs (libonnx's own message, a shape...)
    std::string opType;
    std::string nodeName;
    std::string valueName; // the tensor / input / output concerned
    std::string path;      // a file concerned
    int64_t opset = -1;
    int64_t offset = -1;   // byte offset in a file, or an index
    int64_t expected = -1;
    int64_t actual = -1;

    // One English line for logs and test failure messages.
    std::string describe() const;
};

EngineError makeError(ErrorCode code, std::string detail);

// A value or an EngineError (C++20 has no std::expected).
template <typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Expected(EngineError error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const EngineError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, EngineError> m_state;
};

class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(EngineError error) : m_failed(true), m_error(std::move(error)) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const EngineError &error() const { return m_error; }

private:
    bool m_failed = false;
    EngineError m_error;
};

// Bail out with the error of a failed Status / Expected.
#define FD_TRY_STATUS(expr)                                                                        \
    do {                                                                                           \
        auto fdTryResult = (expr);                                                                 \
        if (!fdTryResult.ok())                                                                     \
            return fdTryResult.error();                                                            \
    } while (false)

} // namespace fleetdeck::validation

#include "core/validation/engine/EngineError.h"

namespace fleetdeck::validation {

namespace {
const char *codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileNotFound: return "file not found";
    case ErrorCode::FileUnreadable: return "file unreadable";
    case ErrorCode::FileTooLarge: return "file too large";
    case ErrorCode::NotOnnx: return "not an ONNX protobuf";
    case ErrorCode::CheckerFailed: return "ONNX checker failed";
    case ErrorCode::CheckerCrashed: return "ONNX checker crashed";
    case ErrorCode::CheckerTimedOut: return "ONNX checker timed out";
    case ErrorCode::CheckerUnavailable: return "ONNX checker unavailable";
    case ErrorCode::ShapeInferenceFailed: return "shape inference failed";
    case ErrorCode::UnsupportedOpset: return "unsupported opset";
    case ErrorCode::UnsupportedIrVersion: return "unsupported IR version";
    case ErrorCode::DeclaredSizeTooLarge: return "declared size too large";
    case ErrorCode::TensorDataMismatch: return "tensor data does not match its shape";
    case ErrorCode::ExternalDataMissing: return "external data missing";
    case ErrorCode::ExternalDataOutsideModel: return "external data outside the model folder";
    case ErrorCode::ExternalDataOutOfRange: return "external data out of range";
    case ErrorCode::UnsupportedDataType: return "unsupported data type";
    case ErrorCode::UnsupportedOps: return "unsupported ops";
    case ErrorCode::InvalidGraph: return "invalid graph";
    case ErrorCode::InputCountMismatch: return "input count mismatch";
    case ErrorCode::InputTypeMismatch: return "input type mismatch";
    case ErrorCode::InputShapeMismatch: return "input shape mismatch";
    case ErrorCode::OutputCountMismatch: return "output count mismatch";
    case ErrorCode::KernelFailed: return "kernel failed";
    case ErrorCode::MemoryLimitExceeded: return "memory limit exceeded";
    case ErrorCode::NotPrepared: return "engine not prepared";
    }
    return "error";
}
} // namespace

std::string EngineError::describe() const
{
    std::string text = codeName(code);
    auto add = [&text](const char *label, const std::string &value) {
        if (!value.empty())
            text += std::string(", ") + label + " " + value;
    };
    add("op", opType);
    add("node", nodeName);
    add("value", valueName);
    add("file", path);
    if (opset >= 0)
        text += ", opset " + std::to_string(opset);
    if (offset >= 0)
        text += ", offset " + std::to_string(offset);
    if (expected >= 0 || actual >= 0)
        text += ", expected " + std::to_string(expected) + " got " + std::to_string(actual);
    if (!detail.empty())
        text += ": " + detail;
    return text;
}

EngineError makeError(ErrorCode code, std::string detail)
{
    EngineError error;
    error.code = code;
    error.detail = std::move(detail);
    return error;
}

} // namespace fleetdeck::validation

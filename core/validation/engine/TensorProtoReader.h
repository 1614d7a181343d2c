#pragma once

// Private to the engine library: converts protobuf tensors to Tensor. Public headers stay free
// of protobuf so a CUDA plugin can use the IR without libonnx.

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/LoadLimits.h"
#include "core/validation/engine/Tensor.h"

#include <onnx/onnx_pb.h>

#include <string>

namespace fleetdeck::validation {

class TensorProtoReader
{
public:
    // modelDir: the folder external data locations are relative to (and must stay inside).
    TensorProtoReader(std::string modelDir, LoadLimits limits);

    Expected<Tensor> read(const onnx::TensorProto &proto);
    int64_t externalBytesRead() const { return m_externalBytes; }

private:
    Expected<Tensor> readExternal(const onnx::TensorProto &proto, Tensor tensor);
    Expected<Tensor> readTyped(const onnx::TensorProto &proto, Tensor tensor);
    EngineError error(ErrorCode code, const onnx::TensorProto &proto, std::string detail) const;

    std::string m_modelDir;
    LoadLimits m_limits;
    int64_t m_externalBytes = 0;
};

} // namespace fleetdeck::validation

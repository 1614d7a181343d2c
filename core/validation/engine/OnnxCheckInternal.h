#pragma once

// Internal to the engine library: includes libonnx's generated protobuf types.
#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/OnnxCheck.h"

#include <onnx/onnx_pb.h>

#include <string>

namespace fleetdeck::validation::detail {

// Runs the checker and strict shape inference on model as options say, leaving the inferred
// types in model.graph() (outputs and value_info). bytes is the serialized model (sent to the
// child when there is no path); path is the model file, empty for a model from memory.
Status checkAndInferShapes(onnx::ModelProto &model, const std::string &bytes, const std::string &path,
                           const OnnxCheckOptions &options);

// The same, in this process.
Status checkAndInferShapesInProcess(onnx::ModelProto &model, const std::string &path);

} // namespace fleetdeck::validation::detail

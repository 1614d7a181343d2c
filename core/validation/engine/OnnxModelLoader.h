#pragma once

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/Graph.h"
#include "core/validation/engine/LoadLimits.h"
#include "core/validation/engine/OnnxCheck.h"

#include <memory>
#include <string>

namespace fleetdeck::validation {

struct LoadedModel
{
    std::shared_ptr<Graph> graph;
    int64_t irVersion = 0;
    std::string producerName;
    std::string producerVersion;
};

// Reads an ONNX file into the graph IR: size checks, protobuf parse, onnx::checker, strict shape
// inference (both in a child process by default, see OnnxCheck.h), initializers (raw, typed,
// external files inside the model's folder), opset range.
class OnnxModelLoader
{
public:
    explicit OnnxModelLoader(LoadLimits limits = {}, OnnxCheckOptions check = {});

    Expected<LoadedModel> loadFile(const std::string &path) const;
    // The same from bytes in memory; external data resolves against modelDir.
    Expected<LoadedModel> loadBytes(const std::string &bytes, const std::string &modelDir) const;

    // Default-domain opsets the loader accepts; newer ones are unknown to the linked libonnx.
    // Old opsets load, and engines judge each node's definition (Node::sinceVersion) by itself.
    static int64_t minOpset() { return 1; }
    static int64_t maxOpset();

private:
    Expected<LoadedModel> load(const std::string &bytes, const std::string &modelDir, const std::string &path) const;

    LoadLimits m_limits;
    OnnxCheckOptions m_check;
};

// Reads a standalone TensorProto file (input_0.pb / output_0.pb of an ONNX test data set).
Expected<Tensor> loadTensorFile(const std::string &path, const LoadLimits &limits = {});

} // namespace fleetdeck::validation

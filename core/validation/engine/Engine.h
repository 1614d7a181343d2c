#pragma once

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/Graph.h"
#include "core/validation/engine/SupportReport.h"
#include "core/validation/engine/Tensor.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fleetdeck::validation {

struct EngineOptions
{
    int threads = 0;                           // 0: one per hardware thread
    int64_t maxTensorBytes = int64_t(4) << 30; // no single intermediate may exceed this
};

// What every inference engine offers the validator: the CPU reference engine here, the CUDA
// engine as a plugin loaded at run time. An engine decides by itself what it can run.
class Engine
{
public:
    virtual ~Engine() = default;

    virtual std::string name() const = 0;
    // Lists every node this engine cannot run (op, opset, data types, attribute values).
    virtual SupportReport checkSupport(const Graph &graph) const = 0;
    // Takes the graph for the runs that follow (a GPU engine uploads weights here).
    virtual Status prepare(std::shared_ptr<const Graph> graph) = 0;
    // Inputs by position of Graph::inputs; outputs by position of Graph::outputs.
    virtual Expected<std::vector<Tensor>> run(const std::vector<Tensor> &inputs) = 0;
};

// The C entry point a plugin engine exports (dlopen'ed by name, so no C++ name mangling).
// Returns an engine owned by the caller, or nullptr when no device is usable.
using CreateEngineFunction = Engine *(*)(const EngineOptions *options);
inline constexpr const char *createEngineSymbol = "fleetdeck_create_engine";

} // namespace fleetdeck::validation

#pragma once

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/Graph.h"
#include "core/validation/engine/SupportReport.h"
#include "core/validation/engine/Tensor.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fleetdeck::validation {

struct EngineOptions
{
    int threads = 0;                           // 0: one per hardware thread
    int64_t maxTensorBytes = int64_t(4) << 30; // no single intermediate may exceed this
    // GPU engines: let float32 matrix products use TF32 tensor cores (about 10 mantissa bits).
    // Off by default: validation compares against float32 references.
    bool allowTf32 = false;
};

// The device an engine runs on, as it describes itself; empty name: the caller describes the host.
struct DeviceInfo
{
    std::string name;   // "NVIDIA H100 80GB HBM3", or the CPU model
    std::string driver; // GPU driver / runtime version; empty for the CPU
    int threads = 0;    // CPU threads the engine uses; 0 for a GPU
    bool gpu = false;
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

    // Performance seam, with defaults that let the caller measure from outside: a GPU engine
    // names its device, times run() with device events (host wall clock would include launch
    // queueing) and reports its device memory.
    virtual DeviceInfo deviceInfo() const { return {}; }
    // Milliseconds the last run() took on the device; negative: time it with the wall clock.
    virtual double lastRunDeviceMs() const { return -1; }
    // Peak bytes the engine held (live tensors, workspace) since resetPeakMemory(); negative when
    // it cannot tell, and the caller falls back to the process's peak RSS.
    virtual int64_t peakMemoryBytes() const { return -1; }
    virtual void resetPeakMemory() {}
};

// prepare()'s first step in every engine: an UnsupportedOps error naming the first node the
// report lists, or nothing when the engine can run the whole graph.
inline Status requireSupported(const SupportReport &support)
{
    if (support.supported())
        return {};
    EngineError error = makeError(ErrorCode::UnsupportedOps, support.describe());
    error.opType = support.nodes.front().opType;
    error.nodeName = support.nodes.front().nodeName;
    return error;
}

// The C entry points a plugin engine exports (dlopen'ed by name, so no C++ name mangling).
// C++ objects (Engine, Graph, Tensor) cross the boundary, so the plugin and the program must be
// built from the same sources: the plugin reports engineAbiVersion and the loader refuses any
// other. Bump it whenever Engine, EngineOptions, Graph, Tensor or EngineError change layout.
inline constexpr int engineAbiVersion = 1;
using EngineAbiFunction = int (*)();
inline constexpr const char *engineAbiSymbol = "fleetdeck_engine_abi";
// Returns an engine owned by the caller, or nullptr when no device is usable; then `reason`
// (reasonSize bytes, NUL-terminated) says why in English ("no CUDA device: ...").
using CreateEngineFunction = Engine *(*)(const EngineOptions *options, char *reason, std::size_t reasonSize);
inline constexpr const char *createEngineSymbol = "fleetdeck_create_engine";

} // namespace fleetdeck::validation

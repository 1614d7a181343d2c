#pragma once

// What CudaEngine keeps per set of input shapes (CudaEngine::Plan), shared by CudaEngine.cpp
// (runs) and CudaPlan.cpp (makePlan). Private to the plugin.

#include "core/validation/engine/cuda/CudaEngine.h"
#include "core/validation/engine/cuda/MemoryPlan.h"

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#define FD_CUDA_TRY(call, what)                                                                     \
    do {                                                                                           \
        const cudaError_t fdCudaError = (call);                                                    \
        if (fdCudaError != cudaSuccess)                                                            \
            return cudaFailure(fdCudaError, what);                                                 \
    } while (false)

namespace fleetdeck::validation::cuda {

namespace plan {
enum class Where { Device, Host };

struct Value
{
    TensorDesc desc;
    Where where = Where::Device;
    const Tensor *host = nullptr; // Host values (initializers, folded results)
    int buffer = -1;              // Device values: index into Plan::requests (their own bytes)
    int aliasOf = -1;             // Device values sharing another value's bytes
    std::byte *fixed = nullptr;   // Device values at a fixed address (weights, uploaded constants)
    bool uploaded = false;        // Host values a device node reads: copied to Plan::constants
    int64_t constantOffset = 0;
};

struct Step
{
    std::size_t node = 0;
    Launch launch;
    std::vector<int> inputs;  // value index, -1 for omitted
    std::vector<int> outputs; // value index, -1 for unused
    int workspace = -1;       // request index
    int64_t workspaceBytes = 0;
    std::vector<const DeviceTensor *> inputPointers;
    std::vector<DeviceTensor *> outputPointers;
};
} // namespace plan

struct CudaEngine::Plan
{
    std::vector<Shape> inputShapes;
    std::vector<plan::Value> values;
    std::unordered_map<std::string, int> valueIndex;
    std::deque<Tensor> hostStore; // folded results; a deque keeps their addresses
    std::vector<plan::Step> steps;
    std::vector<BufferRequest> requests;
    MemoryPlan memory;
    DeviceAllocation arena;
    DeviceAllocation constants;
    std::vector<DeviceTensor> device; // per value
    std::vector<int> inputValues;     // per graph input
    std::vector<int> outputValues;    // per graph output
    cudaGraphExec_t graphExec = nullptr; // replays the steps once a run went through
    bool graphTried = false;

    ~Plan()
    {
        if (graphExec)
            cudaGraphExecDestroy(graphExec);
    }

    int root(int value) const
    {
        while (values[static_cast<std::size_t>(value)].aliasOf >= 0)
            value = values[static_cast<std::size_t>(value)].aliasOf;
        return value;
    }
};

} // namespace fleetdeck::validation::cuda

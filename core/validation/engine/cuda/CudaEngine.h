#pragma once

#include "core/validation/engine/Engine.h"
#include "core/validation/engine/ThreadPool.h"
#include "core/validation/engine/cuda/CudaOp.h"

#include <cublas_v2.h>
#include <cuda_runtime_api.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace fleetdeck::validation::cuda {

// Device memory owned by the engine, counted for peakMemoryBytes().
class DeviceAllocation
{
public:
    DeviceAllocation() = default;
    DeviceAllocation(const DeviceAllocation &) = delete;
    DeviceAllocation &operator=(const DeviceAllocation &) = delete;
    DeviceAllocation(DeviceAllocation &&other) noexcept;
    DeviceAllocation &operator=(DeviceAllocation &&other) noexcept;
    ~DeviceAllocation();

    static Expected<DeviceAllocation> allocate(int64_t bytes, int64_t *counter, int64_t *peak);
    std::byte *data() const { return m_data; }
    int64_t size() const { return m_bytes; }

private:
    void release();
    std::byte *m_data = nullptr;
    int64_t m_bytes = 0;
    int64_t *m_counter = nullptr;
};

// The GPU engine. prepare() checks support, decides which nodes fold on the host (their inputs
// are all known before the run: weights, Shape results...) and uploads the weights device nodes
// read. The first run with a set of input shapes makes a plan: outputs' shapes, one launch per
// node, and one arena of device memory laid out by MemoryPlan. Later runs with the same shapes
// copy the inputs in, replay the launches (as a CUDA graph once one run went through) and copy
// the outputs out, with one synchronisation at the end.
class CudaEngine final : public Engine
{
public:
    // nullptr with *reason set when no device can be used.
    static std::unique_ptr<CudaEngine> create(const EngineOptions &options, std::string *reason);
    ~CudaEngine() override;

    std::string name() const override { return "cuda"; }
    SupportReport checkSupport(const Graph &graph) const override;
    Status prepare(std::shared_ptr<const Graph> graph) override;
    Expected<std::vector<Tensor>> run(const std::vector<Tensor> &inputs) override;

    DeviceInfo deviceInfo() const override { return m_device; }
    double lastRunDeviceMs() const override { return m_lastRunMs; }
    int64_t peakMemoryBytes() const override { return m_peakBytes; }
    void resetPeakMemory() override { m_peakBytes = m_liveBytes; }

    // For tests: how many bytes the current plan's arena holds and how many it would without
    // sharing, and whether runs replay a CUDA graph.
    int64_t arenaBytes() const;
    int64_t unsharedBytes() const;
    bool replaysGraph() const;

    struct Plan;

private:
    CudaEngine(const EngineOptions &options, int device);
    Status initialise();
    Expected<std::unique_ptr<Plan>> makePlan(const std::vector<Tensor> &inputs);
    Status enqueue(Plan &plan);
    void captureGraph(Plan &plan);

    EngineOptions m_options;
    int m_deviceIndex = 0;
    DeviceInfo m_device;
    LaunchSettings m_settings;
    cudaStream_t m_stream = nullptr;
    cublasHandle_t m_blas = nullptr;
    cudaEvent_t m_start = nullptr;
    cudaEvent_t m_stop = nullptr;
    ThreadPool m_hostPool; // folds on the host
    bool m_syncEachStep = false;
    bool m_useGraphs = true;

    std::shared_ptr<const Graph> m_graph;
    std::vector<bool> m_folded;          // per node: computed on the host at plan time
    std::unordered_map<std::string, DeviceAllocation> m_weights; // initializers device nodes read
    DeviceAllocation m_blasWorkspace;
    DeviceAllocation m_fault;            // one int: see LaunchContext::faultFlag
    int *m_faultFlag = nullptr;
    int m_hostFault = 0;
    std::unique_ptr<Plan> m_plan;        // for the last input shapes

    int64_t m_liveBytes = 0;
    int64_t m_peakBytes = 0;
    double m_lastRunMs = -1;
};

} // namespace fleetdeck::validation::cuda

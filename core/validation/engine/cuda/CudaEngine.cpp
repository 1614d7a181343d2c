#include "core/validation/engine/cuda/CudaEngine.h"

#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/cuda/CudaPlan.h"
#include "core/validation/engine/cuda/Folding.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <unordered_set>

namespace fleetdeck::validation::cuda {

using plan::Step;
using plan::Value;
using plan::Where;

namespace {

bool envFlag(const char *name, bool fallback)
{
    const char *value = std::getenv(name);
    if (!value || !*value)
        return fallback;
    return std::strcmp(value, "0") != 0 && std::strcmp(value, "false") != 0 && std::strcmp(value, "off") != 0;
}

std::string nvmlDriverVersion()
{
    // NVML knows the kernel driver's own version ("580.159.04"); the CUDA runtime knows only the
    // CUDA API level it offers. Loaded at run time like the agent does: it is optional.
    void *library = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return {};
    using Init = int (*)();
    using Version = int (*)(char *, unsigned);
    auto init = reinterpret_cast<Init>(dlsym(library, "nvmlInit_v2"));
    auto version = reinterpret_cast<Version>(dlsym(library, "nvmlSystemGetDriverVersion"));
    auto shutdown = reinterpret_cast<Init>(dlsym(library, "nvmlShutdown"));
    std::string result;
    if (init && version && shutdown && init() == 0) {
        char buffer[96] = {};
        if (version(buffer, sizeof buffer) == 0)
            result = buffer;
        shutdown();
    }
    dlclose(library);
    return result;
}

} // namespace

// ---- DeviceAllocation -------------------------------------------------------------------------

DeviceAllocation::DeviceAllocation(DeviceAllocation &&other) noexcept
    : m_data(other.m_data), m_bytes(other.m_bytes), m_counter(other.m_counter)
{
    other.m_data = nullptr;
    other.m_bytes = 0;
}

DeviceAllocation &DeviceAllocation::operator=(DeviceAllocation &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_bytes = other.m_bytes;
        m_counter = other.m_counter;
        other.m_data = nullptr;
        other.m_bytes = 0;
    }
    return *this;
}

DeviceAllocation::~DeviceAllocation()
{
    release();
}

void DeviceAllocation::release()
{
    if (m_data) {
        cudaFree(m_data);
        if (m_counter)
            *m_counter -= m_bytes;
    }
    m_data = nullptr;
    m_bytes = 0;
}

Expected<DeviceAllocation> DeviceAllocation::allocate(int64_t bytes, int64_t *counter, int64_t *peak)
{
    DeviceAllocation allocation;
    if (bytes <= 0)
        return allocation;
    void *data = nullptr;
    const cudaError_t error = cudaMalloc(&data, static_cast<std::size_t>(bytes));
    if (error != cudaSuccess) {
        cudaGetLastError(); // an out-of-memory error is not sticky; clear it for the next call
        EngineError e = cudaFailure(error, "allocating " + std::to_string(bytes) + " bytes of device memory");
        if (error == cudaErrorMemoryAllocation) {
            e.code = ErrorCode::MemoryLimitExceeded;
            e.actual = bytes;
        }
        return e;
    }
    allocation.m_data = static_cast<std::byte *>(data);
    allocation.m_bytes = bytes;
    allocation.m_counter = counter;
    *counter += bytes;
    *peak = std::max(*peak, *counter);
    return allocation;
}

namespace {
// Why the CUDA engine cannot run a node that is not folded, or nothing.
std::optional<UnsupportedReason> supportReason(const Graph &graph, const Node &node,
                                               const std::unordered_set<std::string> &constants)
{
    // The CPU engine's verdict comes first: the GPU runs only what the reference can check (and
    // that refuses custom domains, incompatible legacy definitions and sequences).
    if (auto reason = CpuEngine::nodeSupport(graph, node))
        return reason;
    const CudaOpRegistry &registry = CudaOpRegistry::instance();
    if (auto reason = registry.check(cpu::supportQueryFor(graph, node)))
        return reason;
    for (std::size_t input : registry.find(node.opType)->hostInputs) {
        if (input < node.inputs.size() && !node.inputs[input].empty() && !constants.count(node.inputs[input]))
            return UnsupportedReason{UnsupportedKind::InputForm,
                "input " + std::to_string(input) + " computed from the model's inputs (a data-dependent shape)"};
    }
    return std::nullopt;
}
std::string noDeviceReason(cudaError_t error)
{
    if (error == cudaSuccess || error == cudaErrorNoDevice)
        return "no CUDA device: the NVIDIA driver reports no GPU";
    if (error == cudaErrorInsufficientDriver) {
        // Also what the runtime says when there is no driver at all.
        if (void *driver = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL)) {
            dlclose(driver);
            return "no CUDA device: the NVIDIA driver is older than this engine's CUDA runtime needs; update the driver";
        }
        return "no CUDA device: no NVIDIA driver is installed (libcuda.so.1 was not found)";
    }
    return std::string("no CUDA device: ") + cudaGetErrorString(error);
}
} // namespace

// ---- engine -----------------------------------------------------------------------------------

std::unique_ptr<CudaEngine> CudaEngine::create(const EngineOptions &options, std::string *reason)
{
    int count = 0;
    const cudaError_t error = cudaGetDeviceCount(&count);
    if (error != cudaSuccess || count == 0) {
        if (reason)
            *reason = noDeviceReason(error);
        cudaGetLastError();
        return nullptr;
    }
    std::unique_ptr<CudaEngine> engine(new CudaEngine(options, 0));
    if (Status status = engine->initialise(); !status.ok()) {
        if (reason)
            *reason = "the CUDA device cannot be used: " + status.error().detail;
        return nullptr;
    }
    return engine;
}

CudaEngine::CudaEngine(const EngineOptions &options, int device)
    : m_options(options), m_deviceIndex(device), m_hostPool(options.threads)
{
    m_settings.allowTf32 = options.allowTf32;
    // FLEETDECK_CUDA_SYNC=1 waits after every node, so a fault names the node that caused it.
    m_syncEachStep = envFlag("FLEETDECK_CUDA_SYNC", false);
    m_useGraphs = envFlag("FLEETDECK_CUDA_GRAPHS", true) && !m_syncEachStep;
}

Status CudaEngine::initialise()
{
    FD_CUDA_TRY(cudaSetDevice(m_deviceIndex), "selecting the CUDA device");
    cudaDeviceProp properties{};
    FD_CUDA_TRY(cudaGetDeviceProperties(&properties, m_deviceIndex), "reading the device's properties");
    m_settings.multiProcessors = std::max(1, properties.multiProcessorCount);
    m_device.name = properties.name;
    m_device.gpu = true;
    int driver = 0;
    int runtime = 0;
    cudaDriverGetVersion(&driver);
    cudaRuntimeGetVersion(&runtime);
    const std::string nvml = nvmlDriverVersion();
    auto cudaVersion = [](int v) { return std::to_string(v / 1000) + "." + std::to_string(v % 1000 / 10); };
    m_device.driver = (nvml.empty() ? std::string() : nvml + ", ") + "CUDA " + cudaVersion(driver)
        + " (runtime " + cudaVersion(runtime) + ", sm_" + std::to_string(properties.major)
        + std::to_string(properties.minor) + ")";

    FD_CUDA_TRY(cudaStreamCreateWithFlags(&m_stream, cudaStreamNonBlocking), "creating a stream");
    FD_CUDA_TRY(cudaEventCreate(&m_start), "creating an event");
    FD_CUDA_TRY(cudaEventCreate(&m_stop), "creating an event");
    if (const cublasStatus_t s = cublasCreate(&m_blas); s != CUBLAS_STATUS_SUCCESS)
        return blasFailure(s, "creating the cuBLAS handle");
    if (const cublasStatus_t s = cublasSetStream(m_blas, m_stream); s != CUBLAS_STATUS_SUCCESS)
        return blasFailure(s, "binding cuBLAS to the stream");
    // Pedantic math keeps float32 products in float32 (no TF32, no reduced-precision
    // reductions) unless the operator allowed TF32.
    const cublasMath_t math = m_settings.allowTf32 ? CUBLAS_TF32_TENSOR_OP_MATH : CUBLAS_PEDANTIC_MATH;
    if (const cublasStatus_t s = cublasSetMathMode(m_blas, math); s != CUBLAS_STATUS_SUCCESS)
        return blasFailure(s, "setting cuBLAS's math mode");
    // cuBLAS allocates its workspace itself unless given one, which a CUDA graph capture
    // cannot record: give it a fixed one, counted with the engine's memory.
    auto workspace = DeviceAllocation::allocate(int64_t(32) << 20, &m_liveBytes, &m_peakBytes);
    if (!workspace)
        return workspace.error();
    m_blasWorkspace = std::move(workspace.value());
    if (const cublasStatus_t s = cublasSetWorkspace(m_blas, m_blasWorkspace.data(),
            static_cast<std::size_t>(m_blasWorkspace.size()));
        s != CUBLAS_STATUS_SUCCESS)
        return blasFailure(s, "giving cuBLAS its workspace");
    auto fault = DeviceAllocation::allocate(static_cast<int64_t>(sizeof(int)), &m_liveBytes, &m_peakBytes);
    if (!fault)
        return fault.error();
    m_fault = std::move(fault.value());
    m_faultFlag = reinterpret_cast<int *>(m_fault.data());
    FD_CUDA_TRY(cudaMemset(m_faultFlag, 0, sizeof(int)), "clearing the fault flag");
    return {};
}

CudaEngine::~CudaEngine()
{
    if (m_stream)
        cudaStreamSynchronize(m_stream);
    m_plan.reset();
    m_weights.clear();
    m_blasWorkspace = DeviceAllocation();
    m_fault = DeviceAllocation();
    if (m_blas)
        cublasDestroy(m_blas);
    if (m_start)
        cudaEventDestroy(m_start);
    if (m_stop)
        cudaEventDestroy(m_stop);
    if (m_stream)
        cudaStreamDestroy(m_stream);
}

SupportReport CudaEngine::checkSupport(const Graph &graph) const
{
    std::vector<std::string> constantList;
    const std::vector<bool> folded = foldableNodes(graph, &constantList);
    const std::unordered_set<std::string> constants(constantList.begin(), constantList.end());
    return checkNodes(graph, name(), [&](std::size_t i, const Node &node) -> std::optional<UnsupportedReason> {
        if (folded[i])
            return std::nullopt;
        return supportReason(graph, node, constants);
    });
}

Status CudaEngine::prepare(std::shared_ptr<const Graph> graph)
{
    if (!graph)
        return makeError(ErrorCode::NotPrepared, "no graph");
    FD_TRY_STATUS(requireSupported(checkSupport(*graph)));
    m_plan.reset();
    m_weights.clear();
    m_folded = foldableNodes(*graph);
    // Upload once every initializer a device node reads as data. Host inputs (Reshape's shape)
    // are read on the host; they go up too if a device node also reads them as data.
    const CudaOpRegistry &registry = CudaOpRegistry::instance();
    for (std::size_t n = 0; n < graph->nodes.size(); ++n) {
        if (m_folded[n])
            continue;
        const Node &node = graph->nodes[n];
        const CudaOpDefinition *definition = registry.find(node.opType);
        for (std::size_t i = 0; i < node.inputs.size(); ++i) {
            const std::string &name = node.inputs[i];
            if (name.empty() || m_weights.count(name))
                continue;
            const bool hostOnly = definition
                && std::find(definition->hostInputs.begin(), definition->hostInputs.end(), i)
                    != definition->hostInputs.end();
            auto it = graph->initializers.find(name);
            if (hostOnly || it == graph->initializers.end())
                continue;
            const Tensor &tensor = it->second;
            auto allocation = DeviceAllocation::allocate(static_cast<int64_t>(tensor.byteSize()), &m_liveBytes, &m_peakBytes);
            if (!allocation)
                return allocation.error();
            if (tensor.byteSize() > 0)
                FD_CUDA_TRY(cudaMemcpy(allocation->data(), tensor.bytes(), tensor.byteSize(), cudaMemcpyHostToDevice),
                    "uploading weights");
            m_weights.emplace(name, std::move(allocation.value()));
        }
    }
    m_graph = std::move(graph);
    return {};
}

Status CudaEngine::enqueue(Plan &plan)
{
    const Graph &graph = *m_graph;
    for (Step &step : plan.steps) {
        void *workspace = step.workspace < 0
            ? nullptr
            : plan.arena.data() + plan.memory.offsets[static_cast<std::size_t>(step.workspace)];
        // Fault codes are 1 + the node's index, so the host can name the node.
        LaunchContext context(m_stream, m_blas, m_settings, step.inputPointers, step.outputPointers, workspace,
            step.workspaceBytes, m_faultFlag, static_cast<int>(step.node) + 1);
        Status status = step.launch ? step.launch(context) : Status{};
        if (status.ok() && m_syncEachStep) {
            const cudaError_t error = cudaStreamSynchronize(m_stream);
            if (error != cudaSuccess)
                status = cudaFailure(error, "running the node");
        }
        if (!status.ok()) {
            EngineError error = status.error();
            error.opType = graph.nodes[step.node].opType;
            error.nodeName = graph.nodes[step.node].displayName(step.node);
            return error;
        }
    }
    return {};
}

void CudaEngine::captureGraph(Plan &plan)
{
    plan.graphTried = true;
    if (cudaStreamBeginCapture(m_stream, cudaStreamCaptureModeThreadLocal) != cudaSuccess) {
        cudaGetLastError();
        return;
    }
    const Status enqueued = enqueue(plan);
    cudaGraph_t graph = nullptr;
    const cudaError_t ended = cudaStreamEndCapture(m_stream, &graph);
    if (!enqueued.ok() || ended != cudaSuccess || !graph) {
        cudaGetLastError(); // a failed capture is not an error: the plan runs eagerly
        if (graph)
            cudaGraphDestroy(graph);
        return;
    }
    // The executable graph is independent of the captured one, which is not needed after this.
    cudaGraphExec_t exec = nullptr;
    if (cudaGraphInstantiate(&exec, graph, 0) != cudaSuccess)
        cudaGetLastError();
    else
        plan.graphExec = exec;
    cudaGraphDestroy(graph);
}

Expected<std::vector<Tensor>> CudaEngine::run(const std::vector<Tensor> &inputs)
{
    if (!m_graph)
        return makeError(ErrorCode::NotPrepared, "prepare() was not called");
    FD_TRY_STATUS(checkGraphInputs(*m_graph, inputs));
    bool fresh = false;
    bool sameShapes = m_plan && m_plan->inputShapes.size() == inputs.size();
    for (std::size_t i = 0; sameShapes && i < inputs.size(); ++i)
        sameShapes = m_plan->inputShapes[i] == inputs[i].shape();
    if (!sameShapes) {
        m_plan.reset(); // its memory goes back before the next plan takes its own
        auto plan = makePlan(inputs);
        if (!plan)
            return plan.error();
        m_plan = std::move(plan.value());
        fresh = true;
    }
    Plan &plan = *m_plan;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const DeviceTensor &target = plan.device[static_cast<std::size_t>(plan.inputValues[i])];
        if (inputs[i].byteSize() > 0)
            FD_CUDA_TRY(cudaMemcpyAsync(target.data, inputs[i].bytes(), inputs[i].byteSize(), cudaMemcpyHostToDevice, m_stream),
                "copying an input to the device");
    }
    // A plan's first run goes node by node; once it went through, later runs replay it as one
    // CUDA graph (one launch instead of one per node).
    if (!fresh && m_useGraphs && !plan.graphTried)
        captureGraph(plan);
    FD_CUDA_TRY(cudaEventRecord(m_start, m_stream), "recording an event");
    if (plan.graphExec)
        FD_CUDA_TRY(cudaGraphLaunch(plan.graphExec, m_stream), "launching the CUDA graph");
    else
        FD_TRY_STATUS(enqueue(plan));
    FD_CUDA_TRY(cudaEventRecord(m_stop, m_stream), "recording an event");

    std::vector<Tensor> results;
    results.reserve(plan.outputValues.size());
    for (int index : plan.outputValues) {
        const Value &value = plan.values[static_cast<std::size_t>(index)];
        if (value.where == Where::Host) {
            results.push_back(*value.host);
            continue;
        }
        results.emplace_back(value.desc.type, value.desc.shape);
        Tensor &out = results.back();
        if (out.byteSize() > 0)
            FD_CUDA_TRY(cudaMemcpyAsync(out.bytes(), plan.device[static_cast<std::size_t>(index)].data, out.byteSize(),
                            cudaMemcpyDeviceToHost, m_stream),
                "copying an output from the device");
    }
    FD_CUDA_TRY(cudaMemcpyAsync(&m_hostFault, m_faultFlag, sizeof(int), cudaMemcpyDeviceToHost, m_stream),
        "reading the run's fault flag");
    const cudaError_t synced = cudaStreamSynchronize(m_stream);
    if (synced != cudaSuccess) {
        // A fault inside a kernel surfaces here; FLEETDECK_CUDA_SYNC=1 names the node.
        m_plan.reset();
        return cudaFailure(synced, "running the model on the GPU");
    }
    if (m_hostFault != 0) {
        const auto node = static_cast<std::size_t>(m_hostFault - 1);
        m_hostFault = 0;
        FD_CUDA_TRY(cudaMemsetAsync(m_faultFlag, 0, sizeof(int), m_stream), "clearing the fault flag");
        EngineError error = makeError(ErrorCode::KernelFailed,
            "the node's input data is out of range (an index beyond its axis), found on the GPU");
        if (node < m_graph->nodes.size()) {
            error.opType = m_graph->nodes[node].opType;
            error.nodeName = m_graph->nodes[node].displayName(node);
        }
        return error;
    }
    float ms = 0;
    m_lastRunMs = cudaEventElapsedTime(&ms, m_start, m_stop) == cudaSuccess ? double(ms) : -1;
    return results;
}

int64_t CudaEngine::arenaBytes() const
{
    return m_plan ? m_plan->memory.arenaBytes : 0;
}

int64_t CudaEngine::unsharedBytes() const
{
    return m_plan ? m_plan->memory.naiveBytes : 0;
}

bool CudaEngine::replaysGraph() const
{
    return m_plan && m_plan->graphExec != nullptr;
}

} // namespace fleetdeck::validation::cuda

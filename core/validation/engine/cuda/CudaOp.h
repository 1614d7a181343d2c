#pragma once

// How the CUDA engine's ops are written. An op has three parts:
//  - a capability check (the same SupportQuery as the CPU engine's), which decides from the
//    node alone whether this engine runs it and names the reason when not;
//  - plan(): called once per set of input shapes, on the host. It reads input descriptions
//    (type and shape) and the host values of inputs known before the run (initializers, Shape
//    results, anything folded), declares the outputs and the workspace, and returns the launch;
//  - the launch: called on every run with device pointers. It only enqueues work on the
//    engine's stream (no allocation, no synchronisation, no copy back to the host).
// Device memory is planned by the engine from what plan() declared (MemoryPlan.h), so a launch
// never allocates.

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/Graph.h"
#include "core/validation/engine/SupportReport.h"
#include "core/validation/engine/Tensor.h"
#include "core/validation/engine/cpu/KernelContext.h"

#include <cublas_v2.h>
#include <cuda_runtime_api.h>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fleetdeck::validation::cuda {

using cpu::AttributeReader;
using cpu::SupportQuery;

// A value's type and shape, known at plan time.
struct TensorDesc
{
    DataType type = DataType::Undefined;
    Shape shape;

    int64_t elementCount() const { return checkedElementCount(shape).value_or(0); }
    int64_t byteSize() const { return elementCount() * static_cast<int64_t>(elementSize(type)); }
};

// What plan() sees of one node.
class PlanContext
{
public:
    PlanContext(const Node &node, int64_t opset, std::vector<const TensorDesc *> inputs,
                std::vector<const Tensor *> hostValues, int64_t maxTensorBytes);

    const Node &node() const { return m_node; }
    int64_t opset() const { return m_opset; }
    const AttributeReader &attributes() const { return m_attributes; }

    std::size_t inputCount() const { return m_inputs.size(); }
    bool hasInput(std::size_t i) const { return i < m_inputs.size() && m_inputs[i] != nullptr; }
    const TensorDesc &input(std::size_t i) const { return *m_inputs[i]; }
    // The input's value when it is known before the run (an initializer, a Constant, a Shape
    // result or anything computed from those); nullptr for values that depend on input data.
    // Ops list the inputs they need this way in CudaOpDefinition::hostInputs.
    const Tensor *hostValue(std::size_t i) const { return i < m_hostValues.size() ? m_hostValues[i] : nullptr; }

    std::size_t outputCount() const { return m_node.outputs.size(); }
    bool wantsOutput(std::size_t i) const { return i < m_node.outputs.size() && !m_node.outputs[i].empty(); }
    // Declares output i. Fails (MemoryLimitExceeded / KernelFailed) for a negative, overflowing
    // or too large shape, as the CPU engine's allocate() does.
    Status setOutput(std::size_t i, DataType type, Shape shape);
    const std::vector<TensorDesc> &outputs() const { return m_outputs; }
    // Scratch device memory the launch gets as LaunchContext::workspace(); lives for this node only.
    void requestWorkspace(int64_t bytes) { m_workspace = bytes > m_workspace ? bytes : m_workspace; }
    int64_t workspaceBytes() const { return m_workspace; }

    // A KernelFailed error naming this node's op.
    EngineError fail(std::string detail) const;

private:
    const Node &m_node;
    int64_t m_opset;
    std::vector<const TensorDesc *> m_inputs;
    std::vector<const Tensor *> m_hostValues;
    int64_t m_maxTensorBytes;
    AttributeReader m_attributes;
    std::vector<TensorDesc> m_outputs;
    int64_t m_workspace = 0;
};

// A tensor in device memory. data is nullptr for tensors with no elements.
struct DeviceTensor
{
    void *data = nullptr;
    DataType type = DataType::Undefined;
    Shape shape;

    int64_t elementCount() const { return checkedElementCount(shape).value_or(0); }
    template <typename T>
    T *as() const { return static_cast<T *>(data); }
};

// The engine-wide settings a launch may need.
struct LaunchSettings
{
    bool allowTf32 = false;      // cuBLAS may use TF32 tensor cores for float32 products
    int multiProcessors = 1;     // of the device, for sizing grids
};

// What a launch gets on every run.
class LaunchContext
{
public:
    LaunchContext(cudaStream_t stream, cublasHandle_t blas, const LaunchSettings &settings,
                  std::vector<const DeviceTensor *> inputs, std::vector<DeviceTensor *> outputs,
                  void *workspace, int64_t workspaceBytes, int *faultFlag, int faultCode)
        : m_stream(stream), m_blas(blas), m_settings(settings), m_inputs(std::move(inputs)),
          m_outputs(std::move(outputs)), m_workspace(workspace), m_workspaceBytes(workspaceBytes),
          m_faultFlag(faultFlag), m_faultCode(faultCode)
    {
    }

    cudaStream_t stream() const { return m_stream; }
    // Bound to stream(); its math mode already follows settings().allowTf32.
    cublasHandle_t blas() const { return m_blas; }
    const LaunchSettings &settings() const { return m_settings; }
    bool hasInput(std::size_t i) const { return i < m_inputs.size() && m_inputs[i] != nullptr; }
    const DeviceTensor &input(std::size_t i) const { return *m_inputs[i]; }
    bool hasOutput(std::size_t i) const { return i < m_outputs.size() && m_outputs[i] != nullptr; }
    DeviceTensor &output(std::size_t i) const { return *m_outputs[i]; }
    void *workspace() const { return m_workspace; }
    int64_t workspaceBytes() const { return m_workspaceBytes; }

    // Data the host could not check before the run (an index out of range in Gather's device
    // indices, say) is reported through one device int: a kernel that meets it writes a safe value
    // (0) to the output and does `atomicCAS(faultFlag(), 0, faultCode())`. The engine reads the
    // flag after the run (with the outputs, no extra round trip) and fails the run naming this
    // node; see reportFault() in CudaKernels.cuh.
    int *faultFlag() const { return m_faultFlag; }
    int faultCode() const { return m_faultCode; }

private:
    cudaStream_t m_stream;
    cublasHandle_t m_blas;
    const LaunchSettings &m_settings;
    std::vector<const DeviceTensor *> m_inputs;
    std::vector<DeviceTensor *> m_outputs;
    void *m_workspace;
    int64_t m_workspaceBytes;
    int *m_faultFlag;
    int m_faultCode;
};

// Enqueues the node's work. Returns an error only for what it can see on the host (a failed
// cuBLAS call, a launch error from cudaGetLastError()).
using Launch = std::function<Status(LaunchContext &)>;
using PlanFunction = std::function<Expected<Launch>(PlanContext &)>;
using SupportCheck = std::function<std::optional<UnsupportedReason>(const SupportQuery &)>;

struct CudaOpDefinition
{
    SupportCheck check;            // empty: every node of this op runs
    PlanFunction plan;
    // Inputs whose values plan() must read on the host (Reshape's shape, Slice's starts, Pad's
    // pads...). A node whose such input depends on the model's input data cannot run here:
    // checkSupport says so ("data-dependent shape input").
    std::vector<std::size_t> hostInputs;
    // Output 0 is input 0's bytes under a new shape (Reshape, Flatten, Squeeze, Unsqueeze,
    // Identity, Dropout at inference): plan() declares the output and returns an empty Launch,
    // and the engine shares the buffer instead of copying.
    bool aliasesInput = false;
};

// The CUDA engine's ops by op type (default domain).
class CudaOpRegistry
{
public:
    static const CudaOpRegistry &instance();

    void add(std::string opType, CudaOpDefinition definition);
    const CudaOpDefinition *find(std::string_view opType) const;
    std::optional<UnsupportedReason> check(const SupportQuery &query) const;
    std::vector<std::string> opTypes() const;

private:
    CudaOpRegistry() = default;
    std::unordered_map<std::string, CudaOpDefinition> m_ops;
};

// Each op file registers its ops.
void registerElementwiseOps(CudaOpRegistry &registry);
void registerLinearOps(CudaOpRegistry &registry);   // MatMul, Gemm, Conv, ConvTranspose
void registerPoolNormOps(CudaOpRegistry &registry); // pooling, normalisation, softmax, reductions
void registerMovementOps(CudaOpRegistry &registry); // layout, indexing, Resize, aliases

// Error helpers for launches.
EngineError cudaFailure(cudaError_t error, std::string_view what);
EngineError blasFailure(cublasStatus_t status, std::string_view what);
// cudaGetLastError() after a kernel launch, as a Status naming the kernel.
Status checkLaunch(std::string_view kernel);

} // namespace fleetdeck::validation::cuda

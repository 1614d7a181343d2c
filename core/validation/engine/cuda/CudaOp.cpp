#include "core/validation/engine/cuda/CudaOp.h"

#include <algorithm>

namespace fleetdeck::validation::cuda {

PlanContext::PlanContext(const Node &node, int64_t opset, std::vector<const TensorDesc *> inputs,
                         std::vector<const Tensor *> hostValues, int64_t maxTensorBytes)
    : m_node(node), m_opset(opset), m_inputs(std::move(inputs)), m_hostValues(std::move(hostValues)),
      m_maxTensorBytes(maxTensorBytes), m_attributes(node), m_outputs(node.outputs.size())
{
}

Status PlanContext::setOutput(std::size_t i, DataType type, Shape shape)
{
    if (i >= m_outputs.size())
        return fail("output " + std::to_string(i) + " does not exist");
    if (auto error = checkTensorSize(type, shape, m_maxTensorBytes)) {
        error->opType = m_node.opType;
        error->nodeName = m_node.name;
        error->opset = m_opset;
        return *error;
    }
    m_outputs[i] = TensorDesc{type, std::move(shape)};
    return {};
}

EngineError PlanContext::fail(std::string detail) const
{
    EngineError error = makeError(ErrorCode::KernelFailed, std::move(detail));
    error.opType = m_node.opType;
    error.nodeName = m_node.name;
    error.opset = m_opset;
    return error;
}

const CudaOpRegistry &CudaOpRegistry::instance()
{
    static const CudaOpRegistry registry = [] {
        CudaOpRegistry r;
        registerElementwiseOps(r);
        registerLinearOps(r);
        registerPoolNormOps(r);
        registerMovementOps(r);
        return r;
    }();
    return registry;
}

void CudaOpRegistry::add(std::string opType, CudaOpDefinition definition)
{
    m_ops[std::move(opType)] = std::move(definition);
}

const CudaOpDefinition *CudaOpRegistry::find(std::string_view opType) const
{
    auto it = m_ops.find(std::string(opType));
    return it == m_ops.end() ? nullptr : &it->second;
}

std::optional<UnsupportedReason> CudaOpRegistry::check(const SupportQuery &query) const
{
    const CudaOpDefinition *definition = find(query.node.opType);
    if (!definition)
        return UnsupportedReason{UnsupportedKind::UnknownOp, "no CUDA kernel for " + query.node.opType};
    if (definition->check)
        return definition->check(query);
    return std::nullopt;
}

std::vector<std::string> CudaOpRegistry::opTypes() const
{
    std::vector<std::string> types;
    types.reserve(m_ops.size());
    for (const auto &entry : m_ops)
        types.push_back(entry.first);
    std::sort(types.begin(), types.end());
    return types;
}

EngineError cudaFailure(cudaError_t error, std::string_view what)
{
    return makeError(ErrorCode::KernelFailed,
        std::string(what) + ": " + cudaGetErrorName(error) + " (" + cudaGetErrorString(error) + ")");
}

EngineError blasFailure(cublasStatus_t status, std::string_view what)
{
    return makeError(ErrorCode::KernelFailed,
        std::string(what) + ": cuBLAS " + cublasGetStatusName(status) + " (" + cublasGetStatusString(status) + ")");
}

Status checkLaunch(std::string_view kernel)
{
    const cudaError_t error = cudaGetLastError();
    if (error != cudaSuccess)
        return cudaFailure(error, "launching " + std::string(kernel));
    return {};
}

} // namespace fleetdeck::validation::cuda

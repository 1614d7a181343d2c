#include "core/validation/engine/cpu/OpRegistry.h"

#include <algorithm>

namespace fleetdeck::validation::cpu {

const OpRegistry &OpRegistry::instance()
{
    static const OpRegistry registry = [] {
        OpRegistry r;
        registerElementwiseKernels(r);
        registerActivationKernels(r);
        registerMatMulKernels(r);
        registerConvKernels(r);
        registerPoolKernels(r);
        registerNormalizationKernels(r);
        registerReduceKernels(r);
        registerShapeKernels(r);
        registerSliceKernels(r);
        registerIndexKernels(r);
        registerResizeKernels(r);
        registerLossKernels(r);
        registerGatherScatterKernels(r);
        registerQuantizeKernels(r);
        registerEinsumKernel(r);
        return r;
    }();
    return registry;
}

void OpRegistry::add(std::string opType, SupportCheck check, Kernel run)
{
    m_ops[std::move(opType)] = OpDefinition{std::move(check), std::move(run)};
}

const OpDefinition *OpRegistry::find(std::string_view opType) const
{
    auto it = m_ops.find(std::string(opType));
    return it == m_ops.end() ? nullptr : &it->second;
}

std::optional<UnsupportedReason> OpRegistry::check(const SupportQuery &query) const
{
    const OpDefinition *op = find(query.node.opType);
    if (!op)
        return UnsupportedReason{UnsupportedKind::UnknownOp, {}};
    for (const auto &[key, value] : query.node.attributes) {
        if (const auto *opaque = std::get_if<OpaqueAttribute>(&value)) {
            if (opaque->kind == "graph" || opaque->kind == "graphs")
                return UnsupportedReason{UnsupportedKind::Subgraph, key};
            return UnsupportedReason{UnsupportedKind::InputForm, opaque->kind + " attribute " + key};
        }
    }
    return op->check ? op->check(query) : std::nullopt;
}

std::optional<UnsupportedReason> requireTypes(const SupportQuery &query, std::size_t input,
                                              std::initializer_list<DataType> allowed)
{
    const DataType type = query.inputType(input);
    if (type == DataType::Undefined || std::find(allowed.begin(), allowed.end(), type) != allowed.end())
        return std::nullopt;
    return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(type)) + " inputs"};
}

std::optional<UnsupportedReason> requireAllTypes(const SupportQuery &query,
                                                 std::initializer_list<DataType> allowed)
{
    for (std::size_t i = 0; i < query.inputTypes.size(); ++i) {
        if (auto reason = requireTypes(query, i, allowed))
            return reason;
    }
    for (DataType type : query.outputTypes) {
        if (type != DataType::Undefined && std::find(allowed.begin(), allowed.end(), type) == allowed.end())
            return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(type)) + " outputs"};
    }
    return std::nullopt;
}

} // namespace fleetdeck::validation::cpu

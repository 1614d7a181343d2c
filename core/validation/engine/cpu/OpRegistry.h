#pragma once

#include "core/validation/engine/cpu/KernelContext.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace fleetdeck::validation::cpu {

using SupportCheck = std::function<std::optional<UnsupportedReason>(const SupportQuery &)>;
using Kernel = std::function<Status(KernelContext &)>;

struct OpDefinition
{
    SupportCheck check; // empty: supported whenever the op is
    Kernel run;
};

// Kernels of the CPU engine by op type (default domain only).
class OpRegistry
{
public:
    static const OpRegistry &instance();

    void add(std::string opType, SupportCheck check, Kernel run);
    const OpDefinition *find(std::string_view opType) const;
    std::optional<UnsupportedReason> check(const SupportQuery &query) const;

private:
    OpRegistry() = default;
    std::unordered_map<std::string, OpDefinition> m_ops;
};

// Capability helpers for kernels' checks.
std::optional<UnsupportedReason> requireTypes(const SupportQuery &query, std::size_t input,
                                              std::initializer_list<DataType> allowed);
std::optional<UnsupportedReason> requireAllTypes(const SupportQuery &query,
                                                 std::initializer_list<DataType> allowed);
inline constexpr std::initializer_list<DataType> floatTypes = {DataType::Float, DataType::Double};
inline constexpr std::initializer_list<DataType> numericTypes = {
    DataType::Float, DataType::Double, DataType::Int32, DataType::Int64, DataType::Int8, DataType::Uint8};
inline constexpr std::initializer_list<DataType> allTypes = {
    DataType::Float, DataType::Double, DataType::Int32, DataType::Int64, DataType::Int8,
    DataType::Uint8, DataType::Bool};

// Each kernel file registers its ops.
void registerElementwiseKernels(OpRegistry &registry);
void registerActivationKernels(OpRegistry &registry);
void registerMatMulKernels(OpRegistry &registry);
void registerConvKernels(OpRegistry &registry);
void registerPoolKernels(OpRegistry &registry);
void registerNormalizationKernels(OpRegistry &registry);
void registerReduceKernels(OpRegistry &registry);
void registerShapeKernels(OpRegistry &registry);
void registerSliceKernels(OpRegistry &registry);
void registerIndexKernels(OpRegistry &registry);
void registerResizeKernels(OpRegistry &registry);
void registerLossKernels(OpRegistry &registry);
void registerGatherScatterKernels(OpRegistry &registry);
void registerQuantizeKernels(OpRegistry &registry);
void registerEinsumKernel(OpRegistry &registry);

} // namespace fleetdeck::validation::cpu

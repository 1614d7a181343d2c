#pragma once

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/Graph.h"
#include "core/validation/engine/SupportReport.h"
#include "core/validation/engine/ThreadPool.h"

#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fleetdeck::validation::cpu {

// Reads a node's attributes with ONNX defaults.
class AttributeReader
{
public:
    explicit AttributeReader(const Node &node) : m_node(node) {}

    int64_t getInt(std::string_view key, int64_t fallback) const;
    float getFloat(std::string_view key, float fallback) const;
    std::string getString(std::string_view key, std::string fallback) const;
    std::vector<int64_t> getInts(std::string_view key, std::vector<int64_t> fallback = {}) const;
    std::vector<float> getFloats(std::string_view key, std::vector<float> fallback = {}) const;
    const Tensor *getTensor(std::string_view key) const;
    bool has(std::string_view key) const { return m_node.hasAttribute(key); }

private:
    const Node &m_node;
};

// What a capability check sees: the node, the model's opset and its inputs' types.
struct SupportQuery
{
    const Node &node;
    int64_t opset;
    std::vector<DataType> inputTypes;  // Undefined for omitted inputs or unknown types
    std::vector<DataType> outputTypes;
    AttributeReader attributes;

    DataType inputType(std::size_t i) const { return i < inputTypes.size() ? inputTypes[i] : DataType::Undefined; }
    bool hasInput(std::size_t i) const { return i < node.inputs.size() && !node.inputs[i].empty(); }
    bool hasOutput(std::size_t i) const { return i < node.outputs.size() && !node.outputs[i].empty(); }
};

// What CpuEngine folded into a Conv (see CpuEngine::prepare): a residual Add that followed it, then
// a Relu or Clip, applied while the output is still in cache instead of in passes of their own.
struct FusedEpilogue
{
    const Tensor *residual = nullptr; // added elementwise; must have the output's shape and type
    float minValue = -std::numeric_limits<float>::infinity();
    float maxValue = std::numeric_limits<float>::infinity();
};

// Intermediates the engine freed, kept for outputs of the same type and size, so a kernel that
// writes every element gets memory that is neither zero-filled nor faulted in again. Bounded: it
// keeps at most as many tensors of a size as one run has asked for, so what it holds never grows
// from run to run (about the sum of the model's distinct Conv output sizes).
class TensorRecycler
{
public:
    void give(Tensor tensor);
    std::optional<Tensor> take(DataType type, int64_t count);
    void startRun();
    int64_t bytes() const { return m_bytes; }
    void clear();

private:
    using Key = std::pair<DataType, int64_t>;
    std::multimap<Key, Tensor> m_spare;
    std::map<Key, int64_t> m_askedThisRun;
    std::map<Key, int64_t> m_mostAsked; // in one run
    int64_t m_bytes = 0;
};

// The query for a node of a graph, with its inputs' and outputs' types as the graph records them.
SupportQuery supportQueryFor(const Graph &graph, const Node &node);

// Everything one kernel invocation needs.
class KernelContext
{
public:
    KernelContext(const Node &node, int64_t opset, std::vector<const Tensor *> inputs,
                  ThreadPool &pool, int64_t maxTensorBytes, TensorRecycler *recycler = nullptr,
                  const FusedEpilogue *epilogue = nullptr);

    const Node &node() const { return m_node; }
    int64_t opset() const { return m_opset; }
    const AttributeReader &attributes() const { return m_attributes; }
    ThreadPool &pool() { return m_pool; }

    std::size_t inputCount() const { return m_inputs.size(); }
    bool hasInput(std::size_t i) const { return i < m_inputs.size() && m_inputs[i] != nullptr; }
    const Tensor &input(std::size_t i) const { return *m_inputs[i]; }
    std::size_t outputCount() const { return m_node.outputs.size(); }
    bool wantsOutput(std::size_t i) const { return i < m_node.outputs.size() && !m_node.outputs[i].empty(); }

    // A zero-filled output, or MemoryLimitExceeded / KernelFailed for a bad or huge shape.
    Expected<Tensor *> allocate(std::size_t output, DataType type, Shape shape);
    // The same for a kernel that writes every element: the contents are undefined (recycled).
    Expected<Tensor *> allocateForOverwrite(std::size_t output, DataType type, Shape shape);
    void setOutput(std::size_t output, Tensor tensor);
    Tensor &output(std::size_t output) { return m_outputs[output]; }
    std::vector<Tensor> takeOutputs() { return std::move(m_outputs); }

    // The epilogue planned for this node, if it fits an output of this shape and type; a kernel
    // that takes it must apply all of it. Null otherwise: the engine then runs the fused nodes itself.
    const FusedEpilogue *takeEpilogue(const Shape &outputShape, DataType outputType);
    bool tookEpilogue() const { return m_tookEpilogue; }

    // A KernelFailed error naming this node.
    EngineError fail(std::string detail) const;

    // Shape inference runs without type-equality checks (old exporters need that), so kernels that
    // read several inputs as one element type must check it: reading an int8 tensor as float
    // would run past its buffer.
    Status requireSameType(std::size_t first, std::size_t last) const;

private:
    // The element count of an output, or the error allocate() reports.
    Expected<int64_t> checkedOutputCount(DataType type, const Shape &shape) const;

    const Node &m_node;
    int64_t m_opset;
    std::vector<const Tensor *> m_inputs;
    ThreadPool &m_pool;
    int64_t m_maxTensorBytes;
    AttributeReader m_attributes;
    std::vector<Tensor> m_outputs;
    TensorRecycler *m_recycler;
    const FusedEpilogue *m_epilogue;
    bool m_tookEpilogue = false;
};


} // namespace fleetdeck::validation::cpu

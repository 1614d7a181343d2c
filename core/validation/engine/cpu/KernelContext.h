#pragma once

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/Graph.h"
#include "core/validation/engine/SupportReport.h"
#include "core/validation/engine/ThreadPool.h"

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

// Everything one kernel invocation needs.
class KernelContext
{
public:
    KernelContext(const Node &node, int64_t opset, std::vector<const Tensor *> inputs,
                  ThreadPool &pool, int64_t maxTensorBytes);

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
    void setOutput(std::size_t output, Tensor tensor);
    Tensor &output(std::size_t output) { return m_outputs[output]; }
    std::vector<Tensor> takeOutputs() { return std::move(m_outputs); }

    // A KernelFailed error naming this node.
    EngineError fail(std::string detail) const;

    // Shape inference runs without type-equality checks (old exporters need that), so kernels that
    // read several inputs as one element type must check it: reading an int8 tensor as float
    // would run past its buffer.
    Status requireSameType(std::size_t first, std::size_t last) const;

private:
    const Node &m_node;
    int64_t m_opset;
    std::vector<const Tensor *> m_inputs;
    ThreadPool &m_pool;
    int64_t m_maxTensorBytes;
    AttributeReader m_attributes;
    std::vector<Tensor> m_outputs;
};


} // namespace fleetdeck::validation::cpu

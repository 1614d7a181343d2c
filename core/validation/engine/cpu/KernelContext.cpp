#include "core/validation/engine/cpu/KernelContext.h"

#include <algorithm>
#include <iterator>

namespace fleetdeck::validation::cpu {

namespace {
template <typename T>
const T *findAttribute(const Node &node, std::string_view key)
{
    auto it = node.attributes.find(key);
    if (it == node.attributes.end())
        return nullptr;
    return std::get_if<T>(&it->second);
}
} // namespace

int64_t AttributeReader::getInt(std::string_view key, int64_t fallback) const
{
    const auto *value = findAttribute<int64_t>(m_node, key);
    return value ? *value : fallback;
}

float AttributeReader::getFloat(std::string_view key, float fallback) const
{
    if (const auto *value = findAttribute<float>(m_node, key))
        return *value;
    // Old exporters sometimes wrote float attributes as ints.
    if (const auto *value = findAttribute<int64_t>(m_node, key))
        return static_cast<float>(*value);
    return fallback;
}

std::string AttributeReader::getString(std::string_view key, std::string fallback) const
{
    const auto *value = findAttribute<std::string>(m_node, key);
    return value ? *value : fallback;
}

std::vector<int64_t> AttributeReader::getInts(std::string_view key, std::vector<int64_t> fallback) const
{
    const auto *value = findAttribute<std::vector<int64_t>>(m_node, key);
    return value ? *value : fallback;
}

std::vector<float> AttributeReader::getFloats(std::string_view key, std::vector<float> fallback) const
{
    const auto *value = findAttribute<std::vector<float>>(m_node, key);
    return value ? *value : fallback;
}

const Tensor *AttributeReader::getTensor(std::string_view key) const
{
    return findAttribute<Tensor>(m_node, key);
}

void TensorRecycler::give(Tensor tensor)
{
    const Key key{tensor.dataType(), tensor.elementCount()};
    auto wanted = m_mostAsked.find(key);
    if (tensor.byteSize() == 0 || wanted == m_mostAsked.end()
        || static_cast<int64_t>(m_spare.count(key)) >= wanted->second)
        return;
    m_bytes += static_cast<int64_t>(tensor.byteSize());
    m_spare.emplace(key, std::move(tensor));
}

std::optional<Tensor> TensorRecycler::take(DataType type, int64_t count)
{
    const Key key{type, count};
    int64_t &most = m_mostAsked[key];
    most = std::max(most, ++m_askedThisRun[key]);
    // The most recently freed of the size (multimap keeps equal keys in insertion order): the
    // likeliest to be in cache still.
    const auto range = m_spare.equal_range(key);
    if (range.first == range.second)
        return std::nullopt;
    const auto it = std::prev(range.second);
    Tensor tensor = std::move(it->second);
    m_spare.erase(it);
    m_bytes -= static_cast<int64_t>(tensor.byteSize());
    return tensor;
}

void TensorRecycler::startRun()
{
    m_askedThisRun.clear();
}

void TensorRecycler::clear()
{
    m_spare.clear();
    m_askedThisRun.clear();
    m_mostAsked.clear();
    m_bytes = 0;
}

SupportQuery supportQueryFor(const Graph &graph, const Node &node)
{
    SupportQuery query{node, graph.opset, {}, {}, AttributeReader(node)};
    for (const std::string &input : node.inputs)
        query.inputTypes.push_back(input.empty() ? DataType::Undefined : graph.typeOf(input));
    for (const std::string &output : node.outputs)
        query.outputTypes.push_back(output.empty() ? DataType::Undefined : graph.typeOf(output));
    return query;
}

KernelContext::KernelContext(const Node &node, int64_t opset, std::vector<const Tensor *> inputs,
                             ThreadPool &pool, int64_t maxTensorBytes, TensorRecycler *recycler,
                             const FusedEpilogue *epilogue)
    : m_node(node), m_opset(opset), m_inputs(std::move(inputs)), m_pool(pool),
      m_maxTensorBytes(maxTensorBytes), m_attributes(node), m_outputs(node.outputs.size()),
      m_recycler(recycler), m_epilogue(epilogue)
{
}

Expected<int64_t> KernelContext::checkedOutputCount(DataType type, const Shape &shape) const
{
    if (auto error = checkTensorSize(type, shape, m_maxTensorBytes)) {
        EngineError named = fail(error->detail);
        named.code = error->code;
        named.expected = error->expected;
        named.actual = error->actual;
        return named;
    }
    return *checkedElementCount(shape);
}

Expected<Tensor *> KernelContext::allocate(std::size_t output, DataType type, Shape shape)
{
    FD_TRY_STATUS(checkedOutputCount(type, shape));
    m_outputs[output] = Tensor(type, std::move(shape));
    return &m_outputs[output];
}

Expected<Tensor *> KernelContext::allocateForOverwrite(std::size_t output, DataType type, Shape shape)
{
    auto count = checkedOutputCount(type, shape);
    if (!count)
        return count.error();
    std::optional<Tensor> spare = m_recycler ? m_recycler->take(type, *count) : std::nullopt;
    if (!spare)
        return allocate(output, type, std::move(shape));
    spare->reshape(std::move(shape));
    m_outputs[output] = std::move(*spare);
    return &m_outputs[output];
}

const FusedEpilogue *KernelContext::takeEpilogue(const Shape &outputShape, DataType outputType)
{
    if (!m_epilogue)
        return nullptr;
    const Tensor *residual = m_epilogue->residual;
    if (residual && (residual->shape() != outputShape || residual->dataType() != outputType))
        return nullptr;
    m_tookEpilogue = true;
    return m_epilogue;
}

void KernelContext::setOutput(std::size_t output, Tensor tensor)
{
    m_outputs[output] = std::move(tensor);
}

Status KernelContext::requireSameType(std::size_t first, std::size_t last) const
{
    for (std::size_t i = first + 1; i <= last && i < m_inputs.size(); ++i) {
        if (!hasInput(i) || !hasInput(first))
            continue;
        if (input(i).dataType() != input(first).dataType()) {
            return fail("input " + std::to_string(i) + " is " + std::string(dataTypeName(input(i).dataType()))
                        + " but input " + std::to_string(first) + " is "
                        + std::string(dataTypeName(input(first).dataType()))
                        + "; the operator needs one element type");
        }
    }
    return {};
}

EngineError KernelContext::fail(std::string detail) const
{
    EngineError error = makeError(ErrorCode::KernelFailed, std::move(detail));
    error.opType = m_node.opType;
    error.nodeName = m_node.name;
    error.opset = m_opset;
    return error;
}

} // namespace fleetdeck::validation::cpu

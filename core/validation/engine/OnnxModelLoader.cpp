#include "core/validation/engine/OnnxModelLoader.h"

#include "core/validation/engine/OnnxCheckInternal.h"
#include "core/validation/engine/TensorProtoReader.h"

#include <onnx/defs/schema.h>

#include <filesystem>
#include <fstream>
#include <system_error>
#include <unordered_map>

namespace fleetdeck::validation {

namespace fs = std::filesystem;

namespace {

Expected<std::string> readWholeFile(const std::string &path, int64_t maxBytes)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        EngineError e = makeError(fs::exists(path, ec) ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound, {});
        e.path = path;
        return e;
    }
    const auto size = static_cast<int64_t>(fs::file_size(path, ec));
    if (ec || size > maxBytes) {
        EngineError e = makeError(ErrorCode::FileTooLarge, {});
        e.path = path;
        e.expected = maxBytes;
        e.actual = size;
        return e;
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    std::ifstream in(path, std::ios::binary);
    if (!in || !in.read(bytes.data(), size)) {
        EngineError e = makeError(ErrorCode::FileUnreadable, {});
        e.path = path;
        return e;
    }
    return bytes;
}

ValueInfo convertValueInfo(const onnx::ValueInfoProto &proto)
{
    ValueInfo info;
    info.name = proto.name();
    if (!proto.type().has_tensor_type()) {
        info.isTensor = !proto.type().has_sequence_type() && !proto.type().has_map_type()
            && !proto.type().has_optional_type() && !proto.type().has_sparse_tensor_type();
        return info;
    }
    const auto &tensorType = proto.type().tensor_type();
    if (isKnownDataType(tensorType.elem_type()))
        info.type = static_cast<DataType>(tensorType.elem_type());
    if (tensorType.has_shape()) {
        info.hasShape = true;
        for (const auto &dim : tensorType.shape().dim())
            info.shape.push_back(dim.has_dim_value() ? dim.dim_value() : -1);
    }
    return info;
}

Expected<AttributeValue> convertAttribute(const onnx::AttributeProto &proto, TensorProtoReader &reader)
{
    using A = onnx::AttributeProto;
    switch (proto.type()) {
    case A::FLOAT: return AttributeValue(proto.f());
    case A::INT: return AttributeValue(static_cast<int64_t>(proto.i()));
    case A::STRING: return AttributeValue(proto.s());
    case A::FLOATS: return AttributeValue(std::vector<float>(proto.floats().begin(), proto.floats().end()));
    case A::INTS: return AttributeValue(std::vector<int64_t>(proto.ints().begin(), proto.ints().end()));
    case A::STRINGS: return AttributeValue(std::vector<std::string>(proto.strings().begin(), proto.strings().end()));
    case A::TENSOR: {
        auto tensor = reader.read(proto.t());
        if (!tensor)
            return tensor.error();
        return AttributeValue(std::move(tensor).value());
    }
    case A::GRAPH: return AttributeValue(OpaqueAttribute{"graph"});
    case A::GRAPHS: return AttributeValue(OpaqueAttribute{"graphs"});
    case A::SPARSE_TENSOR: return AttributeValue(OpaqueAttribute{"sparse_tensor"});
    case A::TENSORS: return AttributeValue(OpaqueAttribute{"tensors"});
    default: return AttributeValue(OpaqueAttribute{"other"});
    }
}

// For each of count inputs, the first input bound to the same type parameter, or -1. A variadic
// last formal parameter stands for every further input.
std::vector<int> inputsSharingATypeParameter(const onnx::OpSchema &schema, int count)
{
    const auto &formals = schema.inputs();
    std::vector<int> same(static_cast<std::size_t>(count), -1);
    std::vector<std::string> typeOf(static_cast<std::size_t>(count));
    for (int i = 0; i < count && !formals.empty(); ++i) {
        const bool pastTheEnd = i >= static_cast<int>(formals.size());
        const auto &formal = formals[pastTheEnd ? formals.size() - 1 : static_cast<std::size_t>(i)];
        const bool variadic = formal.GetOption() == onnx::OpSchema::Variadic;
        if (pastTheEnd && !variadic)
            break;
        if (variadic && !formal.GetIsHomogeneous())
            continue; // each element may have its own type (Loop, If, SequenceConstruct...)
        typeOf[static_cast<std::size_t>(i)] = formal.GetTypeStr();
        for (int j = 0; j < i; ++j) {
            if (typeOf[static_cast<std::size_t>(j)] == typeOf[static_cast<std::size_t>(i)]) {
                same[static_cast<std::size_t>(i)] = j;
                break;
            }
        }
    }
    return same;
}

// What the checker enforces about a node's shape, checked here as well because the checker runs
// in another process (or not at all): kernels index inputs and outputs by position and must never
// meet a short node, an omitted required input, or inputs of one type parameter with two types.
Status checkAgainstSchema(const onnx::OpSchema &schema, const onnx::NodeProto &proto, Node &node)
{
    auto fail = [&node](std::string detail) {
        EngineError e = makeError(ErrorCode::InvalidGraph, std::move(detail));
        e.opType = node.opType;
        e.nodeName = node.name;
        return e;
    };
    if (proto.input_size() < schema.min_input() || proto.input_size() > schema.max_input()
        || proto.output_size() < schema.min_output() || proto.output_size() > schema.max_output())
        return fail("takes " + std::to_string(schema.min_input()) + ".." + std::to_string(schema.max_input())
                    + " inputs and " + std::to_string(schema.min_output()) + ".."
                    + std::to_string(schema.max_output()) + " outputs; this node has "
                    + std::to_string(proto.input_size()) + " and " + std::to_string(proto.output_size()));
    const auto &formals = schema.inputs();
    for (std::size_t i = 0; i < formals.size() && i < node.inputs.size(); ++i) {
        // An empty name omits an optional input; a required one may not be omitted.
        if (node.inputs[i].empty() && formals[i].GetOption() == onnx::OpSchema::Single)
            return fail("required input " + std::to_string(i) + " (" + formals[i].GetName() + ") is empty");
    }
    node.sameTypeAs = inputsSharingATypeParameter(schema, proto.input_size());
    return {};
}

Status convertNodes(const onnx::GraphProto &proto, TensorProtoReader &reader, Graph &graph)
{
    for (const auto &nodeProto : proto.node()) {
        Node node;
        node.name = nodeProto.name();
        node.opType = nodeProto.op_type();
        node.domain = nodeProto.domain();
        node.inputs.assign(nodeProto.input().begin(), nodeProto.input().end());
        node.outputs.assign(nodeProto.output().begin(), nodeProto.output().end());
        for (const auto &attribute : nodeProto.attribute()) {
            auto value = convertAttribute(attribute, reader);
            if (!value) {
                EngineError e = value.error();
                e.opType = node.opType;
                e.nodeName = node.name;
                return e;
            }
            node.attributes.emplace(attribute.name(), std::move(value).value());
        }
        if (isDefaultDomain(node.domain)) {
            const auto *schema = onnx::OpSchemaRegistry::Schema(node.opType, static_cast<int>(graph.opset), onnx::ONNX_DOMAIN);
            const auto *latest = onnx::OpSchemaRegistry::Schema(node.opType, static_cast<int>(OnnxModelLoader::maxOpset()), onnx::ONNX_DOMAIN);
            if (!schema) {
                // The checker refuses these too ("No Op registered"); kernels would meet a node
                // whose inputs nothing vouches for.
                EngineError e = makeError(ErrorCode::InvalidGraph,
                    "the op is not defined at opset " + std::to_string(graph.opset));
                e.opType = node.opType;
                e.nodeName = node.name;
                return e;
            }
            node.sinceVersion = schema->since_version();
            FD_TRY_STATUS(checkAgainstSchema(*schema, nodeProto, node));
            node.redefinedLater = latest && latest->since_version() != schema->since_version();
        }
        graph.nodes.push_back(std::move(node));
    }
    return {};
}

// Reads every initializer first: external data is validated (and its absence reported) before
// libonnx's checker, which would only say "not accessible".
Status readInitializers(const onnx::ModelProto &model, TensorProtoReader &reader, Graph &graph)
{
    for (const auto &initializer : model.graph().initializer()) {
        auto tensor = reader.read(initializer);
        if (!tensor)
            return tensor.error();
        graph.initializers[initializer.name()] = std::move(tensor).value();
    }
    return {};
}

Status convertGraph(const onnx::ModelProto &model, TensorProtoReader &reader, Graph &graph)
{
    const onnx::GraphProto &proto = model.graph();
    graph.name = proto.name();
    for (const auto &opset : model.opset_import()) {
        if (isDefaultDomain(opset.domain()))
            graph.opset = opset.version();
        else
            graph.otherOpsets[opset.domain()] = opset.version();
    }
    // Before IR 4 initializers were listed as inputs too; they are not inputs the caller feeds.
    for (const auto &input : proto.input()) {
        ValueInfo info = convertValueInfo(input);
        graph.valueInfo[info.name] = info;
        if (!graph.initializers.count(info.name))
            graph.inputs.push_back(std::move(info));
    }
    for (const auto &output : proto.output()) {
        ValueInfo info = convertValueInfo(output);
        graph.valueInfo[info.name] = info;
        graph.outputs.push_back(std::move(info));
    }
    for (const auto &value : proto.value_info()) {
        ValueInfo info = convertValueInfo(value);
        graph.valueInfo[info.name] = std::move(info);
    }
    return convertNodes(proto, reader, graph);
}

Status checkVersions(const onnx::ModelProto &model)
{
    // Models that import only other domains are fine here: their nodes are reported unsupported.
    // IR 3 introduced opset imports; older files predate every exporter we meet.
    if (model.ir_version() < 3 || model.ir_version() > onnx::Version::IR_VERSION) {
        EngineError e = makeError(ErrorCode::UnsupportedIrVersion, {});
        e.actual = model.ir_version();
        e.expected = onnx::Version::IR_VERSION;
        return e;
    }
    for (const auto &opset : model.opset_import()) {
        if (!isDefaultDomain(opset.domain()))
            continue;
        if (opset.version() < OnnxModelLoader::minOpset() || opset.version() > OnnxModelLoader::maxOpset()) {
            EngineError e = makeError(ErrorCode::UnsupportedOpset, {});
            e.opset = opset.version();
            e.expected = opset.version() < OnnxModelLoader::minOpset() ? OnnxModelLoader::minOpset()
                                                                      : OnnxModelLoader::maxOpset();
            return e;
        }
    }
    return {};
}

// libonnx 1.12's shape inference reads past the end of some inputs' shapes instead of
// reporting them (found by fuzz_onnx_loader). Refuse those models before it runs.
Status precheckShapes(const onnx::ModelProto &model)
{
    std::unordered_map<std::string, int> ranks;
    auto note = [&ranks](const onnx::ValueInfoProto &v) {
        if (v.type().has_tensor_type() && v.type().tensor_type().has_shape())
            ranks[v.name()] = v.type().tensor_type().shape().dim_size();
    };
    for (const auto &v : model.graph().input())
        note(v);
    for (const auto &v : model.graph().value_info())
        note(v);
    for (const auto &t : model.graph().initializer())
        ranks[t.name()] = t.dims_size();
    for (const auto &node : model.graph().node()) {
        const bool convLike = node.op_type() == "Conv" || node.op_type() == "ConvTranspose"
            || node.op_type() == "ConvInteger" || node.op_type() == "QLinearConv";
        if (!convLike || node.input_size() < 2)
            continue;
        const std::string &weights = node.op_type() == "QLinearConv" ? node.input(node.input_size() > 3 ? 3 : 1) : node.input(1);
        auto x = ranks.find(node.input(0));
        auto w = ranks.find(weights);
        if ((x != ranks.end() && x->second < 3) || (w != ranks.end() && w->second < 3)
            || (x != ranks.end() && w != ranks.end() && x->second != w->second)) {
            EngineError e = makeError(ErrorCode::ShapeInferenceFailed, "input and weight ranks do not fit a convolution");
            e.opType = node.op_type();
            e.nodeName = node.name();
            return e;
        }
    }
    return {};
}

} // namespace

OnnxModelLoader::OnnxModelLoader(LoadLimits limits, OnnxCheckOptions check)
    : m_limits(limits), m_check(std::move(check))
{
}

int64_t OnnxModelLoader::maxOpset()
{
    const auto &map = onnx::OpSchemaRegistry::DomainToVersionRange::Instance().Map();
    auto it = map.find(onnx::ONNX_DOMAIN);
    return it == map.end() ? 17 : it->second.second;
}

Expected<LoadedModel> OnnxModelLoader::loadFile(const std::string &path) const
{
    auto bytes = readWholeFile(path, m_limits.maxFileBytes);
    if (!bytes)
        return bytes.error();
    auto model = load(bytes.value(), fs::path(path).parent_path().string(), path);
    if (!model) {
        EngineError e = model.error();
        if (e.path.empty())
            e.path = path;
        return e;
    }
    return model;
}

Expected<LoadedModel> OnnxModelLoader::loadBytes(const std::string &bytes, const std::string &modelDir) const
{
    return load(bytes, modelDir, {});
}

Expected<LoadedModel> OnnxModelLoader::load(const std::string &bytes, const std::string &modelDir,
                                            const std::string &path) const
{
    if (static_cast<int64_t>(bytes.size()) > m_limits.maxFileBytes)
        return makeError(ErrorCode::FileTooLarge, {});
    onnx::ModelProto model;
    if (bytes.empty() || !model.ParseFromString(bytes) || !model.has_graph())
        return makeError(ErrorCode::NotOnnx, "not a protobuf ModelProto with a graph");
    FD_TRY_STATUS(checkVersions(model));
    auto graph = std::make_shared<Graph>();
    TensorProtoReader reader(modelDir, m_limits);
    FD_TRY_STATUS(readInitializers(model, reader, *graph));
    FD_TRY_STATUS(precheckShapes(model));
    FD_TRY_STATUS(detail::checkAndInferShapes(model, bytes, path, m_check));
    FD_TRY_STATUS(convertGraph(model, reader, *graph));
    LoadedModel loaded;
    loaded.graph = std::move(graph);
    loaded.irVersion = model.ir_version();
    loaded.producerName = model.producer_name();
    loaded.producerVersion = model.producer_version();
    return loaded;
}

Expected<Tensor> loadTensorFile(const std::string &path, const LoadLimits &limits)
{
    auto bytes = readWholeFile(path, limits.maxFileBytes);
    if (!bytes)
        return bytes.error();
    onnx::TensorProto proto;
    if (!proto.ParseFromString(bytes.value())) {
        EngineError e = makeError(ErrorCode::NotOnnx, "not a protobuf TensorProto");
        e.path = path;
        return e;
    }
    TensorProtoReader reader(fs::path(path).parent_path().string(), limits);
    auto tensor = reader.read(proto);
    if (!tensor) {
        EngineError e = tensor.error();
        if (e.path.empty())
            e.path = path;
        return e;
    }
    return tensor;
}

} // namespace fleetdeck::validation

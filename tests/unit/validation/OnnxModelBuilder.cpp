#include "tests/unit/validation/OnnxModelBuilder.h"

#include <cstring>
#include <fstream>

namespace fleetdeck::validation::test {

namespace {
void setType(onnx::ValueInfoProto *info, const std::string &name, const std::vector<int64_t> &dims, int32_t type)
{
    info->set_name(name);
    auto *tensor = info->mutable_type()->mutable_tensor_type();
    tensor->set_elem_type(type);
    auto *shape = tensor->mutable_shape();
    for (int64_t d : dims) {
        if (d < 0)
            shape->add_dim()->set_dim_param("N");
        else
            shape->add_dim()->set_dim_value(d);
    }
}

onnx::TensorProto floatTensor(const std::string &name, const std::vector<int64_t> &dims, const std::vector<float> &values, bool raw)
{
    onnx::TensorProto tensor;
    tensor.set_name(name);
    tensor.set_data_type(onnx::TensorProto::FLOAT);
    for (int64_t d : dims)
        tensor.add_dims(d);
    if (raw) {
        std::string bytes(values.size() * sizeof(float), '\0');
        std::memcpy(bytes.data(), values.data(), bytes.size());
        tensor.set_raw_data(bytes);
    } else {
        for (float v : values)
            tensor.add_float_data(v);
    }
    return tensor;
}
} // namespace

OnnxModelBuilder::OnnxModelBuilder(int64_t opset, int64_t irVersion)
{
    m_model.set_ir_version(irVersion);
    m_model.set_producer_name("fleetdeck-tests");
    auto *import = m_model.add_opset_import();
    import->set_domain("");
    import->set_version(opset);
    m_model.mutable_graph()->set_name("test");
}

OnnxModelBuilder &OnnxModelBuilder::input(const std::string &name, std::vector<int64_t> dims, int32_t type)
{
    setType(m_model.mutable_graph()->add_input(), name, dims, type);
    return *this;
}

OnnxModelBuilder &OnnxModelBuilder::output(const std::string &name, std::vector<int64_t> dims, int32_t type)
{
    setType(m_model.mutable_graph()->add_output(), name, dims, type);
    return *this;
}

OnnxModelBuilder &OnnxModelBuilder::initializer(const std::string &name, std::vector<int64_t> dims,
                                                const std::vector<float> &values, bool raw)
{
    *m_model.mutable_graph()->add_initializer() = floatTensor(name, dims, values, raw);
    return *this;
}

OnnxModelBuilder &OnnxModelBuilder::int64Initializer(const std::string &name, std::vector<int64_t> dims,
                                                     const std::vector<int64_t> &values)
{
    auto *tensor = m_model.mutable_graph()->add_initializer();
    tensor->set_name(name);
    tensor->set_data_type(onnx::TensorProto::INT64);
    for (int64_t d : dims)
        tensor->add_dims(d);
    for (int64_t v : values)
        tensor->add_int64_data(v);
    return *this;
}

onnx::NodeProto &OnnxModelBuilder::node(const std::string &op, std::vector<std::string> inputs,
                                        std::vector<std::string> outputs, const std::string &name)
{
    auto *node = m_model.mutable_graph()->add_node();
    node->set_op_type(op);
    node->set_name(name);
    for (const auto &i : inputs)
        node->add_input(i);
    for (const auto &o : outputs)
        node->add_output(o);
    return *node;
}

OnnxModelBuilder &OnnxModelBuilder::importDomain(const std::string &domain, int64_t version)
{
    auto *import = m_model.add_opset_import();
    import->set_domain(domain);
    import->set_version(version);
    return *this;
}

onnx::TensorProto &OnnxModelBuilder::lastInitializer()
{
    auto *graph = m_model.mutable_graph();
    return *graph->mutable_initializer(graph->initializer_size() - 1);
}

std::string OnnxModelBuilder::bytes() const
{
    return m_model.SerializeAsString();
}

bool OnnxModelBuilder::save(const std::string &path) const
{
    std::ofstream out(path, std::ios::binary);
    return static_cast<bool>(out << bytes());
}

void setInts(onnx::NodeProto &node, const std::string &name, const std::vector<int64_t> &values)
{
    auto *a = node.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::INTS);
    for (int64_t v : values)
        a->add_ints(v);
}

void setInt(onnx::NodeProto &node, const std::string &name, int64_t value)
{
    auto *a = node.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::INT);
    a->set_i(value);
}

void setFloat(onnx::NodeProto &node, const std::string &name, float value)
{
    auto *a = node.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::FLOAT);
    a->set_f(value);
}

void setString(onnx::NodeProto &node, const std::string &name, const std::string &value)
{
    auto *a = node.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::STRING);
    a->set_s(value);
}

bool saveTensor(const std::string &path, std::vector<int64_t> dims, const std::vector<float> &values)
{
    const onnx::TensorProto tensor = floatTensor("", dims, values, true);
    std::ofstream out(path, std::ios::binary);
    return static_cast<bool>(out << tensor.SerializeAsString());
}

} // namespace fleetdeck::validation::test

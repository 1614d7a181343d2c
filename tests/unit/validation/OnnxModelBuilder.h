#pragma once

// Builds tiny ONNX models in tests with libonnx's protobuf classes, so every loader and engine
// test states its model in a few lines instead of shipping binary files.

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <string>
#include <vector>

namespace fleetdeck::validation::test {

class OnnxModelBuilder
{
public:
    explicit OnnxModelBuilder(int64_t opset = 13, int64_t irVersion = 7);

    // Dimensions of -1 become symbolic ("N"); the checker wants every graph input and output shaped.
    OnnxModelBuilder &input(const std::string &name, std::vector<int64_t> dims, int32_t type = onnx::TensorProto::FLOAT);
    OnnxModelBuilder &output(const std::string &name, std::vector<int64_t> dims = {}, int32_t type = onnx::TensorProto::FLOAT);
    // Float initializer, in raw_data or in float_data.
    OnnxModelBuilder &initializer(const std::string &name, std::vector<int64_t> dims, const std::vector<float> &values,
                                  bool raw = true);
    OnnxModelBuilder &int64Initializer(const std::string &name, std::vector<int64_t> dims, const std::vector<int64_t> &values);
    onnx::NodeProto &node(const std::string &op, std::vector<std::string> inputs, std::vector<std::string> outputs,
                          const std::string &name = {});
    OnnxModelBuilder &importDomain(const std::string &domain, int64_t version);

    onnx::ModelProto &model() { return m_model; }
    onnx::TensorProto &lastInitializer();
    std::string bytes() const;
    bool save(const std::string &path) const;

private:
    onnx::ModelProto m_model;
};

void setInts(onnx::NodeProto &node, const std::string &name, const std::vector<int64_t> &values);
void setInt(onnx::NodeProto &node, const std::string &name, int64_t value);
void setFloat(onnx::NodeProto &node, const std::string &name, float value);
void setString(onnx::NodeProto &node, const std::string &name, const std::string &value);

// A TensorProto file (input_0.pb / output_0.pb of a test data set).
bool saveTensor(const std::string &path, std::vector<int64_t> dims, const std::vector<float> &values);

} // namespace fleetdeck::validation::test

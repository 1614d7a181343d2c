#!/usr/bin/python3
# Writes custom_op.onnx: y = Relu(com.example:Fancy(com.example:Fancy(x))), an ONNX model whose
# two custom-domain nodes no Fleetdeck engine can run. Regenerate with Debian's python3-onnx:
#   /usr/bin/python3 make_custom_op_model.py
import onnx
from onnx import TensorProto, helper

x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3])
y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3])
nodes = [
    helper.make_node("Fancy", ["x"], ["a"], name="fancy_1", domain="com.example"),
    helper.make_node("Fancy", ["a"], ["b"], name="fancy_2", domain="com.example"),
    helper.make_node("Relu", ["b"], ["y"], name="relu"),
]
graph = helper.make_graph(nodes, "custom_op", [x], [y],
                          value_info=[helper.make_tensor_value_info("a", TensorProto.FLOAT, [2, 3]),
                                      helper.make_tensor_value_info("b", TensorProto.FLOAT, [2, 3])])
model = helper.make_model(graph, producer_name="fleetdeck-tests",
                          opset_imports=[helper.make_opsetid("", 13),
                                         helper.make_opsetid("com.example", 1)])
model.ir_version = 8
onnx.save(model, "custom_op.onnx")

#!/usr/bin/python3
"""Writes the benchmark models of the CPU engine bench into a folder.

Run with Debian's own interpreter (python3-onnx 1.12, python3-numpy), not a virtualenv's:

    /usr/bin/python3 tests/bench/models/generate_models.py OUT_DIR

Weights are random but seeded, so every run writes the same bytes. Each model's batch dimension
is the symbolic "N". Prints one line per model with its parameter count and its FLOPs at batch 1
(a multiply-add counts as two; Conv, Gemm and MatMul only, which dominate every model here).
"""

import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, checker, helper, numpy_helper


class ModelBuilder:
    """Appends nodes and initializers while tracking each value's shape at batch 1."""

    def __init__(self, name, seed):
        self.name = name
        self.rng = np.random.default_rng(seed)
        self.nodes = []
        self.initializers = []
        self.shapes = {}
        self.params = 0
        self.flops = 0
        self.counter = 0

    def fresh(self, stem):
        self.counter += 1
        return f"{stem}_{self.counter}"

    def weight(self, stem, shape, scale):
        name = self.fresh(stem)
        values = self.rng.standard_normal(shape).astype(np.float32) * np.float32(scale)
        self.initializers.append(numpy_helper.from_array(values, name))
        self.params += values.size
        return name

    def constant(self, stem, values):
        name = self.fresh(stem)
        self.initializers.append(numpy_helper.from_array(values, name))
        return name

    def node(self, op, inputs, shape, **attributes):
        output = self.fresh(op.lower())
        self.nodes.append(helper.make_node(op, inputs, [output], name=output, **attributes))
        self.shapes[output] = shape
        return output

    def conv(self, x, maps, kernel, stride=1, group=1):
        n, channels, h, w = self.shapes[x]
        pad = kernel // 2
        out_h = (h + 2 * pad - kernel) // stride + 1
        out_w = (w + 2 * pad - kernel) // stride + 1
        # He initialisation keeps activations in range through deep stacks.
        fan_in = channels // group * kernel * kernel
        w_name = self.weight("w", (maps, channels // group, kernel, kernel), np.sqrt(2.0 / fan_in))
        b_name = self.weight("b", (maps,), 0.01)
        self.flops += 2 * n * maps * out_h * out_w * fan_in
        return self.node("Conv", [x, w_name, b_name], [n, maps, out_h, out_w], kernel_shape=[kernel, kernel],
                         pads=[pad] * 4, strides=[stride, stride], group=group)

    def relu(self, x):
        return self.node("Relu", [x], self.shapes[x])

    def relu6(self, x):
        low = self.constant("min", np.array(0.0, dtype=np.float32))
        high = self.constant("max", np.array(6.0, dtype=np.float32))
        return self.node("Clip", [x, low, high], self.shapes[x])

    def add(self, a, b):
        return self.node("Add", [a, b], self.shapes[a])

    def gemm(self, x, outputs):
        n, inputs = self.shapes[x]
        w_name = self.weight("w", (outputs, inputs), np.sqrt(2.0 / inputs))
        b_name = self.weight("b", (outputs,), 0.01)
        self.flops += 2 * n * inputs * outputs
        return self.node("Gemm", [x, w_name, b_name], [n, outputs], transB=1)

    def matmul(self, a, b, shape, flops):
        self.flops += flops
        return self.node("MatMul", [a, b], shape)

    def head(self, x, classes):
        n, channels = self.shapes[x][:2]
        pooled = self.node("GlobalAveragePool", [x], [n, channels, 1, 1])
        flat = self.node("Flatten", [pooled], [n, channels], axis=1)
        return self.gemm(flat, classes)

    def finish(self, x, input_name, input_shape, opset):
        symbolic = ["N"] + list(input_shape[1:])
        out_shape = ["N"] + list(self.shapes[x][1:])
        graph = helper.make_graph(
            self.nodes, self.name,
            [helper.make_tensor_value_info(input_name, TensorProto.FLOAT, symbolic)],
            [helper.make_tensor_value_info(x, TensorProto.FLOAT, out_shape)],
            self.initializers)
        model = helper.make_model(graph, producer_name="fleetdeck-bench-models",
                                  opset_imports=[helper.make_opsetid("", opset)])
        model.ir_version = 8
        checker.check_model(model)
        onnx.shape_inference.infer_shapes(model, check_type=True, strict_mode=True)
        return model


def resnet18():
    b = ModelBuilder("resnet18_like", 18)
    b.shapes["input"] = [1, 3, 224, 224]
    x = b.relu(b.conv("input", 64, 7, stride=2))
    n, c, h, w = b.shapes[x]
    x = b.node("MaxPool", [x], [n, c, (h + 2 - 3) // 2 + 1, (w + 2 - 3) // 2 + 1], kernel_shape=[3, 3],
               pads=[1, 1, 1, 1], strides=[2, 2])
    for maps, stride in [(64, 1), (64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2), (512, 1)]:
        y = b.relu(b.conv(x, maps, 3, stride))
        y = b.conv(y, maps, 3)
        shortcut = b.conv(x, maps, 1, stride) if stride != 1 or b.shapes[x][1] != maps else x
        x = b.relu(b.add(y, shortcut))
    return b, b.finish(b.head(x, 1000), "input", [1, 3, 224, 224], 13)


def mobilenet_v2():
    b = ModelBuilder("mobilenet_v2_like", 2)
    b.shapes["input"] = [1, 3, 224, 224]
    x = b.relu6(b.conv("input", 32, 3, stride=2))
    # (expansion, output channels, repeats, first stride) as in MobileNetV2.
    for expansion, maps, repeats, first_stride in [(1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2),
                                                   (6, 96, 3, 1), (6, 160, 3, 2), (6, 320, 1, 1)]:
        for i in range(repeats):
            stride = first_stride if i == 0 else 1
            channels = b.shapes[x][1]
            hidden = channels * expansion
            y = b.relu6(b.conv(x, hidden, 1)) if expansion != 1 else x
            y = b.relu6(b.conv(y, hidden, 3, stride, group=hidden))
            y = b.conv(y, maps, 1)
            x = b.add(y, x) if stride == 1 and channels == maps else y
    x = b.relu6(b.conv(x, 1280, 1))
    return b, b.finish(b.head(x, 1000), "input", [1, 3, 224, 224], 13)


def mlp():
    b = ModelBuilder("mlp", 7)
    b.shapes["input"] = [1, 784]
    x = "input"
    for width in [2048, 2048, 1024]:
        x = b.relu(b.gemm(x, width))
    return b, b.finish(b.gemm(x, 10), "input", [1, 784], 13)


def layer_norm(b, x, width):
    scale = b.constant("gamma", np.ones(width, dtype=np.float32))
    bias = b.constant("beta", np.zeros(width, dtype=np.float32))
    return b.node("LayerNormalization", [x, scale, bias], b.shapes[x], axis=-1, epsilon=1e-5)


def transformer_block():
    tokens, width, heads, ffn = 128, 256, 4, 1024
    head_width = width // heads
    b = ModelBuilder("transformer_block", 17)
    b.shapes["input"] = [1, tokens, width]

    def dense(x, outputs):
        n, t, inputs = b.shapes[x]
        w_name = b.weight("w", (inputs, outputs), np.sqrt(1.0 / inputs))
        bias = b.weight("b", (outputs,), 0.01)
        y = b.matmul(x, w_name, [n, t, outputs], 2 * n * t * inputs * outputs)
        return b.node("Add", [y, bias], b.shapes[y])

    def split_heads(x):
        n, t, _ = b.shapes[x]
        shape = b.constant("shape", np.array([0, tokens, heads, head_width], dtype=np.int64))
        r = b.node("Reshape", [x, shape], [n, t, heads, head_width])
        return b.node("Transpose", [r], [n, heads, t, head_width], perm=[0, 2, 1, 3])

    x = "input"
    h = layer_norm(b, x, width)
    q, k, v = (split_heads(dense(h, width)) for _ in range(3))
    kt = b.node("Transpose", [k], [1, heads, head_width, tokens], perm=[0, 1, 3, 2])
    scores = b.matmul(q, kt, [1, heads, tokens, tokens], 2 * heads * tokens * tokens * head_width)
    scaled = b.node("Mul", [scores, b.constant("scale", np.array(1.0 / np.sqrt(head_width), dtype=np.float32))],
                    b.shapes[scores])
    attention = b.node("Softmax", [scaled], b.shapes[scaled], axis=-1)
    context = b.matmul(attention, v, [1, heads, tokens, head_width], 2 * heads * tokens * tokens * head_width)
    merged = b.node("Transpose", [context], [1, tokens, heads, head_width], perm=[0, 2, 1, 3])
    merged = b.node("Reshape", [merged, b.constant("shape", np.array([0, tokens, width], dtype=np.int64))],
                    [1, tokens, width])
    x = b.add(x, dense(merged, width))

    # Feed-forward with the exact GELU: 0.5 * u * (1 + erf(u / sqrt(2))).
    u = dense(layer_norm(b, x, width), ffn)
    e = b.node("Erf", [b.node("Div", [u, b.constant("sqrt2", np.array(np.sqrt(2.0), dtype=np.float32))],
                              b.shapes[u])], b.shapes[u])
    one = b.node("Add", [e, b.constant("one", np.array(1.0, dtype=np.float32))], b.shapes[u])
    gelu = b.node("Mul", [b.node("Mul", [u, one], b.shapes[u]),
                          b.constant("half", np.array(0.5, dtype=np.float32))], b.shapes[u])
    x = b.add(x, dense(gelu, width))
    return b, b.finish(x, "input", [1, tokens, width], 17)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate_models.py OUT_DIR")
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    manifest = []
    for make in (resnet18, mobilenet_v2, mlp, transformer_block):
        builder, model = make()
        path = os.path.join(out_dir, builder.name + ".onnx")
        onnx.save(model, path)
        manifest.append(f"{builder.name}\t{builder.params}\t{builder.flops}\n")
        print(f"{builder.name}: {builder.params / 1e6:.2f} M parameters, "
              f"{builder.flops / 1e9:.3f} GFLOPs at batch 1 -> {path}")
    # Read by bench_cpu_vs_ort for its GFLOP/s; written last, so it exists only when every model does.
    with open(os.path.join(out_dir, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.writelines(manifest)


if __name__ == "__main__":
    main()

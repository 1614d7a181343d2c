// CPU reference engine throughput on graphs built in the IR: one 3x3 Conv layer, one MatMul,
// and a stack of conv + relu layers. Prints milliseconds per run and GFLOP/s.
#include "core/validation/engine/CpuEngine.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace fleetdeck::validation;

namespace {

Tensor filled(Shape shape, float scale)
{
    Tensor t(DataType::Float, std::move(shape));
    float *p = t.data<float>();
    for (int64_t i = 0; i < t.elementCount(); ++i)
        p[i] = scale * std::sin(float(i) * 0.37f);
    return t;
}

Node node(std::string op, std::vector<std::string> inputs, std::string output)
{
    Node n;
    n.opType = std::move(op);
    n.name = n.opType;
    n.name.append(1, '_').append(output);
    n.inputs = std::move(inputs);
    n.outputs = {std::move(output)};
    return n;
}

// `layers` conv 3x3 (pad 1) + relu on a channels x size x size image.
std::shared_ptr<Graph> convStack(int layers, int64_t channels, int64_t size)
{
    auto g = std::make_shared<Graph>();
    g->opset = 13;
    g->inputs.push_back(ValueInfo{"x", DataType::Float, {1, channels, size, size}, true, true});
    std::string current = "x";
    for (int i = 0; i < layers; ++i) {
        const std::string index = std::to_string(i);
        std::string w = "w", conv = "conv", act = "act";
        w.append(index);
        conv.append(index);
        act.append(index);
        g->initializers[w] = filled({channels, channels, 3, 3}, 0.05f);
        Node c = node("Conv", {current, w}, conv);
        c.attributes["pads"] = std::vector<int64_t>{1, 1, 1, 1};
        g->nodes.push_back(c);
        g->nodes.push_back(node("Relu", {conv}, act));
        current = act;
    }
    g->outputs.push_back(ValueInfo{current, DataType::Float, {}, false, true});
    return g;
}

std::shared_ptr<Graph> matMul(int64_t n)
{
    auto g = std::make_shared<Graph>();
    g->opset = 13;
    g->inputs.push_back(ValueInfo{"a", DataType::Float, {n, n}, true, true});
    g->initializers["b"] = filled({n, n}, 0.01f);
    g->nodes.push_back(node("MatMul", {"a", "b"}, "y"));
    g->outputs.push_back(ValueInfo{"y", DataType::Float, {}, false, true});
    return g;
}

void measure(const char *label, const std::shared_ptr<Graph> &graph, const Tensor &input, double flops)
{
    for (int threads : {1, 2}) {
        CpuEngine engine(EngineOptions{threads});
        if (!engine.prepare(graph).ok()) {
            std::printf("%s: prepare failed\n", label);
            return;
        }
        (void)engine.run({input}); // warm-up
        const int runs = 3;
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < runs; ++i) {
            if (!engine.run({input}).ok()) {
                std::printf("%s: run failed\n", label);
                return;
            }
        }
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / runs;
        std::printf("%-36s threads %d: %9.2f ms/run  %6.2f GFLOP/s\n", label, threads, ms, flops / ms / 1e6);
    }
}

} // namespace

int main()
{
    const int64_t c = 64, s = 56;
    measure("Conv 3x3 64->64 on 56x56", convStack(1, c, s), filled({1, c, s, s}, 1.f), 2.0 * c * c * 9 * s * s);
    measure("MatMul 512x512x512", matMul(512), filled({512, 512}, 1.f), 2.0 * 512 * 512 * 512);
    measure("8 x (Conv 3x3 32->32 + Relu) 32x32", convStack(8, 32, 32), filled({1, 32, 32, 32}, 1.f),
            8 * 2.0 * 32 * 32 * 9 * 32 * 32);
    std::fflush(stdout);
    return 0;
}

#include "core/validation/engine/cuda/CudaPlan.h"

#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cuda/Folding.h"

#include <algorithm>

namespace fleetdeck::validation::cuda {

using plan::Step;
using plan::Value;
using plan::Where;

Expected<std::unique_ptr<CudaEngine::Plan>> CudaEngine::makePlan(const std::vector<Tensor> &inputs)
{
    const Graph &graph = *m_graph;
    auto plan = std::make_unique<Plan>();
    Plan &p = *plan;
    auto named = [&p](const std::string &name) -> int {
        auto it = p.valueIndex.find(name);
        return it == p.valueIndex.end() ? -1 : it->second;
    };
    auto addValue = [&p](const std::string &name, Value value) {
        p.values.push_back(std::move(value));
        const int index = static_cast<int>(p.values.size()) - 1;
        p.valueIndex[name] = index;
        return index;
    };
    auto addRequest = [&p](int64_t bytes, int step) {
        p.requests.push_back(BufferRequest{bytes, step, step});
        return static_cast<int>(p.requests.size()) - 1;
    };

    for (std::size_t i = 0; i < inputs.size(); ++i) {
        p.inputShapes.push_back(inputs[i].shape());
        Value value;
        value.desc = TensorDesc{inputs[i].dataType(), inputs[i].shape()};
        value.buffer = addRequest(static_cast<int64_t>(inputs[i].byteSize()), 0);
        p.inputValues.push_back(addValue(graph.inputs[i].name, std::move(value)));
    }
    for (const auto &[name, tensor] : graph.initializers) {
        if (named(name) >= 0)
            continue; // a graph input of that name overrides the initializer
        Value value;
        value.desc = TensorDesc{tensor.dataType(), tensor.shape()};
        value.where = Where::Host;
        value.host = &tensor;
        if (auto it = m_weights.find(name); it != m_weights.end()) {
            value.where = Where::Device;
            value.fixed = it->second.data();
        }
        addValue(name, std::move(value));
    }

    const CudaOpRegistry &registry = CudaOpRegistry::instance();
    const cpu::OpRegistry &cpuOps = cpu::OpRegistry::instance();
    auto nodeError = [&graph](EngineError error, std::size_t n) {
        error.opType = graph.nodes[n].opType;
        error.nodeName = graph.nodes[n].displayName(n);
        return error;
    };
    for (std::size_t n = 0; n < graph.nodes.size(); ++n) {
        const Node &node = graph.nodes[n];
        std::vector<int> args;
        for (const std::string &input : node.inputs) {
            const int index = input.empty() ? -1 : named(input);
            if (!input.empty() && index < 0) {
                EngineError error = makeError(ErrorCode::InvalidGraph, "input used before it is produced");
                error.valueName = input;
                return nodeError(std::move(error), n);
            }
            args.push_back(index);
        }
        for (std::size_t i = 0; i < node.sameTypeAs.size() && i < args.size(); ++i) {
            const int j = node.sameTypeAs[i];
            if (j < 0 || args[i] < 0 || args[static_cast<std::size_t>(j)] < 0)
                continue;
            const DataType a = p.values[static_cast<std::size_t>(args[static_cast<std::size_t>(j)])].desc.type;
            const DataType b = p.values[static_cast<std::size_t>(args[i])].desc.type;
            if (a != b)
                return nodeError(makeError(ErrorCode::KernelFailed,
                    "inputs " + std::to_string(j) + " and " + std::to_string(i) + " must have one element type, not "
                        + std::string(dataTypeName(a)) + " and " + std::string(dataTypeName(b))), n);
        }

        if (m_folded[n]) {
            std::vector<Tensor> results;
            if (readsShapeOnly(node)) {
                results.push_back(foldShapeOnly(node, p.values[static_cast<std::size_t>(args.at(0))].desc.shape));
            } else {
                std::vector<const Tensor *> hostArgs;
                for (int a : args)
                    hostArgs.push_back(a < 0 ? nullptr : p.values[static_cast<std::size_t>(a)].host);
                cpu::KernelContext context(node, graph.opset, std::move(hostArgs), m_hostPool, m_options.maxTensorBytes);
                if (Status status = cpuOps.find(node.opType)->run(context); !status.ok())
                    return nodeError(status.error(), n);
                results = context.takeOutputs();
            }
            for (std::size_t o = 0; o < node.outputs.size() && o < results.size(); ++o) {
                if (node.outputs[o].empty())
                    continue;
                p.hostStore.push_back(std::move(results[o]));
                Value value;
                value.desc = TensorDesc{p.hostStore.back().dataType(), p.hostStore.back().shape()};
                value.where = Where::Host;
                value.host = &p.hostStore.back();
                addValue(node.outputs[o], std::move(value));
            }
            continue;
        }

        const CudaOpDefinition *definition = registry.find(node.opType);
        std::vector<const TensorDesc *> descs;
        std::vector<const Tensor *> hostValues;
        for (int a : args) {
            descs.push_back(a < 0 ? nullptr : &p.values[static_cast<std::size_t>(a)].desc);
            hostValues.push_back(a < 0 ? nullptr : p.values[static_cast<std::size_t>(a)].host);
        }
        PlanContext context(node, graph.opset, descs, hostValues, m_options.maxTensorBytes);
        auto launch = definition->plan(context);
        if (!launch)
            return nodeError(launch.error(), n);
        const int stepIndex = static_cast<int>(p.steps.size()) + 1; // step 0: the inputs' upload
        Step step;
        step.node = n;
        step.launch = std::move(launch.value());
        step.inputs = args;
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (args[i] < 0)
                continue;
            Value &value = p.values[static_cast<std::size_t>(args[i])];
            const bool hostOnly = std::find(definition->hostInputs.begin(), definition->hostInputs.end(), i)
                != definition->hostInputs.end();
            if (value.where == Where::Host && !hostOnly)
                value.uploaded = true;
            if (value.where == Where::Device) {
                const int r = p.root(args[i]);
                if (p.values[static_cast<std::size_t>(r)].buffer >= 0) {
                    BufferRequest &request = p.requests[static_cast<std::size_t>(p.values[static_cast<std::size_t>(r)].buffer)];
                    request.lastStep = std::max(request.lastStep, stepIndex);
                }
            }
        }
        for (std::size_t o = 0; o < node.outputs.size(); ++o) {
            if (node.outputs[o].empty() || o >= context.outputs().size()
                || context.outputs()[o].type == DataType::Undefined) {
                step.outputs.push_back(-1);
                continue;
            }
            Value value;
            value.desc = context.outputs()[o];
            if (definition->aliasesInput && o == 0 && args.at(0) >= 0) {
                const Value &source = p.values[static_cast<std::size_t>(args[0])];
                if (source.where == Where::Host) {
                    // A view of a host value stays on the host (and is uploaded if read).
                    Tensor copy = *source.host;
                    copy.reshape(value.desc.shape);
                    p.hostStore.push_back(std::move(copy));
                    value.where = Where::Host;
                    value.host = &p.hostStore.back();
                } else {
                    value.aliasOf = args[0];
                }
            } else {
                value.buffer = addRequest(value.desc.byteSize(), stepIndex);
            }
            step.outputs.push_back(addValue(node.outputs[o], std::move(value)));
        }
        if (context.workspaceBytes() > 0) {
            step.workspace = addRequest(context.workspaceBytes(), stepIndex);
            step.workspaceBytes = context.workspaceBytes();
        }
        p.steps.push_back(std::move(step));
    }

    const int lastStep = static_cast<int>(p.steps.size()) + 1; // the outputs' download
    for (const ValueInfo &output : graph.outputs) {
        const int index = named(output.name);
        if (index < 0) {
            EngineError error = makeError(ErrorCode::InvalidGraph, "graph output is never produced");
            error.valueName = output.name;
            return error;
        }
        p.outputValues.push_back(index);
        if (p.values[static_cast<std::size_t>(index)].where == Where::Device) {
            const int r = p.root(index);
            if (p.values[static_cast<std::size_t>(r)].buffer >= 0)
                p.requests[static_cast<std::size_t>(p.values[static_cast<std::size_t>(r)].buffer)].lastStep = lastStep;
        }
    }

    // Lay out and allocate the arena, then the host values device nodes read.
    p.memory = planMemory(p.requests);
    auto arena = DeviceAllocation::allocate(p.memory.arenaBytes, &m_liveBytes, &m_peakBytes);
    if (!arena)
        return arena.error();
    p.arena = std::move(arena.value());
    int64_t constantBytes = 0;
    for (Value &value : p.values) {
        if (value.where == Where::Host && value.uploaded) {
            value.constantOffset = constantBytes;
            constantBytes += (value.desc.byteSize() + kAlignment - 1) / kAlignment * kAlignment;
        }
    }
    auto constants = DeviceAllocation::allocate(constantBytes, &m_liveBytes, &m_peakBytes);
    if (!constants)
        return constants.error();
    p.constants = std::move(constants.value());
    for (Value &value : p.values) {
        if (value.where == Where::Host && value.uploaded && value.desc.byteSize() > 0) {
            value.fixed = p.constants.data() + value.constantOffset;
            FD_CUDA_TRY(cudaMemcpy(value.fixed, value.host->bytes(), value.host->byteSize(), cudaMemcpyHostToDevice),
                "uploading constants");
        }
    }

    p.device.resize(p.values.size());
    for (std::size_t v = 0; v < p.values.size(); ++v) {
        const Value &value = p.values[v];
        DeviceTensor &tensor = p.device[v];
        tensor.type = value.desc.type;
        tensor.shape = value.desc.shape;
        const Value &root = p.values[static_cast<std::size_t>(p.root(static_cast<int>(v)))];
        if (value.desc.byteSize() == 0)
            tensor.data = nullptr;
        else if (root.fixed)
            tensor.data = root.fixed;
        else if (root.buffer >= 0)
            tensor.data = p.arena.data() + p.memory.offsets[static_cast<std::size_t>(root.buffer)];
    }
    for (Step &step : p.steps) {
        for (int a : step.inputs)
            step.inputPointers.push_back(a < 0 ? nullptr : &p.device[static_cast<std::size_t>(a)]);
        for (int o : step.outputs)
            step.outputPointers.push_back(o < 0 ? nullptr : &p.device[static_cast<std::size_t>(o)]);
    }
    return plan;
}

} // namespace fleetdeck::validation::cuda

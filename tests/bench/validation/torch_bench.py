#!/usr/bin/env python3
"""The PyTorch side of bench_cuda_vs_torch, and the FLOP/byte count of its floors.

Builds the same model as our CUDA engine runs, from the .onnx file itself (initializers read with
onnx.numpy_helper, each node mapped to a torch.nn.functional call on CUDA tensors), times it with
CUDA events, checks its output against the one our engine wrote, and measures the two rates the
floors divide by: the float32 matrix rate without TF32 and the device copy bandwidth.

    python3 torch_bench.py run JOB.json            # JSON on stdout, notes on stderr
    python3 torch_bench.py --count-only [--batch 1 32] [--check-manifest manifest.tsv] MODEL.onnx...

JOB.json is written by bench_cuda_vs_torch (see main() there): runs, warmup, rtol, atol and the
cases (model path, batch, raw little-endian float32 input and our output, with their shapes).
--count-only needs only onnx and numpy (Debian's python3-onnx 1.12 does), never torch: it prints
each model's FLOPs and bytes per batch, and with --check-manifest it exits 1 unless the FLOPs at
batch 1 equal the generator's (tests/bench/models/generate_models.py writes manifest.tsv).
"""

import argparse
import copy
import json
import sys

import numpy as np
import onnx
from onnx import numpy_helper, shape_inference

# Ops whose multiply-adds are counted (x2); the rest of these models is a small share of the work.
COUNTED_OPS = ("Conv", "Gemm", "MatMul")


def note(text):
    print(text, file=sys.stderr, flush=True)


def element_size(elem_type):
    # onnx 1.12 has only onnx.mapping; later versions replace it with helper.tensor_dtype_to_np_dtype.
    to_np = getattr(onnx.helper, "tensor_dtype_to_np_dtype", None)
    if to_np is not None:
        return np.dtype(to_np(elem_type)).itemsize
    return np.dtype(onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[elem_type]).itemsize


def with_batch(model, batch):
    """A copy of the model whose symbolic dimensions are `batch`, shapes inferred throughout."""
    fixed = copy.deepcopy(model)
    for value in list(fixed.graph.input) + list(fixed.graph.output):
        for dim in value.type.tensor_type.shape.dim:
            if dim.HasField("dim_param"):
                dim.dim_value = batch  # replaces the oneof's dim_param
    return shape_inference.infer_shapes(fixed, strict_mode=True)


def value_types(model):
    """name -> (shape, element size) for every value shape inference knows, initializers included."""
    types = {}
    for value in list(model.graph.input) + list(model.graph.value_info) + list(model.graph.output):
        tensor = value.type.tensor_type
        shape = [d.dim_value if d.HasField("dim_value") else None for d in tensor.shape.dim]
        types[value.name] = (shape, element_size(tensor.elem_type))
    for init in model.graph.initializer:
        types[init.name] = (list(init.dims), element_size(init.data_type))
    return types


def tensor_bytes(entry):
    shape, size = entry
    if any(d is None for d in shape):
        raise ValueError(f"a shape is not known after shape inference: {shape}")
    return int(np.prod(shape, dtype=np.int64)) * size


def node_flops(node, types):
    """Multiply-adds x2 of one Conv, Gemm or MatMul from its input and output shapes."""
    out = types[node.output[0]][0]
    if node.op_type == "Conv":
        weight = types[node.input[1]][0]
        # N * M * output positions, each a dot product of C/group * kernel elements.
        return 2 * int(np.prod(out, dtype=np.int64)) * int(np.prod(weight[1:], dtype=np.int64))
    a = types[node.input[0]][0]
    if node.op_type == "Gemm":
        trans_a = next((attr.i for attr in node.attribute if attr.name == "transA"), 0)
        inner = a[0] if trans_a else a[1]
    else:  # MatMul: numpy semantics, the inner dimension is A's last
        inner = a[-1]
    return 2 * int(np.prod(out, dtype=np.int64)) * inner


def count_work(model, batch):
    """FLOPs and bytes of one model at one batch size.

    bytes: what any implementation must move at least, float32 here: every initializer read once,
    the inputs read and the outputs written. activation_bytes: what an unfused run moves, each
    node reading its inputs (initializers included) and writing its outputs once, for context.
    """
    inferred = with_batch(model, batch)
    types = value_types(inferred)
    graph = inferred.graph
    initializers = {init.name for init in graph.initializer}
    flops = sum(node_flops(node, types) for node in graph.node if node.op_type in COUNTED_OPS)
    weight_bytes = sum(tensor_bytes(types[name]) for name in initializers)
    input_bytes = sum(tensor_bytes(types[v.name]) for v in graph.input if v.name not in initializers)
    output_bytes = sum(tensor_bytes(types[v.name]) for v in graph.output)
    activation_bytes = 0
    for node in graph.node:
        activation_bytes += sum(tensor_bytes(types[name]) for name in node.input if name)
        activation_bytes += sum(tensor_bytes(types[name]) for name in node.output if name)
    return {
        "flops": flops,
        "weight_bytes": weight_bytes,
        "io_bytes": input_bytes + output_bytes,
        "bytes": weight_bytes + input_bytes + output_bytes,
        "activation_bytes": activation_bytes,
    }


def count_only(args):
    expected = {}
    if args.check_manifest:
        with open(args.check_manifest, encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if len(fields) == 3:
                    expected[fields[0]] = int(fields[2])
    report = {}
    wrong = []
    for path in args.models:
        model = onnx.load(path)
        name = model.graph.name
        report[name] = {str(batch): count_work(model, batch) for batch in args.batch}
        if args.check_manifest:
            counted = count_work(model, 1)["flops"]
            if name not in expected:
                wrong.append(f"{name}: not in {args.check_manifest}")
            elif counted != expected[name]:
                wrong.append(f"{name}: counted {counted} FLOPs at batch 1, the generator says {expected[name]}")
            else:
                note(f"{name}: {counted / 1e9:.3f} GFLOP at batch 1, as the generator counted")
    print(json.dumps(report, indent=1))
    for line in wrong:
        note(line)
    return 1 if wrong else 0


# ---- The PyTorch model: only what a torch installation can run (imported lazily). ----

class UnsupportedOp(Exception):
    pass


def attributes(node):
    return {attr.name: onnx.helper.get_attribute_value(attr) for attr in node.attribute}


def symmetric_padding(pads, spatial):
    """ONNX pads [b1, b2, ..., e1, e2, ...] as torch's symmetric padding, or None when uneven."""
    begins, ends = pads[:spatial], pads[spatial:]
    return tuple(begins) if list(begins) == list(ends) else None


def torch_pad(pads, spatial):
    """ONNX pads as torch.nn.functional.pad's list: last dimension first, (begin, end) pairs."""
    flat = []
    for axis in reversed(range(spatial)):
        flat += [pads[axis], pads[axis + spatial]]
    return flat


def refuse_auto_pad(node, attrs):
    auto_pad = attrs.get("auto_pad", b"NOTSET")
    if auto_pad not in (b"NOTSET", "NOTSET"):
        raise UnsupportedOp(f"{node.op_type} node {node.name!r}: auto_pad={auto_pad!r} is not mapped to torch")


class TorchModel:
    """Runs an ONNX graph node by node with torch.nn.functional on CUDA tensors.

    Every node becomes one closure with its weights and attributes bound at build time, so a run
    pays about what a hand-written nn.Module's forward pays in Python.
    """

    def __init__(self, model, torch, device):
        self.torch = torch
        self.F = torch.nn.functional
        self.opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 0)
        graph = model.graph
        self.weights = {init.name: torch.from_numpy(numpy_helper.to_array(init).copy()).to(device)
                        for init in graph.initializer}
        self.inputs = [v.name for v in graph.input if v.name not in self.weights]
        self.outputs = [v.name for v in graph.output]
        builders = {
            "Conv": self.conv, "Relu": self.relu, "Clip": self.clip, "Add": self.add, "MaxPool": self.max_pool,
            "GlobalAveragePool": self.global_average_pool, "Flatten": self.flatten, "Gemm": self.gemm,
            "MatMul": self.matmul,
        }
        self.steps = []
        for node in graph.node:
            if node.domain not in ("", "ai.onnx") or node.op_type not in builders:
                raise UnsupportedOp(f"op {node.op_type!r} (node {node.name!r}) is not mapped to torch in "
                                    f"torch_bench.py; supported: {', '.join(sorted(builders))}")
            self.steps.append((builders[node.op_type](node, attributes(node)), list(node.input), node.output[0]))

    def __call__(self, *inputs):
        values = dict(self.weights)
        values.update(zip(self.inputs, inputs))
        for step, names, output in self.steps:
            values[output] = step(*[values[n] if n else None for n in names])
        return [values[name] for name in self.outputs]

    def constant(self, node, name):
        if name not in self.weights:
            raise UnsupportedOp(f"{node.op_type} node {node.name!r}: input {name!r} must be an initializer")
        return self.weights[name]

    def conv(self, node, attrs):
        refuse_auto_pad(node, attrs)
        weight = self.constant(node, node.input[1])
        spatial = weight.dim() - 2
        fn = {1: self.F.conv1d, 2: self.F.conv2d, 3: self.F.conv3d}.get(spatial)
        if fn is None:
            raise UnsupportedOp(f"Conv node {node.name!r}: {spatial} spatial dimensions")
        strides = tuple(attrs.get("strides", [1] * spatial))
        dilations = tuple(attrs.get("dilations", [1] * spatial))
        group = attrs.get("group", 1)
        pads = list(attrs.get("pads", [0] * 2 * spatial))
        padding = symmetric_padding(pads, spatial)
        if padding is None:
            extra = torch_pad(pads, spatial)
            return lambda x, w, b=None: fn(self.F.pad(x, extra), w, b, strides, 0, dilations, group)
        return lambda x, w, b=None: fn(x, w, b, strides, padding, dilations, group)

    def relu(self, node, attrs):
        return self.F.relu

    def clip(self, node, attrs):
        if self.opset < 11:
            low, high = attrs.get("min"), attrs.get("max")
        else:
            bounds = [self.constant(node, name).item() if name else None for name in list(node.input[1:3])]
            low, high = (bounds + [None, None])[:2]
        return lambda x, *_: self.torch.clamp(x, low, high)

    def add(self, node, attrs):
        return self.torch.add

    def max_pool(self, node, attrs):
        refuse_auto_pad(node, attrs)
        if len(node.output) > 1 and node.output[1]:
            raise UnsupportedOp(f"MaxPool node {node.name!r}: the Indices output is not mapped")
        kernel = tuple(attrs["kernel_shape"])
        spatial = len(kernel)
        fn = {1: self.F.max_pool1d, 2: self.F.max_pool2d, 3: self.F.max_pool3d}[spatial]
        strides = tuple(attrs.get("strides", [1] * spatial))
        dilations = tuple(attrs.get("dilations", [1] * spatial))
        ceil = bool(attrs.get("ceil_mode", 0))
        pads = list(attrs.get("pads", [0] * 2 * spatial))
        padding = symmetric_padding(pads, spatial)
        if padding is None or any(2 * p > k for p, k in zip(padding, kernel)):
            extra = torch_pad(pads, spatial)
            return lambda x: fn(self.F.pad(x, extra, value=float("-inf")), kernel, strides, 0, dilations, ceil)
        return lambda x: fn(x, kernel, strides, padding, dilations, ceil)

    def global_average_pool(self, node, attrs):
        return lambda x: x.mean(dim=tuple(range(2, x.dim())), keepdim=True)

    def flatten(self, node, attrs):
        axis = attrs.get("axis", 1)

        def run(x):
            cut = axis + x.dim() if axis < 0 else axis
            return x.reshape(int(np.prod(x.shape[:cut], dtype=np.int64)), -1)
        return run

    def gemm(self, node, attrs):
        alpha, beta = attrs.get("alpha", 1.0), attrs.get("beta", 1.0)
        trans_a, trans_b = attrs.get("transA", 0), attrs.get("transB", 0)
        if alpha == 1.0 and beta == 1.0 and not trans_a and trans_b:
            return self.F.linear  # weight [out, in], as nn.Linear holds it

        def run(a, b, c=None):
            a = a.t() if trans_a else a
            b = b.t() if trans_b else b
            if c is None:
                return alpha * (a @ b)
            return self.torch.addmm(c, a, b, beta=beta, alpha=alpha)
        return run

    def matmul(self, node, attrs):
        return self.torch.matmul


# ---- Timing and the floors' denominators ----

def time_ms(torch, fn, runs, warmup):
    """Per-run CUDA-event times of fn() on the current stream, after warm-up."""
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    start, stop = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    times = []
    for _ in range(runs):
        start.record()
        fn()
        stop.record()
        stop.synchronize()
        times.append(start.elapsed_time(stop))
    return times


def p50(times):
    # Nearest rank, as our LatencyStats: a time that was measured.
    ordered = sorted(times)
    return ordered[(len(ordered) + 1) // 2 - 1]


def matrix_rate(torch, size=8192, reps=10):
    """float32 FLOP/s of torch.mm on size x size operands, TF32 off (the caller set it)."""
    a = torch.randn(size, size, device="cuda")
    b = torch.randn(size, size, device="cuda")
    out = torch.empty(size, size, device="cuda")
    times = time_ms(torch, lambda: torch.mm(a, b, out=out), reps, 3)
    return 2.0 * size ** 3 / (p50(times) / 1e3)


def copy_bandwidth(torch, gib=1, reps=10):
    """Device-to-device copy of `gib` GiB: bytes read plus bytes written per second."""
    count = gib * (1 << 30) // 4
    source = torch.empty(count, dtype=torch.float32, device="cuda")
    target = torch.empty_like(source)
    source.fill_(1.0)
    times = time_ms(torch, lambda: target.copy_(source), reps, 3)
    del source, target
    torch.cuda.empty_cache()
    return 2.0 * count * 4 / (p50(times) / 1e3)


def read_tensor(path, shape):
    values = np.fromfile(path, dtype="<f4")
    expected = int(np.prod(shape, dtype=np.int64))
    if values.size != expected:
        raise ValueError(f"{path} holds {values.size} float32 values, the shape {shape} needs {expected}")
    return values.reshape(shape)


def compare(torch_out, ours, rtol, atol):
    """|ours - torch| <= atol + rtol |torch|, torch being the independent reference here."""
    if ours.shape != torch_out.shape:
        return {"max_abs_diff": float("inf"), "mismatches": int(torch_out.size), "agree": False,
                "detail": f"our output has shape {list(ours.shape)}, PyTorch's {list(torch_out.shape)}"}
    diff = np.abs(ours.astype(np.float64) - torch_out.astype(np.float64))
    bound = atol + rtol * np.abs(torch_out.astype(np.float64))
    finite = np.isfinite(ours).all() and np.isfinite(torch_out).all()
    mismatches = int(np.count_nonzero(~(diff <= bound)))
    return {"max_abs_diff": float(diff.max()) if diff.size else 0.0, "mismatches": mismatches,
            "agree": bool(finite and mismatches == 0)}


def graphed(torch, model, x):
    """model(x) captured as one CUDA graph (PyTorch's own way to drop launch overhead)."""
    static_x = x.clone()
    side = torch.cuda.Stream()
    side.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(side):
        for _ in range(3):
            model(static_x)
    torch.cuda.current_stream().wait_stream(side)
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph):
        static_out = model(static_x)
    return graph, static_out


def run_case(torch, case, job, models):
    path = case["path"]
    if path not in models:
        models[path] = (onnx.load(path), None)
    proto, built = models[path]
    if built is None:
        built = TorchModel(proto, torch, "cuda")
        models[path] = (proto, built)
    result = {"model": case["model"], "batch": case["batch"]}
    result.update(count_work(proto, case["batch"]))
    runs, warmup = job["runs"], job["warmup"]
    x = torch.from_numpy(read_tensor(case["input"], case["input_shape"]).copy()).cuda()
    ours = read_tensor(case["ours"], case["ours_shape"])
    with torch.no_grad():
        eager_out = built(x)[0]
        result["check"] = compare(eager_out.float().cpu().numpy(), ours, job["rtol"], job["atol"])
        result["torch_eager_ms"] = p50(time_ms(torch, lambda: built(x), runs, warmup))
        try:
            graph, static_out = graphed(torch, built, x)
            result["torch_graph_ms"] = p50(time_ms(torch, graph.replay, runs, warmup))
            graph_check = compare(static_out[0].float().cpu().numpy(), ours, job["rtol"], job["atol"])
            result["check"]["agree"] = result["check"]["agree"] and graph_check["agree"]
            del graph, static_out
        except Exception as e:  # capture can fail on an op torch cannot graph; eager still counts
            result["torch_graph_ms"] = None
            result["torch_graph_error"] = f"{type(e).__name__}: {e}"
    return result


def run_job(job_path):
    with open(job_path, encoding="utf-8") as f:
        job = json.load(f)
    import torch  # only here: --count-only must work without torch

    if not torch.cuda.is_available():
        raise RuntimeError("torch sees no CUDA device")
    # TF32 off on both sides: PyTorch allows it in cuDNN convolutions by default.
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    report = {
        "torch": torch.__version__, "cuda": torch.version.cuda, "cudnn": torch.backends.cudnn.version(),
        "device": torch.cuda.get_device_name(0),
        "allow_tf32": {"matmul": torch.backends.cuda.matmul.allow_tf32, "cudnn": torch.backends.cudnn.allow_tf32},
        "cudnn_benchmark": torch.backends.cudnn.benchmark,
        "runs": job["runs"], "warmup": job["warmup"],
    }
    note(f"torch {report['torch']} (CUDA {report['cuda']}, cuDNN {report['cudnn']}) on {report['device']}; "
         f"TF32 off (matmul {report['allow_tf32']['matmul']}, cudnn {report['allow_tf32']['cudnn']}); "
         f"cudnn.benchmark {report['cudnn_benchmark']} (PyTorch's default, left alone)")
    report["matrix_flops_per_s"] = matrix_rate(torch)
    report["copy_bytes_per_s"] = copy_bandwidth(torch)
    report["copy_counts"] = "bytes read + bytes written"
    note(f"float32 matrix rate (torch.mm 8192x8192, no TF32): {report['matrix_flops_per_s'] / 1e12:.1f} TFLOP/s; "
         f"device copy of 1 GiB: {report['copy_bytes_per_s'] / 1e9:.0f} GB/s counting bytes read + written")
    models = {}
    report["cases"] = []
    for case in job["cases"]:
        try:
            result = run_case(torch, case, job, models)
            floor_compute = result["flops"] / report["matrix_flops_per_s"]
            floor_memory = result["bytes"] / report["copy_bytes_per_s"]
            result["floor_ms"] = max(floor_compute, floor_memory) * 1e3
            result["floor_bound"] = "compute" if floor_compute >= floor_memory else "memory"
        except Exception as e:  # one case's failure (an unmapped op, out of memory) is reported, not fatal
            result = {"model": case["model"], "batch": case["batch"], "error": f"{type(e).__name__}: {e}"}
        report["cases"].append(result)
        torch.cuda.empty_cache()
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count-only", action="store_true", help="FLOPs and bytes only (no torch)")
    parser.add_argument("--batch", type=int, nargs="+", default=[1, 32])
    parser.add_argument("--check-manifest", help="generate_models.py's manifest.tsv: FLOPs at batch 1 must match")
    parser.add_argument("args", nargs="+", help="run JOB.json, or the models with --count-only")
    args = parser.parse_args()
    if args.count_only:
        args.models = args.args
        return count_only(args)
    if len(args.args) != 2 or args.args[0] != "run":
        parser.error("give `run JOB.json`, or --count-only MODEL.onnx...")
    print(json.dumps(run_job(args.args[1]), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

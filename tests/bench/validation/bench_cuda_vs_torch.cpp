// The CUDA engine against PyTorch on the generated CNN models (ResNet-18-like, MobileNetV2-like) at
// batch 1 and 32, with TF32 off on both sides. Ours: the plugin from loadCudaEngine(), timed with
// its own CUDA events (lastRunDeviceMs). Before any figure counts, our batch-1 outputs must match
// the CPU reference engine and every output must match PyTorch's (|ours - ref| <= 1e-4 + 1e-3 |ref|),
// so a fast wrong answer never passes. torch_bench.py (beside this file) builds the same model in
// PyTorch from the .onnx file, times it, and measures the floors' denominators in the same run.
// Exit code: 0 also when the speed target is missed (the table says so); 1 when an output is
// wrong, a run fails or the PyTorch side cannot run. Without a CUDA device: "SKIPPED", exit 0.
// See README.md beside this file.
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/EnginePlugin.h"
#include "core/validation/engine/LatencyStats.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "core/validation/engine/TensorComparator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <random>

using namespace fleetdeck::validation;

namespace {

// The target: within 1.5x of PyTorch.
constexpr double targetRatio = 1.5;
const Tolerance tolerance{1e-3, 1e-4};
const char *const benchModels[] = {"resnet18_like", "mobilenet_v2_like"};
constexpr int64_t benchBatches[] = {1, 32};

int environmentInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QString environmentString(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

// The same seeded values for every batch size: row i of batch 32 is not row 0 repeated, so a
// kernel that mixes up batch items cannot agree by chance.
Tensor seededInput(Shape dims, int64_t batch)
{
    for (int64_t &d : dims)
        d = d < 0 ? batch : d;
    Tensor input(DataType::Float, dims);
    std::mt19937 rng(20261122);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    float *values = input.data<float>();
    std::generate(values, values + input.elementCount(), [&] { return dist(rng); });
    return input;
}

// Raw little-endian float32, as torch_bench.py reads it with numpy.fromfile.
bool writeRaw(const QString &path, const Tensor &tensor)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(reinterpret_cast<const char *>(tensor.bytes()), qint64(tensor.byteSize())) == qint64(tensor.byteSize());
}

QJsonArray shapeJson(const Shape &shape)
{
    QJsonArray dims;
    for (int64_t d : shape)
        dims.append(qint64(d));
    return dims;
}

struct OurCase
{
    QString model;
    int64_t batch = 1;
    LatencyStats stats;
    std::optional<OutputComparison> cpuCheck; // batch 1 only
};

// Warm-up, then timed runs; the outputs of the last run, or nothing with `error` set. Every timed
// run must report its device time: a wall-clock figure would include launch queueing.
std::optional<std::vector<Tensor>> timeOurs(Engine &engine, const Tensor &input, int runs, int warmup,
                                            LatencyStats &stats, std::string &error)
{
    std::vector<double> times;
    std::vector<Tensor> outputs;
    for (int i = 0; i < warmup + runs; ++i) {
        auto result = engine.run({input});
        if (!result) {
            error = result.error().describe();
            return std::nullopt;
        }
        if (i >= warmup && engine.lastRunDeviceMs() < 0) {
            error = "the engine reported no device time for a run";
            return std::nullopt;
        }
        if (i >= warmup)
            times.push_back(engine.lastRunDeviceMs());
        outputs = std::move(*result);
    }
    stats = summarizeLatencies(std::move(times));
    return outputs;
}

std::optional<OutputComparison> checkAgainstCpu(const std::shared_ptr<Graph> &graph, const Tensor &input,
                                                const Tensor &ours, std::string &error)
{
    CpuEngine cpu(EngineOptions{});
    if (Status s = cpu.prepare(graph); !s.ok()) {
        error = s.error().describe();
        return std::nullopt;
    }
    auto expected = cpu.run({input});
    if (!expected) {
        error = expected.error().describe();
        return std::nullopt;
    }
    return TensorComparator(tolerance).compare(graph->outputs.at(0).name, ours, expected->at(0));
}

// Runs one model at every batch size on our engine, checks batch 1 against the CPU engine, and
// writes the input and our output for torch_bench.py; the job's cases get one entry per batch.
bool benchModel(Engine &engine, const QString &modelsDir, const QString &name, const QDir &work, int runs,
                int warmup, std::vector<OurCase> &cases, QJsonArray &jobCases)
{
    const QString path = modelsDir + QLatin1Char('/') + name + QStringLiteral(".onnx");
    auto loaded = OnnxModelLoader().loadFile(path.toStdString());
    if (!loaded) {
        std::printf("%s: cannot load: %s\n", qPrintable(name), loaded.error().describe().c_str());
        return false;
    }
    if (Status s = engine.prepare(loaded->graph); !s.ok()) {
        std::printf("%s: the CUDA engine cannot prepare it: %s\n", qPrintable(name), s.error().describe().c_str());
        return false;
    }
    for (int64_t batch : benchBatches) {
        OurCase ours{name, batch, {}, std::nullopt};
        const Tensor input = seededInput(loaded->graph->inputs.at(0).shape, batch);
        std::string error;
        auto outputs = timeOurs(engine, input, runs, warmup, ours.stats, error);
        if (!outputs) {
            std::printf("%s at batch %lld: our engine failed: %s\n", qPrintable(name), static_cast<long long>(batch),
                        error.c_str());
            return false;
        }
        if (batch == 1) {
            ours.cpuCheck = checkAgainstCpu(loaded->graph, input, outputs->at(0), error);
            if (!ours.cpuCheck) {
                std::printf("%s: the CPU reference engine failed: %s\n", qPrintable(name), error.c_str());
                return false;
            }
        }
        const QString stem = QStringLiteral("%1_b%2").arg(name).arg(batch);
        const QString inputFile = work.filePath(stem + QStringLiteral("_input.f32"));
        const QString oursFile = work.filePath(stem + QStringLiteral("_ours.f32"));
        if (!writeRaw(inputFile, input) || !writeRaw(oursFile, outputs->at(0))) {
            std::printf("cannot write %s or %s\n", qPrintable(inputFile), qPrintable(oursFile));
            return false;
        }
        jobCases.append(QJsonObject{{QStringLiteral("model"), name},
                                    {QStringLiteral("path"), path},
                                    {QStringLiteral("batch"), qint64(batch)},
                                    {QStringLiteral("input"), inputFile},
                                    {QStringLiteral("input_shape"), shapeJson(input.shape())},
                                    {QStringLiteral("ours"), oursFile},
                                    {QStringLiteral("ours_shape"), shapeJson(outputs->at(0).shape())}});
        cases.push_back(std::move(ours));
    }
    return true;
}

// torch_bench.py's report, or why there is none. Its notes (stderr) go straight to ours.
std::optional<QJsonObject> runTorch(const QString &jobFile, QString &error)
{
    const QString python = environmentString("FLEETDECK_TORCH_PYTHON", QStringLiteral("python3"));
    const QString script = qEnvironmentVariable("FLEETDECK_TORCH_BENCH_SCRIPT");
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(python, {script, QStringLiteral("run"), jobFile});
    // Bounded: the whole PyTorch side takes well under a minute on an H100.
    if (!process.waitForFinished(20 * 60 * 1000)) {
        error = QStringLiteral("%1 %2: %3").arg(python, script, process.errorString());
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        error = QStringLiteral("%1 %2 exited with %3 (its messages are above)").arg(python, script).arg(process.exitCode());
        return std::nullopt;
    }
    QJsonParseError parse{};
    const QJsonDocument report = QJsonDocument::fromJson(process.readAllStandardOutput(), &parse);
    if (!report.isObject()) {
        error = QStringLiteral("torch_bench.py printed no JSON report: %1").arg(parse.errorString());
        return std::nullopt;
    }
    return report.object();
}

// A time in ms, or "-" where there is none (PyTorch's graph capture failed).
QString milliseconds(double value)
{
    return value > 0 ? QString::asprintf("%.3f", value) : QStringLiteral("-");
}

// One table row per case; false when an output disagrees or the PyTorch side failed the case.
bool printRow(const OurCase &ours, const QJsonObject &torch, int &targetsMet)
{
    const double oursMs = ours.stats.p50Ms;
    if (torch.contains(QStringLiteral("error"))) {
        std::printf("%-18s %5lld %9.3f  PyTorch failed: %s\n", qPrintable(ours.model),
                    static_cast<long long>(ours.batch), oursMs,
                    qPrintable(torch.value(QStringLiteral("error")).toString()));
        return false;
    }
    const double eagerMs = torch.value(QStringLiteral("torch_eager_ms")).toDouble();
    const double graphMs = torch.value(QStringLiteral("torch_graph_ms")).toDouble(-1);
    // PyTorch at its best: its CUDA-graph replay when capture worked (as ours replays one).
    const double torchMs = graphMs > 0 ? std::min(eagerMs, graphMs) : eagerMs;
    const double floorMs = torch.value(QStringLiteral("floor_ms")).toDouble();
    const QJsonObject check = torch.value(QStringLiteral("check")).toObject();
    const bool torchAgrees = check.value(QStringLiteral("agree")).toBool();
    const bool cpuAgrees = !ours.cpuCheck || ours.cpuCheck->passed();
    const bool correct = torchAgrees && cpuAgrees;
    const double ratio = oursMs / torchMs;
    const bool met = correct && ratio <= targetRatio;
    targetsMet += met ? 1 : 0;
    const QString cpuDiff = ours.cpuCheck ? QString::asprintf("%.1e", ours.cpuCheck->maxAbsError) : QStringLiteral("-");
    std::printf("%-18s %5lld %9.3f %9.3f %9s %6.2f %9.4f %-7s %7.1f %7.1f %9s %9.1e  %s\n", qPrintable(ours.model),
                static_cast<long long>(ours.batch), oursMs, eagerMs, qPrintable(milliseconds(graphMs)), ratio,
                floorMs, qPrintable(torch.value(QStringLiteral("floor_bound")).toString()), oursMs / floorMs,
                torchMs / floorMs, qPrintable(cpuDiff), check.value(QStringLiteral("max_abs_diff")).toDouble(),
                !correct ? "FAIL (wrong output)" : met ? "PASS" : "FAIL (slower than 1.5x)");
    if (ours.stats.unstable())
        std::printf("%-18s %5s   ours unstable: cv %.0f%% over %lld runs (p90 %.3f ms)\n", "", "", ours.stats.cv * 100,
                    static_cast<long long>(ours.stats.runs), ours.stats.p90Ms);
    if (check.contains(QStringLiteral("detail")))
        std::printf("%-18s %5s   %s\n", "", "", qPrintable(check.value(QStringLiteral("detail")).toString()));
    if (torch.contains(QStringLiteral("torch_graph_error")))
        std::printf("%-18s %5s   PyTorch graph capture failed: %s\n", "", "",
                    qPrintable(torch.value(QStringLiteral("torch_graph_error")).toString()));
    return correct;
}

void printHeader(const LoadedEngine &loaded, const QJsonObject &report)
{
    const DeviceInfo device = loaded.engine->deviceInfo();
    std::printf("ours: %s (%s), driver %s; TF32 off\n", loaded.path.c_str(), device.name.c_str(), device.driver.c_str());
    const QJsonObject tf32 = report.value(QStringLiteral("allow_tf32")).toObject();
    std::printf("PyTorch %s (CUDA %s) on %s: allow_tf32 matmul=%s cudnn=%s; cudnn.benchmark=%s (its default)\n",
                qPrintable(report.value(QStringLiteral("torch")).toString()),
                qPrintable(report.value(QStringLiteral("cuda")).toString()),
                qPrintable(report.value(QStringLiteral("device")).toString()),
                tf32.value(QStringLiteral("matmul")).toBool() ? "true" : "false",
                tf32.value(QStringLiteral("cudnn")).toBool() ? "true" : "false",
                report.value(QStringLiteral("cudnn_benchmark")).toBool() ? "true" : "false");
    std::printf("floor = max(FLOPs / %.1f TFLOP/s float32 matrix rate, bytes / %.0f GB/s device copy, %s); bytes: "
                "weights + input + output\n",
                report.value(QStringLiteral("matrix_flops_per_s")).toDouble() / 1e12,
                report.value(QStringLiteral("copy_bytes_per_s")).toDouble() / 1e9,
                qPrintable(report.value(QStringLiteral("copy_counts")).toString()));
    std::printf("ms: p50 of %d runs after %d warm-up, CUDA events on both sides; ratio = ours / PyTorch's best of "
                "eager and CUDA graph; target <= %.1f\n",
                report.value(QStringLiteral("runs")).toInt(), report.value(QStringLiteral("warmup")).toInt(),
                targetRatio);
    std::printf("%-18s %5s %9s %9s %9s %6s %9s %-7s %7s %7s %9s %9s  %s\n", "model", "batch", "ours ms", "eager ms",
                "graph ms", "ratio", "floor ms", "bound", "ours/fl", "torch/fl", "cpu|diff|", "torch|d|", "verdict");
}

// Context beside the table: how much an unfused run moves, against the floor's bytes.
void printTraffic(const QJsonArray &torchCases)
{
    for (const QJsonValue &value : torchCases) {
        const QJsonObject c = value.toObject();
        if (c.contains(QStringLiteral("error")))
            continue;
        std::printf("%-18s batch %2d: %.2f GFLOP, %.1f MB must move (weights %.1f MB), %.1f MB unfused activation "
                    "traffic\n",
                    qPrintable(c.value(QStringLiteral("model")).toString()), c.value(QStringLiteral("batch")).toInt(),
                    c.value(QStringLiteral("flops")).toDouble() / 1e9, c.value(QStringLiteral("bytes")).toDouble() / 1e6,
                    c.value(QStringLiteral("weight_bytes")).toDouble() / 1e6,
                    c.value(QStringLiteral("activation_bytes")).toDouble() / 1e6);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LoadedEngine loaded = loadCudaEngine(EngineOptions{});
    if (!loaded.engine) {
        // No device is a normal state (CI, a laptop); a plugin that cannot load where one was
        // built is a broken build or bundle, and must not read as a skip.
        // The loader's reason starts "no CUDA device" for that case.
        std::printf("%s: %s\n", loaded.status == PluginStatus::NoDevice ? "SKIPPED" : "FAILED",
                    loaded.unavailable.c_str());
        return loaded.status == PluginStatus::NoDevice ? 0 : 1;
    }
    const QString modelsDir = qEnvironmentVariable("FLEETDECK_BENCH_MODELS_DIR");
    const int runs = environmentInt("FLEETDECK_BENCH_RUNS", 100);
    const int warmup = environmentInt("FLEETDECK_BENCH_WARMUP", 10);
    // The inputs and our outputs (75 MB at batch 32): a temporary folder unless one is named.
    QTemporaryDir temporary;
    const QDir work(environmentString("FLEETDECK_BENCH_WORK_DIR", temporary.path()));
    if (!work.mkpath(QStringLiteral("."))) {
        std::printf("cannot create %s\n", qPrintable(work.path()));
        return 1;
    }

    std::vector<OurCase> cases;
    QJsonArray jobCases;
    // A model our engine cannot run fails the bench, but the other one is still measured.
    bool allRan = true;
    for (const char *name : benchModels)
        allRan = benchModel(*loaded.engine, modelsDir, QString::fromLatin1(name), work, runs, warmup, cases, jobCases)
            && allRan;
    if (cases.empty()) {
        std::printf("nothing ran on our engine (see above; the models come from the build target "
                    "bench_validation_models, into %s)\n",
                    qPrintable(modelsDir));
        return 1;
    }
    const QString jobFile = work.filePath(QStringLiteral("job.json"));
    QFile job(jobFile);
    const QJsonObject jobJson{{QStringLiteral("runs"), runs}, {QStringLiteral("warmup"), warmup},
                              {QStringLiteral("rtol"), tolerance.rtol}, {QStringLiteral("atol"), tolerance.atol},
                              {QStringLiteral("cases"), jobCases}};
    if (!job.open(QIODevice::WriteOnly) || job.write(QJsonDocument(jobJson).toJson()) < 0) {
        std::printf("cannot write %s\n", qPrintable(jobFile));
        return 1;
    }
    job.close();
    std::fflush(stdout);

    QString error;
    const std::optional<QJsonObject> report = runTorch(jobFile, error);
    if (!report) {
        std::printf("the PyTorch side failed, so nothing is compared: %s\n", qPrintable(error));
        for (const OurCase &ours : cases)
            std::printf("%-18s batch %2lld: ours %.3f ms (p50)\n", qPrintable(ours.model),
                        static_cast<long long>(ours.batch), ours.stats.p50Ms);
        return 1;
    }
    printHeader(loaded, *report);
    const QJsonArray torchCases = report->value(QStringLiteral("cases")).toArray();
    bool allCorrect = torchCases.size() == qsizetype(cases.size());
    int targetsMet = 0;
    for (std::size_t i = 0; i < cases.size() && i < std::size_t(torchCases.size()); ++i)
        allCorrect = printRow(cases[i], torchCases[qsizetype(i)].toObject(), targetsMet) && allCorrect;
    printTraffic(torchCases);
    std::printf("outputs: %s; within %.1fx of PyTorch: %d of %zu\n", allCorrect ? "all agree" : "SOME WRONG",
                targetRatio, targetsMet, cases.size());
    if (!qEnvironmentVariableIsSet("FLEETDECK_BENCH_WORK_DIR"))
        std::printf("(set FLEETDECK_BENCH_WORK_DIR to keep the inputs, our outputs and job.json)\n");
    if (!allRan)
        std::printf("some model or batch did not run on our engine (see above)\n");
    return allCorrect && allRan ? 0 : 1;
}

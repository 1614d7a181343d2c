// The CPU reference engine against ONNX Runtime on the generated benchmark models (ResNet-18-like,
// MobileNetV2-like, MLP, transformer block), at batch 1 with 1 and 2 threads on both sides, on
// the same seeded input. Checks that the outputs agree (|ours - ort| <= 1e-4 + 1e-3 |ort|) before
// it prints any timing, then ms/run (median) of both, the ratio and GFLOP/s.
// Exit code 1 when an output disagrees or a model fails to run. See README.md beside this file.
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "core/validation/engine/cpu/Sgemm.h"
#include "tests/bench/validation/OrtPeer.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>

#include <time.h>

using namespace fleetdeck::validation;
using fleetdeck::bench::OrtPeer;
using fleetdeck::bench::OrtResult;

namespace {

constexpr double relTolerance = 1e-3;
constexpr double absTolerance = 1e-4;

struct BenchModel
{
    QString name;
    double params = 0;
    double flops = 0; // at batch 1, from the generator's manifest
};

// manifest.tsv, written by generate_models.py: name, parameters, FLOPs at batch 1.
std::vector<BenchModel> readManifest(const QString &dir)
{
    std::vector<BenchModel> models;
    QFile file(dir + QStringLiteral("/manifest.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return models;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(QLatin1Char('\t'));
        if (fields.size() == 3)
            models.push_back({fields[0], fields[1].toDouble(), fields[2].toDouble()});
    }
    return models;
}

double medianMs(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct OurResult
{
    double msMedian = 0;
    double cpuMsMedian = 0; // process CPU time per run, all threads
    std::vector<Tensor> outputs;
    std::string error;
};

OurResult runOurs(const std::shared_ptr<Graph> &graph, const Tensor &input, int threads, int runs, int warmup)
{
    OurResult result;
    CpuEngine engine(EngineOptions{threads});
    if (Status s = engine.prepare(graph); !s.ok()) {
        result.error = s.error().describe();
        return result;
    }
    std::vector<double> times, cpuTimes;
    for (int i = 0; i < warmup + runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = processCpuMs();
        auto outputs = engine.run({input});
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        const double cpuMs = processCpuMs() - cpuStart;
        if (!outputs) {
            result.error = outputs.error().describe();
            return result;
        }
        if (i >= warmup) {
            times.push_back(ms);
            cpuTimes.push_back(cpuMs);
        }
        result.outputs = std::move(*outputs);
    }
    result.msMedian = medianMs(times);
    result.cpuMsMedian = medianMs(cpuTimes);
    return result;
}

// The largest |ours - ort| and whether every element is within tolerance.
bool outputsAgree(const std::vector<Tensor> &ours, const OrtResult &ort, double &maxAbs)
{
    maxAbs = 0;
    if (ours.size() != ort.outputs.size())
        return false;
    bool agree = true;
    for (std::size_t o = 0; o < ours.size(); ++o) {
        const std::vector<float> &expected = ort.outputs[o];
        if (ours[o].elementCount() != int64_t(expected.size()))
            return false;
        const float *got = ours[o].data<float>();
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const double diff = std::abs(double(got[i]) - double(expected[i]));
            maxAbs = std::max(maxAbs, diff);
            agree = agree && diff <= absTolerance + relTolerance * std::abs(double(expected[i]));
        }
    }
    return agree;
}

// Enough timed runs for about two seconds of ours, within [5, 50].
int runsFor(double firstRunMs)
{
    return std::clamp(int(2000.0 / std::max(firstRunMs, 1e-3)), 5, 50);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString modelsDir = QString::fromUtf8(qgetenv("FLEETDECK_BENCH_MODELS_DIR"));
    const OrtPeer ort(QStringLiteral("/usr/bin/node"), QString::fromUtf8(qgetenv("FLEETDECK_ORT_NODE_MODULES")),
                      QString::fromUtf8(qgetenv("FLEETDECK_ORT_BENCH_SCRIPT")));
    const std::vector<BenchModel> models = readManifest(modelsDir);
    if (models.empty()) {
        std::printf("no models in %s: build the target bench_validation_models first\n", qPrintable(modelsDir));
        return 1;
    }
    const auto ortMissing = ort.unavailableReason();
    if (ortMissing)
        std::printf("ONNX Runtime peer unavailable: %s\n", qPrintable(*ortMissing));
    std::printf("GEMM micro-kernel: %s; tolerance |ours-ort| <= %g + %g |ort|\n",
                cpu::gemmKernelName(cpu::bestGemmKernel()), absTolerance, relTolerance);
    std::printf("ms: median wall time per run; cpu: median process CPU time per run (all threads), which a "
                "loaded machine inflates less; GF/s from wall time\n");
    std::printf("%-18s %6s %6s %3s %9s %9s %6s %9s %9s %6s %8s %8s %9s %s\n", "model", "Mparam", "GFLOP", "thr",
                "ours ms", "ort ms", "ratio", "ours cpu", "ort cpu", "ratio", "ours GF/s", "ort GF/s", "max|diff|",
                "agree");
    bool allGood = true;
    // An optional argument keeps only the models whose name contains it.
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    for (const BenchModel &model : models) {
        if (!model.name.contains(only))
            continue;
        const QString path = modelsDir + QLatin1Char('/') + model.name + QStringLiteral(".onnx");
        auto loaded = OnnxModelLoader().loadFile(path.toStdString());
        if (!loaded) {
            std::printf("%s: cannot load: %s\n", qPrintable(model.name), loaded.error().describe().c_str());
            allGood = false;
            continue;
        }
        // Batch 1 for the symbolic batch dimension; a seeded input both runtimes share.
        Shape dims = loaded->graph->inputs.at(0).shape;
        for (int64_t &d : dims)
            d = d < 0 ? 1 : d;
        Tensor input(DataType::Float, dims);
        std::mt19937 rng(20261122);
        std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
        for (int64_t i = 0; i < input.elementCount(); ++i)
            input.data<float>()[i] = dist(rng);
        const std::vector<float> inputValues(input.data<float>(), input.data<float>() + input.elementCount());
        for (int threads : {1, 2}) {
            const OurResult probe = runOurs(loaded->graph, input, threads, 1, 0);
            const OurResult ours = probe.error.empty() ? runOurs(loaded->graph, input, threads, runsFor(probe.msMedian), 2) : probe;
            if (!ours.error.empty()) {
                std::printf("%s: our engine failed: %s\n", qPrintable(model.name), ours.error.c_str());
                allGood = false;
                break;
            }
            const double gflop = model.flops / 1e9;
            OrtResult peer;
            if (!ortMissing)
                peer = ort.run(path, inputValues, dims, threads, runsFor(probe.msMedian), 2);
            if (ortMissing || !peer.error.isEmpty()) {
                if (!peer.error.isEmpty())
                    std::printf("%s: %s\n", qPrintable(model.name), qPrintable(peer.error));
                std::printf("%-18s %6.2f %6.3f %3d %9.2f %9s %6s %9.2f %9s %6s %8.1f\n", qPrintable(model.name),
                            model.params / 1e6, gflop, threads, ours.msMedian, "-", "-", ours.cpuMsMedian, "-", "-",
                            gflop / ours.msMedian * 1e3);
                continue;
            }
            double maxAbs = 0;
            const bool agree = outputsAgree(ours.outputs, peer, maxAbs);
            allGood = allGood && agree;
            std::printf("%-18s %6.2f %6.3f %3d %9.2f %9.2f %6.2f %9.2f %9.2f %6.2f %8.1f %8.1f %9.2e %s\n",
                        qPrintable(model.name), model.params / 1e6, gflop, threads, ours.msMedian, peer.msMedian,
                        ours.msMedian / peer.msMedian, ours.cpuMsMedian, peer.cpuMsMedian,
                        ours.cpuMsMedian / peer.cpuMsMedian, gflop / ours.msMedian * 1e3, gflop / peer.msMedian * 1e3,
                        maxAbs, agree ? "yes" : "NO");
            std::fflush(stdout);
        }
    }
    return allGood ? 0 : 1;
}

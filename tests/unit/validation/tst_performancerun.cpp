// PerformanceRun on the real CPU engine: batch-dimension detection, inputs scaled to other batch
// sizes, the throughput table, progress reports and a cancel that stops within one inference.
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "core/validation/engine/PerformanceRun.h"
#include "tests/unit/validation/OnnxModelBuilder.h"

#include <QTest>

using namespace fleetdeck::validation;
using namespace fleetdeck::validation::test;

namespace {

// y = relu(x), x of shape [batch, 3] (batch -1: symbolic).
std::shared_ptr<const Graph> reluGraph(int64_t batch)
{
    OnnxModelBuilder b(13);
    b.input("x", {batch, 3}).output("y", {batch, 3});
    b.node("Relu", {"x"}, {"y"}, "relu");
    auto model = OnnxModelLoader().loadBytes(b.bytes(), {});
    return model ? model->graph : nullptr;
}

// The relu model on a one-thread CPU engine, prepared.
struct PreparedRelu
{
    explicit PreparedRelu(int64_t batch) : graph(reluGraph(batch)) { ok = graph && engine.prepare(graph); }
    std::shared_ptr<const Graph> graph;
    CpuEngine engine{EngineOptions{1}};
    bool ok = false;
};

PerformanceOptions counted(int warmupRuns, int timedRuns, std::vector<int64_t> batchSizes = {})
{
    PerformanceOptions options;
    options.warmupRuns = warmupRuns;
    options.timedRuns = timedRuns;
    options.batchSizes = std::move(batchSizes);
    return options;
}

std::vector<Tensor> rows(std::vector<float> values, int64_t batch)
{
    std::vector<Tensor> inputs;
    inputs.push_back(Tensor::fromVector(DataType::Float, {batch, 3}, values));
    return inputs;
}

} // namespace

class tst_PerformanceRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchDimension()
    {
        QVERIFY(detectBatchDimension(*reluGraph(-1)).free());
        const BatchDimension fixed = detectBatchDimension(*reluGraph(2));
        QCOMPARE(fixed.kind, BatchDimension::Kind::Fixed);
        QCOMPARE(fixed.fixedSize, 2);
        QCOMPARE(fixed.inputName, std::string("x"));

        Graph graph;
        QCOMPARE(detectBatchDimension(graph).kind, BatchDimension::Kind::NoInputs);
        graph.inputs.push_back(ValueInfo{"a", DataType::Float, {-1, 4}, true, true});
        graph.inputs.push_back(ValueInfo{"s", DataType::Float, {}, true, true});
        const BatchDimension scalar = detectBatchDimension(graph);
        QCOMPARE(scalar.kind, BatchDimension::Kind::ScalarInput);
        QCOMPARE(scalar.inputName, std::string("s"));
        graph.inputs.back() = ValueInfo{"u", DataType::Float, {}, false, true};
        QCOMPARE(detectBatchDimension(graph).kind, BatchDimension::Kind::UnknownShape);
        graph.inputs.back() = ValueInfo{"b", DataType::Float, {-1}, true, true};
        QVERIFY(detectBatchDimension(graph).free()); // every input's first dimension is free
    }

    // Rows repeat cyclically: batch 5 from 2 rows is rows 0 1 0 1 0.
    void scaledInputsRepeatRows()
    {
        const auto scaled = withBatch(rows({1, 2, 3, 4, 5, 6}, 2), 5, int64_t(1) << 20);
        QVERIFY(scaled);
        const Tensor &t = scaled.value().front();
        QCOMPARE(t.shape(), (Shape{5, 3}));
        const std::vector<float> expected{1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 1, 2, 3};
        for (int64_t i = 0; i < t.elementCount(); ++i)
            QCOMPARE(t.data<float>()[i], expected[std::size_t(i)]);
        const auto tooBig = withBatch(rows({1, 2, 3}, 1), 1000, 100);
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().code, ErrorCode::MemoryLimitExceeded);
    }

    void throughputTableWhenBatchIsFree()
    {
        PreparedRelu relu(-1);
        QVERIFY(relu.ok);
        PerformanceRun run(counted(1, 4, {1, 4, 16}));
        const auto inputs = rows({-1, 0, 1, 2, -2, 3}, 2);
        QCOMPARE(run.plannedBatches(*relu.graph, inputs), (std::vector<int64_t>{1, 2, 4, 16}));
        const auto report = run.measure(relu.engine, *relu.graph, inputs);
        QVERIFY(report);
        QCOMPARE(report->engine, std::string("cpu"));
        QCOMPARE(report->batch, 2);
        QCOMPARE(report->latency.runs, 4);
        QCOMPARE(report->samplesMs.size(), std::size_t(4));
        QCOMPARE(report->warmupRuns, 1);
        QVERIFY(report->latency.p50Ms > 0);
        QVERIFY(report->latency.p50Ms <= report->latency.p90Ms);
        QVERIFY(report->latency.p90Ms <= report->latency.p99Ms);
        QVERIFY(report->latency.p99Ms <= report->latency.maxMs);
        QCOMPARE(report->throughput.size(), std::size_t(4));
        for (const ThroughputPoint &point : report->throughput) {
            QVERIFY(!point.error);
            QCOMPARE(point.latency.runs, 4);
            QCOMPARE(point.inferencesPerSecond, inferencesPerSecond(point.batch, point.latency.meanMs));
        }
        QCOMPARE(report->throughput[3].batch, 16);
        QCOMPARE(report->bestThroughput() > 0, true);
        // Linux: the peak RSS delta is read; elsewhere it says it could not.
        QVERIFY(report->memorySource != MemorySource::Engine);
        QCOMPARE(report->peakMemoryBytes >= 0, report->memorySource == MemorySource::ProcessPeakRssDelta);
    }

    void fixedBatchMeasuresOneRow()
    {
        PreparedRelu relu(2);
        QVERIFY(relu.ok);
        PerformanceOptions options;
        options.timedRuns = 3;
        options.batchSizes = {1, 8};
        const auto report = PerformanceRun(options).measure(relu.engine, *relu.graph, rows({1, 2, 3, 4, 5, 6}, 2));
        QVERIFY(report);
        QCOMPARE(report->throughput.size(), std::size_t(1));
        QCOMPARE(report->throughput.front().batch, 2);
        QCOMPARE(report->batchDimension.kind, BatchDimension::Kind::Fixed);
    }

    // Minimum time keeps timing past the count; the time limit stops it with at least one run.
    void timeBounds()
    {
        PreparedRelu relu(2);
        QVERIFY(relu.ok);
        PerformanceOptions options;
        options.warmupRuns = 0;
        options.timedRuns = 1;
        options.minTimedMs = 5;
        const auto longer = PerformanceRun(options).measure(relu.engine, *relu.graph, rows({1, 2, 3, 4, 5, 6}, 2));
        QVERIFY(longer);
        QVERIFY(longer->latency.runs > 1);
        QVERIFY(longer->latency.totalMs >= 5);
        options.minTimedMs = 0;
        options.timedRuns = 1000000;
        options.maxTimedMs = 0.001;
        const auto bounded = PerformanceRun(options).measure(relu.engine, *relu.graph, rows({1, 2, 3, 4, 5, 6}, 2));
        QVERIFY(bounded);
        QVERIFY(bounded->latency.runs >= 1 && bounded->latency.runs < 1000);
        QVERIFY(bounded->throughput.front().stoppedByTimeLimit);
    }

    // Progress names each step; a cancel raised during timed run 3 stops before run 4.
    void progressAndCancel()
    {
        PreparedRelu relu(-1);
        QVERIFY(relu.ok);
        PerformanceRun run(counted(2, 50));
        std::atomic<bool> cancel{false};
        std::vector<PerformanceProgress> seen;
        int inferencesAfterCancel = -1;
        run.setCancelFlag(&cancel);
        run.setProgress([&](const PerformanceProgress &p) {
            seen.push_back(p);
            if (cancel)
                ++inferencesAfterCancel;
            if (p.step == PerformanceProgress::Step::Timed && p.run == 3) {
                cancel = true;
                inferencesAfterCancel = 0;
            }
        });
        const auto report = run.measure(relu.engine, *relu.graph, rows({1, 2, 3}, 1));
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QCOMPARE(inferencesAfterCancel, 0);
        QCOMPARE(report->latency.runs, 2); // runs 1 and 2 finished; run 3 saw the cancel first
        QVERIFY(report->throughput.empty());
        QCOMPARE(seen.front().step, PerformanceProgress::Step::Warmup);
        QCOMPARE(seen.front().run, 1);
        QCOMPARE(seen.front().runs, 2);
        QCOMPARE(seen.back().step, PerformanceProgress::Step::Timed);
        QCOMPARE(seen.back().runs, 50);
        QCOMPARE(seen.back().batchCount, 4); // 1, 2, 4, 8
    }
};

QTEST_GUILESS_MAIN(tst_PerformanceRun)
#include "tst_performancerun.moc"

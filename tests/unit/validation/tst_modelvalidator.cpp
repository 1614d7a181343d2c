// ModelValidator and EngineErrorText: verdicts (passed, failed, cannot validate) and the
// operator's messages, from real files in a temporary folder.
#include "core/validation/ModelValidator.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/validation/OnnxModelBuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace fleetdeck::validation;
using namespace fleetdeck::validation::test;

namespace {

// y = relu(x) for x of shape [2, 2], saved as dir/model.onnx.
QString saveReluModel(const QTemporaryDir &dir)
{
    OnnxModelBuilder b(13);
    b.input("x", {2, 2}).output("y", {2, 2});
    b.node("Relu", {"x"}, {"y"}, "relu");
    const QString path = dir.filePath(u"model.onnx"_s);
    b.save(path.toStdString());
    return path;
}

void saveDataSet(const QTemporaryDir &dir, const std::vector<float> &input, const std::vector<float> &output,
                 std::vector<int64_t> inputShape = {2, 2})
{
    QDir(dir.path()).mkpath(u"test_data_set_0"_s);
    saveTensor(dir.filePath(u"test_data_set_0/input_0.pb"_s).toStdString(), inputShape, input);
    saveTensor(dir.filePath(u"test_data_set_0/output_0.pb"_s).toStdString(), {2, 2}, output);
}

} // namespace

class tst_ModelValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void passesOnMatchingGoldenData()
    {
        QTemporaryDir dir;
        const QString model = saveReluModel(dir);
        saveDataSet(dir, {-1, 2, -3, 4}, {0, 2, 0, 4});
        const ValidationReport report = ModelValidator().validate(model);
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
        QCOMPARE(report.verdict, Verdict::Passed);
        QCOMPARE(report.opset, int64_t(13));
        QCOMPARE(report.dataSets.size(), std::size_t(1));
        QCOMPARE(report.dataSets[0].name, u"test_data_set_0"_s);
        QCOMPARE(report.dataSets[0].outputs[0].maxAbsError, 0.0);
    }

    void failsWithTheNumbersWhenOutputsDiffer()
    {
        QTemporaryDir dir;
        const QString model = saveReluModel(dir);
        saveDataSet(dir, {-1, 2, -3, 4}, {0, 2.5f, 0, 4});
        const ValidationReport report = ModelValidator().validate(model);
        QCOMPARE(report.verdict, Verdict::Failed);
        const OutputComparison &c = report.dataSets[0].outputs[0];
        QCOMPARE(c.mismatches, int64_t(1));
        QCOMPARE(c.maxAbsError, 0.5);
        QVERIFY(c.neededAtol > 0.49);

        ValidationOptions loose;
        loose.tolerance = Tolerance{0.25, 0};
        QCOMPARE(ModelValidator(loose).validate(model).verdict, Verdict::Passed);
    }

    void cannotValidateUnsupportedOpsAndListsThem()
    {
        QTemporaryDir dir;
        OnnxModelBuilder b(13);
        b.importDomain("com.example", 1);
        b.input("x", {2}).output("y", {2});
        b.node("Fancy", {"x"}, {"a"}, "fancy_1").set_domain("com.example");
        b.node("Fancy", {"a"}, {"y"}, "fancy_2").set_domain("com.example");
        const QString path = dir.filePath(u"custom.onnx"_s);
        QVERIFY(b.save(path.toStdString()));
        const ValidationReport report = ModelValidator().validate(path);
        QCOMPARE(report.verdict, Verdict::CannotValidate);
        QCOMPARE(report.unsupported.size(), 1);
        QVERIFY2(report.unsupported[0].contains(u"com.example:Fancy"_s), qPrintable(report.unsupported[0]));
        QVERIFY(report.unsupported[0].contains(u"2 node(s)"_s));
        QVERIFY(report.unsupported[0].contains(u"fancy_1, fancy_2"_s));
        QVERIFY(report.error->message.contains(u"cannot be validated"_s));
        QVERIFY(report.dataSets.empty());
    }

    void failsClearlyWhenDataDoesNotFitTheModel()
    {
        QTemporaryDir dir;
        const QString model = saveReluModel(dir);
        saveDataSet(dir, {1, 2, 3}, {1, 2, 3, 4}, {3});
        const ValidationReport report = ModelValidator().validate(model);
        QCOMPARE(report.verdict, Verdict::Failed);
        QVERIFY(report.error);
        QVERIFY2(report.error->message.contains(u"'x'"_s) && report.error->message.contains(u"shape"_s),
                 qPrintable(report.error->message));
        QVERIFY(report.error->location.endsWith(u"test_data_set_0"_s));
    }

    void warnsAboutNanInputsAndMatchesNanOutputs()
    {
        QTemporaryDir dir;
        const QString model = saveReluModel(dir);
        saveDataSet(dir, {NAN, 2, -3, 4}, {NAN, 2, 0, 4});
        ValidationOptions options;
        options.performance.enabled = false; // an unstable timing would warn too
        const ValidationReport report = ModelValidator(options).validate(model);
        QCOMPARE(report.verdict, Verdict::Passed);
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY(report.warnings[0].contains(u"NaN"_s));
    }

    void runsSeededInputsWithoutGoldenData()
    {
        QTemporaryDir dir;
        const QString model = saveReluModel(dir);
        const ValidationReport report = ModelValidator().validate(model);
        QCOMPARE(report.verdict, Verdict::Passed);
        QCOMPARE(report.dataSets.size(), std::size_t(1));
        QCOMPARE(report.dataSets[0].name, u"seeded inputs"_s);
        QCOMPARE(report.dataSets[0].outputNonFinite[0].nan, int64_t(0));
        QCOMPARE(report.dataSets[0].statistics.size(), std::size_t(1));
        QCOMPARE(report.dataSets[0].statistics[0].shape, u"[2,2]"_s);
        QVERIFY(report.dataSets[0].statistics[0].min >= 0); // relu
    }

    // Outputs pass, but a budget nobody can meet fails the verdict and says which.
    void budgetsDecideTheVerdictWithTheOutputs()
    {
        QTemporaryDir dir;
        const QString model = saveReluModel(dir);
        ValidationOptions options;
        options.performance.timedRuns = 5;
        options.budgets.maxP99Ms = 0.000001;
        ValidationReport report = ModelValidator(options).validate(model);
        QCOMPARE(report.verdict, Verdict::Failed);
        QVERIFY(report.outputsPassed);
        QVERIFY(report.performance);
        QCOMPARE(report.performance->latency.runs, 5);
        QVERIFY(report.performance->latency.p50Ms > 0);
        QCOMPARE(report.budgets.size(), std::size_t(1));
        QCOMPARE(report.budgets[0].status, BudgetStatus::Exceeded);
        QCOMPARE(report.budgetFailures.size(), 1);
        QVERIFY2(report.budgetFailures[0].contains(u"p99 latency"_s), qPrintable(report.budgetFailures[0]));

        options.budgets.maxP99Ms = 60000.0;
        options.budgets.maxMemoryBytes = int64_t(1) << 30;
        options.memoryBudgetOnHost = true; // the operator chose the CPU
        report = ModelValidator(options).validate(model);
        QVERIFY2(report.budgetFailures.isEmpty(), qPrintable(report.budgetFailures.join(u'\n')));
        QCOMPARE(report.verdict, Verdict::Passed);
        QCOMPARE(report.budgets.size(), std::size_t(2));
        QVERIFY(report.performance->memoryCountsForBudget);
        QVERIFY(!report.performance->device.name.empty());
        QVERIFY(report.performance->device.threads > 0);

        // Without that choice the memory budget means a GPU's, which was not measured.
        options.memoryBudgetOnHost = false;
        report = ModelValidator(options).validate(model);
        QCOMPARE(report.verdict, Verdict::Failed);
        QCOMPARE(report.budgets[1].status, BudgetStatus::NotMeasured);
        QVERIFY2(report.budgetFailures[0].contains(u"not measured"_s)
                     && report.budgetFailures[0].contains(u"--device cpu"_s),
                 qPrintable(report.budgetFailures[0]));
    }

    void withoutTimingABudgetIsNotMeasured()
    {
        QTemporaryDir dir;
        const QString model = saveReluModel(dir);
        ValidationOptions options;
        options.performance.enabled = false;
        QCOMPARE(ModelValidator(options).validate(model).verdict, Verdict::Passed);
        options.budgets.minThroughput = 1.0;
        const ValidationReport report = ModelValidator(options).validate(model);
        QVERIFY(!report.performance);
        QCOMPARE(report.verdict, Verdict::Failed);
        QCOMPARE(report.budgets[0].status, BudgetStatus::NotMeasured);
    }

    // Phases count up to a known total; a cancel during timing ends with Cancelled at once.
    void reportsProgressAndCancels()
    {
        QTemporaryDir dir;
        const QString model = saveReluModel(dir);
        saveDataSet(dir, {-1, 2, -3, 4}, {0, 2, 0, 4});
        std::atomic<bool> cancel{false};
        QList<ValidationProgress> seen;
        ValidationOptions options;
        options.performance.timedRuns = 1000;
        options.cancel = &cancel;
        options.progress = [&](const ValidationProgress &p) {
            seen.append(p);
            if (p.kind == ValidationProgress::Kind::Timing && p.run == 3)
                cancel = true;
        };
        const ValidationReport report = ModelValidator(options).validate(model);
        QCOMPARE(report.verdict, Verdict::Cancelled);
        QVERIFY(!report.performance);
        QCOMPARE(seen.first().kind, ValidationProgress::Kind::Loading);
        QCOMPARE(seen.first().phase, 1);
        QCOMPARE(seen[1].kind, ValidationProgress::Kind::Comparing);
        QCOMPARE(seen[1].dataSet, u"test_data_set_0"_s);
        const ValidationProgress &last = seen.last();
        QCOMPARE(last.kind, ValidationProgress::Kind::Timing);
        QCOMPARE(last.run, 3);
        QCOMPARE(last.runs, 1000);
        QCOMPARE(last.phaseCount, 3); // load, one data set, one batch size (the model's is fixed)
        QCOMPARE(last.phase, 3);
        QCOMPARE(last.text(), u"Phase 3 of 3: timing batch 2, run 3 of 1000"_s);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].phase >= seen[i - 1].phase);

        // Cancelled before anything ran.
        cancel = true;
        options.progress = nullptr;
        QCOMPARE(ModelValidator(options).validate(model).verdict, Verdict::Cancelled);
    }

    void explainsLoadErrors()
    {
        QTemporaryDir dir;
        const QString garbage = fleetdeck::test::writeFile(dir, u"garbage.onnx"_s, "\x08\x96\x01 not a model");
        ValidationReport report = ModelValidator().validate(garbage);
        QCOMPARE(report.verdict, Verdict::Failed);
        QVERIFY(report.error->message.contains(u"not an ONNX file"_s));
        QCOMPARE(report.error->location, garbage);

        OnnxModelBuilder b(13);
        b.input("x", {2}).output("y", {2});
        b.initializer("w", {2}, {1, 2});
        auto &w = b.lastInitializer();
        w.clear_raw_data();
        w.set_data_location(onnx::TensorProto::EXTERNAL);
        auto *entry = w.add_external_data();
        entry->set_key("location");
        entry->set_value("weights.bin");
        b.node("Add", {"x", "w"}, {"y"});
        const QString path = dir.filePath(u"external.onnx"_s);
        QVERIFY(b.save(path.toStdString()));
        report = ModelValidator().validate(path);
        QCOMPARE(report.verdict, Verdict::Failed);
        QVERIFY2(report.error->message.contains(u"'w'"_s) && report.error->message.contains(u"weights.bin"_s),
                 qPrintable(report.error->message));

        OnnxModelBuilder future(99);
        future.input("x", {2}).output("y", {2});
        future.node("Relu", {"x"}, {"y"});
        const QString futurePath = dir.filePath(u"future.onnx"_s);
        QVERIFY(future.save(futurePath.toStdString()));
        report = ModelValidator().validate(futurePath);
        QCOMPARE(report.verdict, Verdict::CannotValidate);
        QVERIFY(report.error->message.contains(u"opset 99"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ModelValidator)
#include "tst_modelvalidator.moc"

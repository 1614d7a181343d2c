// OnnxCheck: libonnx's checker and shape inference in the fleetdeck-onnx-check child process.
// A real child runs for every case: the real checker on good and bad models, inputs that crash
// libonnx 1.12 for real, and stand-in programs that crash, hang, babble or do not exist.
#include "core/validation/engine/OnnxCheck.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/validation/OnnxModelBuilder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::validation;
using namespace fleetdeck::validation::test;

namespace {

OnnxCheckOptions mode(OnnxCheckMode m)
{
    OnnxCheckOptions options;
    options.mode = m;
    return options;
}

// y = relu(x @ w): shape inference must give the MatMul's output its [N, 3] shape.
OnnxModelBuilder matMulModel()
{
    OnnxModelBuilder b;
    b.input("x", {-1, 4}).output("y", {-1, 3});
    b.initializer("w", {4, 3}, std::vector<float>(12, 0.5f));
    b.node("MatMul", {"x", "w"}, {"h"}, "matmul");
    b.node("Relu", {"h"}, {"y"}, "relu");
    return b;
}

std::string script(const QTemporaryDir &dir, const char *name, const char *body)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n");
    file.write(body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path.toStdString();
}

std::string crasher(const char *name)
{
    const QString path = qEnvironmentVariable("FLEETDECK_SOURCE_DIR") + u"/tests/data/onnx-crashers/"_s
        + QString::fromUtf8(name);
    return path.toStdString();
}

} // namespace

class TestOnnxCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY2(!findOnnxCheckProgram().empty(), "fleetdeck-onnx-check is built beside the tests");
    }

    void childInfersTheSameTypesAsInProcess()
    {
        const std::string bytes = matMulModel().bytes();
        auto isolated = OnnxModelLoader({}, mode(OnnxCheckMode::Isolated)).loadBytes(bytes, ".");
        auto inProcess = OnnxModelLoader({}, mode(OnnxCheckMode::InProcess)).loadBytes(bytes, ".");
        QVERIFY2(isolated.ok(), isolated.ok() ? "" : isolated.error().describe().c_str());
        QVERIFY(inProcess.ok());
        const Graph &a = *isolated->graph;
        const Graph &b = *inProcess->graph;
        QVERIFY(a.valueInfo.count("h") == 1);
        QCOMPARE(a.valueInfo.size(), b.valueInfo.size());
        const ValueInfo &h = a.valueInfo.at("h");
        QCOMPARE(h.shape.size(), std::size_t(2));
        QCOMPARE(h.shape[1], int64_t(3));
        QCOMPARE(h.type, b.valueInfo.at("h").type);
    }

    void childReadsTheFileItselfForExternalData()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(u"m.onnx"_s).toStdString();
        QVERIFY(matMulModel().save(path));
        auto model = OnnxModelLoader().loadFile(path);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().describe().c_str());
    }

    void checkerAndShapeErrorsComeBackFromTheChild()
    {
        OnnxModelBuilder unknownInput;
        unknownInput.input("x", {2}).output("y", {2});
        unknownInput.node("Relu", {"nowhere"}, {"y"}, "relu");
        auto checked = OnnxModelLoader().loadBytes(unknownInput.bytes(), ".");
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, ErrorCode::CheckerFailed);
        QVERIFY(checked.error().detail.find("nowhere") != std::string::npos);

        OnnxModelBuilder mismatch;
        mismatch.input("a", {2, 3}).input("b", {4, 5}).output("y", {});
        mismatch.node("MatMul", {"a", "b"}, {"y"}, "mm");
        auto inferred = OnnxModelLoader().loadBytes(mismatch.bytes(), ".");
        QVERIFY(!inferred.ok());
        QCOMPARE(inferred.error().code, ErrorCode::ShapeInferenceFailed);
    }

    // These files crash libonnx 1.12 itself. In the child that is an error about the file.
    void aLibraryCrashIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("null dereference") << u"libonnx-1.12-sigsegv.onnx"_s;
        QTest::newRow("division by zero") << u"libonnx-1.12-sigfpe.onnx"_s;
    }
    void aLibraryCrashIsAnErrorNotACrash()
    {
        QFETCH(QString, file);
        auto model = OnnxModelLoader().loadFile(crasher(file.toUtf8().constData()));
        QVERIFY(!model.ok());
        // Debian's libonnx 1.12 dies on both; a fixed libonnx would report them as checker or
        // shape errors instead, and this test should then name that version.
        QCOMPARE(model.error().code, ErrorCode::CheckerCrashed);
        QVERIFY(model.error().detail.find("signal") != std::string::npos);
    }

    void aCrashingCheckerIsReported()
    {
        QTemporaryDir dir;
        OnnxCheckOptions options;
        options.program = script(dir, "segv", "kill -SEGV $$\n");
        auto model = OnnxModelLoader({}, options).loadBytes(matMulModel().bytes(), ".");
        QVERIFY(!model.ok());
        QCOMPARE(model.error().code, ErrorCode::CheckerCrashed);
        QVERIFY(model.error().detail.find("signal 11") != std::string::npos);
    }

    void aHangingCheckerIsKilledAtTheDeadline()
    {
        QTemporaryDir dir;
        OnnxCheckOptions options;
        options.program = script(dir, "hang", "exec sleep 30\n");
        options.timeout = std::chrono::milliseconds(300);
        QElapsedTimer clock;
        clock.start();
        auto model = OnnxModelLoader({}, options).loadBytes(matMulModel().bytes(), ".");
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(!model.ok());
        QCOMPARE(model.error().code, ErrorCode::CheckerTimedOut);
    }

    void aCheckerThatStopsReadingDoesNotKillUs()
    {
        // Exits at once without reading stdin: our writes meet a closed pipe (SIGPIPE).
        QTemporaryDir dir;
        OnnxCheckOptions options;
        options.program = script(dir, "quit", "printf X\nexit 0\n");
        OnnxModelBuilder big = matMulModel();
        big.initializer("unused", {1 << 20}, std::vector<float>(1 << 20, 1.0f));
        auto model = OnnxModelLoader({}, options).loadBytes(big.bytes(), ".");
        QVERIFY(!model.ok());
        QCOMPARE(model.error().code, ErrorCode::CheckerCrashed);
        QVERIFY(model.error().detail.find("unexpected answer") != std::string::npos);
    }

    void aMissingCheckerIsUnavailable()
    {
        OnnxCheckOptions options;
        options.program = "/nonexistent/fleetdeck-onnx-check";
        auto model = OnnxModelLoader({}, options).loadBytes(matMulModel().bytes(), ".");
        QVERIFY(!model.ok());
        QCOMPARE(model.error().code, ErrorCode::CheckerUnavailable);
        QCOMPARE(model.error().path, options.program);
    }

    void skipModeConvertsWithoutLibonnx()
    {
        auto model = OnnxModelLoader({}, mode(OnnxCheckMode::Skip)).loadBytes(matMulModel().bytes(), ".");
        QVERIFY(model.ok());
        QCOMPARE(model->graph->nodes.size(), std::size_t(2));
        QCOMPARE(model->graph->valueInfo.count("h"), std::size_t(0)); // nothing inferred
    }
};

QTEST_GUILESS_MAIN(TestOnnxCheck)
#include "tst_onnxcheck.moc"

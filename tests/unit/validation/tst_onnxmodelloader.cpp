// OnnxModelLoader: initializers in every encoding, external data and its path rules, and every
// kind of bad file: truncated, not ONNX, bombs, unsupported versions, checker and shape errors.
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/validation/OnnxModelBuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace Qt::StringLiterals;
using namespace fleetdeck::validation;
using namespace fleetdeck::validation::test;

namespace {

std::string pathIn(const QTemporaryDir &dir, const char *name)
{
    return dir.filePath(QString::fromUtf8(name)).toStdString();
}

void writeBytes(const std::string &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

// y = x + w, with w given by the caller.
OnnxModelBuilder addModel()
{
    OnnxModelBuilder b;
    b.input("x", {2}).output("y", {2});
    b.node("Add", {"x", "w"}, {"y"}, "add");
    return b;
}

void setExternal(onnx::TensorProto &tensor, const std::string &location, int64_t offset, int64_t length)
{
    tensor.clear_raw_data();
    tensor.set_data_location(onnx::TensorProto::EXTERNAL);
    auto add = [&tensor](const char *key, const std::string &value) {
        auto *entry = tensor.add_external_data();
        entry->set_key(key);
        entry->set_value(value);
    };
    add("location", location);
    add("offset", std::to_string(offset));
    if (length >= 0)
        add("length", std::to_string(length));
}

ErrorCode loadError(const std::string &path, LoadLimits limits = {})
{
    auto model = OnnxModelLoader(limits).loadFile(path);
    if (model.ok())
        return ErrorCode::NotPrepared; // stands for "loaded": callers expect a failure
    return model.error().code;
}

std::vector<float> runOnce(const LoadedModel &model, const std::vector<float> &x)
{
    CpuEngine engine(EngineOptions{1});
    if (!engine.prepare(model.graph).ok())
        return {};
    auto outputs = engine.run({Tensor::fromVector<float>(DataType::Float, {int64_t(x.size())}, x)});
    if (!outputs.ok())
        return {};
    const Tensor &y = outputs.value()[0];
    return std::vector<float>(y.data<float>(), y.data<float>() + y.elementCount());
}

} // namespace

class tst_OnnxModelLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void loadsRawAndTypedInitializers_data()
    {
        QTest::addColumn<bool>("raw");
        QTest::newRow("raw_data") << true;
        QTest::newRow("float_data") << false;
    }
    void loadsRawAndTypedInitializers()
    {
        QFETCH(bool, raw);
        QTemporaryDir dir;
        OnnxModelBuilder b = addModel();
        b.initializer("w", {2}, {10.f, 20.f}, raw);
        QVERIFY(b.save(pathIn(dir, "m.onnx")));
        auto model = OnnxModelLoader().loadFile(pathIn(dir, "m.onnx"));
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().describe().c_str());
        QCOMPARE(model->graph->inputs.size(), std::size_t(1)); // w is an initializer, not an input
        QCOMPARE(model->graph->opset, int64_t(13));
        QCOMPARE(runOnce(*model, {1.f, 2.f}), (std::vector<float>{11.f, 22.f}));
    }

    void readsExternalDataInsideTheModelFolder()
    {
        QTemporaryDir dir;
        std::filesystem::create_directory(pathIn(dir, "data"));
        const float values[] = {5.f, 7.f};
        std::string file = "HEAD";
        file.append(reinterpret_cast<const char *>(values), sizeof values);
        writeBytes(pathIn(dir, "data/w.bin"), file);
        OnnxModelBuilder b = addModel();
        b.initializer("w", {2}, {0.f, 0.f});
        setExternal(b.lastInitializer(), "data/w.bin", 4, 8);
        QVERIFY(b.save(pathIn(dir, "m.onnx")));
        auto model = OnnxModelLoader().loadFile(pathIn(dir, "m.onnx"));
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().describe().c_str());
        QCOMPARE(runOnce(*model, {1.f, 1.f}), (std::vector<float>{6.f, 8.f}));
    }

    void refusesExternalDataOutsideTheModelFolder_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("parent") << u"../outside.bin"_s;
        QTest::newRow("nested parent") << u"data/../../outside.bin"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s;
        QTest::newRow("symlink out") << u"link.bin"_s;
    }
    void refusesExternalDataOutsideTheModelFolder()
    {
        QFETCH(QString, location);
        QTemporaryDir outer;
        std::filesystem::create_directory(pathIn(outer, "model"));
        writeBytes(pathIn(outer, "outside.bin"), std::string(8, '\1'));
        std::filesystem::create_symlink(pathIn(outer, "outside.bin"), pathIn(outer, "model/link.bin"));
        OnnxModelBuilder b = addModel();
        b.initializer("w", {2}, {0.f, 0.f});
        setExternal(b.lastInitializer(), location.toStdString(), 0, 8);
        QVERIFY(b.save(pathIn(outer, "model/m.onnx")));
        auto model = OnnxModelLoader().loadFile(pathIn(outer, "model/m.onnx"));
        QVERIFY(!model.ok());
        QCOMPARE(int(model.error().code), int(ErrorCode::ExternalDataOutsideModel));
        QCOMPARE(model.error().valueName, std::string("w"));
    }

    void reportsMissingOrShortExternalData()
    {
        QTemporaryDir dir;
        OnnxModelBuilder b = addModel();
        b.initializer("w", {2}, {0.f, 0.f});
        setExternal(b.lastInitializer(), "w.bin", 0, 8);
        QVERIFY(b.save(pathIn(dir, "m.onnx")));
        QCOMPARE(int(loadError(pathIn(dir, "m.onnx"))), int(ErrorCode::ExternalDataMissing));

        writeBytes(pathIn(dir, "w.bin"), std::string(6, '\0')); // 6 bytes where 8 are needed
        QCOMPARE(int(loadError(pathIn(dir, "m.onnx"))), int(ErrorCode::ExternalDataOutOfRange));

        writeBytes(pathIn(dir, "w.bin"), std::string(64, '\0'));
        setExternal(b.lastInitializer(), "w.bin", 60, -1); // offset leaves 4 bytes
        QVERIFY(b.save(pathIn(dir, "m.onnx")));
        QCOMPARE(int(loadError(pathIn(dir, "m.onnx"))), int(ErrorCode::ExternalDataOutOfRange));
    }

    void rejectsFilesThatAreNotModels()
    {
        QTemporaryDir dir;
        QCOMPARE(int(loadError(pathIn(dir, "missing.onnx"))), int(ErrorCode::FileNotFound));
        writeBytes(pathIn(dir, "empty.onnx"), {});
        QCOMPARE(int(loadError(pathIn(dir, "empty.onnx"))), int(ErrorCode::NotOnnx));
        writeBytes(pathIn(dir, "text.onnx"), "name,host\nedge-1,10.0.0.1\n");
        QCOMPARE(int(loadError(pathIn(dir, "text.onnx"))), int(ErrorCode::NotOnnx));
        QCOMPARE(int(loadError(dir.path().toStdString())), int(ErrorCode::FileUnreadable));
    }

    void rejectsTruncatedModels()
    {
        QTemporaryDir dir;
        OnnxModelBuilder b = addModel();
        b.initializer("w", {2}, {1.f, 2.f});
        const std::string bytes = b.bytes();
        for (std::size_t cut : {bytes.size() - 1, bytes.size() / 2, std::size_t(3)}) {
            writeBytes(pathIn(dir, "cut.onnx"), bytes.substr(0, cut));
            const ErrorCode code = loadError(pathIn(dir, "cut.onnx"));
            QVERIFY2(code == ErrorCode::NotOnnx || code == ErrorCode::CheckerFailed,
                     qPrintable(u"cut at %1 gave code %2"_s.arg(cut).arg(int(code))));
        }
    }

    void refusesOversizedFilesBeforeReading()
    {
        QTemporaryDir dir;
        OnnxModelBuilder b = addModel();
        b.initializer("w", {2}, {1.f, 2.f});
        QVERIFY(b.save(pathIn(dir, "m.onnx")));
        LoadLimits limits;
        limits.maxFileBytes = 16;
        QCOMPARE(int(loadError(pathIn(dir, "m.onnx"), limits)), int(ErrorCode::FileTooLarge));
    }

    void refusesHugeDeclaredSizesWithoutAllocating_data()
    {
        QTest::addColumn<qint64>("dim0");
        QTest::addColumn<qint64>("dim1");
        QTest::newRow("4 TB") << qint64(1'000'000) << qint64(1'000'000);
        QTest::newRow("overflowing") << (qint64(1) << 62) << qint64(16);
    }
    void refusesHugeDeclaredSizesWithoutAllocating()
    {
        QFETCH(qint64, dim0);
        QFETCH(qint64, dim1);
        QTemporaryDir dir;
        OnnxModelBuilder b;
        b.input("x", {1}).output("y", {1});
        b.initializer("w", {dim0, dim1}, {1.f});
        b.node("Identity", {"x"}, {"y"});
        QVERIFY(b.save(pathIn(dir, "bomb.onnx")));
        const ErrorCode code = loadError(pathIn(dir, "bomb.onnx"));
        QVERIFY2(code == ErrorCode::DeclaredSizeTooLarge || code == ErrorCode::CheckerFailed,
                 qPrintable(QString::number(int(code))));
    }

    void rejectsDataThatDoesNotMatchTheShape()
    {
        QTemporaryDir dir;
        OnnxModelBuilder b = addModel();
        b.initializer("w", {2}, {1.f, 2.f, 3.f}); // 12 raw bytes for 2 floats
        QVERIFY(b.save(pathIn(dir, "m.onnx")));
        auto model = OnnxModelLoader().loadFile(pathIn(dir, "m.onnx"));
        QVERIFY(!model.ok());
        QCOMPARE(int(model.error().code), int(ErrorCode::TensorDataMismatch));
        QCOMPARE(model.error().expected, int64_t(8));
        QCOMPARE(model.error().actual, int64_t(12));
    }

    void refusesUnsupportedVersions()
    {
        QTemporaryDir dir;
        OnnxModelBuilder future(99);
        future.input("x", {2}).output("y", {2});
        future.node("Relu", {"x"}, {"y"});
        QVERIFY(future.save(pathIn(dir, "future.onnx")));
        auto model = OnnxModelLoader().loadFile(pathIn(dir, "future.onnx"));
        QVERIFY(!model.ok());
        QCOMPARE(int(model.error().code), int(ErrorCode::UnsupportedOpset));
        QCOMPARE(model.error().opset, int64_t(99));

        OnnxModelBuilder ancient(13, 2);
        ancient.input("x", {2}).output("y", {2});
        ancient.node("Relu", {"x"}, {"y"});
        QVERIFY(ancient.save(pathIn(dir, "ancient.onnx")));
        QCOMPARE(int(loadError(pathIn(dir, "ancient.onnx"))), int(ErrorCode::UnsupportedIrVersion));
    }

    void runsTheCheckerAndStrictShapeInference()
    {
        QTemporaryDir dir;
        OnnxModelBuilder dangling;
        dangling.input("x", {2}).output("y", {2});
        dangling.node("Add", {"x", "nowhere"}, {"y"});
        QVERIFY(dangling.save(pathIn(dir, "dangling.onnx")));
        QCOMPARE(int(loadError(pathIn(dir, "dangling.onnx"))), int(ErrorCode::CheckerFailed));

        // Shapes that cannot broadcast: libonnx only reports this in strict mode.
        OnnxModelBuilder clash;
        clash.input("a", {2, 3}).input("b", {4, 5}).output("y", {-1, -1});
        clash.node("Add", {"a", "b"}, {"y"}, "clash");
        QVERIFY(clash.save(pathIn(dir, "clash.onnx")));
        auto model = OnnxModelLoader().loadFile(pathIn(dir, "clash.onnx"));
        QVERIFY(!model.ok());
        QCOMPARE(int(model.error().code), int(ErrorCode::ShapeInferenceFailed));
        QVERIFY(!model.error().detail.empty());
    }

    void recordsTypesAndOpDefinitions()
    {
        QTemporaryDir dir;
        OnnxModelBuilder b(6);
        b.input("x", {-1, 4}).output("y", {-1, 4});
        auto &clip = b.node("Clip", {"x"}, {"y"}, "clip");
        setFloat(clip, "min", 0.f);
        QVERIFY(b.save(pathIn(dir, "m.onnx")));
        auto model = OnnxModelLoader().loadFile(pathIn(dir, "m.onnx"));
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().describe().c_str());
        const Graph &g = *model->graph;
        QCOMPARE(g.inputs[0].shape, (Shape{-1, 4}));
        QCOMPARE(int(g.typeOf("y")), int(DataType::Float)); // from shape inference
        QCOMPARE(g.nodes[0].sinceVersion, int64_t(6));
        QVERIFY(g.nodes[0].redefinedLater); // Clip-11 made min/max inputs
    }
};

QTEST_GUILESS_MAIN(tst_OnnxModelLoader)
#include "tst_onnxmodelloader.moc"

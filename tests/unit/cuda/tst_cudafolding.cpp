// What the CUDA engine computes on the host before a run: the shape arithmetic exporters put in
// front of Reshape (Shape -> Gather -> Unsqueeze -> Concat) folds; anything that reads the
// model's input data does not.

#include "core/validation/engine/OnnxModelLoader.h"
#include "core/validation/engine/cuda/Folding.h"
#include "tests/unit/cuda/CudaTestModels.h"

#include <QTest>

using namespace fleetdeck::validation;
using namespace fleetdeck::validation::cuda;
using test::OnnxModelBuilder;

class TestCudaFolding : public QObject
{
    Q_OBJECT

private slots:
    void shapeSubgraphFolds()
    {
        const OnnxModelBuilder b = test::shapeArithmeticReshape();
        auto model = OnnxModelLoader().loadBytes(b.bytes(), ".");
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().describe().c_str());
        std::vector<std::string> constants;
        const std::vector<bool> folded = foldableNodes(*model->graph, &constants);
        QCOMPARE(folded, (std::vector<bool>{true, true, true, true, false, false}));
        for (const char *name : {"shape", "batch", "batch1", "target", "zero", "rest", "axes"})
            QVERIFY2(std::find(constants.begin(), constants.end(), name) != constants.end(), name);
        for (const char *name : {"x", "r", "y"})
            QVERIFY2(std::find(constants.begin(), constants.end(), name) == constants.end(), name);
    }

    void onlyWhatTheCpuEngineRunsFolds()
    {
        // Constant inputs alone do not make a node foldable: the CPU engine's kernel computes it,
        // so a definition that engine refuses (Upsample-1 means something else than today's) or
        // a custom domain stays on the device side, where checkSupport reports it.
        Graph graph;
        graph.opset = 6;
        graph.initializers.emplace("c", Tensor::fromVector<float>(DataType::Float, {1, 1, 2, 2}, {1, 2, 3, 4}));
        Node legacy;
        legacy.opType = "Upsample";
        legacy.sinceVersion = 1;
        legacy.redefinedLater = true;
        legacy.inputs = {"c"};
        legacy.outputs = {"u"};
        Node custom;
        custom.opType = "Relu";
        custom.domain = "com.example";
        custom.inputs = {"c"};
        custom.outputs = {"r"};
        Node relu;
        relu.opType = "Relu";
        relu.sinceVersion = 6;
        relu.inputs = {"c"};
        relu.outputs = {"y"};
        graph.nodes = {legacy, custom, relu};
        QCOMPARE(foldableNodes(graph), (std::vector<bool>{false, false, true}));
    }

    void shapeAndSizeReadOnlyTheShape()
    {
        Node shape;
        shape.opType = "Shape";
        QCOMPARE(foldShapeOnly(shape, {2, 3, 4}).toInt64Vector(), (std::vector<int64_t>{2, 3, 4}));
        shape.attributes["start"] = int64_t(1);
        QCOMPARE(foldShapeOnly(shape, {2, 3, 4}).toInt64Vector(), (std::vector<int64_t>{3, 4}));
        shape.attributes["start"] = int64_t(-10); // clamps to 0, like Slice
        shape.attributes["end"] = int64_t(-1);
        QCOMPARE(foldShapeOnly(shape, {2, 3, 4}).toInt64Vector(), (std::vector<int64_t>{2, 3}));
        shape.attributes["start"] = int64_t(2);
        shape.attributes["end"] = int64_t(1); // empty, not negative
        QCOMPARE(foldShapeOnly(shape, {2, 3, 4}).elementCount(), int64_t(0));

        Node size;
        size.opType = "Size";
        const Tensor count = foldShapeOnly(size, {2, 3, 4});
        QCOMPARE(count.rank(), int64_t(0));
        QCOMPARE(count.valueAsInt(0), int64_t(24));
        QVERIFY(readsShapeOnly(size));
    }
};

QTEST_GUILESS_MAIN(TestCudaFolding)
#include "tst_cudafolding.moc"

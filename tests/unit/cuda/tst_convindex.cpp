// The CUDA engine's matrix and convolution arithmetic, run on the host: the FD_HD functions its
// kernels call per element (ConvIndex.h) and the cuBLAS calls it plans (LinearPlan.h), fed
// through a reference GEMM with cuBLAS's column-major semantics, must give what the CPU engine's
// Conv, ConvTranspose, MatMul and Gemm give, and the plans must have the shape we claim (one call
// for a dense layer, strided batches for broadcast operands, bounded im2col chunks).

#include "core/validation/engine/ThreadPool.h"
#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cuda/LinearPlan.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace fleetdeck::validation;
using namespace fleetdeck::validation::cuda;

namespace {

using Attributes = std::map<std::string, AttributeValue, std::less<>>;

// cublasSgemm / cublasSgemmStridedBatched on the host: column-major X(i, j) = X[i + j * ld];
// C = alpha op(first) op(second) + beta C, C not read when beta is 0 (as cuBLAS documents).
void referenceBlas(const BlasCall &g, float alpha, float beta)
{
    for (int64_t b = 0; b < g.count; ++b) {
        const float *first = g.first + b * g.strideFirst;
        const float *second = g.second + b * g.strideSecond;
        float *c = g.c + b * g.strideC;
        for (int64_t j = 0; j < g.n; ++j) {
            for (int64_t i = 0; i < g.m; ++i) {
                double sum = 0;
                for (int64_t p = 0; p < g.k; ++p) {
                    const float x = g.transFirst ? first[p + i * g.ldFirst] : first[i + p * g.ldFirst];
                    const float y = g.transSecond ? second[j + p * g.ldSecond] : second[p + j * g.ldSecond];
                    sum += double(x) * double(y);
                }
                float &out = c[i + j * g.ldc];
                out = float(alpha * sum + (beta == 0.0f ? 0.0 : double(beta) * double(out)));
            }
        }
    }
}

void multiply(bool transA, bool transB, int64_t m, int64_t n, int64_t k, float alpha, float beta, const float *a,
              const float *b, float *c, const GemmBatch &batch)
{
    referenceBlas(blasCall(transA, transB, m, n, k, a, b, c, batch), alpha, beta);
}

Tensor randomTensor(const Shape &shape, unsigned seed)
{
    std::mt19937 generator(seed);
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    Tensor t(DataType::Float, shape);
    for (int64_t i = 0; i < t.elementCount(); ++i)
        t.data<float>()[i] = value(generator);
    return t;
}

Node makeNode(const std::string &opType, std::size_t inputs, Attributes attributes)
{
    Node node;
    node.opType = opType;
    node.name = opType + "_under_test";
    for (std::size_t i = 0; i < inputs; ++i)
        node.inputs.push_back("in" + std::to_string(i));
    node.outputs = {"out"};
    node.attributes = std::move(attributes);
    return node;
}

Expected<Tensor> runCpu(const Node &node, std::vector<const Tensor *> inputs)
{
    static ThreadPool pool(2);
    cpu::KernelContext context(node, 17, std::move(inputs), pool, int64_t(1) << 30);
    if (Status status = cpu::OpRegistry::instance().find(node.opType)->run(context); !status.ok())
        return status.error();
    return context.takeOutputs().at(0);
}

// Float32 sums in another order than the CPU's: the error of a sum of K products of values in
// [-1, 1] stays far below 1e-4 for the sizes here.
bool close(const Tensor &got, const Tensor &expected, QString *why)
{
    if (got.shape() != expected.shape()) {
        *why = QStringLiteral("shape %1, expected %2")
                   .arg(QString::fromStdString(shapeToString(got.shape())), QString::fromStdString(shapeToString(expected.shape())));
        return false;
    }
    for (int64_t i = 0; i < got.elementCount(); ++i) {
        const float a = got.data<float>()[i], e = expected.data<float>()[i];
        if (!(std::fabs(a - e) <= 1e-5f + 1e-4f * std::fabs(e))) {
            *why = QStringLiteral("element %1: %2, expected %3").arg(i).arg(double(a)).arg(double(e));
            return false;
        }
    }
    return true;
}

// What LinearOps.cu's MatMul launch does, on the host; Y starts as NaN (the arena is not
// zeroed), so an output matrix no call writes shows.
Tensor emulateMatMul(const MatMulPlan &plan, const Tensor &a, const Tensor &b)
{
    Tensor y(DataType::Float, plan.output);
    for (int64_t i = 0; i < y.elementCount(); ++i)
        y.data<float>()[i] = std::numeric_limits<float>::quiet_NaN();
    for (const GemmBatch &call : plan.calls)
        multiply(false, false, plan.m, plan.n, plan.k, 1.0f, 0.0f, a.data<float>(), b.data<float>(), y.data<float>(), call);
    return y;
}

// What LinearOps.cu's Conv launch does, on the host, with the kernels' narrow or wide indices.
template <typename Index>
Tensor emulateConv(const ConvPlan &p, const Tensor &x, const Tensor &w, const Tensor *bias)
{
    Tensor y(DataType::Float, p.output);
    float *py = y.data<float>();
    const float *px = x.data<float>(), *pw = w.data<float>(), *pb = bias ? bias->data<float>() : nullptr;
    const int64_t total = y.elementCount(), outSize = p.axes.outSize();
    if (p.path == ConvPath::Depthwise2d) {
        for (int64_t e = 0; e < total; ++e)
            py[e] = depthwiseValue(p.axes, p.channels, p.maps, p.groupMaps(), px, pw, pb, Index(e));
        return y;
    }
    // Without a bias the products must overwrite every element (beta 0): NaN shows one missed.
    for (int64_t e = 0; e < total; ++e)
        py[e] = pb ? pb[mapOf(Index(e), outSize, p.maps)] : std::numeric_limits<float>::quiet_NaN();
    std::vector<float> workspace(std::size_t(p.workspaceBytes) / sizeof(float), std::numeric_limits<float>::quiet_NaN());
    for (const ImageChunk &chunk : p.chunks) {
        const float *images = px + chunk.first * p.channels * p.axes.inSize();
        const float *columns = images;
        if (p.path == ConvPath::Columns) {
            const int64_t n = chunk.count * p.columnsPerImage;
            if (n > int64_t(workspace.size()))
                qFatal("im2col chunk of %lld floats exceeds the workspace", static_cast<long long>(n));
            for (int64_t e = 0; e < n; ++e)
                workspace[std::size_t(e)] = im2colValue(p.axes, images, Index(e));
            columns = workspace.data();
        }
        for (const GemmBatch &batch : chunk.gemms)
            multiply(false, false, p.groupMaps(), outSize, p.rows(), 1.0f, pb ? 1.0f : 0.0f, pw, columns,
                     py + chunk.first * p.maps * outSize, batch);
    }
    return y;
}

// What LinearOps.cu's ConvTranspose launch does, on the host.
template <typename Index>
Tensor emulateConvTranspose(const ConvTransposePlan &p, const Tensor &x, const Tensor &w, const Tensor *bias)
{
    Tensor y(DataType::Float, p.output);
    const int64_t inSize = p.axes.inSize(), outSize = p.axes.outSize();
    std::vector<float> columns(std::size_t(p.workspaceBytes) / sizeof(float), std::numeric_limits<float>::quiet_NaN());
    for (const ImageChunk &chunk : p.chunks) {
        if (chunk.count * p.columnsPerImage > int64_t(columns.size()))
            qFatal("column chunk exceeds the workspace");
        for (const GemmBatch &batch : chunk.gemms)
            multiply(true, false, p.rows(), inSize, p.groupChannels(), 1.0f, 0.0f, w.data<float>(),
                     x.data<float>() + chunk.first * p.channels * inSize, columns.data(), batch);
        float *target = y.data<float>() + chunk.first * p.maps * outSize;
        for (int64_t e = 0; e < chunk.count * p.maps * outSize; ++e)
            target[e] = col2imValue(p.axes, columns.data(), p.maps, bias ? bias->data<float>() : nullptr, Index(e));
    }
    return y;
}

struct ConvCase
{
    const char *name;
    Shape x, w;
    bool bias;
    Attributes attributes;
    ConvPath path = ConvPath::Columns;
};

} // namespace

class TestConvIndex : public QObject
{
    Q_OBJECT

private slots:
    void blasCallSwapsOperands()
    {
        // Row-major A [2, 3] times B [3, 2], written out by hand.
        const float a[] = {1, 2, 3, 4, 5, 6};
        const float b[] = {7, 8, 9, 10, 11, 12};
        float c[4] = {};
        multiply(false, false, 2, 2, 3, 1.0f, 0.0f, a, b, c, GemmBatch{});
        QCOMPARE(std::vector<float>(c, c + 4), (std::vector<float>{58, 64, 139, 154}));
        // The same with A stored transposed ([3, 2]) and B stored transposed ([2, 3]).
        const float at[] = {1, 4, 2, 5, 3, 6};
        const float bt[] = {7, 9, 11, 8, 10, 12};
        float d[4] = {};
        multiply(true, true, 2, 2, 3, 1.0f, 0.0f, at, bt, d, GemmBatch{});
        QCOMPARE(std::vector<float>(d, d + 4), (std::vector<float>{58, 64, 139, 154}));
        const BlasCall g = blasCall(true, false, 5, 7, 3, a, b, c, GemmBatch{});
        QCOMPARE(g.first, b);
        QCOMPARE(g.second, a);
        QCOMPARE((std::vector<int64_t>{g.m, g.n, g.k, g.ldFirst, g.ldSecond, g.ldc}),
                 (std::vector<int64_t>{7, 5, 3, 7, 5, 7}));
        QVERIFY(!g.transFirst && g.transSecond);
    }

    void matMulPlans()
    {
        // Broadcast both ways: A repeats along B's batch, B along A's.
        MatMulPlan p = planMatMul({2, 1, 3, 4}, {5, 4, 6});
        QVERIFY(p.error.empty());
        QCOMPARE(p.output, (Shape{2, 5, 3, 6}));
        QCOMPARE(p.calls, (std::vector<GemmBatch>{{5, 0, 0, 0, 0, 24, 18}, {5, 12, 0, 90, 0, 24, 18}}));
        // A dense layer over a batch: one product of 6 rows.
        p = planMatMul({2, 3, 4}, {4, 5});
        QCOMPARE(p.output, (Shape{2, 3, 5}));
        QCOMPARE(p.m, int64_t(6));
        QCOMPARE(p.calls, (std::vector<GemmBatch>{GemmBatch{}}));
        // Vectors: the added 1 goes away again.
        p = planMatMul({4}, {4, 6});
        QCOMPARE(p.output, (Shape{6}));
        QCOMPARE(p.m, int64_t(1));
        QCOMPARE(p.calls.size(), std::size_t(1));
        p = planMatMul({2, 3, 4}, {4});
        QCOMPARE(p.output, (Shape{2, 3}));
        QCOMPARE((std::vector<int64_t>{p.m, p.n, p.k}), (std::vector<int64_t>{6, 1, 4}));
        p = planMatMul({4}, {4});
        QCOMPARE(p.output, Shape{});
        // A fixed, B batched: one strided call with A's stride 0.
        p = planMatMul({3, 4}, {2, 4, 5});
        QCOMPARE(p.calls, (std::vector<GemmBatch>{{2, 0, 0, 0, 0, 20, 15}}));
        // Equal batch dims merge into one strided call.
        p = planMatMul({2, 3, 3, 4}, {2, 3, 4, 5});
        QCOMPARE(p.calls, (std::vector<GemmBatch>{{6, 0, 0, 0, 12, 20, 15}}));
        // Size-1 batch dims drop out before merging.
        p = planMatMul({2, 1, 3, 3, 4}, {2, 1, 3, 4, 5});
        QCOMPARE(p.calls, (std::vector<GemmBatch>{{6, 0, 0, 0, 12, 20, 15}}));
        // Crossed broadcasts do not merge: one call per outer index.
        p = planMatMul({3, 1, 2, 4}, {1, 4, 4, 5});
        QCOMPARE(p.output, (Shape{3, 4, 2, 5}));
        QCOMPARE(p.calls.size(), std::size_t(3));
        QCOMPARE(p.calls[2], (GemmBatch{4, 16, 0, 80, 0, 20, 10}));
        // Nothing to compute.
        p = planMatMul({0, 3, 4}, {4, 5});
        QCOMPARE(p.output, (Shape{0, 3, 5}));
        QVERIFY(p.calls.empty());
        // What the CPU engine refuses.
        QCOMPARE(planMatMul({3}, {4}).error, std::string("inner dimensions differ: [3] x [4]"));
        QCOMPARE(planMatMul({2, 3, 4}, {3, 4, 5}).error, std::string("batch dimensions do not broadcast"));
        QCOMPARE(planMatMul({}, {4}).error, std::string("MatMul of a scalar"));
    }

    void matMulMatchesCpu()
    {
        const std::vector<std::pair<Shape, Shape>> cases = {
            {{2, 1, 3, 4}, {5, 4, 6}}, {{4}, {4, 6}}, {{2, 3, 4}, {4, 5}}, {{2, 3, 4}, {4}}, {{4}, {4}},
            {{3, 4}, {2, 4, 5}}, {{2, 3, 3, 4}, {2, 3, 4, 5}}, {{3, 1, 2, 4}, {1, 4, 4, 5}}, {{1, 7}, {7, 1}},
            {{2, 2, 1, 3, 5}, {2, 1, 5, 2}}};
        unsigned seed = 1;
        for (const auto &[sa, sb] : cases) {
            const Tensor a = randomTensor(sa, seed++), b = randomTensor(sb, seed++);
            const MatMulPlan plan = planMatMul(sa, sb);
            QVERIFY(plan.error.empty());
            const Tensor y = emulateMatMul(plan, a, b);
            auto expected = runCpu(makeNode("MatMul", 2, {}), {&a, &b});
            QVERIFY(expected.ok());
            QString why;
            QVERIFY2(close(y, *expected, &why),
                     qPrintable(QString::fromStdString(shapeToString(sa) + " x " + shapeToString(sb) + ": ") + why));
        }
    }

    void randomMatMulsMatchCpu()
    {
        // Random ranks (1 to 5 a side) and batch dims that broadcast (1 against n, missing axes):
        // the planned calls must cover every output matrix exactly as the CPU engine computes it.
        std::mt19937 rng(2026);
        const auto pick = [&](int64_t low, int64_t high) { return std::uniform_int_distribution<int64_t>(low, high)(rng); };
        for (int round = 0; round < 300; ++round) {
            const int64_t m = pick(1, 4), k = pick(1, 4), n = pick(1, 4);
            const int64_t batchRank = pick(0, 3);
            Shape batch;
            for (int64_t d = 0; d < batchRank; ++d)
                batch.push_back(pick(1, 3));
            // Each side keeps a suffix of the batch dims, some of them 1.
            const auto side = [&]() {
                Shape s(batch.begin() + pick(0, batchRank), batch.end());
                for (int64_t &d : s)
                    d = pick(0, 2) == 0 ? 1 : d;
                return s;
            };
            Shape sa = side(), sb = side();
            sa.insert(sa.end(), {m, k});
            sb.insert(sb.end(), {k, n});
            if (pick(0, 5) == 0)
                sa = {k}; // a vector on either side now and then
            else if (pick(0, 5) == 0)
                sb = {k};
            const Tensor a = randomTensor(sa, unsigned(2 * round)), b = randomTensor(sb, unsigned(2 * round + 1));
            const MatMulPlan plan = planMatMul(sa, sb);
            const std::string what = shapeToString(sa) + " x " + shapeToString(sb);
            QVERIFY2(plan.error.empty(), what.c_str());
            const Tensor y = emulateMatMul(plan, a, b);
            auto expected = runCpu(makeNode("MatMul", 2, {}), {&a, &b});
            QVERIFY2(expected.ok(), what.c_str());
            QString why;
            QVERIFY2(close(y, *expected, &why), qPrintable(QString::fromStdString(what + ": ") + why));
        }
    }

    void gemmMatchesCpu()
    {
        const int64_t m = 3, n = 4, k = 5;
        const std::vector<Shape> cShapes = {{}, {n}, {m, 1}, {1}, {m, n}, {1, n}};
        unsigned seed = 100;
        for (int trans = 0; trans < 4; ++trans) {
            const bool transA = trans & 1, transB = trans & 2;
            for (std::size_t ci = 0; ci <= cShapes.size(); ++ci) {
                const bool hasC = ci < cShapes.size();
                const Tensor a = randomTensor(transA ? Shape{k, m} : Shape{m, k}, seed++);
                const Tensor b = randomTensor(transB ? Shape{n, k} : Shape{k, n}, seed++);
                const Tensor c = randomTensor(hasC ? cShapes[ci] : Shape{1}, seed++);
                const float alpha = 0.5f, beta = 2.0f;
                // LinearOps.cu: beta * C broadcast into Y, then the product added to it.
                Tensor y(DataType::Float, {m, n});
                if (hasC) {
                    const auto plan = cpu::planBroadcast({Shape{m, n}, c.shape()});
                    QVERIFY(plan && plan->output == (Shape{m, n}));
                    for (int64_t e = 0; e < m * n; ++e)
                        y.data<float>()[e] = beta * c.data<float>()[broadcastOffset(e, n, plan->strides[1][0], plan->strides[1][1])];
                }
                multiply(transA, transB, m, n, k, alpha, hasC ? 1.0f : 0.0f, a.data<float>(), b.data<float>(), y.data<float>(), GemmBatch{});
                const Node node = makeNode("Gemm", hasC ? 3 : 2,
                    {{"transA", int64_t(transA)}, {"transB", int64_t(transB)}, {"alpha", alpha}, {"beta", beta}});
                auto expected = hasC ? runCpu(node, {&a, &b, &c}) : runCpu(node, {&a, &b});
                QVERIFY(expected.ok());
                QString why;
                QVERIFY2(close(y, *expected, &why), qPrintable(QStringLiteral("trans %1, C %2: ").arg(trans).arg(ci) + why));
            }
        }
    }

    void convMatchesCpu()
    {
        using V = std::vector<int64_t>;
        const std::vector<ConvCase> cases = {
            {"asymmetric pads, strides, dilations", {1, 3, 7, 9}, {4, 3, 3, 3}, true,
             {{"pads", V{1, 0, 2, 1}}, {"strides", V{2, 1}}, {"dilations", V{1, 2}}}},
            {"groups 2, more images than groups", {3, 4, 6, 5}, {6, 2, 3, 2}, false, {{"group", int64_t(2)}, {"strides", V{2, 2}}}},
            {"groups 2, one image", {1, 4, 6, 5}, {6, 2, 3, 2}, true, {{"group", int64_t(2)}, {"pads", V{0, 1, 1, 0}}}},
            {"depthwise, multiplier 2", {2, 3, 8, 7}, {6, 1, 3, 3}, true,
             {{"group", int64_t(3)}, {"pads", V{1, 1, 1, 1}}, {"strides", V{2, 2}}}, ConvPath::Depthwise2d},
            {"depthwise, SAME_UPPER, dilation 2", {1, 4, 9, 9}, {4, 1, 3, 3}, false,
             {{"group", int64_t(4)}, {"auto_pad", std::string("SAME_UPPER")}, {"strides", V{2, 2}}, {"dilations", V{2, 2}}},
             ConvPath::Depthwise2d},
            {"pointwise", {3, 8, 5, 5}, {16, 8, 1, 1}, true, {}, ConvPath::Pointwise},
            {"pointwise, groups 2", {2, 8, 4, 4}, {6, 4, 1, 1}, false, {{"group", int64_t(2)}}, ConvPath::Pointwise},
            {"1x1 with stride 2", {2, 4, 7, 7}, {5, 4, 1, 1}, true, {{"strides", V{2, 2}}}},
            {"1-D", {2, 3, 11}, {5, 3, 4}, true, {{"strides", V{3}}, {"pads", V{2, 1}}, {"dilations", V{2}}}},
            {"1-D depthwise goes through columns", {1, 2, 9}, {2, 1, 3}, false, {{"group", int64_t(2)}}},
            {"3-D", {1, 2, 5, 6, 4}, {3, 2, 2, 3, 2}, true,
             {{"strides", V{1, 2, 1}}, {"pads", V{1, 0, 0, 1, 1, 0}}, {"dilations", V{2, 1, 1}}}},
            {"3-D, groups 2", {1, 4, 3, 4, 5}, {2, 2, 1, 2, 3}, false, {{"group", int64_t(2)}}},
            {"SAME_LOWER, stride 2", {1, 2, 6, 6}, {2, 2, 4, 4}, false, {{"auto_pad", std::string("SAME_LOWER")}, {"strides", V{2, 2}}}},
            {"VALID ignores pads", {1, 2, 6, 7}, {3, 2, 3, 3}, true, {{"auto_pad", std::string("VALID")}, {"pads", V{1, 1, 1, 1}}}},
        };
        unsigned seed = 200;
        for (const ConvCase &c : cases) {
            const Tensor x = randomTensor(c.x, seed++), w = randomTensor(c.w, seed++), b = randomTensor({c.w[0]}, seed++);
            const Node node = makeNode("Conv", c.bias ? 3 : 2, c.attributes);
            auto plan = planConv(node, 17, c.x, c.w, c.bias ? c.w[0] : -1);
            QVERIFY2(plan.ok(), c.name);
            QVERIFY2(plan->path == c.path, c.name);
            auto expected = c.bias ? runCpu(node, {&x, &w, &b}) : runCpu(node, {&x, &w});
            QVERIFY2(expected.ok(), c.name);
            QString why;
            QVERIFY2(close(emulateConv<uint32_t>(*plan, x, w, c.bias ? &b : nullptr), *expected, &why),
                     qPrintable(QString::fromUtf8(c.name) + QStringLiteral(": ") + why));
            QVERIFY2(close(emulateConv<int64_t>(*plan, x, w, c.bias ? &b : nullptr), *expected, &why),
                     qPrintable(QString::fromUtf8(c.name) + QStringLiteral(", wide indices: ") + why));
        }
    }

    void convChunksBoundTheColumns()
    {
        const Node node = makeNode("Conv", 3, {{"pads", std::vector<int64_t>{1, 1, 1, 1}}, {"group", int64_t(2)}});
        const Shape xs{5, 4, 6, 7}, ws{6, 2, 3, 3};
        const int64_t perImage = 4 * 9 * 6 * 7; // channels * kernel * output positions
        // Room for two images: chunks of 2, 2, 1, and never more workspace than that.
        auto plan = planConv(node, 17, xs, ws, 6, 2 * perImage * 4 + 3);
        QVERIFY(plan.ok());
        QCOMPARE(plan->columnsPerImage, perImage);
        QCOMPARE(plan->chunks.size(), std::size_t(3));
        QCOMPARE(plan->chunks[2].first, int64_t(4));
        QCOMPARE(plan->chunks[2].count, int64_t(1));
        QCOMPARE(plan->workspaceBytes, 2 * perImage * 4);
        // Groups (2) are fewer than images (2): per group, batched over the chunk's images.
        QCOMPARE(plan->chunks[0].gemms.size(), std::size_t(2));
        QCOMPARE(plan->chunks[2].gemms.size(), std::size_t(1)); // one image: per image over groups
        const Tensor x = randomTensor(xs, 7), w = randomTensor(ws, 8), b = randomTensor({6}, 9);
        auto expected = runCpu(node, {&x, &w, &b});
        QVERIFY(expected.ok());
        QString why;
        QVERIFY2(close(emulateConv<uint32_t>(*plan, x, w, &b), *expected, &why), qPrintable(why));
        // A budget below one image still makes progress, one image at a time.
        plan = planConv(node, 17, xs, ws, 6, 16);
        QVERIFY(plan.ok());
        QCOMPARE(plan->chunks.size(), std::size_t(5));
        QCOMPARE(plan->workspaceBytes, perImage * 4);
    }

    void convRefusesWhatTheCpuRefuses()
    {
        const Node node = makeNode("Conv", 2, {});
        auto plan = planConv(node, 17, {1, 3, 5, 5}, {4, 2, 3, 3}, -1);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().detail, std::string("channels 3 do not split into 1 groups of W [4,2,3,3]"));
        QCOMPARE(plan.error().opType, std::string("Conv"));
        plan = planConv(node, 17, {1, 3, 2, 2}, {4, 3, 3, 3}, -1);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().detail, std::string("kernel larger than the padded input"));
        plan = planConv(node, 17, {1, 3, 5, 5}, {4, 3, 3, 3}, 3);
        QVERIFY(!plan.ok());
        // Four spatial axes: the CPU runs them, the GPU says it cannot.
        plan = planConv(node, 17, {1, 1, 2, 2, 2, 2}, {1, 1, 1, 1, 1, 1}, -1);
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().detail.find("4 spatial axes") != std::string::npos);
    }

    void convTransposeMatchesCpu()
    {
        using V = std::vector<int64_t>;
        const std::vector<ConvCase> cases = {
            {"stride 2, pads, output_padding", {1, 2, 3, 3}, {2, 3, 3, 3}, true,
             {{"strides", V{2, 2}}, {"pads", V{1, 1, 1, 1}}, {"output_padding", V{1, 1}}}},
            {"groups 2, dilations", {2, 4, 3, 4}, {4, 2, 2, 3}, false,
             {{"group", int64_t(2)}, {"strides", V{2, 1}}, {"dilations", V{1, 2}}}},
            {"groups 3, one image", {1, 3, 4, 3}, {3, 2, 3, 2}, true, {{"group", int64_t(3)}, {"pads", V{0, 1, 1, 0}}}},
            {"output_shape", {1, 1, 3, 4}, {1, 2, 3, 3}, false, {{"strides", V{2, 2}}, {"output_shape", V{7, 8}}}},
            {"output_shape beyond the full size", {1, 1, 3, 3}, {1, 1, 3, 3}, false, {{"strides", V{2, 2}}, {"output_shape", V{9, 10}}}},
            {"SAME_UPPER", {1, 2, 3, 3}, {2, 2, 3, 3}, true, {{"strides", V{2, 2}}, {"auto_pad", std::string("SAME_UPPER")}}},
            {"SAME_LOWER", {1, 2, 3, 4}, {2, 1, 4, 3}, false, {{"strides", V{2, 3}}, {"auto_pad", std::string("SAME_LOWER")}}},
            {"1-D", {2, 3, 5}, {3, 2, 4}, true, {{"strides", V{3}}, {"pads", V{1, 2}}}},
            {"3-D", {1, 2, 2, 3, 2}, {2, 2, 2, 2, 3}, true, {{"strides", V{2, 1, 2}}, {"output_padding", V{1, 0, 1}}}},
        };
        unsigned seed = 300;
        for (const ConvCase &c : cases) {
            const int64_t group = c.attributes.count("group") ? std::get<int64_t>(c.attributes.at("group")) : 1;
            const Tensor x = randomTensor(c.x, seed++), w = randomTensor(c.w, seed++), b = randomTensor({c.w[1] * group}, seed++);
            const Node node = makeNode("ConvTranspose", c.bias ? 3 : 2, c.attributes);
            auto plan = planConvTranspose(node, 17, c.x, c.w, c.bias ? c.w[1] * group : -1);
            QVERIFY2(plan.ok(), c.name);
            auto expected = c.bias ? runCpu(node, {&x, &w, &b}) : runCpu(node, {&x, &w});
            QVERIFY2(expected.ok(), c.name);
            QString why;
            QVERIFY2(close(emulateConvTranspose<uint32_t>(*plan, x, w, c.bias ? &b : nullptr), *expected, &why),
                     qPrintable(QString::fromUtf8(c.name) + QStringLiteral(": ") + why));
            QVERIFY2(close(emulateConvTranspose<int64_t>(*plan, x, w, c.bias ? &b : nullptr), *expected, &why),
                     qPrintable(QString::fromUtf8(c.name) + QStringLiteral(", wide indices: ") + why));
        }
    }

    void col2imGatherEqualsScatter()
    {
        // Every (kernel position, input position) pair scatters to at most one output (negative
        // padding too): the gather must pick up exactly the pairs the scatter adds.
        ConvAxes a;
        a.rank = 2;
        const int64_t in[] = {3, 4}, kernel[] = {3, 2}, stride[] = {2, 3}, dilation[] = {2, 1}, pad[] = {1, -1};
        for (int d = 0; d < 2; ++d) {
            a.in[d] = in[d];
            a.kernel[d] = kernel[d];
            a.stride[d] = stride[d];
            a.dilation[d] = dilation[d];
            a.padBegin[d] = pad[d];
            a.out[d] = stride[d] * (in[d] - 1) + (kernel[d] - 1) * dilation[d] + 1 - pad[d];
        }
        // Distinct small integers per (kernel position, input position): sums stay exact.
        std::vector<float> columns(std::size_t(a.kernelSize() * a.inSize()));
        for (std::size_t i = 0; i < columns.size(); ++i)
            columns[i] = float(i + 1);
        std::vector<float> scattered(std::size_t(a.outSize()), 0.5f); // the bias
        for (int64_t kh = 0; kh < 3; ++kh)
            for (int64_t kw = 0; kw < 2; ++kw)
                for (int64_t ih = 0; ih < 3; ++ih)
                    for (int64_t iw = 0; iw < 4; ++iw) {
                        const int64_t oh = ih * 2 + kh * 2 - 1, ow = iw * 3 + kw + 1;
                        if (oh >= 0 && oh < a.out[0] && ow >= 0 && ow < a.out[1])
                            scattered[std::size_t(oh * a.out[1] + ow)] += columns[std::size_t((kh * 2 + kw) * 12 + ih * 4 + iw)];
                    }
        const float bias = 0.5f;
        for (int64_t e = 0; e < a.outSize(); ++e) {
            QCOMPARE(col2imValue(a, columns.data(), 1, &bias, uint32_t(e)), scattered[std::size_t(e)]);
            QCOMPARE(col2imValue(a, columns.data(), 1, &bias, e), scattered[std::size_t(e)]);
        }
    }

    void narrowIndicesOnlyWhereTheyFit()
    {
        ConvAxes a;
        a.rank = 2;
        for (int d = 0; d < 2; ++d) {
            a.in[d] = a.out[d] = 224;
            a.kernel[d] = 3;
            a.stride[d] = a.dilation[d] = a.padBegin[d] = 1;
        }
        QVERIFY(narrowIndices(a, int64_t(32) * 64 * 9 * 224 * 224));
        QVERIFY(!narrowIndices(a, int64_t(1) << 32)); // the element index itself
        a.padBegin[1] = -(int64_t(1) << 31);          // window arithmetic past 32 bits
        QVERIFY(!narrowIndices(a, 1000));
        a.padBegin[1] = 1;
        a.out[0] = int64_t(1) << 31;
        QVERIFY(!narrowIndices(a, 1000));
    }

    void randomConvolutionsMatchCpu()
    {
        // The cases above are picked by hand; these are not: a few hundred Conv and ConvTranspose
        // geometries (1 to 3 axes, groups and multipliers, strides past the kernel, dilations,
        // pads, auto_pad, output_padding, chunked and unchunked columns) through the launches'
        // emulation. Whatever the CPU engine runs, the plan must run and agree with it.
        std::mt19937 rng(2026);
        const auto pick = [&](int64_t low, int64_t high) { return std::uniform_int_distribution<int64_t>(low, high)(rng); };
        const char *autoPads[] = {"NOTSET", "NOTSET", "NOTSET", "VALID", "SAME_UPPER", "SAME_LOWER"};
        int compared[2] = {0, 0};
        for (int round = 0; round < 600; ++round) {
            const bool transpose = round % 2 == 1;
            const int64_t axes = pick(1, 3), group = pick(1, 3);
            const int64_t channels = group * pick(1, 2), maps = group * pick(1, 3);
            Shape xs{pick(1, 3), channels};
            Shape ws = transpose ? Shape{channels, maps / group} : Shape{maps, channels / group};
            std::vector<int64_t> strides, dilations, pads(std::size_t(2 * axes)), outputPadding;
            for (int64_t d = 0; d < axes; ++d) {
                xs.push_back(pick(1, axes == 3 ? 5 : 8));
                ws.push_back(pick(1, 3));
                strides.push_back(pick(1, 3));
                dilations.push_back(pick(1, 2));
                outputPadding.push_back(pick(0, strides.back() - 1));
            }
            for (int64_t &pad : pads)
                pad = pick(0, 2);
            Attributes attributes{{"group", group}, {"strides", strides}, {"dilations", dilations}, {"pads", pads},
                                  {"auto_pad", std::string(autoPads[pick(0, 5)])}};
            if (transpose)
                attributes.emplace("output_padding", outputPadding);
            const bool bias = pick(0, 1) == 1;
            const Node node = makeNode(transpose ? "ConvTranspose" : "Conv", bias ? 3 : 2, attributes);
            const Tensor x = randomTensor(xs, unsigned(3 * round)), w = randomTensor(ws, unsigned(3 * round + 1));
            const Tensor b = randomTensor({maps}, unsigned(3 * round + 2));
            auto expected = bias ? runCpu(node, {&x, &w, &b}) : runCpu(node, {&x, &w});
            if (!expected.ok())
                continue; // the CPU engine refuses it (a kernel larger than the padded input, ...)
            // Room for one or two images' columns now and then, so chunks are exercised too.
            const int64_t budget = pick(0, 2) == 0 ? pick(1, 3000) : kColumnBudgetBytes;
            const std::string what = node.opType + " x " + shapeToString(xs) + " w " + shapeToString(ws) + " group "
                + std::to_string(group) + " round " + std::to_string(round);
            const Tensor *pb = bias ? &b : nullptr;
            Tensor narrow, wide; // the launch's results with 32-bit and 64-bit index arithmetic
            if (transpose) {
                auto plan = planConvTranspose(node, 17, xs, ws, bias ? maps : -1, budget);
                QVERIFY2(plan.ok(), what.c_str());
                narrow = emulateConvTranspose<uint32_t>(*plan, x, w, pb);
                wide = emulateConvTranspose<int64_t>(*plan, x, w, pb);
            } else {
                auto plan = planConv(node, 17, xs, ws, bias ? maps : -1, budget);
                QVERIFY2(plan.ok(), what.c_str());
                narrow = emulateConv<uint32_t>(*plan, x, w, pb);
                wide = emulateConv<int64_t>(*plan, x, w, pb);
            }
            QString why;
            QVERIFY2(close(narrow, *expected, &why), qPrintable(QString::fromStdString(what + ": ") + why));
            QVERIFY2(close(wide, *expected, &why), qPrintable(QString::fromStdString(what + ", wide indices: ") + why));
            ++compared[transpose ? 1 : 0];
        }
        // Most geometries run: the sweep is not vacuous.
        QVERIFY2(compared[0] > 150 && compared[1] > 150,
                 qPrintable(QStringLiteral("%1 Conv and %2 ConvTranspose cases compared").arg(compared[0]).arg(compared[1])));
    }

    void convTransposeRefusesWhatTheCpuRefuses()
    {
        Node node = makeNode("ConvTranspose", 2, {{"output_padding", std::vector<int64_t>{1}}});
        auto plan = planConvTranspose(node, 17, {1, 2, 3, 3}, {2, 2, 3, 3}, -1);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().detail, std::string("attributes do not match 2 spatial axes"));
        node = makeNode("ConvTranspose", 2, {});
        plan = planConvTranspose(node, 17, {1, 3, 3, 3}, {2, 2, 3, 3}, -1);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().detail, std::string("X [1,3,3,3] and W [2,2,3,3] do not fit"));
    }
};

QTEST_GUILESS_MAIN(TestConvIndex)
#include "tst_convindex.moc"

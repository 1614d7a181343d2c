// sgemm against a naive float64 product: every micro-kernel this CPU can run, odd sizes that
// leave edge tiles in both directions, k across several cache blocks, transposed operands, a
// row stride of C wider than n, several threads, and the epilogue. Each element must stay
// within the error bound Sgemm.h documents.
#include "core/validation/engine/cpu/Sgemm.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace fleetdeck::validation;
using namespace fleetdeck::validation::cpu;

Q_DECLARE_METATYPE(fleetdeck::validation::cpu::GemmKernel)

namespace {

struct Operand
{
    std::vector<float> values;
    MatrixView view;
};

// rows x cols, stored transposed when asked (the view swaps the strides back).
Operand randomMatrix(int64_t rows, int64_t cols, bool transposed, std::mt19937 &rng)
{
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    Operand o;
    o.values.resize(static_cast<std::size_t>(std::max<int64_t>(1, rows * cols)));
    for (float &v : o.values)
        v = dist(rng);
    o.view = transposed ? MatrixView{o.values.data(), 1, rows} : MatrixView{o.values.data(), cols, 1};
    return o;
}

float at(const MatrixView &v, int64_t r, int64_t c)
{
    return v.data[r * v.rowStride + c * v.colStride];
}

} // namespace

class tst_Sgemm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void matchesFloat64Reference_data()
    {
        QTest::addColumn<GemmKernel>("kernel");
        QTest::addColumn<int>("threads");
        QTest::addColumn<qint64>("m");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<qint64>("k");
        QTest::addColumn<bool>("transA");
        QTest::addColumn<bool>("transB");
        const struct
        {
            const char *name;
            qint64 m, n, k;
            bool transA, transB;
        } shapes[] = {
            {"1x1x1", 1, 1, 1, false, false},
            {"odd 5x7x3", 5, 7, 3, false, false},
            {"edge tiles 13x33x17", 13, 33, 17, false, false},
            {"k over three blocks 37x70x600", 37, 70, 600, false, false},
            {"one row 1x2049x300", 1, 2049, 300, false, false},
            {"two rows, B transposed 2x1500x700", 2, 1500, 700, false, true},
            {"three rows 3x600x530", 3, 600, 530, false, false},
            {"one column 70x1x513", 70, 1, 513, false, false},
            {"conv-like 64x49x576", 64, 49, 576, false, false},
            {"wide n over panels 17x1100x40", 17, 1100, 40, false, false},
            {"A transposed 29x31x257", 29, 31, 257, true, false},
            {"B transposed 29x31x257", 29, 31, 257, false, true},
            {"both transposed 9x100x65", 9, 100, 65, true, true},
        };
        for (GemmKernel kernel : {GemmKernel::Portable, GemmKernel::Avx2, GemmKernel::Avx512}) {
            if (!gemmKernelAvailable(kernel))
                continue;
            for (int threads : {1, 3}) {
                for (const auto &s : shapes) {
                    QTest::addRow("%s, %d threads, %s", gemmKernelName(kernel), threads, s.name)
                        << kernel << threads << s.m << s.n << s.k << s.transA << s.transB;
                }
            }
        }
    }

    void matchesFloat64Reference()
    {
        QFETCH(GemmKernel, kernel);
        QFETCH(int, threads);
        QFETCH(qint64, m);
        QFETCH(qint64, n);
        QFETCH(qint64, k);
        QFETCH(bool, transA);
        QFETCH(bool, transB);
        std::mt19937 rng(static_cast<unsigned>(m * 7919 + n * 104729 + k));
        const Operand a = randomMatrix(m, k, transA, rng);
        const Operand b = randomMatrix(k, n, transB, rng);
        // C wider than n, pre-filled with garbage: sgemm must overwrite, never read, old values.
        const int64_t ldc = n + 3;
        std::vector<float> c(static_cast<std::size_t>(m * ldc), 1e30f);
        ThreadPool pool(threads);
        sgemm(pool, m, n, k, a.view, b.view, c.data(), ldc, {}, kernel);

        const int64_t blocks = (int64_t(k) + gemmBlockK - 1) / gemmBlockK;
        const double unit = std::ldexp(1.0, -24);
        for (int64_t i = 0; i < m; ++i) {
            for (int64_t j = 0; j < n; ++j) {
                double exact = 0.0, magnitude = 0.0;
                for (int64_t p = 0; p < k; ++p) {
                    const double term = double(at(a.view, i, p)) * double(at(b.view, p, j));
                    exact += term;
                    magnitude += std::abs(term);
                }
                // The documented bound, plus the final rounding to float.
                const double bound = double(std::min<int64_t>(k, gemmBlockK) + blocks) * unit * magnitude
                    + unit * std::abs(exact) + 1e-30;
                const double got = c[std::size_t(i * ldc + j)];
                if (!(std::abs(got - exact) <= bound))
                    QFAIL(qPrintable(QStringLiteral("C[%1,%2] = %3, expected %4 within %5")
                                         .arg(i).arg(j).arg(got, 0, 'g', 9).arg(exact, 0, 'g', 9).arg(bound)));
            }
        }
    }

    void epilogueAddsBiasesAndClamps()
    {
        for (GemmKernel kernel : {GemmKernel::Portable, GemmKernel::Avx2, GemmKernel::Avx512}) {
            if (!gemmKernelAvailable(kernel))
                continue;
            const int64_t m = 11, n = 21, k = 5;
            std::mt19937 rng(3);
            const Operand a = randomMatrix(m, k, false, rng);
            const Operand b = randomMatrix(k, n, false, rng);
            std::vector<float> rowBias(m), columnBias(n);
            for (int64_t i = 0; i < m; ++i)
                rowBias[std::size_t(i)] = 0.25f * float(i) - 1.0f;
            for (int64_t j = 0; j < n; ++j)
                columnBias[std::size_t(j)] = 0.125f * float(j % 5);
            GemmEpilogue epilogue;
            epilogue.rowBias = rowBias.data();
            epilogue.columnBias = columnBias.data();
            epilogue.minValue = 0.0f;
            epilogue.maxValue = 1.5f;
            std::vector<float> c(static_cast<std::size_t>(m * n));
            ThreadPool pool(2);
            sgemm(pool, m, n, k, a.view, b.view, c.data(), n, epilogue, kernel);
            for (int64_t i = 0; i < m; ++i) {
                for (int64_t j = 0; j < n; ++j) {
                    double sum = rowBias[std::size_t(i)] + columnBias[std::size_t(j)];
                    for (int64_t p = 0; p < k; ++p)
                        sum += double(at(a.view, i, p)) * double(at(b.view, p, j));
                    QVERIFY2(std::abs(c[std::size_t(i * n + j)] - std::clamp(sum, 0.0, 1.5)) < 1e-5,
                             gemmKernelName(kernel));
                }
            }
        }
    }

    void packedBGivesTheSameProduct()
    {
        // k over two blocks and n over several slivers with a ragged end, the layout written by
        // hand from packedBSliver(): sgemmPackedB must read exactly what sgemm would have packed.
        const int64_t m = 19, n = 77, k = 300, nr = gemmPanelWidth();
        std::mt19937 rng(11);
        const Operand a = randomMatrix(m, k, false, rng);
        const Operand b = randomMatrix(k, n, false, rng);
        std::vector<float> packed(static_cast<std::size_t>(packedBSize(n, k, nr)), 1e30f);
        for (int64_t p = 0; p < k; ++p) {
            for (int64_t s = 0; s * nr < n; ++s) {
                for (int64_t j = 0; j < nr; ++j)
                    packed[std::size_t(packedBSliver(p, s, n, k, nr) + j)] = s * nr + j < n ? at(b.view, p, s * nr + j) : 0.0f;
            }
        }
        ThreadPool pool(2);
        std::vector<float> expected(static_cast<std::size_t>(m * n)), got(expected.size());
        sgemm(pool, m, n, k, a.view, b.view, expected.data(), n);
        sgemmPackedB(pool, m, n, k, a.view, packed.data(), got.data(), n);
        QCOMPARE(got, expected);
    }

    void emptyInnerDimensionGivesTheBias()
    {
        const float rowBias[2] = {1.5f, -2.0f};
        std::vector<float> c(6, 42.0f);
        GemmEpilogue epilogue;
        epilogue.rowBias = rowBias;
        ThreadPool pool(1);
        sgemm(pool, 2, 3, 0, MatrixView{nullptr, 0, 1}, MatrixView{nullptr, 3, 1}, c.data(), 3, epilogue);
        QCOMPARE(c, (std::vector<float>{1.5f, 1.5f, 1.5f, -2.0f, -2.0f, -2.0f}));
    }

    void bestKernelIsAvailable()
    {
        QVERIFY(gemmKernelAvailable(bestGemmKernel()));
        QVERIFY(gemmKernelAvailable(GemmKernel::Portable));
    }
};

QTEST_GUILESS_MAIN(tst_Sgemm)
#include "tst_sgemm.moc"

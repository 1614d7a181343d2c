// sgemm's epilogue as a fused Conv uses it (row bias, residual, clamp, no column bias): the
// micro-kernels apply it in registers on the last block of k, the edge tiles in a pass. Either
// way C must hold, bit for bit, what the plain product followed by separate adds and a clamp in
// float gives, for every kernel this CPU has, edge tiles, several k blocks and threads.
#include "core/validation/engine/cpu/Sgemm.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace fleetdeck::validation;
using namespace fleetdeck::validation::cpu;

Q_DECLARE_METATYPE(fleetdeck::validation::cpu::GemmKernel)

namespace {

std::vector<float> randomValues(int64_t count, std::mt19937 &rng)
{
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    std::vector<float> v(static_cast<std::size_t>(count));
    for (float &e : v)
        e = dist(rng);
    return v;
}

} // namespace

class tst_SgemmEpilogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void equalsSeparatePasses_data()
    {
        QTest::addColumn<GemmKernel>("kernel");
        QTest::addColumn<int>("threads");
        QTest::addColumn<qint64>("m");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<qint64>("k");
        const struct
        {
            const char *name;
            qint64 m, n, k;
        } shapes[] = {
            {"edge tiles 13x33x17", 13, 33, 17},
            {"k over three blocks 37x70x600", 37, 70, 600},
            {"MobileNet 7x7 layer 200x49x160", 200, 49, 160},
        };
        for (GemmKernel kernel : {GemmKernel::Portable, GemmKernel::Avx2, GemmKernel::Avx512}) {
            if (!gemmKernelAvailable(kernel))
                continue;
            for (int threads : {1, 3}) {
                for (const auto &s : shapes) {
                    QTest::addRow("%s, %d threads, %s", gemmKernelName(kernel), threads, s.name)
                        << kernel << threads << s.m << s.n << s.k;
                }
            }
        }
    }

    void equalsSeparatePasses()
    {
        QFETCH(GemmKernel, kernel);
        QFETCH(int, threads);
        QFETCH(qint64, m);
        QFETCH(qint64, n);
        QFETCH(qint64, k);
        std::mt19937 rng(11);
        const std::vector<float> a = randomValues(m * k, rng), b = randomValues(k * n, rng);
        const std::vector<float> rowBias = randomValues(m, rng);
        // A residual with its own row stride, and a NaN that must come through the clamp.
        const int64_t residualStride = n + 3;
        std::vector<float> residual = randomValues(m * residualStride, rng);
        residual[std::size_t(residualStride + 1)] = std::numeric_limits<float>::quiet_NaN();
        const float low = -0.5f, high = 0.7f;
        ThreadPool pool(threads);

        std::vector<float> expected(static_cast<std::size_t>(m * n));
        sgemm(pool, m, n, k, MatrixView{a.data(), k, 1}, MatrixView{b.data(), n, 1}, expected.data(), n, {}, kernel);
        for (int64_t i = 0; i < m; ++i) {
            for (int64_t j = 0; j < n; ++j) {
                float &v = expected[std::size_t(i * n + j)];
                v += rowBias[std::size_t(i)];
                v += residual[std::size_t(i * residualStride + j)];
                v = std::min(std::max(v, low), high);
            }
        }

        GemmEpilogue epilogue;
        epilogue.rowBias = rowBias.data();
        epilogue.residual = residual.data();
        epilogue.residualStride = residualStride;
        epilogue.minValue = low;
        epilogue.maxValue = high;
        std::vector<float> c(static_cast<std::size_t>(m * n), 99.0f);
        sgemm(pool, m, n, k, MatrixView{a.data(), k, 1}, MatrixView{b.data(), n, 1}, c.data(), n, epilogue, kernel);

        QVERIFY(std::isnan(c[std::size_t(n + 1)]));
        QVERIFY(std::count(c.begin(), c.end(), high) > 0 && std::count(c.begin(), c.end(), low) > 0);
        for (std::size_t i = 0; i < c.size(); ++i) {
            if (std::isnan(expected[i]))
                QVERIFY(std::isnan(c[i]));
            else
                QVERIFY2(c[i] == expected[i], qPrintable(QStringLiteral("element %1: %2 vs %3").arg(i).arg(c[i]).arg(expected[i])));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SgemmEpilogue)
#include "tst_sgemmepilogue.moc"

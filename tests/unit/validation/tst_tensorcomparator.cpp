// TensorComparator: the rtol/atol rule, NaN and Inf handling, and the tolerance that would
// have been needed.
#include "core/validation/engine/TensorComparator.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace fleetdeck::validation;

namespace {
Tensor floats(std::vector<float> values)
{
    return Tensor::fromVector<float>(DataType::Float, {int64_t(values.size())}, values);
}
} // namespace

class tst_TensorComparator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void appliesAtolPlusRtolTimesExpected()
    {
        const TensorComparator comparator(Tolerance{1e-3, 1e-5});
        // |a - e| = 0.0009 <= 1e-5 + 1e-3 * 1: inside; 0.0011 outside.
        QVERIFY(comparator.compare("y", floats({1.0009f}), floats({1.f})).passed());
        const OutputComparison off = comparator.compare("y", floats({0.f, 1.0011f}), floats({0.f, 1.f}));
        QVERIFY(!off.passed());
        QCOMPARE(off.mismatches, int64_t(1));
        QCOMPARE(off.firstMismatch, int64_t(1));
        QVERIFY(std::abs(off.maxAbsError - 0.0011) < 1e-6);
        QVERIFY(std::abs(off.maxRelError - 0.0011) < 1e-6);
        // Near zero only atol counts.
        QVERIFY(comparator.compare("y", floats({9e-6f}), floats({0.f})).passed());
        QVERIFY(!comparator.compare("y", floats({2e-5f}), floats({0.f})).passed());
    }

    void reportsTheToleranceThatWouldHavePassed()
    {
        const TensorComparator comparator(Tolerance{1e-3, 1e-5});
        const OutputComparison c = comparator.compare("y", floats({10.1f, 0.5f}), floats({10.f, 0.5f}));
        QVERIFY(!c.passed());
        // Keeping rtol: atol >= 0.1 - 1e-3 * 10 = 0.09. Keeping atol: rtol >= (0.1 - 1e-5) / 10.
        QVERIFY(std::abs(c.neededAtol - 0.09) < 1e-5);
        QVERIFY(std::abs(c.neededRtol - (0.1 - 1e-5) / 10) < 1e-6);
        const TensorComparator loose(Tolerance{1e-3, c.neededAtol + 1e-6});
        QVERIFY(loose.compare("y", floats({10.1f, 0.5f}), floats({10.f, 0.5f})).passed());
    }

    void treatsNanAndInfStrictly()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const float inf = std::numeric_limits<float>::infinity();
        const TensorComparator comparator;
        QVERIFY(comparator.compare("y", floats({nan, inf, -inf}), floats({nan, inf, -inf})).passed());
        const OutputComparison unexpected = comparator.compare("y", floats({nan, 1.f}), floats({0.f, 1.f}));
        QVERIFY(!unexpected.passed());
        QCOMPARE(unexpected.unexpectedNan, int64_t(1));
        const OutputComparison missing = comparator.compare("y", floats({0.f}), floats({nan}));
        QCOMPARE(missing.missingNan, int64_t(1));
        QVERIFY(!missing.passed());
        const OutputComparison wrongInf = comparator.compare("y", floats({inf}), floats({-inf}));
        QCOMPARE(wrongInf.unexpectedInf, int64_t(1));
        QVERIFY(!comparator.compare("y", floats({1e30f}), floats({inf})).passed());
        QCOMPARE(countNonFinite(floats({nan, inf, 1.f, nan})).nan, int64_t(2));
    }

    void refusesDifferentShapesOrTypes()
    {
        const TensorComparator comparator;
        const OutputComparison shape = comparator.compare(
            "y", floats({1, 2}), Tensor::fromVector<float>(DataType::Float, {2, 1}, std::vector<float>{1, 2}));
        QVERIFY(!shape.shapeMatches);
        QVERIFY(!shape.passed());
        const OutputComparison type = comparator.compare("y", floats({1}), Tensor::fromVector<double>(DataType::Double, {1}, std::vector<double>{1}));
        QVERIFY(!type.typeMatches);
        // Integers compare by value whatever their width.
        QVERIFY(comparator.compare("i", Tensor::fromVector<int32_t>(DataType::Int32, {1}, std::vector<int32_t>{7}),
                                   Tensor::fromVector<int64_t>(DataType::Int64, {1}, std::vector<int64_t>{7})).passed());
    }
};

QTEST_GUILESS_MAIN(tst_TensorComparator)
#include "tst_tensorcomparator.moc"

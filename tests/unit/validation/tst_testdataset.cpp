// TestDataSet: folder discovery in numeric order, reading input_i/output_i.pb, and seeded
// inputs for models without golden data.
#include "core/validation/engine/TestDataSet.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/validation/OnnxModelBuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace fleetdeck::validation;

class tst_TestDataSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void findsFoldersInNumericOrder()
    {
        QTemporaryDir dir;
        for (const char *name : {"test_data_set_10", "test_data_set_2", "test_data_set_0", "test_data_set_x", "other"})
            QDir(dir.path()).mkpath(QString::fromUtf8(name));
        const std::vector<std::string> folders = TestDataSet::findFolders(dir.path().toStdString());
        QCOMPARE(folders.size(), std::size_t(3));
        QVERIFY(QString::fromStdString(folders[0]).endsWith(u"_0"_s));
        QVERIFY(QString::fromStdString(folders[1]).endsWith(u"_2"_s));
        QVERIFY(QString::fromStdString(folders[2]).endsWith(u"_10"_s));
        QVERIFY(TestDataSet::findFolders(dir.filePath(u"missing"_s).toStdString()).empty());
    }

    void readsInputsAndOutputsByPosition()
    {
        QTemporaryDir dir;
        const std::string folder = dir.path().toStdString();
        QVERIFY(test::saveTensor(folder + "/input_0.pb", {2}, {1, 2}));
        QVERIFY(test::saveTensor(folder + "/input_1.pb", {1}, {3}));
        QVERIFY(test::saveTensor(folder + "/output_0.pb", {3}, {4, 5, 6}));
        QVERIFY(test::saveTensor(folder + "/input_3.pb", {1}, {9})); // after a gap: not read
        auto set = TestDataSet::load(folder);
        QVERIFY(set.ok());
        QCOMPARE(set->inputs.size(), std::size_t(2));
        QCOMPARE(set->inputs[1].data<float>()[0], 3.f);
        QCOMPARE(set->outputs[0].shape(), (Shape{3}));

        fleetdeck::test::writeFile(dir, u"input_1.pb"_s, "\xff\xff\xff garbage");
        auto broken = TestDataSet::load(folder);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().offset, int64_t(1)); // which input was bad
        QVERIFY(QString::fromStdString(broken.error().path).endsWith(u"input_1.pb"_s));
    }

    void generatesSeededInputs()
    {
        Graph graph;
        graph.inputs.push_back(ValueInfo{"x", DataType::Float, {-1, 3}, true, true});
        graph.inputs.push_back(ValueInfo{"ids", DataType::Int64, {4}, true, true});
        auto a = generateInputs(graph, 42, 2);
        auto b = generateInputs(graph, 42, 2);
        auto c = generateInputs(graph, 43, 2);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a->at(0).shape(), (Shape{2, 3}));
        QCOMPARE(std::memcmp(a->at(0).bytes(), b->at(0).bytes(), a->at(0).byteSize()), 0);
        QVERIFY(std::memcmp(a->at(0).bytes(), c->at(0).bytes(), a->at(0).byteSize()) != 0);
        for (int64_t i = 0; i < 6; ++i)
            QVERIFY(std::abs(a->at(0).data<float>()[i]) <= 1.f);
        for (int64_t i = 0; i < 4; ++i)
            QVERIFY(a->at(1).data<int64_t>()[i] >= 0 && a->at(1).data<int64_t>()[i] < 4);

        auto huge = generateInputs(graph, 1, int64_t(1) << 40, int64_t(1) << 20);
        QVERIFY(!huge.ok());
        QCOMPARE(int(huge.error().code), int(ErrorCode::MemoryLimitExceeded));
        graph.inputs.push_back(ValueInfo{"text", DataType::String, {1}, true, true});
        QCOMPARE(int(generateInputs(graph, 1).error().code), int(ErrorCode::UnsupportedDataType));
    }
};

QTEST_GUILESS_MAIN(tst_TestDataSet)
#include "tst_testdataset.moc"

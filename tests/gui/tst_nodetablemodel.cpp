#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/models/NodeFilterProxyModel.h"
#include "ui/models/NodeTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::inventory::Node;
using fleetdeck::inventory::Tier;
using fleetdeck::test::GuiFixture;
using fleetdeck::ui::NodeFilterProxyModel;
using fleetdeck::ui::NodeTableModel;

namespace {
QList<Node> numbered(int count, qint64 firstId = 1)
{
    QList<Node> nodes;
    for (int i = 0; i < count; ++i) {
        Node n = GuiFixture::node(u"node-%1"_s.arg(i, 3, 10, QChar(u'0')),
            i % 3 == 0 ? Tier::Cloud : Tier::Edge, i % 2 ? u"lyon"_s : u"osaka"_s, 22 + i);
        n.id = firstId + i;
        n.labels.insert(u"gpu"_s, i % 4 ? u"l4"_s : u"a100"_s);
        nodes << n;
    }
    return nodes;
}

QStringList proxyNames(const QAbstractItemModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, NodeTableModel::NameColumn).data().toString();
    return names;
}
} // namespace

class TestNodeTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void resetFillsRowsAndIndex()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetNodes(numbered(10));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), int(NodeTableModel::ColumnCount));
        QCOMPARE(model.index(3, NodeTableModel::NameColumn).data().toString(), u"node-003"_s);
        QCOMPARE(model.index(3, NodeTableModel::LabelsColumn).data().toString(), u"gpu=l4"_s);
        QCOMPARE(model.rowOfId(4), 3);
        QCOMPARE(model.rowOfId(99), -1);
        const auto summary = model.summary();
        QCOMPARE(summary.total, 10);
        QCOMPARE(summary.cloud, 4); // 0, 3, 6, 9
        QCOMPARE(summary.edge, 6);
        QCOMPARE(summary.sites, 2);
        QCOMPARE(model.sites(), (QStringList { u"lyon"_s, u"osaka"_s }));
    }

    void syncBatchesSignals()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Node> nodes = numbered(100);
        model.resetNodes(nodes);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Drop rows 10..19 and 50, change 30 and 70, add 25 new ones.
        QList<Node> next;
        for (int i = 0; i < nodes.size(); ++i) {
            if ((i >= 10 && i < 20) || i == 50)
                continue;
            Node n = nodes[i];
            if (i == 30 || i == 70)
                n.host = u"moved.example.net"_s;
            next << n;
        }
        next << numbered(25, 1000);
        model.syncNodes(next);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 2); // two contiguous ranges
        QCOMPARE(inserted.count(), 1); // one batch
        QCOMPARE(changed.count(), 1); // one coalesced span
        QCOMPARE(model.rowCount(), 114);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOfId(model.nodeAt(row).id), row);
        const int moved = model.rowOfId(31);
        QCOMPARE(model.index(moved, NodeTableModel::HostColumn).data().toString(),
            u"moved.example.net"_s);
        QCOMPARE(model.rowOfId(11), -1);

        // Nothing differs: no signal at all.
        inserted.clear();
        removed.clear();
        changed.clear();
        model.syncNodes(next);
        QCOMPARE(inserted.count() + removed.count() + changed.count(), 0);
    }

    void removeNodeKeepsIndex()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetNodes(numbered(5));
        model.removeNode(2);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOfId(3), 1);
        QCOMPARE(model.rowOfId(5), 3);
        model.removeNode(42); // unknown: nothing happens
        QCOMPARE(model.rowCount(), 4);
    }

    void proxyFiltersByTextTierAndSite()
    {
        NodeTableModel model;
        NodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetNodes(numbered(12));
        QCOMPARE(proxy.rowCount(), 12);

        proxy.setFilterText(u"A100"_s); // labels, case-insensitive
        QCOMPARE(proxy.rowCount(), 3); // 0, 4, 8
        proxy.setFilterText(u"a100 lyon"_s); // every word must match
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(u"node-01"_s);
        QCOMPARE(proxyNames(proxy), (QStringList { u"node-010"_s, u"node-011"_s }));
        proxy.setFilterText({});

        proxy.setTierFilter(Tier::Cloud);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setSiteFilter(u"lyon"_s); // cloud and odd: 3, 9
        QCOMPARE(proxyNames(proxy), (QStringList { u"node-003"_s, u"node-009"_s }));
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 12);
    }

    void proxySortsRawValues()
    {
        NodeTableModel model;
        NodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QList<Node> nodes;
        const int ports[] = { 2222, 22, 100 };
        for (int i = 0; i < 3; ++i) {
            Node n = GuiFixture::node(u"n%1"_s.arg(i), Tier::Edge, {}, ports[i]);
            n.id = i + 1;
            nodes << n;
        }
        model.resetNodes(nodes);
        proxy.sort(NodeTableModel::PortColumn, Qt::AscendingOrder);
        // Numbers, not text: 22 < 100 < 2222.
        QCOMPARE(proxyNames(proxy), (QStringList { u"n1"_s, u"n2"_s, u"n0"_s }));
        proxy.sort(NodeTableModel::PortColumn, Qt::DescendingOrder);
        QCOMPARE(proxyNames(proxy), (QStringList { u"n0"_s, u"n2"_s, u"n1"_s }));
    }
};

QTEST_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"

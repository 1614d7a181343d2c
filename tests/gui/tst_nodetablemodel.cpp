#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/models/NodeFilterProxyModel.h"
#include "ui/models/NodeTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QIcon>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::NodeState;
using fleetdeck::fleet::NodeStatus;
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

NodeStatus online()
{
    NodeStatus status;
    status.state = NodeState::Online;
    status.at = QDateTime::currentDateTimeUtc();
    status.transport = u"local"_s;
    return status;
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

    // Live states change the Status column of the rows that changed and nothing else: no reset,
    // one dataChanged per contiguous run, and only when the state really changed.
    void statusUpdatesSignalChangedRowsOnly()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetNodes(numbered(20));
        QHash<qint64, NodeStatus> statuses;
        for (const qint64 id : { 3, 4, 5, 9 })
            statuses.insert(id, online());
        const auto lookup = [&statuses](qint64 id) -> std::optional<NodeStatus> {
            return statuses.contains(id) ? std::optional(statuses.value(id)) : std::nullopt;
        };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy states(&model, &NodeTableModel::statesChanged);
        model.updateStatuses({ 9, 4, 3, 5, 777 }, lookup); // 777: not in the table
        QCOMPARE(reset.size(), 0);
        QCOMPARE(states.size(), 1);
        QCOMPARE(changed.size(), 2); // rows 2..4 and row 8
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 8);
        for (const QVariant &corner : { changed.at(0).at(0), changed.at(0).at(1) })
            QCOMPARE(corner.toModelIndex().column(), int(NodeTableModel::StatusColumn));
        QCOMPARE(model.countInState(NodeState::Online), 4);
        QCOMPARE(model.countInState(NodeState::Unknown), 16);

        changed.clear();
        model.updateStatuses({ 3, 4, 5, 9 }, lookup); // nothing new
        QCOMPARE(changed.size(), 0);
        QCOMPARE(states.size(), 1);

        statuses[4].state = NodeState::Unreachable;
        statuses[4].reason = u"Connection refused by 127.0.0.1:2222"_s;
        model.updateStatuses({ 4 }, lookup);
        QCOMPARE(changed.size(), 1);
        const QModelIndex cell = model.index(3, NodeTableModel::StatusColumn);
        QCOMPARE(cell.data().toString(), fleetdeck::fleet::nodeStateLabel(NodeState::Unreachable));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"Connection refused"_s));
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.countInState(NodeState::Online), 3);
        QCOMPARE(model.countInState(NodeState::Unreachable), 1);
    }

    // An edit of the node from the inventory keeps its live state.
    void statusSurvivesInventoryUpdate()
    {
        NodeTableModel model;
        QList<Node> nodes = numbered(3);
        model.resetNodes(nodes);
        model.updateStatuses({ 2 }, [](qint64) { return std::optional(online()); });
        nodes[1].host = u"moved.example"_s;
        nodes[1].updatedAt = nodes[1].updatedAt.addSecs(60);
        model.syncNodes(nodes);
        QCOMPARE(model.index(1, NodeTableModel::HostColumn).data().toString(), u"moved.example"_s);
        QCOMPARE(model.stateAt(1).state, NodeState::Online);
        QCOMPARE(model.countInState(NodeState::Online), 1);
        model.removeNode(2);
        QCOMPARE(model.countInState(NodeState::Online), 0);
    }

    // Problems first when sorted ascending by status: refused, unreachable, degraded, ...
    void sortsByStatusSeverity()
    {
        NodeTableModel model;
        model.resetNodes(numbered(5));
        const QHash<qint64, NodeState> states { { 1, NodeState::Online },
            { 2, NodeState::HostKeyRefused }, { 3, NodeState::Degraded },
            { 4, NodeState::Unreachable } }; // 5: never connected
        model.updateStatuses({ 1, 2, 3, 4 }, [&states](qint64 id) {
            NodeStatus status = online();
            status.state = states.value(id);
            return std::optional(status);
        });
        NodeFilterProxyModel proxy;
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(NodeTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(proxyNames(proxy),
            (QStringList {
                u"node-001"_s, u"node-003"_s, u"node-002"_s, u"node-000"_s, u"node-004"_s }));
    }

    // 10,000 rows, half of them changing state in one batch (every other row): bounded signals,
    // no reset, and fast enough for a coalesced batch every 150 ms.
    void tenThousandRowsStayCheap()
    {
        NodeTableModel model;
        model.resetNodes(numbered(10000));
        NodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(NodeTableModel::StatusColumn, Qt::AscendingOrder);
        QList<qint64> ids;
        for (qint64 id = 1; id <= 10000; id += 2)
            ids << id;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QElapsedTimer timer;
        timer.start();
        model.updateStatuses(ids, [](qint64) { return std::optional(online()); });
        const qint64 elapsedMs = timer.elapsed();
        qInfo("5,000 of 10,000 rows changed state (sorted proxy on top) in %lld ms", elapsedMs);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1); // 5,000 runs folded into one span
        QCOMPARE(model.countInState(NodeState::Online), 5000);
        QCOMPARE(
            proxy.index(0, NodeTableModel::StatusColumn).data(NodeTableModel::StateRole).toInt(),
            int(NodeState::Online));
        QVERIFY2(elapsedMs < 2000, qPrintable(u"took %1 ms"_s.arg(elapsedMs)));
    }
};

QTEST_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"

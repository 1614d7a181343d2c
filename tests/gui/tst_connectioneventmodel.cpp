#include "tests/support/TestSupport.h"
#include "ui/models/ConnectionEventModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::ConnectionEventKind;
using fleetdeck::fleet::NodeState;
using fleetdeck::ui::ConnectionEvent;
using fleetdeck::ui::ConnectionEventModel;

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

ConnectionEvent makeEvent(qint64 node, int second, ConnectionEventKind kind,
    NodeState state = NodeState::Online, const QString &reason = {})
{
    return { node, u"node-%1"_s.arg(node), t0.addSecs(second), state, reason, kind };
}

QList<int> seconds(const ConnectionEventModel &model)
{
    QList<int> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << int(t0.secsTo(model.eventAt(row).at));
    return result;
}
} // namespace

class TestConnectionEventModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void historyIsShownNewestFirst()
    {
        ConnectionEventModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({ makeEvent(1, 10, ConnectionEventKind::Connected),
            makeEvent(
                2, 30, ConnectionEventKind::Lost, NodeState::Unreachable, u"Connection reset"_s),
            makeEvent(1, 20, ConnectionEventKind::Disconnected, NodeState::Unknown) });
        QCOMPARE(seconds(model), (QList<int> { 30, 20, 10 }));
        QCOMPARE(model.index(0, ConnectionEventModel::NodeColumn).data().toString(), u"node-2"_s);
        QCOMPARE(model.index(0, ConnectionEventModel::EventColumn).data().toString(),
            ConnectionEventModel::kindLabel(ConnectionEventKind::Lost));
        QCOMPARE(model.index(0, ConnectionEventModel::ReasonColumn).data().toString(),
            u"Connection reset"_s);
        QCOMPARE(model.index(0, ConnectionEventModel::StateColumn)
                     .data(ConnectionEventModel::StateRole)
                     .toInt(),
            int(NodeState::Unreachable));
        QVERIFY(
            !model.index(0, ConnectionEventModel::StateColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.index(2, 0).data(ConnectionEventModel::NodeIdRole).toLongLong(), 1);
    }

    // Live events go in as single inserts (no reset), where their time puts them.
    void liveEventsAreInsertedInPlace()
    {
        ConnectionEventModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({ makeEvent(1, 10, ConnectionEventKind::Connected) });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.addEvent(makeEvent(1, 40, ConnectionEventKind::Lost));
        model.addEvent(makeEvent(2, 20, ConnectionEventKind::Connected)); // late arrival
        model.addEvent(
            makeEvent(2, 40, ConnectionEventKind::Degraded)); // same second: newest on top
        QCOMPARE(seconds(model), (QList<int> { 40, 40, 20, 10 }));
        QCOMPARE(model.eventAt(0).kind, ConnectionEventKind::Degraded);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(reset.size(), 0);
    }

    void boundedByMaxRows()
    {
        ConnectionEventModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(3);
        for (int i = 0; i < 5; ++i)
            model.addEvent(makeEvent(1, i, ConnectionEventKind::Connected));
        QCOMPARE(seconds(model), (QList<int> { 4, 3, 2 }));
        QList<ConnectionEvent> many;
        for (int i = 0; i < 10; ++i)
            many << makeEvent(1, i, ConnectionEventKind::Lost);
        model.setEvents(many);
        QCOMPARE(seconds(model), (QList<int> { 9, 8, 7 }));
    }
};

QTEST_MAIN(TestConnectionEventModel)
#include "tst_connectioneventmodel.moc"

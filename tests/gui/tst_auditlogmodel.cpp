#include "core/inventory/InventoryThread.h"
#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/AsyncInventory.h"
#include "ui/models/AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::Result;
using fleetdeck::inventory::Node;
using fleetdeck::test::GuiFixture;
using fleetdeck::ui::AsyncInventory;
using fleetdeck::ui::AuditLogModel;

class TestAuditLogModel : public QObject {
    Q_OBJECT
private:
    void addNodes(AsyncInventory &inventory, int from, int count)
    {
        int done = 0;
        for (int i = from; i < from + count; ++i) {
            inventory.addNode(
                GuiFixture::node(u"node-%1"_s.arg(i)), this, [&done](Result<Node> added) {
                    QVERIFY(added.ok());
                    ++done;
                });
        }
        QTRY_COMPARE(done, count);
    }

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void pagesNewestFirstAndFollowsAppends()
    {
        GuiFixture fixture;
        bool opened = false;
        fixture.thread().open(fixture.databasePath(), this, [&opened](Result<void> result) {
            QVERIFY(result.ok());
            opened = true;
        });
        QTRY_VERIFY(opened);
        AsyncInventory inventory(fixture.thread());
        addNodes(inventory, 0, 12);

        AuditLogModel model(inventory);
        model.setPageSize(5);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, AuditLogModel::SubjectColumn).data().toString(), u"node-11"_s);
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), u"node.add"_s);
        QVERIFY(!model.index(0, AuditLogModel::ActorColumn).data().toString().isEmpty());

        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one read at a time
        QTRY_COMPARE(model.rowCount(), 10);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 12);
        QVERIFY(model.isExhausted());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(11, AuditLogModel::SubjectColumn).data().toString(), u"node-0"_s);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, 0).data(AuditLogModel::IdRole).toLongLong()
                > model.index(row, 0).data(AuditLogModel::IdRole).toLongLong());
        }

        // New rows arrive on top without rereading the rest. (The tester comes in only now: it
        // calls fetchMore() itself, as a view does, and would page through everything above.)
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(&fixture.thread(), &fleetdeck::inventory::InventoryThread::auditAppended,
            &model, &AuditLogModel::fetchNewest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        addNodes(inventory, 12, 2);
        QTRY_COMPARE(model.rowCount(), 14);
        QCOMPARE(model.index(0, AuditLogModel::SubjectColumn).data().toString(), u"node-13"_s);
        QCOMPARE(model.index(1, AuditLogModel::SubjectColumn).data().toString(), u"node-12"_s);
        QCOMPARE(model.rowOfId(model.index(13, 0).data(AuditLogModel::IdRole).toLongLong()), 13);
        QCOMPARE(reset.count(), 0);

        // A scrolled view asks for the older pages itself, and no page is read twice.
        QTableView view;
        view.setModel(&model);
        view.resize(500, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.reload();
        QTRY_COMPARE(model.rowCount(), 5);
        QTRY_VERIFY((view.scrollToBottom(), model.rowCount() == 14));
        QVERIFY(model.isExhausted());
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(AuditLogModel::IdRole).toLongLong());
        QCOMPARE(ids.size(), 14);
    }
};

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"

#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/models/AuditLogModel.h"
#include "ui/models/NodeFilterProxyModel.h"
#include "ui/pages/EventsPage.h"
#include "ui/pages/FleetPage.h"
#include "ui/widgets/MessageBox.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::inventory::Tier;
using fleetdeck::test::GuiFixture;
using fleetdeck::ui::EventsPage;
using fleetdeck::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    static void clickSidebar(MainWindow &window, int row)
    {
        QListWidget *sidebar = window.sidebar();
        const QRect rect = sidebar->visualItemRect(sidebar->item(row));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void sidebarShowsEveryPage()
    {
        GuiFixture fixture;
        MainWindow &window = fixture.openWindow();
        QCOMPARE(window.sidebar()->count(), int(MainWindow::PageCount));
        const QStringList expected { u"Fleet"_s, u"Models"_s, u"Validate"_s, u"Rollouts"_s,
            u"Failover"_s, u"Config"_s, u"Events"_s, u"Reports"_s, u"Settings"_s };
        for (int row = 0; row < window.sidebar()->count(); ++row) {
            QCOMPARE(window.sidebar()->item(row)->text(), expected[row]);
            clickSidebar(window, row);
            QCOMPARE(int(window.currentPage()), row);
            auto *stack = window.findChild<QStackedWidget *>();
            QVERIFY(stack->currentWidget()->isVisible());
        }
        // Pages still to come say what they will hold, and show no data they do not have.
        window.showPage(MainWindow::RolloutsPageIndex);
        QWidget *rollouts = window.findChild<QStackedWidget *>()->currentWidget();
        QCOMPARE(child<QLabel>(rollouts, u"pageTitle"_s)->text(), u"Rollouts"_s);
        QVERIFY(rollouts->findChildren<QTableView *>().isEmpty());
    }

    void statusBarNamesTheInventory()
    {
        GuiFixture fixture;
        MainWindow &window = fixture.openWindow();
        QVERIFY(child<QLabel>(&window, u"inventoryPathLabel"_s)
                    ->text()
                    .contains(QDir::toNativeSeparators(fixture.databasePath())));
        QVERIFY(window.windowTitle().contains(u"inventory.sqlite"_s));
        QVERIFY(window.statusBar()->currentMessage().contains(u"Opened"_s));
    }

    void demoFleetAndEvents()
    {
        GuiFixture fixture;
        MainWindow &window = fixture.openWindow();
        window.populateDemoFleet();
        QTRY_VERIFY(window.fleetPage()->proxy()->rowCount() >= 10);
        QVERIFY(fixture.storedNodeNames().size() >= 10);

        window.showPage(MainWindow::EventsPageIndex);
        EventsPage *events = window.eventsPage();
        QTRY_VERIFY(events->model()->rowCount() >= 1);
        const int before = events->model()->rowCount();

        // A removal shows up on top of the Events page.
        window.showPage(MainWindow::FleetPageIndex);
        QTableView *table = window.fleetPage()->view();
        table->selectRow(0);
        const QString removed = table->model()->index(0, 0).data().toString();
        fleetdeck::ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window.fleetPage()->removeSelectedNodes();
        QTRY_COMPARE(events->model()->rowCount(), before + 1);
        QCOMPARE(events->model()
                     ->index(0, fleetdeck::ui::AuditLogModel::SubjectColumn)
                     .data()
                     .toString(),
            removed);

        window.showPage(MainWindow::EventsPageIndex);
        QSignalSpy verified(events, &EventsPage::verified);
        QTest::mouseClick(child<QPushButton>(events, u"verifyButton"_s), Qt::LeftButton);
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.first().first().toBool(), true);
        QVERIFY(child<QLabel>(events, u"verifyResultLabel"_s)->text().contains(u"intact"_s));
    }

    void verifyNamesTheFirstBrokenRow()
    {
        GuiFixture fixture;
        MainWindow &window = fixture.openWindow();
        window.populateDemoFleet();
        QTRY_VERIFY(window.fleetPage()->proxy()->rowCount() >= 10);
        window.fleetPage()->view()->selectRow(0);
        fleetdeck::ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window.fleetPage()->removeSelectedNodes();
        EventsPage *events = window.eventsPage();
        QTRY_COMPARE(events->model()->rowCount(), 2);
        const qint64 oldest =
            events->model()->index(1, 0).data(fleetdeck::ui::AuditLogModel::IdRole).toLongLong();

        { // Someone edits the file behind Fleetdeck's back.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(fixture.databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(
                q.exec(u"DROP TRIGGER audit_log_no_update"_s), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(u"UPDATE audit_log SET subject = 'forged' WHERE id = %1"_s.arg(oldest)),
                qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);

        window.showPage(MainWindow::EventsPageIndex);
        QSignalSpy verified(events, &EventsPage::verified);
        QTest::mouseClick(child<QPushButton>(events, u"verifyButton"_s), Qt::LeftButton);
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.first().first().toBool(), false);
        const QString text = child<QLabel>(events, u"verifyResultLabel"_s)->text();
        QVERIFY2(text.contains(u"row %1"_s.arg(oldest)), qPrintable(text));
        QCOMPARE(events->view()->selectionModel()->selectedRows().value(0).row(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

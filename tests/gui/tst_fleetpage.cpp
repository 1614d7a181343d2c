#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/NodeDialog.h"
#include "ui/models/NodeFilterProxyModel.h"
#include "ui/models/NodeTableModel.h"
#include "ui/pages/FleetPage.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/SummaryTile.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::inventory::Tier;
using fleetdeck::test::GuiFixture;
using fleetdeck::ui::FleetPage;
using fleetdeck::ui::MessageBox;
using fleetdeck::ui::NodeDialog;
using fleetdeck::ui::SummaryTile;

class TestFleetPage : public QObject {
    Q_OBJECT
private:
    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    static QStringList shownNames(FleetPage *page)
    {
        QStringList names;
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            names << page->proxy()->index(row, 0).data().toString();
        return names;
    }
    static void selectByName(FleetPage *page, const QString &name)
    {
        const QModelIndexList hits = page->proxy()->match(
            page->proxy()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QVERIFY(!hits.isEmpty());
        const QRect cell = page->view()->visualRect(hits.first());
        QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(page->view()->selectionModel()->selectedRows().size(), 1);
    }

    std::unique_ptr<GuiFixture> m_fixture;
    FleetPage *m_page = nullptr;

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->seed({ GuiFixture::node(u"lyon-cam-01"_s, Tier::Edge, u"lyon"_s),
            GuiFixture::node(u"lyon-cam-02"_s, Tier::Edge, u"lyon"_s),
            GuiFixture::node(u"osaka-kiosk-01"_s, Tier::Edge, u"osaka"_s),
            GuiFixture::node(u"euw-infer-01"_s, Tier::Cloud, u"eu-west"_s) });
        m_page = m_fixture->openWindow().fleetPage();
    }

    void cleanup() { m_fixture.reset(); }

    void showsInventoryWithTiles()
    {
        QAbstractItemModelTester tester(
            m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->proxy()->rowCount(), 4);
        QCOMPARE(child<SummaryTile>(m_page, u"totalTile"_s)->value(), 4);
        QCOMPARE(child<SummaryTile>(m_page, u"edgeTile"_s)->value(), 3);
        QCOMPARE(child<SummaryTile>(m_page, u"cloudTile"_s)->value(), 1);
        QCOMPARE(child<SummaryTile>(m_page, u"sitesTile"_s)->value(), 3);
        QCOMPARE(shownNames(m_page).first(), u"euw-infer-01"_s); // sorted by name
        QVERIFY(!child<QLabel>(m_page, u"emptyLabel"_s)->isVisible());
    }

    void addThroughDialogStoresNode()
    {
        QTest::mouseClick(child<QToolButton>(m_page, u"addNodeActionButton"_s), Qt::LeftButton);
        QPointer<NodeDialog> dialog;
        QTRY_VERIFY((dialog = m_page->findChild<NodeDialog *>()) && dialog->isVisible());
        child<QLineEdit>(dialog, u"nameEdit"_s)->setFocus();
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"berlin-gw-01"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"hostEdit"_s), u"192.0.2.10"_s);
        QTest::keyClicks(child<QComboBox>(dialog, u"siteCombo"_s)->lineEdit(), u"berlin"_s);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problem()));
        QTest::mouseClick(ok, Qt::LeftButton);

        QTRY_COMPARE(m_page->proxy()->rowCount(), 5);
        QVERIFY(shownNames(m_page).contains(u"berlin-gw-01"_s));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(m_fixture->storedNodeNames().contains(u"berlin-gw-01"_s));
        QCOMPARE(child<SummaryTile>(m_page, u"sitesTile"_s)->value(), 4);
    }

    void duplicateNameIsRefusedInTheDialog()
    {
        QTest::mouseClick(child<QToolButton>(m_page, u"addNodeActionButton"_s), Qt::LeftButton);
        QPointer<NodeDialog> dialog;
        QTRY_VERIFY((dialog = m_page->findChild<NodeDialog *>()) && dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"lyon-cam-01"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"hostEdit"_s), u"192.0.2.11"_s);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"problemLabel"_s)->text().contains(u"lyon-cam-01"_s));
        dialog->reject();
        QCOMPARE(m_fixture->storedNodeNames().size(), 4);
    }

    void filterBoxNarrowsTable()
    {
        auto *filter = child<QLineEdit>(m_page, u"filterEdit"_s);
        QTest::keyClicks(filter, u"lyon"_s);
        QCOMPARE(m_page->proxy()->rowCount(), 2);
        QVERIFY(child<QLabel>(m_page, u"countLabel"_s)->text().contains(u"2"_s));
        QTest::keyClicks(filter, u" 02"_s);
        QCOMPARE(shownNames(m_page), QStringList { u"lyon-cam-02"_s });
        filter->clear();
        QCOMPARE(m_page->proxy()->rowCount(), 4);
    }

    void tilesFilterByTier()
    {
        QTest::mouseClick(child<SummaryTile>(m_page, u"cloudTile"_s), Qt::LeftButton);
        QCOMPARE(shownNames(m_page), QStringList { u"euw-infer-01"_s });
        QVERIFY(child<SummaryTile>(m_page, u"cloudTile"_s)->isChecked());
        QTest::mouseClick(child<SummaryTile>(m_page, u"edgeTile"_s), Qt::LeftButton);
        QCOMPARE(m_page->proxy()->rowCount(), 3);
        QCOMPARE(child<QComboBox>(m_page, u"tierCombo"_s)->currentIndex(), 1);
        QTest::mouseClick(child<SummaryTile>(m_page, u"totalTile"_s), Qt::LeftButton);
        QCOMPARE(m_page->proxy()->rowCount(), 4);
        QVERIFY(child<SummaryTile>(m_page, u"totalTile"_s)->isChecked());
    }

    void sitesTileOpensSiteChoice()
    {
        auto *sites = child<QComboBox>(m_page, u"siteCombo"_s);
        QTest::mouseClick(child<SummaryTile>(m_page, u"sitesTile"_s), Qt::LeftButton);
        QTRY_VERIFY(sites->view()->isVisible());
        const QModelIndex lyon = sites->model()->index(sites->findText(u"lyon"_s), 0);
        QTest::mouseClick(sites->view()->viewport(), Qt::LeftButton, {},
            sites->view()->visualRect(lyon).center());
        QTRY_COMPARE(m_page->proxy()->rowCount(), 2);
        QCOMPARE(m_page->proxy()->siteFilter(), u"lyon"_s);
    }

    void deleteKeyRemovesSelection()
    {
        selectByName(m_page, u"euw-infer-01"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QTRY_COMPARE(m_page->proxy()->rowCount(), 3);
        QCOMPARE(child<SummaryTile>(m_page, u"cloudTile"_s)->value(), 0);
    }

    void siteFilterCombo()
    {
        auto *sites = child<QComboBox>(m_page, u"siteCombo"_s);
        QCOMPARE(sites->count(), 4); // all sites + 3
        sites->setCurrentIndex(sites->findText(u"osaka"_s));
        QCOMPARE(shownNames(m_page), QStringList { u"osaka-kiosk-01"_s });
    }

    void removeAsksAndDeletes()
    {
        selectByName(m_page, u"osaka-kiosk-01"_s);
        auto *remove = child<QToolButton>(m_page, u"removeNodeActionButton"_s);
        QVERIFY(remove->isEnabled());

        const int warnings = MessageBox::shownCount();
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCoreApplication::processEvents(); // delivers the (queued) answer: "no"

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(m_page->proxy()->rowCount(), 3);
        QVERIFY(!shownNames(m_page).contains(u"osaka-kiosk-01"_s));
        QVERIFY(!m_fixture->storedNodeNames().contains(u"osaka-kiosk-01"_s));
        QCOMPARE(child<SummaryTile>(m_page, u"sitesTile"_s)->value(), 2);
        // Had "no" removed it too, the second removal would have failed with a warning.
        QCOMPARE(MessageBox::shownCount(), warnings);
        QCOMPARE(m_fixture->storedNodeNames().size(), 3);
    }

    void editChangesNode()
    {
        selectByName(m_page, u"lyon-cam-02"_s);
        QTest::mouseClick(child<QToolButton>(m_page, u"editNodeActionButton"_s), Qt::LeftButton);
        QPointer<NodeDialog> dialog;
        QTRY_VERIFY((dialog = m_page->findChild<NodeDialog *>()) && dialog->isVisible());
        auto *host = child<QLineEdit>(dialog, u"hostEdit"_s);
        host->selectAll();
        QTest::keyClicks(host, u"198.51.100.2"_s);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        auto *proxy = m_page->proxy();
        const QModelIndex firstHost = proxy->index(0, fleetdeck::ui::NodeTableModel::HostColumn);
        QTRY_COMPARE(
            proxy->match(firstHost, Qt::DisplayRole, u"198.51.100.2"_s, 1, Qt::MatchExactly).size(),
            1);
        QCOMPARE(m_page->proxy()->rowCount(), 4);
    }

    void emptyInventorySaysSo()
    {
        m_fixture = std::make_unique<GuiFixture>();
        m_page = m_fixture->openWindow().fleetPage();
        QVERIFY(child<QLabel>(m_page, u"emptyLabel"_s)->isVisible());
        QCOMPARE(child<SummaryTile>(m_page, u"totalTile"_s)->value(), 0);
    }
};

QTEST_MAIN(TestFleetPage)
#include "tst_fleetpage.moc"

#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/models/NodeFilterProxyModel.h"
#include "ui/pages/FleetPage.h"
#include "ui/widgets/FileDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::inventory::Tier;
using fleetdeck::test::GuiFixture;
using fleetdeck::ui::FileDialog;
using fleetdeck::ui::FleetPage;
using fleetdeck::ui::ImportDialog;
using fleetdeck::ui::ImportPreview;

namespace {
const QByteArray kSshConfig = R"(# fleet hosts
Host *
    User ops

Host jetson-01
    HostName 10.0.4.11
    User nvidia

Host jetson-02
    HostName 10.0.4.12
    Port 2222

Host lyon-cam-01
    HostName 10.9.9.9
)";
} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private:
    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }

    // Clicks Import on the Fleet page with the file chooser answered ahead.
    void openImport(const QString &path)
    {
        FileDialog::setNextFileName(path);
        QTest::mouseClick(child<QToolButton>(m_page, u"importNodesActionButton"_s), Qt::LeftButton);
        m_dialog = m_page->findChild<ImportDialog *>();
        QVERIFY(m_dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy() && !m_dialog->preview().path.isEmpty(), 10000);
    }

    QPointer<ImportDialog> m_dialog;

    std::unique_ptr<GuiFixture> m_fixture;
    FleetPage *m_page = nullptr;

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->seed({ GuiFixture::node(u"lyon-cam-01"_s, Tier::Edge, u"lyon"_s) });
        m_page = m_fixture->openWindow().fleetPage();
    }

    void cleanup() { m_fixture.reset(); }

    void previewThenApplySshConfig()
    {
        const QString path =
            fleetdeck::test::writeFile(m_fixture->dir(), u"ssh/config"_s, kSshConfig);
        openImport(path);
        QPointer<ImportDialog> dialog = m_dialog;
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, u"fileEdit"_s)->text(), path);
        QCOMPARE(
            child<QComboBox>(dialog, u"formatCombo"_s)->currentIndex(), 0); // ssh-config guessed

        const ImportPreview &preview = dialog->preview();
        QVERIFY2(!preview.error, qPrintable(preview.error ? preview.error->toString() : QString()));
        QCOMPARE(preview.added, 2);
        QCOMPARE(preview.updated, 1); // lyon-cam-01 gets a new host
        QCOMPARE(preview.skipped, 1); // "Host *"
        auto *view = child<QTreeView>(dialog, u"previewView"_s);
        QAbstractItemModelTester tester(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 4);
        const QString summary = child<QLabel>(dialog, u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"2 to add"_s), qPrintable(summary));
        // The skipped pattern says where and why.
        const QModelIndexList skipped = view->model()->match(
            view->model()->index(0, 1), Qt::DisplayRole, u"*"_s, 1, Qt::MatchExactly);
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().siblingAtColumn(3).data().toString(), path + u":2"_s);
        QVERIFY(!skipped.first().siblingAtColumn(4).data().toString().isEmpty());
        QCOMPARE(m_fixture->storedNodeNames().size(), 1); // a preview writes nothing

        auto *import = child<QPushButton>(dialog, u"importButton"_s);
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE(m_page->proxy()->rowCount(), 3);
        QCOMPARE(m_fixture->storedNodeNames(),
            (QStringList { u"jetson-01"_s, u"jetson-02"_s, u"lyon-cam-01"_s }));
    }

    void parseErrorShowsLocationAndWritesNothing()
    {
        const QString path = fleetdeck::test::writeFile(m_fixture->dir(), u"nodes.csv"_s,
            "name,host,port\nok-1,10.0.0.1,22\nbad-1,10.0.0.2,http\n");
        openImport(path);
        QPointer<ImportDialog> dialog = m_dialog;
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, u"formatCombo"_s)->currentIndex(), 2); // CSV guessed
        QVERIFY(dialog->preview().error.has_value());
        auto *error = child<QLabel>(dialog, u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(path + u":3"_s), qPrintable(error->text()));
        QVERIFY(!child<QPushButton>(dialog, u"importButton"_s)->isEnabled());
        dialog->reject();
        QCOMPARE(m_fixture->storedNodeNames(), QStringList { u"lyon-cam-01"_s });
    }

    void changingFormatParsesAgain()
    {
        const QString path = fleetdeck::test::writeFile(
            m_fixture->dir(), u"hosts.txt"_s, "[edge]\nansible-01 ansible_host=10.1.1.1\n");
        openImport(path);
        QPointer<ImportDialog> dialog = m_dialog;
        QVERIFY(dialog);
        auto *format = child<QComboBox>(dialog, u"formatCombo"_s);
        const int ansible = format->findData(int(fleetdeck::fleet::ImportFormat::Ansible));
        if (format->currentIndex() != ansible) {
            format->setCurrentIndex(ansible);
            Q_EMIT format->activated(ansible);
            QTRY_VERIFY(!dialog->isBusy());
        }
        QVERIFY2(!dialog->preview().error,
            qPrintable(dialog->preview().error ? dialog->preview().error->toString() : QString()));
        QCOMPARE(dialog->preview().added, 1);
        QCOMPARE(dialog->preview().rows.first().name, u"ansible-01"_s);
        dialog->reject();
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

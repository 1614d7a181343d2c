#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/models/NodeFilterProxyModel.h"
#include "ui/pages/FleetPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/widgets/FileDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::inventory::Tier;
using fleetdeck::test::GuiFixture;
using fleetdeck::ui::AppSettings;
using fleetdeck::ui::FileDialog;
using fleetdeck::ui::MainWindow;
using fleetdeck::ui::ThemeChoice;

namespace {
// A few German words for the ui module, so the test sees visible texts change live without
// depending on how complete the shipped translation is.
class PseudoGerman : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Fleetdeck::Ui") != 0)
            return {};
        static const QHash<QByteArray, QString> words {
            { "Fleet", u"Flotte"_s },
            { "Settings", u"Einstellungen"_s },
            { "Add…", u"Hinzufügen…"_s },
            { "Theme:", u"Design:"_s },
            { "&Theme:", u"&Design:"_s },
            { "Data location", u"Speicherort"_s },
        };
        return words.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }
};

// Counts LanguageChange events that reach a widget.
class LanguageChangeCounter : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};
} // namespace

class TestSettingsPage : public QObject {
    Q_OBJECT
private:
    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index); // what a click on the item does
    }

    std::unique_ptr<GuiFixture> m_fixture;
    MainWindow *m_window = nullptr;

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->seed({ GuiFixture::node(u"lyon-cam-01"_s, Tier::Edge, u"lyon"_s) });
        m_window = &m_fixture->openWindow();
        m_window->showPage(MainWindow::SettingsPageIndex);
    }

    void cleanup() { m_fixture.reset(); }

    void visibleTextsRetranslateLive()
    {
        auto *addButton = child<QToolButton>(m_window->fleetPage(), u"addNodeActionButton"_s);
        QListWidgetItem *fleetItem = m_window->sidebar()->item(MainWindow::FleetPageIndex);
        auto *dataGroup = m_window->settingsPage()->findChildren<QGroupBox *>().first();
        QCOMPARE(addButton->text(), u"Add…"_s);
        QCOMPARE(fleetItem->text(), u"Fleet"_s);
        QCOMPARE(dataGroup->title(), u"Data location"_s);

        PseudoGerman german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        QTRY_COMPARE(addButton->text(), u"Hinzufügen…"_s);
        QCOMPARE(fleetItem->text(), u"Flotte"_s);
        QCOMPARE(dataGroup->title(), u"Speicherort"_s);

        QVERIFY(QCoreApplication::removeTranslator(&german));
        QTRY_COMPARE(addButton->text(), u"Add…"_s);
        QCOMPARE(fleetItem->text(), u"Fleet"_s);
    }

    void languageComboSwitchesAndIsSaved()
    {
        LanguageChangeCounter counter;
        m_window->installEventFilter(&counter);
        auto *languages = child<QComboBox>(m_window, u"languageCombo"_s);
        QCOMPARE(languages->count(), 4); // system, English, Deutsch, Français
        QVERIFY(languages->findText(u"Deutsch"_s) >= 0);
        QVERIFY(languages->findText(u"Français"_s) >= 0);

        choose(languages, u"de"_s);
        QCOMPARE(AppSettings().language(), u"de"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QTRY_VERIFY(counter.count > 0); // the window was told to retranslate
        // Whatever the German file holds today, the window must not be left untranslated: its
        // sidebar text is exactly what Tr gives for the current translators.
        QCOMPARE(m_window->sidebar()->item(MainWindow::SettingsPageIndex)->text(),
            QCoreApplication::translate("Fleetdeck::Ui", "Settings"));

        choose(languages, u"en"_s);
        QCOMPARE(AppSettings().language(), u"en"_s);
        QTRY_COMPARE(
            m_window->sidebar()->item(MainWindow::SettingsPageIndex)->text(), u"Settings"_s);
        choose(languages, QString());
        QCOMPARE(AppSettings().language(), QString());
    }

    void themeSwitchesPalette()
    {
        const QPalette original = QApplication::palette();
        auto *themes = child<QComboBox>(m_window, u"themeCombo"_s);
        choose(themes, u"dark"_s);
        QVERIFY(fleetdeck::ui::isDarkPalette(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        // Widgets take the new palette from a posted event.
        QTRY_VERIFY(fleetdeck::ui::isDarkPalette(m_window->fleetPage()->palette()));
        QCOMPARE(AppSettings().theme(), ThemeChoice::Dark);

        choose(themes, u"light"_s);
        QVERIFY(!fleetdeck::ui::isDarkPalette(QApplication::palette()));
        QCOMPARE(AppSettings().theme(), ThemeChoice::Light);

        choose(themes, u"system"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
        QCOMPARE(AppSettings().theme(), ThemeChoice::System);
    }

    void changingDataLocationReopens()
    {
        const QString other = m_fixture->dir().filePath(u"other/inventory.sqlite"_s);
        QDir().mkpath(QFileInfo(other).absolutePath());
        QSignalSpy opened(m_window, &MainWindow::inventoryOpened);
        FileDialog::setNextFileName(other);
        QTest::mouseClick(child<QPushButton>(m_window, u"changeDatabaseButton"_s), Qt::LeftButton);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toString(), other);
        QCOMPARE(m_window->inventoryPath(), other);
        QCOMPARE(AppSettings().databasePath(), other);
        QCOMPARE(child<QLineEdit>(m_window, u"databasePathEdit"_s)->text(), other);
        QVERIFY(child<QLabel>(m_window, u"inventoryPathLabel"_s)->text().contains(other));
        QTRY_COMPARE(m_window->fleetPage()->proxy()->rowCount(), 0); // a new, empty inventory
        QVERIFY(QFile::exists(other));
    }

    void refusedDataLocationKeepsTheOldOne()
    {
        const QString garbage = fleetdeck::test::writeFile(
            m_fixture->dir(), u"notes.sqlite"_s, "this is not a database\n");
        QSignalSpy failed(m_window, &MainWindow::inventoryFailed);
        FileDialog::setNextFileName(garbage);
        QTest::mouseClick(child<QPushButton>(m_window, u"changeDatabaseButton"_s), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_window->inventoryPath(), m_fixture->databasePath());
        QVERIFY(!child<QLabel>(m_window, u"databaseNote"_s)->text().isEmpty());
        QVERIFY(child<QLabel>(m_window, u"databaseNote"_s)->isVisible());
        QVERIFY(AppSettings().databasePath() != garbage);
        QCOMPARE(m_window->fleetPage()->proxy()->rowCount(), 1);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"

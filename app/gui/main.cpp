// fleetdeck: the desktop app. Everything lives in the ui library; this only reads the command
// line, sets up the application and opens the inventory.
#include "core/inventory/InventoryThread.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/Tr.h"
#include "ui/pages/SettingsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using fleetdeck::ui::Tr;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Fleetdeck"_s);
    QApplication::setApplicationName(u"fleetdeck"_s);
    QApplication::setApplicationDisplayName(u"Fleetdeck"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(FLEETDECK_VERSION));
    QApplication::setDesktopFileName(u"io.fleetdeck.Fleetdeck"_s);

    // Saved language first, so --help is already in the operator's language.
    fleetdeck::ui::SettingsPage::applySavedLanguageAndTheme();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Desktop control plane for hybrid edge/cloud AI inference fleets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, Tr::tr("Use the inventory in FILE."), u"FILE"_s);
    const QCommandLineOption demoOption(
        u"demo"_s, Tr::tr("Start on a throw-away demo inventory that is removed on exit."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.process(app);

    if (parser.isSet(dbOption) && parser.isSet(demoOption)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(Tr::tr("--db and --demo exclude each other: give one of them.")));
        return 2;
    }

    QTemporaryDir demoDir; // removed when main returns
    QString path = fleetdeck::ui::AppSettings().databasePath();
    if (parser.isSet(demoOption)) {
        if (!demoDir.isValid()) {
            std::fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("Cannot create a folder for the demo "
                                  "inventory: %1")
                               .arg(demoDir.errorString())));
            return 1;
        }
        path = demoDir.filePath(u"demo-inventory.sqlite"_s);
    } else if (parser.isSet(dbOption)) {
        path = parser.value(dbOption);
    }

    fleetdeck::inventory::InventoryThread inventory;
    fleetdeck::ui::MainWindow window(inventory);
    const bool demo = parser.isSet(demoOption);
    window.openInventory(path, false, [&window, demo] {
        if (demo)
            window.populateDemoFleet();
    });
    window.show();
    return app.exec();
}

// fleetdeck: the desktop app. Everything lives in the ui library; this only reads the command
// line, sets up the application and opens the inventory.
#include "core/common/Log.h"
#include "core/fleet/DemoAgents.h"
#include "core/fleet/session/OpenFileLimit.h"
#include "core/fleet/session/SessionOptions.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/DemoFleet.h"
#include "core/inventory/InventoryThread.h"
#include "core/inventory/NodeRepository.h"
#include "ui/AppSettings.h"
#include "ui/FleetConnections.h"
#include "ui/MainWindow.h"
#include "ui/Tr.h"
#include "ui/pages/SettingsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHash>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using fleetdeck::ui::Tr;

namespace {

std::atomic<bool> terminationRequested{false};

// SIGTERM (a logout, a test harness) and SIGINT close the window like the operator would, so
// sessions close and the demo's agents and temp folder are cleaned up; dying at once would
// leave them behind. The handler only sets a flag: a timer looks at it.
void closeOnTermination(QWidget &window)
{
    std::signal(SIGTERM, [](int) { terminationRequested = true; });
    std::signal(SIGINT, [](int) { terminationRequested = true; });
    auto *poll = new QTimer(&window);
    QObject::connect(poll, &QTimer::timeout, &window, [&window] {
        if (terminationRequested.exchange(false))
            window.close();
    });
    poll->start(200);
}

// The demo nodes, each with its own local agent, stored on the inventory's writer thread; then
// every one is connected. The commands are made here, on the GUI thread, before the job runs.
void populateLiveDemo(fleetdeck::inventory::InventoryThread &inventory,
                      fleetdeck::fleet::DemoAgents &agents, fleetdeck::ui::FleetConnections &connections)
{
    using namespace fleetdeck::inventory;
    QHash<QString, QString> commands;
    for (const Node &node : demoFleetNodes())
        commands.insert(node.name, agents.agentCommand(node.name));
    auto *thread = &inventory;
    inventory.submit<fleetdeck::Result<QList<Node>>>(
        &connections,
        [thread, commands](Database &db) {
            AuditLog audit(db, AuditLog::defaultActor(u"gui"_s));
            NodeRepository nodes(db, audit);
            auto stored = populateDemoFleet(nodes, [&commands](const QString &name) -> QString {
                return commands.value(name);
            });
            if (stored) {
                thread->notifyNodesChanged();
                thread->notifyAuditAppended();
            }
            return stored;
        },
        [&connections](fleetdeck::Result<QList<Node>> nodes) {
            if (!nodes) {
                qCWarning(lcUi) << "demo fleet not created:" << nodes.error().toString();
                return;
            }
            qCInfo(lcUi) << "demo fleet: connecting" << nodes->size() << "local agents";
            connections.connectNodes(*nodes);
        });
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any session: a large fleet needs more descriptors than the default soft limit.
    fleetdeck::fleet::raiseOpenFileLimit();
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
    // The demo's agent daemons outlive their sessions by design: stopped after the window (and
    // its sessions) went, before demoDir, their state folders, is removed.
    std::unique_ptr<fleetdeck::fleet::DemoAgents> demoAgents;
    const auto stopDemoAgents = qScopeGuard([&demoAgents] {
        if (demoAgents)
            demoAgents->stopAll();
    });
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
        demoAgents = std::make_unique<fleetdeck::fleet::DemoAgents>(demoDir.filePath(u"agents"_s));
    } else if (parser.isSet(dbOption)) {
        path = parser.value(dbOption);
    }

    fleetdeck::inventory::InventoryThread inventory;
    fleetdeck::ui::MainWindow window(inventory);
    // Nodes are reached as ssh would reach them: ~/.ssh/config (HostName, Port, User,
    // IdentityFile, ProxyJump...) is read once here; a broken file marks SSH nodes degraded with
    // its file:line. Sessions reconnect by themselves with backoff.
    fleetdeck::fleet::SessionOptions sessionOptions;
    sessionOptions.withUserSshConfig();
    window.setSessionOptions(sessionOptions);
    // The demo's nodes connect through the window's own sessions, so its Fleet page shows them live.
    window.openInventory(path, false, [&inventory, &demoAgents, &window] {
        if (demoAgents)
            populateLiveDemo(inventory, *demoAgents, *window.fleetConnections());
    });
    closeOnTermination(window);
    window.show();
    return app.exec();
}

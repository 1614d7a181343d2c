#include "tests/gui/GuiFixture.h"

#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/InventoryThread.h"
#include "core/inventory/NodeRepository.h"
#include "ui/MainWindow.h"
#include "ui/models/NodeTableModel.h"
#include "ui/pages/FleetPage.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

using inventory::AuditLog;
using inventory::Database;
using inventory::Node;
using inventory::NodeRepository;

GuiFixture::GuiFixture()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
}

GuiFixture::~GuiFixture()
{
    m_window.reset();
    m_thread.reset();
}

void GuiFixture::seed(const QList<Node> &nodes)
{
    auto db = Database::open(databasePath());
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(databasePath()), qPrintable(db.error().toString()));
    AuditLog audit(**db, u"test"_s);
    NodeRepository repo(**db, audit);
    const Result<void> done = (*db)->transaction([&]() -> Result<void> {
        for (const Node &node : nodes) {
            if (auto stored = repo.upsertInTransaction(node); !stored)
                return stored.error();
        }
        return {};
    });
    if (!done)
        qFatal("seeding failed: %s", qPrintable(done.error().toString()));
}

inventory::InventoryThread &GuiFixture::thread()
{
    if (!m_thread)
        m_thread = std::make_unique<inventory::InventoryThread>();
    return *m_thread;
}

ui::MainWindow &GuiFixture::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(thread());
    QSignalSpy loaded(m_window->fleetPage(), &ui::FleetPage::nodesLoaded);
    m_window->openInventory(databasePath());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qFatal("the main window was never exposed");
    // Keyboard shortcuts only reach the active window (Xvfb has no window manager to activate it).
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qFatal("the main window never became active");
    if (loaded.isEmpty() && !loaded.wait(10000))
        qFatal("the fleet table never loaded");
    return *m_window;
}

QStringList GuiFixture::storedNodeNames() const
{
    auto db = Database::open(databasePath(), Database::OpenMode::ReadOnly);
    if (!db)
        qFatal("cannot read %s: %s", qPrintable(databasePath()), qPrintable(db.error().toString()));
    AuditLog audit(**db, u"test"_s);
    NodeRepository repo(**db, audit);
    auto nodes = repo.list();
    if (!nodes)
        qFatal("cannot list nodes: %s", qPrintable(nodes.error().toString()));
    QStringList names;
    for (const Node &node : *nodes)
        names << node.name;
    return names;
}

Node GuiFixture::node(const QString &name, inventory::Tier tier, const QString &site, int port)
{
    Node n;
    n.name = name;
    n.host = name + u".example.net"_s;
    n.port = port;
    n.site = site;
    n.tier = tier;
    return n;
}

} // namespace fleetdeck::test

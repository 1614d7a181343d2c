#pragma once

#include "core/inventory/Node.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fleetdeck::inventory {
class InventoryThread;
}
namespace fleetdeck::ui {
class MainWindow;
}

namespace fleetdeck::test {

// A real inventory in a temporary folder, its writer thread and, on demand, the real main window
// opened on it. Reads of the SQLite file for assertions go through a second, read-only
// connection, as an operator's second tool would.
class GuiFixture {
public:
    GuiFixture();
    ~GuiFixture();

    QString databasePath() const { return m_dir.filePath(QStringLiteral("inventory.sqlite")); }
    const QTemporaryDir &dir() const { return m_dir; }

    // Writes nodes straight into the inventory file, before any window opens it.
    void seed(const QList<inventory::Node> &nodes);

    // Creates, shows and opens the main window; returns once the fleet table is loaded.
    ui::MainWindow &openWindow();
    ui::MainWindow *window() const { return m_window.get(); }
    inventory::InventoryThread &thread();

    // Node names stored in the file, read with a separate connection.
    QStringList storedNodeNames() const;

    static inventory::Node node(const QString &name, inventory::Tier tier = inventory::Tier::Edge,
        const QString &site = {}, int port = 22);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<inventory::InventoryThread> m_thread;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace fleetdeck::test

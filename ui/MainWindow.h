#pragma once

#include "core/fleet/session/SessionOptions.h"
#include "ui/AsyncInventory.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace fleetdeck::inventory {
class InventoryThread;
}
namespace fleetdeck::credentials {
class PassphraseSource;
class SecretStore;
} // namespace fleetdeck::credentials

namespace fleetdeck::ui {

class EventsPage;
class FleetConnections;
class FleetPage;
class PassphraseDialogPrompt;
class SettingsPage;
class ValidatePage;

// The desktop app's window: a navigation sidebar, one page per area, and a status bar with the
// open inventory and the latest activity. It opens the inventory through the InventoryThread
// it is given and never touches the database itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        FleetPageIndex,
        ModelsPageIndex,
        ValidatePageIndex,
        RolloutsPageIndex,
        FailoverPageIndex,
        ConfigPageIndex,
        EventsPageIndex,
        ReportsPageIndex,
        SettingsPageIndex,
        PageCount
    };

    explicit MainWindow(inventory::InventoryThread &inventory, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or switches to) the inventory at path; then() runs after a successful open.
    // When remember is set, a successful open becomes the saved data location.
    void openInventory(const QString &path, bool remember = false, std::function<void()> then = {});
    void populateDemoFleet();

    void showPage(Page page);
    Page currentPage() const;

    FleetPage *fleetPage() const { return m_fleetPage; }
    EventsPage *eventsPage() const { return m_eventsPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    ValidatePage *validatePage() const { return m_validatePage; }
    QListWidget *sidebar() const { return m_sidebar; }
    FleetConnections *fleetConnections() const { return m_connections; }
    PassphraseDialogPrompt *passphrasePrompt() const { return m_passphrasePrompt; }

    // Options for sessions opened from now on (known_hosts, timeouts...); the passphrase hooks
    // are this window's (keychain, then the passphrase dialog) unless options bring their own.
    void setSessionOptions(const fleet::SessionOptions &options);
    // Where "remember the passphrase" goes; the OS keychain by default, null for none.
    void setKeychain(std::shared_ptr<credentials::SecretStore> keychain);
    QString inventoryPath() const { return m_inventoryPath; }

Q_SIGNALS:
    void inventoryOpened(const QString &path);
    void inventoryFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    QWidget *buildSidebar(QWidget *parent);
    void buildMenus();
    void retranslateUi();
    void showActivity(const QString &message);
    void updatePathLabel();
    void applySessionOptions();

    AsyncInventory m_inventory;
    QString m_inventoryPath;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_pathLabel;
    FleetPage *m_fleetPage = nullptr;
    EventsPage *m_eventsPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    FleetConnections *m_connections = nullptr;
    PassphraseDialogPrompt *m_passphrasePrompt = nullptr;
    std::unique_ptr<credentials::PassphraseSource> m_passphrases;
    fleet::SessionOptions m_sessionOptions;
    ValidatePage *m_validatePage = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace fleetdeck::ui

#include "ui/MainWindow.h"

#include "core/common/Log.h"
#include "core/credentials/KeychainStore.h"
#include "core/credentials/PassphraseSource.h"
#include "core/inventory/InventoryThread.h"
#include "ui/AppSettings.h"
#include "ui/FleetConnections.h"
#include "ui/Tr.h"
#include "ui/dialogs/PassphraseDialogPrompt.h"
#include "ui/pages/EventsPage.h"
#include "ui/pages/FleetPage.h"
#include "ui/pages/PlaceholderPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/ValidatePage.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The ui library is static: its resources must be registered by name (outside any namespace).
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace fleetdeck::ui {

namespace {
// Sidebar captions, translated in retranslateUi(); the order is MainWindow::Page.
const char *const kPageNames[] = {
    QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Fleet"),
    QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Models"),
    QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Validate"),
    QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Rollouts"),
    QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Failover"),
    QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Config"),
    QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Events"),
    QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Reports"),
    QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Settings"),
};
constexpr int kActivityTimeoutMs = 8000;
} // namespace

MainWindow::MainWindow(inventory::InventoryThread &inventory, QWidget *parent)
    : QMainWindow(parent)
    , m_inventory(inventory)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_pathLabel(new QLabel(this))
{
    initUiResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/fleetdeck/icons/fleetdeck.svg"_s));
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize({ 20, 20 });
    m_sidebar->setSpacing(2);
    m_sidebar->setAutoFillBackground(true);
    m_sidebar->setBackgroundRole(QPalette::Window);
    // Taller rows than a plain list: the sidebar is the app's main navigation.
    m_sidebar->setStyleSheet(u"QListWidget::item { padding: 6px 4px; }"_s);
    m_pathLabel->setObjectName(u"inventoryPathLabel"_s);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildPages();
    buildMenus();
    m_connections = new FleetConnections(this);
    m_connections->setInventory(&inventory);
    m_passphrasePrompt = new PassphraseDialogPrompt(this);
    m_fleetPage->setConnections(m_connections);
    m_eventsPage->setConnections(m_connections);
    setKeychain(std::make_shared<credentials::KeychainStore>());

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildSidebar(central));
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_pathLabel);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(&inventory, &inventory::InventoryThread::nodesChanged, m_fleetPage, &FleetPage::reload);
    m_sidebar->setCurrentRow(FleetPageIndex);

    retranslateUi();
    const QByteArray geometry = AppSettings().windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // A handshake waiting for a passphrase must not hold up the sessions' thread on the way out.
    m_passphrasePrompt->shutdown();
}

void MainWindow::setSessionOptions(const fleet::SessionOptions &options)
{
    m_sessionOptions = options;
    applySessionOptions();
}

void MainWindow::setKeychain(std::shared_ptr<credentials::SecretStore> keychain)
{
    m_passphrases = std::make_unique<credentials::PassphraseSource>(
        std::move(keychain), m_passphrasePrompt->promptFunction());
    // Told on a handshake's worker thread; the status bar is the GUI thread's.
    m_passphrases->setRememberFailedHandler(
        [window = QPointer<MainWindow>(this)](const QString &identityFile, const QString &why) {
            if (!window)
                return; // the app is closing
            QMetaObject::invokeMethod(
                window,
                [window, identityFile, why] {
                    if (window)
                        window->showActivity(
                            Tr::tr("The passphrase of %1 was not kept in the system keychain: %2")
                                .arg(QDir::toNativeSeparators(identityFile), why));
                },
                Qt::QueuedConnection);
        });
    applySessionOptions();
}

void MainWindow::applySessionOptions()
{
    fleet::SessionOptions options = m_sessionOptions;
    if (!options.passphraseProvider)
        m_passphrases->applyTo(options);
    m_connections->setSessionOptions(options);
}

QWidget *MainWindow::buildSidebar(QWidget *parent)
{
    auto *panel = new QWidget(parent);
    panel->setFixedWidth(190);
    auto *brandIcon = new QLabel(panel);
    brandIcon->setPixmap(windowIcon().pixmap(28, 28));
    auto *brandName = new QLabel(u"Fleetdeck"_s, panel); // a name: never translated
    QFont brandFont = brandName->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.3);
    brandFont.setBold(true);
    brandName->setFont(brandFont);
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(12, 12, 12, 8);
    brand->addWidget(brandIcon);
    brand->addWidget(brandName, 1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(brand);
    layout->addWidget(m_sidebar, 1);
    return panel;
}

void MainWindow::buildPages()
{
    m_fleetPage = new FleetPage(m_inventory, m_stack);
    m_eventsPage = new EventsPage(m_inventory, m_stack);
    m_settingsPage = new SettingsPage(m_stack);
    m_validatePage = new ValidatePage(m_inventory, m_stack);
    auto placeholder = [this](const char *title, const char *text) {
        return new PlaceholderPage(title, text, m_stack);
    };
    const QStyle *s = style();
    const struct {
        QWidget *page;
        QIcon icon;
    } pages[] = {
        { m_fleetPage, s->standardIcon(QStyle::SP_ComputerIcon) },
        { placeholder(QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Models"),
              QT_TRANSLATE_NOOP("Fleetdeck::Ui",
                  "Model versions you have imported, with their hashes, signatures and "
                  "local validation results, and where each version is deployed.")),
            s->standardIcon(QStyle::SP_DriveHDIcon) },
        { m_validatePage, s->standardIcon(QStyle::SP_DialogApplyButton) },
        { placeholder(QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Rollouts"),
              QT_TRANSLATE_NOOP("Fleetdeck::Ui",
                  "Gated rollouts of a model version in waves, with bake times, metric "
                  "gates, stop rules, and the reason for every decision.")),
            s->standardIcon(QStyle::SP_ArrowUp) },
        { placeholder(QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Failover"),
              QT_TRANSLATE_NOOP("Fleetdeck::Ui",
                  "Failover groups: which member serves each service, the standbys in "
                  "order, and a button to fail over by hand.")),
            s->standardIcon(QStyle::SP_BrowserReload) },
        { placeholder(QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Config"),
              QT_TRANSLATE_NOOP("Fleetdeck::Ui",
                  "Configuration files pushed to nodes, their versions, a diff against "
                  "what each node runs, and rollback.")),
            s->standardIcon(QStyle::SP_FileDialogDetailedView) },
        { m_eventsPage, s->standardIcon(QStyle::SP_FileDialogContentsView) },
        { placeholder(QT_TRANSLATE_NOOP("Fleetdeck::Ui", "Reports"),
              QT_TRANSLATE_NOOP("Fleetdeck::Ui",
                  "CSV exports of the inventory, deployments, rollouts, failovers, "
                  "validations, metrics and audit log, and a PDF operational report.")),
            s->standardIcon(QStyle::SP_FileIcon) },
        { m_settingsPage, s->standardIcon(QStyle::SP_FileDialogListView) },
    };
    for (const auto &page : pages) {
        m_stack->addWidget(page.page);
        m_sidebar->addItem(new QListWidgetItem(page.icon, QString()));
    }

    connect(m_fleetPage, &FleetPage::activity, this, &MainWindow::showActivity);
    connect(m_eventsPage, &EventsPage::activity, this, &MainWindow::showActivity);
    connect(m_validatePage, &ValidatePage::activity, this, &MainWindow::showActivity);
    connect(m_settingsPage, &SettingsPage::databasePathRequested, this,
        [this](const QString &path) { openInventory(path, true); });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, [this] {
        showPage(FleetPageIndex);
        m_fleetPage->importNodes();
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        MessageBox::information(this, Tr::tr("About Fleetdeck"),
            Tr::tr("Fleetdeck %1\nA control plane for hybrid edge/cloud AI inference fleets.")
                .arg(QString::fromUtf8(FLEETDECK_VERSION)));
    });
}

void MainWindow::openInventory(const QString &path, bool remember, std::function<void()> then)
{
    showActivity(Tr::tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_inventory.thread().open(path, this, [this, path, remember, then](Result<void> opened) {
        if (!opened) {
            const QString message =
                Tr::tr("Cannot open the inventory: %1").arg(opened.error().toString());
            qCWarning(lcUi) << "open failed:" << opened.error().toString();
            showActivity(message);
            m_settingsPage->setDatabaseError(message);
            if (m_inventoryPath.isEmpty())
                MessageBox::warning(this, Tr::tr("Inventory"), message);
            Q_EMIT inventoryFailed(message);
            return;
        }
        if (path != m_inventoryPath) {
            // Ids of another file mean other nodes: start from empty rather than merge.
            m_fleetPage->clear();
        }
        m_inventoryPath = path;
        if (remember)
            AppSettings().setDatabasePath(path);
        m_settingsPage->setDatabasePath(path);
        updatePathLabel();
        m_fleetPage->reload();
        m_eventsPage->reload();
        showActivity(Tr::tr("Opened %1").arg(QDir::toNativeSeparators(path)));
        Q_EMIT inventoryOpened(path);
        if (then)
            then();
    });
}

void MainWindow::populateDemoFleet()
{
    m_inventory.populateDemoFleet(this, [this](Result<QList<inventory::Node>> nodes) {
        if (nodes)
            showActivity(Tr::tr("Demo fleet: %n node(s) added", nullptr, int(nodes->size())));
        else
            showActivity(
                Tr::tr("Could not create the demo fleet: %1").arg(nodes.error().toString()));
    });
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::showActivity(const QString &message)
{
    statusBar()->showMessage(message, kActivityTimeoutMs);
}

void MainWindow::updatePathLabel()
{
    m_pathLabel->setText(m_inventoryPath.isEmpty()
            ? Tr::tr("No inventory open")
            : Tr::tr("Inventory: %1").arg(QDir::toNativeSeparators(m_inventoryPath)));
    setWindowTitle(m_inventoryPath.isEmpty()
            ? u"Fleetdeck"_s
            : Tr::tr("%1 — Fleetdeck").arg(QFileInfo(m_inventoryPath).fileName()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    for (int row = 0; row < PageCount; ++row)
        m_sidebar->item(row)->setText(Tr::tr(kPageNames[row]));
    m_fileMenu->setTitle(Tr::tr("&File"));
    m_importAction->setText(Tr::tr("&Import nodes…"));
    m_quitAction->setText(Tr::tr("&Quit"));
    m_helpMenu->setTitle(Tr::tr("&Help"));
    m_aboutAction->setText(Tr::tr("&About Fleetdeck"));
    updatePathLabel();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings().setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace fleetdeck::ui

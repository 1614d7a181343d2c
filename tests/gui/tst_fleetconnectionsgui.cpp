#include "core/fleet/session/NodeStatus.h"
#include "core/transport/HostKey.h"
#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "tests/support/sshd/SshdFixture.h"
#include "ui/FleetConnections.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/HostKeyDialog.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/dialogs/PassphraseDialogPrompt.h"
#include "ui/models/ConnectionEventModel.h"
#include "ui/models/NodeFilterProxyModel.h"
#include "ui/models/NodeTableModel.h"
#include "ui/pages/EventsPage.h"
#include "ui/pages/FleetPage.h"
#include "ui/widgets/NodeDetailPane.h"
#include "ui/widgets/SummaryTile.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::NodeState;
using fleetdeck::inventory::Node;
using fleetdeck::test::GuiFixture;
using fleetdeck::test::SshdFixture;
using fleetdeck::ui::ConnectionEventModel;
using fleetdeck::ui::FleetPage;
using fleetdeck::ui::HostKeyDialog;
using fleetdeck::ui::MainWindow;
using fleetdeck::ui::PassphraseDialog;

// The operator's view of live connections, end to end: the real window under Xvfb, real agents
// (a local child process, and over a real sshd on loopback), real dialogs clicked through.
class TestFleetConnectionsGui : public QObject {
    Q_OBJECT
private:
    static constexpr int kTimeoutMs = 30000;

    std::unique_ptr<QTemporaryDir> m_temp; // short path: agent sockets must fit 107 bytes
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<SshdFixture> m_sshd;
    MainWindow *m_window = nullptr;
    FleetPage *m_page = nullptr;

    QString agentCommand(const QString &name) const
    {
        const QString state = m_temp->filePath(u"st/"_s + name);
        QDir().mkpath(state);
        QFile::setPermissions(state, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return fleetdeck::test::binaryPath(u"fleetdeck-agent"_s) + u" rpc --state "_s + state;
    }
    Node localNode(const QString &name) const
    {
        Node node = GuiFixture::node(name);
        node.host = u"localhost"_s;
        node.agentCommand = u"local "_s + agentCommand(name);
        return node;
    }
    Node sshNode(const QString &name, const QString &identityFile) const
    {
        Node node = GuiFixture::node(name);
        node.host = u"127.0.0.1"_s;
        node.port = m_sshd->port();
        node.user = m_sshd->user();
        node.identityFile = identityFile;
        node.agentCommand = agentCommand(name);
        return node;
    }
    void openWindow(const QString &knownHosts)
    {
        m_window = &m_fixture->openWindow();
        m_window->setKeychain(nullptr); // tests never touch a desktop keychain
        fleetdeck::fleet::SessionOptions options;
        options.knownHostsPath = knownHosts;
        options.connectTimeout = std::chrono::seconds(10);
        m_window->setSessionOptions(options);
        m_page = m_window->fleetPage();
    }
    qint64 idOf(const QString &name) const
    {
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (m_page->model()->nodeAt(row).name == name)
                return m_page->model()->nodeAt(row).id;
        }
        qFatal("no node %s", qPrintable(name));
    }
    NodeState stateOf(const QString &name) const
    {
        return m_page->model()->stateAt(m_page->model()->rowOfId(idOf(name))).state;
    }
    void select(const QString &name)
    {
        const QModelIndexList hits = m_page->proxy()->match(
            m_page->proxy()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QVERIFY(!hits.isEmpty());
        QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {},
            m_page->view()->visualRect(hits.first()).center());
        QCOMPARE(m_page->detailPane()->nodeId(), idOf(name));
    }
    void click(const QString &buttonName)
    {
        auto *button = m_page->findChild<QToolButton *>(buttonName);
        QVERIFY2(button, qPrintable(buttonName));
        QVERIFY2(button->isEnabled(), qPrintable(buttonName + u" is disabled"_s));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static QString readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    // SHA256 fingerprints of the sshd fixture's host keys, as `ssh-keygen -l` prints them.
    QStringList serverFingerprints() const
    {
        QStringList fingerprints;
        for (const QString &type : { u"ed25519"_s, u"rsa"_s, u"ecdsa"_s }) {
            const QStringList fields =
                readFile(m_sshd->hostKeyPublicPath(type)).split(u' ', Qt::SkipEmptyParts);
            if (fields.size() < 2)
                continue;
            const auto key =
                fleetdeck::transport::HostKey::fromBase64(fields[0], fields[1].toLatin1());
            if (key)
                fingerprints << key->fingerprint();
        }
        return fingerprints;
    }
    bool startSshd()
    {
        m_sshd = std::make_unique<SshdFixture>(m_temp->filePath(u"sshd"_s));
        if (!m_sshd->start()) {
            qWarning("sshd did not start: %s", qPrintable(m_sshd->errorString()));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void init()
    {
        m_temp = std::make_unique<QTemporaryDir>(u"/tmp/fdg-XXXXXX"_s);
        QVERIFY(m_temp->isValid());
        m_fixture = std::make_unique<GuiFixture>();
    }

    void cleanup()
    {
        m_fixture.reset(); // closes the window and every session before sshd goes
        m_sshd.reset();
        m_temp.reset();
        m_window = nullptr;
        m_page = nullptr;
    }

    // Connect on a node with a real local agent: online, the Connected tile counts it, the
    // detail pane shows the agent's real facts; Disconnect; both appear on the Events page.
    void connectLocalNodeShowsFactsThenDisconnects()
    {
        m_fixture->seed({ localNode(u"here"_s), GuiFixture::node(u"elsewhere"_s) });
        openWindow(m_temp->filePath(u"known_hosts"_s));
        QCOMPARE(stateOf(u"here"_s), NodeState::Unknown);
        select(u"here"_s);
        QVERIFY(m_page->detailPane()->shownText().join(u'\n').contains(u"Not connected"_s));
        QVERIFY(!m_page->findChild<QToolButton *>(u"disconnectActionButton"_s)->isEnabled());

        click(u"connectActionButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"here"_s), NodeState::Online, kTimeoutMs);
        QCOMPARE(stateOf(u"elsewhere"_s), NodeState::Unknown); // only the selection
        QCOMPARE(m_page->findChild<fleetdeck::ui::SummaryTile *>(u"connectedTile"_s)->value(), 1);
        const QModelIndex status = m_page->model()->index(
            m_page->model()->rowOfId(idOf(u"here"_s)), fleetdeck::ui::NodeTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), fleetdeck::fleet::nodeStateLabel(NodeState::Online));
        QVERIFY(m_page->findChild<QToolButton *>(u"disconnectActionButton"_s)->isEnabled());
        QVERIFY(!m_page->findChild<QToolButton *>(u"connectActionButton"_s)->isEnabled());

        // The facts are the agent's, read from this very machine.
        const QString hostname = QSysInfo::machineHostName();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->detailPane()->shownText().contains(u"Hostname: "_s + hostname), kTimeoutMs);
        const QString details = m_page->detailPane()->shownText().join(u'\n');
        QVERIFY2(details.contains(u"Transport: local process"_s), qPrintable(details));
        QVERIFY2(details.contains(u"Kernel: "_s + QSysInfo::kernelVersion()), qPrintable(details));
        QVERIFY2(details.contains(u"Agent version: "_s), qPrintable(details));
        QVERIFY2(details.contains(u"Memory: "_s), qPrintable(details));
        QVERIFY2(details.contains(u"GPU"_s), qPrintable(details));

        click(u"disconnectActionButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"here"_s), NodeState::Unknown, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->findChild<QToolButton *>(u"connectActionButton"_s)->isEnabled(), kTimeoutMs);
        QCOMPARE(m_page->findChild<fleetdeck::ui::SummaryTile *>(u"connectedTile"_s)->value(), 0);
        // The pane keeps why and what was last known.
        const QString after = m_page->detailPane()->shownText().join(u'\n');
        QVERIFY2(after.contains(u"State: not connected"_s), qPrintable(after));
        QVERIFY2(after.contains(u"Reason: "_s), qPrintable(after));
        QVERIFY2(after.contains(u"Facts (last known)"_s), qPrintable(after));
        QVERIFY2(after.contains(u"Hostname: "_s + hostname), qPrintable(after));

        // Events: live on the Connections tab, newest first, filtered by node.
        fleetdeck::ui::EventsPage *events = m_window->eventsPage();
        QAbstractItemModelTester tester(
            events->connectionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(events->connectionModel()->rowCount() >= 2, kTimeoutMs);
        ConnectionEventModel *model = events->connectionModel();
        QCOMPARE(model->eventAt(0).kind, fleetdeck::fleet::ConnectionEventKind::Disconnected);
        QCOMPARE(model->eventAt(1).kind, fleetdeck::fleet::ConnectionEventKind::Connected);
        QCOMPARE(model->eventAt(1).nodeName, u"here"_s);
        m_window->showPage(MainWindow::EventsPageIndex);
        events->tabs()->setCurrentIndex(1);
        auto *filter = events->findChild<QLineEdit *>(u"nodeFilterEdit"_s);
        QTest::keyClicks(filter, u"elsewhere"_s);
        QCOMPARE(events->connectionProxy()->rowCount(), 0);
        filter->clear();
        QCOMPARE(events->connectionProxy()->rowCount(), model->rowCount());

        // And they were stored: a reload reads them back from the inventory.
        events->reload();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, kTimeoutMs);
        QCOMPARE(model->eventAt(0).kind, fleetdeck::fleet::ConnectionEventKind::Disconnected);
    }

    // Keyboard: Connect all (Ctrl+Shift+K) reaches every node, whatever the selection.
    void connectAllFromKeyboard()
    {
        m_fixture->seed({ localNode(u"one"_s), localNode(u"two"_s) });
        openWindow(m_temp->filePath(u"known_hosts"_s));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"one"_s), NodeState::Online, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"two"_s), NodeState::Online, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_page->findChild<QToolButton *>(u"connectAllActionButton"_s)->isEnabled(),
            kTimeoutMs);
    }

    // An unknown host key over real SSH: the dialog shows the server's real fingerprint and the
    // known_hosts file; Reject leaves the node refused and the file untouched; asked again from
    // the detail pane, Accept connects and writes the key.
    void unknownHostKeyRejectThenAccept()
    {
        QVERIFY(startSshd());
        const QString knownHosts = m_temp->filePath(u"known_hosts"_s);
        m_fixture->seed({ sshNode(u"remote"_s, m_sshd->clientKeyPath()) });
        openWindow(knownHosts);
        select(u"remote"_s);
        click(u"connectActionButton"_s);

        QTRY_VERIFY_WITH_TIMEOUT(m_page->hostKeyQueue()->current() != nullptr, kTimeoutMs);
        HostKeyDialog *dialog = m_page->hostKeyQueue()->current();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->offersAccept());
        const QString text = dialog->findChild<QLabel *>(u"hostKeyText"_s)->text();
        const QString offered = dialog->offeredKey()->fingerprint();
        QVERIFY2(serverFingerprints().contains(offered), qPrintable(offered));
        QVERIFY2(text.contains(offered), qPrintable(text));
        QVERIFY2(
            text.contains(QDir::toNativeSeparators(knownHosts).toHtmlEscaped()), qPrintable(text));
        QVERIFY2(text.contains(u"[127.0.0.1]:%1"_s.arg(m_sshd->port())), qPrintable(text));
        QCOMPARE(stateOf(u"remote"_s), NodeState::HostKeyRefused);

        QTest::mouseClick(
            dialog->findChild<QPushButton *>(u"rejectHostKeyButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_page->hostKeyQueue()->current() == nullptr);
        QTest::qWait(500);
        QCOMPARE(stateOf(u"remote"_s), NodeState::HostKeyRefused);
        QVERIFY(!readFile(knownHosts).contains(u"127.0.0.1"_s));

        auto *review = m_page->detailPane()->findChild<QPushButton *>(u"hostKeyDetailsButton"_s);
        QTRY_VERIFY(review->isVisible());
        QTest::mouseClick(review, Qt::LeftButton);
        QTRY_VERIFY(m_page->hostKeyQueue()->current() != nullptr);
        dialog = m_page->hostKeyQueue()->current();
        QCOMPARE(dialog->offeredKey()->fingerprint(), offered);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(u"acceptHostKeyButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"remote"_s), NodeState::Online, kTimeoutMs);
        const QString written = readFile(knownHosts);
        QVERIFY2(written.contains(u"[127.0.0.1]:%1"_s.arg(m_sshd->port())), qPrintable(written));
        const auto status = m_window->fleetConnections()->status(idOf(u"remote"_s));
        QVERIFY(status && status->transport == u"ssh"_s);
    }

    // An encrypted key: the passphrase dialog answers the SSH handshake's request (made on the
    // sessions' thread); a wrong passphrase asks again and says why; the right one connects.
    void passphraseDialogUnlocksEncryptedKey()
    {
        QVERIFY(startSshd());
        const QString key = m_temp->filePath(u"id_encrypted"_s);
        QVERIFY(QFile::copy(m_sshd->clientKeyPath(), key));
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(
            QProcess::execute(u"ssh-keygen"_s,
                { u"-q"_s, u"-p"_s, u"-P"_s, QString(), u"-N"_s, u"open sesame"_s, u"-f"_s, key }),
            0);
        m_fixture->seed({ sshNode(u"locked"_s, key) });
        openWindow(m_sshd->knownHostsPath());
        select(u"locked"_s);
        click(u"connectActionButton"_s);

        auto *prompt = m_window->passphrasePrompt();
        QTRY_VERIFY_WITH_TIMEOUT(prompt->currentDialog() != nullptr, kTimeoutMs);
        PassphraseDialog *dialog = prompt->currentDialog();
        QCOMPARE(
            dialog->findChild<QLabel *>(u"keyFileLabel"_s)->text(), QDir::toNativeSeparators(key));
        QCOMPARE(dialog->passphraseEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->rememberBox()->isEnabled()); // no keychain in this test, and it says so
        QVERIFY(!dialog->findChild<QLabel *>(u"rememberNote"_s)->text().isEmpty());
        QTest::keyClicks(dialog->passphraseEdit(), u"wrong guess"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(
            prompt->currentDialog() && prompt->currentDialog() != dialog, kTimeoutMs);
        dialog = prompt->currentDialog();
        QVERIFY2(dialog->messageText().contains(u"Wrong passphrase"_s),
            qPrintable(dialog->messageText()));
        QVERIFY(dialog->messageText().contains(u"attempt 2"_s));
        QTest::keyClicks(dialog->passphraseEdit(), u"open sesame"_s);
        QTest::keyClick(dialog->passphraseEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"locked"_s), NodeState::Online, kTimeoutMs);
    }

    // A CHANGED host key (known_hosts pins another key for the server): refused, never offered
    // for acceptance; from the node's status the dialog shows both fingerprints and the fix.
    void changedHostKeyOffersOnlyTheFix()
    {
        QVERIFY(startSshd());
        const QString other = m_temp->filePath(u"other_key"_s);
        QCOMPARE(QProcess::execute(u"ssh-keygen"_s,
                     { u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, other }),
            0);
        const QStringList fields = readFile(other + u".pub"_s).split(u' ', Qt::SkipEmptyParts);
        QVERIFY(fields.size() >= 2);
        const QString pinned =
            fleetdeck::transport::HostKey::fromBase64(fields[0], fields[1].toLatin1())
                ->fingerprint();
        const QString knownHosts = fleetdeck::test::writeFile(*m_temp, u"known_hosts_changed"_s,
            u"[127.0.0.1]:%1 %2 %3\n"_s.arg(m_sshd->port()).arg(fields[0], fields[1]).toUtf8());
        m_fixture->seed({ sshNode(u"swapped"_s, m_sshd->clientKeyPath()) });
        openWindow(knownHosts);
        select(u"swapped"_s);
        click(u"connectActionButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"swapped"_s), NodeState::HostKeyRefused, kTimeoutMs);
        QTest::qWait(300);
        QVERIFY(m_page->hostKeyQueue()->current() == nullptr); // nothing to confirm

        auto *fix = m_page->detailPane()->findChild<QPushButton *>(u"hostKeyDetailsButton"_s);
        QTRY_VERIFY(fix->isVisible());
        QTest::mouseClick(fix, Qt::LeftButton);
        QTRY_VERIFY(m_page->hostKeyQueue()->current() != nullptr);
        HostKeyDialog *dialog = m_page->hostKeyQueue()->current();
        QVERIFY(!dialog->offersAccept());
        QVERIFY(dialog->findChild<QPushButton *>(u"acceptHostKeyButton"_s) == nullptr);
        const QString text = dialog->findChild<QLabel *>(u"hostKeyText"_s)->text();
        QVERIFY2(text.contains(u"CHANGED"_s), qPrintable(text));
        QVERIFY2(text.contains(pinned), qPrintable(text));
        const QStringList served = serverFingerprints();
        QVERIFY2(std::any_of(served.cbegin(), served.cend(),
                     [&text](const QString &fingerprint) { return text.contains(fingerprint); }),
            qPrintable(text));
        QCOMPARE(dialog->fixCommand(),
            u"ssh-keygen -R '[127.0.0.1]:%1' -f %2"_s.arg(m_sshd->port()).arg(knownHosts));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(u"closeHostKeyButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_page->hostKeyQueue()->current() == nullptr);
        QCOMPARE(stateOf(u"swapped"_s), NodeState::HostKeyRefused);
        QVERIFY(readFile(knownHosts).contains(pinned.isEmpty() ? u"x"_s : fields[1]));
    }
};

QTEST_MAIN(TestFleetConnectionsGui)
#include "tst_fleetconnectionsgui.moc"

#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/dialogs/HostKeyDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::HostKeyFacts;
using fleetdeck::fleet::NodeState;
using fleetdeck::fleet::NodeStatus;
using fleetdeck::inventory::Node;
using fleetdeck::test::GuiFixture;
using fleetdeck::transport::HostKey;
using fleetdeck::ui::HostKeyDialog;
using fleetdeck::ui::HostKeyQueue;

namespace {
HostKey key(char fill)
{
    // Any blob will do for the dialog; the type prefix keeps it well-formed.
    QByteArray blob("\0\0\0\x0bssh-ed25519\0\0\0\x20", 19);
    blob.append(QByteArray(32, fill));
    return HostKey(u"ssh-ed25519"_s, blob);
}

Node node(qint64 id, const QString &name)
{
    Node n = GuiFixture::node(name);
    n.id = id;
    n.port = 2222;
    return n;
}

NodeStatus refused(const Node &n, const QString &keyStatus, const HostKey &offered)
{
    NodeStatus status;
    status.state = NodeState::HostKeyRefused;
    HostKeyFacts facts;
    facts.status = keyStatus;
    facts.host = n.host;
    facts.port = n.port;
    facts.knownHostsPath = u"/home/op/.ssh/known hosts"_s;
    facts.offeredType = offered.type();
    facts.offeredFingerprint = offered.fingerprint();
    if (keyStatus == u"changed")
        facts.pinnedFingerprints = { key('p').fingerprint() };
    facts.offeredKey = offered;
    status.hostKey = facts;
    return status;
}

QString textOf(HostKeyDialog *dialog)
{
    return dialog->findChild<QLabel *>(u"hostKeyText"_s)->text();
}
} // namespace

class TestHostKeyDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void unknownKeyAsksWithFingerprintAndFile()
    {
        const Node n = node(1, u"cam"_s);
        HostKeyDialog dialog(n, refused(n, u"unknown"_s, key('a')), key('a'));
        QVERIFY(dialog.offersAccept());
        const QString text = textOf(&dialog);
        QVERIFY(text.contains(key('a').fingerprint()));
        QVERIFY(text.contains(u"[cam.example.net]:2222"_s));
        QVERIFY(text.contains(u"/home/op/.ssh/known hosts"_s));
        QVERIFY(text.contains(u"ssh-ed25519"_s));
        auto *reject = dialog.findChild<QPushButton *>(u"rejectHostKeyButton"_s);
        QVERIFY(reject->isDefault()); // Enter never trusts a key by accident
        QVERIFY(dialog.findChild<QPushButton *>(u"acceptHostKeyButton"_s));
        QVERIFY(dialog.fixCommand().isEmpty());
    }

    void changedKeyNeverOffersAccept()
    {
        const Node n = node(1, u"cam"_s);
        HostKeyDialog dialog(n, refused(n, u"changed"_s, key('b')), key('b'));
        QVERIFY(!dialog.offersAccept());
        QVERIFY(!dialog.findChild<QPushButton *>(u"acceptHostKeyButton"_s));
        const QString text = textOf(&dialog);
        QVERIFY(text.contains(key('b').fingerprint()));
        QVERIFY(text.contains(key('p').fingerprint()));
        QCOMPARE(dialog.fixCommand(),
            u"ssh-keygen -R '[cam.example.net]:2222' -f '/home/op/.ssh/known hosts'"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"fixCommandEdit"_s)->text(), dialog.fixCommand());
    }

    void removeCommandQuotesForTheShell()
    {
        QCOMPARE(HostKeyDialog::removeCommand(u"edge-1"_s, 22, {}), u"ssh-keygen -R edge-1"_s);
        QCOMPARE(HostKeyDialog::removeCommand(u"h"_s, 22, u"/tmp/it's"_s),
            u"ssh-keygen -R h -f '/tmp/it'\\''s'"_s);
    }

    // Prompts wait their turn; a newer prompt for a node already waiting replaces it.
    void queueShowsOneAtATime()
    {
        QWidget parent;
        parent.show();
        HostKeyQueue queue(&parent);
        QSignalSpy accepted(&queue, &HostKeyQueue::accepted);
        QSignalSpy rejected(&queue, &HostKeyQueue::rejected);
        const Node a = node(1, u"a"_s), b = node(2, u"b"_s);
        queue.ask(a, refused(a, u"unknown"_s, key('a')), key('a'));
        queue.ask(b, refused(b, u"unknown"_s, key('b')), key('b'));
        queue.ask(b, refused(b, u"unknown"_s, key('c')), key('c')); // replaces b's
        queue.ask(a, refused(a, u"unknown"_s, key('a')), key('a')); // already on screen
        QCOMPARE(queue.pendingCount(), 1);
        QVERIFY(queue.current()->isVisible());
        QCOMPARE(queue.current()->node().id, 1);

        QTest::mouseClick(
            queue.current()->findChild<QPushButton *>(u"acceptHostKeyButton"_s), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.at(0).at(1).value<HostKey>(), key('a'));
        QTRY_VERIFY(queue.current() && queue.current()->node().id == 2);
        QCOMPARE(*queue.current()->offeredKey(), key('c'));
        queue.current()->reject();
        QCOMPARE(rejected.size(), 1);
        QTRY_COMPARE(queue.pendingCount(), 0);
        QTest::qWait(50);
        QVERIFY(!queue.current());
    }
};

QTEST_MAIN(TestHostKeyDialog)
#include "tst_hostkeydialog.moc"

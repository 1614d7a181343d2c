#include "core/credentials/SecretBytes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fleetdeck::credentials::SecretBytes;

// SecretBytes must never share its buffer: a shared buffer survives the wipe in another holder.
class tst_SecretBytes : public QObject {
    Q_OBJECT

private slots:
    void takesOverAnUnsharedBuffer()
    {
        QByteArray bytes("correct horse");
        const char *buffer = bytes.constData();
        const SecretBytes secret(std::move(bytes));
        QCOMPARE(secret.view().data(), buffer);
        QCOMPARE(secret.view(), "correct horse"_ba);
    }

    void copiesASharedBuffer()
    {
        const QByteArray original("correct horse");
        const SecretBytes secret(original);
        QVERIFY(secret.view().data() != original.constData());
        QCOMPARE(secret.view(), original);
    }

    void handsOutFreshBuffers()
    {
        const SecretBytes secret = SecretBytes::copyOf("battery staple");
        QByteArray out = secret.copy();
        QVERIFY(out.isDetached());
        QVERIFY(out.constData() != secret.view().data());
        // What the SSH authenticator does with it: wiping its copy leaves ours intact.
        out.fill('\0');
        QCOMPARE(secret.view(), "battery staple"_ba);
        const SecretBytes copied = secret;
        QVERIFY(copied.view().data() != secret.view().data());
        QVERIFY(copied == secret);
    }

    void wipeEmpties()
    {
        SecretBytes secret = SecretBytes::copyOf("battery staple");
        secret.wipe();
        QVERIFY(secret.isEmpty());
        SecretBytes moved = SecretBytes::copyOf("x");
        SecretBytes target = std::move(moved);
        QVERIFY(
            moved.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
        QCOMPARE(target.view(), "x"_ba);
    }
};

QTEST_GUILESS_MAIN(tst_SecretBytes)
#include "tst_secretbytes.moc"

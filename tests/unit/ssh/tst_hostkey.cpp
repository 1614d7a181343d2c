#include "core/transport/HostKey.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/ssh/SshKeygen.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;
using fleetdeck::test::makeKey;
using fleetdeck::test::sshKeygen;

class TestHostKey : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void fingerprintMatchesSshKeygen_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("ed25519") << u"ed25519"_s;
        QTest::newRow("rsa") << u"rsa"_s;
        QTest::newRow("ecdsa") << u"ecdsa"_s;
    }

    void fingerprintMatchesSshKeygen()
    {
        QFETCH(QString, type);
        const QList<QByteArray> pub = makeKey(m_dir.path(), type, type).split(' ');
        const auto key = HostKey::fromBase64(QString::fromLatin1(pub[0]), pub[1]);
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        // "256 SHA256:abc... comment (ED25519)"
        const QByteArray printed = sshKeygen({u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s,
                                              m_dir.filePath(type + u".pub"_s)});
        const QString expected = QString::fromLatin1(printed.split(' ').value(1));
        QVERIFY(expected.startsWith(u"SHA256:"_s));
        QCOMPARE(key->fingerprint(), expected);
        QCOMPARE(key->base64(), pub[1]);
    }

    void refusesBadKeys()
    {
        const QByteArray ed = makeKey(m_dir.path(), u"bad"_s, u"ed25519"_s).split(' ')[1];
        QVERIFY(!HostKey::fromBase64(u"ssh-rsa"_s, ed).ok());
        QVERIFY(!HostKey::fromBase64(u"ssh-ed25519"_s, "!!!").ok());
        QVERIFY(!HostKey::fromBase64(u"ssh-ed25519"_s, "").ok());
        // Length prefix larger than the data.
        QVERIFY(!HostKey::fromBase64(u"ssh-ed25519"_s, QByteArray("\0\0\1\0ssh", 7).toBase64()).ok());
        QVERIFY(HostKey::fromBase64(u"ssh-ed25519"_s, ed).ok());
    }

    void equalityIsByTypeAndBlob()
    {
        const QByteArray a = makeKey(m_dir.path(), u"a"_s, u"ed25519"_s).split(' ')[1];
        const QByteArray b = makeKey(m_dir.path(), u"b"_s, u"ed25519"_s).split(' ')[1];
        const HostKey keyA = HostKey::fromBase64(u"ssh-ed25519"_s, a).value();
        QVERIFY(keyA == HostKey::fromBase64(u"ssh-ed25519"_s, a).value());
        QVERIFY(!(keyA == HostKey::fromBase64(u"ssh-ed25519"_s, b).value()));
    }
};

QTEST_GUILESS_MAIN(TestHostKey)
#include "tst_hostkey.moc"

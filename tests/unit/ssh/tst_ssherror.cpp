#include "core/transport/SshError.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;
using Kind = SshError::Kind;

// libssh 0.10 reports connect failures only as text; these are its messages as recorded.
class TestSshError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void classifiesLibsshMessages_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("no such name") << u"Failed to resolve hostname gpu9.invalid (Name or service not known)"_s
                                      << Kind::NameNotResolved;
        QTest::newRow("no dns") << u"Failed to resolve hostname gpu9 (Temporary failure in name resolution)"_s
                                << Kind::NameNotResolved;
        QTest::newRow("refused") << u"Connection refused"_s << Kind::ConnectionRefused;
        QTest::newRow("refused, socket") << u"Socket error: Connection refused"_s << Kind::ConnectionRefused;
        QTest::newRow("no route") << u"Failed to connect: No route to host"_s << Kind::HostUnreachable;
        QTest::newRow("net down") << u"Failed to connect: Network is unreachable"_s << Kind::HostUnreachable;
        QTest::newRow("timeout") << u"Timeout connecting to 10.1.2.3"_s << Kind::Timeout;
        QTest::newRow("tcp timeout") << u"Socket error: Connection timed out"_s << Kind::Timeout;
        QTest::newRow("other") << u"Socket error: disconnected"_s << Kind::Disconnected;
    }

    void classifiesLibsshMessages()
    {
        QFETCH(QString, detail);
        QFETCH(Kind, kind);
        const SshError error = SshError::fromConnectFailure(detail, u"gpu9"_s, 2222, std::chrono::milliseconds(1500));
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.message.contains(u"gpu9"_s), qPrintable(error.message));
        QCOMPARE(error.isUnreachable(), true);
        QVERIFY(!error.isHostKeyRefusal());
    }

    void timeoutNamesTheSeconds()
    {
        const SshError error = SshError::fromConnectFailure(u"Timeout connecting to gpu9"_s, u"gpu9"_s, 22,
                                                            std::chrono::milliseconds(1500));
        QVERIFY2(error.message.contains(u"2 second"_s), qPrintable(error.message));
        QVERIFY(error.message.contains(u"gpu9:22"_s));
    }
};

QTEST_GUILESS_MAIN(TestSshError)
#include "tst_ssherror.moc"

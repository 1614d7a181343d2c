#include "core/fleet/session/ChannelFailure.h"
#include "core/transport/SshError.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck;
using fleet::ChannelFailure;
using fleet::NodeState;
using transport::SshError;

class TestChannelFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateFromUser(); }

    void networkFailuresAreUnreachable()
    {
        for (auto kind : {SshError::Kind::ConnectionRefused, SshError::Kind::Timeout,
                          SshError::Kind::NameNotResolved, SshError::Kind::Disconnected,
                          SshError::Kind::AuthRefused}) {
            const auto failure = ChannelFailure::fromSshError(u"n1"_s, SshError{kind, u"why"_s, {}});
            QCOMPARE(failure.state, NodeState::Unreachable);
            QCOMPARE(failure.reason, u"why"_s);
            QVERIFY(!failure.hostKey);
        }
    }

    void hostKeysAreTheirOwnState()
    {
        transport::HostKeyVerdict verdict;
        verdict.host = u"10.1.1.1"_s;
        verdict.port = 22;
        verdict.knownHostsPath = u"/kh"_s;
        verdict.offered = transport::HostKey(u"ssh-ed25519"_s, QByteArray(51, 'a'));
        verdict.pinned = {transport::HostKey(u"ssh-ed25519"_s, QByteArray(51, 'b'))};
        verdict.status = transport::HostKeyStatus::Changed;
        const auto changed = ChannelFailure::fromSshError(
            u"n1"_s, SshError{SshError::Kind::HostKeyChanged, verdict.message(), verdict});
        QCOMPARE(changed.state, NodeState::HostKeyRefused);
        QVERIFY(changed.hostKey);
        QCOMPARE(changed.hostKey->status, u"changed"_s);
        QCOMPARE(changed.hostKey->offeredFingerprint, verdict.offered.fingerprint());
        QCOMPARE(changed.hostKey->pinnedFingerprints, QStringList{verdict.pinned.first().fingerprint()});
        QVERIFY(changed.reason.contains(verdict.offered.fingerprint()));
        QVERIFY(changed.reason.contains(verdict.pinned.first().fingerprint()));

        verdict.status = transport::HostKeyStatus::Unknown;
        const auto unknown = ChannelFailure::fromSshError(
            u"n1"_s, SshError{SshError::Kind::HostKeyUnknown, verdict.message(), verdict});
        QCOMPARE(unknown.state, NodeState::HostKeyRefused);
        QVERIFY(unknown.reason.contains(u"--accept-new-host-keys"_s));
    }

    void missingAgentNamesTheCommand()
    {
        const auto failure = ChannelFailure::fromCommandExit(
            u"n1"_s, u"/opt/x/fleetdeck-agent rpc"_s, 127, u"sh: 1: /opt/x/fleetdeck-agent: not found\n"_s, false);
        QCOMPARE(failure.state, NodeState::Degraded);
        QVERIFY(failure.reason.contains(u"/opt/x/fleetdeck-agent rpc"_s));
        QVERIFY(failure.reason.contains(u"nodes edit n1"_s));
        QVERIFY(failure.reason.contains(u"not found"_s));
    }
};

QTEST_GUILESS_MAIN(TestChannelFailure)
#include "tst_channelfailure.moc"

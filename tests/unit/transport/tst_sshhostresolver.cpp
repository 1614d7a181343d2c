// ProxyJump lists into hops, and how a node, its ssh config and the session's settings combine
// into SshConnectOptions (the precedence the user guide promises). Pure: no network.
#include "core/transport/SshHostResolver.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;

namespace {

std::shared_ptr<const SshConfig> config(const QByteArray &text)
{
    auto parsed = SshConfig::parse(QString::fromUtf8(text), u"/cfg/config"_s, u"/home/op"_s);
    if (!parsed)
        qFatal("test config does not parse: %s", qPrintable(parsed.error().toString()));
    return std::make_shared<const SshConfig>(*parsed);
}

QStringList chain(const SshConnectOptions &options)
{
    QStringList hops;
    for (const SshConnectOptions &hop : options.jumpHosts)
        hops.append(hop.user + u'@' + hop.host + u':' + QString::number(hop.port));
    return hops;
}

} // namespace

class TestSshHostResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void parsesProxyJump_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QList<ProxyJumpHop>>("hops");
        QTest::newRow("none") << u"none"_s << QList<ProxyJumpHop>{};
        QTest::newRow("NONE") << u"NONE"_s << QList<ProxyJumpHop>{};
        QTest::newRow("alias") << u"bastion"_s << QList<ProxyJumpHop>{{{}, u"bastion"_s, {}}};
        QTest::newRow("user host port") << u"ops@jump.example:2222"_s
                                        << QList<ProxyJumpHop>{{u"ops"_s, u"jump.example"_s, 2222}};
        QTest::newRow("two hops, spaces") << u"a , me@b:23"_s
                                          << QList<ProxyJumpHop>{{{}, u"a"_s, {}}, {u"me"_s, u"b"_s, 23}};
        QTest::newRow("uri") << u"ssh://ops@10.0.0.1:2200/"_s
                             << QList<ProxyJumpHop>{{u"ops"_s, u"10.0.0.1"_s, 2200}};
        QTest::newRow("ipv6") << u"[fe80::1]:22,[::1]"_s
                              << QList<ProxyJumpHop>{{{}, u"fe80::1"_s, 22}, {{}, u"::1"_s, {}}};
        QTest::newRow("@ in user") << u"me@corp@jump"_s << QList<ProxyJumpHop>{{u"me@corp"_s, u"jump"_s, {}}};
    }

    void parsesProxyJump()
    {
        QFETCH(QString, value);
        QFETCH(QList<ProxyJumpHop>, hops);
        const auto parsed = parseProxyJump(value);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(*parsed, hops);
    }

    void refusesBadProxyJump_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty hop") << u"a,,b"_s << u"host is empty"_s;
        QTest::newRow("empty user") << u"@jump"_s << u"user before @"_s;
        QTest::newRow("port zero") << u"jump:0"_s << u"1 to 65535"_s;
        QTest::newRow("port text") << u"jump:ssh"_s << u"1 to 65535"_s;
        QTest::newRow("bare ipv6") << u"fe80::1"_s << u"brackets"_s;
        QTest::newRow("open bracket") << u"[::1:22"_s << u"not closed"_s;
        QTest::newRow("junk after bracket") << u"[::1]x"_s << u":port"_s;
    }

    void refusesBadProxyJump()
    {
        QFETCH(QString, value);
        QFETCH(QString, says);
        const auto parsed = parseProxyJump(value);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(u"[user@]host[:port]"_s));
    }

    void configFillsWhatTheNodeLeavesOpen()
    {
        const auto cfg = config("Host web\n  HostName 10.1.2.3\n  Port 2202\n  User deploy\n"
                                "  IdentityFile ~/.ssh/web_key\n  ConnectTimeout 7\n"
                                "  ServerAliveInterval 5\n  ServerAliveCountMax 2\n"
                                "  UserKnownHostsFile ~/.ssh/team_hosts ~/.ssh/more_hosts\n");
        const auto resolved = SshHostResolver(cfg, {}).resolve({u"web"_s, 22, {}, {}});
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        QCOMPARE(resolved->alias, u"web"_s);
        QCOMPARE(resolved->host, u"10.1.2.3"_s);
        QCOMPARE(resolved->port, 2202);
        QCOMPARE(resolved->user, u"deploy"_s);
        QCOMPARE(resolved->identityFiles, QStringList{u"/home/op/.ssh/web_key"_s});
        QCOMPARE(resolved->knownHostsPath, u"/home/op/.ssh/team_hosts"_s);
        QCOMPARE(resolved->extraKnownHostsPaths, QStringList{u"/home/op/.ssh/more_hosts"_s});
        QCOMPARE(resolved->connectTimeout, std::chrono::milliseconds(7000));
        QCOMPARE(resolved->keepaliveInterval, std::chrono::milliseconds(5000));
        QCOMPARE(resolved->keepaliveCountMax, 2);
        QVERIFY(resolved->jumpHosts.empty());
        QCOMPARE(resolved->describe(), u"web (deploy@10.1.2.3:2202)"_s);
    }

    void nodeSettingsWin()
    {
        const auto cfg = config("Host web\n  HostName 10.1.2.3\n  Port 2202\n  User deploy\n"
                                "  IdentityFile /keys/config_key\n  IdentitiesOnly yes\n");
        SshConnectOptions base;
        base.knownHostsPath = u"/explicit/known_hosts"_s;
        const auto resolved = SshHostResolver(cfg, base).resolve(
            {u"web"_s, 2022, u"root"_s, u"/keys/node_key"_s});
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->host, u"10.1.2.3"_s);  // a node's host is the alias: HostName applies
        QCOMPARE(resolved->port, 2022);
        QCOMPARE(resolved->user, u"root"_s);
        QCOMPARE(resolved->identityFiles, (QStringList{u"/keys/node_key"_s, u"/keys/config_key"_s}));
        QVERIFY(!resolved->useAgent);
        QCOMPARE(resolved->knownHostsPath, u"/explicit/known_hosts"_s);
    }

    // The inventory always stores a port; 22 is its default, so only another value overrides.
    void defaultPortLeavesConfigPort()
    {
        const auto cfg = config("Host web\n  Port 2202\n");
        QCOMPARE(SshHostResolver(cfg, {}).resolve({u"web"_s, 22, {}, {}})->port, 2202);
        QCOMPARE(SshHostResolver(cfg, {}).resolve({u"other"_s, 22, {}, {}})->port, 22);
        QCOMPARE(SshHostResolver(nullptr, {}).resolve({u"web"_s, 2301, {}, {}})->port, 2301);
    }

    void connectTimeoutIsCapped()
    {
        const auto cfg = config("Host slow\n  ConnectTimeout 600\n");
        const auto resolved = SshHostResolver(cfg, {}, std::chrono::seconds(30)).resolve({u"slow"_s, 22, {}, {}});
        QCOMPARE(resolved->connectTimeout, std::chrono::milliseconds(30000));
    }

    void strictHostKeyCheckingNoChangesNothing()
    {
        const auto cfg = config("Host *\n  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n");
        const auto resolved = SshHostResolver(cfg, {}).resolve({u"web"_s, 22, {}, {}});
        QVERIFY(resolved.ok());
        QVERIFY(!resolved->acceptNewHostKey);
        QVERIFY(!resolved->confirmedHostKey);
    }

    void noConfigKeepsTheNode()
    {
        const auto resolved = SshHostResolver(nullptr, {}).resolve({u"Web.Example"_s, 22, {}, u"/k"_s});
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->host, u"Web.Example"_s);
        QCOMPARE(resolved->user, QString());
        QCOMPARE(resolved->identityFiles, QStringList{u"/k"_s});
        QVERIFY(resolved->jumpHosts.empty());
    }

    void jumpHostsResolvedThroughTheConfig()
    {
        SshConnectOptions base;
        base.acceptNewHostKey = true;
        base.knownHostsPath = u"/kh"_s;
        const auto cfg = config("Host target\n  HostName 10.0.0.9\n  ProxyJump bastion,ops@inner:2200\n"
                                "Host bastion\n  HostName bastion.example\n  Port 2222\n  User jump\n"
                                "  IdentityFile /keys/bastion\n"
                                "Host inner\n  HostName 10.0.0.2\n  User ignored\n");
        const auto resolved = SshHostResolver(cfg, base).resolve({u"target"_s, 22, u"me"_s, {}});
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        QCOMPARE(chain(*resolved), (QStringList{u"jump@bastion.example:2222"_s, u"ops@10.0.0.2:2200"_s}));
        const SshConnectOptions &first = resolved->jumpHosts.front();
        QCOMPARE(first.alias, u"bastion"_s);
        QCOMPARE(first.identityFiles, QStringList{u"/keys/bastion"_s});
        // The same host-key policy and known_hosts for every hop.
        QVERIFY(first.acceptNewHostKey);
        QCOMPARE(first.knownHostsPath, u"/kh"_s);
        QVERIFY(first.jumpHosts.empty());
    }

    // `ProxyJump a,b` is `ssh -J a b`: a's own ProxyJump comes first; b's is ignored.
    void firstJumpHostsOwnJumpsComeFirst()
    {
        const auto cfg = config("Host target\n  ProxyJump a,b\nHost a\n  ProxyJump outer\n"
                                "Host b\n  ProxyJump never\n");
        const auto resolved = SshHostResolver(cfg, {}).resolve({u"target"_s, 22, u"u"_s, {}});
        QVERIFY(resolved.ok());
        QStringList hosts;
        for (const SshConnectOptions &hop : resolved->jumpHosts)
            hosts.append(hop.host);
        QCOMPARE(hosts, (QStringList{u"outer"_s, u"a"_s, u"b"_s}));
    }

    void proxyJumpNoneAndLoops()
    {
        const auto none = config("Host target\n  ProxyJump none\nHost *\n  ProxyJump jump\n");
        QVERIFY(SshHostResolver(none, {}).resolve({u"target"_s, 22, {}, {}})->jumpHosts.empty());
        const auto loop = config("Host a\n  ProxyJump b\nHost b\n  ProxyJump a\n");
        const auto looped = SshHostResolver(loop, {}).resolve({u"a"_s, 22, {}, {}});
        QVERIFY(!looped.ok());
        QVERIFY2(looped.error().message.contains(u"loop"_s), qPrintable(looped.error().message));
        const auto bad = config("Host a\n  ProxyJump j:99999\n");
        const auto refused = SshHostResolver(bad, {}).resolve({u"a"_s, 22, {}, {}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"ProxyJump of a"_s));
        QCOMPARE(refused.error().location, u"/cfg/config"_s);
    }

    void proxyCommandRefused()
    {
        const auto cfg = config("Host a\n  ProxyCommand nc %h %p\nHost b\n  ProxyJump j\n  ProxyCommand nc %h %p\n"
                                "Host c\n  ProxyCommand none\n");
        const auto refused = SshHostResolver(cfg, {}).resolve({u"a"_s, 22, {}, {}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"ProxyCommand"_s));
        QVERIFY(refused.error().message.contains(u"ProxyJump"_s));
        // ProxyJump obtained first wins, as in OpenSSH; "none" is no proxy at all.
        QCOMPARE(SshHostResolver(cfg, {}).resolve({u"b"_s, 22, {}, {}})->jumpHosts.size(), size_t(1));
        QVERIFY(SshHostResolver(cfg, {}).resolve({u"c"_s, 22, {}, {}}).ok());
        // A jump host with a ProxyCommand is refused too.
        const auto viaJump = config("Host t\n  ProxyJump a\nHost a\n  ProxyCommand nc %h %p\n");
        QVERIFY(!SshHostResolver(viaJump, {}).resolve({u"t"_s, 22, {}, {}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestSshHostResolver)
#include "tst_sshhostresolver.moc"

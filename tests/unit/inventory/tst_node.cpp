#include "core/inventory/Node.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;

class TestNode : public QObject
{
    Q_OBJECT

    static Node goodNode()
    {
        Node node;
        node.name = u"gpu-01"_s;
        node.host = u"gpu-01.example.com"_s;
        node.port = 22;
        node.user = u"ops"_s;
        node.identityFile = u"~/.ssh/id_ed25519"_s;
        node.site = u"lyon-factory"_s;
        node.tier = Tier::Edge;
        node.labels = {{u"gpu"_s, u"a100"_s}, {u"k8s.io/role"_s, u"worker"_s}};
        return node;
    }

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void tierNames()
    {
        QCOMPARE(tierName(Tier::Edge), u"edge"_s);
        QCOMPARE(tierName(Tier::Cloud), u"cloud"_s);
        QCOMPARE(tierFromName(u"EDGE"), std::optional<Tier>(Tier::Edge));
        QCOMPARE(tierFromName(u"Cloud"), std::optional<Tier>(Tier::Cloud));
        QVERIFY(!tierFromName(u"fog").has_value());
        QVERIFY(!tierFromName(u"").has_value());
        for (Tier tier : {Tier::Edge, Tier::Cloud})
            QCOMPARE(tierFromName(tierName(tier)), std::optional<Tier>(tier));
    }

    void nodeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"gpu-01"_s << true;
        QTest::newRow("dots underscores") << u"a.b_c-d"_s << true;
        QTest::newRow("single char") << u"a"_s << true;
        QTest::newRow("64 chars") << QString(64, u'x') << true;
        QTest::newRow("65 chars") << QString(65, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading dash") << u"-gpu"_s << false;
        QTest::newRow("leading dot") << u".gpu"_s << false;
        QTest::newRow("space") << u"gpu 01"_s << false;
        QTest::newRow("slash") << u"gpu/01"_s << false;
        QTest::newRow("non-ascii") << u"gpü"_s << false;
    }
    void nodeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidNodeName(name), valid);
    }

    void hosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dns") << u"gpu-01.example.com"_s << true;
        QTest::newRow("single label") << u"localhost"_s << true;
        QTest::newRow("fqdn trailing dot") << u"example.com."_s << true;
        QTest::newRow("digit-leading label") << u"1gpu.example.com"_s << true;
        QTest::newRow("63-char label") << QString(63, u'a') + u".com"_s << true;
        QTest::newRow("64-char label") << QString(64, u'a') + u".com"_s << false;
        QTest::newRow("too long") << QString(QString(60, u'a') + u'.').repeated(5) + u"com"_s << false;
        QTest::newRow("label starts with dash") << u"-a.example.com"_s << false;
        QTest::newRow("label ends with dash") << u"a-.example.com"_s << false;
        QTest::newRow("empty label") << u"a..example.com"_s << false;
        QTest::newRow("underscore") << u"my_host"_s << false;
        QTest::newRow("space") << u"my host"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("ipv4") << u"10.0.0.5"_s << true;
        QTest::newRow("ipv4 loopback") << u"127.0.0.1"_s << true;
        QTest::newRow("ipv4 255") << u"255.255.255.255"_s << true;
        QTest::newRow("ipv4 256") << u"10.0.0.256"_s << false;
        QTest::newRow("ipv4 three parts") << u"10.0.5"_s << false;
        QTest::newRow("ipv4 leading zero") << u"10.0.0.05"_s << false;
        QTest::newRow("ipv6 loopback") << u"::1"_s << true;
        QTest::newRow("ipv6 any") << u"::"_s << true;
        QTest::newRow("ipv6 full") << u"2001:db8:0:0:0:0:0:1"_s << true;
        QTest::newRow("ipv6 compressed") << u"2001:db8::1"_s << true;
        QTest::newRow("ipv6 link-local zone") << u"fe80::1%eth0"_s << true;
        QTest::newRow("ipv6 embedded ipv4") << u"::ffff:192.0.2.1"_s << true;
        QTest::newRow("ipv6 two gaps") << u"2001::db8::1"_s << false;
        QTest::newRow("ipv6 nine groups") << u"1:2:3:4:5:6:7:8:9"_s << false;
        QTest::newRow("ipv6 seven groups") << u"1:2:3:4:5:6:7"_s << false;
        QTest::newRow("ipv6 bad hex") << u"2001:db8::g"_s << false;
        QTest::newRow("ipv6 long group") << u"2001:db8::12345"_s << false;
        QTest::newRow("ipv6 brackets") << u"[::1]"_s << false;
        QTest::newRow("ipv6 empty zone") << u"fe80::1%"_s << false;
    }
    void hosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QCOMPARE(isValidHost(host), valid);
    }

    void labelKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"gpu"_s << true;
        QTest::newRow("namespaced") << u"fleetdeck.io/role"_s << true;
        QTest::newRow("dashes") << u"zone-a_b"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("equals") << u"a=b"_s << false;
        QTest::newRow("colon") << u"a:b"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("too long") << QString(129, u'k') << false;
    }
    void labelKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QCOMPARE(isValidLabelKey(key), valid);
    }

    void validNodePasses()
    {
        const auto result = validateNode(goodNode());
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    }

    // Each bad field gives a message that names the field, the bad value and what is allowed.
    void invalidNodes_data()
    {
        QTest::addColumn<Node>("node");
        QTest::addColumn<QStringList>("mentions");
        Node n = goodNode();
        n.name = u"bad name"_s;
        QTest::newRow("name") << n << QStringList{u"Node name"_s, u"bad name"_s, u"64"_s};
        n = goodNode();
        n.host = u"bad_host"_s;
        QTest::newRow("host") << n << QStringList{u"Host"_s, u"bad_host"_s, u"IPv6"_s};
        n = goodNode();
        n.port = 0;
        QTest::newRow("port 0") << n << QStringList{u"Port 0"_s, u"1 to 65535"_s};
        n.port = 65536;
        QTest::newRow("port 65536") << n << QStringList{u"Port 65536"_s, u"1 to 65535"_s};
        n = goodNode();
        n.user = u"-oProxyCommand=x"_s;
        QTest::newRow("user option") << n << QStringList{u"User"_s, u"-oProxyCommand=x"_s};
        n.user = u"two words"_s;
        QTest::newRow("user space") << n << QStringList{u"User"_s, u"white space"_s};
        n = goodNode();
        n.identityFile = u"key\nfile"_s;
        QTest::newRow("identity newline") << n << QStringList{u"Identity file"_s, u"control"_s};
        n = goodNode();
        n.site = u" lyon"_s;
        QTest::newRow("site space") << n << QStringList{u"Site"_s, u"white space"_s};
        n = goodNode();
        n.labels.insert(u"bad key"_s, u"x"_s);
        QTest::newRow("label key") << n << QStringList{u"Label key"_s, u"bad key"_s};
        n = goodNode();
        n.labels.insert(u"ok"_s, u"line\nbreak"_s);
        QTest::newRow("label value") << n << QStringList{u"Label ok"_s, u"control"_s};
        n = goodNode();
        n.agentCommand = u"agent\rrpc"_s;
        QTest::newRow("agent command") << n << QStringList{u"Agent command"_s, u"control"_s};
    }
    void invalidNodes()
    {
        QFETCH(Node, node);
        QFETCH(QStringList, mentions);
        const auto result = validateNode(node);
        QVERIFY(!result.ok());
        for (const QString &mention : mentions)
            QVERIFY2(result.error().message.contains(mention),
                     qPrintable(result.error().message + u" lacks "_s + mention));
    }

    void portBoundsAccepted()
    {
        Node node = goodNode();
        node.port = 1;
        QVERIFY(validateNode(node).ok());
        node.port = 65535;
        QVERIFY(validateNode(node).ok());
    }

    void sameSettingsIgnoresIdAndTimes()
    {
        Node a = goodNode();
        Node b = goodNode();
        b.id = 42;
        b.createdAt = QDateTime::currentDateTimeUtc();
        b.updatedAt = b.createdAt;
        QVERIFY(a.sameSettings(b));
        b.labels[u"gpu"_s] = u"l4"_s;
        QVERIFY(!a.sameSettings(b));
        b = goodNode();
        b.tier = Tier::Cloud;
        QVERIFY(!a.sameSettings(b));
        b = goodNode();
        b.agentCommand = u"/opt/agent rpc"_s;
        QVERIFY(!a.sameSettings(b));
    }
};

QTEST_GUILESS_MAIN(TestNode)
#include "tst_node.moc"

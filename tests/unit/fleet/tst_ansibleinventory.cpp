#include "core/fleet/import/AnsibleInventory.h"
#include "core/fleet/import/AnsibleInventoryParser.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::AnsibleInventory;
using fleetdeck::fleet::AnsibleInventoryParser;
using fleetdeck::fleet::ImportCandidate;
using fleetdeck::fleet::ParsedInventory;
using fleetdeck::inventory::Tier;

namespace {


const ImportCandidate *find(const ParsedInventory &parsed, const QString &name)
{
    for (const ImportCandidate &c : parsed.nodes) {
        if (c.node.name == name)
            return &c;
    }
    return nullptr;
}

QStringList names(const ParsedInventory &parsed)
{
    QStringList out;
    for (const ImportCandidate &c : parsed.nodes)
        out.append(c.node.name);
    return out;
}

// The same inventory twice: what the INI and the YAML parser read must agree.
const char *const IniInventory = R"(# edge and cloud
bastion ansible_host=10.0.0.1

[web]
web[1:3] ansible_user=www
web-special.example.com:2222 ansible_user="special-user"

[db]
db[01:03:2] ansible_host=db.internal

[gpu]
gpu-[a:c]

[edge:children]
web
gpu

[edge:vars]
ansible_port=2200
ansible_user=edgeuser
fleetdeck_site=berlin

[web:vars]
ansible_port=2300
fleetdeck_tier=edge

[all:vars]
ansible_user=everyone
ansible_ssh_private_key_file=~/.ssh/fleet
ansible_port=2100
)";

const char *const YamlInventory = R"(all:
  hosts:
    bastion:
      ansible_host: 10.0.0.1
  vars:
    ansible_user: everyone
    ansible_ssh_private_key_file: ~/.ssh/fleet
    ansible_port: 2100
  children:
    edge:
      vars:
        ansible_port: 2200
        ansible_user: edgeuser
        fleetdeck_site: berlin
      children:
        web:
          hosts:
            web[1:3]:
              ansible_user: www
            web-special.example.com:
              ansible_port: 2222
              ansible_user: "special-user"
          vars:
            ansible_port: 2300
            fleetdeck_tier: edge
        gpu:
          hosts:
            gpu-[a:c]:
    db:
      hosts:
        db[01:03:2]:
          ansible_host: db.internal
)";

} // namespace

class TestAnsibleInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void expandsHostRanges_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("hosts");
        QTest::newRow("plain") << u"web"_s << QStringList{u"web"_s};
        QTest::newRow("numbers") << u"web[1:3]"_s
                                 << QStringList{u"web1"_s, u"web2"_s, u"web3"_s};
        QTest::newRow("zero padded") << u"db[08:10].x"_s
                                     << QStringList{u"db08.x"_s, u"db09.x"_s, u"db10.x"_s};
        QTest::newRow("letters") << u"n-[a:c]"_s << QStringList{u"n-a"_s, u"n-b"_s, u"n-c"_s};
        QTest::newRow("step") << u"x[0:10:5]"_s << QStringList{u"x0"_s, u"x5"_s, u"x10"_s};
        QTest::newRow("empty begin") << u"h[:1]"_s << QStringList{u"h0"_s, u"h1"_s};
        QTest::newRow("two ranges") << u"r[1:2]-[a:b]"_s
                                    << QStringList{u"r1-a"_s, u"r1-b"_s, u"r2-a"_s, u"r2-b"_s};
    }

    void expandsHostRanges()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, hosts);
        auto expanded = AnsibleInventory::expandHostPattern(pattern);
        QVERIFY2(expanded.ok(), qPrintable(expanded.error().toString()));
        QCOMPARE(*expanded, hosts);
    }

    void refusesBadRanges_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("unclosed") << u"web[1:3"_s;
        QTest::newRow("no end") << u"web[1:]"_s;
        QTest::newRow("backwards") << u"web[5:1]"_s;
        QTest::newRow("padding width") << u"db[01:100]"_s;
        QTest::newRow("mixed") << u"db[1:c]"_s;
        QTest::newRow("zero step") << u"db[1:3:0]"_s;
        QTest::newRow("no colon") << u"db[13]"_s;
    }

    void refusesBadRanges()
    {
        QFETCH(QString, pattern);
        QVERIFY(!AnsibleInventory::expandHostPattern(pattern).ok());
    }

    void readsInventory_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("ini") << u"hosts.ini"_s << QByteArray(IniInventory);
        QTest::newRow("yaml") << u"hosts.yml"_s << QByteArray(YamlInventory);
    }

    void readsInventory()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = fleetdeck::test::writeFile(dir, fileName, content);
        auto parsed = AnsibleInventoryParser::parseFile(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QStringList sorted = names(*parsed);
        sorted.sort();
        QCOMPARE(sorted, (QStringList{u"bastion"_s, u"db01"_s, u"db03"_s, u"gpu-a"_s, u"gpu-b"_s,
                                      u"gpu-c"_s, u"web-special.example.com"_s, u"web1"_s,
                                      u"web2"_s, u"web3"_s}));

        // all only
        const ImportCandidate *bastion = find(*parsed, u"bastion"_s);
        QCOMPARE(bastion->node.host, u"10.0.0.1"_s);
        QCOMPARE(bastion->node.port, 2100);
        QCOMPARE(bastion->node.user, u"everyone"_s);
        QCOMPARE(bastion->node.identityFile, u"~/.ssh/fleet"_s);
        QVERIFY(bastion->node.labels.isEmpty());
        QCOMPARE(bastion->file, path);
        QCOMPARE(bastion->line, fileName.endsWith(u".yml"_s) ? 3 : 2);

        // host var > child group (web) > parent group (edge) > all
        const ImportCandidate *web2 = find(*parsed, u"web2"_s);
        QCOMPARE(web2->node.host, u"web2"_s);
        QCOMPARE(web2->node.port, 2300);
        QCOMPARE(web2->node.user, u"www"_s);
        QCOMPARE(web2->node.site, u"berlin"_s);
        QCOMPARE(web2->node.tier, Tier::Edge);
        QCOMPARE(web2->node.labels, (QMap<QString, QString>{{u"group.web"_s, u"true"_s},
                                                           {u"group.edge"_s, u"true"_s}}));
        const ImportCandidate *special = find(*parsed, u"web-special.example.com"_s);
        QCOMPARE(special->node.port, 2222);
        QCOMPARE(special->node.user, u"special-user"_s);

        // parent group vars reach grandchildren; all's vars fill the rest
        const ImportCandidate *gpu = find(*parsed, u"gpu-b"_s);
        QCOMPARE(gpu->node.port, 2200);
        QCOMPARE(gpu->node.user, u"edgeuser"_s);
        QCOMPARE(gpu->node.identityFile, u"~/.ssh/fleet"_s);
        QVERIFY(gpu->node.labels.contains(u"group.gpu"_s));
        QVERIFY(gpu->node.labels.contains(u"group.edge"_s));

        const ImportCandidate *db = find(*parsed, u"db03"_s);
        QCOMPARE(db->node.host, u"db.internal"_s);
        QCOMPARE(db->node.port, 2100);
        QCOMPARE(db->node.site, QString());
    }

    void iniErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::newRow("bad section") << QByteArray("[web]\nweb1\n[web:stuff]\n") << 3;
        QTest::newRow("bad port") << QByteArray("[web]\nweb1:99999\n") << 2;
        QTest::newRow("var without =") << QByteArray("[web:vars]\nansible_port 22\n") << 2;
        QTest::newRow("bad host var") << QByteArray("[web]\nweb1 ansible_port\n") << 2;
        QTest::newRow("bad range") << QByteArray("\n[web]\nweb[3:1]\n") << 3;
        QTest::newRow("group port not a number")
            << QByteArray("[web]\nweb1\n[web:vars]\nansible_port=ssh\n") << 4;
        QTest::newRow("invalid host") << QByteArray("[web]\nweb1 ansible_host=bad_host!\n") << 2;
        QTest::newRow("cycle") << QByteArray("[a:children]\nb\n[b:children]\na\n[a]\nh\n") << 1;
    }

    void iniErrorsNameTheLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        auto parsed = AnsibleInventoryParser::parseIni(QString::fromUtf8(content), u"inv"_s);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().location, u"inv:"_s + QString::number(line));
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void yamlErrorsNameTheLine()
    {
        auto broken = AnsibleInventoryParser::parseYaml(u"all:\n  hosts:\n    a: [\n"_s, u"y"_s);
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().location.startsWith(u"y:"_s));
        auto badKey = AnsibleInventoryParser::parseYaml(
            u"all:\n  children:\n    web:\n      hostz:\n        a:\n"_s, u"y"_s);
        QVERIFY(!badKey.ok());
        QCOMPARE(badKey.error().location, u"y:4"_s);
        auto badPort = AnsibleInventoryParser::parseYaml(
            u"all:\n  hosts:\n    a:\n      ansible_port: seventy\n"_s, u"y"_s);
        QVERIFY(!badPort.ok());
        QCOMPARE(badPort.error().location, u"y:4"_s);
    }

    void commentsAndUngroupedHosts()
    {
        auto parsed = AnsibleInventoryParser::parseIni(
            u"; comment\nalpha  # trailing comment\n[ungrouped]\nbeta ansible_port=2022 # x\n"_s,
            u"inv"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QCOMPARE(names(*parsed), (QStringList{u"alpha"_s, u"beta"_s}));
        QVERIFY(parsed->nodes.at(0).node.labels.isEmpty());
        QCOMPARE(parsed->nodes.at(1).node.port, 2022);
    }

    void randomEditsNeverCrash()
    {
        for (const QString &text : fleetdeck::test::textMutations(QString::fromUtf8(IniInventory), 1500)) {
            auto parsed = AnsibleInventoryParser::parseIni(text, u"inv"_s);
            QVERIFY(parsed.ok() || !parsed.error().message.isEmpty());
        }
        for (const QString &text : fleetdeck::test::textMutations(QString::fromUtf8(YamlInventory), 1500)) {
            auto parsed = AnsibleInventoryParser::parseYaml(text, u"inv"_s);
            QVERIFY(parsed.ok() || !parsed.error().message.isEmpty());
        }
    }

    void yamlAliasLoopIsAnError()
    {
        auto parsed = AnsibleInventoryParser::parseYaml(
            u"all:\n  children:\n    a: &g\n      children:\n        b: *g\n"_s, u"y"_s);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnsibleInventory)
#include "tst_ansibleinventory.moc"

#include "core/fleet/NodeSelector.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::NodeSelector;
using fleetdeck::inventory::Node;
using fleetdeck::inventory::Tier;

namespace {

Node node(const QString &name, const QString &site, Tier tier, QMap<QString, QString> labels = {})
{
    Node n;
    n.name = name;
    n.host = name + u".example.com"_s;
    n.site = site;
    n.tier = tier;
    n.labels = std::move(labels);
    return n;
}

QStringList names(const QList<Node> &nodes)
{
    QStringList out;
    for (const Node &n : nodes)
        out.append(n.name);
    return out;
}

} // namespace

class TestNodeSelector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        m_fleet = {node(u"edge-1"_s, u"berlin"_s, Tier::Edge, {{u"gpu"_s, u"a100"_s}}),
                   node(u"edge-2"_s, u"paris"_s, Tier::Edge, {{u"gpu"_s, u"t4"_s}}),
                   node(u"cloud-1"_s, u"berlin"_s, Tier::Cloud,
                        {{u"group.web"_s, u"true"_s}})};
    }

    void selects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("all") << u" all "_s
                             << QStringList{u"edge-1"_s, u"edge-2"_s, u"cloud-1"_s} << u"all"_s;
        QTest::newRow("names") << u"cloud-1, edge-1,edge-1"_s
                               << QStringList{u"edge-1"_s, u"cloud-1"_s} << u"cloud-1,edge-1"_s;
        QTest::newRow("one name") << u"edge-2"_s << QStringList{u"edge-2"_s} << u"edge-2"_s;
        QTest::newRow("site") << u"site=berlin"_s << QStringList{u"edge-1"_s, u"cloud-1"_s}
                              << u"site=berlin"_s;
        QTest::newRow("tier edge") << u"tier=edge"_s << QStringList{u"edge-1"_s, u"edge-2"_s}
                                   << u"tier=edge"_s;
        QTest::newRow("tier cloud, any case") << u"tier=CLOUD"_s << QStringList{u"cloud-1"_s}
                                              << u"tier=cloud"_s;
        QTest::newRow("label") << u"label:gpu=t4"_s << QStringList{u"edge-2"_s}
                               << u"label:gpu=t4"_s;
        QTest::newRow("label of an Ansible group") << u"label:group.web=true"_s
                                                   << QStringList{u"cloud-1"_s}
                                                   << u"label:group.web=true"_s;
        QTest::newRow("label that nobody has") << u"label:gpu=h100"_s << QStringList{}
                                               << u"label:gpu=h100"_s;
    }

    void selects()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QString, canonical);
        auto selector = NodeSelector::parse(text);
        QVERIFY2(selector.ok(), qPrintable(selector.error().toString()));
        QCOMPARE(names(selector->select(m_fleet)), expected);
        QCOMPARE(selector->toString(), canonical);
        auto again = NodeSelector::parse(selector->toString());
        QVERIFY(again.ok());
        QCOMPARE(names(again->select(m_fleet)), expected);
    }

    void refusesBadSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u"  "_s;
        QTest::newRow("unknown key") << u"rack=3"_s;
        QTest::newRow("bad tier") << u"tier=fog"_s;
        QTest::newRow("empty site") << u"site="_s;
        QTest::newRow("label without =") << u"label:gpu"_s;
        QTest::newRow("label bad key") << u"label:g pu=x"_s;
        QTest::newRow("empty name in list") << u"a,,b"_s;
        QTest::newRow("bad name") << u"-dash"_s;
    }

    void refusesBadSyntax()
    {
        QFETCH(QString, text);
        auto selector = NodeSelector::parse(text);
        QVERIFY(!selector.ok());
        // The message shows the accepted forms so the operator can fix the command.
        QVERIFY2(selector.error().message.contains(u"label:KEY=VALUE"_s),
                 qPrintable(selector.error().message));
        QVERIFY(selector.error().message.contains(u"tier=edge"_s));
    }

    void reportsMissingNames()
    {
        auto selector = NodeSelector::parse(u"edge-1,edge-9,cloud-7"_s);
        QVERIFY(selector.ok());
        QCOMPARE(selector->kind(), NodeSelector::Kind::Names);
        QCOMPARE(selector->missingNames(m_fleet), (QStringList{u"edge-9"_s, u"cloud-7"_s}));
        auto site = NodeSelector::parse(u"site=nowhere"_s);
        QVERIFY(site.ok());
        QVERIFY(site->missingNames(m_fleet).isEmpty());
    }

private:
    QList<Node> m_fleet;
};

QTEST_GUILESS_MAIN(TestNodeSelector)
#include "tst_nodeselector.moc"

#include "core/fleet/import/CsvNodeParser.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::CsvNodeParser;
using fleetdeck::fleet::ImportField;
using fleetdeck::inventory::Tier;

class TestCsvNodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void readsRfc4180Records()
    {
        const QString text = u"\uFEFFa,\"b,1\",\"say \"\"hi\"\"\"\r\n"
                             "\"multi\nline\",,\"\"\r\n\r\nlast,x,y"_s;
        auto records = CsvNodeParser::readRecords(text, u"f.csv"_s);
        QVERIFY2(records.ok(), qPrintable(records.error().toString()));
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(0).fields,
                 (QStringList{u"a"_s, u"b,1"_s, u"say \"hi\""_s}));
        QCOMPARE(records->at(1).fields, (QStringList{u"multi\nline"_s, QString(), QString()}));
        QCOMPARE(records->at(1).line, 2);
        QCOMPARE(records->at(2).line, 5);
    }

    void refusesBrokenQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("location");
        QTest::newRow("unclosed") << u"a,b\n\"open,c\n"_s << u"f.csv:2"_s;
        QTest::newRow("quote inside field") << u"a,b\nx\"y,c\n"_s << u"f.csv:2"_s;
        QTest::newRow("text after quote") << u"a,b\n\"x\"y,c\n"_s << u"f.csv:2"_s;
    }

    void refusesBrokenQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, location);
        auto records = CsvNodeParser::readRecords(text, u"f.csv"_s);
        QVERIFY(!records.ok());
        QCOMPARE(records.error().location, location);
    }

    void readsNodes()
    {
        const QString text =
            u"labels,tier,name,host,port,user,identity_file,site,agent_command\n"
            "\"gpu=a100;rack=r1\",cloud,gpu-01,10.0.0.7,2222,ops,/keys/k,\"Berlin, DC2\","
            "\"fleetdeck-agent rpc --socket \"\"/run/a b\"\"\"\n"
            ",,edge-01,edge-01.example.com,,,,,\n"_s;
        auto parsed = CsvNodeParser::parseText(text, u"nodes.csv"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->nodes.size(), 2);
        const auto &gpu = parsed->nodes.at(0);
        QCOMPARE(gpu.node.name, u"gpu-01"_s);
        QCOMPARE(gpu.node.host, u"10.0.0.7"_s);
        QCOMPARE(gpu.node.port, 2222);
        QCOMPARE(gpu.node.user, u"ops"_s);
        QCOMPARE(gpu.node.identityFile, u"/keys/k"_s);
        QCOMPARE(gpu.node.site, u"Berlin, DC2"_s);
        QCOMPARE(gpu.node.tier, Tier::Cloud);
        QCOMPARE(gpu.node.labels, (QMap<QString, QString>{{u"gpu"_s, u"a100"_s},
                                                          {u"rack"_s, u"r1"_s}}));
        QCOMPARE(gpu.node.agentCommand, u"fleetdeck-agent rpc --socket \"/run/a b\""_s);
        QCOMPARE(gpu.line, 2);
        const auto &edge = parsed->nodes.at(1);
        QCOMPARE(edge.node.port, 22);
        QCOMPARE(edge.node.tier, Tier::Edge);
        QCOMPARE(edge.line, 3);
    }

    void missingColumnsAreNotImportedFields()
    {
        auto parsed = CsvNodeParser::parseText(u"host,name,site\nh1,n1,s\n"_s, u"f.csv"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        const auto fields = parsed->nodes.first().fields;
        QVERIFY(fields.testFlag(ImportField::Site));
        QVERIFY(!fields.testFlag(ImportField::Labels));
        QVERIFY(!fields.testFlag(ImportField::Port));
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty file") << QString() << u"f.csv:1"_s << u"header"_s;
        QTest::newRow("unknown column") << u"name,host,colour\n"_s << u"f.csv:1"_s << u"colour"_s;
        QTest::newRow("no host column") << u"name,port\n"_s << u"f.csv:1"_s << u"host"_s;
        QTest::newRow("bad port") << u"name,host,port\na,h,22\nb,h,99999\n"_s << u"f.csv:3"_s
                                  << u"99999"_s;
        QTest::newRow("bad tier") << u"name,host,tier\na,h,fog\n"_s << u"f.csv:2"_s << u"fog"_s;
        QTest::newRow("bad labels") << u"name,host,labels\na,h,gpu\n"_s << u"f.csv:2"_s
                                    << u"gpu"_s;
        QTest::newRow("invalid host") << u"name,host\na,not a host\n"_s << u"f.csv:2"_s
                                      << u"not a host"_s;
        QTest::newRow("invalid name") << u"name,host\n-a,h\n"_s << u"f.csv:2"_s << u"-a"_s;
        QTest::newRow("duplicate") << u"name,host\na,h1\nb,h2\na,h3\n"_s << u"f.csv:4"_s
                                   << u"line 2"_s;
        QTest::newRow("field count") << u"name,host\na,h,extra\n"_s << u"f.csv:2"_s << u"3"_s;
        QTest::newRow("line break in a field")
            << u"name,host,site\na,h,\"two\nlines\"\nb,h,x\n"_s << u"f.csv:2"_s << u"Site"_s;
        QTest::newRow("line after quoted newline")
            << u"name,host,labels\na,h,\"k=v;\nk2=v2\"\nb,h,99,x\n"_s << u"f.csv:4"_s << u"4"_s;
    }

    void errorsNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, location);
        QFETCH(QString, words);
        auto parsed = CsvNodeParser::parseText(text, u"f.csv"_s);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().location, location);
        QVERIFY2(parsed.error().message.contains(words), qPrintable(parsed.error().message));
    }

    void randomEditsNeverCrash()
    {
        const QString text = u"name,host,port,labels,site\n\"a\",a.example.com,22,\"k=v;x=y\",s\n"
                             "b,10.0.0.2,2222,,\"Berlin, DC\"\n"_s;
        for (const QString &mutated : fleetdeck::test::textMutations(text, 3000)) {
            auto parsed = CsvNodeParser::parseText(mutated, u"f.csv"_s);
            QVERIFY(parsed.ok() || !parsed.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvNodes)
#include "tst_csvnodes.moc"

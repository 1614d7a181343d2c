#include "core/fleet/import/SshConfigNodeParser.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::ImportField;
using fleetdeck::fleet::SshConfigNodeParser;

class TestSshConfigNodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void concreteHostsBecomeNodes()
    {
        QTemporaryDir home;
        fleetdeck::test::writeFile(home, u".ssh/fleet.d/gpu"_s,
                                   "Host gpu-01\n  HostName 10.1.0.1\n  User gpu\n");
        const QString path = fleetdeck::test::writeFile(home, u".ssh/config"_s,
            "Host web-*\n  User deploy\n  IdentityFile ~/.ssh/web_%h\n"
            "Host web-1 web-2\n  HostName %h.example.com\n  Port 2201\n"
            "Host bastion\n  IdentityFile /keys/b1\n  IdentityFile /keys/b2\n"
            "Match originalhost web-2\n  Port 2202\n"
            "Host *\n  Include fleet.d/*\n  Port 2999\n  IdentityFile /keys/all\n");
        auto parsed = SshConfigNodeParser::parseFile(path, home.path());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->nodes.size(), 4);

        const auto &web1 = parsed->nodes.at(0).node;
        QCOMPARE(web1.name, u"web-1"_s);
        QCOMPARE(web1.host, u"web-1.example.com"_s);
        QCOMPARE(web1.port, 2201);
        QCOMPARE(web1.user, u"deploy"_s);
        QCOMPARE(web1.identityFile, home.path() + u"/.ssh/web_web-1.example.com"_s);
        QCOMPARE(parsed->nodes.at(0).line, 4);
        QCOMPARE(parsed->nodes.at(0).file, path);
        QVERIFY(!parsed->nodes.at(0).fields.testFlag(ImportField::Labels));

        QCOMPARE(parsed->nodes.at(1).node.port, 2201);  // first obtained wins over the Match

        const auto &bastion = parsed->nodes.at(2).node;
        QCOMPARE(bastion.host, u"bastion"_s);
        QCOMPARE(bastion.port, 2999);
        QCOMPARE(bastion.user, QString());  // not in the config: the transport decides
        QCOMPARE(bastion.identityFile, u"/keys/b1"_s);

        const auto &gpu = parsed->nodes.at(3);
        QCOMPARE(gpu.node.host, u"10.1.0.1"_s);
        QCOMPARE(gpu.file, home.filePath(u".ssh/fleet.d/gpu"_s));
        QCOMPARE(gpu.line, 1);

        QStringList skipped;
        for (const auto &skip : parsed->skipped) {
            QVERIFY(!skip.reason.isEmpty());
            skipped.append(skip.name + u'@' + QString::number(skip.line));
        }
        QCOMPARE(skipped, (QStringList{u"web-*@1"_s, u"Match originalhost web-2@10"_s, u"*@12"_s}));
    }

    void unsupportedMatchIsSkippedWithTheReason()
    {
        auto parsed = SshConfigNodeParser::parseText(
            u"Host a\n  Port 2\nMatch exec \"test -f /x\"\n  Port 3\n"_s, u"cfg"_s, u"/h"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->nodes.size(), 1);
        QCOMPARE(parsed->nodes.first().node.port, 2);
        QCOMPARE(parsed->skipped.size(), 1);
        QCOMPARE(parsed->skipped.first().line, 3);
        QVERIFY2(parsed->skipped.first().reason.contains(u"not supported"_s),
                 qPrintable(parsed->skipped.first().reason));
    }

    void malformedConfigIsAnError()
    {
        auto parsed = SshConfigNodeParser::parseText(u"Host a\n  Port none\n"_s, u"cfg"_s, u"/h"_s);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().location, u"cfg:2"_s);
    }
};

QTEST_GUILESS_MAIN(TestSshConfigNodes)
#include "tst_sshconfignodes.moc"

#include "core/transport/SshConfigSyntax.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::transport::SshConfigSyntax;

class TestSshConfigSyntax : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void matchesPatterns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << u"web1"_s << u"web1"_s << true;
        QTest::newRow("case matters") << u"Web1"_s << u"web1"_s << false;
        QTest::newRow("star") << u"web-12.lab"_s << u"web-*.lab"_s << true;
        QTest::newRow("star empty") << u"web-"_s << u"web-*"_s << true;
        QTest::newRow("question") << u"gpu-01"_s << u"gpu-??"_s << true;
        QTest::newRow("question too short") << u"gpu-1"_s << u"gpu-??"_s << false;
        QTest::newRow("backtracking") << u"aXbXc"_s << u"*X*c"_s << true;
        QTest::newRow("no match") << u"db1"_s << u"web*"_s << false;
    }

    void matchesPatterns()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(bool, matches);
        QCOMPARE(SshConfigSyntax::matchPattern(text, pattern), matches);
    }

    void matchesPatternLists()
    {
        QVERIFY(SshConfigSyntax::matchPatternList(u"web1"_s, u"db*,web*"_s, false));
        QVERIFY(!SshConfigSyntax::matchPatternList(u"web-x"_s, u"web*,!web-x"_s, false));
        QVERIFY(!SshConfigSyntax::matchPatternList(u"web1"_s, u"!db*"_s, false));  // no positive
        QVERIFY(SshConfigSyntax::matchPatternList(u"WEB1"_s, u"Web*"_s, true));
        QVERIFY(!SshConfigSyntax::matchPatternList(u"WEB1"_s, u"web*"_s, false));
    }

    void splitsArguments()
    {
        using Args = std::optional<QStringList>;
        QCOMPARE(SshConfigSyntax::splitArguments(u"a  \"b c\" 'd \"e' f\\ g"),
                 Args(QStringList{u"a"_s, u"b c"_s, u"d \"e"_s, u"f g"_s}));
        QCOMPARE(SshConfigSyntax::splitArguments(u"x # comment \"unclosed"), Args(QStringList{u"x"_s}));
        QCOMPARE(SshConfigSyntax::splitArguments(u"x#not-a-comment"),
                 Args(QStringList{u"x#not-a-comment"_s}));
        QCOMPARE(SshConfigSyntax::splitArguments(u"\"\""), Args(QStringList{QString()}));
        QCOMPARE(SshConfigSyntax::splitArguments(u"\"open"), Args());
    }

    void splitsKeywords()
    {
        const auto split = [](QStringView line) {
            const auto s = SshConfigSyntax::splitKeyword(line);
            return s ? s->first.toString() + u'|' + s->second.toString() : u"none"_s;
        };
        QCOMPARE(split(u"  Port 22  \r"), u"Port|22"_s);
        QCOMPARE(split(u"Port=22"), u"Port|22"_s);
        QCOMPARE(split(u"Port = 22"), u"Port|22"_s);
        QCOMPARE(split(u"Port ==22"), u"Port|=22"_s);  // only one '=' is a separator
        QCOMPARE(split(u"Port"), u"Port|"_s);
        QCOMPARE(split(u"   # comment"), u"none"_s);
        QCOMPARE(split(u"\t"), u"none"_s);
    }

    void parsesTimes()
    {
        QCOMPARE(SshConfigSyntax::parseTime(u"90"_s), 90);
        QCOMPARE(SshConfigSyntax::parseTime(u"1m30s"_s), 90);
        QCOMPARE(SshConfigSyntax::parseTime(u"2H"_s), 7200);
        QCOMPARE(SshConfigSyntax::parseTime(u"1w"_s), 604800);
        QCOMPARE(SshConfigSyntax::parseTime(u"m"_s), -1);
        QCOMPARE(SshConfigSyntax::parseTime(u"10x"_s), -1);
        QCOMPARE(SshConfigSyntax::parseTime(u""_s), -1);
        QCOMPARE(SshConfigSyntax::parseTime(u"99999999999"_s), -1);
    }

    void checksValues()
    {
        QVERIFY(SshConfigSyntax::valueProblem(u"port"_s, u"22"_s).isEmpty());
        QVERIFY(SshConfigSyntax::valueProblem(u"port"_s, u"0"_s).contains(u"0"_s));
        QVERIFY(!SshConfigSyntax::valueProblem(u"stricthostkeychecking"_s, u"maybe"_s).isEmpty());
        QVERIFY(SshConfigSyntax::valueProblem(u"stricthostkeychecking"_s, u"accept-new"_s).isEmpty());
        QVERIFY(SshConfigSyntax::valueProblem(u"compression"_s, u"anything"_s).isEmpty());
    }

    void expandsTildeAndTokens()
    {
        QCOMPARE(SshConfigSyntax::expandTilde(u"~/.ssh/id"_s, u"/home/op"_s), u"/home/op/.ssh/id"_s);
        QCOMPARE(SshConfigSyntax::expandTilde(u"~"_s, u"/home/op"_s), u"/home/op"_s);
        QCOMPARE(SshConfigSyntax::expandTilde(u"~other/id"_s, u"/home/op"_s), u"~other/id"_s);
        QCOMPARE(SshConfigSyntax::expandTilde(u"/abs/~/x"_s, u"/home/op"_s), u"/abs/~/x"_s);
        const QHash<QChar, QString> tokens{{u'h', u"host"_s}, {u'p', u"22"_s}};
        QCOMPARE(SshConfigSyntax::expandTokens(u"%h:%p %% %z %"_s, tokens), u"host:22 % %z %"_s);
    }

    void globsFilesSorted()
    {
        QTemporaryDir dir;
        for (const QString &name : {u"b.conf"_s, u"a.conf"_s, u".hidden.conf"_s, u"c.txt"_s,
                                    u"sub/d.conf"_s})
            fleetdeck::test::writeFile(dir, name, "x");
        const QString base = dir.path();
        QCOMPARE(SshConfigSyntax::globFiles(base + u"/*.conf"_s),
                 (QStringList{base + u"/a.conf"_s, base + u"/b.conf"_s}));
        QCOMPARE(SshConfigSyntax::globFiles(base + u"/.*.conf"_s),
                 QStringList{base + u"/.hidden.conf"_s});
        QCOMPARE(SshConfigSyntax::globFiles(base + u"/*/d.conf"_s),
                 QStringList{base + u"/sub/d.conf"_s});
        QCOMPARE(SshConfigSyntax::globFiles(base + u"/[ab].conf"_s),
                 (QStringList{base + u"/a.conf"_s, base + u"/b.conf"_s}));
        QCOMPARE(SshConfigSyntax::globFiles(base + u"/c.txt"_s), QStringList{base + u"/c.txt"_s});
        QVERIFY(SshConfigSyntax::globFiles(base + u"/missing"_s).isEmpty());
        QVERIFY(SshConfigSyntax::globFiles(base + u"/sub"_s).isEmpty());  // a folder is no file
    }
};

QTEST_GUILESS_MAIN(TestSshConfigSyntax)
#include "tst_sshconfigsyntax.moc"

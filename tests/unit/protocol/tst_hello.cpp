#include "core/protocol/Hello.h"
#include "tests/support/TestSupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::protocol;

class TestHello : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void choosesTheHighestCommonVersion()
    {
        QCOMPARE(chooseProtocolVersion({ 1, 2, 3 }, { 1, 2 }), std::optional<int>(2));
        QCOMPARE(chooseProtocolVersion({ 3, 1 }, { 1, 3 }), std::optional<int>(3));
        QCOMPARE(chooseProtocolVersion({ 4, 5 }, { 1, 2 }), std::nullopt);
        QCOMPARE(chooseProtocolVersion({}, { 1 }), std::nullopt);
    }

    void paramsRoundTrip()
    {
        const HelloParams params { { 1, 2 }, u"fleetdeck/0.1.0"_s };
        const auto back = HelloParams::fromCbor(params.toCbor());
        QVERIFY(back.ok());
        QCOMPARE(back->versions, (QList<int> { 1, 2 }));
        QCOMPARE(back->client, u"fleetdeck/0.1.0"_s);
    }

    void paramsNeedAVersionList()
    {
        QVERIFY(!HelloParams::fromCbor(QCborMap {}).ok());
        QVERIFY(!HelloParams::fromCbor(QCborMap { { u"versions"_s, QCborArray {} } }).ok());
        QVERIFY(!HelloParams::fromCbor(QCborMap { { u"versions"_s, 1 } }).ok());
        const auto text =
            HelloParams::fromCbor(QCborMap { { u"versions"_s, QCborArray { u"1"_s } } });
        QVERIFY(!text.ok());
        QVERIFY(text.error().message.contains(u"integers"_s));
    }

    void resultRoundTripsAndRejectsGaps()
    {
        const HelloResult result { 1, u"0.1.0"_s, { u"ping"_s, u"node.facts"_s } };
        const auto back = HelloResult::fromCbor(result.toCbor());
        QVERIFY(back.ok());
        QCOMPARE(back->version, 1);
        QCOMPARE(back->capabilities, (QStringList { u"ping"_s, u"node.facts"_s }));
        QVERIFY(!HelloResult::fromCbor(QCborMap { { u"version"_s, 1 } }).ok());
    }
};

QTEST_GUILESS_MAIN(TestHello)
#include "tst_hello.moc"

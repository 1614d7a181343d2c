#include "agents/RequestDispatcher.h"
#include "core/protocol/Hello.h"
#include "tests/support/TestSupport.h"

#include <QCborMap>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::protocol;
using fleetdeck::agent::RequestDispatcher;

class TestRequestDispatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void init()
    {
        m_factsCalls = 0;
        m_dispatcher = std::make_unique<RequestDispatcher>([this] {
            ++m_factsCalls;
            NodeFacts facts;
            facts.hostname = u"node-a"_s;
            return facts;
        });
    }

    void everythingWaitsForHello()
    {
        const auto outcome = m_dispatcher->dispatch(Request { 1, u"node.facts"_s, {} });
        QCOMPARE(outcome.error->code, ErrorCode::HelloRequired);
        QCOMPARE(m_factsCalls, 0);
    }

    void helloAgreesOnAVersion()
    {
        const auto outcome = hello({ 1, 7 });
        QVERIFY(!outcome.error);
        const auto result = HelloResult::fromCbor(outcome.result);
        QVERIFY(result.ok());
        QCOMPARE(result->version, 1);
        QCOMPARE(result->capabilities, RequestDispatcher::capabilities());
        QCOMPARE(m_dispatcher->version(), std::optional<int>(1));
    }

    void helloWithoutACommonVersionSaysWhatEachSpeaks()
    {
        const auto outcome = hello({ 7, 8 });
        QCOMPARE(outcome.error->code, ErrorCode::UnsupportedVersion);
        QVERIFY(outcome.error->message.contains(u"7, 8"_s));
        QCOMPARE(outcome.error->data.toMap().value(u"supported"_s).toArray().at(0).toInteger(), 1);
        QVERIFY(!m_dispatcher->version());
        const auto bad = m_dispatcher->dispatch(Request { 2, u"hello"_s, QCborMap {} });
        QCOMPARE(bad.error->code, ErrorCode::InvalidParams);
    }

    void methodsAfterHello()
    {
        QVERIFY(!hello({ 1 }).error);
        const auto ping =
            m_dispatcher->dispatch(Request { 2, u"ping"_s, QCborMap { { u"t"_s, 5 } } });
        QCOMPARE(ping.result.toMap().value(u"t"_s).toInteger(), 5);
        QVERIFY(m_dispatcher->dispatch(Request { 3, u"ping"_s, {} }).result.isMap());

        // Facts are slow to gather: they come as work for the session to run off its thread.
        const auto facts = m_dispatcher->dispatch(Request { 4, u"node.facts"_s, {} });
        QVERIFY(facts.work);
        QCOMPARE(m_factsCalls, 0);
        QCOMPARE(NodeFacts::fromCbor(facts.work())->hostname, u"node-a"_s);
        QCOMPARE(m_factsCalls, 1);

        const auto unknown = m_dispatcher->dispatch(Request { 5, u"rm -rf"_s, {} });
        QCOMPARE(unknown.error->code, ErrorCode::MethodNotFound);
        QVERIFY(unknown.error->message.contains(u"node.facts"_s));
        QVERIFY(!unknown.endSession);

        const auto shutdown = m_dispatcher->dispatch(Request { 6, u"session.shutdown"_s, {} });
        QVERIFY(!shutdown.error);
        QVERIFY(shutdown.endSession);
    }

private:
    RequestDispatcher::Outcome hello(const QList<int> &versions)
    {
        return m_dispatcher->dispatch(
            Request { 1, u"hello"_s, HelloParams { versions, u"t"_s }.toCbor() });
    }

    std::unique_ptr<RequestDispatcher> m_dispatcher;
    int m_factsCalls = 0;
};

QTEST_GUILESS_MAIN(TestRequestDispatcher)
#include "tst_requestdispatcher.moc"

#include "core/protocol/AgentClient.h"
#include "core/protocol/MemoryChannel.h"
#include "tests/support/TestSupport.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::protocol;
using namespace std::chrono_literals;

namespace {

// The agent's end of the pipe, scripted by each test: collects what the client sent.
class ScriptedPeer : public QObject {
public:
    explicit ScriptedPeer(MemoryChannel *channel)
        : m_channel(channel)
    {
        connect(channel, &ByteChannel::readyRead, this, [this] {
            m_reader.append(m_channel->readAll());
            while (auto d = m_reader.next()) {
                MessageDecode m = decodeMessage(d->frame);
                if (auto *message = std::get_if<Message>(&m))
                    received.append(*message);
            }
        });
    }

    Request request(int i) const { return std::get<Request>(received.at(i)); }
    void send(const Message &message) { m_channel->write(encodeMessage(message)); }
    void sendRaw(const QByteArray &bytes) { m_channel->write(bytes); }
    void close() { m_channel->close(); }

    QList<Message> received;

private:
    MemoryChannel *m_channel;
    FrameReader m_reader;
};

struct Answers {
    QList<AgentClient::Reply> replies;
    AgentClient::ReplyHandler handler()
    {
        return [this](const AgentClient::Reply &r) { replies.append(r); };
    }
};

} // namespace

class TestAgentClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void init()
    {
        auto [clientEnd, peerEnd] = MemoryChannel::createPair(this);
        m_clientEnd = clientEnd;
        m_client = std::make_unique<AgentClient>(clientEnd);
        m_peer = std::make_unique<ScriptedPeer>(peerEnd);
    }

    void cleanup()
    {
        m_client.reset();
        m_peer.reset();
    }

    void repliesFindTheirRequestsInAnyOrder()
    {
        Answers first, second;
        const quint32 a =
            m_client->call(u"ping"_s, QCborMap { { u"n"_s, 1 } }, this, first.handler());
        const quint32 b =
            m_client->call(u"ping"_s, QCborMap { { u"n"_s, 2 } }, this, second.handler());
        QVERIFY(a != 0 && b != 0 && a != b);
        QTRY_COMPARE(m_peer->received.size(), 2);
        QCOMPARE(m_peer->request(0).id, a);
        QCOMPARE(m_peer->request(1).params.toMap().value(u"n"_s).toInteger(), 2);
        m_peer->send(Response { b, u"two"_s });
        m_peer->send(Response { a, u"one"_s });
        QTRY_COMPARE(first.replies.size(), 1);
        QTRY_COMPARE(second.replies.size(), 1);
        QCOMPARE(first.replies[0].result.toString(), u"one"_s);
        QCOMPARE(second.replies[0].result.toString(), u"two"_s);
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void errorRepliesKeepTheirCode()
    {
        Answers answers;
        const quint32 id = m_client->call(u"nope"_s, {}, this, answers.handler());
        m_peer->send(ErrorReply { id, { ErrorCode::MethodNotFound, u"no method nope"_s, {} } });
        QTRY_COMPARE(answers.replies.size(), 1);
        QVERIFY(!answers.replies[0].ok());
        QCOMPARE(answers.replies[0].error->code, ErrorCode::MethodNotFound);
        QCOMPARE(answers.replies[0].error->message, u"no method nope"_s);
        QVERIFY(m_client->isOpen());
    }

    void aHangingPeerTimesOutOnTime()
    {
        Answers answers;
        QElapsedTimer clock;
        clock.start();
        const quint32 id = m_client->call(u"ping"_s, {}, this, answers.handler(), 100ms);
        QTRY_COMPARE_WITH_TIMEOUT(answers.replies.size(), 1, 2000);
        QVERIFY(clock.elapsed() >= 90);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(answers.replies[0].error->code, ErrorCode::Timeout);
        QVERIFY(answers.replies[0].error->message.contains(u"ping"_s));
        // A late answer is dropped, not delivered twice.
        m_peer->send(Response { id, 1 });
        QTest::qWait(50);
        QCOMPARE(answers.replies.size(), 1);
        QVERIFY(m_client->isOpen());
    }

    void garbageFailsEveryPendingRequestAndEndsTheSession()
    {
        Answers a, b;
        QSignalSpy ended(m_client.get(), &AgentClient::sessionEnded);
        m_client->call(u"ping"_s, {}, this, a.handler());
        m_client->call(u"node.facts"_s, {}, this, b.handler());
        m_peer->sendRaw("Welcome to Ubuntu 22.04 LTS\n");
        QTRY_COMPARE(a.replies.size(), 1);
        QTRY_COMPARE(b.replies.size(), 1);
        QCOMPARE(a.replies[0].error->code, ErrorCode::ProtocolViolation);
        QCOMPARE(b.replies[0].error->code, ErrorCode::ProtocolViolation);
        QVERIFY(a.replies[0].error->message.contains(u"magic"_s));
        QCOMPARE(ended.size(), 1);
        QVERIFY(!m_client->isOpen());
        QVERIFY(!m_clientEnd->isOpen());
    }

    void aMalformedMessageIsAProtocolViolation()
    {
        Answers answers;
        m_client->call(u"ping"_s, {}, this, answers.handler());
        m_peer->sendRaw(encodeFrame(FrameType::Response, "\xa2\x62"));
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.replies[0].error->code, ErrorCode::ProtocolViolation);
    }

    void closingFailsPendingRequests()
    {
        Answers answers;
        m_client->call(u"ping"_s, {}, this, answers.handler());
        m_peer->close();
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.replies[0].error->code, ErrorCode::ConnectionClosed);
    }

    void callsOnAClosedClientAreAnsweredLater()
    {
        m_client->close();
        Answers answers;
        m_client->call(u"ping"_s, {}, this, answers.handler());
        QCOMPARE(answers.replies.size(), 0); // never from inside call()
        QTRY_COMPARE(answers.replies.size(), 1);
        QCOMPARE(answers.replies[0].error->code, ErrorCode::ConnectionClosed);
    }

    void aDestroyedContextSkipsTheHandler()
    {
        auto context = std::make_unique<QObject>();
        Answers answers;
        const quint32 id = m_client->call(u"ping"_s, {}, context.get(), answers.handler());
        context.reset();
        m_peer->send(Response { id, 1 });
        QTRY_COMPARE(m_client->pendingCount(), 0);
        QCOMPARE(answers.replies.size(), 0);
    }

    void notificationsAndChunksAreSignalled()
    {
        QSignalSpy notes(m_client.get(), &AgentClient::notificationReceived);
        QSignalSpy chunks(m_client.get(), &AgentClient::chunkReceived);
        m_peer->send(Notification { u"metrics"_s, QCborMap { { u"cpu"_s, 0.5 } } });
        m_peer->send(Chunk { 3, 10, "bytes", true });
        QTRY_COMPARE(chunks.size(), 1);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0][0].toString(), u"metrics"_s);
        QCOMPARE(chunks[0][0].value<Chunk>().offset, 10u);
    }

    void requestsFromTheAgentAreRefused()
    {
        m_peer->send(Request { 42, u"reboot"_s, {} });
        QTRY_COMPARE(m_peer->received.size(), 1);
        const auto error = std::get<ErrorReply>(m_peer->received[0]);
        QCOMPARE(error.id, 42u);
        QCOMPARE(error.error.code, ErrorCode::MethodNotFound);
    }

    void helloNegotiatesTheVersion()
    {
        std::optional<AgentClient::TypedReply<HelloResult>> outcome;
        m_client->hello(
            u"test"_s, this, [&](const AgentClient::TypedReply<HelloResult> &r) { outcome = r; });
        QTRY_COMPARE(m_peer->received.size(), 1);
        const Request hello = m_peer->request(0);
        QCOMPARE(hello.method, u"hello"_s);
        const auto params = HelloParams::fromCbor(hello.params);
        QVERIFY(params.ok());
        QVERIFY(params->versions.contains(kProtocolVersion));
        m_peer->send(Response { hello.id, HelloResult { 1, u"9.9"_s, { u"ping"_s } }.toCbor() });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->ok());
        QCOMPARE((*outcome)->agentVersion, u"9.9"_s);
        QCOMPARE(m_client->protocolVersion(), std::optional<int>(1));
    }

    void nodeFactsAreReadIntoTheirStruct()
    {
        std::optional<AgentClient::TypedReply<NodeFacts>> facts;
        m_client->nodeFacts(this, [&](const AgentClient::TypedReply<NodeFacts> &r) { facts = r; });
        QTRY_COMPARE(m_peer->received.size(), 1);
        QCOMPARE(m_peer->request(0).method, u"node.facts"_s);
        NodeFacts sent;
        sent.hostname = u"edge-3"_s;
        sent.cpuCount = 8;
        m_peer->send(Response { m_peer->request(0).id, sent.toCbor() });
        QTRY_VERIFY(facts.has_value());
        QVERIFY(facts->ok());
        QCOMPARE((*facts)->hostname, u"edge-3"_s);
        QCOMPARE((*facts)->cpuCount, 8);

        // A reply of the wrong shape is an error, not empty facts.
        std::optional<AgentClient::TypedReply<NodeFacts>> odd;
        m_client->nodeFacts(this, [&](const AgentClient::TypedReply<NodeFacts> &r) { odd = r; });
        QTRY_COMPARE(m_peer->received.size(), 2);
        m_peer->send(Response { m_peer->request(1).id, u"not facts"_s });
        QTRY_VERIFY(odd.has_value());
        QVERIFY(!odd->ok());
        QCOMPARE(odd->error->code, ErrorCode::ProtocolViolation);
    }

    void helloReportsAVersionMismatch()
    {
        std::optional<AgentClient::TypedReply<HelloResult>> outcome;
        m_client->hello(
            u"test"_s, this, [&](const AgentClient::TypedReply<HelloResult> &r) { outcome = r; });
        QTRY_COMPARE(m_peer->received.size(), 1);
        m_peer->send(ErrorReply {
            m_peer->request(0).id, { ErrorCode::UnsupportedVersion, u"agent speaks 7"_s, {} } });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error->code, ErrorCode::UnsupportedVersion);
        QCOMPARE(outcome->error->message, u"agent speaks 7"_s);
        QVERIFY(!m_client->protocolVersion());

        // An agent that "chooses" a version we never offered is refused too.
        std::optional<AgentClient::TypedReply<HelloResult>> odd;
        m_client->hello(
            u"test"_s, this, [&](const AgentClient::TypedReply<HelloResult> &r) { odd = r; });
        QTRY_COMPARE(m_peer->received.size(), 2);
        m_peer->send(Response { m_peer->request(1).id, HelloResult { 99, u"x"_s, {} }.toCbor() });
        QTRY_VERIFY(odd.has_value());
        QVERIFY(!odd->ok());
        QCOMPARE(odd->error->code, ErrorCode::UnsupportedVersion);
    }

private:
    MemoryChannel *m_clientEnd = nullptr;
    std::unique_ptr<AgentClient> m_client;
    std::unique_ptr<ScriptedPeer> m_peer;
};

QTEST_GUILESS_MAIN(TestAgentClient)
#include "tst_agentclient.moc"

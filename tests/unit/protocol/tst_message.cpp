#include "core/protocol/Message.h"
#include "tests/support/TestSupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::protocol;

namespace {

Frame frameOf(FrameType type, const QCborValue &value)
{
    return Frame { type, 0, value.toCbor() };
}

Message decodeOk(const Frame &frame)
{
    MessageDecode d = decodeMessage(frame);
    if (auto *bad = std::get_if<MessageDecodeError>(&d))
        qFatal("unexpected decode error: %s", qPrintable(bad->error.message));
    return std::get<Message>(d);
}

MessageDecodeError decodeBad(const Frame &frame)
{
    MessageDecode d = decodeMessage(frame);
    if (!std::holds_alternative<MessageDecodeError>(d))
        qFatal("expected a decode error");
    return std::get<MessageDecodeError>(d);
}

Frame frameFromEncoded(const QByteArray &bytes)
{
    const FrameDecode d = decodeFrame(bytes);
    if (d.status != FrameDecode::Status::Complete)
        qFatal("encodeMessage produced no complete frame");
    return d.frame;
}

} // namespace

class TestMessage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void roundTripsEveryMessageType()
    {
        const QCborMap params { { u"n"_s, 3 } };
        const QList<Message> messages {
            Request { 7, u"ping"_s, params },
            Response { 7, QCborMap { { u"ok"_s, true } } },
            ErrorReply {
                9, { ErrorCode::MethodNotFound, u"no such method"_s, QCborMap { { u"x"_s, 1 } } } },
            Notification { u"metrics"_s, params },
            Chunk { 4, 1ull << 40, QByteArray("\x00\x01\xff", 3), true },
        };
        for (const Message &m : messages) {
            const Message back = decodeOk(frameFromEncoded(encodeMessage(m)));
            QCOMPARE(back.index(), m.index());
        }
        const auto request =
            std::get<Request>(decodeOk(frameFromEncoded(encodeMessage(messages[0]))));
        QCOMPARE(request.id, 7u);
        QCOMPARE(request.method, u"ping"_s);
        QCOMPARE(request.params.toMap().value(u"n"_s).toInteger(), 3);
        const auto error =
            std::get<ErrorReply>(decodeOk(frameFromEncoded(encodeMessage(messages[2]))));
        QCOMPARE(error.id, 9u);
        QCOMPARE(error.error.code, ErrorCode::MethodNotFound);
        QCOMPARE(error.error.message, u"no such method"_s);
        QCOMPARE(error.error.data.toMap().value(u"x"_s).toInteger(), 1);
        const auto chunk = std::get<Chunk>(decodeOk(frameFromEncoded(encodeMessage(messages[4]))));
        QCOMPARE(chunk.offset, 1ull << 40);
        QCOMPARE(chunk.data, QByteArray("\x00\x01\xff", 3));
        QVERIFY(chunk.last);
    }

    void chunkBytesTravelRawNotBase64()
    {
        QByteArray data(1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 131) % 256);
        const QByteArray wire = encodeMessage(Chunk { 1, 0, data, false });
        QVERIFY(wire.contains(data));
        QVERIFY(wire.size() < data.size() + 100);
        QCOMPARE(std::get<Chunk>(decodeOk(frameFromEncoded(wire))).data, data);
    }

    void rejectsTruncatedCbor()
    {
        const QByteArray full =
            QCborValue(QCborMap { { u"id"_s, 1 }, { u"method"_s, u"ping"_s } }).toCbor();
        for (qsizetype n = 0; n < full.size(); ++n) {
            const MessageDecodeError e = decodeBad(Frame { FrameType::Request, 0, full.first(n) });
            QCOMPARE(e.error.code, ErrorCode::MalformedMessage);
        }
    }

    void rejectsTrailingBytesAndNonMaps()
    {
        QByteArray payload =
            QCborValue(QCborMap { { u"id"_s, 1 }, { u"method"_s, u"ping"_s } }).toCbor();
        payload.append('\x01');
        const MessageDecodeError trailing = decodeBad(Frame { FrameType::Request, 0, payload });
        QCOMPARE(trailing.error.code, ErrorCode::MalformedMessage);
        QVERIFY(trailing.error.message.contains(u"1 stray"_s));

        const MessageDecodeError list = decodeBad(frameOf(FrameType::Request, QCborArray { 1, 2 }));
        QCOMPARE(list.error.code, ErrorCode::MalformedMessage);
    }

    void rejectsWrongTypes_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QCborValue>("payload");
        QTest::addColumn<quint32>("id"); // the id the error must carry
        QTest::addColumn<QString>("field");
        const int request = int(FrameType::Request);
        QTest::newRow("id as text")
            << request << QCborValue(QCborMap { { u"id"_s, u"1"_s }, { u"method"_s, u"ping"_s } })
            << 0u << u"id"_s;
        QTest::newRow("negative id")
            << request << QCborValue(QCborMap { { u"id"_s, -1 }, { u"method"_s, u"ping"_s } }) << 0u
            << u"id"_s;
        QTest::newRow("id above 32 bits")
            << request
            << QCborValue(QCborMap { { u"id"_s, qint64(1) << 32 }, { u"method"_s, u"p"_s } }) << 0u
            << u"id"_s;
        QTest::newRow("request id 0")
            << request << QCborValue(QCborMap { { u"id"_s, 0 }, { u"method"_s, u"ping"_s } }) << 0u
            << u"id"_s;
        QTest::newRow("method as number")
            << request << QCborValue(QCborMap { { u"id"_s, 5 }, { u"method"_s, 3 } }) << 5u
            << u"method"_s;
        QTest::newRow("params as list")
            << request
            << QCborValue(QCborMap {
                   { u"id"_s, 6 }, { u"method"_s, u"p"_s }, { u"params"_s, QCborArray {} } })
            << 6u << u"params"_s;
        QTest::newRow("response without result")
            << int(FrameType::Response) << QCborValue(QCborMap { { u"id"_s, 8 } }) << 8u
            << u"result"_s;
        QTest::newRow("error code as text")
            << int(FrameType::Error)
            << QCborValue(QCborMap { { u"id"_s, 2 },
                   { u"error"_s, QCborMap { { u"code"_s, u"7"_s }, { u"message"_s, u"m"_s } } } })
            << 2u << u"error.code"_s;
        QTest::newRow("chunk data as text")
            << int(FrameType::Chunk)
            << QCborValue(QCborMap { { u"id"_s, 3 }, { u"offset"_s, 0 }, { u"data"_s, u"aGk="_s },
                   { u"last"_s, true } })
            << 3u << u"data"_s;
        QTest::newRow("chunk negative offset")
            << int(FrameType::Chunk)
            << QCborValue(QCborMap { { u"id"_s, 3 }, { u"offset"_s, -5 },
                   { u"data"_s, QByteArray() }, { u"last"_s, true } })
            << 3u << u"offset"_s;
        QTest::newRow("notification without method")
            << int(FrameType::Notification) << QCborValue(QCborMap { { u"params"_s, QCborMap {} } })
            << 0u << u"method"_s;
    }

    void rejectsWrongTypes()
    {
        QFETCH(int, type);
        QFETCH(QCborValue, payload);
        QFETCH(quint32, id);
        QFETCH(QString, field);
        const MessageDecodeError e = decodeBad(frameOf(FrameType(type), payload));
        QCOMPARE(e.error.code, ErrorCode::InvalidMessage);
        QCOMPARE(e.id, id);
        QVERIFY2(e.error.message.contains(u'"' + field + u'"'), qPrintable(e.error.message));
    }

    void unknownErrorCodeFromANewerPeerStillFails()
    {
        const QCborMap map { { u"id"_s, 4 },
            { u"error"_s, QCborMap { { u"code"_s, 77 }, { u"message"_s, u"new"_s } } } };
        const auto error = std::get<ErrorReply>(decodeOk(frameOf(FrameType::Error, map)));
        QCOMPARE(error.error.code, ErrorCode::Internal);
        QCOMPARE(error.error.message, u"new"_s);
    }

    void theExampleInTheDocsDecodes()
    {
        // docs/protocol.md, section 8, byte for byte.
        const QByteArray wire =
            QByteArray::fromHex("fd46444b0101000000000030a362696401666d6574686f64"
                                "6568656c6c6f66706172616d73a26876657273696f6e7381"
                                "0166636c69656e7463636c69");
        const Request r = std::get<Request>(decodeOk(frameFromEncoded(wire)));
        QCOMPARE(r.id, 1u);
        QCOMPARE(r.method, u"hello"_s);
        QCOMPARE(r.params.toMap().value(u"client"_s).toString(), u"cli"_s);
        QCOMPARE(encodeMessage(r), wire);
    }

    void requestWithoutParamsIsFine()
    {
        const auto r = std::get<Request>(decodeOk(
            frameOf(FrameType::Request, QCborMap { { u"id"_s, 1 }, { u"method"_s, u"ping"_s } })));
        QVERIFY(r.params.isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"

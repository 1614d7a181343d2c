#include "core/protocol/Frame.h"
#include "tests/support/TestSupport.h"

#include <QtEndian>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::protocol;
using Status = FrameDecode::Status;

namespace {

QByteArray header(quint8 version, quint8 type, quint16 flags, quint32 length)
{
    QByteArray h(kHeaderSize, '\0');
    std::memcpy(h.data(), kMagic, 4);
    h[4] = char(version);
    h[5] = char(type);
    qToBigEndian<quint16>(flags, h.data() + 6);
    qToBigEndian<quint32>(length, h.data() + 8);
    return h;
}

} // namespace

class TestFrame : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void encodesTheDocumentedHeader()
    {
        const QByteArray frame = encodeFrame(FrameType::Response, "abc");
        QCOMPARE(frame.size(), kHeaderSize + 3);
        QCOMPARE(frame.left(kHeaderSize), header(1, 2, 0, 3));
        QCOMPARE(frame.mid(kHeaderSize), QByteArray("abc"));
    }

    void roundTripsBinaryPayload()
    {
        QByteArray payload;
        for (int i = 0; i < 512; ++i)
            payload.append(char(i % 256));
        const FrameDecode d = decodeFrame(encodeFrame(FrameType::Chunk, payload));
        QCOMPARE(d.status, Status::Complete);
        QCOMPARE(d.frame.type, FrameType::Chunk);
        QCOMPARE(d.frame.payload, payload);
        QCOMPARE(d.consumed, kHeaderSize + 512);
    }

    void waitsForPartialFrames()
    {
        const QByteArray frame = encodeFrame(FrameType::Request, QByteArray(100, 'x'));
        for (qsizetype n = 0; n < frame.size(); ++n)
            QCOMPARE(decodeFrame(QByteArrayView(frame).first(n)).status, Status::NeedMore);
        QCOMPARE(decodeFrame(frame).status, Status::Complete);
    }

    void readerCutsSeveralFramesFromOneRead()
    {
        const QByteArray stream = encodeFrame(FrameType::Request, "one")
            + encodeFrame(FrameType::Notification, "") + encodeFrame(FrameType::Response, "three");
        FrameReader reader;
        reader.append(stream);
        QCOMPARE(reader.next()->frame.payload, QByteArray("one"));
        const auto empty = reader.next();
        QCOMPARE(empty->frame.type, FrameType::Notification);
        QVERIFY(empty->frame.payload.isEmpty());
        QCOMPARE(reader.next()->frame.payload, QByteArray("three"));
        QVERIFY(!reader.next().has_value());
        QCOMPARE(reader.bufferedBytes(), 0);
    }

    void readerReassemblesByteByByte()
    {
        const QByteArray stream =
            encodeFrame(FrameType::Request, "first") + encodeFrame(FrameType::Request, "second");
        FrameReader reader;
        QList<QByteArray> payloads;
        for (char c : stream) {
            reader.append(QByteArrayView(&c, 1));
            while (auto d = reader.next())
                payloads.append(d->frame.payload);
        }
        QCOMPARE(payloads, (QList<QByteArray> { "first", "second" }));
    }

    void refusesOversizedLengthBeforeThePayloadArrives()
    {
        // Only the header: the decoder must refuse now, not wait for (or allocate) 4 GiB.
        const FrameDecode d = decodeFrame(header(1, 1, 0, 0xffffffffu));
        QCOMPARE(d.status, Status::Invalid);
        QCOMPARE(d.error.code, ErrorCode::FrameTooLarge);
        QVERIFY(d.error.message.contains(u"4294967295"_s));

        QCOMPARE(decodeFrame(header(1, 1, 0, 101), 100).status, Status::Invalid);
        QCOMPARE(decodeFrame(header(1, 1, 0, 100), 100).status, Status::NeedMore);
    }

    void readerStaysFailedAfterABadFrame()
    {
        FrameReader reader(64);
        reader.append(header(1, 1, 0, 65));
        QCOMPARE(reader.next()->status, Status::Invalid);
        QVERIFY(reader.failed());
        reader.append(encodeFrame(FrameType::Request, "ok"));
        QCOMPARE(reader.next()->error.code, ErrorCode::FrameTooLarge);
        QCOMPARE(reader.bufferedBytes(), 0);
    }

    void rejectsBadMagicAtOnce()
    {
        // A login banner on the agent's stdout must fail on its first byte.
        const FrameDecode banner = decodeFrame("W");
        QCOMPARE(banner.status, Status::Invalid);
        QCOMPARE(banner.error.code, ErrorCode::BadFrame);
        QVERIFY(banner.error.message.contains(u"magic"_s));

        QByteArray frame = encodeFrame(FrameType::Request, "x");
        frame[3] = 'X';
        QCOMPARE(decodeFrame(frame).status, Status::Invalid);
    }

    void rejectsUnknownVersionTypeAndFlags()
    {
        const FrameDecode version = decodeFrame(header(2, 1, 0, 0));
        QCOMPARE(version.status, Status::Invalid);
        QVERIFY(version.error.message.contains(u"version 2"_s));
        QCOMPARE(decodeFrame(header(1, 0, 0, 0)).status, Status::Invalid);
        QCOMPARE(decodeFrame(header(1, 6, 0, 0)).status, Status::Invalid);
        QCOMPARE(decodeFrame(header(1, 1, 1, 0)).status, Status::Invalid);
        QCOMPARE(decodeFrame(header(1, 5, 0, 0)).status, Status::Complete);
    }

    void emptyInputNeedsMore() { QCOMPARE(decodeFrame(QByteArrayView()).status, Status::NeedMore); }
};

QTEST_GUILESS_MAIN(TestFrame)
#include "tst_frame.moc"

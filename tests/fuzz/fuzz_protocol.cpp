// libFuzzer target for the agent protocol's frame and message decoders: whatever bytes arrive,
// decoding must end in a frame, a clean error or "need more", never a crash, hang or leak.
#include "core/protocol/Frame.h"
#include "core/protocol/Hello.h"
#include "core/protocol/Message.h"
#include "core/protocol/NodeFacts.h"

#include <cstdint>
#include <cstdlib>

using namespace fleetdeck::protocol;

namespace {

// A decoded message must encode to a frame that decodes to the same kind of message again.
void checkRoundTrip(const Message &message)
{
    const FrameDecode again = decodeFrame(encodeMessage(message));
    if (again.status != FrameDecode::Status::Complete)
        std::abort();
    const MessageDecode back = decodeMessage(again.frame);
    const auto *decoded = std::get_if<Message>(&back);
    if (!decoded || decoded->index() != message.index())
        std::abort();
}

void decodeStream(QByteArrayView input, qsizetype step)
{
    // A small limit so the oversize path is reached as often as the normal one.
    FrameReader reader(4096);
    for (qsizetype at = 0; at < input.size(); at += step) {
        reader.append(input.sliced(at, qMin(step, input.size() - at)));
        while (std::optional<FrameDecode> decoded = reader.next()) {
            if (decoded->status != FrameDecode::Status::Complete)
                return;
            MessageDecode message = decodeMessage(decoded->frame);
            if (const auto *m = std::get_if<Message>(&message))
                checkRoundTrip(*m);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.isEmpty())
        return 0;
    // The first byte picks how the stream is cut, as reads from a pipe would cut it.
    decodeStream(input.sliced(1), 1 + qsizetype(uchar(input[0]) % 64));
    // The typed readers the client applies to what an agent (an untrusted node) sends.
    // Only on CBOR that parsed, as in the client: Qt 6.4 leaves a half-read map broken enough
    // to crash QCborMap::value() (found by this target), so a parse error must stop there.
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(input.toByteArray(), &error);
    if (error.error == QCborError::NoError) {
        (void)HelloParams::fromCbor(value);
        (void)HelloResult::fromCbor(value);
        (void)NodeFacts::fromCbor(value);
    }
    // The payload decoder on its own, for every frame type.
    for (quint8 type = 1; type <= 5; ++type)
        (void)decodeMessage(Frame { FrameType(type), 0, input.toByteArray() });
    return 0;
}

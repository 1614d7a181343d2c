#pragma once

#include "core/protocol/ByteChannel.h"

#include <QPointer>

#include <utility>

namespace fleetdeck::protocol {

// One end of an in-process byte pipe. Bytes written on one end arrive at the other from the
// event loop, as they would over a real transport. Used by tests and by in-process agents.
class MemoryChannel : public ByteChannel {
    Q_OBJECT
public:
    // Two connected ends, both open, owned by parent.
    static std::pair<MemoryChannel *, MemoryChannel *> createPair(QObject *parent);

    bool isOpen() const override { return m_open; }
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    void close() override;

private:
    explicit MemoryChannel(QObject *parent);
    void receive(const QByteArray &bytes);
    void peerClosed();

    QPointer<MemoryChannel> m_peer;
    QByteArray m_incoming;
    bool m_open = true;
};

} // namespace fleetdeck::protocol

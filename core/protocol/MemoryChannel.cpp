#include "core/protocol/MemoryChannel.h"

#include "core/protocol/Tr.h"

#include <QMetaObject>

namespace fleetdeck::protocol {

MemoryChannel::MemoryChannel(QObject *parent)
    : ByteChannel(parent)
{
}

std::pair<MemoryChannel *, MemoryChannel *> MemoryChannel::createPair(QObject *parent)
{
    auto *a = new MemoryChannel(parent);
    auto *b = new MemoryChannel(parent);
    a->m_peer = b;
    b->m_peer = a;
    return { a, b };
}

void MemoryChannel::write(const QByteArray &bytes)
{
    if (!m_open || !m_peer)
        return;
    QMetaObject::invokeMethod(
        m_peer,
        [peer = m_peer, bytes] {
            if (peer)
                peer->receive(bytes);
        },
        Qt::QueuedConnection);
}

QByteArray MemoryChannel::readAll()
{
    return std::exchange(m_incoming, {});
}

void MemoryChannel::close()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_peer) {
        QMetaObject::invokeMethod(
            m_peer,
            [peer = m_peer] {
                if (peer)
                    peer->peerClosed();
            },
            Qt::QueuedConnection);
    }
    Q_EMIT closed({});
}

void MemoryChannel::receive(const QByteArray &bytes)
{
    if (!m_open)
        return;
    m_incoming.append(bytes);
    Q_EMIT readyRead();
}

void MemoryChannel::peerClosed()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT closed(Tr::tr("The other end closed the channel."));
}

} // namespace fleetdeck::protocol

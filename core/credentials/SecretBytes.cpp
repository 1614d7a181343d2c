#include "core/credentials/SecretBytes.h"

#include <utility>

namespace fleetdeck::credentials {

void wipeBytes(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // data() detaches a shared buffer: then only our copy is wiped, which is why SecretBytes keeps
    // its buffer unshared. The volatile pointer stops the optimiser from removing the stores.
    volatile char *p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

SecretBytes::SecretBytes(QByteArray bytes)
{
    if (bytes.isDetached()) {
        m_bytes = std::move(bytes);
    } else {
        m_bytes = QByteArray(bytes.constData(), bytes.size());
    }
}

SecretBytes::SecretBytes(const SecretBytes &other)
    : m_bytes(other.copy())
{
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.copy();
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, {}))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, {});
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    return SecretBytes(QByteArray(bytes.data(), bytes.size()));
}

QByteArray SecretBytes::copy() const
{
    // The QByteArray(const char *, size) constructor always allocates: never a shared buffer.
    return m_bytes.isEmpty() ? QByteArray() : QByteArray(m_bytes.constData(), m_bytes.size());
}

void SecretBytes::wipe()
{
    wipeBytes(m_bytes);
}

} // namespace fleetdeck::credentials

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace fleetdeck::credentials {

// Bytes of a secret (a passphrase) that are overwritten with zeros when dropped. The buffer is
// never shared with another QByteArray (Qt's implicit sharing would keep an unwiped copy alive
// behind our back), so it is only handed out as a view or as a fresh deep copy.
class SecretBytes {
public:
    SecretBytes() = default;
    // Takes the bytes over; a shared buffer is copied first (the caller wipes its own).
    explicit SecretBytes(QByteArray bytes);
    SecretBytes(const SecretBytes &other);
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    static SecretBytes copyOf(QByteArrayView bytes);

    QByteArrayView view() const { return m_bytes; }
    // A new buffer of the caller's, e.g. for transport::PassphraseProvider (which wipes it).
    QByteArray copy() const;
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void wipe();

    friend bool operator==(const SecretBytes &a, const SecretBytes &b)
    {
        return a.m_bytes == b.m_bytes;
    }

private:
    QByteArray m_bytes;
};

// Overwrites a buffer in a way the compiler may not drop as a dead store.
void wipeBytes(QByteArray &bytes);

} // namespace fleetdeck::credentials

#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace fleetdeck::test {

// A private keychain: gnome-keyring's Secret Service on a D-Bus session bus of its own, started
// by start-keyring.sh (its login collection unlocked from stdin, so nothing prompts) and ended by
// stop-keyring.sh, by PID, when this goes. A process that talked to the bus itself must let its
// QCoreApplication go first: GLib's D-Bus code ends a process whose session bus closes.
class PrivateKeyring {
public:
    PrivateKeyring();
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    // Empty when every tool is there; otherwise what is missing (for QSKIP).
    static QString missingTools();
    // False, with the reason in error(), when the keyring did not come up.
    bool start();

    // DBUS_SESSION_BUS_ADDRESS for the processes that use it.
    const QString &busAddress() const { return m_address; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }
    const QString &error() const { return m_error; }

private:
    static QString script(const QString &name);

    QTemporaryDir m_dir;
    QString m_address;
    QString m_error;
    bool m_started = false;
};

} // namespace fleetdeck::test

// In initTestCase(): skips the test where dbus or gnome-keyring is not installed, fails it where
// the keyring does not come up.
#define FD_START_KEYRING(keyring)                                                                  \
    do {                                                                                           \
        if (const QString missing = fleetdeck::test::PrivateKeyring::missingTools();               \
            !missing.isEmpty())                                                                    \
            QSKIP(qPrintable(missing));                                                            \
        QVERIFY2((keyring).start(), qPrintable((keyring).error()));                                \
    } while (false)

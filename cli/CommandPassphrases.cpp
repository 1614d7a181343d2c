#include "cli/CommandPassphrases.h"

#include "cli/Tr.h"
#include "core/credentials/KeychainStore.h"
#include "core/transport/SshThreadPool.h"

#include <QDir>

using namespace std::chrono_literals;

namespace fleetdeck::cli {

namespace {

// Long enough for a keychain that has to start, short enough that a locked one (whose unlock
// prompt nobody answers) delays a check by seconds, not minutes.
constexpr auto keychainTimeout = 5s;

} // namespace

CommandPassphrases::CommandPassphrases(bool useKeychain, std::chrono::milliseconds promptTimeout)
    : m_promptTimeout(promptTimeout)
    , m_prompt(promptTimeout)
    , m_source(
          useKeychain ? std::make_shared<credentials::KeychainStore>(keychainTimeout) : nullptr,
          m_prompt)
{
    // Asking for --keychain and not getting it deserves a word.
    m_source.setKeychainUnavailableHandler([](const QString &why) {
        TtyPassphrasePrompt::tell(
            Tr::tr("--keychain: %1 Passphrases are asked for instead.").arg(why));
    });
    m_source.setRememberFailedHandler([](const QString &identityFile, const QString &why) {
        TtyPassphrasePrompt::tell(
            Tr::tr("The passphrase for key '%1' was not stored in the keychain: %2")
                .arg(QDir::toNativeSeparators(identityFile), why));
    });
}

CommandPassphrases::~CommandPassphrases()
{
    m_prompt.cancel();
    // A node that gave up while its handshake waited for the question leaves that handshake
    // running: let it end here, within a bound we choose, rather than in SshThreadPool's
    // destructor at exit (which keeps OpenSSL alive until then). Each handshake is bounded by its
    // connect timeout.
    transport::SshThreadPool::instance().handshakes()->waitForDone(
        int(std::chrono::milliseconds(m_promptTimeout + 10s).count()));
}

} // namespace fleetdeck::cli

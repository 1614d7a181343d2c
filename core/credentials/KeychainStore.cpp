#include "core/credentials/KeychainStore.h"

#include "core/credentials/CredentialsLog.h"
#include "core/credentials/Tr.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;

namespace fleetdeck::credentials {

namespace Internal {

// The one thread every keychain job runs on, started on first use and stopped when the
// QCoreApplication goes. Process-wide on purpose: QtKeychain's job executor is a process-wide
// object that lives in the thread of the first job; a thread that ended would strand every later
// job, so the thread lives as long as the application.
class KeychainThread {
public:
    static std::shared_ptr<KeychainThread> instance()
    {
        static std::mutex mutex;
        const std::lock_guard lock(mutex);
        static std::shared_ptr<KeychainThread> thread;
        if (!thread)
            thread = std::make_shared<KeychainThread>();
        // Not running: the first use, or the post routine of an earlier QCoreApplication of this
        // process stopped it (post routines run once, so each start registers its own).
        if (!thread->m_thread.isRunning()) {
            thread->start();
            qAddPostRoutine(&KeychainThread::stopInstance);
        }
        s_current = thread;
        return thread;
    }

    KeychainThread() { m_thread.setObjectName(u"keychain"_s); }

    QObject *context() const { return m_context; }
    bool isCurrent() const { return QThread::currentThread() == &m_thread; }

private:
    void start()
    {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }

    static void stopInstance()
    {
        const std::shared_ptr<KeychainThread> thread = s_current.lock();
        if (!thread)
            return;
        thread->m_thread.quit();
        // A job stuck in a D-Bus call must not hold the application's exit for long.
        if (!thread->m_thread.wait(QDeadlineTimer(2000))) {
            qCWarning(lcCredentials) << "the keychain thread did not stop; leaving it to the exit";
            // Leaked on purpose: destroying a QThread that still runs aborts the process.
            new std::shared_ptr<KeychainThread>(thread);
        }
    }

    static inline std::weak_ptr<KeychainThread> s_current;
    QThread m_thread;
    QPointer<QObject> m_context;
};

} // namespace Internal

namespace {

// One job's result, shared by the waiting caller and the keychain thread (which may finish it
// after the caller gave up waiting).
struct JobOutcome {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;

    ~JobOutcome() { wipeBytes(data); }
};

QString describe(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return Tr::tr("No keychain is available (%1). Install and start one (GNOME Keyring, "
                      "KWallet), or use ssh-agent.")
            .arg(detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Tr::tr("The keychain refused access (%1); it may be locked. Unlock it, or type the "
                      "passphrase when asked.")
            .arg(detail);
    default:
        return Tr::tr("The keychain cannot be reached: %1").arg(detail);
    }
}

enum class JobKind { Read, Write, Remove };

std::shared_ptr<JobOutcome> startJob(
    QObject *context, JobKind kind, const QString &service, const QString &key, QByteArray secret)
{
    auto outcome = std::make_shared<JobOutcome>();
    QMetaObject::invokeMethod(
        context,
        [context, outcome, kind, service, key, secret = SecretBytes(std::move(secret))] {
            QKeychain::Job *job = nullptr;
            if (kind == JobKind::Read) {
                job = new QKeychain::ReadPasswordJob(service, context);
            } else if (kind == JobKind::Write) {
                auto *write = new QKeychain::WritePasswordJob(service, context);
                write->setBinaryData(secret.copy());
                job = write;
            } else {
                job = new QKeychain::DeletePasswordJob(service, context);
            }
            // Never the plain-text QSettings fallback, whatever QtKeychain's default becomes.
            job->setInsecureFallback(false);
            job->setAutoDelete(true);
            job->setKey(key);
            QObject::connect(
                job, &QKeychain::Job::finished, context, [outcome](QKeychain::Job *finished) {
                    const std::lock_guard lock(outcome->mutex);
                    outcome->error = finished->error();
                    outcome->errorString = finished->errorString();
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
                        read && finished->error() == QKeychain::NoError) {
                        outcome->data = read->binaryData();
                    }
                    outcome->finished = true;
                    outcome->done.notify_all();
                });
            if (job->insecureFallback()) {
                job->deleteLater();
                const std::lock_guard lock(outcome->mutex);
                outcome->error = QKeychain::OtherError;
                outcome->errorString = Tr::tr("the plain-text fallback could not be switched off");
                outcome->finished = true;
                outcome->done.notify_all();
                return;
            }
            job->start();
        },
        Qt::QueuedConnection);
    return outcome;
}

} // namespace

KeychainStore::KeychainStore(std::chrono::milliseconds timeout, QString service)
    : m_timeout(timeout)
    , m_service(std::move(service))
    , m_thread(Internal::KeychainThread::instance())
{
}

KeychainStore::~KeychainStore() = default;

namespace {

// Waits for the job; an Error (always "unavailable") when it failed or did not finish in time.
Result<std::shared_ptr<JobOutcome>> finish(
    std::shared_ptr<JobOutcome> outcome, std::chrono::milliseconds timeout, bool notFoundIsOk)
{
    std::unique_lock lock(outcome->mutex);
    if (!outcome->done.wait_for(lock, timeout, [&] { return outcome->finished; })) {
        return Error { Tr::tr("The keychain did not answer within %1 ms: it may be locked, or "
                              "waiting for an unlock prompt on the desktop.")
                           .arg(timeout.count()),
            {} };
    }
    if (outcome->error == QKeychain::NoError
        || (notFoundIsOk && outcome->error == QKeychain::EntryNotFound))
        return outcome;
    return Error { describe(outcome->error, outcome->errorString), {} };
}

} // namespace

Result<std::optional<SecretBytes>> KeychainStore::read(const QString &key)
{
    if (m_thread->isCurrent())
        return Error { Tr::tr("The keychain cannot be read from its own thread."), {} };
    auto done =
        finish(startJob(m_thread->context(), JobKind::Read, m_service, key, {}), m_timeout, true);
    if (!done)
        return done.error();
    JobOutcome &outcome = **done;
    const std::lock_guard lock(outcome.mutex);
    if (outcome.error == QKeychain::EntryNotFound)
        return std::optional<SecretBytes>();
    return std::optional<SecretBytes>(SecretBytes(std::exchange(outcome.data, {})));
}

Result<void> KeychainStore::write(const QString &key, QByteArrayView secret)
{
    if (m_thread->isCurrent())
        return Error { Tr::tr("The keychain cannot be written from its own thread."), {} };
    auto done = finish(startJob(m_thread->context(), JobKind::Write, m_service, key,
                           QByteArray(secret.data(), secret.size())),
        m_timeout, false);
    if (!done)
        return done.error();
    return {};
}

Result<void> KeychainStore::remove(const QString &key)
{
    if (m_thread->isCurrent())
        return Error { Tr::tr("The keychain cannot be changed from its own thread."), {} };
    auto done =
        finish(startJob(m_thread->context(), JobKind::Remove, m_service, key, {}), m_timeout, true);
    if (!done)
        return done.error();
    return {};
}

} // namespace fleetdeck::credentials

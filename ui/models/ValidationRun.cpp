#include "ui/models/ValidationRun.h"

#include "core/common/Log.h"
#include "core/inventory/ArtifactStore.h"
#include "ui/Tr.h"

#include <QDir>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace fleetdeck::ui {

namespace {
// Progress is read, not pushed: ten frames a second is smooth and costs nothing per inference.
constexpr int kProgressIntervalMs = 100;

validation::ValidationReport failedBefore(const QString &modelPath, const Error &error)
{
    validation::ValidationReport report;
    report.verdict = validation::Verdict::Failed;
    report.modelPath = modelPath;
    report.error = error;
    return report;
}
} // namespace

struct ValidationRun::Control {
    std::atomic<bool> cancel { false };
    mutable QMutex mutex;
    validation::ValidationProgress progress; // guarded by mutex
    quint64 reports = 0; // guarded by mutex: tells a new report from a repeated one

    void report(const validation::ValidationProgress &now)
    {
        QMutexLocker lock(&mutex);
        progress = now;
        ++reports;
    }
    std::pair<validation::ValidationProgress, quint64> current() const
    {
        QMutexLocker lock(&mutex);
        return { progress, reports };
    }
};

ValidationRun::ValidationRun(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<ValidationOutcome>(this))
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(kProgressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, &ValidationRun::pollProgress);
    connect(m_watcher, &QFutureWatcher<ValidationOutcome>::finished, this, [this] {
        m_progressTimer->stop();
        ValidationOutcome outcome = m_watcher->result();
        outcome.cancelled = outcome.cancelled || m_control->cancel.load()
            || outcome.report.verdict == validation::Verdict::Cancelled;
        m_control.reset();
        Q_EMIT finished(outcome);
    });
}

ValidationRun::~ValidationRun()
{
    // The worker holds its own reference to the control block and finishes within one
    // inference; nothing it touches dies with this object.
    if (m_control)
        m_control->cancel = true;
}

bool ValidationRun::isRunning() const
{
    return m_control != nullptr;
}

bool ValidationRun::isCancelling() const
{
    return m_control && m_control->cancel.load();
}

void ValidationRun::start(const ValidationRequest &request)
{
    if (isRunning()) {
        qCWarning(lcUi) << "a validation is already running; ignoring another start";
        return;
    }
    m_control = std::make_shared<Control>();
    m_lastReport = 0;
    Q_EMIT progressChanged({});
    m_progressTimer->start();
    m_watcher->setFuture(
        QtConcurrent::run([request, control = m_control] { return execute(request, *control); }));
}

void ValidationRun::cancel()
{
    if (m_control)
        m_control->cancel = true;
}

void ValidationRun::pollProgress()
{
    if (!m_control)
        return;
    const auto [now, reports] = m_control->current();
    if (reports == m_lastReport)
        return;
    m_lastReport = reports;
    Q_EMIT progressChanged(now);
}

ValidationOutcome ValidationRun::execute(const ValidationRequest &request, Control &control)
{
    ValidationOutcome outcome;
    outcome.request = request;
    const auto digest = inventory::ArtifactStore::digest(request.modelPath);
    if (!digest) {
        outcome.report = failedBefore(request.modelPath, digest.error());
        return outcome;
    }
    outcome.sha256 = digest->sha256;
    if (!request.expectedSha256.isEmpty() && digest->sha256 != request.expectedSha256) {
        outcome.report = failedBefore(request.modelPath,
            Error { Tr::tr("The stored artifact of %1 is damaged: its SHA-256 is %2, not the %3 "
                           "recorded at import. Import the model file again under a new version.")
                        .arg(request.reference, digest->sha256, request.expectedSha256),
                request.modelPath });
        return outcome;
    }
    if (control.cancel) {
        outcome.cancelled = true;
        return outcome;
    }
    validation::ValidationOptions options = request.options;
    options.cancel = &control.cancel;
    options.progress = [&control](const validation::ValidationProgress &progress) {
        control.report(progress);
    };
    outcome.report = validation::ModelValidator(options).validate(request.modelPath);
    return outcome;
}

} // namespace fleetdeck::ui

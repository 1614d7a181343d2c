#pragma once

#include "core/common/Result.h"
#include "core/validation/ModelValidator.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace fleetdeck::ui {

// What the operator asked the Validate page to run.
struct ValidationRequest {
    QString modelPath;
    QString expectedSha256; // an inventory artifact: refused when its content changed since import
    std::optional<qint64> modelVersionId;
    QString reference; // "NAME:V"; empty for a loose file
    // dataDir empty: data sets beside the model, else seeded inputs. options.device is what the
    // operator chose (auto, CPU or CUDA). progress and cancel are set by the run.
    validation::ValidationOptions options;
};

struct ValidationOutcome {
    ValidationRequest request;
    validation::ValidationReport report;
    QString sha256; // of the file that ran
    bool cancelled = false; // also when the validator's verdict is Cancelled
};

// One validation at a time on a pool thread (the ModelValidator's blocking API), with progress
// read at a fixed rate and a cancel the validator sees before its next inference. The worker
// shares nothing with this object but a small state block, so destroying the page while a run
// is in flight only cancels it.
class ValidationRun : public QObject {
    Q_OBJECT
public:
    explicit ValidationRun(QObject *parent = nullptr);
    ~ValidationRun() override;

    bool isRunning() const;
    void start(const ValidationRequest &request);
    void cancel();
    bool isCancelling() const;

    // The blocking part, public for tests: hashes the file, checks it is the version that was
    // imported, validates. Runs on the calling thread.
    struct Control;
    static ValidationOutcome execute(const ValidationRequest &request, Control &control);

Q_SIGNALS:
    // Only while running; at most ten times a second.
    void progressChanged(const fleetdeck::validation::ValidationProgress &progress);
    void finished(const fleetdeck::ui::ValidationOutcome &outcome);

private:
    void pollProgress();

    std::shared_ptr<Control> m_control;
    QFutureWatcher<ValidationOutcome> *m_watcher;
    QTimer *m_progressTimer;
    quint64 m_lastReport = 0;
};

} // namespace fleetdeck::ui

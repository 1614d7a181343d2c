#pragma once

#include "ui/models/ValidationInventory.h"
#include "ui/models/ValidationRun.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace fleetdeck::ui {

class AsyncInventory;
struct CudaProbe;
class ValidationHistoryModel;
class ValidationResultView;

// The Validate page: pick a model version of the inventory or a file, set the data folder,
// device, tolerances and budgets, run on a worker with progress and cancel, and read the verdict
// with its numbers. A version's verdict is stored against it, and its earlier verdicts are listed.
class ValidatePage : public QWidget {
    Q_OBJECT
public:
    explicit ValidatePage(AsyncInventory &inventory, QWidget *parent = nullptr);

    enum class Source { Version, File };
    enum Device { AutoDevice, CpuDevice, CudaDevice };
    // Whether the CUDA engine can run here. Loading its plugin pulls in the CUDA libraries and
    // creates a context (100 ms and more), so it is asked on a worker when the page is first
    // shown, once; until the answer comes the CUDA choice is disabled.
    enum class CudaState { Unknown, Checking, Available, Unavailable };
    CudaState cudaState() const { return m_cudaState; }

    // Seams for tests and for other pages ("validate this version").
    void selectVersion(qint64 modelVersionId); // once the versions are loaded
    void selectSource(Source source);
    void setModelFile(const QString &path);
    void setDataDir(const QString &path);

    bool isRunning() const { return m_run->isRunning(); }
    ValidationResultView *resultView() const { return m_resultView; }
    ValidationHistoryModel *historyModel() const { return m_historyModel; }
    QComboBox *versionCombo() const { return m_versionCombo; }
    QComboBox *deviceCombo() const { return m_deviceCombo; }
    QCheckBox *tf32Check() const { return m_tf32Check; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progressBar; }
    QLabel *phaseLabel() const { return m_phaseLabel; }
    QLabel *formError() const { return m_formErrorLabel; }
    QSpinBox *timedRunsSpin() const { return m_runsSpin; }
    QLineEdit *maxP99Edit() const { return m_maxP99Edit; }
    QLineEdit *maxMemoryEdit() const { return m_maxMemoryEdit; }

public Q_SLOTS:
    void reloadVersions();
    void run();
    void cancel();
    void chooseModelFile();
    void chooseDataDir();

Q_SIGNALS:
    void activity(const QString &message);
    void versionsLoaded(int count);
    void runFinished(const fleetdeck::ui::ValidationOutcome &outcome);
    void resultStored(qint64 validationId);
    void historyLoaded(int count);
    void cudaChecked(bool available);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildForm();
    void retranslateUi();
    void updateState();
    void showProgress(const validation::ValidationProgress &progress);
    void onFinished(const ValidationOutcome &outcome);
    void storeOutcome(const ValidationOutcome &outcome);
    void reloadHistory();
    void selectionChanged(); // the version or the kind of source
    void checkCuda();
    void applyCudaState(); // the CUDA choice's state and tooltips, in the current language
    std::optional<qint64> selectedVersionId() const;
    // The request the form describes, or a message saying what to correct.
    Result<ValidationRequest> readForm() const;

    AsyncInventory &m_inventory;
    ValidationInventory m_jobs;
    ValidationRun *m_run;
    ValidationHistoryModel *m_historyModel;
    QList<inventory::ModelVersion> m_versions;
    std::optional<qint64> m_pendingVersionId;
    QLabel *m_titleLabel = nullptr;
    QRadioButton *m_versionRadio = nullptr;
    QRadioButton *m_fileRadio = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_fileButton = nullptr;
    QLabel *m_dataLabel = nullptr;
    QLineEdit *m_dataEdit = nullptr;
    QPushButton *m_dataButton = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QComboBox *m_deviceCombo = nullptr;
    QCheckBox *m_tf32Check = nullptr;
    CudaState m_cudaState = CudaState::Unknown;
    std::shared_ptr<const CudaProbe> m_cudaProbe;
    QLabel *m_toleranceLabel = nullptr;
    QLineEdit *m_rtolEdit = nullptr;
    QLineEdit *m_atolEdit = nullptr;
    QLabel *m_runsLabel = nullptr;
    QSpinBox *m_runsSpin = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QLineEdit *m_maxP99Edit = nullptr;
    QLineEdit *m_maxMemoryEdit = nullptr;
    QLabel *m_formErrorLabel = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_phaseLabel = nullptr;
    ValidationResultView *m_resultView = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableView *m_historyView = nullptr;
    validation::ValidationProgress m_progress;
};

} // namespace fleetdeck::ui

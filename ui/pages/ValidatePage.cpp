#include "ui/pages/ValidatePage.h"

#include "core/inventory/InventoryThread.h"
#include "core/validation/EngineErrorText.h"
#include "core/validation/engine/EnginePlugin.h"
#include "core/validation/engine/TestDataSet.h"
#include "ui/AsyncInventory.h"
#include "ui/Tr.h"
#include "ui/models/ValidationHistoryModel.h"
#include "ui/models/ValidationResultsJson.h"
#include "ui/pages/ValidationResultView.h"
#include "ui/widgets/FileDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using inventory::ModelVersion;

// What the CUDA check found: the loader's answer without its engine (a CUDA context is not kept
// for a combo box), and the device it would run on.
struct CudaProbe {
    validation::LoadedEngine loaded;
    validation::DeviceInfo device;
};

namespace {
constexpr int kHistoryRows = 20;

// Blocking: runs on a worker.
std::shared_ptr<const CudaProbe> probeCuda()
{
    auto probe = std::make_shared<CudaProbe>();
    probe->loaded = validation::loadCudaEngine({});
    if (probe->loaded.engine)
        probe->device = probe->loaded.engine->deviceInfo();
    probe->loaded.engine.reset();
    return probe;
}

Result<double> readTolerance(const QLineEdit *edit, const QString &name)
{
    bool ok = false;
    const double value = edit->text().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return Error { Tr::tr("%1 '%2' is not a tolerance; give a number of 0 or more, like 1e-3.")
                           .arg(name, edit->text()),
            {} };
    return value;
}

// Object names let tests and accessibility tools find the form's fields.
template<typename W> W *named(W *widget, const QString &name)
{
    widget->setObjectName(name);
    return widget;
}

void setItemEnabled(QComboBox *combo, int row, bool enabled, const QString &toolTip)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    if (QStandardItem *item = model ? model->item(row) : nullptr) {
        item->setEnabled(enabled);
        item->setToolTip(toolTip);
    }
}
} // namespace

ValidatePage::ValidatePage(AsyncInventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_jobs(inventory)
    , m_run(new ValidationRun(this))
    , m_historyModel(new ValidationHistoryModel(this))
{
    m_titleLabel = new QLabel(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_resultView = new ValidationResultView(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_resultView);

    auto *columns = new QHBoxLayout;
    columns->addWidget(buildForm());
    columns->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(m_titleLabel);
    layout->addLayout(columns, 1);

    connect(m_run, &ValidationRun::progressChanged, this, &ValidatePage::showProgress);
    connect(m_run, &ValidationRun::finished, this, &ValidatePage::onFinished);
    connect(&inventory.thread(), &inventory::InventoryThread::opened, this,
        &ValidatePage::reloadVersions);
    retranslateUi();
    updateState();
}

QWidget *ValidatePage::buildForm()
{
    auto *panel = new QWidget(this);
    panel->setMaximumWidth(460);
    m_versionRadio = named(new QRadioButton(panel), u"versionSource"_s);
    m_fileRadio = named(new QRadioButton(panel), u"fileSource"_s);
    auto *sources = new QButtonGroup(panel);
    sources->addButton(m_versionRadio);
    sources->addButton(m_fileRadio);
    m_versionRadio->setChecked(true);
    m_versionCombo = named(new QComboBox(panel), u"versionCombo"_s);
    m_fileEdit = named(new QLineEdit(panel), u"modelFileEdit"_s);
    m_fileButton = new QPushButton(panel);
    m_dataLabel = new QLabel(panel);
    m_dataEdit = named(new QLineEdit(panel), u"dataDirEdit"_s);
    m_dataButton = new QPushButton(panel);
    m_deviceLabel = new QLabel(panel);
    m_deviceCombo = named(new QComboBox(panel), u"deviceCombo"_s);
    m_deviceCombo->addItems({ QString(), QString(), QString() });
    m_tf32Check = named(new QCheckBox(panel), u"tf32Check"_s);
    m_toleranceLabel = new QLabel(panel);
    m_rtolEdit =
        named(new QLineEdit(QString::number(validation::Tolerance {}.rtol), panel), u"rtolEdit"_s);
    m_atolEdit =
        named(new QLineEdit(QString::number(validation::Tolerance {}.atol), panel), u"atolEdit"_s);
    m_runsLabel = new QLabel(panel);
    m_runsSpin = named(new QSpinBox(panel), u"timedRunsSpin"_s);
    m_runsSpin->setRange(1, 100000);
    m_runsSpin->setValue(validation::PerformanceOptions {}.timedRuns);
    m_budgetLabel = new QLabel(panel);
    m_maxP99Edit = named(new QLineEdit(panel), u"maxP99Edit"_s);
    m_maxMemoryEdit = named(new QLineEdit(panel), u"maxMemoryEdit"_s);
    m_formErrorLabel = named(new QLabel(panel), u"formError"_s);
    m_formErrorLabel->setWordWrap(true);
    m_formErrorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_runButton = named(new QPushButton(panel), u"runButton"_s);
    m_runButton->setDefault(true);
    m_cancelButton = named(new QPushButton(panel), u"cancelButton"_s);
    m_progressBar = named(new QProgressBar(panel), u"validationProgress"_s);
    m_phaseLabel = named(new QLabel(panel), u"phaseLabel"_s);
    m_historyTitle = new QLabel(panel);
    m_historyView = named(new QTableView(panel), u"historyTable"_s);
    m_historyView->setModel(m_historyModel);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_fileButton);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataEdit, 1);
    dataRow->addWidget(m_dataButton);
    auto *toleranceRow = new QHBoxLayout;
    toleranceRow->addWidget(m_rtolEdit);
    toleranceRow->addWidget(m_atolEdit);
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_maxP99Edit);
    budgetRow->addWidget(m_maxMemoryEdit);
    auto *form = new QFormLayout;
    form->addRow(m_versionRadio, m_versionCombo);
    form->addRow(m_fileRadio, fileRow);
    form->addRow(m_dataLabel, dataRow);
    form->addRow(m_deviceLabel, m_deviceCombo);
    form->addRow(QString(), m_tf32Check);
    form->addRow(m_toleranceLabel, toleranceRow);
    form->addRow(m_runsLabel, m_runsSpin);
    form->addRow(m_budgetLabel, budgetRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addLayout(form);
    layout->addWidget(m_formErrorLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_phaseLabel);
    layout->addSpacing(12);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_historyView, 1);

    connect(m_versionRadio, &QRadioButton::toggled, this, &ValidatePage::selectionChanged);
    connect(m_versionCombo, &QComboBox::currentIndexChanged, this, &ValidatePage::selectionChanged);
    connect(m_fileEdit, &QLineEdit::textEdited, this, [this] { m_fileRadio->setChecked(true); });
    connect(m_deviceCombo, &QComboBox::currentIndexChanged, this, &ValidatePage::updateState);
    connect(m_fileButton, &QPushButton::clicked, this, &ValidatePage::chooseModelFile);
    connect(m_dataButton, &QPushButton::clicked, this, &ValidatePage::chooseDataDir);
    connect(m_runButton, &QPushButton::clicked, this, &ValidatePage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ValidatePage::cancel);
    return panel;
}

void ValidatePage::reloadVersions()
{
    m_jobs.listModelVersions(this, [this](Result<QList<ModelVersion>> versions) {
        if (!versions) {
            m_formErrorLabel->setText(
                Tr::tr("Could not read the model versions: %1").arg(versions.error().toString()));
            return;
        }
        const std::optional<qint64> keep =
            m_pendingVersionId ? m_pendingVersionId : selectedVersionId();
        m_versions = *versions;
        {
            const QSignalBlocker blocker(m_versionCombo);
            m_versionCombo->clear();
            for (const ModelVersion &version : std::as_const(m_versions))
                m_versionCombo->addItem(version.reference(), version.id);
            const int row = keep ? m_versionCombo->findData(*keep) : -1;
            m_versionCombo->setCurrentIndex(row >= 0 ? row : (m_versions.isEmpty() ? -1 : 0));
        }
        if (m_pendingVersionId && m_versionCombo->findData(*m_pendingVersionId) >= 0) {
            m_pendingVersionId.reset();
            m_versionRadio->setChecked(true);
        }
        updateState();
        reloadHistory();
        Q_EMIT versionsLoaded(int(m_versions.size()));
    });
}

void ValidatePage::selectVersion(qint64 modelVersionId)
{
    const int row = m_versionCombo->findData(modelVersionId);
    if (row < 0) {
        m_pendingVersionId = modelVersionId; // applied when the list arrives
        reloadVersions();
        return;
    }
    m_versionRadio->setChecked(true);
    m_versionCombo->setCurrentIndex(row);
}

void ValidatePage::selectSource(Source source)
{
    (source == Source::Version ? m_versionRadio : m_fileRadio)->setChecked(true);
}

void ValidatePage::setModelFile(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_fileRadio->setChecked(true);
}

void ValidatePage::setDataDir(const QString &path)
{
    m_dataEdit->setText(QDir::toNativeSeparators(path));
}

void ValidatePage::chooseModelFile()
{
    FileDialog::chooseOpenFile(this, Tr::tr("Choose an ONNX model"),
        QFileInfo(m_fileEdit->text()).absolutePath(), Tr::tr("ONNX models (*.onnx);;All files (*)"),
        this, [this](const QString &path) {
            if (!path.isEmpty())
                setModelFile(path);
        });
}

void ValidatePage::chooseDataDir()
{
    // FileDialog picks files; a folder needs its own non-blocking dialog.
    auto *dialog = new QFileDialog(this, Tr::tr("Choose a test data folder"), m_dataEdit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &ValidatePage::setDataDir);
    dialog->open();
}

std::optional<qint64> ValidatePage::selectedVersionId() const
{
    const QVariant id = m_versionCombo->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

Result<ValidationRequest> ValidatePage::readForm() const
{
    ValidationRequest request;
    if (m_versionRadio->isChecked()) {
        const auto id = selectedVersionId();
        const auto found = std::find_if(m_versions.begin(), m_versions.end(),
            [&id](const ModelVersion &version) { return id && version.id == *id; });
        if (found == m_versions.end())
            return Error { Tr::tr("Choose a model version, or a file. 'fleetdeck-cli models "
                                  "import' adds versions to the inventory."),
                {} };
        request.modelPath = m_jobs.artifactPath(*found);
        request.expectedSha256 = found->sha256;
        request.modelVersionId = found->id;
        request.reference = found->reference();
    } else {
        const QString path = m_fileEdit->text().trimmed();
        if (path.isEmpty())
            return Error { Tr::tr("Choose a model file to validate."), {} };
        if (!QFileInfo(path).isFile())
            return Error { Tr::tr("%1 is not a file; choose an ONNX model file.").arg(path), {} };
        request.modelPath = QFileInfo(path).absoluteFilePath();
    }
    if (const QString data = m_dataEdit->text().trimmed(); !data.isEmpty()) {
        if (!QFileInfo(data).isDir())
            return Error { Tr::tr("The data folder %1 is not a folder; give a test_data_set "
                                  "folder or a folder of them, or leave it empty.")
                               .arg(data),
                {} };
        request.options.dataDir = QFileInfo(data).absoluteFilePath();
        // Without this check the validator would quietly fall back to seeded inputs.
        if (validation::TestDataSet::findFolders(
                QFile::encodeName(request.options.dataDir).toStdString())
                .empty()
            && !QFileInfo::exists(request.options.dataDir + u"/input_0.pb"_s))
            return Error { Tr::tr("The data folder %1 holds no test_data_set_N folder and no "
                                  "input_0.pb; give a test_data_set folder or a folder of them.")
                               .arg(data),
                {} };
    }
    const auto rtol = readTolerance(m_rtolEdit, Tr::tr("rtol"));
    if (!rtol)
        return rtol.error();
    const auto atol = readTolerance(m_atolEdit, Tr::tr("atol"));
    if (!atol)
        return atol.error();
    request.options.tolerance = { *rtol, *atol };
    request.options.performance.timedRuns = m_runsSpin->value();
    if (const QString p99 = m_maxP99Edit->text().trimmed(); !p99.isEmpty()) {
        bool ok = false;
        const double ms = p99.toDouble(&ok);
        if (!ok || !std::isfinite(ms) || ms <= 0)
            return Error { Tr::tr("Max p99 '%1' is not a latency; give milliseconds above 0, "
                                  "like 12.5, or leave it empty.")
                               .arg(p99),
                {} };
        request.options.budgets.maxP99Ms = ms;
    }
    if (const QString memory = m_maxMemoryEdit->text().trimmed(); !memory.isEmpty()) {
        const auto bytes = validation::parseByteSize(memory.toStdString());
        if (!bytes || *bytes <= 0)
            return Error { Tr::tr("Max memory '%1' is not a size; give bytes or a size like 512M "
                                  "or 2G, or leave it empty.")
                               .arg(memory),
                {} };
        request.options.budgets.maxMemoryBytes = *bytes;
    }
    const int device = m_deviceCombo->currentIndex();
    request.options.device = device == CpuDevice ? validation::DeviceChoice::Cpu
        : device == CudaDevice                   ? validation::DeviceChoice::Cuda
                                                 : validation::DeviceChoice::Auto;
    request.options.allowTf32 = device != CpuDevice && m_tf32Check->isChecked();
    // The GPU tolerance profile applies only where the operator left the tolerances as they were.
    request.options.toleranceGiven = *rtol != validation::Tolerance {}.rtol
        || *atol != validation::Tolerance {}.atol;
    // A memory budget means host memory only when the operator chose the CPU; otherwise it is
    // about a GPU, which the CPU engine cannot measure.
    request.options.memoryBudgetOnHost = device == CpuDevice;
    return request;
}

void ValidatePage::run()
{
    if (m_run->isRunning())
        return;
    const auto request = readForm();
    if (!request) {
        m_formErrorLabel->setText(request.error().message);
        return;
    }
    m_formErrorLabel->clear();
    m_resultView->clear();
    m_run->start(*request);
    updateState();
    Q_EMIT activity(
        Tr::tr("Validating %1…")
            .arg(request->reference.isEmpty() ? QDir::toNativeSeparators(request->modelPath)
                                              : request->reference));
}

void ValidatePage::cancel()
{
    m_run->cancel();
    updateState();
}

void ValidatePage::showProgress(const validation::ValidationProgress &progress)
{
    m_progress = progress;
    m_phaseLabel->setText(m_run->isCancelling() ? Tr::tr("Cancelling…") : progress.text());
    // Runs move the bar when there are runs; phases otherwise; before the model has loaded the
    // number of phases is unknown, and a busy bar says so.
    if (progress.runs > 0) {
        m_progressBar->setRange(0, progress.runs);
        m_progressBar->setValue(progress.run);
    } else {
        m_progressBar->setRange(0, progress.phaseCount);
        m_progressBar->setValue(progress.phaseCount > 0 ? progress.phase - 1 : 0);
    }
}

void ValidatePage::onFinished(const ValidationOutcome &outcome)
{
    m_resultView->showOutcome(outcome);
    updateState();
    Q_EMIT runFinished(outcome);
    if (outcome.cancelled) {
        Q_EMIT activity(Tr::tr("Validation cancelled"));
        return;
    }
    Q_EMIT activity(Tr::tr("Validation finished: %1").arg(m_resultView->verdictText()));
    storeOutcome(outcome);
}

void ValidatePage::storeOutcome(const ValidationOutcome &outcome)
{
    if (outcome.sha256.isEmpty())
        return; // the file could not even be read: there is nothing to store a verdict against
    if (outcome.report.deviceUnavailable)
        return; // no GPU on this machine is no verdict on the model
    const validation::ValidationSubject subject = subjectOf(outcome);
    inventory::ValidationRecord record;
    record.modelVersionId = outcome.request.modelVersionId;
    record.modelReference = outcome.request.reference;
    record.fileSha256 = outcome.sha256;
    record.filePath = outcome.request.modelPath;
    record.engine = validation::reportedEngine(subject, outcome.report);
    record.device = validation::reportedDevice(subject, outcome.report);
    record.verdict = storedVerdict(outcome.report.verdict);
    record.results = resultsJson(outcome);
    m_jobs.store(record, this, [this](Result<inventory::ValidationRecord> stored) {
        if (!stored) {
            m_formErrorLabel->setText(
                Tr::tr("The verdict could not be stored: %1").arg(stored.error().toString()));
            return;
        }
        reloadHistory();
        Q_EMIT resultStored(stored->id);
    });
}

void ValidatePage::selectionChanged()
{
    updateState();
    reloadHistory();
}

void ValidatePage::reloadHistory()
{
    const auto id = m_versionRadio->isChecked() ? selectedVersionId() : std::nullopt;
    if (!id) {
        m_historyModel->clear();
        return;
    }
    m_jobs.validationsOf(
        *id, kHistoryRows, this, [this, id](Result<QList<inventory::ValidationRecord>> records) {
            if (selectedVersionId() != id)
                return; // the operator moved on to another version meanwhile
            if (!records) {
                m_formErrorLabel->setText(
                    Tr::tr("Could not read earlier verdicts: %1").arg(records.error().toString()));
                return;
            }
            m_historyModel->setRecords(*records);
            Q_EMIT historyLoaded(int(records->size()));
        });
}

void ValidatePage::updateState()
{
    const bool running = m_run->isRunning();
    const bool cancelling = m_run->isCancelling();
    for (QWidget *input : std::initializer_list<QWidget *> { m_versionRadio, m_fileRadio,
             m_versionCombo, m_fileEdit, m_fileButton, m_dataEdit, m_dataButton, m_deviceCombo,
             m_rtolEdit, m_atolEdit, m_runsSpin, m_maxP99Edit, m_maxMemoryEdit })
        input->setEnabled(!running);
    m_tf32Check->setEnabled(!running && m_deviceCombo->currentIndex() != CpuDevice);
    if (!running)
        m_versionCombo->setEnabled(!m_versions.isEmpty());
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running && !cancelling);
    m_progressBar->setVisible(running);
    m_phaseLabel->setVisible(running);
    if (cancelling)
        m_phaseLabel->setText(Tr::tr("Cancelling…"));
    m_historyTitle->setVisible(m_versionRadio->isChecked());
    m_historyView->setVisible(m_versionRadio->isChecked());
}

void ValidatePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ValidatePage::showEvent(QShowEvent *event)
{
    // Versions imported with fleetdeck-cli announce nothing; showing the page reads them again.
    reloadVersions();
    checkCuda();
    QWidget::showEvent(event);
}

void ValidatePage::checkCuda()
{
    if (m_cudaState != CudaState::Unknown)
        return;
    m_cudaState = CudaState::Checking;
    applyCudaState();
    // The worker shares nothing with the page: closing it meanwhile only drops the answer.
    auto *watcher = new QFutureWatcher<std::shared_ptr<const CudaProbe>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_cudaProbe = watcher->result();
        watcher->deleteLater();
        const bool available = m_cudaProbe->loaded.status == validation::PluginStatus::Loaded;
        m_cudaState = available ? CudaState::Available : CudaState::Unavailable;
        applyCudaState();
        Q_EMIT cudaChecked(available);
    });
    watcher->setFuture(QtConcurrent::run(probeCuda));
}

void ValidatePage::applyCudaState()
{
    QString cudaTip;
    QString comboTip;
    switch (m_cudaState) {
    case CudaState::Unknown:
    case CudaState::Checking:
        cudaTip = Tr::tr("Checking for the CUDA engine and a GPU…");
        break;
    case CudaState::Available: {
        const validation::DeviceInfo &device = m_cudaProbe->device;
        cudaTip = device.driver.empty()
            ? Tr::tr("The CUDA engine on %1").arg(QString::fromStdString(device.name))
            : Tr::tr("The CUDA engine on %1 (driver %2)")
                  .arg(QString::fromStdString(device.name), QString::fromStdString(device.driver));
        break;
    }
    case CudaState::Unavailable:
        cudaTip = Tr::tr("Unavailable: %1. Validate on the CPU, or on a machine with an NVIDIA GPU "
                         "and the CUDA engine plugin.")
                      .arg(validation::EngineErrorText::pluginText(m_cudaProbe->loaded));
        comboTip = Tr::tr("CUDA is unavailable: %1")
                       .arg(validation::EngineErrorText::pluginText(m_cudaProbe->loaded));
        break;
    }
    setItemEnabled(m_deviceCombo, CudaDevice, m_cudaState == CudaState::Available, cudaTip);
    m_deviceCombo->setToolTip(comboTip);
    if (m_cudaState != CudaState::Available && m_deviceCombo->currentIndex() == CudaDevice)
        m_deviceCombo->setCurrentIndex(AutoDevice);
}

void ValidatePage::retranslateUi()
{
    m_titleLabel->setText(Tr::tr("Validate"));
    m_versionRadio->setText(Tr::tr("Model version"));
    m_fileRadio->setText(Tr::tr("File"));
    m_versionCombo->setPlaceholderText(Tr::tr("No model versions imported"));
    m_fileEdit->setPlaceholderText(Tr::tr("An ONNX model file"));
    m_fileButton->setText(Tr::tr("Choose…"));
    m_dataLabel->setText(Tr::tr("Data folder"));
    m_dataEdit->setPlaceholderText(Tr::tr("Optional: golden test_data_set folders"));
    m_dataEdit->setToolTip(Tr::tr("Empty: the test_data_set_N folders beside the model; without "
                                  "any, the model runs on seeded generated inputs."));
    m_dataButton->setText(Tr::tr("Browse…"));
    m_deviceLabel->setText(Tr::tr("Device"));
    m_deviceCombo->setItemText(AutoDevice, Tr::tr("Auto"));
    m_deviceCombo->setItemText(CpuDevice, Tr::tr("CPU"));
    m_deviceCombo->setItemText(CudaDevice, Tr::tr("CUDA"));
    setItemEnabled(m_deviceCombo, AutoDevice, true,
        Tr::tr("A GPU when a CUDA engine and device exist, else the CPU reference engine"));
    setItemEnabled(m_deviceCombo, CpuDevice, true, Tr::tr("The CPU reference engine"));
    applyCudaState();
    m_tf32Check->setText(Tr::tr("Allow TF32 on the GPU"));
    m_tf32Check->setToolTip(
        Tr::tr("Float32 matrix products on tensor cores with about 10 mantissa bits instead of "
               "23: faster, less exact. Unless you change rtol or atol, the outputs are then held "
               "to the GPU profile's tolerances (rtol 1e-2, atol 1e-3), and the result says so."));
    m_toleranceLabel->setText(Tr::tr("rtol / atol"));
    m_rtolEdit->setToolTip(
        Tr::tr("Relative tolerance: |actual − expected| ≤ atol + rtol·|expected|"));
    m_atolEdit->setToolTip(
        Tr::tr("Absolute tolerance: |actual − expected| ≤ atol + rtol·|expected|"));
    m_runsLabel->setText(Tr::tr("Timed runs"));
    m_runsSpin->setToolTip(Tr::tr("Runs timed after the warm-up, for the latency percentiles"));
    m_budgetLabel->setText(Tr::tr("Budgets"));
    m_maxP99Edit->setPlaceholderText(Tr::tr("Max p99 (ms)"));
    m_maxMemoryEdit->setPlaceholderText(Tr::tr("Max memory (512M, 2G)"));
    m_maxMemoryEdit->setToolTip(Tr::tr("Peak memory of the device that runs the model. With the "
                                       "device set to CPU it is host memory; otherwise it means "
                                       "GPU memory, and a CPU run cannot meet it."));
    m_runButton->setText(Tr::tr("Run"));
    m_cancelButton->setText(Tr::tr("Cancel"));
    m_historyTitle->setText(Tr::tr("Earlier verdicts of this version"));
    m_historyModel->retranslate();
    if (m_run->isRunning())
        showProgress(m_progress);
}

} // namespace fleetdeck::ui

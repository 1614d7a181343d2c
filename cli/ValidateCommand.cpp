#include "cli/ValidateCommand.h"

#include "cli/CommandRun.h"
#include "cli/Tr.h"
#include "cli/ValidationReportFormatter.h"
#include "core/inventory/ArtifactStore.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/ModelRepository.h"
#include "core/inventory/ValidationRepository.h"
#include "core/validation/engine/Budget.h"
#include "core/validation/engine/TestDataSet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {

struct ValidateOptions {
    QString target;
    QString dataDir;
    QString device = u"auto"_s;
    bool tf32 = false;
    validation::Tolerance tolerance;
    bool toleranceGiven = false;
    uint64_t seed = 1;
    validation::PerformanceOptions performance;
    validation::Budgets budgets;
};

Result<double> tolerance(const CommandLine &commandLine, const QString &name, double fallback)
{
    const auto given = commandLine.optionalValue(name);
    if (!given)
        return fallback;
    bool ok = false;
    const double value = given->toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return Error { Tr::tr("--%1 '%2' is not a tolerance; give a number of 0 or more, like "
                              "1e-3.")
                           .arg(name, *given),
            {} };
    return value;
}

Result<int> count(const CommandLine &commandLine, const QString &name, int fallback, int minimum)
{
    const auto given = commandLine.optionalValue(name);
    if (!given)
        return fallback;
    bool ok = false;
    const int value = given->toInt(&ok);
    if (!ok || value < minimum)
        return Error {
            Tr::tr("--%1 '%2' is not a whole number of %3 or more.").arg(name, *given).arg(minimum),
            {}
        };
    return value;
}

Result<std::optional<double>> positiveNumber(const CommandLine &commandLine, const QString &name)
{
    const auto given = commandLine.optionalValue(name);
    if (!given)
        return std::optional<double>();
    bool ok = false;
    const double value = given->toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0)
        return Error { Tr::tr("--%1 '%2' is not a number above 0.").arg(name, *given), {} };
    return std::optional(value);
}

Result<std::vector<int64_t>> batchSizes(const CommandLine &commandLine)
{
    const auto given = commandLine.optionalValue(u"batch-sizes"_s);
    if (!given)
        return std::vector<int64_t>();
    std::vector<int64_t> sizes;
    for (const QString &part : given->split(u',')) {
        bool ok = false;
        const qint64 size = part.trimmed().toLongLong(&ok);
        if (!ok || size < 1 || size > 65536)
            return Error {
                Tr::tr("--batch-sizes '%1' is not a list of batch sizes; give whole numbers from 1 "
                       "to 65536 separated by commas, like 1,2,4,8.")
                    .arg(*given),
                {}
            };
        sizes.push_back(size);
    }
    return sizes;
}

// --runs, --warmup, --warmup-ms, --min-time-ms, --batch-sizes, --no-perf and the budgets.
Result<void> readPerformanceOptions(const CommandLine &commandLine, ValidateOptions &options)
{
    const auto runs = count(commandLine, u"runs"_s, options.performance.timedRuns, 1);
    if (!runs)
        return runs.error();
    const auto warmup = count(commandLine, u"warmup"_s, options.performance.warmupRuns, 0);
    if (!warmup)
        return warmup.error();
    const auto batches = batchSizes(commandLine);
    if (!batches)
        return batches.error();
    std::optional<double> warmupMs;
    std::optional<double> minTimeMs;
    const std::pair<QString, std::optional<double> *> numbers[] = {
        { u"max-p99-ms"_s, &options.budgets.maxP99Ms },
        { u"min-throughput"_s, &options.budgets.minThroughput },
        { u"warmup-ms"_s, &warmupMs },
        { u"min-time-ms"_s, &minTimeMs },
    };
    for (const auto &[name, target] : numbers) {
        const auto value = positiveNumber(commandLine, name);
        if (!value)
            return value.error();
        *target = *value;
    }
    options.performance.timedRuns = *runs;
    options.performance.warmupRuns = *warmup;
    options.performance.batchSizes = *batches;
    options.performance.warmupMinMs = warmupMs.value_or(0);
    options.performance.minTimedMs = minTimeMs.value_or(0);
    options.performance.enabled = !commandLine.isSet(u"no-perf"_s);
    if (const auto memory = commandLine.optionalValue(u"max-memory"_s)) {
        options.budgets.maxMemoryBytes = validation::parseByteSize(memory->toStdString());
        if (!options.budgets.maxMemoryBytes || *options.budgets.maxMemoryBytes <= 0)
            return Error {
                Tr::tr("--max-memory '%1' is not a size; give bytes or a number with K, M, G or T "
                       "(binary units: 512M is 512 MiB), like 512M or 2G.")
                    .arg(*memory),
                {}
            };
    }
    if (!options.performance.enabled && !options.budgets.empty())
        return Error {
            Tr::tr(
                "--no-perf skips the timing that --max-p99-ms, --max-memory and --min-throughput "
                "need; leave out --no-perf or the budgets."),
            {}
        };
    return {};
}

Result<ValidateOptions> readOptions(const CommandLine &commandLine)
{
    ValidateOptions options;
    options.target = commandLine.positionals().constFirst();
    options.device = commandLine.optionalValue(u"device"_s).value_or(u"auto"_s);
    if (options.device != u"auto"_s && options.device != u"cpu"_s && options.device != u"cuda"_s)
        return Error {
            Tr::tr("--device '%1' is not known; give auto, cpu or cuda.").arg(options.device), {}
        };
    const auto rtol = tolerance(commandLine, u"rtol"_s, options.tolerance.rtol);
    if (!rtol)
        return rtol.error();
    const auto atol = tolerance(commandLine, u"atol"_s, options.tolerance.atol);
    if (!atol)
        return atol.error();
    options.tolerance = { *rtol, *atol };
    options.toleranceGiven = commandLine.isSet(u"rtol"_s) || commandLine.isSet(u"atol"_s);
    options.tf32 = commandLine.isSet(u"tf32"_s);
    if (auto performance = readPerformanceOptions(commandLine, options); !performance)
        return performance.error();
    if (const auto seed = commandLine.optionalValue(u"seed"_s)) {
        bool ok = false;
        options.seed = seed->toULongLong(&ok);
        if (!ok)
            return Error { Tr::tr("--seed '%1' is not a whole number of 0 or more.").arg(*seed),
                {} };
    }
    if (const auto data = commandLine.optionalValue(u"data"_s)) {
        if (!QFileInfo(*data).isDir())
            return Error { Tr::tr("--data %1 is not a folder; give a test_data_set folder or a "
                                  "folder of them.")
                               .arg(QDir::toNativeSeparators(*data)),
                {} };
        options.dataDir = QFileInfo(*data).absoluteFilePath();
        // Without this check the validator would quietly fall back to seeded inputs.
        if (validation::TestDataSet::findFolders(QFile::encodeName(options.dataDir).toStdString())
                .empty()
            && !QFileInfo::exists(options.dataDir + u"/input_0.pb"_s))
            return Error { Tr::tr("--data %1 holds no test_data_set_N folder and no input_0.pb; "
                                  "give a test_data_set folder or a folder of them.")
                               .arg(QDir::toNativeSeparators(*data)),
                {} };
    }
    return options;
}

// The file to run: the target itself, or the stored artifact of NAME:V, checked against the
// hash recorded at import so that a damaged store never yields a verdict for the version.
Result<ValidationSubject> resolveTarget(
    CommandContext &context, const QString &target, std::optional<qint64> *versionId)
{
    ValidationSubject subject;
    subject.target = target;
    const QFileInfo info(target);
    const auto reference = inventory::parseModelReference(target);
    if (info.exists() || !reference) {
        subject.modelPath = info.absoluteFilePath();
        const auto digest = inventory::ArtifactStore::digest(target);
        if (!digest)
            return digest.error();
        subject.sha256 = digest->sha256;
        return subject;
    }
    const auto found = inventory::ModelRepository(context.database(), context.audit())
                           .find(reference->model, reference->version);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error { Tr::tr("There is no model version %1 in %2 and no file of that name. "
                              "'fleetdeck-cli models list' shows the versions there are.")
                           .arg(target, QDir::toNativeSeparators(context.databasePath())),
            {} };
    const inventory::ModelVersion &version = found->value();
    subject.reference = version.reference();
    subject.modelPath = inventory::ArtifactStore::besideInventory(context.database().path())
                            .absolutePath(version.artifactPath);
    const auto digest = inventory::ArtifactStore::digest(subject.modelPath);
    if (!digest)
        return digest.error();
    if (digest->sha256 != version.sha256)
        return Error { Tr::tr("The stored artifact of %1 is damaged: its SHA-256 is %2, not the "
                              "%3 recorded at import. Import the model file again under a new "
                              "version.")
                           .arg(subject.reference, digest->sha256, version.sha256),
            subject.modelPath };
    subject.sha256 = version.sha256;
    *versionId = version.id;
    return subject;
}

validation::DeviceChoice deviceChoice(const QString &device)
{
    if (device == u"cpu"_s)
        return validation::DeviceChoice::Cpu;
    return device == u"cuda"_s ? validation::DeviceChoice::Cuda : validation::DeviceChoice::Auto;
}

int exitCodeFor(validation::Verdict verdict)
{
    switch (verdict) {
    case validation::Verdict::Passed:
        return ExitSuccess;
    case validation::Verdict::Failed:
        return ExitFailed;
    case validation::Verdict::CannotValidate:
        return ExitCannotValidate;
    case validation::Verdict::Cancelled:
        return ExitFailed;
    }
    return ExitFailed;
}

inventory::ValidationVerdict storedVerdict(validation::Verdict verdict)
{
    switch (verdict) {
    case validation::Verdict::Passed:
        return inventory::ValidationVerdict::Pass;
    case validation::Verdict::Failed:
        return inventory::ValidationVerdict::Fail;
    case validation::Verdict::CannotValidate:
    case validation::Verdict::Cancelled:
        return inventory::ValidationVerdict::CannotValidate;
    }
    return inventory::ValidationVerdict::CannotValidate;
}

} // namespace

QString ValidateCommand::name() const
{
    return u"validate"_s;
}

QString ValidateCommand::summary() const
{
    return Tr::tr("Validate a model file or NAME:V on this machine and store the verdict.");
}

int ValidateCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(u"validate"_s,
        u"(FILE|NAME:V) [--data DIR] [--device auto|cpu|cuda] [--tf32] [--rtol R] [--atol A] "
        "[--seed N] [--runs N] [--warmup N] [--warmup-ms MS] [--min-time-ms MS] "
        "[--batch-sizes LIST] [--max-p99-ms X] "
        "[--max-memory SIZE] [--min-throughput X] [--no-perf]"_s,
        Tr::tr("Loads the model, lists the ops the engine cannot run, runs it and compares its "
               "outputs with the golden outputs of --data (|actual - expected| <= atol + rtol * "
               "|expected|). Without --data it runs on seeded inputs and reports each output's "
               "range and NaN and Inf counts. Then it times the model (warm-up, timed runs, "
               "p50/p90/p99 latency, throughput per batch size, peak memory) and holds the "
               "numbers against the budgets given. The verdict and its numbers are stored in "
               "the inventory. Exits with 0 on pass, 1 on fail (outputs or a budget), 5 when "
               "the model cannot be validated here."));
    commandLine.addPositional(
        u"FILE|NAME:V"_s, Tr::tr("An ONNX file, or a model version of the inventory."));
    commandLine.addOption(u"data"_s, u"DIR"_s,
        Tr::tr("A test_data_set folder (input_N.pb, output_N.pb) or a folder of them."));
    commandLine.addOption(u"device"_s, u"auto|cpu|cuda"_s,
        Tr::tr("Where to run: auto (default) uses the GPU when the CUDA engine plugin is "
               "installed and finds a device, else the CPU and says why; cuda fails with exit "
               "code 5 when there is none; cpu runs the CPU reference engine. On the GPU, "
               "seeded inputs are also run on the CPU engine and the outputs compared."));
    commandLine.addFlag(u"tf32"_s,
        Tr::tr("Let the GPU use TF32 tensor cores for float32 matrix products: faster, but "
               "with about 10 mantissa bits instead of 23, so outputs drift from float32 "
               "references. Unless --rtol or --atol is given, the outputs are then held to the "
               "GPU profile's tolerances (rtol 1e-2, atol 1e-3), and the report says so. Off by "
               "default."));
    commandLine.addOption(u"rtol"_s, u"R"_s, Tr::tr("Relative tolerance (default 1e-3)."));
    commandLine.addOption(u"atol"_s, u"A"_s, Tr::tr("Absolute tolerance (default 1e-5)."));
    commandLine.addOption(u"seed"_s, u"N"_s, Tr::tr("Seed of the generated inputs (default 1)."));
    commandLine.addOption(u"runs"_s, u"N"_s,
        Tr::tr("Timed runs per batch size (default 20; a batch size stops after 20 s)."));
    commandLine.addOption(u"warmup"_s, u"N"_s, Tr::tr("Untimed warm-up runs first (default 2)."));
    commandLine.addOption(u"warmup-ms"_s, u"MS"_s,
        Tr::tr("Keep warming up until this many milliseconds have passed, too."));
    commandLine.addOption(u"min-time-ms"_s, u"MS"_s,
        Tr::tr("Keep timing each batch size until its runs add up to this many milliseconds, "
               "too (still at most 20 s)."));
    commandLine.addOption(u"batch-sizes"_s, u"LIST"_s,
        Tr::tr("Batch sizes for the throughput table when the model's batch dimension is free "
               "(default 1,2,4,8)."));
    commandLine.addOption(u"max-p99-ms"_s, u"X"_s,
        Tr::tr("Budget: fail when the p99 latency is above X milliseconds."));
    commandLine.addOption(u"max-memory"_s, u"SIZE"_s,
        Tr::tr(
            "Budget: fail when peak memory is above SIZE (512M, 2G). It means GPU memory; on "
            "the CPU it counts only with --device cpu, otherwise it is not measured and fails."));
    commandLine.addOption(u"min-throughput"_s, u"X"_s,
        Tr::tr("Budget: fail when the best throughput is below X inferences per second."));
    commandLine.addFlag(u"no-perf"_s, Tr::tr("Check the outputs only; no timing."));
    if (const auto done = CommandRun::parse(context, commandLine, arguments))
        return *done;
    Output &out = context.out();
    const auto options = readOptions(commandLine);
    if (!options)
        return out.usageError(options.error().message, commandLine.command());
    if (const auto failed = CommandRun::openInventory(context))
        return *failed;

    std::optional<qint64> versionId;
    auto subject = resolveTarget(context, options->target, &versionId);
    if (!subject)
        return out.fail(subject.error(), ExitFailed);
    subject->dataDir = options->dataDir;
    subject->tolerance = options->tolerance;
    subject->seed = options->seed;
    // What was asked for; the report replaces it with the engine and device that ran.
    subject->engine = options->device == u"cuda"_s ? u"cuda"_s : u"cpu"_s;
    subject->device = subject->engine;
    subject->deviceChoice = options->device;

    validation::ValidationOptions validationOptions;
    validationOptions.dataDir = options->dataDir;
    validationOptions.tolerance = options->tolerance;
    validationOptions.toleranceGiven = options->toleranceGiven;
    validationOptions.device = deviceChoice(options->device);
    validationOptions.allowTf32 = options->tf32;
    validationOptions.seed = options->seed;
    validationOptions.performance = options->performance;
    validationOptions.budgets = options->budgets;
    validationOptions.memoryBudgetOnHost = options->device == u"cpu"_s;
    validationOptions.dataBesideModel = false; // without --data: seeded inputs, as the help says
    const validation::ValidationReport report =
        validation::ModelValidator(validationOptions).validate(subject->modelPath);
    // No GPU where one was demanded says nothing about the model: nothing is stored, so a
    // verdict from a machine with a GPU stays the latest.
    if (report.deviceUnavailable && report.error)
        return out.fail(*report.error, ExitCannotValidate);
    const QJsonObject document = ValidationReportFormatter::toJson(*subject, report);

    inventory::ValidationRecord record;
    record.modelVersionId = versionId;
    record.modelReference = subject->reference;
    record.fileSha256 = subject->sha256;
    record.filePath = subject->modelPath;
    record.engine = validation::reportedEngine(*subject, report);
    record.device = validation::reportedDevice(*subject, report);
    record.verdict = storedVerdict(report.verdict);
    record.results = document;
    const auto stored =
        inventory::ValidationRepository(context.database(), context.audit()).add(record);
    if (!stored)
        return out.fail(stored.error(), ExitFailed);

    QJsonObject result = document;
    result.insert(u"validationId"_s, stored->id);
    out.result(result, ValidationReportFormatter::text(*subject, report));
    return exitCodeFor(report.verdict);
}

} // namespace fleetdeck::cli

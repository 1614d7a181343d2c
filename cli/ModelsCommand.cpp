#include "cli/ModelsCommand.h"

#include "cli/CommandRun.h"
#include "cli/TextTable.h"
#include "cli/Tr.h"
#include "core/inventory/ArtifactStore.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/ModelRepository.h"
#include "core/inventory/ValidationRepository.h"
#include "core/validation/EngineErrorText.h"
#include "core/validation/engine/OnnxModelLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {

QJsonObject versionJson(const inventory::ModelVersion &version)
{
    return QJsonObject {
        { u"id"_s, version.id },
        { u"model"_s, version.model },
        { u"version"_s, version.version },
        { u"sha256"_s, version.sha256 },
        { u"sizeBytes"_s, version.sizeBytes },
        { u"format"_s, version.format },
        { u"sourcePath"_s, version.sourcePath },
        { u"artifactPath"_s, version.artifactPath },
        { u"signature"_s, version.signature ? QJsonValue(*version.signature) : QJsonValue() },
        { u"createdAt"_s, version.createdAt.toUTC().toString(Qt::ISODateWithMs) },
    };
}

// The loader parses the whole model, the checker and shape inference included: what cannot be
// loaded here cannot be validated or deployed either, so it never enters the inventory.
Result<void> checkLoadsAsOnnx(const QString &path)
{
    const auto loaded =
        validation::OnnxModelLoader().loadFile(QFile::encodeName(path).toStdString());
    if (loaded)
        return {};
    const Error error = validation::EngineErrorText::toError(loaded.error());
    return Error { Tr::tr("%1 cannot be imported as an ONNX model: %2")
                       .arg(QDir::toNativeSeparators(path), error.message),
        error.location };
}

Result<std::optional<inventory::ValidationRecord>> latestValidation(
    inventory::ValidationRepository &validations, qint64 versionId)
{
    auto found = validations.forModelVersion(versionId, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<inventory::ValidationRecord>();
    return std::optional<inventory::ValidationRecord>(found->constFirst());
}

} // namespace

QString ModelsCommand::name() const
{
    return u"models"_s;
}

QString ModelsCommand::summary() const
{
    return Tr::tr("Import and list the model versions of the inventory.");
}

QList<CommandGroup::Subcommand> ModelsCommand::subcommands() const
{
    return {
        { u"import"_s, Tr::tr("Check an ONNX file and record it as NAME:VERSION."),
            &ModelsCommand::importFile },
        { u"list"_s, Tr::tr("List the model versions and their latest validation."),
            &ModelsCommand::list },
    };
}

int ModelsCommand::importFile(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(u"models import"_s, u"FILE --name NAME --version V"_s,
        Tr::tr("Checks that FILE loads as an ONNX model, copies it into the artifact store "
               "beside the inventory (artifacts/sha256/HASH) and records it as NAME:V. A version "
               "never changes: importing the same NAME:V again is accepted only with the same "
               "content."));
    commandLine.addPositional(u"FILE"_s, Tr::tr("The ONNX model file."));
    commandLine.addOption(
        u"name"_s, u"NAME"_s, Tr::tr("Model name: letters, digits and ._- (up to 64 characters)."));
    commandLine.addOption(
        u"version"_s, u"V"_s, Tr::tr("Version: letters, digits and ._+- (up to 64 characters)."));
    if (const auto done = CommandRun::parse(context, commandLine, arguments))
        return *done;
    Output &out = context.out();
    if (!commandLine.isSet(u"name"_s) || !commandLine.isSet(u"version"_s))
        return out.usageError(
            Tr::tr("'models import' needs --name NAME and --version V."), commandLine.command());
    const QString file = commandLine.positionals().constFirst();
    inventory::ModelVersion version;
    version.model = commandLine.value(u"name"_s);
    version.version = commandLine.value(u"version"_s);
    if (const auto valid = inventory::validateModelReference(version.model, version.version);
        !valid)
        return out.usageError(valid.error().message, commandLine.command());

    const auto digest = inventory::ArtifactStore::digest(file);
    if (!digest)
        return out.fail(digest.error(), ExitFailed);
    if (const auto loads = checkLoadsAsOnnx(file); !loads)
        return out.fail(loads.error(), ExitFailed);
    if (const auto failed = CommandRun::openInventory(context))
        return *failed;

    inventory::ModelRepository models(context.database(), context.audit());
    version.sha256 = digest->sha256;
    version.sizeBytes = digest->sizeBytes;
    version.format = u"onnx"_s;
    version.sourcePath = QFileInfo(file).absoluteFilePath();
    version.artifactPath = inventory::ArtifactStore::relativePathFor(digest->sha256);
    // Refuse a clash before copying anything into the store.
    const auto existing = models.find(version.model, version.version);
    if (!existing)
        return out.fail(existing.error(), ExitFailed);
    if (!existing->has_value() || existing->value().sha256 == version.sha256) {
        auto store = inventory::ArtifactStore::besideInventory(context.database().path());
        const auto stored = store.store(file, digest->sha256);
        if (!stored)
            return out.fail(stored.error(), ExitFailed);
    }
    const auto added = models.add(version);
    if (!added)
        return out.fail(added.error(), ExitFailed);
    const bool unchanged = added->outcome == inventory::ModelRepository::AddOutcome::Unchanged;
    QJsonObject document = versionJson(added->version);
    document.insert(u"outcome"_s, unchanged ? u"unchanged"_s : u"added"_s);
    const QString text = unchanged
        ? Tr::tr("%1 is already in the inventory with the same content (SHA-256 %2); nothing "
                 "changed.")
              .arg(added->version.reference(), added->version.sha256)
        : Tr::tr("Imported %1: %2 bytes, SHA-256 %3.")
              .arg(added->version.reference())
              .arg(added->version.sizeBytes)
              .arg(added->version.sha256);
    out.result(document, text);
    return ExitSuccess;
}

int ModelsCommand::list(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(u"models list"_s, {},
        Tr::tr("Lists the model versions of the inventory with their latest local validation."));
    if (const auto done = CommandRun::parse(context, commandLine, arguments))
        return *done;
    if (const auto failed = CommandRun::openExisting(context))
        return *failed;
    Output &out = context.out();
    inventory::ModelRepository models(context.database(), context.audit());
    inventory::ValidationRepository validations(context.database(), context.audit());
    const auto versions = models.list();
    if (!versions)
        return out.fail(versions.error(), ExitFailed);

    QJsonArray array;
    TextTable table({ Tr::tr("MODEL"), Tr::tr("VERSION"), Tr::tr("SHA-256"), Tr::tr("BYTES"),
        Tr::tr("IMPORTED (UTC)"), Tr::tr("VALIDATION") });
    for (const inventory::ModelVersion &version : *versions) {
        const auto latest = latestValidation(validations, version.id);
        if (!latest)
            return out.fail(latest.error(), ExitFailed);
        QJsonObject object = versionJson(version);
        QString verdict = Tr::tr("none");
        if (latest->has_value()) {
            verdict = inventory::verdictName(latest->value().verdict);
            object.insert(u"latestValidation"_s,
                QJsonObject { { u"id"_s, latest->value().id }, { u"verdict"_s, verdict },
                    { u"createdAt"_s,
                        latest->value().createdAt.toUTC().toString(Qt::ISODateWithMs) } });
        } else {
            object.insert(u"latestValidation"_s, QJsonValue());
        }
        array.append(object);
        table.addRow({ version.model, version.version, version.sha256.left(12),
            QString::number(version.sizeBytes), version.createdAt.toUTC().toString(Qt::ISODate),
            verdict });
    }
    out.result(array,
        versions->isEmpty() ? Tr::tr("There are no model versions; add one with 'fleetdeck-cli "
                                     "models import FILE --name NAME --version V'.")
                            : table.toString());
    return ExitSuccess;
}

} // namespace fleetdeck::cli

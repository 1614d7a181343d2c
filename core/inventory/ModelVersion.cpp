#include "core/inventory/ModelVersion.h"

#include "core/inventory/Tr.h"

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool matchesCharset(QStringView text, QStringView extra)
{
    if (text.isEmpty() || text.size() > 64 || !isAsciiAlnum(text.front()))
        return false;
    for (QChar c : text) {
        if (!isAsciiAlnum(c) && !extra.contains(c))
            return false;
    }
    return true;
}

} // namespace

bool isValidModelName(QStringView name)
{
    return matchesCharset(name, u"._-");
}

bool isValidModelVersion(QStringView version)
{
    // A leading alphanumeric already rules out "." and ".."; no ".." anywhere keeps a version
    // harmless even where a careless consumer joins it with other parts.
    return matchesCharset(version, u"._+-") && !version.contains(u".."_s);
}

bool isValidSha256(QStringView hex)
{
    if (hex.size() != 64)
        return false;
    for (QChar c : hex) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

Result<void> validateModelReference(const QString &model, const QString &version)
{
    if (!isValidModelName(model))
        return Error{Tr::tr("Model name \"%1\" is not allowed: use 1 to 64 letters, digits, '.', "
                            "'_' or '-', starting with a letter or digit.").arg(model.simplified()),
                     {}};
    if (!isValidModelVersion(version))
        return Error{Tr::tr("Version \"%1\" of model %2 is not allowed: use 1 to 64 letters, "
                            "digits, '.', '_', '+' or '-', starting with a letter or digit, "
                            "without \"..\".").arg(version.simplified(), model), {}};
    return {};
}

Result<void> validateModelVersion(const ModelVersion &version)
{
    if (auto valid = validateModelReference(version.model, version.version); !valid)
        return valid;
    if (!isValidSha256(version.sha256))
        return Error{Tr::tr("Model %1: \"%2\" is not a SHA-256 in lowercase hex (64 characters).")
                         .arg(version.reference(), version.sha256), {}};
    if (version.sizeBytes < 0 || version.format.isEmpty() || version.artifactPath.isEmpty())
        return Error{Tr::tr("Model %1 has no stored artifact (size, format or path missing); "
                            "import the file again.").arg(version.reference()), {}};
    return {};
}

std::optional<ModelReference> parseModelReference(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    ModelReference reference{text.left(colon), text.mid(colon + 1)};
    if (!isValidModelName(reference.model) || !isValidModelVersion(reference.version))
        return std::nullopt;
    return reference;
}

} // namespace fleetdeck::inventory

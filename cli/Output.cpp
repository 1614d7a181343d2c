#include "cli/Output.h"

#include "cli/ExitCode.h"
#include "cli/Tr.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

Output::Output(QIODevice &out, QIODevice &err, bool json)
    : m_out(out)
    , m_err(err)
    , m_json(json)
{
}

void Output::result(const QJsonValue &document, const QString &text)
{
    if (m_json)
        m_document = document;
    else
        write(m_out, text);
}

void Output::text(const QString &text)
{
    if (!m_json)
        write(m_out, text);
}

void Output::warning(const QString &text)
{
    write(m_err, Tr::tr("fleetdeck-cli: warning: %1").arg(text));
}

int Output::fail(const Error &error, int exitCode)
{
    if (m_json) {
        QJsonObject details { { u"message"_s, error.message }, { u"code"_s, exitCode } };
        details.insert(
            u"location"_s, error.location.isEmpty() ? QJsonValue() : QJsonValue(error.location));
        // An error replaces any partial result: the document must describe the outcome.
        m_document = QJsonObject { { u"error"_s, details } };
    } else {
        write(m_err, Tr::tr("fleetdeck-cli: %1").arg(error.toString()));
    }
    return exitCode;
}

int Output::usageError(const QString &message, const QString &command)
{
    const QString hint = command.isEmpty()
        ? Tr::tr("Run 'fleetdeck-cli --help' for usage.")
        : Tr::tr("Run 'fleetdeck-cli %1 --help' for usage.").arg(command);
    if (m_json)
        return fail(Error { message + u' ' + hint, {} }, ExitUsage);
    write(m_err, Tr::tr("fleetdeck-cli: %1").arg(message) + u'\n' + hint);
    return ExitUsage;
}

void Output::usage(const QString &text)
{
    result(QJsonObject { { u"usage"_s, text } }, text);
}

void Output::finish()
{
    if (!m_json)
        return;
    // Every command sets a document; an empty object keeps the promise of one document if not.
    const QJsonValue document = m_document.value_or(QJsonObject {});
    const QByteArray bytes = document.isArray()
        ? QJsonDocument(document.toArray()).toJson(QJsonDocument::Indented)
        : QJsonDocument(document.toObject()).toJson(QJsonDocument::Indented);
    m_out.write(bytes);
}

void Output::write(QIODevice &device, const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    device.write(bytes);
}

} // namespace fleetdeck::cli

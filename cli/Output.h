#pragma once

#include "core/common/Result.h"

#include <QJsonValue>
#include <QString>

#include <optional>

class QIODevice;

namespace fleetdeck::cli {

// Where a command's results and errors go. Human mode: results as text on stdout, errors and
// warnings on stderr. JSON mode: stdout receives exactly one JSON document when the run ends
// (the result, or {"error": ...}), so a script can parse it whatever happened.
class Output {
public:
    Output(QIODevice &out, QIODevice &err, bool json);

    bool json() const { return m_json; }

    // The command's result: the JSON document in JSON mode, the text otherwise.
    void result(const QJsonValue &document, const QString &text);
    // Text for humans only (ignored in JSON mode); a newline is added when missing.
    void text(const QString &text);
    // A warning that does not change the outcome; always stderr.
    void warning(const QString &text);

    // Reports error and returns exitCode, so a command can `return out.fail(...)`.
    int fail(const Error &error, int exitCode);
    // A usage error: the message plus where to read the usage of command ("nodes add").
    int usageError(const QString &message, const QString &command);
    // Usage text asked for with --help.
    void usage(const QString &text);

    // Writes the JSON document (JSON mode); call once, at the end of the run.
    void finish();

private:
    void write(QIODevice &device, const QString &text);

    QIODevice &m_out;
    QIODevice &m_err;
    bool m_json = false;
    std::optional<QJsonValue> m_document;
};

} // namespace fleetdeck::cli

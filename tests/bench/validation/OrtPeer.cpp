#include "tests/bench/validation/OrtPeer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstring>

namespace fleetdeck::bench {

OrtPeer::OrtPeer(QString node, QString nodeModules, QString script)
    : m_node(std::move(node)), m_nodeModules(std::move(nodeModules)), m_script(std::move(script))
{
}

std::optional<QString> OrtPeer::unavailableReason() const
{
    if (!QFileInfo(m_node).isExecutable())
        return QStringLiteral("node is not installed at %1").arg(m_node);
    if (!QFileInfo::exists(m_nodeModules + QStringLiteral("/onnxruntime-node/package.json")))
        return QStringLiteral("onnxruntime-node is not installed in %1; run `npm install --ignore-scripts "
                              "onnxruntime-node` in %2")
            .arg(m_nodeModules, QFileInfo(m_nodeModules).absolutePath());
    return std::nullopt;
}

OrtResult OrtPeer::run(const QString &model, const std::vector<float> &input, const std::vector<int64_t> &dims,
                       int threads, int runs, int warmup) const
{
    OrtResult result;
    QTemporaryDir dir;
    const QString inputFile = dir.filePath(QStringLiteral("input.bin"));
    QFile file(inputFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char *>(input.data()), qint64(input.size() * sizeof(float)))
            != qint64(input.size() * sizeof(float))) {
        result.error = QStringLiteral("cannot write %1").arg(inputFile);
        return result;
    }
    file.close();
    QStringList dimTexts;
    for (int64_t d : dims)
        dimTexts << QString::number(d);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), m_nodeModules);
    process.setProcessEnvironment(env);
    process.start(m_node, {m_script, model, inputFile, dimTexts.join(QLatin1Char(',')), QString::number(threads),
                           QString::number(runs), QString::number(warmup), dir.filePath(QStringLiteral("output"))});
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = QStringLiteral("ort_bench.js failed (exit %1): %2")
                           .arg(process.exitCode())
                           .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return result;
    }
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    result.msMedian = json.value(QStringLiteral("ms_median")).toDouble();
    result.msMin = json.value(QStringLiteral("ms_min")).toDouble();
    result.cpuMsMedian = json.value(QStringLiteral("cpu_ms_median")).toDouble();
    result.runtime = json.value(QStringLiteral("runtime")).toString();
    for (const QJsonValue &output : json.value(QStringLiteral("outputs")).toArray()) {
        QFile out(output.toObject().value(QStringLiteral("file")).toString());
        if (!out.open(QIODevice::ReadOnly)) {
            result.error = QStringLiteral("ort_bench.js wrote no output %1").arg(out.fileName());
            return result;
        }
        const QByteArray bytes = out.readAll();
        std::vector<float> values(std::size_t(bytes.size()) / sizeof(float));
        std::memcpy(values.data(), bytes.constData(), values.size() * sizeof(float));
        result.outputs.push_back(std::move(values));
    }
    if (result.outputs.empty())
        result.error = QStringLiteral("ort_bench.js printed no outputs");
    return result;
}

} // namespace fleetdeck::bench

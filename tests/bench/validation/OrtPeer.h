#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace fleetdeck::bench {

// One timed ONNX Runtime session run by ort_bench.js under node: the peer of the CPU engine.
struct OrtResult
{
    double msMedian = 0;
    double msMin = 0;
    double cpuMsMedian = 0; // process CPU time per run, all threads
    QString runtime;                         // "onnxruntime-node 1.30.0"
    std::vector<std::vector<float>> outputs; // by the model's output order
    QString error;                           // set when the peer could not run; says why
};

class OrtPeer
{
public:
    // nodeModules: the folder npm installed onnxruntime-node into; script: ort_bench.js.
    OrtPeer(QString node, QString nodeModules, QString script);

    // Why the peer cannot run here (no node, package not installed), or nothing.
    std::optional<QString> unavailableReason() const;

    OrtResult run(const QString &model, const std::vector<float> &input, const std::vector<int64_t> &dims,
                  int threads, int runs, int warmup) const;

private:
    QString m_node;
    QString m_nodeModules;
    QString m_script;
};

} // namespace fleetdeck::bench

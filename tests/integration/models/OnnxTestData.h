#pragma once

#include <QString>

namespace fleetdeck::test {

// Debian's libonnx-testdata node test folder for an op ("test_add"); empty when not installed.
QString onnxNodeTest(const QString &name);

// This folder's data/ (custom_op.onnx).
QString modelsTestData(const QString &file);

// Copies a test_data_set folder to target and rewrites output_<index>.pb with its first element
// increased by delta: a golden output that no correct engine can match.
bool copyWithWrongOutput(const QString &dataSet, const QString &target, int index, double delta);

// The file's SHA-256 in hex, as the artifact store names it; empty when it cannot be read.
QString sha256Of(const QString &path);

// Copies the first half of a file: a model cut off in transfer.
bool writeTruncatedCopy(const QString &source, const QString &target);

} // namespace fleetdeck::test

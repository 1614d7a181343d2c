#include "tests/integration/models/OnnxTestData.h"

#include "core/validation/engine/OnnxModelLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

namespace {

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

// A TensorProto in the protobuf wire format: dims (field 1), data_type (2), raw_data (9).
QByteArray tensorProto(const validation::Tensor &tensor)
{
    QByteArray out;
    for (int64_t dim : tensor.shape()) {
        out.append(char(0x08));
        appendVarint(out, quint64(dim));
    }
    out.append(char(0x10));
    appendVarint(out, quint64(tensor.dataType()));
    out.append(char(0x4a));
    appendVarint(out, tensor.byteSize());
    out.append(reinterpret_cast<const char *>(tensor.bytes()), qsizetype(tensor.byteSize()));
    return out;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace

QString onnxNodeTest(const QString &name)
{
    // FLEETDECK_ONNX_TESTDATA_DIR: where a GPU machine's bundle unpacks the same data.
    const QString folder = qEnvironmentVariable("FLEETDECK_ONNX_TESTDATA_DIR", u"/usr/share/libonnx-testdata/data"_s)
        + u"/node/"_s + name;
    return QFileInfo::exists(folder + u"/model.onnx"_s) ? folder : QString();
}

QString modelsTestData(const QString &file)
{
    return qEnvironmentVariable("FLEETDECK_MODELS_TEST_DATA") + u'/' + file;
}

bool copyWithWrongOutput(const QString &dataSet, const QString &target, int index, double delta)
{
    if (!QDir().mkpath(target))
        return false;
    const QStringList files = QDir(dataSet).entryList({ u"*.pb"_s }, QDir::Files);
    for (const QString &file : files) {
        if (!QFile::copy(dataSet + u'/' + file, target + u'/' + file))
            return false;
    }
    const QString output = target + u"/output_%1.pb"_s.arg(index);
    auto tensor = validation::loadTensorFile(QFile::encodeName(output).toStdString());
    if (!tensor || tensor->dataType() != validation::DataType::Float || tensor->isEmpty())
        return false;
    tensor->data<float>()[0] += float(delta);
    QFile::remove(output);
    return writeBytes(output, tensorProto(tensor.value()));
}

bool writeTruncatedCopy(const QString &source, const QString &target)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    return writeBytes(target, bytes.left(bytes.size() / 2));
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace fleetdeck::test

#include "ui/models/ValidationHistoryModel.h"

#include "ui/Tr.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using inventory::ValidationRecord;
using inventory::ValidationVerdict;

ValidationHistoryModel::ValidationHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ValidationHistoryModel::setRecords(const QList<ValidationRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

void ValidationHistoryModel::clear()
{
    setRecords({});
}

void ValidationHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ValidationHistoryModel::verdictText(ValidationVerdict verdict)
{
    switch (verdict) {
    case ValidationVerdict::Pass:
        return Tr::tr("Passed");
    case ValidationVerdict::Fail:
        return Tr::tr("Failed");
    case ValidationVerdict::CannotValidate:
        return Tr::tr("Cannot validate");
    }
    return {};
}

int ValidationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ValidationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValidationRecord &record = m_records.at(index.row());
    if (role == Qt::DisplayRole)
        return display(record, index.column());
    if (role == VerdictRole)
        return inventory::verdictName(record.verdict);
    return {};
}

QVariant ValidationHistoryModel::display(const ValidationRecord &record, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat);
    case VerdictColumn:
        return verdictText(record.verdict);
    case DeviceColumn:
        return record.engine == record.device || record.device.isEmpty()
            ? record.engine
            : Tr::tr("%1 on %2").arg(record.engine, record.device);
    case ToleranceColumn: {
        const QJsonObject tolerance = record.results.value(u"tolerance"_s).toObject();
        if (tolerance.isEmpty())
            return u"—"_s;
        return Tr::tr("rtol %1, atol %2")
            .arg(tolerance.value(u"rtol"_s).toDouble())
            .arg(tolerance.value(u"atol"_s).toDouble());
    }
    default:
        return {};
    }
}

QVariant ValidationHistoryModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return Tr::tr("When");
    case VerdictColumn:
        return Tr::tr("Verdict");
    case DeviceColumn:
        return Tr::tr("Engine");
    case ToleranceColumn:
        return Tr::tr("Tolerance");
    default:
        return {};
    }
}

} // namespace fleetdeck::ui

#include "ui/models/OutputErrorModel.h"

#include "ui/Tr.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

namespace {
QString number(double value)
{
    return QString::number(value, 'g', 4);
}

OutputErrorModel::Row comparedRow(const QString &dataSet, const validation::OutputComparison &c)
{
    OutputErrorModel::Row row;
    row.dataSet = dataSet;
    row.output = QString::fromStdString(c.name);
    row.compared = true;
    row.typeMatches = c.typeMatches;
    row.shapeMatches = c.shapeMatches;
    row.elements = c.elementCount;
    row.mismatches = c.mismatches;
    row.maxAbsError = c.maxAbsError;
    row.maxRelError = c.maxRelError;
    row.neededAtol = c.neededAtol;
    row.neededRtol = c.neededRtol;
    row.passed = c.passed();
    return row;
}
} // namespace

OutputErrorModel::OutputErrorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OutputErrorModel::setReport(const validation::ValidationReport &report)
{
    QList<Row> rows;
    for (const validation::DataSetResult &set : report.dataSets) {
        const std::size_t count = std::max(set.outputs.size(), set.outputNonFinite.size());
        for (std::size_t i = 0; i < count; ++i) {
            Row row;
            if (i < set.outputs.size()) {
                row = comparedRow(set.name, set.outputs[i]);
            } else {
                // Seeded inputs have no golden output: only NaN and Inf can fail them.
                row.dataSet = set.name;
                row.output = i < set.statistics.size() && !set.statistics[i].name.isEmpty()
                    ? set.statistics[i].name
                    : Tr::tr("output %1").arg(i);
            }
            if (i < set.outputNonFinite.size()) {
                row.nan = set.outputNonFinite[i].nan;
                row.inf = set.outputNonFinite[i].inf;
            }
            if (!row.compared)
                row.passed = row.nan == 0 && row.inf == 0;
            rows << row;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void OutputErrorModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void OutputErrorModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OutputErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutputErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutputErrorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case PassedRole:
        return row.passed;
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && !row.passed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= MaxAbsErrorColumn && index.column() <= InfColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn && row.compared && row.mismatches > 0)
            return Tr::tr("%1 of %2 values outside the tolerance")
                .arg(row.mismatches)
                .arg(row.elements);
        return {};
    default:
        return {};
    }
}

QVariant OutputErrorModel::display(const Row &row, int column) const
{
    const QString none = u"—"_s;
    switch (column) {
    case DataSetColumn:
        return row.dataSet;
    case OutputColumn:
        return row.output;
    case MaxAbsErrorColumn:
        return row.compared ? number(row.maxAbsError) : none;
    case MaxRelErrorColumn:
        return row.compared ? number(row.maxRelError) : none;
    case NeededToleranceColumn:
        if (!row.compared || !row.typeMatches || !row.shapeMatches)
            return none;
        return Tr::tr("atol %1 or rtol %2").arg(number(row.neededAtol), number(row.neededRtol));
    case NanColumn:
        return row.nan;
    case InfColumn:
        return row.inf;
    case ResultColumn:
        return result(row);
    default:
        return {};
    }
}

QVariant OutputErrorModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case MaxAbsErrorColumn:
        return row.maxAbsError;
    case MaxRelErrorColumn:
        return row.maxRelError;
    case NeededToleranceColumn:
        return row.neededAtol;
    case ResultColumn:
        return row.passed;
    default:
        return display(row, column);
    }
}

QString OutputErrorModel::result(const Row &row) const
{
    if (!row.typeMatches)
        return Tr::tr("Failed: other data type");
    if (!row.shapeMatches)
        return Tr::tr("Failed: other shape");
    if (!row.passed && row.compared && row.mismatches > 0)
        return Tr::tr(
            "Failed: %n value(s) off", nullptr, int(std::min<qint64>(row.mismatches, INT32_MAX)));
    if (!row.passed)
        return Tr::tr("Failed: NaN or Inf");
    return Tr::tr("Passed");
}

QVariant OutputErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DataSetColumn:
        return Tr::tr("Data set");
    case OutputColumn:
        return Tr::tr("Output");
    case MaxAbsErrorColumn:
        return Tr::tr("Max abs error");
    case MaxRelErrorColumn:
        return Tr::tr("Max rel error");
    case NeededToleranceColumn:
        return Tr::tr("Tolerance needed");
    case NanColumn:
        return Tr::tr("NaN");
    case InfColumn:
        return Tr::tr("Inf");
    case ResultColumn:
        return Tr::tr("Result");
    default:
        return {};
    }
}

} // namespace fleetdeck::ui

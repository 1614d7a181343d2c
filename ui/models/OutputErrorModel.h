#pragma once

#include "core/validation/ModelValidator.h"

#include <QAbstractTableModel>
#include <QList>

namespace fleetdeck::ui {

// One row per output of each data set of a validation report: how far it was from the golden
// output, the tolerance it would have needed, its NaN/Inf counts and whether it passed. Raw
// numbers sit under SortRole, so a proxy sorts errors as numbers, not as text.
class OutputErrorModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DataSetColumn,
        OutputColumn,
        MaxAbsErrorColumn,
        MaxRelErrorColumn,
        NeededToleranceColumn,
        NanColumn,
        InfColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, PassedRole };

    struct Row {
        QString dataSet;
        QString output;
        bool compared = false; // false: seeded inputs, no golden output to compare with
        bool typeMatches = true;
        bool shapeMatches = true;
        qint64 elements = 0;
        qint64 mismatches = 0;
        double maxAbsError = 0;
        double maxRelError = 0;
        double neededAtol = 0;
        double neededRtol = 0;
        qint64 nan = 0;
        qint64 inf = 0;
        bool passed = false;
    };

    explicit OutputErrorModel(QObject *parent = nullptr);

    void setReport(const validation::ValidationReport &report);
    void clear();
    const Row &row(int index) const { return m_rows.at(index); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString result(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace fleetdeck::ui

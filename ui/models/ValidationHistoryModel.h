#pragma once

#include "core/inventory/ValidationRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace fleetdeck::ui {

// Earlier verdicts of one model version, newest first, as the inventory stored them (from this
// page or from `fleetdeck-cli validate`).
class ValidationHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, VerdictColumn, DeviceColumn, ToleranceColumn, ColumnCount };
    enum Role { VerdictRole = Qt::UserRole + 1 };

    explicit ValidationHistoryModel(QObject *parent = nullptr);

    void setRecords(const QList<inventory::ValidationRecord> &records);
    void clear();
    void retranslate();

    static QString verdictText(inventory::ValidationVerdict verdict);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const inventory::ValidationRecord &record, int column) const;

    QList<inventory::ValidationRecord> m_records;
};

} // namespace fleetdeck::ui

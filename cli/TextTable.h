#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdeck::cli {

// A plain-text table with aligned columns, for terminals and for `column`/`awk` in scripts:
// columns are separated by at least two spaces and no cell holds a newline.
class TextTable {
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    QString toString() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace fleetdeck::cli

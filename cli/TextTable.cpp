#include "cli/TextTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{
}

void TextTable::addRow(QStringList cells)
{
    for (QString &cell : cells) {
        cell.replace(u'\n', u' ');
        cell.replace(u'\r', u' ');
    }
    while (cells.size() < m_header.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QString &title : m_header)
        widths.append(title.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype column = 0; column < widths.size(); ++column) {
            const bool last = column + 1 == widths.size();
            text += last ? cells.at(column) : cells.at(column).leftJustified(widths[column] + 2);
        }
        // An empty last cell must not leave trailing blanks behind.
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text = line(m_header);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

} // namespace fleetdeck::cli

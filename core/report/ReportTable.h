#pragma once

#include "core/report/ReportPainter.h"

#include <QColor>
#include <QList>
#include <QString>

namespace descry {

// A table that flows down a report: cells wrap, the header row is repeated on every page the table continues
// on, and a row moves whole to the next page unless it is taller than a page, when it is split between lines.
// Value type; paint() draws it at the painter's cursor and advances the cursor.
struct ReportTable
{
    struct Column
    {
        QString title;
        double weight = 1; // share of the table width; 0: as narrow as the column's longest word
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    struct Cell
    {
        Cell() = default;
        Cell(QString text) : text(std::move(text)) {}
        Cell(const char* text) : text(QString::fromUtf8(text)) {}
        Cell(QString text, QColor color, bool bold = false) : text(std::move(text)), color(color), bold(bold) {}

        QString text;
        QColor color; // the body colour when invalid
        bool bold = false;
        bool mono = false; // monospace (hashes, identifiers)
    };

    QList<Column> columns;
    QList<QList<Cell>> rows;
    bool showHeader = true;
    bool zebra = true;             // alternate row shading
    bool firstColumnMuted = false; // key/value tables: keys in grey
    bool keepTogether = false;     // start on a new page rather than split, when the table fits on one page
    ReportPainter::Font font = ReportPainter::Font::Small;

    // Height when drawn in one piece (header, rows and the space after the table).
    double height(const ReportPainter& painter) const;
    void paint(ReportPainter& painter) const;
};

} // namespace descry

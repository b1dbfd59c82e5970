#pragma once

#include "core/report/ReportPainter.h"

#include <QColor>
#include <QList>
#include <QString>

namespace descry {

// A horizontal bar chart of signed values drawn with QPainter (no widgets): one row per bar, labels left,
// a zero axis, positive bars to the right (green), negative to the left (red), each value written at the end
// of its bar, light grid lines at round ticks. Flows onto the next page between rows (axis repeated).
// Value type; paint() draws at the painter's cursor and advances it.
struct ReportBarChart
{
    struct Bar
    {
        QString label;
        double value = 0;
        QColor color; // by sign when invalid
    };

    QList<Bar> bars;
    int decimals = 3;
    QString axisTitle; // under the axis, centred; optional

    static QColor positiveColor() { return QColor(0x2E, 0x7D, 0x32); }
    static QColor negativeColor() { return QColor(0xC6, 0x28, 0x28); }

    void paint(ReportPainter& painter) const;
};

} // namespace descry

#include "core/report/ReportBarChart.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

QString signedNumber(double v, int decimals)
{
    const QString magnitude = QString::number(std::abs(v), 'f', decimals);
    if (QString::number(0.0, 'f', decimals) == magnitude)
        return magnitude;
    return (v < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + magnitude;
}

// A round step (1, 2 or 5 × 10^k) that cuts `range` into about `target` intervals.
double niceStep(double range, int target)
{
    if (range <= 0)
        return 1;
    const double raw = range / target;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double r = raw / magnitude;
    return magnitude * (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10);
}

// A chart laid out for the painter's width: the label and value margins, the value scale and the tick step.
struct ChartLayout
{
    ChartLayout(const ReportBarChart& chart, const ReportPainter& rp)
        : font(rp.font(ReportPainter::Font::Small)), metrics(font, rp.device())
    {
        rowHeight = std::max(rp.mm(6), metrics.height() * 1.5);
        barHeight = rowHeight * 0.6;
        double labelWidth = 0, valueWidth = 0, lo = 0, hi = 0;
        for (const ReportBarChart::Bar& bar : chart.bars) {
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
            valueWidth = std::max(valueWidth, metrics.horizontalAdvance(signedNumber(bar.value, chart.decimals)));
            lo = std::min(lo, bar.value);
            hi = std::max(hi, bar.value);
        }
        labelArea = std::min(labelWidth, rp.width() * 0.32) + rp.mm(3);
        valueWidth += rp.mm(1.5);
        neg = -lo;
        pos = (hi == 0 && lo == 0) ? 1.0 : hi;
        x0 = rp.left() + labelArea;
        x1 = rp.left() + rp.width();
        // Room for the values written beyond the bar ends: left of the axis only when some value is negative.
        const double innerLeft = x0 + (neg > 0 ? valueWidth : rp.mm(1));
        const double innerRight = x1 - valueWidth;
        scale = (innerRight - innerLeft) / (neg + pos);
        zeroX = innerLeft + neg * scale;
        step = niceStep(neg + pos, 6);
        tickDecimals = std::max(0, int(std::ceil(-std::log10(step) - 1e-9)));
        axisHeight = metrics.height() * 1.6 + (chart.axisTitle.isEmpty() ? 0 : metrics.height() * 1.3);
    }

    QFont font;
    QFontMetricsF metrics;
    double rowHeight = 0, barHeight = 0;
    double labelArea = 0;    // width left of the chart for the labels
    double neg = 0, pos = 0; // extent of the values left and right of zero
    double x0 = 0, x1 = 0;   // left and right edge of the chart area
    double scale = 0, zeroX = 0;
    double step = 0;
    int tickDecimals = 0;
    double axisHeight = 0; // tick labels and axis title below the bars
};

// Grid lines at round ticks with their values below, then the zero axis over them and the optional axis title.
void drawAxis(QPainter& p, const ReportPainter& rp, const ChartLayout& l, const QString& axisTitle, double top,
              double bottom)
{
    for (double t = -std::floor(l.neg / l.step + 1e-9) * l.step; t <= l.pos + 1e-9; t += l.step) {
        const double x = l.zeroX + t * l.scale;
        p.setPen(QPen(QColor(0xE0, 0xE0, 0xE0), rp.pt(0.4)));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
        p.setPen(ReportPainter::mutedColor());
        p.setFont(l.font);
        const QString tick = std::abs(t) < l.step * 1e-6 ? QStringLiteral("0") : signedNumber(t, l.tickDecimals);
        const double w = l.metrics.horizontalAdvance(tick);
        p.drawText(QPointF(x - w / 2, bottom + l.metrics.ascent() + rp.mm(0.8)), tick);
    }
    p.setPen(QPen(ReportPainter::textColor(), rp.pt(0.9)));
    p.drawLine(QPointF(l.zeroX, top - rp.mm(0.5)), QPointF(l.zeroX, bottom));
    p.setPen(QPen(ReportPainter::ruleColor(), rp.pt(0.5)));
    p.drawLine(QPointF(l.x0, bottom), QPointF(l.x1, bottom));
    if (!axisTitle.isEmpty()) {
        const TextBlock title = rp.layoutText(axisTitle, ReportPainter::Font::Small, l.x1 - l.x0, Qt::AlignHCenter);
        title.draw(p, QPointF(l.x0, bottom + l.metrics.height() * 1.5), 0, -1, ReportPainter::mutedColor());
    }
}

// One row: the label right-aligned before the chart, the bar from zero, its value beyond the bar's end.
void drawBar(QPainter& p, const ReportPainter& rp, const ChartLayout& l, const ReportBarChart::Bar& bar, int decimals,
             double rowTop)
{
    const double centre = rowTop + l.rowHeight / 2;
    const double baseline = centre + (l.metrics.ascent() - l.metrics.descent()) / 2;
    p.setFont(l.font);
    p.setPen(ReportPainter::textColor());
    const QString label = l.metrics.elidedText(bar.label, Qt::ElideRight, l.labelArea - rp.mm(3));
    p.drawText(QPointF(l.x0 - rp.mm(2.5) - l.metrics.horizontalAdvance(label), baseline), label);

    const QColor color = bar.color.isValid() ? bar.color
                         : bar.value < 0     ? ReportBarChart::negativeColor()
                                             : ReportBarChart::positiveColor();
    const double barEnd = l.zeroX + bar.value * l.scale;
    const QRectF rect(QPointF(std::min(l.zeroX, barEnd), centre - l.barHeight / 2),
                      QPointF(std::max(l.zeroX, barEnd), centre + l.barHeight / 2));
    p.fillRect(rect, color);
    const QString value = signedNumber(bar.value, decimals);
    p.setPen(color.darker(115));
    if (bar.value < 0)
        p.drawText(QPointF(barEnd - rp.mm(1) - l.metrics.horizontalAdvance(value), baseline), value);
    else
        p.drawText(QPointF(barEnd + rp.mm(1), baseline), value);
}

} // namespace

void ReportBarChart::paint(ReportPainter& rp) const
{
    if (bars.isEmpty())
        return;
    QPainter& p = rp.painter();
    const ChartLayout l(*this, rp);
    int index = 0;
    while (index < bars.size()) {
        // As many rows as fit above the axis; at least three rows (or the rest) per piece, unless at a page top.
        int fit = int((rp.remaining() - l.axisHeight - rp.mm(2)) / l.rowHeight);
        if (fit < std::min<int>(3, int(bars.size()) - index) && !rp.atPageTop()) {
            rp.newPage();
            continue;
        }
        fit = std::max(fit, 1);
        const int end = std::min<int>(int(bars.size()), index + fit);
        const double top = rp.y() + rp.mm(1);
        const double bottom = top + (end - index) * l.rowHeight;
        p.save();
        drawAxis(p, rp, l, axisTitle, top, bottom);
        for (int i = index; i < end; ++i)
            drawBar(p, rp, l, bars[i], decimals, top + (i - index) * l.rowHeight);
        p.restore();
        rp.setY(bottom + l.axisHeight + rp.mm(1));
        index = end;
        if (index < bars.size())
            rp.newPage();
    }
}

} // namespace descry

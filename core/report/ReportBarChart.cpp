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

} // namespace

void ReportBarChart::paint(ReportPainter& rp) const
{
    if (bars.isEmpty())
        return;
    QPainter& p = rp.painter();
    const QFont font = rp.font(ReportPainter::Font::Small);
    const QFontMetricsF metrics(font, rp.device());
    const double rowHeight = std::max(rp.mm(6), metrics.height() * 1.5);
    const double barHeight = rowHeight * 0.6;

    double labelWidth = 0, valueWidth = 0, lo = 0, hi = 0;
    for (const Bar& bar : bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(signedNumber(bar.value, decimals)));
        lo = std::min(lo, bar.value);
        hi = std::max(hi, bar.value);
    }
    labelWidth = std::min(labelWidth, rp.width() * 0.32) + rp.mm(3);
    valueWidth += rp.mm(1.5);
    const double neg = -lo, pos = (hi == 0 && lo == 0) ? 1.0 : hi;
    const double x0 = rp.left() + labelWidth, x1 = rp.left() + rp.width();
    const double innerLeft = x0 + (neg > 0 ? valueWidth : rp.mm(1));
    const double innerRight = x1 - valueWidth;
    const double scale = (innerRight - innerLeft) / (neg + pos);
    const double zeroX = innerLeft + neg * scale;
    const double step = niceStep(neg + pos, 6);
    const int tickDecimals = std::max(0, int(std::ceil(-std::log10(step) - 1e-9)));

    const double axisHeight = metrics.height() * 1.6 + (axisTitle.isEmpty() ? 0 : metrics.height() * 1.3);

    int index = 0;
    while (index < bars.size()) {
        int fit = int((rp.remaining() - axisHeight - rp.mm(2)) / rowHeight);
        if (fit < std::min<int>(3, int(bars.size()) - index) && !rp.atPageTop()) {
            rp.newPage();
            continue;
        }
        fit = std::max(fit, 1);
        const int end = std::min<int>(int(bars.size()), index + fit);
        const double top = rp.y() + rp.mm(1);
        const double bottom = top + (end - index) * rowHeight;

        // Grid at round ticks, then the zero axis over it.
        p.save();
        for (double t = -std::floor(neg / step + 1e-9) * step; t <= pos + 1e-9; t += step) {
            const double x = zeroX + t * scale;
            p.setPen(QPen(QColor(0xE0, 0xE0, 0xE0), rp.pt(0.4)));
            p.drawLine(QPointF(x, top), QPointF(x, bottom));
            p.setPen(ReportPainter::mutedColor());
            p.setFont(font);
            const QString tick = std::abs(t) < step * 1e-6 ? QStringLiteral("0") : signedNumber(t, tickDecimals);
            const double w = metrics.horizontalAdvance(tick);
            p.drawText(QPointF(x - w / 2, bottom + metrics.ascent() + rp.mm(0.8)), tick);
        }
        p.setPen(QPen(ReportPainter::textColor(), rp.pt(0.9)));
        p.drawLine(QPointF(zeroX, top - rp.mm(0.5)), QPointF(zeroX, bottom));
        p.setPen(QPen(ReportPainter::ruleColor(), rp.pt(0.5)));
        p.drawLine(QPointF(x0, bottom), QPointF(x1, bottom));
        if (!axisTitle.isEmpty()) {
            const TextBlock title = rp.layoutText(axisTitle, ReportPainter::Font::Small, x1 - x0, Qt::AlignHCenter);
            title.draw(p, QPointF(x0, bottom + metrics.height() * 1.5), 0, -1, ReportPainter::mutedColor());
        }

        for (int i = index; i < end; ++i) {
            const Bar& bar = bars[i];
            const double rowTop = top + (i - index) * rowHeight;
            const double centre = rowTop + rowHeight / 2;
            const double baseline = centre + (metrics.ascent() - metrics.descent()) / 2;
            p.setFont(font);
            p.setPen(ReportPainter::textColor());
            const QString label = metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - rp.mm(3));
            p.drawText(QPointF(x0 - rp.mm(2.5) - metrics.horizontalAdvance(label), baseline), label);

            const QColor color = bar.color.isValid() ? bar.color : bar.value < 0 ? negativeColor() : positiveColor();
            const double barEnd = zeroX + bar.value * scale;
            const QRectF rect(QPointF(std::min(zeroX, barEnd), centre - barHeight / 2),
                              QPointF(std::max(zeroX, barEnd), centre + barHeight / 2));
            p.fillRect(rect, color);
            const QString value = signedNumber(bar.value, decimals);
            p.setPen(color.darker(115));
            if (bar.value < 0)
                p.drawText(QPointF(barEnd - rp.mm(1) - metrics.horizontalAdvance(value), baseline), value);
            else
                p.drawText(QPointF(barEnd + rp.mm(1), baseline), value);
        }
        p.restore();
        rp.setY(bottom + axisHeight + rp.mm(1));
        index = end;
        if (index < bars.size())
            rp.newPage();
    }
}

} // namespace descry

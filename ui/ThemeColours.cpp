#include "ui/ThemeColours.h"

#include <QString>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace descry::ui::ThemeColours {

namespace {

double relativeLuminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& background, const QColor& preferred, double minimum)
{
    if (contrastRatio(background, preferred) >= minimum)
        return preferred;
    const QColor target = relativeLuminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    // The smallest step towards the target that is readable keeps the hue recognisable.
    for (int step = 1; step <= 20; ++step) {
        const QColor c = mix(preferred, target, step / 20.0);
        if (contrastRatio(background, c) >= minimum)
            return c;
    }
    return target;
}

QColor tone(Tone t, const QPalette& palette)
{
    QColor base;
    switch (t) {
    case Tone::Error:
        base = QColor(0xb0, 0x00, 0x20);
        break;
    case Tone::Warning:
        base = QColor(0x9a, 0x4a, 0x00);
        break;
    case Tone::Info:
        base = QColor(0x1f, 0x5f, 0xbf);
        break;
    case Tone::Positive:
        base = QColor(0x1b, 0x6e, 0x20);
        break;
    case Tone::Negative:
        base = QColor(0xb7, 0x1c, 0x1c);
        break;
    }
    return readableOn(palette.color(QPalette::Window), base);
}

QString labelStyle(Tone t, const QPalette& palette, const QString& extra)
{
    return QStringLiteral("QLabel { color: %1; %2}").arg(tone(t, palette).name(QColor::HexRgb), extra);
}

void styleChart(QCustomPlot& plot, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = readableOn(base, palette.color(QPalette::Mid), 1.5);
    plot.setBackground(base);
    plot.legend->setBrush(base);
    plot.legend->setTextColor(text);
    plot.legend->setBorderPen(QPen(grid));
    for (QCPAxis* axis : plot.axisRect()->axes()) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    for (int i = 0; i < plot.plotLayout()->elementCount(); ++i)
        if (auto* title = qobject_cast<QCPTextElement*>(plot.plotLayout()->elementAt(i)))
            title->setTextColor(text);
}

} // namespace descry::ui::ThemeColours

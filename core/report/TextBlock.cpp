#include "core/report/TextBlock.h"

#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace descry {

TextBlock::TextBlock(const QString& text, const QFont& font, double width, const QPaintDevice* device,
                     Qt::Alignment alignment)
{
    QString laidOut = text;
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_shared<QTextLayout>(laidOut, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLeadingIncluded(true);
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, y));
        m_tops.push_back(y);
        m_heights.push_back(line.height());
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
        y += line.height();
    }
    m_layout->endLayout();
}

double TextBlock::height(int from, int to) const
{
    if (to < 0 || to > lineCount())
        to = lineCount();
    if (from >= to)
        return 0;
    return m_tops[size_t(to - 1)] + m_heights[size_t(to - 1)] - m_tops[size_t(from)];
}

int TextBlock::linesFitting(int from, double available) const
{
    int n = 0;
    while (from + n < lineCount() && height(from, from + n + 1) <= available + 1e-6)
        ++n;
    return n;
}

void TextBlock::draw(QPainter& painter, const QPointF& topLeft, int from, int to, const QColor& color) const
{
    if (to < 0 || to > lineCount())
        to = lineCount();
    if (from >= to)
        return;
    painter.save();
    if (color.isValid())
        painter.setPen(color);
    const QPointF offset = topLeft - QPointF(0, m_tops[size_t(from)]);
    for (int i = from; i < to; ++i)
        m_layout->lineAt(i).draw(&painter, offset);
    painter.restore();
}

} // namespace descry

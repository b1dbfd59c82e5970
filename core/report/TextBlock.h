#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace descry {

// A run of text wrapped to one width with the metrics of a paint device (the report's PDF writer), so that
// a caller can measure it and draw any range of its lines (paragraphs and table cells that break across pages).
// Words wrap at spaces; a word wider than the line (a long file name, a hash) wraps anywhere. '\n' breaks lines.
// Cheap to copy (shares the layout); not thread-safe.
class TextBlock
{
public:
    TextBlock() = default;
    TextBlock(const QString& text, const QFont& font, double width, const QPaintDevice* device,
              Qt::Alignment alignment = Qt::AlignLeft);

    int lineCount() const { return int(m_tops.size()); }
    bool isEmpty() const { return m_tops.empty(); }
    // Height of lines [from, to); the whole block by default.
    double height(int from = 0, int to = -1) const;
    // How many lines starting at `from` fit into `available` height.
    int linesFitting(int from, double available) const;
    // Width of the widest line.
    double naturalWidth() const { return m_naturalWidth; }

    // Draws lines [from, to) with their top at `topLeft`, in `color` (the painter's pen when invalid).
    void draw(QPainter& painter, const QPointF& topLeft, int from = 0, int to = -1, const QColor& color = {}) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    std::vector<double> m_tops; // top of each line, relative to the block
    std::vector<double> m_heights;
    double m_naturalWidth = 0;
};

} // namespace descry

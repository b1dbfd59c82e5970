#include "core/report/ReportTable.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace descry {

namespace {

const QColor kHeaderFill(0xE6, 0xEB, 0xF2);
const QColor kZebraFill(0xF6, 0xF8, 0xFA);
const QColor kGridColor(0xD5, 0xDA, 0xE1);

// Splits `total` by weight, but never narrower than a column's minimum (its longest word), when possible.
std::vector<double> distribute(double total, const std::vector<double>& weights, std::vector<double> minimum)
{
    const size_t n = weights.size();
    double minSum = 0;
    for (double m : minimum)
        minSum += m;
    if (minSum > total) {
        // Not every longest word fits: only the widest columns give way (all capped at one width), so that short
        // words such as "morphometric" stay whole and a long identifier wraps instead.
        double lo = 0, hi = *std::max_element(minimum.begin(), minimum.end());
        for (int i = 0; i < 60; ++i) {
            const double cap = (lo + hi) / 2;
            double sum = 0;
            for (double m : minimum)
                sum += std::min(m, cap);
            (sum > total ? hi : lo) = cap;
        }
        for (double& m : minimum)
            m = std::min(m, lo);
    }
    std::vector<bool> fixed(n, false);
    std::vector<double> widths(n, 0);
    for (bool changed = true; changed;) {
        changed = false;
        double rest = total, weightSum = 0;
        for (size_t c = 0; c < n; ++c) {
            if (fixed[c])
                rest -= minimum[c];
            else
                weightSum += weights[c];
        }
        for (size_t c = 0; c < n; ++c) {
            if (fixed[c]) {
                widths[c] = minimum[c];
                continue;
            }
            widths[c] = weightSum > 0 ? rest * weights[c] / weightSum : 0;
            if (widths[c] < minimum[c] - 1e-9) {
                fixed[c] = true;
                changed = true;
            }
        }
    }
    return widths;
}

double longestWord(const QString& text, const QFontMetricsF& metrics)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    double widest = 0;
    for (const QString& word : text.split(space, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

QFont cellFont(const ReportPainter& rp, ReportPainter::Font role, const ReportTable::Cell& cell, bool header)
{
    QFont f = rp.font(header ? ReportPainter::Font::SmallBold : role);
    if (cell.mono) {
        const double size = f.pointSizeF() - 1;
        f = rp.font(ReportPainter::Font::Mono);
        f.setPointSizeF(size);
    }
    if (cell.bold)
        f.setBold(true);
    return f;
}

std::vector<double> columnWidths(const ReportTable& table, const ReportPainter& rp, double padX)
{
    std::vector<double> weights, minimum;
    for (int c = 0; c < table.columns.size(); ++c) {
        double widest = 0;
        if (table.showHeader)
            widest =
                longestWord(table.columns[c].title, QFontMetricsF(cellFont(rp, table.font, {}, true), rp.device()));
        for (const QList<ReportTable::Cell>& row : table.rows)
            if (c < row.size())
                widest =
                    std::max(widest, longestWord(row[c].text,
                                                 QFontMetricsF(cellFont(rp, table.font, row[c], false), rp.device())));
        // A very long token (a hash, a file name) may still wrap: cap its claim at 40 % of the table.
        minimum.push_back(std::min(widest + 2 * padX + 1, rp.width() * 0.4));
        weights.push_back(std::max(0.0, table.columns[c].weight));
    }
    return distribute(rp.width(), weights, minimum);
}

} // namespace

namespace {

// A table laid out for the painter's width: column positions and the wrapped text of every cell.
struct TableLayout
{
    double padX = 0, padY = 0;
    std::vector<double> xs; // left edge of each column, then the right edge of the table
    std::vector<TextBlock> header;
    double headerHeight = 0;
    std::vector<std::vector<TextBlock>> rows;
    std::vector<double> rowHeights;
};

TableLayout layoutTable(const ReportTable& table, const ReportPainter& rp)
{
    TableLayout t;
    t.padX = rp.mm(1.4);
    t.padY = rp.mm(1.1);
    const int nCols = int(table.columns.size());
    const std::vector<double> widths = columnWidths(table, rp, t.padX);
    t.xs.push_back(rp.left());
    for (double w : widths)
        t.xs.push_back(t.xs.back() + w);
    auto layoutRow = [&](const QList<ReportTable::Cell>& cells, bool header, double* height) {
        std::vector<TextBlock> blocks;
        double h = 0;
        for (int c = 0; c < nCols; ++c) {
            const ReportTable::Cell cell = c < cells.size() ? cells[c] : ReportTable::Cell();
            blocks.push_back(rp.layoutText(cell.text, cellFont(rp, table.font, cell, header),
                                           widths[size_t(c)] - 2 * t.padX, table.columns[c].alignment));
            h = std::max(h, blocks.back().height());
        }
        *height = h + 2 * t.padY;
        return blocks;
    };
    QList<ReportTable::Cell> headerCells;
    for (const ReportTable::Column& c : table.columns)
        headerCells.append(ReportTable::Cell(c.title));
    t.header = layoutRow(headerCells, true, &t.headerHeight);
    if (!table.showHeader)
        t.headerHeight = 0;
    for (const QList<ReportTable::Cell>& row : table.rows) {
        double h = 0;
        t.rows.push_back(layoutRow(row, false, &h));
        t.rowHeights.push_back(h);
    }
    return t;
}

} // namespace

double ReportTable::height(const ReportPainter& rp) const
{
    if (columns.isEmpty())
        return 0;
    const TableLayout t = layoutTable(*this, rp);
    double h = t.headerHeight + rp.mm(1.5);
    for (double rowHeight : t.rowHeights)
        h += rowHeight;
    return h;
}

namespace {

// Draws a laid-out table down the pages of a report. A row that does not fit moves whole to the next page; a row
// taller than a page is split between lines, each piece below a repeated header.
class TablePainter
{
public:
    TablePainter(const ReportTable& table, const TableLayout& layout, ReportPainter& rp)
        : m_table(table), m_layout(layout), m_rp(rp), m_p(rp.painter()), m_nCols(int(table.columns.size())),
          m_freshPage(rp.atPageTop())
    {
    }

    void paintRow(int r)
    {
        breakPageBefore(r);
        const std::vector<TextBlock>& blocks = m_layout.rows[size_t(r)];
        std::vector<int> from(size_t(m_nCols), 0), to(size_t(m_nCols), 0);
        for (;;) {
            const bool complete = linesFitting(blocks, from, to);
            bool progress = false;
            for (int c = 0; c < m_nCols; ++c)
                progress = progress || to[size_t(c)] > from[size_t(c)];
            if (!complete && !progress && m_freshPage) {
                // Not even one line fits on a fresh page: draw one line of each cell anyway.
                for (int c = 0; c < m_nCols; ++c)
                    to[size_t(c)] = std::min(blocks[size_t(c)].lineCount(), from[size_t(c)] + 1);
                progress = true;
            }
            if (progress || complete) {
                drawSegment(r, from, to);
                m_freshPage = false;
            }
            if (complete)
                break;
            from = to;
            m_rp.newPage();
            drawHeader();
            m_freshPage = true;
        }
    }

private:
    // Moves to a new page when row `r` does not fit here but would on a fresh page (or too little is left to be
    // worth starting it here), and draws the header where this page has none yet.
    void breakPageBefore(int r)
    {
        const double h = m_layout.rowHeights[size_t(r)];
        const double needed = h + (m_headerHere ? 0 : m_layout.headerHeight);
        const bool fitsOnFreshPage = h + m_layout.headerHeight <= m_rp.pageContentHeight();
        if (needed > m_rp.remaining() &&
            (fitsOnFreshPage || m_rp.remaining() < m_layout.headerHeight + 4 * m_layout.padY + m_rp.mm(8))) {
            if (!m_rp.atPageTop())
                m_rp.newPage();
            m_headerHere = false;
            m_freshPage = true;
        }
        if (!m_headerHere) {
            drawHeader();
            m_headerHere = true;
        }
    }

    // Sets `to` past the lines of each cell, from `from`, that fit on this page; true when they complete the row.
    bool linesFitting(const std::vector<TextBlock>& blocks, const std::vector<int>& from, std::vector<int>& to) const
    {
        bool complete = true;
        for (int c = 0; c < m_nCols; ++c) {
            const TextBlock& b = blocks[size_t(c)];
            const int n = b.linesFitting(from[size_t(c)], m_rp.remaining() - 2 * m_layout.padY);
            to[size_t(c)] = from[size_t(c)] + n;
            complete = complete && to[size_t(c)] >= b.lineCount();
        }
        return complete;
    }

    void drawHeader()
    {
        if (!m_table.showHeader)
            return;
        const double padX = m_layout.padX, padY = m_layout.padY, headerHeight = m_layout.headerHeight;
        m_p.fillRect(QRectF(m_rp.left(), m_rp.y(), m_rp.width(), headerHeight), kHeaderFill);
        for (int c = 0; c < m_nCols; ++c)
            m_layout.header[size_t(c)].draw(m_p, QPointF(m_layout.xs[size_t(c)] + padX, m_rp.y() + padY), 0, -1,
                                            ReportPainter::accentColor());
        m_p.setPen(QPen(ReportPainter::accentColor(), m_rp.pt(0.6)));
        m_p.drawLine(QPointF(m_rp.left(), m_rp.y() + headerHeight),
                     QPointF(m_rp.left() + m_rp.width(), m_rp.y() + headerHeight));
        m_rp.setY(m_rp.y() + headerHeight);
    }

    // Lines [from, to) of each cell of row `r`, shaded on odd rows and ruled below.
    void drawSegment(int r, const std::vector<int>& from, const std::vector<int>& to)
    {
        const std::vector<TextBlock>& blocks = m_layout.rows[size_t(r)];
        const QList<ReportTable::Cell>& cells = m_table.rows[r];
        const double padX = m_layout.padX, padY = m_layout.padY;
        double h = 0;
        for (int c = 0; c < m_nCols; ++c)
            h = std::max(h, blocks[size_t(c)].height(from[size_t(c)], to[size_t(c)]));
        h += 2 * padY;
        if (m_table.zebra && r % 2 == 1)
            m_p.fillRect(QRectF(m_rp.left(), m_rp.y(), m_rp.width(), h), kZebraFill);
        for (int c = 0; c < m_nCols; ++c) {
            QColor color = c < cells.size() ? cells[c].color : QColor();
            if (!color.isValid())
                color = (c == 0 && m_table.firstColumnMuted) ? ReportPainter::mutedColor() : ReportPainter::textColor();
            blocks[size_t(c)].draw(m_p, QPointF(m_layout.xs[size_t(c)] + padX, m_rp.y() + padY), from[size_t(c)],
                                   to[size_t(c)], color);
        }
        m_p.setPen(QPen(kGridColor, m_rp.pt(0.4)));
        m_p.drawLine(QPointF(m_rp.left(), m_rp.y() + h), QPointF(m_rp.left() + m_rp.width(), m_rp.y() + h));
        m_rp.setY(m_rp.y() + h);
    }

    const ReportTable& m_table;
    const TableLayout& m_layout;
    ReportPainter& m_rp;
    QPainter& m_p;
    const int m_nCols;
    bool m_headerHere = false; // the header is drawn on this page
    bool m_freshPage;          // nothing but the header drawn on this page yet
};

} // namespace

void ReportTable::paint(ReportPainter& rp) const
{
    if (columns.isEmpty())
        return;
    const TableLayout layout = layoutTable(*this, rp);
    if (keepTogether) {
        const double total = height(rp);
        if (total <= rp.pageContentHeight())
            rp.ensureSpace(total);
    }
    TablePainter painter(*this, layout, rp);
    for (int r = 0; r < rows.size(); ++r)
        painter.paintRow(r);
    rp.setY(rp.y() + rp.mm(1.5));
}

} // namespace descry

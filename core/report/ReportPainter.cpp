#include "core/report/ReportPainter.h"

#include "core/common/detail/ExceptionAdapter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

constexpr int kResolution = 300;
constexpr double kMarginLeftMm = 18, kMarginRightMm = 18, kMarginTopMm = 24, kMarginBottomMm = 22;

QString sansFamily()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    if (QFontInfo(font).fixedPitch()) {
        font = QFont(QStringLiteral("Sans Serif"));
        font.setStyleHint(QFont::SansSerif);
    }
    return QFontInfo(font).family();
}

} // namespace

Result<QByteArray> ReportPainter::render(const Decoration& decoration, const Content& content)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("descry", "PDF reports need a QGuiApplication (fonts and painting)"));
    return detail::guarded(ErrorCode::Internal, {}, [&]() -> Result<QByteArray> {
        QByteArray bytes;
        int total = 0;
        for (int pass = 0; pass < 2; ++pass) {
            bytes.clear();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(kResolution);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
            writer.setTitle(decoration.caseId.isEmpty() ? decoration.title
                                                        : decoration.title + QStringLiteral(" — ") + decoration.caseId);
            writer.setCreator(QStringLiteral("Descry " DESCRY_VERSION));
            ReportPainter painter(writer, decoration, total);
            if (!painter.begin())
                return Error(ErrorCode::Internal,
                             QCoreApplication::translate("descry", "cannot start painting the PDF report"));
            content(painter);
            total = painter.finish();
        }
        return bytes;
    });
}

ReportPainter::ReportPainter(QPdfWriter& writer, const Decoration& decoration, int totalPages)
    : m_writer(writer), m_decoration(decoration), m_family(sansFamily()), m_dpi(writer.resolution()),
      m_totalPages(totalPages)
{
    m_pageRect = QRectF(0, 0, writer.width(), writer.height());
    m_content = QRectF(QPointF(mm(kMarginLeftMm), mm(kMarginTopMm)),
                       QPointF(m_pageRect.right() - mm(kMarginRightMm), m_pageRect.bottom() - mm(kMarginBottomMm)));
}

bool ReportPainter::begin()
{
    if (!m_painter.begin(&m_writer))
        return false;
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::SmoothPixmapTransform);
    m_page = 1;
    decoratePage();
    return true;
}

int ReportPainter::finish()
{
    m_painter.end();
    return m_page;
}

const QPaintDevice* ReportPainter::device() const
{
    return &m_writer;
}

QFont ReportPainter::font(Font role) const
{
    if (role == Font::Mono) {
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setStyleHint(QFont::TypeWriter);
        // No ligatures or kerning: hashes, file names and numbers must extract from the PDF exactly as written.
        mono.setStyleStrategy(QFont::PreferNoShaping);
        mono.setPointSizeF(8);
        return mono;
    }
    QFont f(m_family);
    f.setStyleHint(QFont::SansSerif);
    f.setStyleStrategy(QFont::PreferNoShaping);
    switch (role) {
    case Font::Title:
        f.setPointSizeF(16);
        f.setBold(true);
        break;
    case Font::Heading:
        f.setPointSizeF(13);
        f.setBold(true);
        break;
    case Font::Subheading:
        f.setPointSizeF(10.5);
        f.setBold(true);
        break;
    case Font::Body:
        f.setPointSizeF(10);
        break;
    case Font::BodyBold:
        f.setPointSizeF(10);
        f.setBold(true);
        break;
    case Font::Small:
        f.setPointSizeF(9);
        break;
    case Font::SmallBold:
        f.setPointSizeF(9);
        f.setBold(true);
        break;
    case Font::Decision:
        f.setPointSizeF(16);
        f.setBold(true);
        break;
    case Font::Mono:
        break;
    }
    return f;
}

void ReportPainter::decoratePage()
{
    QPainter& p = m_painter;
    p.save();
    const double l = m_content.left(), r = m_content.right(), w = m_content.width();
    // Header: title left; case and generation time right; a rule below.
    const double headerTop = mm(11);
    drawText(QPointF(l, headerTop), w * 0.5, m_decoration.title, Font::SmallBold, accentColor());
    QString right = QCoreApplication::translate("descry-report", "Generated %1")
                        .arg(m_decoration.generatedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    if (!m_decoration.caseId.isEmpty())
        right = QCoreApplication::translate("descry-report", "Case %1").arg(m_decoration.caseId) +
                QStringLiteral("   ·   ") + right;
    drawText(QPointF(l + w * 0.3, headerTop), w * 0.7, right, Font::Small, mutedColor(), Qt::AlignRight);
    p.setPen(QPen(ruleColor(), pt(0.6)));
    p.drawLine(QPointF(l, mm(17)), QPointF(r, mm(17)));
    // Footer: a rule, the note left, the page number right.
    const double footerRule = m_pageRect.bottom() - mm(15);
    p.setPen(QPen(ruleColor(), pt(0.6)));
    p.drawLine(QPointF(l, footerRule), QPointF(r, footerRule));
    drawText(QPointF(l, footerRule + mm(2)), w * 0.7, m_decoration.footerNote, Font::Small, mutedColor());
    const QString pageText =
        m_totalPages > 0 ? QCoreApplication::translate("descry-report", "Page %1 of %2").arg(m_page).arg(m_totalPages)
                         : QCoreApplication::translate("descry-report", "Page %1").arg(m_page);
    drawText(QPointF(l + w * 0.7, footerRule + mm(2)), w * 0.3, pageText, Font::Small, mutedColor(), Qt::AlignRight);
    p.restore();
    m_y = m_content.top();
}

void ReportPainter::newPage()
{
    m_writer.newPage();
    ++m_page;
    decoratePage();
}

void ReportPainter::ensureSpace(double height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void ReportPainter::space(double millimetres)
{
    if (!atPageTop())
        m_y = std::min(m_y + mm(millimetres), m_content.bottom());
}

void ReportPainter::title(const QString& text, const QString& subtitle)
{
    m_y += drawText(QPointF(left(), m_y), width(), text, Font::Title, accentColor());
    if (!subtitle.isEmpty()) {
        m_y += mm(1);
        m_y += drawText(QPointF(left(), m_y), width(), subtitle, Font::Body, mutedColor());
    }
    m_y += mm(5);
}

void ReportPainter::heading(const QString& text, double keepWithNextMm)
{
    const TextBlock block = layoutText(text, Font::Heading, width());
    if (!atPageTop())
        m_y += mm(6);
    ensureSpace(block.height() + mm(3) + mm(keepWithNextMm));
    block.draw(m_painter, QPointF(left(), m_y), 0, -1, accentColor());
    m_y += block.height() + mm(1);
    m_painter.save();
    m_painter.setPen(QPen(accentColor(), pt(0.8)));
    m_painter.drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
    m_painter.restore();
    m_y += mm(3);
}

void ReportPainter::subheading(const QString& text, double keepWithNextMm)
{
    const TextBlock block = layoutText(text, Font::Subheading, width());
    if (!atPageTop())
        m_y += mm(3);
    ensureSpace(block.height() + mm(keepWithNextMm));
    block.draw(m_painter, QPointF(left(), m_y), 0, -1, textColor());
    m_y += block.height() + mm(1.5);
}

void ReportPainter::paragraph(const QString& text, Font role, const QColor& color, double indentMm)
{
    const double indent = mm(indentMm);
    const TextBlock block = layoutText(text, role, width() - indent);
    int from = 0;
    while (from < block.lineCount()) {
        int n = block.linesFitting(from, remaining());
        // Keep at least two lines together at the bottom of a page (no widows of one line).
        if ((n == 0 || (n == 1 && block.lineCount() - from > 1)) && !atPageTop()) {
            newPage();
            continue;
        }
        n = std::max(n, 1);
        block.draw(m_painter, QPointF(left() + indent, m_y), from, from + n, color.isValid() ? color : textColor());
        m_y += block.height(from, from + n);
        from += n;
        if (from < block.lineCount())
            newPage();
    }
    m_y += mm(1.5);
}

void ReportPainter::bullets(const QStringList& items, Font role, const QColor& color)
{
    const double indentMm = 5;
    const QFontMetricsF metrics(font(role), device());
    for (const QString& item : items) {
        // Reserve the first two lines so that the paragraph starts here and the bullet sits beside it.
        const TextBlock block = layoutText(item, role, width() - mm(indentMm));
        ensureSpace(block.height(0, std::min(2, block.lineCount())));
        m_painter.save();
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(accentColor());
        const double r = metrics.height() * 0.11;
        m_painter.drawEllipse(QPointF(left() + mm(1.8), m_y + metrics.ascent() * 0.62), r, r);
        m_painter.restore();
        paragraph(item, role, color, indentMm);
    }
}

void ReportPainter::endMark(const QString& text)
{
    space(8);
    ensureSpace(mm(8));
    drawText(QPointF(left(), m_y), width(), text, Font::Small, mutedColor(), Qt::AlignHCenter);
    m_y += mm(6);
}

TextBlock ReportPainter::layoutText(const QString& text, Font role, double width, Qt::Alignment alignment) const
{
    return layoutText(text, font(role), width, alignment);
}

TextBlock ReportPainter::layoutText(const QString& text, const QFont& font, double width, Qt::Alignment alignment) const
{
    return TextBlock(text, font, width, device(), alignment);
}

double ReportPainter::drawText(const QPointF& topLeft, double width, const QString& text, Font role,
                               const QColor& color, Qt::Alignment alignment)
{
    const TextBlock block = layoutText(text, role, width, alignment);
    block.draw(m_painter, topLeft, 0, -1, color.isValid() ? color : textColor());
    return block.height();
}

QFont ReportPainter::fittedMonoFont(const QString& text, double width, double maxPoints, double minPoints) const
{
    QFont mono = font(Font::Mono);
    for (double size = maxPoints; size >= minPoints - 1e-9; size -= 0.25) {
        mono.setPointSizeF(size);
        if (QFontMetricsF(mono, device()).horizontalAdvance(text) <= width)
            return mono;
    }
    mono.setPointSizeF(minPoints);
    return mono;
}

} // namespace descry

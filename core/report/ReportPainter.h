#pragma once

#include "core/common/Result.h"
#include "core/report/TextBlock.h"

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPdfWriter;

namespace descry {

// Lays out a paginated A4 report (300 dpi PDF) for the face, chest-X-ray and GUI reports: a header and a
// "page X of Y" footer on every page, a vertical cursor that flows headings, paragraphs and lists onto new
// pages, and the measuring/drawing helpers that ReportTable and ReportBarChart build on.
// All coordinates are device pixels; mm() and pt() convert. Not thread-safe: one painter per document,
// used on one thread (any thread: only QtGui painting on a PDF device, no widgets).
class ReportPainter
{
public:
    enum class Font { Title, Heading, Subheading, Body, BodyBold, Small, SmallBold, Decision, Mono };

    // What every page repeats.
    struct Decoration
    {
        QString title;          // header, left, and the PDF title
        QString caseId;         // header, right, when not empty
        QDateTime generatedUtc; // header, right
        QString footerNote;     // footer, left (e.g. the model pack)
    };

    using Content = std::function<void(ReportPainter&)>;

    // Renders `content` into PDF bytes. The content runs twice (first to count pages, then with the total
    // known for the footers), so it must lay out deterministically. Internal error if painting fails.
    static Result<QByteArray> render(const Decoration& decoration, const Content& content);

    QPainter& painter() { return m_painter; }
    const QPaintDevice* device() const;
    QFont font(Font role) const;

    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double pt(double points) const { return points * m_dpi / 72.0; }

    // The content area of the current page; y() is the cursor, flowing downwards.
    double left() const { return m_content.left(); }
    double width() const { return m_content.width(); }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    double remaining() const { return m_content.bottom() - m_y; }
    double pageContentHeight() const { return m_content.height(); }
    bool atPageTop() const { return m_y <= m_content.top() + 0.5; }

    int pageNumber() const { return m_page; }
    int pageCount() const { return m_totalPages; } // 0 during the counting pass

    void newPage();
    // Starts a new page unless `height` still fits below the cursor.
    void ensureSpace(double height);
    void space(double millimetres);

    // Flowing content, breaking pages between lines where needed.
    void title(const QString& text, const QString& subtitle = {});
    void heading(const QString& text, double keepWithNextMm = 20);
    void subheading(const QString& text, double keepWithNextMm = 15);
    void paragraph(const QString& text, Font role = Font::Body, const QColor& color = {}, double indentMm = 0);
    void bullets(const QStringList& items, Font role = Font::Body, const QColor& color = {});
    void endMark(const QString& text);

    // Measuring and drawing at a fixed place (no page flow).
    TextBlock layoutText(const QString& text, Font role, double width, Qt::Alignment alignment = Qt::AlignLeft) const;
    TextBlock layoutText(const QString& text, const QFont& font, double width,
                         Qt::Alignment alignment = Qt::AlignLeft) const;
    // Draws wrapped text with its top-left at `topLeft`; returns its height.
    double drawText(const QPointF& topLeft, double width, const QString& text, Font role, const QColor& color = {},
                    Qt::Alignment alignment = Qt::AlignLeft);
    // The largest monospace font size (≤ maxPoints, ≥ minPoints) at which `text` fits on one line of `width`.
    QFont fittedMonoFont(const QString& text, double width, double maxPoints, double minPoints = 5.5) const;

    static QColor textColor() { return QColor(0x21, 0x21, 0x21); }
    static QColor mutedColor() { return QColor(0x61, 0x61, 0x61); }
    static QColor ruleColor() { return QColor(0xBD, 0xBD, 0xBD); }
    static QColor accentColor() { return QColor(0x1F, 0x3A, 0x5F); }

private:
    ReportPainter(QPdfWriter& writer, const Decoration& decoration, int totalPages);
    bool begin();
    int finish();
    void decoratePage();

    QPdfWriter& m_writer;
    QPainter m_painter;
    Decoration m_decoration;
    QString m_family;
    double m_dpi = 300;
    QRectF m_pageRect;
    QRectF m_content;
    double m_y = 0;
    int m_page = 0;
    int m_totalPages = 0;
};

} // namespace descry

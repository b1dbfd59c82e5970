// The aligned-face figures of the face report: both faces with their landmarks, the overlay and the wipe, as the
// GUI's Aligned faces view shows them.
#include "core/face/AlignedLandmarks.h"
#include "core/face/report/detail/FaceReportSections.h"

#include <QCoreApplication>
#include <QPainter>

namespace descry::detail::face_report {

namespace {

QImage withLandmarks(const QImage& aligned, const DetectedFace& face, const QColor& colour)
{
    QImage out = aligned.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, 0.6));
    p.setBrush(colour);
    const QList<QPointF> points = alignedLandmarks(face, out.width());
    const double r = out.width() / 112.0;
    for (int i = 0; i < points.size(); ++i) {
        p.setBrush(face.correctedLandmarks.contains(i) ? QColor(255, 40, 200) : colour);
        p.drawEllipse(points[i], r, r);
    }
    return out;
}

QImage overlay(const QImage& probe, const QImage& reference)
{
    QImage out = probe.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.setOpacity(0.5);
    p.drawImage(out.rect(), reference);
    return out;
}

QImage wipe(const QImage& probe, const QImage& reference)
{
    QImage out = probe.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    const int half = out.width() / 2;
    p.drawImage(QRect(half, 0, out.width() - half, out.height()), reference.convertToFormat(QImage::Format_RGB32),
                QRect(half * reference.width() / out.width(), 0,
                      reference.width() - half * reference.width() / out.width(), reference.height()));
    p.setPen(QPen(Qt::white, std::max(1, out.width() / 112)));
    p.drawLine(half, 0, half, out.height());
    return out;
}

} // namespace

void alignedFigures(ReportPainter& rp, const FaceComparisonResult& r)
{
    const QImage& a = r.probe.aligned224;
    const QImage& b = r.reference.aligned224;
    if (a.isNull() || b.isNull())
        return;
    const QImage figures[4] = {withLandmarks(a, r.probe.face, QColor(255, 220, 0)),
                               withLandmarks(b, r.reference.face, QColor(0, 220, 255)), overlay(a, b), wipe(a, b)};
    const QString captions[4] = {QCoreApplication::translate("descry-report", "Probe, landmarks"),
                                 QCoreApplication::translate("descry-report", "Reference, landmarks"),
                                 // "50 %" stays on one line (a no-break space), in every language.
                                 QCoreApplication::translate("descry-report", "Overlay (reference at 50 %)")
                                     .replace(QStringLiteral(" %"), QStringLiteral("\u00A0%")),
                                 QCoreApplication::translate("descry-report", "Wipe (probe | reference)")};
    const double gap = rp.mm(4);
    const double side = (rp.width() - 3 * gap) / 4;
    const TextBlock caption = rp.layoutText(captions[0], ReportPainter::Font::Small, side);
    rp.subheading(QCoreApplication::translate("descry-report", "Aligned faces: landmarks, overlay and wipe"),
                  side / rp.mm(1) + 20);
    rp.ensureSpace(side + caption.height() * 2 + rp.mm(10));
    QPainter& p = rp.painter();
    const double y = rp.y();
    for (int i = 0; i < 4; ++i) {
        const double x = rp.left() + i * (side + gap);
        const QRectF frame(x, y, side, side);
        p.drawImage(frame, figures[i]);
        p.save();
        p.setPen(QPen(ReportPainter::ruleColor(), rp.pt(0.6)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(frame);
        p.restore();
        rp.layoutText(captions[i], ReportPainter::Font::Small, side, Qt::AlignHCenter)
            .draw(p, QPointF(x, y + side + rp.mm(1)), 0, -1, ReportPainter::mutedColor());
    }
    rp.setY(y + side + caption.height() * 2 + rp.mm(3));
    rp.paragraph(
        QCoreApplication::translate(
            "descry-report",
            "Both faces are aligned on the same five points (eye centres, nose tip, "
            "mouth corners). Points the examiner moved are magenta; points outside the aligned crop are not drawn."),
        ReportPainter::Font::Small, ReportPainter::mutedColor());
}

} // namespace descry::detail::face_report

#include "core/face/report/FaceReport.h"

#include "core/common/AtomicFile.h"
#include "core/report/ReportPainter.h"
#include "core/report/ReportTable.h"
#include "core/face/report/detail/FaceReportSections.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace descry {

namespace detail::face_report {

QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const QString text = QString::number(std::abs(value), 'f', decimals);
    const bool zero = text == QString::number(0.0, 'f', decimals);
    return (value < 0 && !zero) ? QStringLiteral("\u2212") + text : text;
}

QString signedNumber(double value, int decimals)
{
    const QString text = number(value, decimals);
    return (value > 0 && text != QString::number(0.0, 'f', decimals)) ? QStringLiteral("+") + text : text;
}

QString sectionTitle(int n, const QString& title)
{
    return QStringLiteral("%1   %2").arg(n).arg(title);
}

void summary(ReportPainter& rp, const FaceComparisonResult& r)
{
    QPainter& p = rp.painter();
    const double pad = rp.mm(4), gap = rp.mm(6), accent = rp.mm(1.6);
    const double inner = rp.width() - 2 * pad - accent;
    const double leftW = inner * 0.55, rightW = inner - leftW - gap;
    const QColor color = decisionColour(r.decision);
    const QString scoreLine = QCoreApplication::translate("descry-report", "Score %1     Threshold %2")
                                  .arg(number(r.score, 4), number(r.threshold, 4));

    // Left: the decision of the explainable model.
    QString because;
    if (r.decision == Decision::Match)
        because = QCoreApplication::translate("descry-report", "The score is at or above the calibrated threshold.");
    else if (r.decision == Decision::NonMatch)
        because = QCoreApplication::translate("descry-report", "The score is below the calibrated threshold.");
    else if (r.decision == Decision::Inconclusive) {
        because = QCoreApplication::translate("descry-report", "Image quality does not allow a reliable decision:");
        const QStringList reasons = r.reasons.isEmpty()
            ? QStringList{QCoreApplication::translate("descry-report", "no reason was recorded")}
            : r.reasons;
        for (const QString& reason : reasons)
            because += QStringLiteral("\n•  ") + reason;
    }
    const TextBlock lLabel = rp.layoutText(QCoreApplication::translate("descry-report", "Decision of the explainable model"),
                                           ReportPainter::Font::SmallBold, leftW);
    const TextBlock lDecision = rp.layoutText(decisionLabel(r.decision).toUpper(), ReportPainter::Font::Decision, leftW);
    const TextBlock lScore = rp.layoutText(scoreLine, ReportPainter::Font::Body, leftW);
    const TextBlock lBecause = rp.layoutText(because, ReportPainter::Font::Small, leftW);
    const double leftH = lLabel.height() + rp.mm(1) + lDecision.height() + rp.mm(1) + lScore.height() + rp.mm(1.5)
                         + lBecause.height();

    // Right: the black-box baseline, flagged when it disagrees.
    const TextBlock rLabel = rp.layoutText(QCoreApplication::translate("descry-report", "Black-box baseline (dlib ResNet)"),
                                           ReportPainter::Font::SmallBold, rightW);
    const TextBlock rDecision = rp.layoutText(decisionLabel(r.baselineDecision), ReportPainter::Font::Heading, rightW);
    const TextBlock rScore = rp.layoutText(QCoreApplication::translate("descry-report", "Score %1     Threshold %2")
                                               .arg(number(r.baselineScore, 4), number(r.baselineThreshold, 4)),
                                           ReportPainter::Font::Small, rightW);
    const double flagIcon = rp.mm(4.5);
    const bool disagrees = r.baselineDisagrees();
    const TextBlock rFlag = rp.layoutText(
        disagrees ? QCoreApplication::translate("descry-report",
                                                "The baseline disagrees with the explainable decision. Examine both "
                                                "photos carefully before relying on either result.")
                  : QCoreApplication::translate("descry-report", "The baseline is shown for reference only."),
        disagrees ? ReportPainter::Font::SmallBold : ReportPainter::Font::Small, rightW - (disagrees ? flagIcon + rp.mm(4) : 0));
    const double flagH = disagrees ? std::max(rFlag.height(), flagIcon) + rp.mm(3) : rFlag.height();
    const double rightH = rLabel.height() + rp.mm(1) + rDecision.height() + rp.mm(0.5) + rScore.height() + rp.mm(2)
                          + flagH;

    const double boxH = std::max(leftH, rightH) + 2 * pad;
    rp.ensureSpace(boxH);
    const double top = rp.y(), x = rp.left();
    const QRectF box(x, top, rp.width(), boxH);
    p.save();
    QPainterPath outline;
    outline.addRoundedRect(box, rp.mm(1.5), rp.mm(1.5));
    p.setClipPath(outline);
    p.fillRect(box, QColor::fromHsvF(color.hsvHueF(), 0.06, 1.0));
    p.fillRect(QRectF(x, top, accent, boxH), color);
    p.setClipping(false);
    p.setPen(QPen(color.lighter(150), rp.pt(0.8)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(outline);
    p.restore();

    double y = top + pad;
    const double lx = x + accent + pad;
    lLabel.draw(p, QPointF(lx, y), 0, -1, ReportPainter::mutedColor());
    y += lLabel.height() + rp.mm(1);
    lDecision.draw(p, QPointF(lx, y), 0, -1, color);
    y += lDecision.height() + rp.mm(1);
    lScore.draw(p, QPointF(lx, y), 0, -1, ReportPainter::textColor());
    y += lScore.height() + rp.mm(1.5);
    lBecause.draw(p, QPointF(lx, y), 0, -1, r.decision == Decision::Inconclusive ? color : ReportPainter::mutedColor());

    const double rx = lx + leftW + gap;
    p.save();
    p.setPen(QPen(ReportPainter::ruleColor(), rp.pt(0.6)));
    p.drawLine(QPointF(rx - gap / 2, top + pad), QPointF(rx - gap / 2, top + boxH - pad));
    p.restore();
    y = top + pad;
    rLabel.draw(p, QPointF(rx, y), 0, -1, ReportPainter::mutedColor());
    y += rLabel.height() + rp.mm(1);
    rDecision.draw(p, QPointF(rx, y), 0, -1, decisionColour(r.baselineDecision));
    y += rDecision.height() + rp.mm(0.5);
    rScore.draw(p, QPointF(rx, y), 0, -1, ReportPainter::textColor());
    y += rScore.height() + rp.mm(2);
    if (disagrees) {
        const QColor warn(0xE6, 0x51, 0x00);
        const QRectF flag(rx, y, rightW, flagH);
        p.save();
        p.setPen(QPen(warn, rp.pt(0.8)));
        p.setBrush(QColor(0xFF, 0xF3, 0xE0));
        p.drawRoundedRect(flag, rp.mm(1), rp.mm(1));
        // A warning triangle with an exclamation mark.
        const QPointF c(rx + rp.mm(2) + flagIcon / 2, y + flagH / 2);
        const QPolygonF triangle({QPointF(c.x(), c.y() - flagIcon / 2), QPointF(c.x() + flagIcon / 2, c.y() + flagIcon / 2.3),
                                  QPointF(c.x() - flagIcon / 2, c.y() + flagIcon / 2.3)});
        p.setPen(Qt::NoPen);
        p.setBrush(warn);
        p.drawPolygon(triangle);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(c.x() - rp.mm(0.3), c.y() - flagIcon * 0.22, rp.mm(0.6), flagIcon * 0.38));
        p.drawEllipse(QPointF(c.x(), c.y() + flagIcon * 0.28), rp.mm(0.35), rp.mm(0.35));
        p.restore();
        rFlag.draw(p, QPointF(rx + flagIcon + rp.mm(3.5), y + (flagH - rFlag.height()) / 2), 0, -1, warn.darker(130));
    } else {
        rFlag.draw(p, QPointF(rx, y), 0, -1, ReportPainter::mutedColor());
    }
    rp.setY(top + boxH + rp.mm(2));
}

namespace {

// The facts shown under one face, as label/value rows.
QList<QPair<QString, QString>> faceFacts(const FaceImageReport& f)
{
    QString detection;
    if (f.face.assumedCropped)
        detection = QCoreApplication::translate("descry-report", "No detection; the whole image was used as the face");
    else if (f.face.facesFound > 1)
        detection = QCoreApplication::translate("descry-report", "%1 faces found; the largest was used").arg(f.face.facesFound);
    else
        detection = QCoreApplication::translate("descry-report", "1 face found (detector score %1)")
                        .arg(number(f.face.detectorScore, 2));
    QList<QPair<QString, QString>> facts;
    facts.append({QCoreApplication::translate("descry-report", "File"), QFileInfo(f.path).fileName()});
    facts.append({QCoreApplication::translate("descry-report", "Image size"), QCoreApplication::translate("descry-report", "%1 × %2 px")
                                        .arg(f.imageSize.width()).arg(f.imageSize.height())});
    facts.append({QCoreApplication::translate("descry-report", "Detection"), detection});
    facts.append({QCoreApplication::translate("descry-report", "Inter-eye distance"),
                  QCoreApplication::translate("descry-report", "%1 px").arg(number(f.quality.interEyePixels, 1))});
    facts.append({QCoreApplication::translate("descry-report", "Yaw"), signedNumber(f.quality.yawDegrees, 1) + QStringLiteral("°")});
    facts.append({QCoreApplication::translate("descry-report", "Roll"), signedNumber(f.quality.rollDegrees, 1) + QStringLiteral("°")});
    facts.append({QCoreApplication::translate("descry-report", "Sharpness"), number(f.quality.sharpness, 1)});
    return facts;
}

} // namespace

void faces(ReportPainter& rp, const FaceComparisonResult& r)
{
    QPainter& p = rp.painter();
    const double gutter = rp.mm(8), colW = (rp.width() - gutter) / 2;
    const double labelW = rp.mm(33), valueW = colW - labelW, rowGap = rp.mm(0.9);
    const double imageSide = std::min(colW, rp.mm(56));
    const FaceImageReport* images[2] = {&r.probe, &r.reference};
    const QString captions[2] = {QCoreApplication::translate("descry-report", "Probe"),
                                 QCoreApplication::translate("descry-report", "Reference")};

    // Facts of both faces side by side, row by row, so that the same fact lines up across the two columns.
    struct Row
    {
        TextBlock label[2], value[2];
        QColor color[2];
        double height = 0;
    };
    QList<Row> rows;
    const QList<QPair<QString, QString>> facts[2] = {faceFacts(r.probe), faceFacts(r.reference)};
    for (int k = 0; k <= facts[0].size(); ++k) {
        Row row;
        for (int i = 0; i < 2; ++i) {
            QString label, value;
            QColor color = ReportPainter::textColor();
            ReportPainter::Font font = ReportPainter::Font::Small;
            if (k < facts[i].size()) {
                label = facts[i][k].first;
                value = facts[i][k].second;
            } else {
                const QStringList& problems = images[i]->quality.problems;
                label = QCoreApplication::translate("descry-report", "Quality");
                value = problems.isEmpty() ? QCoreApplication::translate("descry-report", "No problems found")
                        : problems.size() == 1 ? problems.first()
                                               : QStringLiteral("•  ") + problems.join(QStringLiteral("\n•  "));
                color = decisionColour(problems.isEmpty() ? Decision::Match : Decision::Inconclusive);
                font = problems.isEmpty() ? ReportPainter::Font::Small : ReportPainter::Font::SmallBold;
            }
            row.label[i] = rp.layoutText(label, ReportPainter::Font::Small, labelW - rp.mm(2));
            row.value[i] = rp.layoutText(value, font, valueW);
            row.color[i] = color;
            row.height = std::max({row.height, row.label[i].height(), row.value[i].height()});
        }
        rows.append(row);
    }
    const TextBlock caption[2] = {rp.layoutText(captions[0], ReportPainter::Font::Heading, colW),
                                  rp.layoutText(captions[1], ReportPainter::Font::Heading, colW)};
    double height = caption[0].height() + rp.mm(1.5) + imageSide + rp.mm(3);
    for (const Row& row : rows)
        height += row.height + rowGap;
    rp.ensureSpace(height);

    double y = rp.y();
    for (int i = 0; i < 2; ++i) {
        const double x = rp.left() + i * (colW + gutter);
        caption[i].draw(p, QPointF(x, y), 0, -1, ReportPainter::accentColor());
        const QRectF frame(x, y + caption[i].height() + rp.mm(1.5), imageSide, imageSide);
        if (images[i]->aligned224.isNull()) {
            p.fillRect(frame, QColor(0xEE, 0xEE, 0xEE));
            const TextBlock none = rp.layoutText(QCoreApplication::translate("descry-report", "No aligned face"),
                                                 ReportPainter::Font::Small, imageSide, Qt::AlignHCenter);
            none.draw(p, QPointF(x, frame.center().y() - none.height() / 2), 0, -1, ReportPainter::mutedColor());
        } else {
            p.drawImage(frame, images[i]->aligned224);
        }
        p.save();
        p.setPen(QPen(ReportPainter::ruleColor(), rp.pt(0.6)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(frame);
        p.restore();
    }
    y += caption[0].height() + rp.mm(1.5) + imageSide + rp.mm(3);
    for (const Row& row : rows) {
        for (int i = 0; i < 2; ++i) {
            const double x = rp.left() + i * (colW + gutter);
            row.label[i].draw(p, QPointF(x, y), 0, -1, ReportPainter::mutedColor());
            row.value[i].draw(p, QPointF(x + labelW, y), 0, -1, row.color[i]);
        }
        y += row.height + rowGap;
    }
    rp.setY(y + rp.mm(1));

    // File identity in full, one hash per line so that it can be compared and copied whole.
    ReportTable hashes;
    hashes.showHeader = false;
    hashes.firstColumnMuted = true;
    hashes.columns = {{QString(), 1}, {QString(), 3.2}};
    for (int i = 0; i < 2; ++i) {
        ReportTable::Cell sha(images[i]->sha256.isEmpty() ? QStringLiteral("—") : images[i]->sha256);
        sha.mono = !images[i]->sha256.isEmpty();
        hashes.rows.append({QCoreApplication::translate("descry-report", "%1 SHA-256").arg(captions[i]), sha});
    }
    hashes.keepTogether = true;
    hashes.paint(rp);
}

} // namespace detail::face_report

Result<QByteArray> renderFaceReportPdf(const FaceComparisonResult& result, const ReportExtras& extras)
{
    namespace fr = detail::face_report;
    ReportPainter::Decoration decoration;
    decoration.title = QCoreApplication::translate("descry-report", "Face comparison report");
    decoration.caseId = extras.caseId;
    decoration.generatedUtc = QDateTime::currentDateTimeUtc();
    decoration.footerNote = QCoreApplication::translate("descry-report", "Model pack %1 %2   ·   Descry %3")
                                .arg(result.packName, result.packVersion, QStringLiteral(DESCRY_VERSION));
    return ReportPainter::render(decoration, [&](ReportPainter& rp) {
        rp.title(decoration.title,
                 QCoreApplication::translate("descry-report", "Explainable comparison of a probe photo with a reference photo"));
        QStringList who;
        if (!extras.caseId.isEmpty())
            who << QCoreApplication::translate("descry-report", "Case: %1").arg(extras.caseId);
        if (!extras.examiner.isEmpty())
            who << QCoreApplication::translate("descry-report", "Examiner: %1").arg(extras.examiner);
        if (!who.isEmpty()) {
            rp.setY(rp.y() - rp.mm(2.5));
            rp.paragraph(who.join(QStringLiteral("      ")), ReportPainter::Font::BodyBold);
            rp.space(2);
        }
        fr::summary(rp, result);
        rp.heading(fr::sectionTitle(1, QCoreApplication::translate("descry-report", "Faces compared")), 100);
        fr::faces(rp, result);
        fr::explanation(rp, result);
        fr::contributions(rp, result);
        fr::method(rp, result);
        fr::provenance(rp, result, decoration.generatedUtc);
        fr::examinerAdditions(rp, extras);
        rp.endMark(QCoreApplication::translate("descry-report", "End of report"));
    });
}

Status writeFaceReportPdf(const QString& path, const FaceComparisonResult& result, const ReportExtras& extras)
{
    auto pdf = renderFaceReportPdf(result, extras);
    if (!pdf)
        return pdf.error().withFile(path);
    return writeFileAtomically(path, *pdf);
}

} // namespace descry

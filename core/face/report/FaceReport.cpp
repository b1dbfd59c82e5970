#include "core/face/report/FaceReport.h"

#include "core/face/FaceDetector.h"

#include "core/common/AtomicFile.h"
#include "core/common/Tr.h"
#include "core/report/ReportPainter.h"
#include "core/report/ReportTable.h"
#include "core/face/report/detail/FaceReportSections.h"

#include <QCoreApplication>
#include <QFile>
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

namespace {

// Why the explainable model decided as it did; for an inconclusive result, every quality reason as a bullet.
QString decisionReason(const FaceComparisonResult& r)
{
    QString because;
    if (r.decision == Decision::Match)
        because = QCoreApplication::translate("descry-report", "The score is at or above the calibrated threshold.");
    else if (r.decision == Decision::NonMatch)
        because = QCoreApplication::translate("descry-report", "The score is below the calibrated threshold.");
    else if (r.decision == Decision::Inconclusive) {
        because = QCoreApplication::translate("descry-report", "Image quality does not allow a reliable decision:");
        const QStringList reasons =
            r.reasons.isEmpty() ? QStringList{QCoreApplication::translate("descry-report", "no reason was recorded")}
                                : r.reasons;
        for (const QString& reason : reasons)
            because += QStringLiteral("\n•  ") + reason;
    }
    return because;
}

QString scoreLine(double score, double threshold)
{
    return QCoreApplication::translate("descry-report", "Score %1     Threshold %2")
        .arg(number(score, 4), number(threshold, 4));
}

// The left column of the summary box: the decision of the explainable model, large and in its colour.
struct DecisionColumn
{
    TextBlock label, decision, score, because;
    double height = 0;
};

DecisionColumn layoutDecisionColumn(const ReportPainter& rp, const FaceComparisonResult& r, double width)
{
    DecisionColumn c;
    c.label = rp.layoutText(QCoreApplication::translate("descry-report", "Decision of the explainable model"),
                            ReportPainter::Font::SmallBold, width);
    c.decision = rp.layoutText(decisionLabel(r.decision).toUpper(), ReportPainter::Font::Decision, width);
    c.score = rp.layoutText(scoreLine(r.score, r.threshold), ReportPainter::Font::Body, width);
    c.because = rp.layoutText(decisionReason(r), ReportPainter::Font::Small, width);
    c.height = c.label.height() + rp.mm(1) + c.decision.height() + rp.mm(1) + c.score.height() + rp.mm(1.5) +
               c.because.height();
    return c;
}

void drawDecisionColumn(QPainter& p, const ReportPainter& rp, const DecisionColumn& c, const FaceComparisonResult& r,
                        double x, double y)
{
    const QColor color = decisionColour(r.decision);
    c.label.draw(p, QPointF(x, y), 0, -1, ReportPainter::mutedColor());
    y += c.label.height() + rp.mm(1);
    c.decision.draw(p, QPointF(x, y), 0, -1, color);
    y += c.decision.height() + rp.mm(1);
    c.score.draw(p, QPointF(x, y), 0, -1, ReportPainter::textColor());
    y += c.score.height() + rp.mm(1.5);
    // Quality reasons are the substance of an inconclusive result, so they take the decision's colour.
    c.because.draw(p, QPointF(x, y), 0, -1, r.decision == Decision::Inconclusive ? color : ReportPainter::mutedColor());
}

// The right column of the summary box: the black-box baseline, with a warning flag when it disagrees.
struct BaselineColumn
{
    TextBlock label, decision, score, flag;
    bool disagrees = false;
    double flagIcon = 0, flagHeight = 0, height = 0;
};

BaselineColumn layoutBaselineColumn(const ReportPainter& rp, const FaceComparisonResult& r, double width)
{
    BaselineColumn c;
    c.label = rp.layoutText(QCoreApplication::translate("descry-report", "Black-box baseline (%1)")
                                .arg(baselineEncoderName(r.baselineEncoder)),
                            ReportPainter::Font::SmallBold, width);
    c.decision = rp.layoutText(decisionLabel(r.baselineDecision), ReportPainter::Font::Heading, width);
    c.score = rp.layoutText(scoreLine(r.baselineScore, r.baselineThreshold), ReportPainter::Font::Small, width);
    c.flagIcon = rp.mm(4.5);
    c.disagrees = r.baselineDisagrees();
    if (c.disagrees) {
        // The text wraps beside the warning icon, and the flag is at least as tall as the icon.
        c.flag = rp.layoutText(QCoreApplication::translate("descry-report",
                                                           "The baseline disagrees with the explainable decision. "
                                                           "Examine both photos carefully before relying on either "
                                                           "result."),
                               ReportPainter::Font::SmallBold, width - (c.flagIcon + rp.mm(4)));
        c.flagHeight = std::max(c.flag.height(), c.flagIcon) + rp.mm(3);
    } else {
        const QString note = QCoreApplication::translate("descry-report", "The baseline is shown for reference only.");
        c.flag = rp.layoutText(note, ReportPainter::Font::Small, width);
        c.flagHeight = c.flag.height();
    }
    c.height =
        c.label.height() + rp.mm(1) + c.decision.height() + rp.mm(0.5) + c.score.height() + rp.mm(2) + c.flagHeight;
    return c;
}

// A warning triangle with an exclamation mark, `side` wide, centred on `c`.
void drawWarningIcon(QPainter& p, const ReportPainter& rp, QPointF c, double side, const QColor& color)
{
    const QPolygonF triangle({QPointF(c.x(), c.y() - side / 2), QPointF(c.x() + side / 2, c.y() + side / 2.3),
                              QPointF(c.x() - side / 2, c.y() + side / 2.3)});
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(triangle);
    p.setBrush(Qt::white);
    p.drawRect(QRectF(c.x() - rp.mm(0.3), c.y() - side * 0.22, rp.mm(0.6), side * 0.38));
    p.drawEllipse(QPointF(c.x(), c.y() + side * 0.28), rp.mm(0.35), rp.mm(0.35));
}

// The disagreement flag: an orange box with the warning icon left of its text.
void drawDisagreementFlag(QPainter& p, const ReportPainter& rp, const BaselineColumn& c, const QRectF& flag)
{
    const QColor warn(0xE6, 0x51, 0x00);
    p.save();
    p.setPen(QPen(warn, rp.pt(0.8)));
    p.setBrush(QColor(0xFF, 0xF3, 0xE0));
    p.drawRoundedRect(flag, rp.mm(1), rp.mm(1));
    const QPointF iconCentre(flag.x() + rp.mm(2) + c.flagIcon / 2, flag.y() + c.flagHeight / 2);
    drawWarningIcon(p, rp, iconCentre, c.flagIcon, warn);
    p.restore();
    c.flag.draw(p, QPointF(flag.x() + c.flagIcon + rp.mm(3.5), flag.y() + (c.flagHeight - c.flag.height()) / 2), 0, -1,
                warn.darker(130));
}

void drawBaselineColumn(QPainter& p, const ReportPainter& rp, const BaselineColumn& c, const FaceComparisonResult& r,
                        double x, double y, double width)
{
    c.label.draw(p, QPointF(x, y), 0, -1, ReportPainter::mutedColor());
    y += c.label.height() + rp.mm(1);
    c.decision.draw(p, QPointF(x, y), 0, -1, decisionColour(r.baselineDecision));
    y += c.decision.height() + rp.mm(0.5);
    c.score.draw(p, QPointF(x, y), 0, -1, ReportPainter::textColor());
    y += c.score.height() + rp.mm(2);
    if (c.disagrees)
        drawDisagreementFlag(p, rp, c, QRectF(x, y, width, c.flagHeight));
    else
        c.flag.draw(p, QPointF(x, y), 0, -1, ReportPainter::mutedColor());
}

// The summary box: a rounded frame tinted with the decision colour, a solid accent bar down its left edge.
void drawSummaryBox(QPainter& p, const ReportPainter& rp, const QRectF& box, double accent, const QColor& color)
{
    p.save();
    QPainterPath outline;
    outline.addRoundedRect(box, rp.mm(1.5), rp.mm(1.5));
    p.setClipPath(outline);
    p.fillRect(box, QColor::fromHsvF(color.hsvHueF(), 0.06, 1.0));
    p.fillRect(QRectF(box.x(), box.y(), accent, box.height()), color);
    p.setClipping(false);
    p.setPen(QPen(color.lighter(150), rp.pt(0.8)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(outline);
    p.restore();
}

} // namespace

void summary(ReportPainter& rp, const FaceComparisonResult& r)
{
    QPainter& p = rp.painter();
    const double pad = rp.mm(4), gap = rp.mm(6), accent = rp.mm(1.6);
    const double inner = rp.width() - 2 * pad - accent;
    const double leftW = inner * 0.55, rightW = inner - leftW - gap;
    const DecisionColumn left = layoutDecisionColumn(rp, r, leftW);
    const BaselineColumn right = layoutBaselineColumn(rp, r, rightW);

    // Laid out first so that the box is sized to the taller column and moves whole to the next page if needed.
    const double boxH = std::max(left.height, right.height) + 2 * pad;
    rp.ensureSpace(boxH);
    const double top = rp.y(), x = rp.left();
    drawSummaryBox(p, rp, QRectF(x, top, rp.width(), boxH), accent, decisionColour(r.decision));

    const double lx = x + accent + pad;
    drawDecisionColumn(p, rp, left, r, lx, top + pad);
    const double rx = lx + leftW + gap;
    p.save();
    p.setPen(QPen(ReportPainter::ruleColor(), rp.pt(0.6)));
    p.drawLine(QPointF(rx - gap / 2, top + pad), QPointF(rx - gap / 2, top + boxH - pad));
    p.restore();
    drawBaselineColumn(p, rp, right, r, rx, top + pad, rightW);
    rp.setY(top + boxH + rp.mm(2));
}

namespace {

// The facts shown under one face, as label/value rows.
QList<QPair<QString, QString>> faceFacts(const FaceImageReport& f)
{
    QString detection;
    if (f.face.assumedCropped)
        detection = QCoreApplication::translate("descry-report", "No detection; the whole image was used as the face");
    else if (f.face.facesFound > 1 && f.face.chosenOnRequest)
        detection = QCoreApplication::translate("descry-report", "Face %1 of %2 in the photo (chosen by the examiner)")
                        .arg(f.face.chosen + 1)
                        .arg(f.face.facesFound);
    else if (f.face.facesFound > 1)
        detection = QCoreApplication::translate("descry-report", "Face %1 of %2 in the photo (the largest, by default)")
                        .arg(f.face.chosen + 1)
                        .arg(f.face.facesFound);
    else
        detection = QCoreApplication::translate("descry-report", "1 face found (detector score %1)")
                        .arg(number(f.face.detectorScore, 2));
    QList<QPair<QString, QString>> facts;
    facts.append({QCoreApplication::translate("descry-report", "File"), QFileInfo(f.path).fileName()});
    facts.append({QCoreApplication::translate("descry-report", "Image size"),
                  QCoreApplication::translate("descry-report", "%1 × %2 px")
                      .arg(f.imageSize.width())
                      .arg(f.imageSize.height())});
    // Format, orientation and colour conversion on one line: how the pixels the model saw came from the file.
    QStringList decoding;
    for (const QString& part : {f.format, f.orientation, f.colour})
        if (!part.isEmpty())
            decoding << part;
    facts.append({QCoreApplication::translate("descry-report", "Decoded as"),
                  decoding.isEmpty() ? QCoreApplication::translate("descry-report", "not recorded")
                                     : decoding.join(QStringLiteral("; "))});
    facts.append({QCoreApplication::translate("descry-report", "Detection"), detection});
    if (f.face.rotationDegrees != 0)
        facts.append({QCoreApplication::translate("descry-report", "Rotation"),
                      FaceDetector::rotationNote(f.face.rotationDegrees)});
    facts.append({QCoreApplication::translate("descry-report", "Inter-eye distance"),
                  QCoreApplication::translate("descry-report", "%1 px").arg(number(f.quality.interEyePixels, 1))});
    facts.append({QCoreApplication::translate("descry-report", "Yaw"),
                  signedNumber(f.quality.yawDegrees, 1) + QStringLiteral("°")});
    facts.append({QCoreApplication::translate("descry-report", "Roll"),
                  signedNumber(f.quality.rollDegrees, 1) + QStringLiteral("°")});
    facts.append({QCoreApplication::translate("descry-report", "Sharpness"), number(f.quality.sharpness, 1)});
    return facts;
}

// What the decoder said about a damaged photo, in one paragraph.
QString damageText(const FaceImageReport& f)
{
    QString text = QCoreApplication::translate("descry-report", "Decoded from a truncated or corrupt file");
    if (!f.decoderWarnings.isEmpty())
        text += QStringLiteral(": ") + f.decoderWarnings.join(QStringLiteral("; "));
    return text;
}

// A damaged input is stated above the faces in bold, before anyone reads the pictures or the facts.
void damageWarning(ReportPainter& rp, const FaceImageReport* const images[2], const QString captions[2])
{
    QStringList lines;
    for (int i = 0; i < 2; ++i)
        if (images[i]->damaged)
            lines << QCoreApplication::translate("descry-report", "%1 (%2): %3")
                         .arg(captions[i], QFileInfo(images[i]->path).fileName(), damageText(*images[i]));
    if (lines.isEmpty())
        return;
    rp.paragraph(QCoreApplication::translate("descry-report",
                                             "Damaged input: the comparison was computed from a photo that did not "
                                             "decode completely (allowed by the user). Treat the result with "
                                             "caution."),
                 ReportPainter::Font::BodyBold, decisionColour(Decision::NonMatch));
    rp.bullets(lines, ReportPainter::Font::SmallBold, decisionColour(Decision::NonMatch));
}

// Geometry of the faces section: two columns, each an aligned face above a label/value list of facts.
struct FacesGeometry
{
    explicit FacesGeometry(const ReportPainter& rp)
        : gutter(rp.mm(8)), colW((rp.width() - gutter) / 2), labelW(rp.mm(33)), valueW(colW - labelW),
          rowGap(rp.mm(0.9)), imageSide(std::min(colW, rp.mm(56)))
    {
    }
    double columnX(const ReportPainter& rp, int column) const { return rp.left() + column * (colW + gutter); }

    double gutter, colW, labelW, valueW, rowGap, imageSide;
};

// One fact as shown in a column.
struct ShownFact
{
    QString label, value;
    QColor color = ReportPainter::textColor();
    ReportPainter::Font font = ReportPainter::Font::Small;
};

// The last fact of each face: its quality problems, highlighted in bold when there are any.
ShownFact qualityFact(const FaceImageReport& f)
{
    // Hidden components are listed too: a photo with dark glasses is not one with "no problems".
    const QStringList problems = f.quality.problems + visibilityNotes(f.visibility);
    ShownFact fact;
    fact.label = QCoreApplication::translate("descry-report", "Quality");
    fact.value = problems.isEmpty()     ? QCoreApplication::translate("descry-report", "No problems found")
                 : problems.size() == 1 ? problems.first()
                                        : QStringLiteral("•  ") + problems.join(QStringLiteral("\n•  "));
    fact.color = decisionColour(problems.isEmpty() ? Decision::Match : Decision::Inconclusive);
    fact.font = problems.isEmpty() ? ReportPainter::Font::Small : ReportPainter::Font::SmallBold;
    return fact;
}

// Shown under the quality when either photo is damaged: whether this one decoded completely.
ShownFact damageFact(const FaceImageReport& f)
{
    ShownFact fact;
    fact.label = QCoreApplication::translate("descry-report", "Input file");
    fact.value = f.damaged ? damageText(f) : QCoreApplication::translate("descry-report", "Decoded completely");
    fact.color = decisionColour(f.damaged ? Decision::NonMatch : Decision::Match);
    fact.font = f.damaged ? ReportPainter::Font::SmallBold : ReportPainter::Font::Small;
    return fact;
}

// One row of facts across both columns, as tall as its tallest cell.
struct FactRow
{
    TextBlock label[2], value[2];
    QColor color[2];
    double height = 0;
};

// Facts of both faces side by side, row by row, so that the same fact lines up across the two columns.
QList<FactRow> layoutFactRows(const ReportPainter& rp, const FaceImageReport* const images[2], const FacesGeometry& g)
{
    const QList<QPair<QString, QString>> facts[2] = {faceFacts(*images[0]), faceFacts(*images[1])};
    const bool anyDamaged = images[0]->damaged || images[1]->damaged;
    QList<FactRow> rows;
    for (int k = 0; k <= facts[0].size() + (anyDamaged ? 1 : 0); ++k) {
        FactRow row;
        for (int i = 0; i < 2; ++i) {
            const ShownFact fact = k < facts[i].size()    ? ShownFact{facts[i][k].first, facts[i][k].second}
                                   : k == facts[i].size() ? qualityFact(*images[i])
                                                          : damageFact(*images[i]);
            row.label[i] = rp.layoutText(fact.label, ReportPainter::Font::Small, g.labelW - rp.mm(2));
            row.value[i] = rp.layoutText(fact.value, fact.font, g.valueW);
            row.color[i] = fact.color;
            row.height = std::max({row.height, row.label[i].height(), row.value[i].height()});
        }
        rows.append(row);
    }
    return rows;
}

// The caption, then the aligned face in a thin frame; a grey placeholder when no face was aligned.
void drawFacePicture(QPainter& p, const ReportPainter& rp, const TextBlock& caption, const QImage& aligned, double x,
                     double y, double side)
{
    caption.draw(p, QPointF(x, y), 0, -1, ReportPainter::accentColor());
    const QRectF frame(x, y + caption.height() + rp.mm(1.5), side, side);
    if (aligned.isNull()) {
        p.fillRect(frame, QColor(0xEE, 0xEE, 0xEE));
        const TextBlock none = rp.layoutText(QCoreApplication::translate("descry-report", "No aligned face"),
                                             ReportPainter::Font::Small, side, Qt::AlignHCenter);
        none.draw(p, QPointF(x, frame.center().y() - none.height() / 2), 0, -1, ReportPainter::mutedColor());
    } else {
        p.drawImage(frame, aligned);
    }
    p.save();
    p.setPen(QPen(ReportPainter::ruleColor(), rp.pt(0.6)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    p.restore();
}

// Draws the fact rows from `y` down; returns the y below the last row.
double drawFactRows(QPainter& p, const ReportPainter& rp, const QList<FactRow>& rows, const FacesGeometry& g, double y)
{
    for (const FactRow& row : rows) {
        for (int i = 0; i < 2; ++i) {
            const double x = g.columnX(rp, i);
            row.label[i].draw(p, QPointF(x, y), 0, -1, ReportPainter::mutedColor());
            row.value[i].draw(p, QPointF(x + g.labelW, y), 0, -1, row.color[i]);
        }
        y += row.height + g.rowGap;
    }
    return y;
}

// File identity in full, one hash per line so that it can be compared and copied whole.
void fileHashes(ReportPainter& rp, const FaceImageReport* const images[2], const QString captions[2])
{
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

} // namespace

void faces(ReportPainter& rp, const FaceComparisonResult& r)
{
    QPainter& p = rp.painter();
    const FacesGeometry g(rp);
    const FaceImageReport* const images[2] = {&r.probe, &r.reference};
    const QString captions[2] = {QCoreApplication::translate("descry-report", "Probe"),
                                 QCoreApplication::translate("descry-report", "Reference")};
    damageWarning(rp, images, captions);
    const QList<FactRow> rows = layoutFactRows(rp, images, g);
    const TextBlock caption[2] = {rp.layoutText(captions[0], ReportPainter::Font::Heading, g.colW),
                                  rp.layoutText(captions[1], ReportPainter::Font::Heading, g.colW)};

    // Pictures and facts move to the next page together, so that no face is separated from its facts.
    const double picturesHeight = caption[0].height() + rp.mm(1.5) + g.imageSide + rp.mm(3);
    double height = picturesHeight;
    for (const FactRow& row : rows)
        height += row.height + g.rowGap;
    rp.ensureSpace(height);

    double y = rp.y();
    for (int i = 0; i < 2; ++i)
        drawFacePicture(p, rp, caption[i], images[i]->aligned224, g.columnX(rp, i), y, g.imageSide);
    y += picturesHeight;
    y = drawFactRows(p, rp, rows, g, y);
    rp.setY(y + rp.mm(1));
    fileHashes(rp, images, captions);
}

// "Excluded from the score": each component left out and why, the whole-face score, and that the threshold was
// calibrated on whole faces; with a block head, one line on what makes the shares local.
void exclusionsAndLocality(ReportPainter& rp, const FaceComparisonResult& r)
{
    if (!r.excluded.isEmpty()) {
        rp.subheading(QCoreApplication::translate("descry-report", "Excluded from the score"));
        QStringList items;
        for (const ExcludedComponent& x : r.excluded) {
            const QString reason =
                x.reason == QLatin1String("not-visible") ? QCoreApplication::translate("descry-report", "not visible")
                : x.reason == QLatin1String("not-assessable")
                    ? QCoreApplication::translate("descry-report", "marked not assessable by the examiner")
                    : QCoreApplication::translate("descry-report", "not measured");
            const QString name = x.name.isEmpty() ? x.component : x.name;
            items << (x.detail.isEmpty() ? QStringLiteral("%1: %2").arg(name, reason)
                                         : QStringLiteral("%1: %2 (%3)").arg(name, reason, x.detail));
        }
        rp.bullets(items);
        rp.paragraph(QCoreApplication::translate(
                         "descry-report",
                         "These components were removed from both faces' embeddings and the score was re-computed "
                         "on the remaining characteristics (re-normalised): %1, against %2 on the whole faces (%3). "
                         "The decision still uses the pack's threshold %4, which was calibrated on whole faces.")
                         .arg(number(r.score, 3), number(r.scoreBeforeExclusions, 3),
                              decisionLabel(r.decisionBeforeExclusions).toLower(), number(r.threshold, 3)),
                     ReportPainter::Font::Small, ReportPainter::textColor());
    }
    if (r.aggregation == QLatin1String("block"))
        rp.paragraph(QCoreApplication::translate(
                         "descry-report",
                         "This pack aggregates block by block: each characteristic writes only to its own block of the "
                         "embedding, so its contribution depends on that characteristic in the two faces alone (its "
                         "blocks' product divided by the two embeddings' lengths)."),
                     ReportPainter::Font::Small, ReportPainter::mutedColor());
}

// Evaluative reporting beside the decision: the score-based LR, its verbal equivalent and scale, what it was
// calibrated on (with Cllr), and the flag when this pair lies outside that data.
void likelihoodRatio(ReportPainter& rp, const FaceComparisonResult& r)
{
    const LikelihoodRatioResult& lr = r.likelihoodRatio;
    rp.subheading(QCoreApplication::translate("descry-report", "Likelihood ratio (evaluative reporting)"));
    if (!lr.available) {
        rp.paragraph(QCoreApplication::translate("descry-report", "No likelihood ratio: %1.").arg(lr.unavailableReason),
                     ReportPainter::Font::Small, ReportPainter::mutedColor());
        return;
    }
    rp.paragraph(QCoreApplication::translate("descry-report", "LR %1 (log10 LR %2): %3.")
                     .arg(formatLr(lr.lr), number(lr.log10Lr, 2), lr.verbal),
                 ReportPainter::Font::BodyBold);
    rp.paragraph(QCoreApplication::translate(
                     "descry-report",
                     "The LR is how much more probable this score is if the two photos show the same person than if "
                     "they show different people. Verbal equivalent on the %1 scale. Calibration: %2 on %3 (%4 "
                     "same-source, %5 different-source pairs); Cllr %6, Cllr_min %7 (0 is perfect, 1 is no "
                     "information). The LR does not replace the threshold decision above, which is stated separately.")
                     .arg(lr.scale, lr.method, lr.dataset)
                     .arg(lr.pairsSame)
                     .arg(lr.pairsDifferent)
                     .arg(number(lr.cllr, 3), number(lr.cllrMin, 3)),
                 ReportPainter::Font::Small, ReportPainter::textColor());
    if (!lr.calibrated) {
        rp.paragraph(QCoreApplication::translate("descry-report", "Not calibrated for this kind of photo:"),
                     ReportPainter::Font::BodyBold, QColor(0xA0, 0x50, 0x00));
        rp.bullets(lr.reasonsOutside, ReportPainter::Font::Small, QColor(0xA0, 0x50, 0x00));
    }
}

} // namespace detail::face_report

Result<QByteArray> renderFaceReportPdf(const FaceComparisonResult& result, const ReportExtras& extras)
{
    namespace fr = detail::face_report;
    if (extras.modelOutputHidden)
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate("descry-report", "blind review: export is available once the analysis "
                                                                  "is locked"));
    ReportPainter::Decoration decoration;
    decoration.title = QCoreApplication::translate("descry-report", "Face comparison report");
    // Every page names the case by its number when it has one (the internal id beside it).
    decoration.caseId = extras.details.caseNumber.isEmpty()
                            ? extras.caseId
                            : QStringLiteral("%1 (%2)").arg(extras.details.caseNumber, extras.caseId);
    decoration.generatedUtc = QDateTime::currentDateTimeUtc();
    decoration.footerNote = QCoreApplication::translate("descry-report", "Model pack %1 %2   ·   Descry %3")
                                .arg(result.packName, result.packVersion, QStringLiteral(DESCRY_VERSION));
    if (extras.whatIf)
        decoration.footerNote +=
            QStringLiteral("   ·   ") +
            QCoreApplication::translate("descry-report", "What-if: %1 switched off").arg(extras.whatIf->removed);
    return ReportPainter::render(decoration, [&](ReportPainter& rp) {
        rp.title(decoration.title,
                 QCoreApplication::translate("descry-report",
                                             "Explainable comparison of a probe photo with a reference photo"));
        QStringList who;
        if (!extras.caseId.isEmpty())
            who << QCoreApplication::translate("descry-report", "Case: %1").arg(extras.caseId);
        if (!extras.examiner.isEmpty())
            who << QCoreApplication::translate("descry-report", "Examiner: %1").arg(extras.examiner);
        if (!who.isEmpty() || !extras.integrity.isEmpty() || !extras.signer.isEmpty() || !extras.title.isEmpty() ||
            !extras.details.isEmpty()) {
            rp.setY(rp.y() - rp.mm(2.5));
            fr::caseHeader(rp, extras);
            if (!who.isEmpty())
                rp.paragraph(who.join(QStringLiteral("      ")), ReportPainter::Font::BodyBold);
            fr::integrityLine(rp, extras);
            rp.space(2);
        }
        fr::whatIfNotice(rp, result, extras);
        fr::summary(rp, result);
        fr::likelihoodRatio(rp, result);
        rp.heading(fr::sectionTitle(1, QCoreApplication::translate("descry-report", "Faces compared")), 100);
        fr::faces(rp, result);
        fr::alignedFigures(rp, result);
        fr::examinationAids(rp, result, extras);
        fr::explanation(rp, result);
        fr::exclusionsAndLocality(rp, result);
        fr::contributions(rp, result);
        fr::method(rp, result);
        fr::provenance(rp, result, decoration.generatedUtc);
        fr::conclusion(rp, result, extras, fr::examinerAdditions(rp, extras));
        fr::auditAppendix(rp, extras);
        rp.endMark(QCoreApplication::translate("descry-report", "End of report"));
    });
}

Status writeFaceReportPdf(const QString& path, const FaceComparisonResult& result, const ReportExtras& extras)
{
    auto pdf = renderFaceReportPdf(result, extras);
    if (!pdf)
        return pdf.error().withFile(path);
    // The report must never take the place of the evidence it describes.
    const QStringList evidence = QStringList{result.probe.path, result.reference.path} + extras.protectedPaths;
    if (Status s = checkOutputPath(path, evidence); !s)
        return s;
    // Replacing an earlier report is fine; replacing any other file (a photo, a program, a document) is not.
    if (QFileInfo(path).isFile()) {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && !existing.read(5).startsWith("%PDF-"))
            return Error(ErrorCode::Usage,
                         Tr::tr("exists and is not a PDF report; it is not replaced, choose another file"), path);
    }
    return writeFileAtomically(path, *pdf, evidence);
}

} // namespace descry

#include "core/common/Tr.h"
#include "core/cxr/report/detail/CxrReportSections.h"
#include "core/face/report/detail/FaceReportSections.h"
#include "core/report/ReportBarChart.h"
#include "core/report/ReportTable.h"

#include <QFileInfo>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace descry::detail::cxr_report {

using face_report::number;
using face_report::signedNumber;

QColor decisionColour(CxrDecision decision)
{
    switch (decision) {
    case CxrDecision::Effusion:
        return QColor(0xB7, 0x1C, 0x1C);
    case CxrDecision::NoEffusion:
        return QColor(0x2E, 0x7D, 0x32);
    case CxrDecision::Indeterminate:
        break;
    }
    return QColor(0xE6, 0x51, 0x00);
}

QColor towardEffusionColour()
{
    return QColor(0xC6, 0x28, 0x28);
}

QColor towardNoEffusionColour()
{
    return QColor(0x15, 0x65, 0xC0);
}

ModelReading modelReading(const CxrReviewResult& review)
{
    ModelReading reading;
    for (const CxrGroupResult& g : review.groups) {
        const CxrDescriptorScore* best = nullptr;
        for (const CxrDescriptorScore& d : g.descriptors) {
            reading.scores.insert(d.id, d);
            if (!best || d.score > best->score)
                best = &d;
        }
        if (best)
            reading.top.insert(best->id);
    }
    return reading;
}

QList<ChecklistItem> checklistItems(const CxrReportInput& input)
{
    QList<ChecklistItem> items;
    for (const DescriptorGroup& g : input.catalog.groups())
        for (int k = 0; k < g.descriptors.size(); ++k) {
            const Descriptor& d = input.catalog.descriptors().at(g.descriptors[k]);
            items.append({g.name, d.id, d.text, k == 0});
        }
    if (!items.isEmpty() || !input.review)
        return items;
    QList<CxrGroupResult> groups = input.review->groups;
    std::sort(groups.begin(), groups.end(),
              [](const CxrGroupResult& a, const CxrGroupResult& b) { return a.group < b.group; });
    for (const CxrGroupResult& g : groups) {
        QList<CxrDescriptorScore> descriptors = g.descriptors;
        std::sort(descriptors.begin(), descriptors.end(), [](const CxrDescriptorScore& a, const CxrDescriptorScore& b) {
            return a.conceptIndex < b.conceptIndex;
        });
        for (int k = 0; k < descriptors.size(); ++k)
            items.append({g.name.isEmpty() ? g.id : g.name, descriptors[k].id,
                          descriptors[k].text.isEmpty() ? descriptors[k].id : descriptors[k].text, k == 0});
    }
    return items;
}

Agreement agreement(ChecklistState radiologist, bool modelReadsPresent)
{
    switch (radiologist) {
    case ChecklistState::Present:
        return modelReadsPresent ? Agreement::Agrees : Agreement::Disagrees;
    case ChecklistState::Absent:
        return modelReadsPresent ? Agreement::Disagrees : Agreement::Agrees;
    case ChecklistState::Uncertain:
        return Agreement::Uncertain;
    case ChecklistState::Unset:
        break;
    }
    return Agreement::NotAssessed;
}

QString agreementText(Agreement a)
{
    switch (a) {
    case Agreement::Agrees:
        return Tr::tr("Agrees");
    case Agreement::Disagrees:
        return Tr::tr("Disagrees");
    case Agreement::Uncertain:
        return Tr::tr("Radiologist uncertain");
    case Agreement::NotAssessed:
        break;
    }
    return QStringLiteral("—");
}

QColor agreementColour(Agreement a)
{
    switch (a) {
    case Agreement::Agrees:
        return QColor(0x2E, 0x7D, 0x32);
    case Agreement::Disagrees:
        return QColor(0xB7, 0x1C, 0x1C);
    case Agreement::Uncertain:
        return QColor(0xE6, 0x51, 0x00);
    case Agreement::NotAssessed:
        break;
    }
    return ReportPainter::mutedColor();
}

namespace {

QString bandText(const CxrReviewResult& r)
{
    return Tr::tr("%1 to %2").arg(number(r.bandLow, 3), number(r.bandHigh, 3));
}

// The summary box: a frame tinted with `color`, a solid accent bar down its left edge.
void drawBox(QPainter& p, const ReportPainter& rp, const QRectF& box, double accent, const QColor& color)
{
    p.save();
    QPainterPath outline;
    outline.addRoundedRect(box, rp.mm(1.5), rp.mm(1.5));
    p.setClipPath(outline);
    p.fillRect(box, QColor::fromHsvF(std::max(0.0f, color.hsvHueF()), 0.06, 1.0));
    p.fillRect(QRectF(box.x(), box.y(), accent, box.height()), color);
    p.setClipping(false);
    p.setPen(QPen(color.lighter(150), rp.pt(0.8)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(outline);
    p.restore();
}

// A column of text blocks drawn one under the other, each in its colour.
struct Column
{
    struct Item
    {
        TextBlock block;
        QColor color;
        double gapAfter = 0;
    };
    QList<Item> items;

    void add(const ReportPainter& rp, const QString& text, ReportPainter::Font font, double width, const QColor& color,
             double gapMm)
    {
        if (!text.isEmpty())
            items.append({rp.layoutText(text, font, width), color, rp.mm(gapMm)});
    }
    double height() const
    {
        double h = 0;
        for (const Item& i : items)
            h += i.block.height() + i.gapAfter;
        return items.isEmpty() ? 0 : h - items.constLast().gapAfter;
    }
    void draw(QPainter& p, double x, double y) const
    {
        for (const Item& i : items) {
            i.block.draw(p, QPointF(x, y), 0, -1, i.color);
            y += i.block.height() + i.gapAfter;
        }
    }
};

Column decisionColumn(const ReportPainter& rp, const CxrReportInput& input, double width)
{
    Column c;
    if (!input.review) {
        c.add(rp, Tr::tr("Reading"), ReportPainter::Font::SmallBold, width, ReportPainter::mutedColor(), 1);
        c.add(rp, Tr::tr("Radiologist's reading only, no model"), ReportPainter::Font::Heading, width,
              ReportPainter::accentColor(), 1.5);
        c.add(rp,
              Tr::tr("No chest X-ray model pack was run for this report. It records the radiologist's own descriptor "
                     "checklist and notes, the image as displayed and the identity of the study files."),
              ReportPainter::Font::Small, width, ReportPainter::mutedColor(), 0);
        return c;
    }
    const CxrReviewResult& r = *input.review;
    const QColor color = decisionColour(r.decision);
    c.add(rp, Tr::tr("Decision of the explainable model"), ReportPainter::Font::SmallBold, width,
          ReportPainter::mutedColor(), 1);
    c.add(rp, cxrDecisionText(r.decision).toUpper(), ReportPainter::Font::Decision, width, color, 1);
    QString line = Tr::tr("P(effusion) %1     Threshold %2").arg(number(r.probability, 3), number(r.threshold, 3));
    if (r.hasBand)
        line += QStringLiteral("\n") + Tr::tr("Indeterminate band %1").arg(bandText(r));
    c.add(rp, line, ReportPainter::Font::Body, width, ReportPainter::textColor(), 1.5);
    // The reason is the substance of an indeterminate result, so it takes the decision's colour.
    c.add(rp, r.decisionReason,
          r.decision == CxrDecision::Indeterminate ? ReportPainter::Font::SmallBold : ReportPainter::Font::Small, width,
          r.decision == CxrDecision::Indeterminate ? color : ReportPainter::mutedColor(), 0);
    return c;
}

// The right column: the radiologist's checklist in counts, and how often it agrees with the model.
Column checklistColumn(const ReportPainter& rp, const CxrReportInput& input, double width)
{
    int counts[4] = {0, 0, 0, 0};
    int assessed = 0, agree = 0;
    const ModelReading model = input.review ? modelReading(*input.review) : ModelReading();
    for (const ChecklistItem& d : checklistItems(input)) {
        const ChecklistState s = input.checklist.value(d.id, ChecklistState::Unset);
        ++counts[int(s)];
        const Agreement a = agreement(s, model.top.contains(d.id));
        assessed += (a == Agreement::Agrees || a == Agreement::Disagrees) ? 1 : 0;
        agree += a == Agreement::Agrees ? 1 : 0;
    }
    Column c;
    c.add(rp, Tr::tr("Radiologist's checklist"), ReportPainter::Font::SmallBold, width, ReportPainter::mutedColor(), 1);
    c.add(rp,
          Tr::tr("%1 present, %2 absent, %3 uncertain, %4 not assessed")
              .arg(counts[int(ChecklistState::Present)])
              .arg(counts[int(ChecklistState::Absent)])
              .arg(counts[int(ChecklistState::Uncertain)])
              .arg(counts[int(ChecklistState::Unset)]),
          ReportPainter::Font::Body, width, ReportPainter::textColor(), 1.5);
    if (input.review && assessed > 0)
        c.add(rp,
              Tr::tr("Agrees with the model on %1 of the %2 descriptors read as present or absent.")
                  .arg(agree)
                  .arg(assessed),
              ReportPainter::Font::Small, width,
              agree == assessed ? agreementColour(Agreement::Agrees) : agreementColour(Agreement::Disagrees), 0);
    else if (input.review)
        c.add(rp, Tr::tr("No descriptor was read as present or absent: nothing to compare with the model."),
              ReportPainter::Font::Small, width, ReportPainter::mutedColor(), 0);
    return c;
}

} // namespace

void summary(ReportPainter& rp, const CxrReportInput& input)
{
    QPainter& p = rp.painter();
    const double pad = rp.mm(4), gap = rp.mm(6), accent = rp.mm(1.6);
    const double inner = rp.width() - 2 * pad - accent;
    const double leftW = inner * 0.58, rightW = inner - leftW - gap;
    const Column left = decisionColumn(rp, input, leftW);
    const Column right = checklistColumn(rp, input, rightW);
    const double boxH = std::max(left.height(), right.height()) + 2 * pad;
    rp.ensureSpace(boxH);
    const double top = rp.y(), x = rp.left();
    drawBox(p, rp, QRectF(x, top, rp.width(), boxH), accent,
            input.review ? decisionColour(input.review->decision) : ReportPainter::accentColor());
    const double lx = x + accent + pad, rx = lx + leftW + gap;
    left.draw(p, lx, top + pad);
    p.save();
    p.setPen(QPen(ReportPainter::ruleColor(), rp.pt(0.6)));
    p.drawLine(QPointF(rx - gap / 2, top + pad), QPointF(rx - gap / 2, top + boxH - pad));
    p.restore();
    right.draw(p, rx, top + pad);
    rp.setY(top + boxH + rp.mm(2));
}

namespace {

// The picture scaled into `frame` (aspect kept, centred), in a thin rule; a grey placeholder when there is none.
void drawPicture(QPainter& p, const ReportPainter& rp, const QImage& picture, const QRectF& frame,
                 const QString& missing)
{
    if (picture.isNull()) {
        p.fillRect(frame, QColor(0xEE, 0xEE, 0xEE));
        const TextBlock none = rp.layoutText(missing, ReportPainter::Font::Small, frame.width(), Qt::AlignHCenter);
        none.draw(p, QPointF(frame.x(), frame.center().y() - none.height() / 2), 0, -1, ReportPainter::mutedColor());
    } else {
        p.fillRect(frame, Qt::black);
        QSizeF size = QSizeF(picture.size()).scaled(frame.size(), Qt::KeepAspectRatio);
        const QRectF target(frame.center() - QPointF(size.width() / 2, size.height() / 2), size);
        p.save();
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        // A radiograph is embedded at the print resolution (300 dpi at its printed size), not at full detector
        // resolution: a 3000 × 3600 image would otherwise make a report of tens of megabytes.
        const QSize print = target.size().toSize();
        p.drawImage(target, picture.width() > print.width() || picture.height() > print.height()
                                ? picture.scaled(print, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                : picture);
        p.restore();
    }
    p.save();
    p.setPen(QPen(ReportPainter::ruleColor(), rp.pt(0.6)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    p.restore();
}

QList<QPair<QString, QString>> imageFacts(const CxrReportInput& input, const QImage& shown, const QString& window)
{
    QList<QPair<QString, QString>> facts;
    const QString path = !input.imagePath.isEmpty() ? input.imagePath
                         : input.review             ? input.review->imagePath
                                                    : QString();
    facts.append({Tr::tr("File"), path.isEmpty() ? QStringLiteral("—") : QFileInfo(path).fileName()});
    if (input.review && input.review->frame > 0)
        facts.append({Tr::tr("Frame"), QString::number(input.review->frame + 1)});
    if (!shown.isNull())
        facts.append({Tr::tr("Displayed size"), Tr::tr("%1 × %2 px").arg(shown.width()).arg(shown.height())});
    facts.append({Tr::tr("Window"), window.isEmpty() ? Tr::tr("not recorded") : window});
    if (input.review)
        facts.append({Tr::tr("What the model saw"),
                      input.review->conversion.isEmpty() ? Tr::tr("not recorded") : input.review->conversion});
    return facts;
}

} // namespace

void image(ReportPainter& rp, const CxrReportInput& input, Sections& sections)
{
    QPainter& p = rp.painter();
    const QImage shown = !input.displayed.isNull() ? input.displayed
                         : input.review            ? input.review->displayed
                                                   : QImage();
    const QString window = !input.windowText.isEmpty() ? input.windowText
                           : input.review              ? input.review->windowText
                                                       : QString();
    const double gap = rp.mm(6);
    const double imageW = rp.width() * 0.55, factsW = rp.width() - imageW - gap;
    double imageH = rp.mm(115);
    if (!shown.isNull())
        imageH = std::clamp(imageW * shown.height() / std::max(1, shown.width()), rp.mm(50), rp.mm(115));
    const TextBlock caption =
        rp.layoutText(Tr::tr("As displayed, window %1").arg(window.isEmpty() ? Tr::tr("not recorded") : window),
                      ReportPainter::Font::Small, imageW);

    Column facts;
    for (const auto& [label, value] : imageFacts(input, shown, window)) {
        facts.add(rp, label, ReportPainter::Font::SmallBold, factsW, ReportPainter::mutedColor(), 0.4);
        facts.add(rp, value, ReportPainter::Font::Small, factsW, ReportPainter::textColor(), 2.2);
    }
    const QImage encoderInput = input.review ? input.review->input : QImage();
    const double thumb = std::min(factsW, rp.mm(38));
    double factsH = facts.height();
    TextBlock thumbCaption;
    if (!encoderInput.isNull()) {
        thumbCaption = rp.layoutText(
            Tr::tr("The encoder's input, %1 × %2 px").arg(encoderInput.width()).arg(encoderInput.height()),
            ReportPainter::Font::Small, factsW);
        factsH += rp.mm(3) + thumb + rp.mm(1) + thumbCaption.height();
    }
    rp.heading(sections.title(Tr::tr("Image")), std::max(imageH + caption.height(), factsH) / rp.mm(1) + 3);
    const double top = rp.y();
    drawPicture(p, rp, shown, QRectF(rp.left(), top, imageW, imageH), Tr::tr("No image"));
    caption.draw(p, QPointF(rp.left(), top + imageH + rp.mm(1)), 0, -1, ReportPainter::mutedColor());
    const double fx = rp.left() + imageW + gap;
    facts.draw(p, fx, top);
    if (!encoderInput.isNull()) {
        const double ty = top + facts.height() + rp.mm(3);
        drawPicture(p, rp, encoderInput, QRectF(fx, ty, thumb, thumb), QString());
        thumbCaption.draw(p, QPointF(fx, ty + thumb + rp.mm(1)), 0, -1, ReportPainter::mutedColor());
    }
    rp.setY(top + std::max(imageH + rp.mm(1) + caption.height(), factsH) + rp.mm(3));
}

void calibration(ReportPainter& rp, const CxrReviewResult& r, Sections& sections)
{
    rp.heading(sections.title(Tr::tr("Decision and calibration")));
    rp.paragraph(Tr::tr("The model gives P(effusion) = %1. The pack's calibrated threshold is %2: at or above it the "
                        "call is pleural effusion, below it no pleural effusion.")
                     .arg(number(r.probability, 3), number(r.threshold, 3)));
    if (r.hasBand)
        rp.paragraph(Tr::tr("The pack also has a calibrated band from %1 to %2: a probability inside it is too close "
                            "to the threshold for the validation data to support either call, so the result is "
                            "indeterminate and the image needs the radiologist's judgement alone.")
                         .arg(number(r.bandLow, 3), number(r.bandHigh, 3)));
    else
        rp.paragraph(Tr::tr("The pack has no indeterminate band: every probability leads to a call."),
                     ReportPainter::Font::Small, ReportPainter::mutedColor());
    if (!r.decisionReason.isEmpty())
        rp.paragraph(Tr::tr("Reason: %1").arg(r.decisionReason),
                     r.decision == CxrDecision::Indeterminate ? ReportPainter::Font::BodyBold
                                                              : ReportPainter::Font::Body,
                     r.decision == CxrDecision::Indeterminate ? decisionColour(r.decision) : QColor());
}

} // namespace descry::detail::cxr_report

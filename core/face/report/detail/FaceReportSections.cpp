#include "core/face/report/detail/FaceReportSections.h"

#include "core/report/ReportBarChart.h"
#include "core/report/ReportTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace descry::detail::face_report {

namespace {

QString sourceText(const QString& source)
{
    if (source == QLatin1String("measured"))
        return QCoreApplication::translate("descry-report", "Measured");
    if (source == QLatin1String("appearance"))
        return QCoreApplication::translate("descry-report", "Appearance");
    if (source == QLatin1String("prompt"))
        return QCoreApplication::translate("descry-report", "Prompt (CLIP)");
    return source;
}

QString topDescriptor(const QList<DescriptorActivation>& top)
{
    if (top.isEmpty())
        return QStringLiteral("—");
    const DescriptorActivation& a = top.first();
    const QString text = a.text.isEmpty() ? a.descriptorId : a.text;
    return QCoreApplication::translate("descry-report", "%1 (%2)").arg(text, number(a.score, 2));
}

QColor signColor(double v)
{
    return v < 0   ? ReportBarChart::negativeColor()
           : v > 0 ? ReportBarChart::positiveColor()
                   : ReportPainter::textColor();
}

// "morphometric (measured) + openclip-vit ViT-B-32, quickgelu (prompt)": which encoder scored which concepts.
QString conceptEncoderText(const ConceptEncoderInfo& e)
{
    QStringList parts;
    if (!e.measured.isEmpty())
        parts << QCoreApplication::translate("descry-report", "%1 (measured)").arg(e.measured);
    if (!e.cosine.isEmpty()) {
        QString name = e.cosine;
        if (!e.architecture.isEmpty())
            name += QLatin1Char(' ') + e.architecture + QStringLiteral(", ") + e.activation;
        parts << QCoreApplication::translate("descry-report", "%1 (%2)").arg(name, e.cosineSource);
    }
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" + "));
}

double sumOfContributions(const FaceComparisonResult& r)
{
    if (!r.contributions.empty())
        return std::accumulate(r.contributions.begin(), r.contributions.end(), 0.0);
    double sum = 0;
    for (const GroupExplanation& g : r.groups)
        sum += g.contribution;
    return sum;
}

} // namespace

void explanation(ReportPainter& rp, const FaceComparisonResult& r)
{
    rp.heading(sectionTitle(2, QCoreApplication::translate("descry-report", "Explanation")));
    if (r.sentences.isEmpty())
        rp.paragraph(QCoreApplication::translate("descry-report", "No explanation was produced for this comparison."),
                     ReportPainter::Font::Body, ReportPainter::mutedColor());
    else
        rp.bullets(r.sentences);
}

void contributions(ReportPainter& rp, const FaceComparisonResult& r)
{
    rp.heading(sectionTitle(3, QCoreApplication::translate("descry-report", "Contributions to the score")), 60);
    if (r.groups.isEmpty()) {
        rp.paragraph(QCoreApplication::translate("descry-report", "No descriptor groups were recorded."),
                     ReportPainter::Font::Body, ReportPainter::mutedColor());
        return;
    }
    rp.paragraph(QCoreApplication::translate("descry-report",
                                             "Each bar is the sum of the contributions of one facial component's "
                                             "descriptor groups. Bars to the right moved the score towards a match, "
                                             "bars to the left away from it."),
                 ReportPainter::Font::Small, ReportPainter::mutedColor());

    ReportBarChart chart;
    for (const ComponentShare& c : r.componentShares())
        chart.bars.append({c.name, c.contribution, {}});
    chart.axisTitle =
        QCoreApplication::translate("descry-report", "Contribution to the score (cosine similarity units)");
    chart.paint(rp);
    const double sum = sumOfContributions(r);
    rp.paragraph(
        QCoreApplication::translate("descry-report", "Sum of all contributions %1  +  bias term %2  =  score %3")
            .arg(signedNumber(sum, 4), signedNumber(r.biasTerm, 4), number(r.score, 4)),
        ReportPainter::Font::Small, ReportPainter::textColor());

    const int shown = std::min<int>(kTopGroups, int(r.groups.size()));
    rp.subheading(
        QCoreApplication::translate("descry-report", "The %1 descriptor groups with the largest contributions")
            .arg(shown),
        30);
    ReportTable table;
    // Weight 0: as narrow as the column's longest word; the text columns share the rest.
    table.columns = {{QCoreApplication::translate("descry-report", "Component"), 0.9},
                     {QCoreApplication::translate("descry-report", "Characteristic"), 1.2},
                     {QCoreApplication::translate("descry-report", "Source"), 0},
                     {QCoreApplication::translate("descry-report", "Similarity"), 0, Qt::AlignRight},
                     {QCoreApplication::translate("descry-report", "Contribution"), 0, Qt::AlignRight},
                     {QCoreApplication::translate("descry-report", "Probe: top descriptor"), 1.6},
                     {QCoreApplication::translate("descry-report", "Reference: top descriptor"), 1.6}};
    for (int i = 0; i < shown; ++i) {
        const GroupExplanation& g = r.groups[i];
        table.rows.append({g.componentName.isEmpty() ? g.component : g.componentName,
                           g.characteristicName.isEmpty() ? g.characteristic : g.characteristicName,
                           sourceText(g.source), number(g.similarity, 2),
                           ReportTable::Cell(signedNumber(g.contribution, 4), signColor(g.contribution), true),
                           topDescriptor(g.probeTop), topDescriptor(g.referenceTop)});
    }
    table.paint(rp);
    if (r.groups.size() > shown) {
        double rest = 0;
        for (int i = shown; i < r.groups.size(); ++i)
            rest += r.groups[i].contribution;
        rp.paragraph(QCoreApplication::translate("descry-report",
                                                 "%1 of %2 groups are shown; the other %3 contribute %4 in total.")
                         .arg(shown)
                         .arg(r.groups.size())
                         .arg(r.groups.size() - shown)
                         .arg(signedNumber(rest, 4)),
                     ReportPainter::Font::Small, ReportPainter::mutedColor());
    }
}

namespace {

QString measuredCell(double value, int decimals)
{
    return std::isfinite(value) ? number(value, decimals)
                                : QCoreApplication::translate("descry-report", "not assessed");
}

// The per-photo table of measured quantities: what each measured descriptor was computed from.
void measuredQuantities(ReportPainter& rp, const FaceComparisonResult& r)
{
    const QList<MeasuredQuantity>& p = r.probe.measured;
    const QList<MeasuredQuantity>& q = r.reference.measured;
    if (p.isEmpty())
        return;
    rp.subheading(QCoreApplication::translate("descry-report", "Measured quantities"), 30);
    rp.paragraph(
        QCoreApplication::translate(
            "descry-report",
            "Every quantity the measured descriptors are computed from, with its value and its z-score "
            "against the pack's population statistics. \"not assessed\": the quantity could not be measured "
            "on that photo (a region outside it, or colour on a greyscale photo) or its value lies outside the "
            "range of the training photos (the reason is given below the table); its characteristic is then "
            "not scored by measurement."),
        ReportPainter::Font::Small, ReportPainter::mutedColor());
    ReportTable table;
    table.columns = {{QCoreApplication::translate("descry-report", "Quantity"), 0},
                     {QCoreApplication::translate("descry-report", "Source"), 0},
                     {QCoreApplication::translate("descry-report", "Probe"), 0, Qt::AlignRight},
                     {QCoreApplication::translate("descry-report", "z"), 0, Qt::AlignRight},
                     {QCoreApplication::translate("descry-report", "Reference"), 0, Qt::AlignRight},
                     {QCoreApplication::translate("descry-report", "z"), 0, Qt::AlignRight},
                     {QCoreApplication::translate("descry-report", "Definition"), 2.0}};
    for (qsizetype i = 0; i < p.size(); ++i) {
        const MeasuredQuantity& a = p[i];
        const MeasuredQuantity b = i < q.size() ? q[i] : MeasuredQuantity{};
        table.rows.append({a.id, a.source, measuredCell(a.value, 3), measuredCell(a.assessed() ? a.z : NAN, 2),
                           measuredCell(b.value, 3), measuredCell(b.assessed() ? b.z : NAN, 2), a.definition});
    }
    table.paint(rp);
    // A value measured but outside the training photos' range is not assessed: the reason, per photo, below.
    const auto reasons = [&](const QList<MeasuredQuantity>& list, const QString& photo) {
        for (const MeasuredQuantity& m : list)
            if (!m.notAssessedReason.isEmpty())
                rp.paragraph(
                    QCoreApplication::translate("descry-report", "%1, %2: %3").arg(photo, m.id, m.notAssessedReason),
                    ReportPainter::Font::Small, ReportPainter::mutedColor());
    };
    reasons(p, QCoreApplication::translate("descry-report", "Probe"));
    reasons(q, QCoreApplication::translate("descry-report", "Reference"));
}

} // namespace

void method(ReportPainter& rp, const FaceComparisonResult& r)
{
    rp.heading(sectionTitle(4, QCoreApplication::translate("descry-report", "Method")));
    // Formulas are language-independent and kept on one line (no-break spaces).
    const QString nb(QChar(0x00A0));
    const QString embedding = QStringLiteral("e = S·W").replace(QLatin1Char(' '), nb);
    const QString cosine = QStringLiteral("score = cos(e_p, e_r)").replace(QLatin1Char(' '), nb);
    rp.paragraph(QCoreApplication::translate(
                     "descry-report",
                     "Each face is scored against the descriptors of the catalog; the scores S are normalised within "
                     "each characteristic and aggregated by the pack's trained weights W into a concept embedding %1. "
                     "The comparison score is the cosine similarity of the probe's and the reference's embeddings, %2, "
                     "and the decision compares it with the threshold calibrated for the pack.")
                     .arg(embedding, cosine));
    rp.paragraph(QCoreApplication::translate(
                     "descry-report",
                     "The score splits exactly into one contribution per descriptor: %1. For this comparison "
                     "Σ contributions = %2, bias term = %3, score = %4; the residual, a numerical check that must be "
                     "close to zero, is %5.")
                     .arg(QCoreApplication::translate("descry-report", "Σ contributions + bias term = score"),
                          signedNumber(sumOfContributions(r), 6), signedNumber(r.biasTerm, 6), number(r.score, 6),
                          QString::number(r.residual, 'g', 3)));
    if (!(std::abs(r.residual) <= 1e-4))
        rp.paragraph(QCoreApplication::translate("descry-report",
                                                 "Warning: the residual is not negligible; the contributions do not "
                                                 "fully account for the score."),
                     ReportPainter::Font::BodyBold, decisionColour(Decision::NonMatch));
    if (r.conceptEncoder.cosineSource == QLatin1String("prompt"))
        rp.paragraph(QCoreApplication::translate(
                         "descry-report",
                         "Measured descriptors come from distances, ratios and angles between 68 facial landmarks, "
                         "compared with the population statistics of the pack. Prompt descriptors are scored by the "
                         "CLIP image encoder %1: the cosine between the face's image embedding and the text embedding "
                         "of the descriptor's prompts, so every descriptor of the catalog gets a score, including "
                         "those no landmark can measure.")
                         .arg(r.conceptEncoder.architecture.isEmpty()
                                  ? r.conceptEncoder.cosine
                                  : r.conceptEncoder.cosine + QLatin1Char(' ') + r.conceptEncoder.architecture));
    else
        rp.paragraph(QCoreApplication::translate(
            "descry-report",
            "Measured descriptors come from distances, ratios and angles between 68 facial landmarks, compared with "
            "the population statistics of the pack. Appearance descriptors are read from the face-recognition "
            "embedding of the whole face along directions learned from measured examples: they capture appearance "
            "that landmarks miss but are less directly verifiable."));
    rp.paragraph(QCoreApplication::translate(
                     "descry-report",
                     "Similarity is the overlap (Bhattacharyya coefficient, 0 to 1) of the two faces' descriptor "
                     "distributions within one characteristic; descriptor scores in brackets are between 0 and 1."),
                 ReportPainter::Font::Small, ReportPainter::mutedColor());
    for (const QString& note : r.conceptEncoder.notAssessedNotes())
        rp.paragraph(note, ReportPainter::Font::Small, ReportPainter::mutedColor());
    measuredQuantities(rp, r);
}

void provenance(ReportPainter& rp, const FaceComparisonResult& r, const QDateTime& generatedUtc)
{
    auto mono = [](const QString& text) {
        ReportTable::Cell cell(text.isEmpty() ? QStringLiteral("—") : text);
        cell.mono = !text.isEmpty();
        return cell;
    };
    auto ms = [](double v) { return QCoreApplication::translate("descry-report", "%1 ms").arg(number(v, 0)); };
    ReportTable table;
    table.showHeader = false;
    table.firstColumnMuted = true;
    table.columns = {{QString(), 1}, {QString(), 3.2}};
    table.rows = {
        {QCoreApplication::translate("descry-report", "Model pack"),
         QCoreApplication::translate("descry-report", "%1, version %2").arg(r.packName, r.packVersion)},
        {QCoreApplication::translate("descry-report", "Pack SHA-256"), mono(r.packSha256)},
        {QCoreApplication::translate("descry-report", "Descriptor catalog"),
         QCoreApplication::translate("descry-report", "%1, version %2").arg(r.catalogName, r.catalogVersion)},
        {QCoreApplication::translate("descry-report", "Catalog SHA-256"), mono(r.catalogSha256)},
        {QCoreApplication::translate("descry-report", "Concept scores"), conceptEncoderText(r.conceptEncoder)},
        {QCoreApplication::translate("descry-report", "Timings"),
         QCoreApplication::translate(
             "descry-report", "pack loading %1  ·  probe %2  ·  reference %3  ·  decision and explanation %4  ·  "
                              "total %5")
             .arg(ms(r.msLoad), ms(r.msProbe), ms(r.msReference), ms(r.msHead), ms(r.msTotal))},
        {QCoreApplication::translate("descry-report", "Software"),
         QCoreApplication::translate("descry-report", "Descry %1 (Qt %2)")
             .arg(QStringLiteral(DESCRY_VERSION), QString::fromLatin1(qVersion()))},
        {QCoreApplication::translate("descry-report", "Report generated"),
         generatedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))},
    };
    if (!r.conceptEncoder.checkpointSha256.isEmpty()) {
        // Which checkpoint file scored the descriptors: the user brings it, so the report names it exactly.
        table.rows.insert(5, {QCoreApplication::translate("descry-report", "Checkpoint SHA-256"),
                              mono(r.conceptEncoder.checkpointSha256)});
        table.rows.insert(
            6, {QCoreApplication::translate("descry-report", "Checkpoint"), mono(r.conceptEncoder.checkpointPath)});
    }
    table.keepTogether = true;
    // The heading stays with the whole table.
    rp.heading(sectionTitle(5, QCoreApplication::translate("descry-report", "Provenance")),
               table.height(rp) / rp.mm(1));
    table.paint(rp);
}

void whatIfNotice(ReportPainter& rp, const FaceComparisonResult& r, const ReportExtras& extras)
{
    if (!extras.whatIf)
        return;
    const ReportWhatIf& w = *extras.whatIf;
    const QColor blue(0x1f, 0x5f, 0xbf);
    rp.paragraph(QCoreApplication::translate("descry-report", "WHAT-IF: this report shows a what-if, not the model's "
                                                              "full comparison"),
                 ReportPainter::Font::BodyBold, blue);
    rp.paragraph(QCoreApplication::translate(
                     "descry-report",
                     "The examiner switched off %1 (%n descriptor(s)). The score, decision, contributions and "
                     "explanation below are computed without them: score %2, %3. The model's full comparison "
                     "scored %4, %5; the removed descriptors' share of that score was %6. The likelihood ratio "
                     "below belongs to the full comparison.",
                     "", w.descriptorsOff)
                     .arg(w.removed, number(r.score, 3), decisionLabel(r.decision), number(w.originalScore, 3),
                          decisionLabel(w.originalDecision), signedNumber(w.share, 3)),
                 ReportPainter::Font::Small, blue);
    if (!w.sentence.isEmpty())
        rp.paragraph(w.sentence, ReportPainter::Font::Small, blue);
    rp.space(2);
}

void integrityLine(ReportPainter& rp, const ReportExtras& extras)
{
    if (!extras.integrity.isEmpty())
        rp.paragraph(QCoreApplication::translate("descry-report", "Case integrity: %1").arg(extras.integrity),
                     ReportPainter::Font::Small, ReportPainter::mutedColor());
    rp.paragraph(extras.signer.isEmpty()
                     ? QCoreApplication::translate("descry-report", "Signature: the case file is not signed")
                     : QCoreApplication::translate("descry-report", "Signature: %1").arg(extras.signer),
                 ReportPainter::Font::Small, ReportPainter::mutedColor());
}

namespace {

// "2026-11-26 01:23:45" with a no-break space, so that a narrow column keeps date and time on one line.
QString auditTime(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd")) + QChar(0x00A0) +
           utc.toUTC().toString(QStringLiteral("HH:mm:ss"));
}

// Entries per action, in the order Descry lists its actions, then any others.
ReportTable actionCounts(const QList<AuditEntry>& audit)
{
    QStringList order = AuditLog::knownActions();
    QHash<QString, int> counts;
    for (const AuditEntry& e : audit) {
        if (!order.contains(e.action))
            order << e.action;
        ++counts[e.action];
    }
    ReportTable table;
    table.columns = {{QCoreApplication::translate("descry-report", "Action"), 1},
                     {QCoreApplication::translate("descry-report", "Entries"), 1, Qt::AlignRight},
                     {QString(), 4}};
    for (const QString& action : order)
        if (counts.value(action) > 0)
            table.rows.append({action, QString::number(counts.value(action)), QString()});
    table.keepTogether = true;
    return table;
}

} // namespace

void auditSummary(ReportPainter& rp, const QList<AuditEntry>& audit, int section)
{
    rp.heading(sectionTitle(section, QCoreApplication::translate("descry-report", "Audit summary")));
    rp.paragraph(QCoreApplication::translate("descry-report",
                                             "%1 audit entries, the first at %2 UTC, the last at %3 UTC. Every entry "
                                             "is listed in the appendix.")
                     .arg(audit.size())
                     .arg(auditTime(audit.constFirst().utc), auditTime(audit.constLast().utc)),
                 ReportPainter::Font::Small);
    actionCounts(audit).paint(rp);

    QStringList decisive;
    for (const AuditEntry& e : audit) {
        if (e.action != QLatin1String(AuditLog::Lock) && e.action != QLatin1String(AuditLog::Amend))
            continue;
        QString line = QCoreApplication::translate("descry-report", "%1 UTC   %2").arg(auditTime(e.utc), e.action);
        if (!e.examiner.isEmpty())
            line += QCoreApplication::translate("descry-report", "   by %1").arg(e.examiner);
        decisive << line + QStringLiteral("\n") + e.detail.simplified();
    }
    if (!decisive.isEmpty()) {
        rp.subheading(QCoreApplication::translate("descry-report", "Locks and amendments"));
        rp.bullets(decisive, ReportPainter::Font::Small);
    }
    if (!audit.constLast().hash.isEmpty()) {
        ReportTable head;
        head.showHeader = false;
        head.firstColumnMuted = true;
        head.columns = {{QString(), 1}, {QString(), 3.2}};
        ReportTable::Cell hash(audit.constLast().hash);
        hash.mono = true;
        head.rows.append({QCoreApplication::translate("descry-report", "Hash of the last entry"), hash});
        head.keepTogether = true;
        head.paint(rp);
    }
}

int examinerAdditions(ReportPainter& rp, const ReportExtras& extras)
{
    int section = 6;
    if (!extras.examinerNotes.isEmpty()) {
        rp.heading(sectionTitle(section++, QCoreApplication::translate("descry-report", "Examiner notes")));
        ReportTable table;
        table.columns = {{QCoreApplication::translate("descry-report", "Component"), 1},
                         {QCoreApplication::translate("descry-report", "Examiner note"), 3.2}};
        for (const auto& [component, note] : extras.examinerNotes)
            table.rows.append({ReportTable::Cell(component, ReportPainter::textColor(), true), note});
        table.paint(rp);
    }
    if (!extras.audit.isEmpty())
        auditSummary(rp, extras.audit, section++);
    return section;
}

void caseHeader(ReportPainter& rp, const ReportExtras& extras)
{
    const CaseDetails& d = extras.details;
    QStringList parts;
    if (!d.caseNumber.isEmpty())
        parts << QCoreApplication::translate("descry-report", "Case number: %1").arg(d.caseNumber);
    if (!extras.title.isEmpty())
        parts << QCoreApplication::translate("descry-report", "Title: %1").arg(extras.title);
    if (!d.agency.isEmpty())
        parts << QCoreApplication::translate("descry-report", "Agency: %1").arg(d.agency);
    if (!parts.isEmpty())
        rp.paragraph(parts.join(QStringLiteral("      ")), ReportPainter::Font::BodyBold);
    QStringList exhibits;
    if (!d.probeExhibit.isEmpty())
        exhibits << QCoreApplication::translate("descry-report", "probe exhibit %1").arg(d.probeExhibit);
    if (!d.referenceExhibit.isEmpty())
        exhibits << QCoreApplication::translate("descry-report", "reference exhibit %1").arg(d.referenceExhibit);
    if (!exhibits.isEmpty())
        rp.paragraph(
            QCoreApplication::translate("descry-report", "Exhibits: %1").arg(exhibits.join(QStringLiteral(" \u00B7 "))),
            ReportPainter::Font::Body);
}

void examinationAids(ReportPainter& rp, const FaceComparisonResult& r, const ReportExtras& extras)
{
    const CaseDetails& d = extras.details;
    const QString roles[2] = {QStringLiteral("probe"), QStringLiteral("reference")};
    const QString names[2] = {QCoreApplication::translate("descry-report", "probe"),
                              QCoreApplication::translate("descry-report", "reference")};
    const FaceImageReport* images[2] = {&r.probe, &r.reference};
    QStringList views, moved;
    for (int i = 0; i < 2; ++i) {
        if (!d.view(roles[i]).isIdentity())
            views << QStringLiteral("%1: %2").arg(names[i], d.view(roles[i]).describe());
        const DetectedFace& face = images[i]->face;
        QStringList points;
        for (int j = 0; j < face.correctedLandmarks.size(); ++j) {
            const int k = face.correctedLandmarks[j];
            const QPointF from = face.detectedLandmarks.value(j), to = face.landmarks[size_t(k)];
            points << QCoreApplication::translate("descry-report", "point %1 (%2, %3) \u2192 (%4, %5)")
                          .arg(k)
                          .arg(from.x(), 0, 'f', 1)
                          .arg(from.y(), 0, 'f', 1)
                          .arg(to.x(), 0, 'f', 1)
                          .arg(to.y(), 0, 'f', 1);
        }
        if (!points.isEmpty())
            moved << QStringLiteral("%1: %2").arg(names[i], points.join(QStringLiteral(", ")));
    }
    if (views.isEmpty() && moved.isEmpty())
        return;
    rp.subheading(QCoreApplication::translate("descry-report", "Examination aids"));
    if (!views.isEmpty()) {
        rp.paragraph(QCoreApplication::translate("descry-report",
                                                 "Viewing enhancement used (display only: the evidence files and the "
                                                 "analysis use the photos as loaded):"),
                     ReportPainter::Font::Small, ReportPainter::textColor());
        rp.bullets(views, ReportPainter::Font::Small);
    }
    if (!moved.isEmpty()) {
        rp.paragraph(QCoreApplication::translate(
                         "descry-report", "Landmarks moved by the examiner (the measured characteristics use the "
                                          "moved points; alignment and appearance use the detector's; pixels "
                                          "of the analysed photo):"),
                     ReportPainter::Font::Small, ReportPainter::textColor());
        rp.bullets(moved, ReportPainter::Font::Small);
    }
}

namespace {

// A labelled item of the conclusion section: the label in bold small capitals' place, the text under it.
void labelledItem(ReportPainter& rp, const QString& label, const QString& text, const QColor& color = {})
{
    rp.paragraph(label, ReportPainter::Font::SmallBold, ReportPainter::mutedColor());
    rp.paragraph(text, ReportPainter::Font::BodyBold, color);
    rp.space(1.5);
}

} // namespace

void conclusion(ReportPainter& rp, const FaceComparisonResult& r, const ReportExtras& extras, int section)
{
    rp.heading(sectionTitle(section, QCoreApplication::translate("descry-report", "Conclusion")), 80);
    const ExaminerConclusion& c = extras.details.conclusion;
    labelledItem(rp, QCoreApplication::translate("descry-report", "1. Examiner's conclusion"),
                 c.level.isEmpty() ? QCoreApplication::translate("descry-report", "No conclusion recorded")
                                   : ExaminerConclusion::levelLabel(c.level));
    if (!c.level.isEmpty())
        rp.paragraph(QCoreApplication::translate("descry-report", "Scale: %1").arg(ExaminerConclusion::scaleName()),
                     ReportPainter::Font::Small, ReportPainter::mutedColor());
    if (!c.rationale.isEmpty()) {
        rp.paragraph(QCoreApplication::translate("descry-report", "Rationale"), ReportPainter::Font::SmallBold,
                     ReportPainter::mutedColor());
        rp.paragraph(c.rationale, ReportPainter::Font::Body);
    }
    rp.space(1.5);
    QString decision = QCoreApplication::translate("descry-report", "%1 (score %2, threshold %3)")
                           .arg(decisionLabel(r.decision), number(r.score, 3), number(r.threshold, 3));
    if (extras.whatIf)
        decision +=
            QLatin1Char(' ') + QCoreApplication::translate("descry-report", "— what-if; the full comparison: %1")
                                   .arg(decisionLabel(extras.whatIf->originalDecision));
    labelledItem(rp, QCoreApplication::translate("descry-report", "2. Model's decision (threshold, not an opinion)"),
                 decision, decisionColour(r.decision));
    const LikelihoodRatioResult& lr = r.likelihoodRatio;
    labelledItem(rp, QCoreApplication::translate("descry-report", "3. Model's likelihood ratio"),
                 lr.available
                     ? QCoreApplication::translate("descry-report", "LR %1: %2%3")
                           .arg(formatLr(lr.lr), lr.verbal,
                                lr.calibrated ? QString()
                                              : QCoreApplication::translate("descry-report",
                                                                            " (not calibrated for this kind of photo)"))
                     : QCoreApplication::translate("descry-report", "Not available: %1").arg(lr.unavailableReason));
    rp.paragraph(QCoreApplication::translate("descry-report",
                                             "The examiner's conclusion is the examiner's own; the model's decision "
                                             "and likelihood ratio are stated separately and are not part of it."),
                 ReportPainter::Font::Small, ReportPainter::mutedColor());

    // The signature block moves to the next page whole.
    rp.ensureSpace(rp.mm(75)); // heading, four rows, the space to sign and the line
    rp.subheading(QCoreApplication::translate("descry-report", "Signature"));
    const QString blank = QStringLiteral("\u2014");
    ReportTable table;
    table.columns = {{QCoreApplication::translate("descry-report", "Item"), 1},
                     {QCoreApplication::translate("descry-report", "Value"), 3}};
    table.rows.append({QCoreApplication::translate("descry-report", "Name"),
                       c.examiner.isEmpty() ? (extras.examiner.isEmpty() ? blank : extras.examiner) : c.examiner});
    table.rows.append({QCoreApplication::translate("descry-report", "Role"), c.role.isEmpty() ? blank : c.role});
    table.rows.append({QCoreApplication::translate("descry-report", "Date (UTC)"),
                       c.utc.isValid() ? c.utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : blank});
    table.rows.append({QCoreApplication::translate("descry-report", "Case signature"),
                       extras.signer.isEmpty()
                           ? QCoreApplication::translate("descry-report", "the case file is not signed")
                           : extras.signer});
    table.paint(rp);
    rp.space(10);
    rp.paragraph(QCoreApplication::translate("descry-report", "Signed: ______________________________"),
                 ReportPainter::Font::Body);
}

void auditAppendix(ReportPainter& rp, const ReportExtras& extras)
{
    if (extras.audit.isEmpty())
        return;
    if (!rp.atPageTop())
        rp.newPage();
    rp.heading(QCoreApplication::translate("descry-report", "Appendix   Audit log"));
    rp.paragraph(QCoreApplication::translate("descry-report",
                                             "Every audited event of the case, oldest first, as recorded in the case "
                                             "file (times in UTC)."),
                 ReportPainter::Font::Small, ReportPainter::mutedColor());
    ReportTable table;
    table.columns = {{QCoreApplication::translate("descry-report", "#"), 0, Qt::AlignRight},
                     {QCoreApplication::translate("descry-report", "Time (UTC)"), 0},
                     {QCoreApplication::translate("descry-report", "Action"), 0},
                     {QCoreApplication::translate("descry-report", "Examiner"), 0.7},
                     {QCoreApplication::translate("descry-report", "Detail"), 3}};
    for (int i = 0; i < extras.audit.size(); ++i) {
        const AuditEntry& e = extras.audit.at(i);
        table.rows.append({QString::number(i + 1), auditTime(e.utc), e.action, e.examiner, e.detail.simplified()});
    }
    table.paint(rp);
}

} // namespace descry::detail::face_report

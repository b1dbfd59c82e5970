#include "core/cxr/pipeline/CxrExplanation.h"

#include "core/common/Tr.h"

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

QString number(double x)
{
    return QString::number(x, 'g', 10);
}

QString probabilityText(double p)
{
    return QString::number(p, 'f', 3);
}

QString signedText(double x)
{
    QString s = QString::number(x, 'f', 3);
    if (s.startsWith(QLatin1Char('-')) && s.mid(1).toDouble() == 0.0)
        s = s.mid(1); // no "-0.000"
    return s.startsWith(QLatin1Char('-')) ? s : QStringLiteral("+") + s;
}

} // namespace

QString cxrWindowText(const ResolvedWindow& w, bool colour)
{
    QString text;
    if (colour) {
        text = Tr::tr("colour image, no window");
    } else {
        switch (w.kind) {
        case ResolvedWindow::Kind::Custom:
            text = Tr::tr("C %1 W %2 (custom)").arg(number(w.center), number(w.width));
            break;
        case ResolvedWindow::Kind::Preset:
            text = Tr::tr("C %1 W %2 (preset %3)").arg(number(w.center), number(w.width)).arg(w.index + 1);
            break;
        case ResolvedWindow::Kind::VoiLut:
            text = Tr::tr("VOI LUT %1").arg(w.index + 1);
            break;
        case ResolvedWindow::Kind::MinMax:
            text = Tr::tr("C %1 W %2 (min/max)").arg(number(w.center), number(w.width));
            break;
        }
    }
    if (w.inverted)
        text += Tr::tr(", inverted");
    return text;
}

CxrDisplayed cxrDisplay(const MedicalImage& image, int frame, const DisplaySettings& settings)
{
    const MedicalImageInfo& info = image.info();
    const bool readerWindow = settings.windowCenter || settings.windowWidth || settings.presetIndex >= 0 ||
                              settings.voiLutIndex >= 0 || settings.minMaxWindow;
    CxrDisplayed out;
    if (info.source == MedicalImageInfo::Source::Raster && !image.isColour() && info.bitsStored <= 8 && !readerWindow) {
        // LINEAR with C 128, W 256 maps every stored 8-bit value to itself: the file's pixels, unstretched.
        DisplaySettings identity = settings;
        identity.windowCenter = 128.0;
        identity.windowWidth = 256.0;
        out.image = renderDisplay(image, frame, identity);
        out.windowText = Tr::tr("8-bit raster, no window");
        if (settings.invert)
            out.windowText += Tr::tr(", inverted");
        return out;
    }
    out.image = renderDisplay(image, frame, settings);
    out.windowText = cxrWindowText(resolveWindow(image, frame, settings), image.isColour());
    return out;
}

QString cxrSideText(const QString& descriptorId)
{
    const QString grade = descriptorId.section(QLatin1Char('.'), -1);
    if (grade.contains(QLatin1String("bilateral")))
        return Tr::tr("on both sides");
    if (grade.contains(QLatin1String("left")))
        return Tr::tr("on the patient's left (the image's right)");
    if (grade.contains(QLatin1String("right")))
        return Tr::tr("on the patient's right (the image's left)");
    return {};
}

namespace {

QString decisionSentence(const CxrReviewResult& r)
{
    const QString p = probabilityText(r.probability);
    switch (r.decision) {
    case CxrDecision::Effusion:
        return Tr::tr("Pleural effusion: P(effusion) = %1, at or above the calibrated threshold %2.")
            .arg(p, probabilityText(r.threshold));
    case CxrDecision::NoEffusion:
        return Tr::tr("No pleural effusion: P(effusion) = %1, below the calibrated threshold %2.")
            .arg(p, probabilityText(r.threshold));
    case CxrDecision::Indeterminate:
        break;
    }
    return Tr::tr("Indeterminate: P(effusion) = %1 lies inside the calibrated indeterminate band [%2, %3], where the "
                  "pack declines to decide.")
        .arg(p, probabilityText(r.bandLow), probabilityText(r.bandHigh));
}

// Whether a descriptor's own text says which side it is on.
bool namesSide(const QString& text)
{
    static const QStringList kSideWords{QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("both"),
                                        QStringLiteral("bilateral"), QStringLiteral("either")};
    const QString lower = text.toLower();
    return std::any_of(kSideWords.begin(), kSideWords.end(), [&](const QString& w) { return lower.contains(w); });
}

const CxrDescriptorScore* findScore(const CxrReviewResult& r, const QString& id)
{
    for (const CxrGroupResult& g : r.groups)
        for (const CxrDescriptorScore& d : g.descriptors)
            if (d.id == id)
                return &d;
    return nullptr;
}

} // namespace

QStringList cxrExplanationSentences(const CxrReviewResult& r)
{
    QStringList out{decisionSentence(r)};
    QStringList sides;
    for (const QString& id : r.presentIds) {
        const CxrDescriptorScore* d = findScore(r, id);
        if (!d)
            continue;
        const QString named = cxrSideText(id);
        if (!named.isEmpty())
            sides << named;
        // The catalog's texts of a sided descriptor already say the side ("Effusions on both sides"): a suffix
        // then doubles it, so it is added only to a text that names no side.
        const QString side = namesSide(d->text) ? QString() : named;
        const QString direction =
            d->contribution >= 0 ? Tr::tr("counts toward effusion") : Tr::tr("counts against effusion");
        out << (side.isEmpty() ? Tr::tr("%1: %2 (%3 of the margin, score %4).")
                                     .arg(d->text, direction, signedText(d->contribution))
                                     .arg(d->score, 0, 'f', 2)
                               : Tr::tr("%1, %2: %3 (%4 of the margin, score %5).")
                                     .arg(d->text, side, direction, signedText(d->contribution))
                                     .arg(d->score, 0, 'f', 2));
    }
    if (r.presentIds.isEmpty() && !r.groups.isEmpty() && !r.groups.first().descriptors.isEmpty()) {
        const CxrGroupResult& g = r.groups.first();
        out << Tr::tr("No abnormal descriptor is the most activated in its group; the largest share is %1 (\"%2\", %3 "
                      "of the margin).")
                   .arg(g.name, g.descriptors.first().text, signedText(g.contribution));
    }
    sides.removeDuplicates();
    // The side is the finding's only when there is a finding: under "No pleural effusion" it would contradict it.
    if (sides.size() == 1 && r.decision == CxrDecision::Effusion)
        out << Tr::tr("The descriptors judged present place the finding %1.").arg(sides.first());
    return out;
}

namespace {

void decide(const CxrCalibration& cal, CxrReviewResult* r)
{
    r->threshold = cal.threshold;
    r->hasBand = cal.hasBand;
    r->bandLow = cal.bandLow;
    r->bandHigh = cal.bandHigh;
    const double p = r->probability;
    if (cal.hasBand && p >= cal.bandLow && p <= cal.bandHigh)
        r->decision = CxrDecision::Indeterminate;
    else
        r->decision = p >= cal.threshold ? CxrDecision::Effusion : CxrDecision::NoEffusion;
    r->decisionReason = decisionSentence(*r) + QLatin1Char(' ') +
                        Tr::tr("Calibrated on %1 (%2, %3).").arg(cal.dataset, cal.operatingPoint, cal.date);
}

// Groups in catalog terms, each with its descriptors most activated first; the present descriptors are the
// groups' winners that are not a normal grade.
void fillGroups(const Catalog& catalog, CxrReviewResult* r)
{
    r->groups.clear();
    r->presentIds.clear();
    QList<const CxrDescriptorScore*> present;
    for (int g = 0; g < catalog.groups().size(); ++g) {
        const DescriptorGroup& group = catalog.groups()[g];
        CxrGroupResult out{g, group.id, group.name, group.component, group.componentName, 0.0, {}};
        for (int k : group.descriptors) {
            const Descriptor& d = catalog.descriptors()[k];
            out.descriptors.append({k, d.id, d.text, double(r->S[size_t(k)]), double(r->Ssm[size_t(k)]),
                                    r->margin.contributions[size_t(k)], false, d.normal});
            out.contribution += r->margin.contributions[size_t(k)];
        }
        std::stable_sort(out.descriptors.begin(), out.descriptors.end(),
                         [](const CxrDescriptorScore& a, const CxrDescriptorScore& b) { return a.score > b.score; });
        if (!out.descriptors.isEmpty() && !out.descriptors.first().normal)
            out.descriptors.first().present = true;
        r->groups.append(out);
    }
    std::stable_sort(r->groups.begin(), r->groups.end(), [](const CxrGroupResult& a, const CxrGroupResult& b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    for (const CxrGroupResult& g : r->groups)
        if (!g.descriptors.isEmpty() && g.descriptors.first().present)
            present << &g.descriptors.first();
    // By contribution toward the decision: the strongest support of the call first.
    const double sign = r->decision == CxrDecision::NoEffusion ? -1.0 : 1.0;
    const bool byMagnitude = r->decision == CxrDecision::Indeterminate;
    std::stable_sort(present.begin(), present.end(), [&](const CxrDescriptorScore* a, const CxrDescriptorScore* b) {
        return byMagnitude ? std::abs(a->contribution) > std::abs(b->contribution)
                           : sign * a->contribution > sign * b->contribution;
    });
    for (const CxrDescriptorScore* d : present)
        r->presentIds << d->id;
}

} // namespace

Status fillCxrReview(const CxrModel& model, const ConceptOutput& out, const MarginDecomposition& margin,
                     CxrReviewResult* r)
{
    const ModelPack& pack = model.pack();
    const Catalog& catalog = model.catalog();
    r->packName = pack.manifest().name;
    r->packVersion = pack.manifest().version;
    r->packSha256 = pack.packSha256();
    r->catalogName = catalog.name();
    r->catalogVersion = catalog.version();
    r->catalogSha256 = catalog.sha256();
    r->encoderType = model.encoderType();
    r->encoderSummary = model.encoderSummary();
    if (out.e.size() != 2 || out.Ssm.size() != size_t(catalog.descriptors().size()))
        return Error(ErrorCode::Internal, Tr::tr("the head gave %1 logits and %2 scores; expected 2 and %3")
                                              .arg(out.e.size())
                                              .arg(out.Ssm.size())
                                              .arg(catalog.descriptors().size()));
    r->S = out.S;
    r->Ssm = out.Ssm;
    r->W = model.head().aggregationMatrix();
    r->b = model.head().aggregationBias();
    r->margin = margin;
    // The check is independent of c_k: the head's own logits against the sum of the shares.
    r->headMargin = double(out.e[1]) - double(out.e[0]);
    double sum = 0.0;
    for (double c : margin.contributions)
        sum += c;
    r->residual = r->headMargin - sum - margin.biasTerm;
    if (!std::isfinite(r->residual) || std::abs(r->residual) > kCxrResidualTolerance)
        return Error(ErrorCode::Internal,
                     Tr::tr("the decomposition does not add up to the head's own margin (residual %1, tolerance %2)")
                         .arg(r->residual)
                         .arg(kCxrResidualTolerance));
    r->probability = 1.0 / (1.0 + std::exp(-r->headMargin));
    decide(model.calibration(), r);
    fillGroups(catalog, r);
    r->sentences = cxrExplanationSentences(*r);
    return {};
}

} // namespace descry

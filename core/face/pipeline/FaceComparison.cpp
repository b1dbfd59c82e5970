#include "core/face/pipeline/FaceComparison.h"

#include "core/common/Tr.h"
#include "core/explain/CosineDecomposition.h"
#include "core/face/Morphometry.h"
#include "core/face/pipeline/FaceExplanation.h"
#include "core/face/pipeline/FaceLikelihoodRatio.h"
#include "core/face/pipeline/PairScore.h"
#include "core/face/visibility/ComponentVisibility.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

Error cancelledError()
{
    return Error(ErrorCode::Cancelled, Tr::tr("comparison cancelled"));
}

void fillImageReport(const FaceAnalysis& a, const FaceModel& model, FaceImageReport* img)
{
    img->path = a.image.path;
    img->sha256 = a.image.sha256;
    img->imageSize = a.image.image.size();
    img->face = a.aligned.face;
    img->quality = a.aligned.quality;
    img->aligned224 = a.aligned.aligned224;
    img->chip150 = a.aligned.chip150;
    img->morphometry = a.morphometry;
    img->damaged = a.image.damaged;
    img->decoderWarnings = a.image.warnings;
    img->format = a.image.format;
    img->formatId = a.image.formatId;
    img->exifOrientation = a.image.exifOrientation;
    img->orientation = a.image.orientationNote;
    img->colour = a.image.colourNote;
    if (model.hasMorphometry())
        img->zScores = morphometry::zScores(a.morphometry, model.parts().stats);
    const QStringList ids = model.measuredQuantities();
    const QStringList outOfRange = model.outOfRangeReasons(a.morphometry);
    for (qsizetype i = 0; i < ids.size() && i < qsizetype(a.morphometry.size()); ++i) {
        MeasuredQuantity m;
        m.id = ids[i];
        m.source = model.analyzer().sourceOfQuantity(int(i));
        const int g = model.catalog().groupIndexOfQuantity(m.id);
        if (g >= 0) {
            m.characteristic = model.catalog().groups()[g].id;
            m.definition = model.catalog().groups()[g].definition;
        }
        m.value = a.morphometry[size_t(i)];
        m.notAssessedReason = i < outOfRange.size() ? outOfRange[i] : QString();
        m.z = size_t(i) < img->zScores.size() ? img->zScores[size_t(i)] : std::nan("");
        img->measured << m;
    }
}

void fillBaseline(const FaceModel& model, const FaceAnalysis& p, const FaceAnalysis& r, FaceComparisonResult* out)
{
    out->baselineAvailable = model.hasBaseline();
    if (!out->baselineAvailable)
        return;
    out->baselineScore = faceScore(p.embedding, r.embedding);
    out->baselineThreshold = model.parts().baselineThreshold;
    out->baselineDecision = decideFace(out->baselineScore, out->baselineThreshold, false);
}

// Leaves out of the score what PairScore leaves out (hidden components, characteristics not measured in either
// photo): the same exclusions and the same number as verify-pairs and the calibration (scorePair), with the
// explanation recomputed on what is left (applyExclusions).
Status excludeAsPairScore(const FaceModel& model, const FaceAnalysis& probe, const FaceAnalysis& reference,
                          FaceComparisonResult* r)
{
    auto p = pairScoreImage(model.parts(), probe.morphometry, probe.embedding, r->probe.visibility);
    if (!p)
        return p.error();
    auto q = pairScoreImage(model.parts(), reference.morphometry, reference.embedding, r->reference.visibility);
    if (!q)
        return q.error();
    auto pair = scorePair(model.parts(), *p, *q);
    if (!pair)
        return pair.error();
    if (auto st = applyExclusions(r, model, pair->excluded); !st)
        return st;
    if (r->score != pair->score) // one computation (maskedPairScore) on the same mask: never expected
        return Error(ErrorCode::Internal, Tr::tr("the comparison's score %1 differs from the pair score %2")
                                              .arg(r->score, 0, 'g', 17)
                                              .arg(pair->score, 0, 'g', 17));
    return {};
}

} // namespace

QList<ComponentShare> componentShares(const QList<GroupExplanation>& groups)
{
    QList<ComponentShare> out;
    for (const GroupExplanation& g : groups) {
        const QString key = g.component.isEmpty() ? g.componentName : g.component;
        auto it = std::find_if(out.begin(), out.end(), [&](const ComponentShare& c) { return c.component == key; });
        if (it == out.end()) {
            out.append({key, g.componentName.isEmpty() ? g.component : g.componentName, 0.0, 0});
            it = out.end() - 1;
        }
        it->contribution += g.contribution;
        ++it->groups;
    }
    std::stable_sort(out.begin(), out.end(), [](const ComponentShare& a, const ComponentShare& b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    return out;
}

QList<ComponentShare> FaceComparisonResult::componentShares() const
{
    return descry::componentShares(groups);
}

Result<CosineDecomposition> explainHeadScore(double headScore, const std::vector<float>& ssmProbe,
                                             const std::vector<float>& ssmReference, const std::vector<float>& W,
                                             const std::vector<float>& b)
{
    auto dec = decomposeCosineScore(ssmProbe, ssmReference, W, b);
    if (!dec)
        return dec.error();
    double sum = 0;
    for (double c : dec->contributions)
        sum += c;
    // Independent of the decomposition's own arithmetic: the score comes from the head's forward pass.
    dec->residual = headScore - sum - dec->biasTerm;
    dec->score = headScore;
    if (!std::isfinite(dec->residual) || std::abs(dec->residual) > kResidualTolerance)
        return Error(ErrorCode::Internal,
                     Tr::tr("the explanation does not reproduce the model's score %1 (residual %2, tolerance %3)")
                         .arg(headScore, 0, 'f', 6)
                         .arg(dec->residual, 0, 'g', 3)
                         .arg(kResidualTolerance, 0, 'g', 1));
    return dec;
}

Status FaceComparison::scoreAndExplain(const FaceAnalysis& probe, const FaceAnalysis& reference,
                                       FaceComparisonResult* r) const
{
    const FaceModel& model = *m_model;
    auto cp = model.concepts(probe);
    if (!cp)
        return cp.error();
    auto cr = model.concepts(reference);
    if (!cr)
        return cr.error();
    r->sProbe = cp->S;
    r->sReference = cr->S;
    r->ssmProbe = cp->Ssm;
    r->ssmReference = cr->Ssm;
    r->score = faceScore(cp->e, cr->e);
    const ConceptHead& head = *model.parts().head;
    auto dec = explainHeadScore(r->score, cp->Ssm, cr->Ssm, head.aggregationMatrix(), head.aggregationBias());
    if (!dec)
        return dec.error().withFile(model.pack().filePath(QStringLiteral("head.safetensors")));
    r->contributions = dec->contributions;
    r->biasTerm = dec->biasTerm;
    r->residual = dec->residual;
    r->threshold = model.parts().threshold;
    fillBaseline(model, probe, reference, r);
    for (const QString& p : r->probe.quality.problems)
        r->reasons << Tr::tr("probe: %1").arg(p);
    for (const QString& p : r->reference.quality.problems)
        r->reasons << Tr::tr("reference: %1").arg(p);
    r->decision = decideFace(r->score, r->threshold, !r->reasons.isEmpty());
    r->groups = explainGroups(model, r->ssmProbe, r->ssmReference, r->contributions);
    r->aggregation = headAggregationId(head.config().aggregation);
    if (auto st = fillBlockShares(model, r->ssmProbe, r->ssmReference, head.aggregationBias(), &r->groups); !st)
        return st.error().withFile(model.pack().filePath(QStringLiteral("head.safetensors")));
    r->sentences = explanationSentences(*r);
    return {};
}

Result<FaceComparisonResult> FaceComparison::compare(const QString& probePath, const QString& referencePath,
                                                     const CompareOptions& options, const Progress& progress) const
{
    QElapsedTimer total;
    total.start();
    const FaceModel& model = *m_model;
    FaceComparisonResult r;
    r.packName = model.pack().manifest().name;
    r.packVersion = model.pack().manifest().version;
    r.packSha256 = model.pack().packSha256();
    r.catalogName = model.catalog().name();
    r.catalogVersion = model.catalog().version();
    r.catalogSha256 = model.catalog().sha256();
    r.conceptEncoder = model.conceptEncoder();
    for (const FaceConcept& c : model.layout().concepts) {
        r.conceptIds << model.catalog().descriptors()[c.descriptor].id;
        r.conceptSources << conceptSourceName(c.source);
    }
    if (model.hasBaseline())
        r.baselineEncoder = model.analyzer().encoder()->type();

    DetectOptions detect;
    detect.cropped = options.cropped;
    std::array<FaceAnalysis, 2> analyses;
    const QString paths[2] = {probePath, referencePath};
    for (int i = 0; i < 2; ++i) {
        if (!progress.step(0.4 * i, i == 0 ? Tr::tr("Analysing the probe") : Tr::tr("Analysing the reference")))
            return cancelledError();
        QElapsedTimer t;
        t.start();
        ImageLoadOptions load;
        load.allowDamaged = options.allowDamaged;
        detect.faceIndex = i == 0 ? options.probeFace : options.referenceFace;
        detect.correctedLandmarks = i == 0 ? options.probeLandmarks : options.referenceLandmarks;
        auto a = model.analyzer().analyze(paths[i], load, detect, progress.sub(0.4 * i, 0.4 * (i + 1)));
        if (!a)
            return a.error();
        analyses[size_t(i)] = *a;
        fillImageReport(*a, model, i == 0 ? &r.probe : &r.reference);
        auto visibility = checkVisibility(a->image.image, a->aligned);
        if (!visibility)
            return visibility.error().withFile(paths[i]);
        (i == 0 ? r.probe : r.reference).visibility = *visibility;
        (i == 0 ? r.msProbe : r.msReference) = t.nsecsElapsed() * 1e-6;
    }
    if (!progress.step(0.8, Tr::tr("Scoring descriptors")))
        return cancelledError();
    QElapsedTimer t;
    t.start();
    if (auto st = scoreAndExplain(analyses[0], analyses[1], &r); !st)
        return st.error();
    if (auto st = excludeAsPairScore(model, analyses[0], analyses[1], &r); !st)
        return st.error();
    applyLikelihoodRatio(model, &r); // on the final score, after any exclusion (which it then flags)
    r.msHead = t.nsecsElapsed() * 1e-6;
    r.msTotal = total.nsecsElapsed() * 1e-6;
    progress.step(1.0, Tr::tr("Done"));
    return r;
}

Result<double> FaceComparison::scoreWithout(const FaceComparisonResult& result, const FaceModel& model,
                                            const std::vector<bool>& keep)
{
    // The what-if of the results panel: components already excluded from `result` stay excluded.
    auto whatIf = whatIfWithMask(result, model, keep, QString());
    if (!whatIf)
        return whatIf.error();
    return whatIf->scoreWithout;
}

QString baselineEncoderName(const QString& encoderType)
{
    if (encoderType == QLatin1String("dlib-resnet"))
        return Tr::tr("dlib ResNet");
    if (encoderType == QLatin1String("openclip-vit"))
        return Tr::tr("CLIP image embedding");
    return encoderType;
}

} // namespace descry

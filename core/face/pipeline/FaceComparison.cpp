#include "core/face/pipeline/FaceComparison.h"
#include "core/common/Tr.h"

#include "core/eval/Similarity.h"
#include "core/explain/CosineDecomposition.h"
#include "core/face/Morphometry.h"
#include "core/face/pipeline/FaceExplanation.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>

namespace descry {

Result<FaceComparisonResult> FaceComparison::compare(const QString& probePath, const QString& referencePath,
                                                     const CompareOptions& options,
                                                     const std::function<void(int, const QString&)>& progress,
                                                     const std::atomic<bool>* cancel) const
{
    QElapsedTimer total;
    total.start();
    auto cancelled = [&] { return cancel && cancel->load(); };
    auto report = [&](int stage, const QString& text) {
        if (progress)
            progress(stage, text);
    };
    const FaceModel& model = *m_model;
    FaceComparisonResult r;
    r.packName = model.pack().manifest().name;
    r.packVersion = model.pack().manifest().version;
    r.packSha256 = model.pack().packSha256();
    r.catalogName = model.catalog().name();
    r.catalogVersion = model.catalog().version();
    r.catalogSha256 = model.catalog().sha256();

    DetectOptions detect;
    detect.cropped = options.cropped;
    std::array<FaceAnalysis, 2> analyses;
    const QString paths[2] = {probePath, referencePath};
    for (int i = 0; i < 2; ++i) {
        if (cancelled())
            return Error(ErrorCode::Cancelled, Tr::tr("comparison cancelled"));
        report(i, i == 0 ? Tr::tr("Analysing the probe") : Tr::tr("Analysing the reference"));
        QElapsedTimer t;
        t.start();
        auto a = model.analyzer().analyze(paths[i], detect);
        if (!a)
            return a.error();
        analyses[size_t(i)] = *a;
        FaceImageReport& img = i == 0 ? r.probe : r.reference;
        img.path = a->image.path;
        img.sha256 = a->image.sha256;
        img.imageSize = a->image.image.size();
        img.face = a->aligned.face;
        img.quality = a->aligned.quality;
        img.aligned224 = a->aligned.aligned224;
        img.chip150 = a->aligned.chip150;
        img.morphometry = a->morphometry;
        img.zScores = morphometry::zScores(a->morphometry, model.parts().stats);
        (i == 0 ? r.msProbe : r.msReference) = t.nsecsElapsed() * 1e-6;
    }
    if (cancelled())
        return Error(ErrorCode::Cancelled, Tr::tr("comparison cancelled"));
    report(2, Tr::tr("Scoring descriptors"));
    QElapsedTimer t;
    t.start();
    auto cp = model.concepts(analyses[0].morphometry, analyses[0].embedding);
    if (!cp)
        return cp.error();
    auto cr = model.concepts(analyses[1].morphometry, analyses[1].embedding);
    if (!cr)
        return cr.error();
    r.ssmProbe = cp->Ssm;
    r.ssmReference = cr->Ssm;
    const ConceptHead& head = *model.parts().head;
    auto dec = decomposeCosineScore(cp->Ssm, cr->Ssm, head.aggregationMatrix(), head.aggregationBias());
    if (!dec)
        return dec.error();
    r.score = dec->score;
    r.contributions = dec->contributions;
    r.biasTerm = dec->biasTerm;
    r.residual = dec->residual;
    r.threshold = model.parts().threshold;
    r.baselineScore = cosineSimilarity(analyses[0].embedding.data(), analyses[1].embedding.data(), analyses[0].embedding.size());
    r.baselineThreshold = model.parts().baselineThreshold;
    r.baselineDecision = r.baselineScore >= r.baselineThreshold ? QStringLiteral("match") : QStringLiteral("non-match");
    for (const QString& p : r.probe.quality.problems)
        r.reasons << Tr::tr("probe: %1").arg(p);
    for (const QString& p : r.reference.quality.problems)
        r.reasons << Tr::tr("reference: %1").arg(p);
    if (!r.reasons.isEmpty())
        r.decision = QStringLiteral("inconclusive");
    else
        r.decision = r.score >= r.threshold ? QStringLiteral("match") : QStringLiteral("non-match");
    report(3, Tr::tr("Explaining"));
    r.groups = explainGroups(model, r.ssmProbe, r.ssmReference, r.contributions);
    r.sentences = explanationSentences(r);
    r.msHead = t.nsecsElapsed() * 1e-6;
    r.msTotal = total.nsecsElapsed() * 1e-6;
    report(4, Tr::tr("Done"));
    return r;
}

Result<double> FaceComparison::scoreWithout(const FaceComparisonResult& result, const FaceModel& model,
                                            const std::vector<bool>& keep)
{
    const ConceptHead& head = *model.parts().head;
    return scoreWithMask(result.ssmProbe, result.ssmReference, head.aggregationMatrix(), head.aggregationBias(), keep);
}

} // namespace descry

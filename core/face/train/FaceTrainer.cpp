#include <torch/torch.h>

#include "core/face/train/FaceTrainer.h"

#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/face/FaceModel.h"
#include "core/face/detail/AppearanceRange.h"
#include "core/face/train/FaceLrCalibration.h"
#include "core/face/train/FacePairScorer.h"
#include "core/face/train/detail/FaceHeadTraining.h"
#include "core/face/train/detail/FacePackRecord.h"
#include "core/face/train/detail/FaceTrainingEvaluation.h"
#include "core/face/train/detail/FaceTrainingInputs.h"
#include "core/pack/ModelPack.h"

// The training loop of `train face`: each step lives in core/face/train/detail (inputs, head, evaluation, record).
namespace descry {

namespace {

using namespace detail;

// What training produced before the pack is written: the parts (thresholds set) and the manifest's records.
struct TrainedPack
{
    FaceModelParts parts;
    PackRecord record;
};

// Calibration and evaluation of a trained head, every explainable pair scored as compare scores it; the LR is
// calibrated on the held-out identities' pairs (seed + 1: the pairs of the held-out figures).
Result<TrainedPack> evaluateTrained(const FaceTrainingOptions& o, MarginLossKind loss, const TrainingInputs& in,
                                    const IdentitySplit& split, const AugmentedRows& rows, const FeatureMatrices& m,
                                    const AppearanceDirections& dirs, const ConceptHead& head, double finalLoss,
                                    const std::function<void(const QString&)>& log, const std::atomic<bool>* cancel)
{
    TrainedPack t{{in.catalog, in.layout, head, m.stats, 0.0, 0.0,
                   appearanceRange(head, m.X.index_select(0, indexTensor(split.trainFaces)))},
                  {}};
    const auto visibility = photoVisibility(in.features); // checked on the photos, as compare checks them
    auto scorer = FacePairScorer::create(t.parts, in.features, visibility);
    if (!scorer)
        return scorer.error();
    auto cal = calibrate(*scorer, m.X, split, rows, o.seed);
    if (!cal)
        return cal.error();
    log(Tr::tr("threshold calibration: %1 of %2 pairs scored with exclusions")
            .arg(cal->pairsWithExclusions)
            .arg(cal->pairs));
    auto heldMetrics = evaluateHeldOut(*scorer, m.X, split, o.seed, [](const QString&) {});
    if (!heldMetrics)
        return heldMetrics.error();
    auto gap = evaluateGap(*scorer, m.X, in, split, rows, o.seed, log);
    if (!gap)
        return gap.error();
    t.parts.threshold = cal->threshold;
    t.parts.baselineThreshold = cal->baseThreshold;
    t.record = packRecord(o, in, split, rows, dirs, *cal, *gap, finalLoss);
    t.record.provenance.insert(QStringLiteral("aggregation"), headAggregationId(o.aggregation));
    auto lr = calibrateHeldOutFaceLr(in.features, split, o.seed + 1, [&](const auto& p) { return scorer->score(p); });
    if (!lr)
        return lr.error();
    t.record.calibration.insert(QStringLiteral("likelihood_ratio"), lr->toJson());
    log(Tr::tr("likelihood ratio: Cllr %1, Cllr_min %2 on %3 held-out pairs")
            .arg(lr->cllr, 0, 'f', 3)
            .arg(lr->cllrMin, 0, 'f', 3)
            .arg(lr->pairsSame + lr->pairsDifferent));
    if (o.measureAggregationCost) {
        auto cost = measureAggregationCost(o, loss, in, split, m, dirs, t.parts, visibility, *heldMetrics, log, cancel);
        if (!cost)
            return cost.error();
        t.record.metrics.insert(QStringLiteral("aggregation"), *cost);
    }
    return t;
}

Result<QJsonObject> train(const FaceTrainingOptions& o, const std::function<void(const QString&)>& log,
                          const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    const auto loss = marginLossOf(o.loss); // refused before any work
    if (!loss)
        return loss.error();
    // The pack folder is replaced as a whole at the end: refused now if that would remove an input.
    if (auto out = checkPackOutput(o.outDir, {o.facesRoot, o.cacheFile}); !out)
        return out.error();
    // A --cache that names anything but a feature cache (a photo, a manifest...) is refused, not replaced.
    if (auto cache = checkFaceFeatureCacheReplaceable(o.cacheFile); !cache)
        return cache.error();
    torch::manual_seed(o.seed);
    auto in = loadInputs(o, log, progress, cancel);
    if (!in)
        return in.error();
    IdentitySplit split = splitFaces(o, in->features, log);
    auto rows = augmentFaces(o, *in, split, log, progress, cancel);
    if (!rows)
        return rows.error();
    const FeatureMatrices m = buildMatrices(in->features, in->layout, rows->cleanTrainFaces, o.tau);
    AppearanceDirections dirs = learnAppearanceDirections(*in, split, m, o.seed, log);
    if (auto st = dropUnreliableAppearance(&*in, &dirs, log); !st)
        return st.error();
    auto head = createHead(o, in->layout, dirs.dirs.weight);
    if (!head)
        return head.error();
    auto finalLoss = trainHeadOnIdentities(o, *loss, *head, split, m, log, cancel);
    if (!finalLoss)
        return finalLoss.error();
    auto trained = evaluateTrained(o, *loss, *in, split, *rows, m, dirs, *head, *finalLoss, log, cancel);
    if (!trained)
        return trained.error();
    if (auto st = writePack(o, trained->parts, trained->record); !st)
        return st.error();
    return trained->record.metrics;
}

} // namespace

QString faceLossId(FaceLoss loss)
{
    switch (loss) {
    case FaceLoss::AdaFace:
        return QStringLiteral("adaface");
    case FaceLoss::ArcFace:
        return QStringLiteral("arcface");
    case FaceLoss::CosFace:
        return QStringLiteral("cosface");
    }
    return {};
}

std::optional<FaceLoss> faceLossFromId(const QString& id)
{
    for (FaceLoss loss : {FaceLoss::AdaFace, FaceLoss::ArcFace, FaceLoss::CosFace})
        if (faceLossId(loss) == id)
            return loss;
    return std::nullopt;
}

QStringList faceLossIds()
{
    return {faceLossId(FaceLoss::AdaFace), faceLossId(FaceLoss::ArcFace), faceLossId(FaceLoss::CosFace)};
}

Result<QJsonObject> trainFacePack(const FaceTrainingOptions& o, const std::function<void(const QString&)>& log,
                                  const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    return detail::guarded(ErrorCode::Internal, o.outDir,
                           [&]() -> Result<QJsonObject> { return train(o, log, progress, cancel); });
}

} // namespace descry

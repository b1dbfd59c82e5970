#include <torch/torch.h>

#include "core/face/train/detail/FaceTrainingEvaluation.h"

#include "core/common/Tr.h"
#include "core/eval/Similarity.h"
#include "core/eval/Verification.h"
#include "core/face/train/FaceGap.h"

#include <QMap>

#include <cmath>
#include <optional>

namespace descry::detail {

namespace {

// Mean 10-fold accuracy and AUC of the explainable model over the held-out sets (evaluateHeldOut's object).
QJsonObject heldOutSummary(const QJsonObject& heldMetrics)
{
    double accuracy = 0, auc = 0;
    int n = 0;
    for (auto it = heldMetrics.begin(); it != heldMetrics.end(); ++it, ++n) {
        const QJsonObject ex = it.value().toObject().value(QStringLiteral("explainable")).toObject();
        accuracy += ex.value(QStringLiteral("accuracy")).toDouble();
        auc += ex.value(QStringLiteral("auc")).toDouble();
    }
    return {{QStringLiteral("accuracy"), n ? accuracy / n : 0.0},
            {QStringLiteral("auc"), n ? auc / n : 0.0},
            {QStringLiteral("held_out_sets"), n}};
}

} // namespace

std::vector<double> pairScores(const torch::Tensor& rows, const std::vector<FacePair>& pairs)
{
    const torch::Tensor c = rows.contiguous().to(torch::kFloat32);
    const int k = int(c.size(1));
    std::vector<double> out;
    for (const FacePair& p : pairs)
        out.push_back(cosineSimilarity(c[p.a].data_ptr<float>(), c[p.b].data_ptr<float>(), size_t(k)));
    return out;
}

std::vector<int> sameOf(const std::vector<FacePair>& pairs)
{
    std::vector<int> s;
    for (const FacePair& p : pairs)
        s.push_back(p.same);
    return s;
}

Result<Calibration> calibrate(const FacePairScorer& scorer, const torch::Tensor& X, const IdentitySplit& split,
                              const AugmentedRows& rows, uint64_t seed)
{
    auto trainPairs = sampleBalancedPairs(rows.cleanTrainFaces, split.identity, seed);
    const size_t clean = trainPairs.size();
    for (size_t i = 0; i < clean; ++i) {
        const auto it = rows.trainCopies.constFind(trainPairs[i].a);
        if (it != rows.trainCopies.cend() && !it->empty())
            trainPairs.push_back({(*it)[i % it->size()], trainPairs[i].b, trainPairs[i].same});
    }
    auto scored = scorer.score(trainPairs);
    if (!scored)
        return scored.error();
    const std::vector<double> ex = FacePairScorer::values(*scored);
    const std::vector<int> same = sameOf(trainPairs);
    Calibration c;
    c.threshold = bestThreshold(ex, same);
    c.baseThreshold = bestThreshold(pairScores(X, trainPairs), same);
    c.trainAccuracy = evaluateVerification(ex, same, {}).accuracy;
    c.pairs = int(trainPairs.size());
    for (const PairScore& p : *scored)
        c.pairsWithExclusions += !p.excluded.isEmpty();
    return c;
}

Result<QJsonObject> evaluateHeldOut(const FacePairScorer& scorer, const torch::Tensor& X, const IdentitySplit& split,
                                    uint64_t seed, const std::function<void(const QString&)>& log)
{
    QJsonObject heldMetrics;
    for (auto it = split.heldOutFaces.cbegin(); it != split.heldOutFaces.cend(); ++it) {
        const auto pairs = sampleBalancedPairs(it.value(), split.identity, seed + 1);
        const auto same = sameOf(pairs);
        auto scored = scorer.score(pairs);
        if (!scored)
            return scored.error();
        const auto ex = evaluateVerification(FacePairScorer::values(*scored), same, {});
        const auto bl = evaluateVerification(pairScores(X, pairs), same, {});
        heldMetrics.insert(it.key(), QJsonObject{{QStringLiteral("explainable"), verificationToJson(ex)},
                                                 {QStringLiteral("baseline"), verificationToJson(bl)}});
        log(Tr::tr("%1 held-out: explainable %2 ± %3, baseline %4 ± %5 (%6 pairs)")
                .arg(it.key())
                .arg(ex.accuracy * 100, 0, 'f', 2)
                .arg(ex.accuracyStd * 100, 0, 'f', 2)
                .arg(bl.accuracy * 100, 0, 'f', 2)
                .arg(bl.accuracyStd * 100, 0, 'f', 2)
                .arg(ex.pairs));
    }
    return heldMetrics;
}

Result<QJsonObject> evaluateGap(const FacePairScorer& scorer, const torch::Tensor& X, const TrainingInputs& in,
                                const IdentitySplit& split, const AugmentedRows& rows, uint64_t seed,
                                const std::function<void(const QString&)>& log)
{
    std::vector<std::vector<float>> bl;
    std::vector<GapFace> faces;
    std::vector<int> featureRow; // gap row → feature row
    QMap<int, int> gapRow;       // feature row → gap row
    const auto add = [&](int row) {
        const FaceFeatures& f = in.features[size_t(row)];
        gapRow.insert(row, int(faces.size()));
        faces.push_back({f.face.dataset, split.identity[size_t(row)], f.augmentation,
                         f.source < 0 ? -1 : gapRow.value(f.source, -1)});
        featureRow.push_back(row);
        const torch::Tensor r = X[row].contiguous().to(torch::kFloat32);
        bl.emplace_back(r.data_ptr<float>(), r.data_ptr<float>() + r.numel());
    };
    for (auto it = split.heldOutFaces.cbegin(); it != split.heldOutFaces.cend(); ++it)
        for (int row : it.value())
            add(row);
    for (int row : rows.heldOutCopies)
        add(row);
    std::optional<Error> failed;
    const auto explainable = [&](int a, int b) {
        auto p = scorer.score(featureRow[size_t(a)], featureRow[size_t(b)]);
        if (!p)
            failed = failed ? failed : p.error();
        return p ? p->score : std::nan("");
    };
    const QJsonObject gap = evaluateFaceGap(explainable, bl, faces, seed);
    if (failed)
        return *failed;
    for (const QString& line : faceGapLines(gap))
        log(line);
    return gap;
}

Result<QJsonObject> measureAggregationCost(const FaceTrainingOptions& o, MarginLossKind loss, const TrainingInputs& in,
                                           const IdentitySplit& split, const FeatureMatrices& m,
                                           const AppearanceDirections& dirs, const FaceModelParts& parts,
                                           const std::vector<QList<ComponentVisibility>>& visibility,
                                           const QJsonObject& chosenHeld,
                                           const std::function<void(const QString&)>& log,
                                           const std::atomic<bool>* cancel)
{
    FaceTrainingOptions other = o;
    other.aggregation = o.aggregation == HeadAggregation::Block ? HeadAggregation::Full : HeadAggregation::Block;
    log(Tr::tr("measuring the aggregation cost: training a %1 head with the same seed")
            .arg(headAggregationId(other.aggregation)));
    torch::manual_seed(o.seed);
    auto head = createHead(other, in.layout, dirs.dirs.weight);
    if (!head)
        return head.error();
    auto finalLoss = trainHeadOnIdentities(other, loss, *head, split, m, log, cancel);
    if (!finalLoss)
        return finalLoss.error();
    FaceModelParts otherParts = parts;
    otherParts.head = *head;
    auto scorer = FacePairScorer::create(otherParts, in.features, visibility);
    if (!scorer)
        return scorer.error();
    auto held = evaluateHeldOut(*scorer, m.X, split, o.seed, log);
    if (!held)
        return held.error();
    const QJsonObject otherHeld = *held;
    const QString chosen = headAggregationId(o.aggregation), alt = headAggregationId(other.aggregation);
    QJsonObject out{{QStringLiteral("chosen"), chosen}, {chosen, heldOutSummary(chosenHeld)},
                    {alt, heldOutSummary(otherHeld)},   {QStringLiteral("block_width"), o.blockWidth},
                    {QStringLiteral("full_m"), o.m},    {QStringLiteral("held_out_") + alt, otherHeld}};
    const double cost = (out.value(QStringLiteral("full")).toObject().value(QStringLiteral("accuracy")).toDouble() -
                         out.value(QStringLiteral("block")).toObject().value(QStringLiteral("accuracy")).toDouble()) *
                        100.0;
    out.insert(QStringLiteral("cost_points"), cost);
    log(Tr::tr("aggregation cost: full − block = %1 accuracy points on held-out identities").arg(cost, 0, 'f', 2));
    return out;
}

} // namespace descry::detail

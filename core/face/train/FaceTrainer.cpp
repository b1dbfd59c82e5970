#include <torch/torch.h>

#include "core/face/train/FaceTrainer.h"

#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/pack/AssetLock.h"
#include "core/eval/ClassificationMetrics.h"
#include "core/eval/Similarity.h"
#include "core/eval/Verification.h"
#include "core/face/FaceModel.h"
#include "core/face/detail/AppearanceRange.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/face/train/Augmentation.h"
#include "core/face/train/FaceFeatureSet.h"
#include "core/face/train/FaceGap.h"
#include "core/face/train/FacePairs.h"
#include "core/face/train/IdentitySplit.h"
#include "core/face/train/FaceLrCalibration.h"
#include "core/train/detail/DirectionLearner.h"
#include "core/train/detail/HeadTrainer.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

// Scores of pairs: cosine between rows of a B×k matrix.
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

// Everything measured on the faces folder: the catalog and its concept layout, the faces and their features.
struct TrainingInputs
{
    Catalog catalog;
    FaceConceptLayout layout;
    std::vector<FaceFeatures> features; // the photos, then their augmented copies
    std::optional<FaceAnalyzer> analyzer;
};

// Where the augmented copies went: training copies per source photo, held-out copies, and the counts.
struct AugmentedRows
{
    std::vector<int> cleanTrainFaces;        // training photos without their copies
    QMap<int, std::vector<int>> trainCopies; // source row → rows of its training copies
    std::vector<int> heldOutCopies;
    int trainFailed = 0, heldOutFailed = 0;
};

// Per-face matrices: X the ResNet embeddings (Xn L2-normalised), D the direct (morphometric) scores, Y the
// nearest-grade labels of the appearance concepts; rows of failed faces stay zero.
struct FeatureMatrices
{
    morphometry::PopulationStats stats; // from training faces only
    torch::Tensor X, D, Y, Xn;
};

// Appearance directions learned from measured labels, and their held-out agreement with measurement.
struct AppearanceDirections
{
    detail::Directions dirs;
    QJsonObject aucs; // per descriptor id
    double medianAuc = NAN;
};

// Thresholds chosen on balanced pairs of the training identities.
struct Calibration
{
    double threshold = 0;
    double baseThreshold = 0;
    double trainAccuracy = 0;
};

torch::Tensor indexTensor(const std::vector<int>& v)
{
    return torch::tensor(std::vector<int64_t>(v.begin(), v.end()));
}

Result<TrainingInputs> loadInputs(const FaceTrainingOptions& o, const std::function<void(const QString&)>& log,
                                  const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    auto catalog = Catalog::load(defaultFaceCatalogPath());
    if (!catalog)
        return catalog.error();
    // Landmark and region quantities: the layout indexes the analyser's measured vector.
    auto analyzer = FaceAnalyzer::loadDefaultWithRegions();
    if (!analyzer)
        return analyzer.error();
    auto layout = FaceConceptLayout::build(*catalog, ConceptSource::Appearance, analyzer->quantities());
    if (!layout)
        return layout.error();
    auto faces = scanFaceDatasets(o.facesRoot);
    if (!faces)
        return faces.error();
    log(Tr::tr("analysing %1 faces").arg(faces->size()));
    auto feats = extractFaceFeatures(*analyzer, *faces, o.cacheFile, progress, cancel);
    if (!feats)
        return feats.error();
    return TrainingInputs{std::move(catalog).value(), std::move(layout).value(), std::move(feats).value(),
                          std::move(analyzer).value()};
}

IdentitySplit splitFaces(const FaceTrainingOptions& o, const std::vector<FaceFeatures>& feats,
                         const std::function<void(const QString&)>& log)
{
    IdentitySplit s = splitIdentities(feats, o.facesRoot, o.heldOutEvery);
    log(Tr::tr("%1 training faces, %2 failures").arg(s.trainFaces.size()).arg(s.failures.size()));
    return s;
}

// K augmented copies of every training photo (the ids cycled so each id is used about equally) and evalAugment
// copies of every held-out photo per id, analysed and appended to the features; training copies join the training
// faces under their photo's identity. Held-out copies are only ever evaluated.
Result<AugmentedRows> augmentFaces(const FaceTrainingOptions& o, TrainingInputs& in, IdentitySplit& split,
                                   const std::function<void(const QString&)>& log,
                                   const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    AugmentedRows rows;
    rows.cleanTrainFaces = split.trainFaces;
    const QStringList& ids = augmentationIds();
    std::vector<AugmentationRequest> requests;
    for (size_t k = 0; k < split.trainFaces.size(); ++k)
        for (int c = 0; c < o.augment; ++c)
            requests.push_back(
                {split.trainFaces[k], ids[int((k * size_t(o.augment) + size_t(c)) % size_t(ids.size()))], c});
    const size_t nTrain = requests.size();
    for (auto it = split.heldOutFaces.cbegin(); it != split.heldOutFaces.cend(); ++it)
        for (int f : it.value())
            for (const QString& id : ids)
                for (int c = 0; c < o.evalAugment; ++c)
                    requests.push_back({f, id, c});
    if (requests.empty())
        return rows;
    log(Tr::tr("analysing %1 augmented copies (%2 of training photos, %3 of held-out photos)")
            .arg(requests.size())
            .arg(nTrain)
            .arg(requests.size() - nTrain));
    auto copies = extractAugmentedFeatures(*in.analyzer, in.features, requests, o.seed, o.cacheFile, progress, cancel);
    if (!copies)
        return copies.error();
    for (size_t i = 0; i < copies->size(); ++i) {
        const FaceFeatures& f = (*copies)[i];
        const int row = int(in.features.size());
        in.features.push_back(f);
        const bool train = i < nTrain;
        split.identity.push_back(f.ok ? split.identity[size_t(f.source)] : -1);
        if (!f.ok) {
            ++(train ? rows.trainFailed : rows.heldOutFailed);
            continue;
        }
        if (train) {
            split.trainFaces.push_back(row);
            rows.trainCopies[f.source].push_back(row);
        } else {
            rows.heldOutCopies.push_back(row);
        }
    }
    log(Tr::tr("augmented copies without a face: %1 of training photos, %2 of held-out photos")
            .arg(rows.trainFailed)
            .arg(rows.heldOutFailed));
    return rows;
}

FeatureMatrices buildMatrices(const std::vector<FaceFeatures>& feats, const FaceConceptLayout& layout,
                              const std::vector<int>& trainFaces, float tau)
{
    FeatureMatrices m;
    std::vector<std::vector<double>> trainMorph;
    for (int i : trainFaces)
        trainMorph.push_back(feats[size_t(i)].morphometry);
    m.stats = morphometry::computeStats(trainMorph, layout.measured); // spread floored per quantity kind
    // The pack stores the statistics as float32: the figures recorded now are those of the stored values, so eval
    // face-gap reproduces them (a quantity constant on the training photos has a spread of 1e-9, so z-scores of
    // augmented copies reach 1e8 and the rounding of the stored spread alone moved their scores).
    for (auto* v : {&m.stats.mean, &m.stats.stddev})
        for (double& x : *v)
            x = double(float(x));

    const int n = int(feats.size());
    m.X = torch::zeros({n, 128});
    m.D = torch::zeros({n, layout.nDirect});
    m.Y = torch::zeros({n, layout.numAppearance()});
    for (int i = 0; i < n; ++i) {
        const FaceFeatures& f = feats[size_t(i)];
        if (!f.ok)
            continue;
        m.X[i] = torch::from_blob(const_cast<float*>(f.embedding.data()), {128}).clone();
        const auto z = morphometry::zScores(f.morphometry, m.stats);
        const auto d = layout.directScores(z, tau);
        m.D[i] = torch::from_blob(const_cast<float*>(d.data()), {layout.nDirect}).clone();
        const auto y = layout.nearestGradeLabels(z);
        m.Y[i] = torch::from_blob(const_cast<float*>(y.data()), {layout.numAppearance()}).clone();
    }
    m.Xn = torch::nn::functional::normalize(m.X, torch::nn::functional::NormalizeFuncOptions().dim(1));
    return m;
}

// One logistic direction per appearance concept, learned group by group on the training faces on which that
// characteristic was measured (a NaN label = not assessed on that face: the face takes no part).
detail::Directions learnMaskedDirections(const FaceConceptLayout& layout, const torch::Tensor& X,
                                         const torch::Tensor& Y, uint64_t seed)
{
    const int n = layout.numAppearance();
    detail::Directions all{torch::zeros({n, X.size(1)}), torch::zeros({n})};
    for (const FaceConceptGroup& g : layout.groups) {
        if (g.source != ConceptSource::Appearance || g.concepts.isEmpty())
            continue;
        std::vector<int64_t> cols;
        for (int k : g.concepts)
            cols.push_back(k - layout.nDirect);
        const torch::Tensor colIdx = torch::tensor(cols);
        const torch::Tensor rows = torch::isfinite(Y.select(1, cols.front())).nonzero().squeeze(1);
        if (rows.size(0) < 2)
            continue;
        const detail::Directions d = detail::learnDirections(
            X.index_select(0, rows), Y.index_select(0, rows).index_select(1, colIdx), 1e-3, 400, seed);
        all.weight.index_copy_(0, colIdx, d.weight);
        all.bias.index_copy_(0, colIdx, d.bias);
    }
    return all;
}

AppearanceDirections learnAppearanceDirections(const TrainingInputs& in, const IdentitySplit& split,
                                               const FeatureMatrices& m, uint64_t seed,
                                               const std::function<void(const QString&)>& log)
{
    AppearanceDirections a;
    const torch::Tensor tr = indexTensor(split.trainFaces);
    a.dirs = learnMaskedDirections(in.layout, m.Xn.index_select(0, tr), m.Y.index_select(0, tr), seed);
    std::vector<int> heldAll;
    for (const auto& v : split.heldOutFaces)
        heldAll.insert(heldAll.end(), v.begin(), v.end());
    const torch::Tensor ho = indexTensor(heldAll);
    const torch::Tensor heldLogits =
        (torch::matmul(m.Xn.index_select(0, ho), a.dirs.weight.t()) + a.dirs.bias).contiguous();
    const torch::Tensor heldY = m.Y.index_select(0, ho).contiguous();
    std::vector<double> aucValues;
    for (int k = 0; k < in.layout.numAppearance(); ++k) {
        std::vector<double> s;
        std::vector<int> l;
        for (int i = 0; i < heldLogits.size(0); ++i) {
            const float y = heldY[i][k].item<float>();
            if (!std::isfinite(y))
                continue; // not assessed on this face
            s.push_back(heldLogits[i][k].item<double>());
            l.push_back(int(y));
        }
        const double auc = rocAuc(s, l);
        const auto& c = in.layout.concepts[in.layout.nDirect + k];
        a.aucs.insert(in.catalog.descriptors()[c.descriptor].id, std::isnan(auc) ? QJsonValue() : QJsonValue(auc));
        if (!std::isnan(auc))
            aucValues.push_back(auc);
    }
    std::sort(aucValues.begin(), aucValues.end());
    a.medianAuc = aucValues.empty() ? NAN : aucValues[aucValues.size() / 2];
    log(Tr::tr("appearance directions: median held-out AUC vs measurement %1").arg(a.medianAuc, 0, 'f', 3));
    return a;
}

// Leaves out the appearance groups of characteristics whose directions agree too little with measurement
// (mean held-out AUC < 0.6): the layout is rebuilt without them and their direction rows are dropped.
Status dropUnreliableAppearance(TrainingInputs* in, AppearanceDirections* a,
                                const std::function<void(const QString&)>& log)
{
    QMap<QString, double> unreliable = unreliableAppearance(in->catalog, a->aucs);
    // A characteristic measured on too few faces to learn or test a direction has no AUC at all: its direction rows
    // stay zero, so it cannot be scored by appearance either.
    for (const FaceConceptGroup& g : in->layout.groups) {
        if (g.source != ConceptSource::Appearance)
            continue;
        bool anyAuc = false;
        for (int k : g.concepts) {
            const QJsonValue v = a->aucs.value(in->catalog.descriptors()[in->layout.concepts[k].descriptor].id);
            anyAuc = anyAuc || (v.isDouble() && std::isfinite(v.toDouble()));
        }
        if (!anyAuc)
            unreliable.insert(in->catalog.groups()[g.catalogGroup].id, std::nan(""));
    }
    if (unreliable.isEmpty())
        return {};
    auto layout =
        FaceConceptLayout::build(in->catalog, ConceptSource::Appearance, in->layout.measured, unreliable.keys());
    if (!layout)
        return layout.error();
    std::vector<int64_t> keep;
    for (int k = layout->nDirect; k < layout->concepts.size(); ++k) {
        for (int j = in->layout.nDirect; j < in->layout.concepts.size(); ++j)
            if (in->layout.concepts[j].descriptor == layout->concepts[k].descriptor)
                keep.push_back(j - in->layout.nDirect);
    }
    const torch::Tensor idx = torch::tensor(keep);
    a->dirs.weight = a->dirs.weight.index_select(0, idx);
    a->dirs.bias = a->dirs.bias.index_select(0, idx);
    for (auto it = unreliable.cbegin(); it != unreliable.cend(); ++it)
        log(std::isnan(it.value())
                ? Tr::tr("%1: not assessed by appearance (too few faces measured to learn and test a direction)")
                      .arg(it.key())
                : Tr::tr("%1: not assessed by appearance (held-out AUC %2 < 0.6)")
                      .arg(it.key())
                      .arg(it.value(), 0, 'f', 3));
    in->layout = *layout;
    return {};
}

Result<detail::MarginLossKind> marginLossOf(FaceLoss loss)
{
    switch (loss) {
    case FaceLoss::AdaFace:
        return detail::MarginLossKind::AdaFace;
    case FaceLoss::ArcFace:
        return detail::MarginLossKind::ArcFace;
    case FaceLoss::CosFace:
        return detail::MarginLossKind::CosFace;
    }
    return Error(
        ErrorCode::Usage,
        Tr::tr("unknown loss %1 (expected one of %2)").arg(int(loss)).arg(faceLossIds().join(QStringLiteral(", "))));
}

Result<ConceptHead> createHead(const FaceTrainingOptions& o, const FaceConceptLayout& layout,
                               const torch::Tensor& directions)
{
    HeadConfig cfg;
    cfg.d = 128;
    cfg.r = 4;
    cfg.nDirect = layout.nDirect;
    cfg.m = o.m;
    cfg.alpha = o.alpha;
    cfg.tau = o.tau;
    cfg.groupOf = layout.groupOf;
    if (o.aggregation == HeadAggregation::Block) {
        cfg.aggregation = HeadAggregation::Block;
        cfg.blockWidth = o.blockWidth;
        cfg.m = int(layout.groups.size()) * o.blockWidth;
    }
    auto head = ConceptHead::create(cfg, o.seed);
    if (!head)
        return head.error();
    detail::module(*head)->setDescriptorEmbeddings(directions);
    return head;
}

// Trains `head` in place on the training identities (dense class ids); returns the final epoch's loss.
Result<double> trainHeadOnIdentities(const FaceTrainingOptions& o, detail::MarginLossKind loss, const ConceptHead& head,
                                     const IdentitySplit& split, const FeatureMatrices& m,
                                     const std::function<void(const QString&)>& log, const std::atomic<bool>* cancel)
{
    detail::HeadTrainerOptions to;
    to.loss = loss;
    to.epochs = o.epochs;
    to.lr = o.lr;
    to.seed = o.seed;
    to.batchSize = 64;
    to.cancel = cancel;
    to.progress = [&](int epoch, double value) {
        if (epoch % 50 == 0 || epoch == 1)
            log(Tr::tr("epoch %1/%2 loss %3").arg(epoch).arg(o.epochs).arg(value, 0, 'f', 4));
    };
    std::vector<int64_t> labels;
    QMap<int, int> dense;
    for (int i : split.trainFaces) {
        const int id = split.identity[size_t(i)];
        if (!dense.contains(id))
            dense.insert(id, int(dense.size()));
        labels.push_back(dense.value(id));
    }
    auto module = detail::module(head);
    const torch::Tensor tr = indexTensor(split.trainFaces);
    auto trained =
        detail::trainHead(module, m.X.index_select(0, tr), m.D.index_select(0, tr), torch::tensor(labels), to);
    if (!trained)
        return trained.error();
    return trained->epochLoss.empty() ? 0.0 : trained->epochLoss.back();
}

// The explainable embeddings e of every face through the trained head (eval mode, no gradients).
torch::Tensor embedAll(const ConceptHead& head, const FeatureMatrices& m)
{
    torch::NoGradGuard ng;
    auto module = detail::module(head);
    module->eval();
    return module->forward(m.X, m.D).e.detach();
}

// Best-accuracy thresholds on balanced pairs of the training photos, plus the same pairs with the first photo
// replaced by one of its augmented copies (a photo is never paired with its own copy).
Calibration calibrate(const torch::Tensor& E, const torch::Tensor& X, const IdentitySplit& split,
                      const AugmentedRows& rows, uint64_t seed)
{
    auto trainPairs = sampleBalancedPairs(rows.cleanTrainFaces, split.identity, seed);
    const size_t clean = trainPairs.size();
    for (size_t i = 0; i < clean; ++i) {
        const auto it = rows.trainCopies.constFind(trainPairs[i].a);
        if (it != rows.trainCopies.cend() && !it->empty())
            trainPairs.push_back({(*it)[i % it->size()], trainPairs[i].b, trainPairs[i].same});
    }
    Calibration c;
    c.threshold = bestThreshold(pairScores(E, trainPairs), sameOf(trainPairs));
    c.baseThreshold = bestThreshold(pairScores(X, trainPairs), sameOf(trainPairs));
    c.trainAccuracy = evaluateVerification(pairScores(E, trainPairs), sameOf(trainPairs), {}).accuracy;
    return c;
}

// Held-out evaluation per dataset, 10-fold, explainable and baseline.
QJsonObject evaluateHeldOut(const torch::Tensor& E, const torch::Tensor& X, const IdentitySplit& split, uint64_t seed,
                            const std::function<void(const QString&)>& log)
{
    QJsonObject heldMetrics;
    for (auto it = split.heldOutFaces.cbegin(); it != split.heldOutFaces.cend(); ++it) {
        const auto pairs = sampleBalancedPairs(it.value(), split.identity, seed + 1);
        const auto same = sameOf(pairs);
        const auto ex = evaluateVerification(pairScores(E, pairs), same, {});
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

std::vector<float> rowOf(const torch::Tensor& t, int i)
{
    const torch::Tensor r = t[i].contiguous().to(torch::kFloat32);
    return std::vector<float>(r.data_ptr<float>(), r.data_ptr<float>() + r.numel());
}

// The gap evaluation (FaceGap): held-out photos per dataset and all together, clean and augmented, explainable
// against baseline; what metrics.held_out, held_out_augmented and gap_goal record.
QJsonObject evaluateGap(const torch::Tensor& E, const torch::Tensor& X, const TrainingInputs& in,
                        const IdentitySplit& split, const AugmentedRows& rows, uint64_t seed,
                        const std::function<void(const QString&)>& log)
{
    std::vector<std::vector<float>> ex, bl;
    std::vector<GapFace> faces;
    QMap<int, int> gapRow; // feature row → gap row
    const auto add = [&](int row) {
        const FaceFeatures& f = in.features[size_t(row)];
        gapRow.insert(row, int(faces.size()));
        faces.push_back({f.face.dataset, split.identity[size_t(row)], f.augmentation,
                         f.source < 0 ? -1 : gapRow.value(f.source, -1)});
        ex.push_back(rowOf(E, row));
        bl.push_back(rowOf(X, row));
    };
    for (auto it = split.heldOutFaces.cbegin(); it != split.heldOutFaces.cend(); ++it)
        for (int row : it.value())
            add(row);
    for (int row : rows.heldOutCopies)
        add(row);
    const QJsonObject gap = evaluateFaceGap(ex, bl, faces, seed);
    for (const QString& line : faceGapLines(gap))
        log(line);
    return gap;
}

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

// Trains the other aggregation (block ↔ full) with the same seed and inputs and records both held-out results:
// {"chosen", "block": {accuracy, auc}, "full": {...}, "cost_points": full − block accuracy in points}.
Result<QJsonObject> measureAggregationCost(const FaceTrainingOptions& o, detail::MarginLossKind loss,
                                           const TrainingInputs& in, const IdentitySplit& split,
                                           const FeatureMatrices& m, const AppearanceDirections& dirs,
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
    const QJsonObject otherHeld = evaluateHeldOut(embedAll(*head, m), m.X, split, o.seed, log);
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

// What a trained pack records besides its tensors.
struct PackRecord
{
    QJsonObject calibration, metrics, provenance;
};

// The datasets and the training identities of a run, for the calibration's `dataset` and the provenance.
QStringList datasetsOf(const TrainingInputs& in)
{
    QStringList names;
    for (const FaceFeatures& f : in.features)
        if (!names.contains(f.face.dataset))
            names << f.face.dataset;
    return names;
}

QJsonArray trainingIdentities(const TrainingInputs& in, const IdentitySplit& split)
{
    QStringList ids;
    for (int i : split.trainFaces)
        if (!ids.contains(in.features[size_t(i)].face.identity))
            ids << in.features[size_t(i)].face.identity;
    ids.sort();
    return QJsonArray::fromStringList(ids);
}

QJsonObject augmentationRecord(const FaceTrainingOptions& o, const AugmentedRows& rows)
{
    int trainCopies = 0;
    for (const auto& v : rows.trainCopies)
        trainCopies += int(v.size());
    return {{QStringLiteral("ids"), QJsonArray::fromStringList(augmentationIds())},
            {QStringLiteral("copies_per_training_photo"), o.augment},
            {QStringLiteral("copies_per_held_out_photo_and_id"), o.evalAugment},
            {QStringLiteral("training_copies"), trainCopies},
            {QStringLiteral("training_copies_failed"), rows.trainFailed},
            {QStringLiteral("held_out_copies"), int(rows.heldOutCopies.size())},
            {QStringLiteral("held_out_copies_failed"), rows.heldOutFailed},
            {QStringLiteral("selection"),
             QStringLiteral("training photo k, copy c gets ids[(k*K + c) mod n]; seed of a copy: FNV-1a of "
                            "(photo SHA-256, id, c, seed)")}};
}

PackRecord packRecord(const FaceTrainingOptions& o, const TrainingInputs& in, const IdentitySplit& split,
                      const AugmentedRows& rows, const AppearanceDirections& dirs, const Calibration& cal,
                      const QJsonObject& gap, double finalLoss)
{
    const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    PackRecord r;
    r.calibration = {
        {QStringLiteral("threshold"), cal.threshold},
        {QStringLiteral("baseline_threshold"), cal.baseThreshold},
        {QStringLiteral("operating_point"),
         QStringLiteral("maximum accuracy on balanced same/different pairs of the training identities "
                        "(all same pairs, as many different pairs), plus the same pairs with the first "
                        "photo replaced by an augmented copy")},
        {QStringLiteral("train_pairs_accuracy"), cal.trainAccuracy},
        {QStringLiteral("dataset"), Tr::tr("%1 training identities").arg(datasetsOf(in).join(QStringLiteral(", ")))},
        {QStringLiteral("date"), date}};
    r.metrics = {{QStringLiteral("held_out"), gap.value(QStringLiteral("held_out"))},
                 {QStringLiteral("held_out_augmented"), gap.value(QStringLiteral("held_out_augmented"))},
                 {QStringLiteral("gap_goal"), gap.value(QStringLiteral("goal"))},
                 {QStringLiteral("train_pairs_accuracy"), cal.trainAccuracy},
                 {QStringLiteral("appearance_direction_auc"), dirs.aucs},
                 {QStringLiteral("appearance_direction_auc_median"), dirs.medianAuc},
                 {QStringLiteral("final_loss"), finalLoss}};
    r.provenance = {{QStringLiteral("command"), o.command},
                    {QStringLiteral("trained"), date},
                    {QStringLiteral("loss"), faceLossId(o.loss)},
                    {QStringLiteral("epochs"), o.epochs},
                    {QStringLiteral("lr"), o.lr},
                    {QStringLiteral("seed"), QString::number(o.seed)},
                    {QStringLiteral("faces"), int(split.failures.size() + rows.cleanTrainFaces.size()) +
                                                  [&] {
                                                      int n = 0;
                                                      for (const auto& v : split.heldOutFaces)
                                                          n += int(v.size());
                                                      return n;
                                                  }()},
                    {QStringLiteral("training_faces"), int(split.trainFaces.size())},
                    {QStringLiteral("training_photos"), int(rows.cleanTrainFaces.size())},
                    {QStringLiteral("augmentation"), augmentationRecord(o, rows)},
                    {QStringLiteral("held_out_every"), o.heldOutEvery},
                    {QStringLiteral("split"),
                     QStringLiteral("per dataset, identities in sorted order; every %1-th (starting with the "
                                    "second) is held out")
                         .arg(o.heldOutEvery)},
                    {QStringLiteral("training_identities"), trainingIdentities(in, split)},
                    {QStringLiteral("held_out_identities"), split.heldOutIds},
                    {QStringLiteral("failures"), split.failures}};
    return r;
}

Status writePack(const FaceTrainingOptions& o, const FaceModelParts& parts, const PackRecord& record)
{
    auto binPath = verifiedAssetPath(QStringLiteral("face_recognition_model.bin"));
    auto manPath = verifiedAssetPath(QStringLiteral("face_recognition_model-weights_manifest.json"));
    if (!binPath)
        return binPath.error();
    if (!manPath)
        return manPath.error();
    return writeFacePack(o.outDir, parts, o.name, o.version, record.calibration, record.metrics, record.provenance,
                         {*manPath, *binPath}, {o.facesRoot, o.cacheFile, *manPath, *binPath});
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
    const torch::Tensor E = embedAll(*head, m);
    const Calibration cal = calibrate(E, m.X, split, *rows, o.seed);
    const QJsonObject heldMetrics = evaluateHeldOut(E, m.X, split, o.seed, [](const QString&) {});
    const QJsonObject gap = evaluateGap(E, m.X, *in, split, *rows, o.seed, log);

    const FaceModelParts parts{in->catalog,
                               in->layout,
                               *head,
                               m.stats,
                               cal.threshold,
                               cal.baseThreshold,
                               detail::appearanceRange(*head, m.X.index_select(0, indexTensor(split.trainFaces)))};
    PackRecord record = packRecord(o, *in, split, *rows, dirs, cal, gap, *finalLoss);
    record.provenance.insert(QStringLiteral("aggregation"), headAggregationId(o.aggregation));
    // The LR is calibrated on the held-out identities' pairs (seed + 1: the pairs of the held-out figures).
    auto lr = calibrateHeldOutFaceLr(in->features, split, o.seed + 1, [&](const auto& p) { return pairScores(E, p); });
    if (!lr)
        return lr.error();
    record.calibration.insert(QStringLiteral("likelihood_ratio"), lr->toJson());
    log(Tr::tr("likelihood ratio: Cllr %1, Cllr_min %2 on %3 held-out pairs")
            .arg(lr->cllr, 0, 'f', 3)
            .arg(lr->cllrMin, 0, 'f', 3)
            .arg(lr->pairsSame + lr->pairsDifferent));
    if (o.measureAggregationCost) {
        auto cost = measureAggregationCost(o, *loss, *in, split, m, dirs, heldMetrics, log, cancel);
        if (!cost)
            return cost.error();
        record.metrics.insert(QStringLiteral("aggregation"), *cost);
    }
    auto st = writePack(o, parts, record);
    if (!st)
        return st.error();
    return record.metrics;
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

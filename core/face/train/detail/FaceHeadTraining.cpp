#include <torch/torch.h>

#include "core/face/train/detail/FaceHeadTraining.h"

#include "core/common/Tr.h"
#include "core/eval/ClassificationMetrics.h"
#include "core/face/FaceModel.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/train/detail/HeadTrainer.h"

#include <QMap>

#include <algorithm>

namespace descry::detail {

torch::Tensor indexTensor(const std::vector<int>& v)
{
    return torch::tensor(std::vector<int64_t>(v.begin(), v.end()));
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
namespace {

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

} // namespace

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

torch::Tensor embedAll(const ConceptHead& head, const FeatureMatrices& m)
{
    torch::NoGradGuard ng;
    auto module = detail::module(head);
    module->eval();
    return module->forward(m.X, m.D).e.detach();
}

} // namespace descry::detail

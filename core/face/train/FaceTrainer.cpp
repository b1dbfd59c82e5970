#include <torch/torch.h>

#include "core/face/train/FaceTrainer.h"

#include "core/common/detail/ExceptionAdapter.h"
#include "core/pack/AssetLock.h"
#include "core/eval/ClassificationMetrics.h"
#include "core/eval/Similarity.h"
#include "core/eval/Verification.h"
#include "core/face/FaceModel.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/face/train/FaceFeatureSet.h"
#include "core/face/train/FacePairs.h"
#include "core/train/detail/DirectionLearner.h"
#include "core/train/detail/HeadTrainer.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QMap>

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

} // namespace

Result<QJsonObject> trainFacePack(const FaceTrainingOptions& o, const std::function<void(const QString&)>& log,
                                  const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    return detail::guarded(ErrorCode::Internal, o.outDir, [&]() -> Result<QJsonObject> {
        torch::manual_seed(o.seed);
        auto catalog = Catalog::load(defaultFaceCatalogPath());
        if (!catalog)
            return catalog.error();
        auto layout = FaceConceptLayout::build(*catalog);
        if (!layout)
            return layout.error();
        auto analyzer = FaceAnalyzer::loadDefault();
        if (!analyzer)
            return analyzer.error();
        auto faces = scanFaceDatasets(o.facesRoot);
        if (!faces)
            return faces.error();
        log(QStringLiteral("analysing %1 faces").arg(faces->size()));
        auto feats = extractFaceFeatures(*analyzer, *faces, o.cacheFile, progress, cancel);
        if (!feats)
            return feats.error();

        // Identity split per dataset; failed faces drop out of everything.
        QMap<QString, QStringList> idsOfDataset;
        for (const LabelledFace& f : *faces)
            if (!idsOfDataset[f.dataset].contains(f.identity))
                idsOfDataset[f.dataset] << f.identity;
        QStringList allIds;
        std::vector<int> identity, trainFaces;
        QMap<QString, std::vector<int>> heldOutFaces;
        QJsonArray heldOutIds, failures;
        for (size_t i = 0; i < feats->size(); ++i) {
            const FaceFeatures& f = (*feats)[i];
            if (!allIds.contains(f.face.identity))
                allIds << f.face.identity;
            const bool held = isHeldOutIdentity(f.face.identity, idsOfDataset[f.face.dataset], o.heldOutEvery);
            if (held && !heldOutIds.contains(f.face.identity))
                heldOutIds.append(f.face.identity);
            identity.push_back(f.ok ? int(allIds.indexOf(f.face.identity)) : -1);
            if (!f.ok) {
                failures.append(QJsonObject{{QStringLiteral("file"), QDir(o.facesRoot).relativeFilePath(f.face.path)},
                                            {QStringLiteral("reason"), f.failure.section(QStringLiteral(" in "), 0, 0)}});
                continue;
            }
            (held ? heldOutFaces[f.face.dataset] : trainFaces).push_back(int(i));
        }
        log(QStringLiteral("%1 training faces, %2 failures").arg(trainFaces.size()).arg(failures.size()));

        // Population statistics from training faces only.
        std::vector<std::vector<double>> trainMorph;
        for (int i : trainFaces)
            trainMorph.push_back((*feats)[size_t(i)].morphometry);
        const auto stats = morphometry::computeStats(trainMorph);

        const int n = int(feats->size());
        torch::Tensor X = torch::zeros({n, 128}), D = torch::zeros({n, layout->nDirect}),
                      Y = torch::zeros({n, layout->numAppearance()});
        for (int i = 0; i < n; ++i) {
            const FaceFeatures& f = (*feats)[size_t(i)];
            if (!f.ok)
                continue;
            X[i] = torch::from_blob(const_cast<float*>(f.embedding.data()), {128}).clone();
            const auto z = morphometry::zScores(f.morphometry, stats);
            const auto d = layout->directScores(z, o.tau);
            D[i] = torch::from_blob(const_cast<float*>(d.data()), {layout->nDirect}).clone();
            const auto y = layout->nearestGradeLabels(z);
            Y[i] = torch::from_blob(const_cast<float*>(y.data()), {layout->numAppearance()}).clone();
        }
        const torch::Tensor Xn = torch::nn::functional::normalize(X, torch::nn::functional::NormalizeFuncOptions().dim(1));
        auto idx = [](const std::vector<int>& v) { return torch::tensor(std::vector<int64_t>(v.begin(), v.end())); };
        const torch::Tensor tr = idx(trainFaces);

        // Appearance directions from measured labels, and their agreement with measurement on held-out faces.
        const auto dirs = detail::learnDirections(Xn.index_select(0, tr), Y.index_select(0, tr), 1e-3, 400, o.seed);
        std::vector<int> heldAll;
        for (const auto& v : heldOutFaces)
            heldAll.insert(heldAll.end(), v.begin(), v.end());
        const torch::Tensor ho = idx(heldAll);
        const torch::Tensor heldLogits = (torch::matmul(Xn.index_select(0, ho), dirs.weight.t()) + dirs.bias).contiguous();
        const torch::Tensor heldY = Y.index_select(0, ho).contiguous();
        QJsonObject aucs;
        std::vector<double> aucValues;
        for (int k = 0; k < layout->numAppearance(); ++k) {
            std::vector<double> s;
            std::vector<int> l;
            for (int i = 0; i < heldLogits.size(0); ++i) {
                s.push_back(heldLogits[i][k].item<double>());
                l.push_back(int(heldY[i][k].item<float>()));
            }
            const double auc = rocAuc(s, l);
            const auto& c = layout->concepts[layout->nDirect + k];
            aucs.insert(catalog->descriptors()[c.descriptor].id, std::isnan(auc) ? QJsonValue() : QJsonValue(auc));
            if (!std::isnan(auc))
                aucValues.push_back(auc);
        }
        std::sort(aucValues.begin(), aucValues.end());
        const double medianAuc = aucValues.empty() ? NAN : aucValues[aucValues.size() / 2];
        log(QStringLiteral("appearance directions: median held-out AUC vs measurement %1").arg(medianAuc, 0, 'f', 3));

        HeadConfig cfg;
        cfg.d = 128;
        cfg.r = 4;
        cfg.nDirect = layout->nDirect;
        cfg.m = o.m;
        cfg.alpha = o.alpha;
        cfg.tau = o.tau;
        cfg.groupOf = layout->groupOf;
        auto head = ConceptHead::create(cfg, o.seed);
        if (!head)
            return head.error();
        auto module = detail::module(*head);
        module->setDescriptorEmbeddings(dirs.weight);

        detail::HeadTrainerOptions to;
        to.loss = o.loss == QLatin1String("arcface")   ? detail::MarginLossKind::ArcFace
                  : o.loss == QLatin1String("cosface") ? detail::MarginLossKind::CosFace
                                                       : detail::MarginLossKind::AdaFace;
        to.epochs = o.epochs;
        to.lr = o.lr;
        to.seed = o.seed;
        to.batchSize = 64;
        to.cancel = cancel;
        to.progress = [&](int epoch, double loss) {
            if (epoch % 50 == 0 || epoch == 1)
                log(QStringLiteral("epoch %1/%2 loss %3").arg(epoch).arg(o.epochs).arg(loss, 0, 'f', 4));
        };
        // Labels: dense class ids over training identities.
        std::vector<int64_t> labels;
        QMap<int, int> dense;
        for (int i : trainFaces) {
            const int id = identity[size_t(i)];
            if (!dense.contains(id))
                dense.insert(id, int(dense.size()));
            labels.push_back(dense.value(id));
        }
        auto trained = detail::trainHead(module, X.index_select(0, tr), D.index_select(0, tr), torch::tensor(labels), to);
        if (!trained)
            return trained.error();

        torch::Tensor E;
        {
            torch::NoGradGuard ng;
            module->eval();
            E = module->forward(X, D).e.detach();
        }

        // Calibration on training identities: best-accuracy threshold on balanced pairs.
        const auto trainPairs = sampleBalancedPairs(trainFaces, identity, o.seed);
        const double threshold = bestThreshold(pairScores(E, trainPairs), sameOf(trainPairs));
        const double baseThreshold = bestThreshold(pairScores(X, trainPairs), sameOf(trainPairs));
        const auto trainEval = evaluateVerification(pairScores(E, trainPairs), sameOf(trainPairs), {});

        // Held-out evaluation per dataset, 10-fold.
        QJsonObject heldMetrics;
        for (auto it = heldOutFaces.cbegin(); it != heldOutFaces.cend(); ++it) {
            const auto pairs = sampleBalancedPairs(it.value(), identity, o.seed + 1);
            const auto same = sameOf(pairs);
            const auto ex = evaluateVerification(pairScores(E, pairs), same, {});
            const auto bl = evaluateVerification(pairScores(X, pairs), same, {});
            heldMetrics.insert(it.key(), QJsonObject{{QStringLiteral("explainable"), verificationToJson(ex)},
                                                     {QStringLiteral("baseline"), verificationToJson(bl)}});
            log(QStringLiteral("%1 held-out: explainable %2 ± %3, baseline %4 ± %5 (%6 pairs)")
                    .arg(it.key())
                    .arg(ex.accuracy * 100, 0, 'f', 2)
                    .arg(ex.accuracyStd * 100, 0, 'f', 2)
                    .arg(bl.accuracy * 100, 0, 'f', 2)
                    .arg(bl.accuracyStd * 100, 0, 'f', 2)
                    .arg(ex.pairs));
        }

        FaceModelParts parts{*catalog, *layout, *head, stats, threshold, baseThreshold};
        const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const QJsonObject calibration{
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("baseline_threshold"), baseThreshold},
            {QStringLiteral("operating_point"),
             QStringLiteral("maximum accuracy on balanced same/different pairs of the training identities")},
            {QStringLiteral("train_pairs_accuracy"), trainEval.accuracy},
            {QStringLiteral("dataset"), QStringLiteral("ORL, Yale, dlib-johns training identities")},
            {QStringLiteral("date"), date}};
        const QJsonObject metrics{{QStringLiteral("held_out"), heldMetrics},
                                  {QStringLiteral("train_pairs_accuracy"), trainEval.accuracy},
                                  {QStringLiteral("appearance_direction_auc"), aucs},
                                  {QStringLiteral("appearance_direction_auc_median"), medianAuc},
                                  {QStringLiteral("final_loss"), trained->epochLoss.empty() ? 0.0 : trained->epochLoss.back()}};
        const QJsonObject provenance{{QStringLiteral("command"), o.command},
                                     {QStringLiteral("trained"), date},
                                     {QStringLiteral("loss"), o.loss},
                                     {QStringLiteral("epochs"), o.epochs},
                                     {QStringLiteral("lr"), o.lr},
                                     {QStringLiteral("seed"), QString::number(o.seed)},
                                     {QStringLiteral("faces"), int(feats->size())},
                                     {QStringLiteral("training_faces"), int(trainFaces.size())},
                                     {QStringLiteral("held_out_identities"), heldOutIds},
                                     {QStringLiteral("failures"), failures}};
        auto binPath = verifiedAssetPath(QStringLiteral("face_recognition_model.bin"));
        auto manPath = verifiedAssetPath(QStringLiteral("face_recognition_model-weights_manifest.json"));
        if (!binPath)
            return binPath.error();
        if (!manPath)
            return manPath.error();
        auto st = writeFacePack(o.outDir, parts, o.name, o.version, calibration, metrics, provenance, {*manPath, *binPath});
        if (!st)
            return st.error();
        return metrics;
    });
}

} // namespace descry

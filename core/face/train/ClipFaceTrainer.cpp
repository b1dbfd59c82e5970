#include <torch/torch.h>

#include "core/face/train/ClipFaceTrainer.h"
#include "core/face/train/IdentitySplit.h"

#include "core/clip/ClipModel.h"
#include "core/clip/ClipTokenizer.h"
#include "core/clip/detail/ClipTower.h"
#include "core/common/Hash.h"
#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/eval/Similarity.h"
#include "core/eval/Verification.h"
#include "core/face/ClipFacePack.h"
#include "core/face/FaceEncoders.h"
#include "core/face/FaceModel.h"
#include "core/face/train/ClipFeatureCache.h"
#include "core/face/train/FacePairs.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/pack/ModelPack.h"
#include "core/train/detail/HeadTrainer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace descry {

namespace {

using Log = std::function<void(const QString&)>;

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

torch::Tensor rowsTensor(const std::vector<float>& flat, int64_t rows, int64_t cols)
{
    return torch::from_blob(const_cast<float*>(flat.data()), {rows, cols}, torch::kFloat32).clone();
}

std::vector<float> flatOf(const torch::Tensor& t)
{
    const torch::Tensor c = t.detach().contiguous().to(torch::kFloat32);
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

torch::Tensor indexTensor(const std::vector<int>& v)
{
    return torch::tensor(std::vector<int64_t>(v.begin(), v.end()));
}

// The checkpoint and everything made from it once: tokenizer, catalog, prompt layout, descriptor embeddings T.
struct ClipSetup
{
    ClipModel model;
    QString sha256;
    ClipTokenizer tokenizer;
    Catalog catalog;
    FaceConceptLayout layout;
    std::vector<float> T; // layout.numCosine() × embedDim
};

Result<ClipSetup> loadSetup(const ClipFaceTrainingOptions& o, const Log& log)
{
    const QString path = QFileInfo(o.checkpoint).absoluteFilePath();
    auto sha = sha256File(path);
    if (!sha)
        return Error(ErrorCode::Model, sha.error().message(), path);
    ClipModelOptions mo;
    mo.activation = o.activation;
    auto model = ClipModel::open(path, mo);
    if (!model)
        return model.error();
    if (!model->hasTextTower())
        return Error(ErrorCode::Model, Tr::tr("the checkpoint has no text tower to encode the descriptor prompts"),
                     path);
    log(Tr::tr("checkpoint %1: %2, %3 (SHA-256 %4)")
            .arg(QDir::toNativeSeparators(path), model->config().name, clipActivationId(model->config().activation),
                 *sha));
    auto tokenizer = ClipTokenizer::loadDefault();
    if (!tokenizer)
        return tokenizer.error();
    auto catalog = Catalog::load(defaultFaceCatalogPath());
    if (!catalog)
        return catalog.error();
    auto layout = FaceConceptLayout::build(*catalog, ConceptSource::Prompt);
    if (!layout)
        return layout.error();
    auto perDescriptor = encodeDescriptorPrompts(*model, *tokenizer, *catalog);
    if (!perDescriptor)
        return perDescriptor.error();
    std::vector<float> T = layout->cosineRows(*perDescriptor, model->config().embedDim);
    log(Tr::tr("%1 descriptor prompts encoded, %2 measured concepts")
            .arg(catalog->descriptors().size())
            .arg(layout->nDirect));
    return ClipSetup{*model, *sha, *tokenizer, std::move(catalog).value(), std::move(layout).value(), std::move(T)};
}

// The last MLP block of the image tower: the checkpoint's weights, or trainable copies of them.
struct TailMlp
{
    torch::Tensor fcW, fcB, projW, projB;

    static TailMlp of(const ClipModel& model, bool trainable)
    {
        const detail::ClipBlock& b = detail::ClipModelAccess::vision(model).blocks.back();
        if (!trainable)
            return {b.fcW, b.fcB, b.projW, b.projB};
        const auto copy = [](const torch::Tensor& t) { return t.detach().clone().requires_grad_(true); };
        return {copy(b.fcW), copy(b.fcB), copy(b.projW), copy(b.projB)};
    }
    std::vector<torch::Tensor> parameters() const { return {fcW, fcB, projW, projB}; }
    // Image features from cached last-MLP inputs H (n × width).
    torch::Tensor features(const ClipModel& model, const torch::Tensor& H) const
    {
        return detail::clipImageTail(detail::ClipModelAccess::vision(model), H, fcW, fcB, projW, projB,
                                     model.config().activation);
    }
    // Under open_clip names (ClipModel::lastMlpTensorNames: c_fc / c_proj weight and bias).
    QMap<QString, TensorData> tensors(const ClipModel& model) const
    {
        QMap<QString, TensorData> out;
        for (const QString& name : model.lastMlpTensorNames()) {
            const bool fc = name.contains(QLatin1String("c_fc"));
            const bool weight = name.endsWith(QLatin1String("weight"));
            const torch::Tensor& t = fc ? (weight ? fcW : fcB) : (weight ? projW : projB);
            out.insert(name, TensorData::fromFloat(name, t.sizes().vec(), flatOf(t)));
        }
        return out;
    }
};

// The alignment-proxy images with their frozen part cached once (before and after tuning share it).
struct ZeroShotData
{
    ZeroShotSet set;
    torch::Tensor pre;       // images × width
    std::vector<float> text; // classes × embedDim

    double accuracy(const torch::Tensor& features) const
    {
        const std::vector<float> f = flatOf(features);
        return zeroShotAccuracy(f.data(), int(set.images.size()), text.data(), int(set.classNames.size()),
                                int(features.size(1)), set.labels);
    }
};

Result<ZeroShotData> prepareZeroShot(const QString& dir, const ClipSetup& s, const std::atomic<bool>* cancel)
{
    auto set = scanZeroShotFolder(dir);
    if (!set)
        return set.error();
    auto text = zeroShotTextFeatures(s.model, s.tokenizer, *set);
    if (!text)
        return text.error();
    const ClipConfig& cfg = s.model.config();
    std::vector<float> pre(size_t(set->images.size()) * size_t(cfg.vision.width));
    Progress progress;
    progress.cancel = cancel;
    auto st = forEachZeroShotBatch(
        *set, ClipImageNorm{cfg.vision.imageSize, cfg.mean, cfg.std}, 8,
        [&](const float* pixels, int n, int first) {
            return s.model.encodeImagesBeforeLastMlp(pixels, n, pre.data() + size_t(first) * cfg.vision.width);
        },
        progress);
    if (!st)
        return st.error();
    ZeroShotData z{std::move(set).value(), {}, std::move(text).value()};
    z.pre = rowsTensor(pre, int64_t(z.set.images.size()), cfg.vision.width);
    return z;
}

IdentitySplit splitFaces(const FaceTrainingOptions& o, const std::vector<ClipFaceFeatures>& feats, const Log& log)
{
    IdentitySplit s = splitIdentities(feats, o.facesRoot, o.heldOutEvery);
    log(Tr::tr("%1 training faces, %2 held-out identities, %3 failures")
            .arg(s.trainFaces.size())
            .arg(s.heldOutIds.size())
            .arg(s.failures.size()));
    return s;
}

// Per-face matrices: H the cached last-MLP inputs, X the checkpoint tower's features, D the direct (morphometric)
// scores; rows of failed faces stay zero.
struct FeatureMatrices
{
    morphometry::PopulationStats stats; // from training faces only
    torch::Tensor H, X, D;
    QStringList paths;
};

FeatureMatrices buildMatrices(const std::vector<ClipFaceFeatures>& feats, const ClipSetup& s,
                              const std::vector<int>& trainFaces, float tau)
{
    FeatureMatrices m;
    std::vector<std::vector<double>> trainMorph;
    for (int i : trainFaces)
        trainMorph.push_back(feats[size_t(i)].morphometry);
    m.stats = morphometry::computeStats(trainMorph);
    const int n = int(feats.size());
    const int width = s.model.config().vision.width, dim = s.model.config().embedDim;
    m.H = torch::zeros({n, width});
    m.X = torch::zeros({n, dim});
    m.D = torch::zeros({n, s.layout.nDirect});
    for (int i = 0; i < n; ++i) {
        const ClipFaceFeatures& f = feats[size_t(i)];
        m.paths << f.face.path;
        if (!f.ok)
            continue;
        m.H[i] = torch::from_blob(const_cast<float*>(f.preMlp.data()), {width}).clone();
        m.X[i] = torch::from_blob(const_cast<float*>(f.features.data()), {dim}).clone();
        const auto d = s.layout.directScores(morphometry::zScores(f.morphometry, m.stats), tau);
        m.D[i] = torch::from_blob(const_cast<float*>(d.data()), {s.layout.nDirect}).clone();
    }
    return m;
}

Result<ConceptHead> createHead(const FaceTrainingOptions& o, const ClipSetup& s)
{
    HeadConfig cfg;
    cfg.d = s.model.config().embedDim;
    cfg.r = 4;
    cfg.nDirect = s.layout.nDirect;
    cfg.m = o.m;
    cfg.alpha = o.alpha;
    cfg.tau = o.tau;
    cfg.groupOf = s.layout.groupOf;
    cfg.learnableAlpha = true; // the adaptive residual: α is trained with F_i and stored as the pack's alpha
    auto head = ConceptHead::create(cfg, o.seed);
    if (!head)
        return head.error();
    if (auto st = head->setDescriptorEmbeddings(s.T); !st)
        return st.error();
    return head;
}

// The trained head with its learned α fixed (packs store α as a number): same tensors, learnableAlpha off.
Result<ConceptHead> freezeAlpha(const ConceptHead& trained)
{
    auto module = detail::module(trained);
    HeadConfig cfg = trained.config();
    cfg.alpha = float(module->alphaValue());
    cfg.learnableAlpha = false;
    auto head = ConceptHead::create(cfg);
    if (!head)
        return head.error();
    std::map<std::string, torch::Tensor> tensors = module->tensors();
    tensors.erase("alpha");
    if (auto st = detail::module(*head)->loadTensors(tensors); !st)
        return st.error();
    return head;
}

// Trains head (and the tail when tuning) on the training identities with dense class ids; the final epoch's loss.
Result<double> trainOnIdentities(const ClipFaceTrainingOptions& co, detail::MarginLossKind loss,
                                 const ConceptHead& head, TailMlp& tail, const ClipSetup& s, const IdentitySplit& split,
                                 const FeatureMatrices& m, const Log& log, const std::atomic<bool>* cancel)
{
    const FaceTrainingOptions& o = co.base;
    detail::HeadTrainerOptions to;
    to.loss = loss;
    to.epochs = o.epochs;
    to.lr = o.lr;
    to.seed = o.seed;
    to.batchSize = 64;
    to.cancel = cancel;
    to.progress = [&](int epoch, double value) {
        if (epoch % 50 == 0 || epoch == 1 || epoch == o.epochs)
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
    const torch::Tensor D = m.D.index_select(0, tr), y = torch::tensor(labels);
    Result<detail::HeadTrainingResult> trained = Error(ErrorCode::Internal, QString());
    if (co.tuneLastMlp) {
        detail::HeadInputTail t{[&](const torch::Tensor& rows) { return tail.features(s.model, rows); },
                                tail.parameters()};
        trained = detail::trainHeadWithTail(module, t, m.H.index_select(0, tr), D, y, to);
    } else {
        trained = detail::trainHead(module, m.X.index_select(0, tr), D, y, to);
    }
    if (!trained)
        return trained.error();
    return trained->epochLoss.empty() ? 0.0 : trained->epochLoss.back();
}

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

// Thresholds chosen on balanced pairs of the training identities; held-out metrics per dataset (10-fold).
struct Evaluation
{
    double threshold = 0, baseThreshold = 0, trainAccuracy = 0;
    QJsonObject heldOut;
};

Evaluation evaluate(const torch::Tensor& E, const torch::Tensor& X, const IdentitySplit& split, uint64_t seed,
                    const Log& log)
{
    Evaluation ev;
    const auto trainPairs = sampleBalancedPairs(split.trainFaces, split.identity, seed);
    ev.threshold = bestThreshold(pairScores(E, trainPairs), sameOf(trainPairs));
    ev.baseThreshold = bestThreshold(pairScores(X, trainPairs), sameOf(trainPairs));
    ev.trainAccuracy = evaluateVerification(pairScores(E, trainPairs), sameOf(trainPairs), {}).accuracy;
    for (auto it = split.heldOutFaces.cbegin(); it != split.heldOutFaces.cend(); ++it) {
        const auto pairs = sampleBalancedPairs(it.value(), split.identity, seed + 1);
        const auto same = sameOf(pairs);
        const auto ex = evaluateVerification(pairScores(E, pairs), same, {});
        const auto bl = evaluateVerification(pairScores(X, pairs), same, {});
        ev.heldOut.insert(it.key(), QJsonObject{{QStringLiteral("explainable"), verificationToJson(ex)},
                                                {QStringLiteral("baseline"), verificationToJson(bl)}});
        log(Tr::tr("%1 held-out: explainable %2 ± %3, CLIP baseline %4 ± %5 (%6 pairs)")
                .arg(it.key())
                .arg(ex.accuracy * 100, 0, 'f', 2)
                .arg(ex.accuracyStd * 100, 0, 'f', 2)
                .arg(bl.accuracy * 100, 0, 'f', 2)
                .arg(bl.accuracyStd * 100, 0, 'f', 2)
                .arg(ex.pairs));
    }
    return ev;
}

// Everything a run measured, for the manifest and the result.
struct RunRecord
{
    int faces = 0;
    int cacheHits = 0;
    double finalLoss = 0;
    std::optional<AlignmentProxy> alignment;
};

FacePackInfo packInfo(const ClipFaceTrainingOptions& co, const ClipSetup& s, const IdentitySplit& split,
                      const Evaluation& ev, const RunRecord& run, const ConceptHead& head)
{
    const FaceTrainingOptions& o = co.base;
    const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    FacePackInfo info;
    // A locator other than dlib's (which writeClipFacePack names itself) is recorded as the pack's face source.
    if (co.locator && co.locator->type() != QLatin1String("morphometric")) {
        EncoderSpec locator;
        locator.type = co.locator->type();
        info.sources << locator;
    }
    info.name = o.name;
    info.version = o.version;
    info.calibration = {
        {QStringLiteral("threshold"), ev.threshold},
        {QStringLiteral("baseline_threshold"), ev.baseThreshold},
        {QStringLiteral("operating_point"),
         QStringLiteral("maximum accuracy on balanced same/different pairs of the training identities")},
        {QStringLiteral("train_pairs_accuracy"), ev.trainAccuracy},
        {QStringLiteral("dataset"), QDir(o.facesRoot).dirName() + QStringLiteral(" training identities")},
        {QStringLiteral("date"), date}};
    info.metrics = {{QStringLiteral("held_out"), ev.heldOut},
                    {QStringLiteral("train_pairs_accuracy"), ev.trainAccuracy},
                    {QStringLiteral("final_loss"), run.finalLoss},
                    {QStringLiteral("alpha"), double(head.config().alpha)},
                    {QStringLiteral("feature_cache"),
                     QJsonObject{{QStringLiteral("faces"), run.faces}, {QStringLiteral("hits"), run.cacheHits}}}};
    if (run.alignment)
        info.metrics.insert(QStringLiteral("alignment_proxy"), run.alignment->toJson());
    info.provenance = {{QStringLiteral("command"), o.command},
                       {QStringLiteral("trained"), date},
                       {QStringLiteral("encoder"), QStringLiteral("openclip-vit")},
                       {QStringLiteral("checkpoint_sha256"), s.sha256},
                       {QStringLiteral("architecture"), s.model.config().name},
                       {QStringLiteral("tuned_last_mlp"), co.tuneLastMlp},
                       {QStringLiteral("loss"), faceLossId(o.loss)},
                       {QStringLiteral("epochs"), o.epochs},
                       {QStringLiteral("lr"), o.lr},
                       {QStringLiteral("seed"), QString::number(o.seed)},
                       {QStringLiteral("faces"), run.faces},
                       {QStringLiteral("training_faces"), int(split.trainFaces.size())},
                       {QStringLiteral("held_out_identities"), split.heldOutIds},
                       {QStringLiteral("failures"), split.failures}};
    return info;
}

Result<std::shared_ptr<const FaceLocator>> locatorOf(const ClipFaceTrainingOptions& o)
{
    if (o.locator)
        return o.locator;
    auto detector = FaceDetector::loadDefault();
    if (!detector)
        return detector.error();
    return std::shared_ptr<const FaceLocator>(std::make_shared<DlibFaceLocator>(*detector));
}

// The faces' frozen features (cache used and refreshed), with the cache's use in the log.
Result<std::vector<ClipFaceFeatures>> faceFeatures(const ClipFaceTrainingOptions& co, const ClipSetup& s,
                                                   RunRecord& run, const Log& log,
                                                   const std::function<void(int, int)>& progress,
                                                   const std::atomic<bool>* cancel)
{
    auto locator = locatorOf(co);
    if (!locator)
        return locator.error();
    auto faces = scanFaceDatasets(co.base.facesRoot);
    if (!faces)
        return faces.error();
    log(Tr::tr("analysing %1 faces").arg(faces->size()));
    ClipCacheStats stats;
    auto feats =
        extractClipFaceFeatures(**locator, s.model, s.sha256, *faces, co.base.cacheFile, &stats, progress, cancel);
    if (!feats)
        return feats.error();
    run.faces = int(feats->size());
    run.cacheHits = stats.hits;
    if (!stats.unusable.isEmpty())
        log(Tr::tr("feature cache %1 not used (%2): rebuilt")
                .arg(QDir::toNativeSeparators(co.base.cacheFile), stats.unusable));
    if (co.base.cacheFile.isEmpty())
        log(Tr::tr("feature cache: none (--cache not given)"));
    else
        log(Tr::tr("feature cache: %1 of %2 faces reused from %3")
                .arg(stats.hits)
                .arg(feats->size())
                .arg(QDir::toNativeSeparators(co.base.cacheFile)));
    return feats;
}

// The head's image embedding I for tower features X (n × d), no gradients.
torch::Tensor residualOf(const ConceptHead& head, const torch::Tensor& X)
{
    torch::NoGradGuard ng;
    auto module = detail::module(head);
    module->eval();
    return module->imageFeature(X).detach();
}

// After training: the features of the (tuned) tower, calibration, held-out metrics, the alignment proxy after
// tuning, the pack.
Result<ClipFaceTrainingResult> finish(const ClipFaceTrainingOptions& co, const ClipSetup& s, const IdentitySplit& split,
                                      const FeatureMatrices& m, const ConceptHead& head, const TailMlp& tail,
                                      const std::optional<ZeroShotData>& zs, RunRecord run, const Log& log)
{
    torch::NoGradGuard ng;
    // What the pack's encoder computes: the tuned tower's features (the checkpoint's when not tuning).
    torch::Tensor X = co.tuneLastMlp ? tail.features(s.model, m.H).detach() : m.X;
    for (size_t i = 0; i < split.identity.size(); ++i)
        if (split.identity[i] < 0)
            X[int64_t(i)].zero_();
    auto module = detail::module(head);
    module->eval();
    const torch::Tensor E = module->forward(X, m.D).e.detach();
    const Evaluation ev = evaluate(E, X, split, co.base.seed, log);
    if (run.alignment) {
        const torch::Tensor tower = tail.features(s.model, zs->pre).detach();
        run.alignment->after = zs->accuracy(tower);
        run.alignment->afterResidual = zs->accuracy(residualOf(head, tower));
        for (const QString& line : run.alignment->logLines())
            log(line);
    }
    ClipFaceTrainingResult result;
    if (co.tuneLastMlp)
        result.tuned = tail.tensors(s.model);
    const FaceModelParts parts{s.catalog, s.layout, head, m.stats, ev.threshold, ev.baseThreshold};
    const FacePackInfo info = packInfo(co, s, split, ev, run, head);
    ClipPackEncoder encoder;
    encoder.checkpointPath = QFileInfo(co.checkpoint).absoluteFilePath();
    encoder.sha256 = s.sha256;
    encoder.copyIntoPack = co.copyEncoder;
    encoder.activation = s.model.config().activation;
    encoder.tuned = result.tuned;
    QStringList inputs{co.base.facesRoot, co.base.cacheFile, co.checkpoint};
    if (!co.zeroShotDir.isEmpty())
        inputs << co.zeroShotDir;
    if (auto st = writeClipFacePack(co.base.outDir, parts, info, encoder, inputs); !st)
        return st.error();
    result.metrics = info.metrics;
    result.faces = run.faces;
    result.cacheHits = run.cacheHits;
    result.alignment = run.alignment;
    result.alpha = head.config().alpha;
    for (size_t i = 0; i < split.identity.size(); ++i)
        if (split.identity[i] >= 0)
            result.imageFeatures.insert(m.paths[qsizetype(i)], flatOf(X[int64_t(i)]));
    return result;
}

Result<ClipFaceTrainingResult> train(const ClipFaceTrainingOptions& co, const Log& log,
                                     const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    const FaceTrainingOptions& o = co.base;
    const auto loss = marginLossOf(o.loss); // refused before any work
    if (!loss)
        return loss.error();
    QStringList inputs{o.facesRoot, o.cacheFile, co.checkpoint};
    if (!co.zeroShotDir.isEmpty())
        inputs << co.zeroShotDir;
    if (auto out = checkPackOutput(o.outDir, inputs); !out)
        return out.error();
    // A --cache that names anything but a feature cache (the checkpoint, its config, a photo...) is refused.
    if (auto cache = ClipFeatureCache::checkReplaceable(o.cacheFile); !cache)
        return cache.error();
    torch::manual_seed(o.seed);
    auto setup = loadSetup(co, log);
    if (!setup)
        return setup.error();
    const ClipSetup& s = *setup;
    std::optional<ZeroShotData> zs;
    RunRecord run;
    if (co.zeroShotDir.isEmpty()) {
        log(Tr::tr("alignment proxy skipped: no --zero-shot folder given"));
    } else {
        auto z = prepareZeroShot(co.zeroShotDir, s, cancel);
        if (!z)
            return z.error();
        zs = std::move(z).value();
        run.alignment = AlignmentProxy{zs->set.root, int(zs->set.classNames.size()), int(zs->set.images.size())};
        torch::NoGradGuard ng;
        run.alignment->before = zs->accuracy(TailMlp::of(s.model, false).features(s.model, zs->pre));
    }
    auto feats = faceFeatures(co, s, run, log, progress, cancel);
    if (!feats)
        return feats.error();
    const IdentitySplit split = splitFaces(o, *feats, log);
    if (split.trainFaces.empty())
        return Error(ErrorCode::Input, Tr::tr("no face of a training identity could be analysed"), o.facesRoot);
    const FeatureMatrices m = buildMatrices(*feats, s, split.trainFaces, o.tau);
    auto learning = createHead(o, s);
    if (!learning)
        return learning.error();
    TailMlp tail = TailMlp::of(s.model, co.tuneLastMlp);
    auto finalLoss = trainOnIdentities(co, *loss, *learning, tail, s, split, m, log, cancel);
    if (!finalLoss)
        return finalLoss.error();
    run.finalLoss = *finalLoss;
    auto head = freezeAlpha(*learning);
    if (!head)
        return head.error();
    log(Tr::tr("trained alpha %1").arg(double(head->config().alpha), 0, 'f', 3));
    return finish(co, s, split, m, *head, tail, zs, run, log);
}

} // namespace

FaceTrainingOptions ClipFaceTrainingOptions::defaultBase()
{
    FaceTrainingOptions o;
    o.lr = kDefaultLr;
    o.name = QStringLiteral("face-openclip");
    return o;
}

Result<ClipFaceTrainingResult> trainClipFacePack(const ClipFaceTrainingOptions& options, const Log& log,
                                                 const std::function<void(int, int)>& progress,
                                                 const std::atomic<bool>* cancel)
{
    return detail::guarded(ErrorCode::Internal, options.base.outDir,
                           [&]() -> Result<ClipFaceTrainingResult> { return train(options, log, progress, cancel); });
}

} // namespace descry

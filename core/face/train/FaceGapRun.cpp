#include "core/face/train/FaceGapRun.h"

#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/face/FaceModel.h"
#include "core/face/train/Augmentation.h"
#include "core/face/train/FaceDataset.h"
#include "core/face/train/FaceFeatureSet.h"
#include "core/face/train/FaceGap.h"
#include "core/face/train/FacePairScorer.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <optional>

namespace descry {

namespace {

QSet<QString> stringSet(const QJsonValue& v)
{
    QSet<QString> out;
    for (const auto& x : v.toArray())
        out.insert(x.toString());
    return out;
}

// The photos of the folder that are not of the pack's training identities.
QList<LabelledFace> selectFaces(const QList<LabelledFace>& all, const QJsonObject& provenance, int& skipped)
{
    const QSet<QString> held = stringSet(provenance.value(QStringLiteral("held_out_identities")));
    const QSet<QString> trained = stringSet(provenance.value(QStringLiteral("training_identities")));
    const bool listed = provenance.contains(QStringLiteral("training_identities"));
    QSet<QString> heldDatasets;
    for (const QString& id : held)
        heldDatasets.insert(id.section(QLatin1Char('/'), 0, 0));
    QList<LabelledFace> out;
    skipped = 0;
    for (const LabelledFace& f : all) {
        const bool training =
            listed ? trained.contains(f.identity) : heldDatasets.contains(f.dataset) && !held.contains(f.identity);
        if (training)
            ++skipped;
        else
            out << f;
    }
    return out;
}

// The gap object of `rows` (photos, then their augmented copies), the explainable pairs scored as compare scores
// a pair (exclusions and all, visibility checked on the photos themselves); counts the photos without a face.
Result<QJsonObject> scoreRows(const FaceModel& model, const std::vector<FaceFeatures>& rows, uint64_t seed, int* noFace)
{
    auto scorer = FacePairScorer::create(model.parts(), rows, photoVisibility(rows));
    if (!scorer)
        return scorer.error();
    QStringList identities;
    std::vector<std::vector<float>> bl;
    std::vector<GapFace> gapFaces;
    for (const FaceFeatures& f : rows) {
        GapFace g{f.face.dataset, -1, f.augmentation, f.source};
        std::vector<float> x(f.embedding.begin(), f.embedding.end());
        if (f.ok) {
            if (!identities.contains(f.face.identity))
                identities << f.face.identity;
            g.identity = int(identities.indexOf(f.face.identity));
        } else if (f.augmentation.isEmpty()) {
            ++*noFace;
        }
        gapFaces.push_back(g);
        bl.push_back(std::move(x));
    }
    std::optional<Error> failed;
    int excludedPairs = 0, pairs = 0;
    const auto explainable = [&](int a, int b) {
        auto p = scorer->score(a, b);
        if (!p) {
            failed = failed ? failed : p.error();
            return std::nan("");
        }
        ++pairs;
        excludedPairs += !p->excluded.isEmpty();
        return p->score;
    };
    QJsonObject out = evaluateFaceGap(explainable, bl, gapFaces, seed);
    if (failed)
        return *failed;
    out.insert(QStringLiteral("scoring"),
               QJsonObject{{QStringLiteral("method"), QStringLiteral("scorePair (as compare: hidden components and "
                                                                     "unmeasured characteristics left out)")},
                           {QStringLiteral("visibility"), QStringLiteral("checked on the photos; augmented copies "
                                                                         "not checked")},
                           {QStringLiteral("pairs"), pairs},
                           {QStringLiteral("pairs_with_exclusions"), excludedPairs}});
    return out;
}

Result<QJsonObject> run(const FaceGapRunOptions& o, const std::function<void(const QString&)>& log,
                        const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    auto model = FaceModel::open(o.pack);
    if (!model)
        return model.error();
    if (!model->hasBaseline())
        return Error(ErrorCode::Model, Tr::tr("pack has no black-box baseline to compare with"), o.pack);
    // The feature cache keeps 128-D ResNet descriptors: other image encoders (CLIP packs) are not evaluated here.
    if (model->analyzer().encoder()->dimension() != int(FaceDescriptor{}.size()))
        return Error(ErrorCode::Model,
                     Tr::tr("eval face-gap needs a pack whose baseline is the 128-D dlib ResNet (this one has %1-D)")
                         .arg(model->analyzer().encoder()->dimension()),
                     o.pack);
    const QJsonObject provenance = model->pack().manifest().provenance;
    bool seedOk = false;
    const uint64_t seed = provenance.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
    if (!seedOk)
        return Error(ErrorCode::Model, Tr::tr("provenance.seed is missing or not a number"), o.pack);
    auto all = scanFaceDatasets(o.facesRoot);
    if (!all)
        return all.error();
    int skipped = 0;
    const QList<LabelledFace> faces = selectFaces(*all, provenance, skipped);
    if (faces.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("no photos of identities the pack was not trained on"), o.facesRoot);
    log(Tr::tr("analysing %1 photos (%2 photos of training identities left out)").arg(faces.size()).arg(skipped));
    auto feats = extractFaceFeatures(model->analyzer(), faces, o.cacheFile, progress, cancel);
    if (!feats)
        return feats.error();
    std::vector<AugmentationRequest> requests;
    for (int i = 0; i < int(feats->size()); ++i)
        for (const QString& id : augmentationIds())
            for (int c = 0; c < o.augment; ++c)
                requests.push_back({i, id, c});
    if (!requests.empty())
        log(Tr::tr("analysing %1 augmented copies").arg(requests.size()));
    auto copies = extractAugmentedFeatures(model->analyzer(), *feats, requests, seed, o.cacheFile, progress, cancel);
    if (!copies)
        return copies.error();
    std::vector<FaceFeatures> rows = *feats;
    rows.insert(rows.end(), copies->begin(), copies->end());

    int noFace = 0;
    auto scored = scoreRows(*model, rows, seed, &noFace);
    if (!scored)
        return scored.error();
    QJsonObject out = *scored;
    out.insert(QStringLiteral("pack"), model->pack().manifest().name);
    out.insert(QStringLiteral("faces"), o.facesRoot);
    out.insert(QStringLiteral("seed"), QString::number(seed));
    out.insert(QStringLiteral("augment"), o.augment);
    out.insert(QStringLiteral("selection"), QJsonObject{{QStringLiteral("evaluated"), int(faces.size())},
                                                        {QStringLiteral("training_identities_skipped"), skipped},
                                                        {QStringLiteral("no_face"), noFace}});
    return out;
}

} // namespace

Result<QJsonObject> evaluatePackGap(const FaceGapRunOptions& options, const std::function<void(const QString&)>& log,
                                    const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    return detail::guarded(ErrorCode::Internal, options.pack,
                           [&]() -> Result<QJsonObject> { return run(options, log, progress, cancel); });
}

} // namespace descry

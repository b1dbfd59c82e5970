#include "core/face/train/detail/FaceTrainingInputs.h"

#include "core/common/Tr.h"
#include "core/face/train/Augmentation.h"
#include "core/face/train/FaceDataset.h"

namespace descry::detail {

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

} // namespace descry::detail

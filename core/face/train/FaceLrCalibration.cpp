#include "core/face/train/FaceLrCalibration.h"

#include "core/common/Tr.h"
#include "core/face/pipeline/FaceLikelihoodRatio.h"

#include <QMap>

namespace descry {

Result<LrCalibration>
calibrateHeldOutFaceLr(const std::vector<FaceFeatures>& features, const IdentitySplit& split, uint64_t seed,
                       const std::function<Result<std::vector<PairScore>>(const std::vector<FacePair>&)>& score,
                       LrMethod method)
{
    std::vector<FacePair> pairs;
    for (auto it = split.heldOutFaces.cbegin(); it != split.heldOutFaces.cend(); ++it) {
        const auto p = sampleBalancedPairs(it.value(), split.identity, seed);
        pairs.insert(pairs.end(), p.begin(), p.end());
    }
    std::vector<int> same;
    LrCalibrationPhotos photos;
    QMap<int, LrPhotoQuality> quality; // each photo read once, however many pairs it is in
    const auto qualityOf = [&](int i) {
        if (!quality.contains(i))
            quality.insert(i, lrPhotoQuality(features[size_t(i)].quality, features[size_t(i)].face.path));
        return quality.value(i);
    };
    for (const FacePair& p : pairs) {
        same.push_back(p.same);
        photos.a.push_back(qualityOf(p.a));
        photos.b.push_back(qualityOf(p.b));
    }
    const QString dataset =
        Tr::tr("balanced same/different pairs of the %1 held-out identities (%2), not used to train the head")
            .arg(split.heldOutIds.size())
            .arg(QStringList(split.heldOutFaces.keys()).join(QStringLiteral(", ")));
    auto scored = score(pairs);
    if (!scored)
        return scored.error();
    std::vector<double> values;
    std::vector<QList<ExcludedComponent>> excluded;
    for (const PairScore& p : *scored) {
        values.push_back(p.score);
        excluded.push_back(p.excluded);
    }
    return calibrateFaceLr(method, values, same, photos, dataset, &excluded);
}

} // namespace descry

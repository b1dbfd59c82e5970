#pragma once

#include "core/common/Result.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/PairScore.h"
#include "core/face/train/FaceFeatureSet.h"
#include "core/face/train/FacePairs.h"

#include <functional>
#include <memory>
#include <vector>

namespace descry {

// The visibility of every row that is a photo (not an augmented copy) with landmarks, checked on the photo as
// compare checks it (checkVisibility on the decoded photo around its landmarks); empty for the others (augmented
// copies, failed faces, photos that no longer load): nothing of theirs counts as hidden.
std::vector<QList<ComponentVisibility>> photoVisibility(const std::vector<FaceFeatures>& rows);

// Scores pairs of analysed faces (training, eval face-gap, the LR calibration) the way compare scores a pair:
// one PairScoreImage per row through the model's head, and scorePair on each pair, exclusions and all.
class FacePairScorer
{
public:
    // `visibility`: per row (photoVisibility), or empty (nothing checked). Rows that failed get no image; a pair
    // with one is an Internal error.
    static Result<FacePairScorer> create(const FaceModelParts& parts, const std::vector<FaceFeatures>& rows,
                                         const std::vector<QList<ComponentVisibility>>& visibility = {});

    Result<PairScore> score(int a, int b) const;
    Result<std::vector<PairScore>> score(const std::vector<FacePair>& pairs) const;

    // The scores of `pairs` alone.
    static std::vector<double> values(const std::vector<PairScore>& pairs);

private:
    std::shared_ptr<const FaceModelParts> m_parts;
    std::vector<PairScoreImage> m_images;
    std::vector<bool> m_ok;
};

} // namespace descry

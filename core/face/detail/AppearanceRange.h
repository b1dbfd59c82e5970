#pragma once

#include "core/face/TrainingRange.h"
#include "core/model/ConceptHead.h"

#include <torch/torch.h>

namespace descry::detail {

// The range of every cosine concept's score cos(I, T_k) of `head` over the rows of X (B × d image embeddings, the
// training photos the head was trained on): FaceModelParts::appearanceRange. The trainer calls it once the head is
// trained, e.g. appearanceRange(*head, m.X.index_select(0, indexTensor(split.trainFaces))). Empty without cosine
// concepts or rows.
trainingrange::ValueRanges appearanceRange(const ConceptHead& head, const torch::Tensor& X);

} // namespace descry::detail

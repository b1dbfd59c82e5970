#pragma once

#include "core/common/Result.h"
#include "core/face/pipeline/ComponentExclusion.h"
#include "core/face/visibility/ComponentVisibility.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QString>

#include <vector>

namespace descry {

struct FaceModelParts;

// One photo as the score of a pair needs it: what the head made of it and what could be seen and measured on it.
// Cheap to keep per image (verify-pairs caches one per distinct content).
struct PairScoreImage
{
    std::vector<float> ssm;     // group-softmaxed concept scores (ConceptOutput::Ssm)
    std::vector<float> e;       // the head's aggregated embedding (forward pass)
    std::vector<bool> assessed; // per measured quantity (FaceConceptLayout::measured order): finite and in range
    QStringList quantityNotes;  // per measured quantity: why it is not assessed (out of range), or empty
    QMap<QString, QString> appearanceNotes; // characteristic id → why its appearance score is not assessed
    QList<ComponentVisibility> visibility;  // per FISWG component; empty: not checked (nothing counts as hidden)
};

// A pair's score as compare reports it, with what was left out of it.
struct PairScore
{
    double score = 0;                  // the score on what is left (== wholeFaceScore when nothing is excluded)
    double wholeFaceScore = 0;         // cosine of the two whole-face embeddings
    QList<ExcludedComponent> excluded; // not-visible (component order), then not-measured (catalog order)
};

// The head's view of one analysed face: its forward pass on the measured quantities and the image embedding,
// which quantities were assessed (finite, and inside the training range: morphometry::outOfRangeReason) and
// which appearance scores lie outside their training range (packs that record it). `visibility` is kept as given.
Result<PairScoreImage> pairScoreImage(const FaceModelParts& parts, const std::vector<double>& morphometry,
                                      const std::vector<float>& embedding,
                                      const QList<ComponentVisibility>& visibility = {});

// What leaves the score of a pair of `a` (the probe) and `b` (the reference): every component of the catalog hidden
// in either photo ("not-visible", details "probe: dark glasses over the eyes"), and every characteristic with a
// quantity not measured or outside the training range, or an appearance score outside its training range, in
// either photo ("not-measured", the reason in the detail). Display names are not filled in.
QList<ExcludedComponent> pairExclusions(const FaceModelParts& parts, const PairScoreImage& a, const PairScoreImage& b);

// The one way a pair is scored (compare, verify-pairs, the trainer's calibration pairs, eval face-gap, the LR
// calibration): the exclusions of pairExclusions plus `extra` (the examiner's not-assessable ones) leave the score,
// which is re-normalised on what is left (maskedPairScore); without exclusions it is the cosine of the two
// embeddings. Usage error when an exclusion is unknown to the catalog or nothing would be left.
Result<PairScore> scorePair(const FaceModelParts& parts, const PairScoreImage& a, const PairScoreImage& b,
                            const QList<ExcludedComponent>& extra = {});

// How often each exclusion occurred in a set of scored pairs: key "component" (for not-measured the
// characteristic id) → fraction of the pairs that excluded it. Empty for no pairs.
QMap<QString, double> exclusionFractions(const std::vector<QList<ExcludedComponent>>& perPair);

} // namespace descry

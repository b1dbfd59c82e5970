#pragma once

#include "core/common/Result.h"
#include "core/descriptors/Catalog.h"

#include <QList>
#include <QString>

#include <vector>

namespace descry {

// Where a face concept score comes from.
enum class ConceptSource {
    Measured,  // landmark morphometry: −(z − grade)²/2 of the measured quantity
    Appearance // cos(I, T_k) with T_k a direction in the ResNet embedding learned from measured labels
};

QString conceptSourceName(ConceptSource source);

// One concept of the face head: a catalog descriptor seen through one source.
struct FaceConcept
{
    int descriptor = -1; // index into Catalog::descriptors()
    ConceptSource source = ConceptSource::Measured;
    int quantity = -1; // index into morphometry::quantities()
    double grade = 0;
    int group = -1; // index into FaceConceptLayout::groups
};

// One softmax group: a catalog characteristic seen through one source.
struct FaceConceptGroup
{
    int catalogGroup = -1;
    ConceptSource source = ConceptSource::Measured;
    QList<int> concepts;
};

// The concept layout of a face pack, derived from the catalog: every measurable descriptor once as
// measured (the head's direct scores, first) and once as appearance (cosine concepts).
struct FaceConceptLayout
{
    QList<FaceConcept> concepts;
    QList<FaceConceptGroup> groups;
    std::vector<int> groupOf;
    int nDirect = 0;

    static Result<FaceConceptLayout> build(const Catalog& catalog);

    // Direct (measured) concept scores for z-scores of every quantity, pre-multiplied by tau so that the
    // head's softmax(S/tau) sees the log-likelihood −(z − grade)²/2.
    std::vector<float> directScores(const std::vector<double>& z, float tau) const;

    // Indices of appearance concepts per quantity grade, for learning directions: label of concept k for a face
    // is 1 when its grade is the nearest grade to the face's z of that quantity.
    std::vector<float> nearestGradeLabels(const std::vector<double>& z) const; // one per appearance concept
    int numAppearance() const { return int(concepts.size()) - nDirect; }
};

} // namespace descry

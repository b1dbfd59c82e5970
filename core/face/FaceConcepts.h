#pragma once

#include "core/common/Result.h"
#include "core/descriptors/Catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace descry {

// Where a face concept score comes from.
enum class ConceptSource {
    Measured,   // a measured source (landmarks, regions): −½·Σ_q (z_q − grade_q)² of the measured quantities
    Appearance, // cos(I, T_k) with T_k a direction in the ResNet embedding learned from measured labels
    Prompt      // cos(I, T_k) with T_k the CLIP text embedding of the descriptor's prompts (openclip-vit)
};

// "measured", "appearance", "prompt": the ids of manifests (head.concepts "id@source"), JSON and reports.
QString conceptSourceName(ConceptSource source);
// The translated name of a source id ("measured", "appearance", "prompt") as reports and screens show it.
QString conceptSourceLabel(const QString& id);
std::optional<ConceptSource> conceptSourceFromName(const QString& name);

// One concept of the face head: a catalog descriptor seen through one source.
struct FaceConcept
{
    int descriptor = -1; // index into Catalog::descriptors()
    ConceptSource source = ConceptSource::Measured;
    int quantity = -1;           // index into the pack's measured vector (the first of `quantities`)
    double grade = 0;            // grades[0]
    std::vector<int> quantities; // every measured quantity of the characteristic (one for a graded scale)
    std::vector<double> grades;  // the descriptor's prototype, one z per quantity
    int group = -1;              // index into FaceConceptLayout::groups
};

// One softmax group: a catalog characteristic seen through one source.
struct FaceConceptGroup
{
    int catalogGroup = -1;
    ConceptSource source = ConceptSource::Measured;
    QList<int> concepts;
};

// The concept layout of a face pack, derived from the catalog: every measurable descriptor once as
// measured (the head's direct scores, first), then the cosine concepts of `cosineSource`:
//   Appearance  every measurable descriptor once more (ResNet directions learned from measured labels);
//   Prompt      EVERY catalog descriptor once, grouped by characteristic in catalog order (CLIP prompts), so
//               descriptors no landmark can measure (skin, hair, marks...) get a concept score too.
// A pack's manifest records which layout it uses (head.layout, layoutId()).
struct FaceConceptLayout
{
    QList<FaceConcept> concepts;
    QList<FaceConceptGroup> groups;
    std::vector<int> groupOf;
    int nDirect = 0;
    ConceptSource cosineSource = ConceptSource::Appearance;

    // `measured`: the ids of the pack's measured vector (its sources' quantities in order; by default the landmark
    // quantities): a characteristic is measured when all its quantities are among them. `notAssessed`:
    // characteristics whose appearance directions proved unreliable (held-out AUC < 0.6): no appearance group.
    static Result<FaceConceptLayout> build(const Catalog& catalog,
                                           ConceptSource cosineSource = ConceptSource::Appearance,
                                           const QStringList& measured = defaultMeasured(),
                                           const QStringList& notAssessed = {});
    static QStringList defaultMeasured();
    // The measured quantity ids this layout indexes into (FaceConcept::quantities).
    QStringList measured;
    // Characteristic ids left without an appearance group (build's notAssessed that the catalog measures).
    QStringList notAssessed;

    // "measured+appearance" or "measured+prompt"; fromLayoutId reads it back (nullopt when unknown).
    QString layoutId() const;
    static std::optional<ConceptSource> cosineSourceFromLayoutId(const QString& id);

    // The head's T rows (cosine concepts in layout order, numCosine() × d) from one row per catalog
    // descriptor (catalog order, as encodeDescriptorPrompts returns them).
    std::vector<float> cosineRows(const std::vector<float>& perDescriptor, int d) const;
    int numCosine() const { return int(concepts.size()) - nDirect; }

    // Direct (measured) concept scores for z-scores of every quantity, pre-multiplied by tau so that the
    // head's softmax(S/tau) sees the log-likelihood −½·Σ_q (z_q − grade_q)². A characteristic with a NaN quantity
    // (not assessed on this photo) gets 0 for every descriptor: a uniform softmax, no grade preferred.
    // isAssessed() says which measured groups were measured on a face.
    std::vector<float> directScores(const std::vector<double>& z, float tau) const;
    bool isAssessed(const FaceConcept& c, const std::vector<double>& z) const;

    // Indices of appearance concepts per quantity grade, for learning directions: label of concept k for a face
    // is 1 when its prototype is the nearest (Euclidean in z) of its group; NaN when the face's quantities are
    // not assessed (the face then takes no part in that direction).
    std::vector<float> nearestGradeLabels(const std::vector<double>& z) const; // one per appearance concept
    int numAppearance() const { return numCosine(); }
};

} // namespace descry

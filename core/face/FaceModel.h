#pragma once

#include "core/common/Result.h"
#include "core/descriptors/Catalog.h"
#include "core/face/Morphometry.h"
#include "core/model/ConceptHead.h"
#include "core/face/FaceConcepts.h"
#include "core/pack/ModelPack.h"
#include "core/face/pipeline/FaceAnalyzer.h"

#include <optional>

namespace descry {

// The trainable parts of an explainable face model, as training produces them and a pack stores them.
struct FaceModelParts
{
    Catalog catalog;
    FaceConceptLayout layout;
    std::optional<ConceptHead> head; // set once trained or loaded
    morphometry::PopulationStats stats;
    double threshold = 0;         // explainable score: match iff score >= threshold
    double baselineThreshold = 0; // dlib ResNet cosine similarity threshold
};

// A loaded face-verification pack: verified files, catalog, concept layout, head, population statistics,
// calibration, and the analyser (detector + ResNet) it was trained with. Immutable; const members are thread-safe.
class FaceModel
{
public:
    // Opens and verifies a pack (folder, manifest path or name). Model error naming the file on any problem.
    static Result<FaceModel> open(const QString& pathOrName);

    const ModelPack& pack() const { return *m_pack; }
    const FaceModelParts& parts() const { return m_parts; }
    const Catalog& catalog() const { return m_parts.catalog; }
    const FaceConceptLayout& layout() const { return m_parts.layout; }
    const FaceAnalyzer& analyzer() const { return *m_analyzer; }

    // Concept scores and aggregated embedding of one analysed face.
    Result<ConceptOutput> concepts(const std::vector<double>& morphometry, const FaceDescriptor& embedding) const;

private:
    std::optional<ModelPack> m_pack;
    FaceModelParts m_parts;
    std::optional<FaceAnalyzer> m_analyzer;
};

// Face head inputs for one face: z-scored direct scores (× tau) and the ResNet embedding as floats.
std::vector<float> faceDirectScores(const FaceModelParts& parts, const std::vector<double>& morphometry);

// Writes a face pack: manifest (with metrics, provenance, calibration given), head.safetensors,
// descriptors.safetensors (T and population statistics) and the ResNet weights copied from `resnetFiles`
// (tfjs manifest + .bin) into encoder/.
Status writeFacePack(const QString& dir, const FaceModelParts& parts, const QString& name, const QString& version,
                     const QJsonObject& calibration, const QJsonObject& metrics, const QJsonObject& provenance,
                     const QStringList& resnetFiles);

} // namespace descry

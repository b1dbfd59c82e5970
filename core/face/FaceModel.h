#pragma once

#include "core/common/Result.h"
#include "core/descriptors/Catalog.h"
#include "core/eval/LikelihoodRatio.h"
#include "core/face/FaceConcepts.h"
#include "core/pack/ModelPack.h"
#include "core/face/Morphometry.h"
#include "core/face/TrainingRange.h"
#include "core/model/ConceptHead.h"
#include "core/face/FaceAnalyzer.h"
#include "core/common/Progress.h"
#include "core/pack/EncoderRegistry.h"

#include <cstddef>
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
    // Smallest and largest score cos(I, T_k) of every cosine concept (layout order from nDirect) on the training
    // photos (appearanceRange()); empty for packs written before it was recorded. Stored as appearance.min/.max.
    trainingrange::ValueRanges appearanceRange = {};
};

// Which encoders produced a face pack's concept scores, for reports and `compare --json`: an examiner must be
// able to say which model (and which exact checkpoint file) scored the descriptors.
struct ConceptEncoderInfo
{
    QString measured;     // type of the source of the measured concepts ("morphometric"); empty without
    QString cosine;       // type of the image encoder of the cosine concepts ("openclip-vit", "dlib-resnet")
    QString cosineSource; // "prompt" or "appearance" (FaceConceptLayout::cosineSource)
    QString checkpointPath;
    QString checkpointSha256; // openclip-vit: SHA-256 of the checkpoint file, verified when the pack loaded
    QString architecture;     // openclip-vit: ClipConfig::name, e.g. "ViT-L-14"
    QString activation;       // openclip-vit: "gelu" | "quickgelu"
    // Characteristics left unscored because their appearance directions are unreliable: id -> mean held-out AUC.
    QMap<QString, double> notAssessed;
    // "hair.texture: not assessed (appearance direction AUC 0.55 < 0.6)", one per notAssessed entry.
    QStringList notAssessedNotes() const;

    // {"measured", "cosine", "cosine_source", "checkpoint": {"path", "sha256"}, "architecture", "activation"}
    QJsonObject toJson() const;
    // One line for people: "openclip-vit ViT-B-32 (prompt similarity), checkpoint SHA-256 …, /path".
    QString summary() const;
};

// A loaded face-verification pack: verified files, the catalog the manifest names, concept layout, head,
// population statistics, calibration, and the encoders the manifest's `encoder.sources` name (built through the
// EncoderRegistry). Immutable; const members are thread-safe.
class FaceModel
{
public:
    // Opens and verifies a pack (folder, manifest path or name). Reports progress and stops when cancelled
    // (ErrorCode::Cancelled). Model error naming the file and the manifest field on any problem.
    static Result<FaceModel> open(const QString& pathOrName, const Progress& progress = {},
                                  const EncoderRegistry& registry = EncoderRegistry::global());

    const ModelPack& pack() const { return *m_pack; }
    const FaceModelParts& parts() const { return m_parts; }
    const Catalog& catalog() const { return m_parts.catalog; }
    const FaceConceptLayout& layout() const { return m_parts.layout; }
    const FaceAnalyzer& analyzer() const { return *m_analyzer; }
    const ConceptEncoderInfo& conceptEncoder() const { return m_conceptEncoder; }
    // Characteristics whose appearance directions proved unreliable (manifest head.not_assessed): id -> mean
    // held-out AUC of its descriptors' directions. They get no appearance score; reports say "not assessed".
    const QMap<QString, double>& notAssessedAuc() const { return m_notAssessedAuc; }
    // Ids of the measured vector (FaceAnalysis::morphometry): every measured source's quantities in order.
    QStringList measuredQuantities() const { return m_parts.layout.measured; }
    // The score-based likelihood ratio's calibration (calibration.likelihood_ratio); nullopt for a pack without
    // one (older packs), whose comparisons then carry no LR.
    const std::optional<LrCalibration>& likelihoodRatio() const { return m_likelihoodRatio; }
    // The layout has measured (morphometric) concepts.
    bool hasMorphometry() const { return m_parts.layout.nDirect > 0; }
    // The pack has an image encoder whose plain cosine is the black-box baseline, with its own threshold.
    bool hasBaseline() const { return m_analyzer && m_analyzer->encoder() && m_hasBaselineThreshold; }

    Result<FaceAnalysis> analyze(const QString& path, const DetectOptions& options = {},
                                 const Progress& progress = {}) const
    {
        return m_analyzer->analyze(path, options, progress);
    }
    // Concept scores and aggregated embedding of one analysed face: the head's forward pass.
    Result<ConceptOutput> concepts(const FaceAnalysis& analysis) const;
    Result<ConceptOutput> concepts(const std::vector<double>& morphometry, const std::vector<float>& embedding) const;

    // Per quantity of the measured vector of one photo (FaceAnalysis::morphometry): why it is not assessed against
    // the training photos, "not assessed: outside the range of the training photos (value …, training range …)",
    // or empty (inside the range with its margin, or NaN: not measured, which the comparison states itself). Packs
    // without recorded ranges (morph.min/.max) use |z| > 6 (TrainingRange.h). A comparison excludes the
    // characteristics of such quantities, as it does for quantities not measured.
    QStringList outOfRangeReasons(const std::vector<double>& morphometry) const;
    // Characteristics whose appearance scores on one photo (ConceptOutput::S of concepts()) lie outside their
    // training range: characteristic id -> reason naming the descriptor, its score and the range. Empty for packs
    // without appearance.min/.max and for layouts without appearance concepts.
    QMap<QString, QString> appearanceOutOfRange(const std::vector<float>& S) const;
    // The pack records the training range of its measured quantities (else the z fallback applies).
    bool hasQuantityRanges() const { return m_parts.stats.hasRange(); }
    bool hasAppearanceRanges() const { return m_parts.appearanceRange.recorded(); }

private:
    Status loadEncoders(const EncoderRegistry& registry, const Progress& progress);
    void describeEncoders(const QList<EncoderSpec>& specs);
    Status loadHead(const QString& manifestPath);
    Status loadHeadTensors(const HeadConfig& config);
    Status loadStats(const QMap<QString, TensorData>& descTensors);
    Status loadAppearanceRange(const QMap<QString, TensorData>& descTensors);
    Status loadCalibration(const QString& manifestPath);

    std::optional<ModelPack> m_pack;
    FaceModelParts m_parts;
    std::optional<FaceAnalyzer> m_analyzer;
    bool m_hasBaselineThreshold = false;
    ConceptEncoderInfo m_conceptEncoder;
    std::optional<LrCalibration> m_likelihoodRatio;
    QMap<QString, double> m_notAssessedAuc;
    QList<EncoderSpec> m_sources;
};

// The `morphometric` source of face packs (dlib HOG detector + 68-landmark shape predictor): the locator and
// measured concepts every default and CLIP face pack names first.
EncoderSpec morphometricSourceSpec();
// The `regions` source (colour and texture in landmark-defined regions) with every quantity this version measures.
EncoderSpec regionsSourceSpec();
// Characteristics whose mean held-out appearance AUC (metrics.appearance_direction_auc, per descriptor) is below
// `minAuc`: id -> that mean. What the trainer leaves unscored and records in head.not_assessed.
QMap<QString, double> unreliableAppearance(const Catalog& catalog, const QJsonObject& aucs, double minAuc = 0.6);

// The face score: cosine of the two aggregated embeddings of the head's forward pass. The one scoring function
// of compare, verify-pairs and calibration.
double faceScore(const std::vector<float>& eProbe, const std::vector<float>& eReference);
double faceScore(const float* eProbe, const float* eReference, std::size_t m);

// The range of every cosine concept's score over `embeddings` (one image embedding per training photo; the trainer
// passes those the head was trained on): what FaceModelParts::appearanceRange records. Empty without cosine
// concepts. The torch variant is core/face/detail/AppearanceRange.h.
trainingrange::ValueRanges appearanceRange(const ConceptHead& head, const std::vector<std::vector<float>>& embeddings);

// Face head inputs for one face: z-scored direct scores (× tau) and the ResNet embedding as floats.
std::vector<float> faceDirectScores(const FaceModelParts& parts, const std::vector<double>& morphometry);

// What a face pack records besides its trained parts: identity, calibration, metrics, provenance, the encoder
// sources its manifest names and the files they need (pack-relative path -> bytes).
struct FacePackInfo
{
    QString name, version;
    QJsonObject calibration, metrics, provenance;
    QList<EncoderSpec> sources;
    QMap<QString, QByteArray> files;
    QMap<QString, QMap<QString, TensorData>> tensorFiles; // further safetensors files (e.g. tuned encoder tensors)
};

// Writes a face pack with any encoder sources (head.safetensors, descriptors.safetensors, info.files, manifest),
// atomically as a whole folder (writePack); `protectedInputs` are never replaced (checkPackOutput).
Status writeFacePack(const QString& dir, const FaceModelParts& parts, const FacePackInfo& info,
                     const QStringList& protectedInputs = {});

// Writes a face pack: manifest (with metrics, provenance, calibration given), head.safetensors,
// descriptors.safetensors (T and population statistics) and the ResNet weights copied from `resnetFiles`
// (tfjs manifest + .bin) into encoder/.
Status writeFacePack(const QString& dir, const FaceModelParts& parts, const QString& name, const QString& version,
                     const QJsonObject& calibration, const QJsonObject& metrics, const QJsonObject& provenance,
                     const QStringList& resnetFiles, const QStringList& protectedInputs = {});

} // namespace descry

#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/descriptors/Catalog.h"
#include "core/model/ConceptHead.h"
#include "core/model/Encoder.h"
#include "core/pack/EncoderRegistry.h"
#include "core/pack/ModelPack.h"

#include <QImage>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace descry {

// A CXR pack's decision rule (manifest `calibration`): effusion iff P >= threshold, except inside the indeterminate
// band [bandLow, bandHigh] (calibrated on validation data, e.g. where the precision of either call drops below the
// operating point) where the pack declines to decide. Manifest: {"threshold", "indeterminate": [lo, hi] | null,
// "operating_point", "dataset", "date"}; all required.
struct CxrCalibration
{
    double threshold = 0.5;
    bool hasBand = false;
    double bandLow = 0.5, bandHigh = 0.5;
    QString operatingPoint;
    QString dataset;
    QString date;

    static Result<CxrCalibration> fromJson(const QJsonObject& calibration, const QString& manifestPath);
    QJsonObject toJson() const;
};

// What the encoder of a CXR pack is fed, and the sentence that says so in reports and `cxr` output: the displayed
// image (DICOM display pipeline at the reader's or the default window, 8-bit grey), replicated to RGB, shortest side
// resized to the encoder's input size (antialiased bicubic, as clipResizeCrop) and centre-cropped.
struct CxrEncoderInput
{
    QImage displayed;   // the frame as displayed (Grayscale8 or RGB888), full resolution
    QImage input;       // inputSize × inputSize RGB888: exactly the pixels the encoder gets (0..255)
    QString conversion; // e.g. "display window C 2048 W 4096 (preset 1), grey to RGB, resized to 224 px, centre crop"
};
Result<CxrEncoderInput> cxrEncoderInput(const QImage& displayed, int inputSize, const QString& windowText);

// A loaded `cxr-classification` pack: verified files, the catalog the manifest names, the image encoder (built
// through the EncoderRegistry: openclip-vit, torchscript or a test's fake), the head (m = 2 logits, class 1 =
// pleural effusion, bias) and the calibration. Immutable; const members are thread-safe.
class CxrModel
{
public:
    // Opens and verifies a pack (folder, manifest path or name). Progress with abort (ErrorCode::Cancelled); Model
    // error naming the file and the manifest field on any problem, including a pack of another task.
    static Result<CxrModel> open(const QString& pathOrName, const Progress& progress = {},
                                 const EncoderRegistry& registry = EncoderRegistry::global());

    const ModelPack& pack() const { return *m_pack; }
    const Catalog& catalog() const { return m_catalog; }
    const ConceptHead& head() const { return *m_head; }
    const ImageEncoder& encoder() const { return *m_encoder; }
    std::shared_ptr<const ImageEncoder> encoderPtr() const { return m_encoder; }
    const CxrCalibration& calibration() const { return m_calibration; }
    // The manifest's encoder type and, when it names one, the checkpoint/module file and its SHA-256.
    QString encoderType() const;
    QString encoderSummary() const;

    // Embedding of one encoder input (inputSize² RGB888) and the head's forward pass on it.
    Result<std::vector<float>> embed(const QImage& input, const Progress& progress = {}) const;
    Result<ConceptOutput> concepts(const std::vector<float>& embedding) const;

private:
    std::optional<ModelPack> m_pack;
    Catalog m_catalog;
    std::optional<ConceptHead> m_head;
    std::shared_ptr<const ImageEncoder> m_encoder;
    CxrCalibration m_calibration;
    friend struct CxrModelLoader;
};

// What a CXR pack records besides its head and catalog.
struct CxrPackInfo
{
    QString name, version;
    EncoderSpec encoder; // type, files (pack-relative, present in `files` below or referenced), config
    CxrCalibration calibration;
    QJsonObject metrics, provenance;
    QMap<QString, QByteArray> files;                      // further files (e.g. encoder/encoder.pt), pack-relative
    QMap<QString, QMap<QString, TensorData>> tensorFiles; // further safetensors files
};

// Writes a CXR pack: manifest (task cxr-classification, descriptors {catalog, version, sha256}, head with alpha and
// tau, calibration, metrics, provenance), head.safetensors (F, W, b), descriptors.safetensors (T, N×d in catalog
// order) and info.files; atomically as a whole folder (writePack); `protectedInputs` are never replaced.
Status writeCxrPack(const QString& dir, const Catalog& catalog, const ConceptHead& head, const CxrPackInfo& info,
                    const QStringList& protectedInputs = {});

} // namespace descry

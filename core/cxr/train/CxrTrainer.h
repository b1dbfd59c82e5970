#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/cxr/extract/ReportExtractor.h"
#include "core/descriptors/Catalog.h"
#include "core/pack/PackManifest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace descry {

// One training radiograph with its report.
struct CxrTrainingSample
{
    QString imagePath;
    QString patientId;  // split unit: no patient is in two parts
    QString reportText; // the report (findings + impression)
    QString reportPath; // where it came from (for messages)
    // When set, used instead of extracting `reportText` (precomputed extractions, tests).
    std::optional<ReportExtraction> extraction;
};

// Reads a training set. images: a folder (every PNG/JPEG/DICOM inside, recursively; patient = the file name up to
// the first '_' as in NIH ChestX-ray14, else the whole stem) or a CSV with a header and columns `image` (path,
// relative to the CSV) and optionally `patient`. reports: a folder of `<image stem>.txt` (or Indiana/OpenI `.xml`)
// files, or a CSV with columns `image` and `report` (text) or `report_path`. Images without a report are an Input error
// naming both files.
Result<QList<CxrTrainingSample>> readCxrTrainingSet(const QString& images, const QString& reports);

// Settings of `train cxr` (DESIGN.md §1): encoders frozen with a feature cache; concept targets from the extracted
// report descriptors (present → the image's maximum concept score, absent → its minimum, others unsupervised);
// L1 concept loss + cross-entropy weighted 2:1; Adam lr 5e-3; split by patient; threshold and indeterminate band
// calibrated on the validation part; metrics on the test part.
struct CxrTrainOptions
{
    EncoderSpec encoder;      // openclip-vit (checkpoint) or torchscript (module) spec, as the pack will store it
    QString encoderDirectory; // where encoder.files are found now (copied into the pack)
    QString
        descriptorEmbeddings; // torchscript: safetensors with "T" (N×d, catalog order); openclip: empty (text tower)
    QString catalogPath;      // default: defaultCxrCatalogPath()
    QString cacheDir;         // feature cache (default: the user's cache folder)
    QString name = QStringLiteral("cxr-trained");
    QString version = QStringLiteral("0.1.0");
    int epochs = 60;
    int batchSize = 32;
    double lr = 5e-3;
    double conceptWeight = 2.0;
    double classWeight = 1.0;
    double alpha = 0.5;
    double tau = 0.1;
    int reduction = 4;
    double testFraction = 0.2;
    double validationFraction = 0.2;
    uint64_t seed = 0;
    int threads = 0;
    // A softmax group the report does not mention at all is supervised as its normal grade (reports list what is
    // seen); false leaves it unsupervised (its grades then explain nothing the reports said).
    bool unmentionedAsNormal = true;
    QString datasetName; // recorded in the calibration and provenance
    QString command;     // the command line, recorded in the provenance
};

// What training measured (also written into the manifest's `metrics`).
struct CxrTrainingReport
{
    int trainImages = 0, validationImages = 0, testImages = 0;
    int trainPatients = 0, validationPatients = 0, testPatients = 0;
    int positives = 0; // images whose report says effusion present
    double threshold = 0.5, bandLow = 0.5, bandHigh = 0.5;
    QJsonObject metrics; // {"test": {accuracy, precision, recall, f1, auc, n, tp, fp, tn, fn},
                         //  "validation": {...}, "explanations": {"rouge_l", "meteor", "n"}}
    QList<double> epochLoss;
    int cachedFeatures = 0, computedFeatures = 0;
    int uncertainLabels = 0; // images whose report leaves effusion uncertain or unmentioned: no CE term, no metric
    double seconds = 0.0;
};

// Trains a CXR pack end to end and writes it to `outDir` (writeCxrPack; never over an input). Progress with abort.
Result<CxrTrainingReport> trainCxrPack(const QList<CxrTrainingSample>& samples, const CxrTrainOptions& options,
                                       const QString& outDir, const Progress& progress = {});

} // namespace descry

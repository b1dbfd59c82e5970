#pragma once

#include "core/common/Result.h"
#include "core/cxr/extract/ReportExtractor.h"
#include "core/cxr/extract/ReportFile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace descry {

// The pleural-effusion ground truth of one Indiana report, from its MeSH major terms "Pleural Effusion[/...]".
// Modifiers: left/right/bilateral give the side; small (and "mild"), moderate, large (and "severe", "massive")
// the size; other modifiers (base, posterior, focal, borderline...) carry neither.
struct EffusionTruth
{
    bool present = false;
    QString side; // empty when MeSH carries none
    QString size;
};

EffusionTruth effusionTruthFromMesh(const QStringList& majors);

// One evaluated report.
struct ExtractionCase
{
    QString id;
    EffusionTruth truth;
    ExtractedFinding found;
    QString sentence; // the sentence that decided the extraction, or the first that names the finding
};

// Extraction against MeSH on a set of reports: "present" (true) against everything else.
struct ExtractionEvaluation
{
    int n = 0, tp = 0, fp = 0, fn = 0, tn = 0;
    int sideN = 0, sideCorrect = 0; // true positives whose MeSH carries a side
    int sizeN = 0, sizeCorrect = 0;
    QList<ExtractionCase> falsePositives, falseNegatives, sideErrors, sizeErrors;

    double precision() const;
    double recall() const;
    double f1() const;
    // The `count` most instructive errors: taken in turn from false negatives, false positives, side and size
    // errors, so every kind of mistake shows.
    QList<ExtractionCase> instructiveErrors(int count) const;
    QJsonObject toJson(int errors) const;
};

// Reads Indiana reports from a folder of XML files or a .tgz of them (unpacked with `tar` into a temporary folder).
// Input error naming the path when it holds none or an archive cannot be unpacked.
Result<QList<IndianaReport>> loadIndianaReports(const QString& path);

ExtractionEvaluation evaluateExtraction(const ReportExtractor& extractor, const QList<IndianaReport>& reports);

// The rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks); first row = header.
Result<QList<QStringList>> readCsvRows(const QString& path);

} // namespace descry

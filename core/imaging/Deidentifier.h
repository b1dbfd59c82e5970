#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace descry {

// How to de-identify: the PS3.15 Annex E Basic Application Level Confidentiality Profile always; dates shifted by
// a fixed number of days (Retain Longitudinal Temporal Information with Modified Dates) when asked, else dates
// are handled as the basic profile says.
struct DeidentifyOptions
{
    std::optional<int> dateShiftDays;
};

// One exported file.
struct DeidentifiedFile
{
    QString input;
    QString output;
    bool burnedInWarning = false; // BurnedInAnnotation is YES or absent: pixels may still show identifiers
    QStringList warnings;         // translated, one line each, naming the input file
    int removed = 0;              // attributes removed (including private tags)
    int emptied = 0;              // attributes kept with an empty value
    int replaced = 0;             // attributes given a dummy value or a remapped UID
};

struct DeidentifyReport
{
    QList<DeidentifiedFile> files;
    int uidsRemapped = 0; // distinct original UIDs given a new one in this export
};

// Writes a de-identified copy of each DICOM input into `outDir` (created when missing), named by its new SOP
// Instance UID; never over an existing file, never over an input. Identifying attributes are removed, emptied or
// replaced per the profile table in Deidentifier.cpp, private tags removed, UIDs remapped consistently within this
// call (the same input UID gives the same output UID in every file of the export), PatientIdentityRemoved = YES,
// DeidentificationMethod and its code sequence (113100, and 113107 with shifted dates) recorded. Each output is
// written to a temporary file and renamed. Inputs are opened read-only. Input error naming the file for a
// non-DICOM or unreadable input (nothing is written for it; files already written stay).
Result<DeidentifyReport> deidentifyFiles(const QStringList& inputs, const QString& outDir,
                                         const DeidentifyOptions& options = {}, const Progress& progress = {});

} // namespace descry

#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace descry {

// One image file of a series (a DICOM instance, or a raster radiograph).
struct StudyInstance
{
    QString path;
    bool isDicom = true;
    QString sopInstanceUid;
    int instanceNumber = 0;
    int frames = 1;
    int rows = 0;
    int columns = 0;
    QString modality;
    QString viewPosition;
};

// A series: instances sorted by instance number, then path.
struct StudySeries
{
    QString seriesInstanceUid; // empty for raster images
    int seriesNumber = 0;
    QString modality;
    QString description;
    QList<StudyInstance> instances;
};

// A study: series sorted by series number. Raster images form one study of their own with empty UIDs.
struct Study
{
    QString studyInstanceUid;
    QString description;
    QString date; // DICOM DA, as stored
    QString patientName;
    QString patientId;
    QList<StudySeries> series;
};

// What scanning the inputs found: studies sorted by date then UID, and the files skipped (not DICOM nor an image,
// DICOM that is not an image, unreadable), with the reason of the first few.
struct StudyScan
{
    QList<Study> studies;
    int skippedFiles = 0;
    QStringList skippedReasons; // at most kMaxReasons one-line reasons naming the file
    static constexpr int kMaxReasons = 20;

    int instanceCount() const;
};

// Scans files, folders (recursively; symlinked folders are not followed) and DICOMDIR files (their referenced
// files, resolved against the DICOMDIR's folder), reading only headers, and groups the images into studies and
// series by UID. The same file given twice counts once. Input error only when an input does not exist or nothing
// at all could be read; `progress` is polled per file (Cancelled).
Result<StudyScan> scanStudies(const QStringList& inputs, const Progress& progress = {});

} // namespace descry

#pragma once
// Private to core/imaging: the files a DICOMDIR (a CD's or USB export's index, PS3.10) refers to.

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace descry::detail {

// One Referenced File ID of a directory record, and where it is on disk.
struct DicomDirEntry
{
    QString fileId;       // as recorded, components joined with '/' ("DICOM/ST000001/IM000001")
    QString resolvedPath; // empty when no such file exists beside the DICOMDIR
};

struct DicomDirContents
{
    QList<DicomDirEntry> entries; // in record order, each file once
};

// Reads the directory records of `path`. File IDs are resolved against the DICOMDIR's folder component by
// component, case-insensitively (media written on one system are read on another) and ignoring ISO 9660 version
// suffixes (";1"). Input error naming the file when it is not a readable DICOMDIR.
Result<DicomDirContents> readDicomDir(const QString& path);

} // namespace descry::detail

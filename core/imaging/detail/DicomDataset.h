#pragma once

// Private to core/imaging: opening a DICOM file with DCMTK and reading what a reader needs from its attributes.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>

#include "core/common/Result.h"
#include "core/imaging/DicomLoader.h"
#include "core/imaging/MedicalImage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace descry::detail {

// A DICOM file as DCMTK parsed it: attribute values are in memory, large ones (pixel data) stay on disk until
// they are first asked for.
struct OpenedDicom
{
    std::unique_ptr<DcmFileFormat> file;
    int strayBytes = 0;      // junk bytes before the first attribute of a file without a preamble
    bool hasFileMeta = true; // a file meta header (group 0002) was found
    QString transferSyntaxUid;
    bool transferSyntaxInferred = false;
    bool textIsUtf8 = false; // string values were converted to UTF-8 (else they are Latin-1/ASCII)
    QStringList warnings;    // what the reader should know about how the file was read (translated)

    DcmDataset* dataset() const { return file->getDataset(); }
};

// Where the data set of a file starts: 0 for a file with the 128-byte preamble and "DICM" or one that starts with
// a plausible group 0002/0008 attribute; 1..7 when a few junk bytes precede such an attribute; -1 when the bytes
// do not look like DICOM.
int dicomStartOffset(const QByteArray& head);

// Parses `path` read-only (DCMTK; transfer syntax inferred when the file does not record it). Input errors for a
// missing, empty, oversized, non-DICOM or truncated file.
Result<OpenedDicom> openDicom(const QString& path, const DicomLoadOptions& options);

// Fills a MedicalImageInfo from the attributes and checks the image can be decoded within the limits: an image
// SOP class, pixel data present and long enough, sane dimensions, supported transfer syntax and photometric.
// Does not read pixel data. `path` and sha256 are left for the caller.
Result<MedicalImageInfo> describeDicom(const OpenedDicom& dicom, const QString& path, const DicomLoadOptions& options);

// A LUT (descriptor + data) of `item` as a LookupTable: entries 0 means 65536, the first mapped value is signed
// when `signedFirst`, 8-bit entries packed two per 16-bit word are unpacked. Empty when absent or inconsistent.
LookupTable readLookupTable(DcmItem& item, const DcmTagKey& descriptor, const DcmTagKey& data, bool signedFirst);

// Bytes the native (uncompressed) pixel data of `info` takes: frames x rows x columns x samples x bits allocated,
// with YBR_FULL_422 subsampling (2 samples per pixel) when `subsampled422`.
qint64 nativePixelBytes(const MedicalImageInfo& info, bool subsampled422);

// Whether a transfer syntax UID keeps pixel data uncompressed (native).
bool isNativeTransferSyntax(const QString& uid);
// Whether it is JPEG 2000 (Part 1, lossless or lossy) or HTJ2K, decoded with OpenJPEG.
bool isJpeg2000TransferSyntax(const QString& uid);

} // namespace descry::detail

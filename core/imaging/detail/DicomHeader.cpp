#include "core/imaging/detail/DicomHeader.h"

#include "core/common/Tr.h"
#include "core/imaging/DicomLoader.h"
#include "core/imaging/detail/DcmtkErrors.h"
#include "core/imaging/detail/DicomDataset.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <QFile>

namespace descry::detail {

namespace {

QString textOf(DcmItem& item, const DcmTagKey& key, bool utf8)
{
    OFString value;
    if (item.findAndGetOFStringArray(key, value).bad())
        return {};
    return (utf8 ? QString::fromUtf8(value.c_str()) : QString::fromLatin1(value.c_str())).trimmed();
}

int integer(DcmItem& item, const DcmTagKey& key, int fallback)
{
    Sint32 v = 0;
    if (item.findAndGetSint32(key, v).good())
        return int(v);
    Uint16 u = 0;
    if (item.findAndGetUint16(key, u).good())
        return int(u);
    return fallback;
}

bool hasPixelData(DcmItem& item)
{
    return item.tagExists(DCM_PixelData) || item.tagExists(DCM_FloatPixelData) ||
           item.tagExists(DCM_DoubleFloatPixelData);
}

// Why an object without pixels is not an image, in a reader's words.
QString notAnImageReason(const QString& sopClassUid)
{
    if (sopClassUid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.88.")))
        return Tr::tr("is a structured report, not an image");
    if (sopClassUid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.11.")))
        return Tr::tr("is a presentation state, not an image");
    if (sopClassUid == QLatin1String(UID_MediaStorageDirectoryStorage))
        return Tr::tr("is a DICOMDIR (an index of files), not an image");
    const char* name = dcmFindNameOfUID(sopClassUid.toLatin1().constData(), nullptr);
    if (name)
        return Tr::tr("is not an image (a %1 object without pixel data)").arg(QString::fromLatin1(name));
    return Tr::tr("is not an image (no pixel data)");
}

} // namespace

bool isDicomFile(const QString& path)
{
    if (looksLikeDicom(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(132);
    return head.size() == 132 && head.mid(128, 4) == "DICM";
}

Result<DicomHeader> readDicomHeader(const QString& path)
{
    // The loader's reader: files without a preamble or meta header, with stray leading bytes or an unrecorded
    // transfer syntax are read as the loader reads them; pixel data stays on disk.
    auto opened = openDicom(path, DicomLoadOptions{});
    if (!opened)
        return opened.error();
    DcmFileFormat& file = *opened->file;
    DcmDataset& ds = *opened->dataset();
    const bool utf8 = opened->textIsUtf8;
    auto text = [utf8](DcmItem& item, const DcmTagKey& key) { return textOf(item, key, utf8); };
    DicomHeader h;
    h.sopClassUid = text(ds, DCM_SOPClassUID);
    if (h.sopClassUid.isEmpty())
        h.sopClassUid = text(*file.getMetaInfo(), DCM_MediaStorageSOPClassUID);
    if (!hasPixelData(ds))
        return Error(ErrorCode::Input, notAnImageReason(h.sopClassUid), path);
    h.rows = integer(ds, DCM_Rows, 0);
    h.columns = integer(ds, DCM_Columns, 0);
    if (h.rows <= 0 || h.columns <= 0)
        return Error(ErrorCode::Input, Tr::tr("has pixel data but no image size (Rows or Columns missing)"), path);
    h.sopInstanceUid = text(ds, DCM_SOPInstanceUID);
    h.studyInstanceUid = text(ds, DCM_StudyInstanceUID);
    h.seriesInstanceUid = text(ds, DCM_SeriesInstanceUID);
    h.modality = text(ds, DCM_Modality);
    h.viewPosition = text(ds, DCM_ViewPosition);
    h.studyDescription = text(ds, DCM_StudyDescription);
    h.seriesDescription = text(ds, DCM_SeriesDescription);
    h.studyDate = text(ds, DCM_StudyDate);
    h.patientName = text(ds, DCM_PatientName);
    h.patientId = text(ds, DCM_PatientID);
    h.instanceNumber = integer(ds, DCM_InstanceNumber, 0);
    h.seriesNumber = integer(ds, DCM_SeriesNumber, 0);
    h.frames = std::max(1, integer(ds, DCM_NumberOfFrames, 1));
    return h;
}

} // namespace descry::detail

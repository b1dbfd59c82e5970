#include "core/imaging/detail/DicomDataset.h"

#include "core/common/Tr.h"
#include "core/imaging/detail/DcmtkErrors.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcistrmf.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <array>
#include <cmath>
#include <cstring>

namespace descry::detail {

namespace {

// Values up to this size are parsed with the attributes; larger ones (pixel data) are read when first needed.
constexpr Uint32 kLazyValueBytes = 4096;

const char* const kNativeSyntaxes[] = {"1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2",
                                       "1.2.840.10008.1.2.1.99"};
const char* const kDcmtkSyntaxes[] = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.53",
                                      "1.2.840.10008.1.2.4.55", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70",
                                      "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81", "1.2.840.10008.1.2.5"};
const char* const kJpeg2000Syntaxes[] = {"1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.201",
                                         "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203"};

// SOP classes that are not images, with what they are (PS3.4 Annex B), checked before "no pixel data" so that the
// message says what the file is. Each entry covers the UID and its sub-tree.
struct NonImageClass
{
    const char* uid;
    const char* what;
};
const NonImageClass kNonImageClasses[] = {
    {"1.2.840.10008.5.1.4.1.1.88.59", QT_TRANSLATE_NOOP("descry", "a key object selection document")},
    {"1.2.840.10008.5.1.4.1.1.88", QT_TRANSLATE_NOOP("descry", "a structured report")},
    {"1.2.840.10008.5.1.4.1.1.11", QT_TRANSLATE_NOOP("descry", "a presentation state")},
    {"1.2.840.10008.5.1.4.1.1.104", QT_TRANSLATE_NOOP("descry", "an encapsulated document (PDF, CDA, ...)")},
    {"1.2.840.10008.5.1.4.1.1.9", QT_TRANSLATE_NOOP("descry", "a waveform")},
    {"1.2.840.10008.5.1.4.1.1.66", QT_TRANSLATE_NOOP("descry", "raw data")},
    {"1.2.840.10008.5.1.4.1.1.66.1", QT_TRANSLATE_NOOP("descry", "a spatial registration")},
    {"1.2.840.10008.5.1.4.1.1.66.2", QT_TRANSLATE_NOOP("descry", "a set of spatial fiducials")},
    {"1.2.840.10008.5.1.4.1.1.66.3", QT_TRANSLATE_NOOP("descry", "a deformable spatial registration")},
    {"1.2.840.10008.5.1.4.1.1.66.5", QT_TRANSLATE_NOOP("descry", "a surface segmentation")},
    {"1.2.840.10008.5.1.4.1.1.67", QT_TRANSLATE_NOOP("descry", "a real world value map")},
    {"1.2.840.10008.5.1.4.1.1.68", QT_TRANSLATE_NOOP("descry", "a surface scan")},
    {"1.2.840.10008.5.1.4.1.1.481.3", QT_TRANSLATE_NOOP("descry", "a radiotherapy structure set")},
    {"1.2.840.10008.5.1.4.1.1.481.4", QT_TRANSLATE_NOOP("descry", "a radiotherapy treatment record")},
    {"1.2.840.10008.5.1.4.1.1.481.5", QT_TRANSLATE_NOOP("descry", "a radiotherapy plan")},
    {"1.2.840.10008.5.1.4.1.1.481.6", QT_TRANSLATE_NOOP("descry", "a radiotherapy treatment record")},
    {"1.2.840.10008.5.1.4.1.1.481.7", QT_TRANSLATE_NOOP("descry", "a radiotherapy treatment summary")},
    {"1.2.840.10008.5.1.4.1.1.481.8", QT_TRANSLATE_NOOP("descry", "a radiotherapy plan")},
    {"1.2.840.10008.5.1.4.1.1.481.9", QT_TRANSLATE_NOOP("descry", "a radiotherapy treatment record")},
    {"1.2.840.10008.5.1.4.34", QT_TRANSLATE_NOOP("descry", "a radiotherapy object")},
    {"1.2.840.10008.5.1.4.38", QT_TRANSLATE_NOOP("descry", "a hanging protocol")},
    {"1.2.840.10008.5.1.4.39", QT_TRANSLATE_NOOP("descry", "a colour palette")},
    {"1.2.840.10008.1.3.10", QT_TRANSLATE_NOOP("descry", "a DICOMDIR (media directory)")},
};

bool inUidTree(const QString& uid, const char* root)
{
    const QLatin1String r(root);
    return uid == r || (uid.startsWith(r) && uid.size() > r.size() && uid.at(r.size()) == QLatin1Char('.'));
}

bool isPlausibleVr(const uint8_t* p)
{
    static const char* const vrs[] = {"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT",
                                      "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST",
                                      "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV"};
    for (const char* vr : vrs)
        if (p[0] == uint8_t(vr[0]) && p[1] == uint8_t(vr[1]))
            return true;
    return false;
}

// A first attribute of group 0002 or 0008 (either byte order) with an explicit VR or a sane implicit length.
bool plausibleFirstElement(const uint8_t* p, size_t available)
{
    if (available < 8)
        return false;
    const uint16_t groupLe = uint16_t(p[0] | (p[1] << 8)), groupBe = uint16_t((p[0] << 8) | p[1]);
    const uint16_t elementLe = uint16_t(p[2] | (p[3] << 8)), elementBe = uint16_t((p[2] << 8) | p[3]);
    const bool le = groupLe == 0x0002 || groupLe == 0x0008, be = groupBe == 0x0002 || groupBe == 0x0008;
    if (!le && !be)
        return false;
    if (isPlausibleVr(p + 4))
        return true;
    // Implicit VR (little endian only in the standard): a small even element number and a plausible length.
    const uint32_t length = uint32_t(p[4] | (p[5] << 8) | (p[6] << 16) | (uint32_t(p[7]) << 24));
    // Element 0 only as a group length (UL, 4 bytes): old ACR-NEMA style files start with (0008,0000).
    return le && elementLe < 0x0100 && length < 0x10000 && (elementBe != 0 || length == 4);
}

QString formatBytes(long double bytes)
{
    if (bytes >= 9.0e18L)
        return Tr::tr("more than 8 EiB");
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1);
}

// Reads string values in the file's character set (UTF-8 after DCMTK's conversion, else Latin-1).
class TextReader
{
public:
    TextReader(DcmItem& item, bool utf8) : m_item(item), m_utf8(utf8) {}

    QString value(const DcmTagKey& tag, unsigned long pos = 0) const
    {
        OFString s;
        if (m_item.findAndGetOFString(tag, s, pos).bad())
            return {};
        return decode(s).trimmed();
    }
    QString all(const DcmTagKey& tag) const
    {
        OFString s;
        if (m_item.findAndGetOFStringArray(tag, s).bad())
            return {};
        return decode(s).trimmed();
    }
    bool isUtf8() const { return m_utf8; }
    int integer(const DcmTagKey& tag, int fallback = 0) const
    {
        Sint32 v = 0;
        return m_item.findAndGetSint32(tag, v).good() ? int(v) : fallback;
    }

private:
    QString decode(const OFString& s) const
    {
        return m_utf8 ? QString::fromUtf8(s.c_str(), qsizetype(s.size()))
                      : QString::fromLatin1(s.c_str(), qsizetype(s.size()));
    }
    DcmItem& m_item;
    bool m_utf8;
};

bool getUint16(DcmItem& item, const DcmTagKey& tag, int& out)
{
    Uint16 v = 0;
    if (item.findAndGetUint16(tag, v).bad())
        return false;
    out = v;
    return true;
}

void chooseTextEncoding(OpenedDicom& dicom)
{
    OFString charset;
    dicom.dataset()->findAndGetOFStringArray(DCM_SpecificCharacterSet, charset);
    const QString cs = QString::fromLatin1(charset.c_str()).trimmed();
    if (cs.isEmpty() || cs == QLatin1String("ISO_IR 6") || cs == QLatin1String("ISO_IR 100"))
        return;
    if (cs == QLatin1String("ISO_IR 192")) {
        dicom.textIsUtf8 = true;
        return;
    }
    if (dicom.dataset()->convertToUTF8().good()) {
        dicom.textIsUtf8 = true;
        return;
    }
    dicom.warnings << Tr::tr("the character set %1 cannot be converted; names are shown as Latin-1").arg(cs);
}

Status checkFile(const QString& path, const DicomLoadOptions& options, QByteArray* head)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error(ErrorCode::Input, Tr::tr("the file does not exist"), path);
    if (!fi.isFile())
        return Error(ErrorCode::Input, Tr::tr("is not a file"), path);
    if (fi.size() == 0)
        return Error(ErrorCode::Input, Tr::tr("the file is empty, not a DICOM file"), path);
    if (fi.size() > options.maxFileBytes)
        return Error(ErrorCode::Input,
                     Tr::tr("the file is %1, more than the %2 limit for DICOM files")
                         .arg(formatBytes(fi.size()), formatBytes(options.maxFileBytes)),
                     path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Input, Tr::tr("cannot be opened: %1").arg(f.errorString()), path);
    *head = f.read(1024);
    return {};
}

// Records where the transfer syntax came from: the file meta header, or DCMTK's detection from the data.
void recordTransferSyntax(OpenedDicom& dicom)
{
    DcmMetaInfo* meta = dicom.file->getMetaInfo();
    dicom.hasFileMeta = meta && meta->card() > 0;
    OFString uid;
    if (meta && meta->findAndGetOFString(DCM_TransferSyntaxUID, uid).good() && !uid.empty()) {
        dicom.transferSyntaxUid = QString::fromLatin1(uid.c_str()).trimmed();
        return;
    }
    dicom.transferSyntaxInferred = true;
    const DcmXfer xfer(dicom.dataset()->getOriginalXfer());
    dicom.transferSyntaxUid = QString::fromLatin1(xfer.getXferID());
}

Status checkSopClass(const MedicalImageInfo& info, const QString& path)
{
    for (const NonImageClass& c : kNonImageClasses)
        if (inUidTree(info.sopClassUid, c.uid))
            return Error(ErrorCode::Input, Tr::tr("is %1 (%2), not an image").arg(Tr::tr(c.what), info.sopClassName),
                         path);
    return {};
}

Status readEncoding(MedicalImageInfo& info, DcmItem& ds, const TextReader& text, const QString& path)
{
    if (!getUint16(ds, DCM_Rows, info.rows) || !getUint16(ds, DCM_Columns, info.columns))
        return Error(ErrorCode::Input, Tr::tr("the image has no Rows or Columns attribute"), path);
    if (!getUint16(ds, DCM_BitsAllocated, info.bitsAllocated))
        return Error(ErrorCode::Input, Tr::tr("the image has no Bits Allocated attribute"), path);
    if (!getUint16(ds, DCM_BitsStored, info.bitsStored)) {
        info.bitsStored = info.bitsAllocated;
        info.warnings << Tr::tr("Bits Stored is missing; taken as Bits Allocated (%1)").arg(info.bitsAllocated);
    }
    if (!getUint16(ds, DCM_HighBit, info.highBit))
        info.highBit = info.bitsStored - 1;
    int pixelRepresentation = 0;
    getUint16(ds, DCM_PixelRepresentation, pixelRepresentation);
    info.signedPixels = pixelRepresentation == 1;
    if (!getUint16(ds, DCM_SamplesPerPixel, info.samplesPerPixel))
        info.samplesPerPixel = 1;
    getUint16(ds, DCM_PlanarConfiguration, info.planarConfiguration);
    info.photometric = text.value(DCM_PhotometricInterpretation).toUpper();
    if (info.photometric.isEmpty()) {
        info.photometric = info.samplesPerPixel == 3 ? QStringLiteral("RGB") : QStringLiteral("MONOCHROME2");
        info.warnings << Tr::tr("Photometric Interpretation is missing; taken as %1").arg(info.photometric);
    }
    info.frames = 1;
    Sint32 frames = 1;
    if (ds.tagExists(DCM_NumberOfFrames) && ds.findAndGetSint32(DCM_NumberOfFrames, frames).good())
        info.frames = int(frames);
    return {};
}

Status checkGeometry(const MedicalImageInfo& info, const QString& path)
{
    auto absurd = [&](const QString& why) {
        return Error(ErrorCode::Input, Tr::tr("absurd image header: %1").arg(why), path);
    };
    if (info.rows <= 0 || info.columns <= 0 || info.rows > 65535 || info.columns > 65535)
        return absurd(Tr::tr("%1 rows x %2 columns").arg(info.rows).arg(info.columns));
    if (info.frames <= 0)
        return absurd(Tr::tr("Number of Frames is %1").arg(info.frames));
    if (info.bitsAllocated != 1 && info.bitsAllocated != 8 && info.bitsAllocated != 16 && info.bitsAllocated != 32)
        return absurd(Tr::tr("Bits Allocated is %1 (1, 8, 16 or 32 expected)").arg(info.bitsAllocated));
    if (info.bitsStored < 1 || info.bitsStored > info.bitsAllocated)
        return absurd(Tr::tr("Bits Stored is %1 with Bits Allocated %2").arg(info.bitsStored).arg(info.bitsAllocated));
    if (info.highBit < info.bitsStored - 1 || info.highBit >= info.bitsAllocated)
        return absurd(Tr::tr("High Bit is %1 with Bits Stored %2 and Bits Allocated %3")
                          .arg(info.highBit)
                          .arg(info.bitsStored)
                          .arg(info.bitsAllocated));
    if (info.samplesPerPixel != 1 && info.samplesPerPixel != 3)
        return absurd(Tr::tr("%1 samples per pixel (1 or 3 expected)").arg(info.samplesPerPixel));
    if (info.bitsStored == 32 && !info.signedPixels)
        return Error(ErrorCode::Input, Tr::tr("unsigned 32-bit pixel values are not supported"), path);
    const bool mono =
        info.photometric == QLatin1String("MONOCHROME1") || info.photometric == QLatin1String("MONOCHROME2");
    const bool palette = info.photometric == QLatin1String("PALETTE COLOR");
    const bool colour = info.photometric == QLatin1String("RGB") || info.photometric.startsWith(QLatin1String("YBR_"));
    if (!mono && !palette && !colour)
        return Error(ErrorCode::Input, Tr::tr("photometric interpretation %1 is not supported").arg(info.photometric),
                     path);
    if ((colour && info.samplesPerPixel != 3) || (!colour && info.samplesPerPixel != 1))
        return absurd(Tr::tr("%1 with %2 samples per pixel").arg(info.photometric).arg(info.samplesPerPixel));
    if ((colour || palette) && info.bitsAllocated == 1)
        return absurd(Tr::tr("%1 with 1 bit per sample").arg(info.photometric));
    return {};
}

Status checkLimits(const MedicalImageInfo& info, const DicomLoadOptions& options, const QString& path)
{
    // Decoded: 32-bit stored values for monochrome, RGB888 for colour; the file's own samples may be larger.
    const long double pixels = (long double)info.rows * info.columns * info.frames;
    const long double decoded = pixels * (info.isMonochrome() ? 4 : 3);
    const long double source = pixels * info.samplesPerPixel * std::ceil(info.bitsAllocated / 8.0);
    const long double bytes = std::max(decoded, source);
    if (bytes > (long double)options.maxPixelBytes)
        return Error(ErrorCode::Input,
                     Tr::tr("absurd dimensions: %1 x %2 x %3 frames would need %4 of memory, more than the %5 limit")
                         .arg(info.columns)
                         .arg(info.rows)
                         .arg(info.frames)
                         .arg(formatBytes(bytes), formatBytes((long double)options.maxPixelBytes)),
                     path);
    return {};
}

Status checkPixelData(DcmItem& ds, const MedicalImageInfo& info, const QString& path)
{
    if (ds.tagExists(DCM_FloatPixelData) || ds.tagExists(DCM_DoubleFloatPixelData))
        return Error(ErrorCode::Input, Tr::tr("floating-point pixel data is not supported"), path);
    DcmElement* pixels = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, pixels).bad() || !pixels)
        return Error(ErrorCode::Input, Tr::tr("the file has no pixel data"), path);
    if (!isNativeTransferSyntax(info.transferSyntaxUid))
        return {};
    const qint64 have = pixels->getLength();
    const bool ybr422 = info.photometric == QLatin1String("YBR_FULL_422");
    const qint64 need = nativePixelBytes(info, ybr422 && have < nativePixelBytes(info, false));
    if (have < need)
        return Error(ErrorCode::Input,
                     Tr::tr("the pixel data is truncated: %1 bytes where %2 x %3 x %4 frames need %5")
                         .arg(have)
                         .arg(info.columns)
                         .arg(info.rows)
                         .arg(info.frames)
                         .arg(need),
                     path);
    return {};
}

Status checkTransferSyntax(const MedicalImageInfo& info, const QString& path)
{
    if (isNativeTransferSyntax(info.transferSyntaxUid) || isJpeg2000TransferSyntax(info.transferSyntaxUid))
        return {};
    for (const char* s : kDcmtkSyntaxes)
        if (info.transferSyntaxUid == QLatin1String(s))
            return {};
    return Error(
        ErrorCode::Input,
        Tr::tr("transfer syntax %1 (%2) is not supported").arg(info.transferSyntaxName, info.transferSyntaxUid), path);
}

void readModalityLut(MedicalImageInfo& info, DcmItem& ds, const TextReader& text)
{
    double slope = 1.0, intercept = 0.0;
    const bool hasSlope = ds.findAndGetFloat64(DCM_RescaleSlope, slope).good();
    const bool hasIntercept = ds.findAndGetFloat64(DCM_RescaleIntercept, intercept).good();
    // A zero, non-finite or absurd rescale would turn every pixel into one value: ignored as a whole, as DCMTK does.
    constexpr double kAbsurd = 1e12;
    if ((hasSlope && (!std::isfinite(slope) || slope == 0.0 || std::abs(slope) > kAbsurd)) ||
        (hasIntercept && (!std::isfinite(intercept) || std::abs(intercept) > kAbsurd)))
        info.warnings << Tr::tr("the rescale (slope %1, intercept %2) is invalid and was ignored")
                             .arg(hasSlope ? QString::number(slope) : QStringLiteral("1"),
                                  hasIntercept ? QString::number(intercept) : QStringLiteral("0"));
    else {
        info.rescaleSlope = hasSlope ? slope : 1.0;
        info.rescaleIntercept = hasIntercept ? intercept : 0.0;
    }
    info.rescaleType = text.value(DCM_RescaleType);
    DcmItem* item = nullptr;
    if (ds.findAndGetSequenceItem(DCM_ModalityLUTSequence, item, 0).good() && item) {
        info.modalityLut = readLookupTable(*item, DCM_LUTDescriptor, DCM_LUTData, info.signedPixels);
        if (info.modalityLut.isEmpty())
            info.warnings << Tr::tr("the Modality LUT Sequence is inconsistent and was ignored");
        else {
            info.modalityLut.explanation = TextReader(*item, false).value(DCM_LUTExplanation);
            const QString type = TextReader(*item, false).value(DCM_ModalityLUTType);
            if (!type.isEmpty())
                info.rescaleType = type;
        }
    }
}

void readVoi(MedicalImageInfo& info, DcmItem& ds, const TextReader& text)
{
    for (unsigned long i = 0;; ++i) {
        double c = 0.0, w = 0.0;
        if (ds.findAndGetFloat64(DCM_WindowCenter, c, i).bad() || ds.findAndGetFloat64(DCM_WindowWidth, w, i).bad())
            break;
        if (!std::isfinite(c) || !std::isfinite(w) || w <= 0.0) {
            info.warnings
                << Tr::tr("window %1 (centre %2, width %3) is invalid and was ignored").arg(i + 1).arg(c).arg(w);
            continue;
        }
        info.windowPresets.append(WindowPreset{c, w, text.value(DCM_WindowCenterWidthExplanation, i)});
    }
    DcmSequenceOfItems* seq = nullptr;
    if (ds.findAndGetSequence(DCM_VOILUTSequence, seq).good() && seq) {
        for (unsigned long i = 0; i < seq->card(); ++i) {
            DcmItem* item = seq->getItem(i);
            LookupTable lut =
                item ? readLookupTable(*item, DCM_LUTDescriptor, DCM_LUTData, info.signedPixels) : LookupTable{};
            if (lut.isEmpty()) {
                info.warnings << Tr::tr("VOI LUT %1 is inconsistent and was ignored").arg(i + 1);
                continue;
            }
            lut.explanation = TextReader(*item, text.isUtf8()).value(DCM_LUTExplanation);
            info.voiLuts.append(std::move(lut));
        }
    }
    const QString function = text.value(DCM_VOILUTFunction).toUpper();
    if (function == QLatin1String("LINEAR_EXACT"))
        info.voiFunction = VoiFunction::LinearExact;
    else if (function == QLatin1String("SIGMOID"))
        info.voiFunction = VoiFunction::Sigmoid;
    info.presentationInverse = text.value(DCM_PresentationLUTShape).toUpper() == QLatin1String("INVERSE");
}

void readSpacing(MedicalImageInfo& info, DcmItem& ds)
{
    const std::pair<DcmTagKey, SpacingSource> sources[] = {
        {DCM_PixelSpacing, SpacingSource::PixelSpacing},
        {DCM_ImagerPixelSpacing, SpacingSource::ImagerPixelSpacing},
        {DCM_NominalScannedPixelSpacing, SpacingSource::NominalScannedPixelSpacing}};
    for (const auto& [tag, source] : sources) {
        double row = 0.0, column = 0.0;
        if (ds.findAndGetFloat64(tag, row, 0).good() && ds.findAndGetFloat64(tag, column, 1).good() &&
            std::isfinite(row) && std::isfinite(column) && row > 0.0 && column > 0.0) {
            info.spacing = PixelSpacing{source, row, column};
            return;
        }
    }
}

void readStudy(MedicalImageInfo& info, const TextReader& text)
{
    const QString burned = text.value(DCM_BurnedInAnnotation).toUpper();
    info.burnedInAnnotation = burned == QLatin1String("YES")  ? BurnedInAnnotation::Yes
                              : burned == QLatin1String("NO") ? BurnedInAnnotation::No
                                                              : BurnedInAnnotation::Unknown;
    info.modality = text.value(DCM_Modality);
    info.bodyPart = text.value(DCM_BodyPartExamined);
    info.viewPosition = text.value(DCM_ViewPosition);
    info.laterality = text.value(DCM_ImageLaterality);
    if (info.laterality.isEmpty())
        info.laterality = text.value(DCM_Laterality);
    info.manufacturer = text.value(DCM_Manufacturer);
    info.manufacturerModel = text.value(DCM_ManufacturerModelName);
    info.studyDescription = text.value(DCM_StudyDescription);
    info.seriesDescription = text.value(DCM_SeriesDescription);
    info.seriesNumber = text.integer(DCM_SeriesNumber);
    info.instanceNumber = text.integer(DCM_InstanceNumber);
    ImageIdentifiers& id = info.identifiers;
    id.patientName = text.all(DCM_PatientName);
    id.patientId = text.value(DCM_PatientID);
    id.patientBirthDate = text.value(DCM_PatientBirthDate);
    id.patientSex = text.value(DCM_PatientSex);
    id.accessionNumber = text.value(DCM_AccessionNumber);
    id.studyId = text.value(DCM_StudyID);
    id.studyDate = text.value(DCM_StudyDate);
    id.studyTime = text.value(DCM_StudyTime);
    id.institutionName = text.value(DCM_InstitutionName);
    id.referringPhysician = text.all(DCM_ReferringPhysicianName);
    id.studyInstanceUid = text.value(DCM_StudyInstanceUID);
    id.seriesInstanceUid = text.value(DCM_SeriesInstanceUID);
    id.sopInstanceUid = text.value(DCM_SOPInstanceUID);
}

} // namespace

bool isNativeTransferSyntax(const QString& uid)
{
    for (const char* s : kNativeSyntaxes)
        if (uid == QLatin1String(s))
            return true;
    return false;
}

bool isJpeg2000TransferSyntax(const QString& uid)
{
    for (const char* s : kJpeg2000Syntaxes)
        if (uid == QLatin1String(s))
            return true;
    return false;
}

int dicomStartOffset(const QByteArray& head)
{
    const auto* p = reinterpret_cast<const uint8_t*>(head.constData());
    const size_t n = size_t(head.size());
    if (n >= 132 && std::memcmp(p + 128, "DICM", 4) == 0)
        return 0;
    // A raster image (TIFF, PNG, JPEG, BMP, GIF, PNM) is never DICOM without the marker, even when its first
    // bytes happen to look like an attribute (an uncompressed TIFF whose top rows are black).
    static const char* const kRasterMagic[] = {"II*", "MM", "\x89PNG", "\xFF\xD8\xFF", "BM", "GIF8", "P2", "P5", "P6"};
    for (const char* magic : kRasterMagic)
        if (n >= std::strlen(magic) && std::memcmp(p, magic, std::strlen(magic)) == 0 &&
            (std::strcmp(magic, "MM") != 0 || (n >= 4 && p[2] == 0 && p[3] == 42)))
            return -1;
    // Some exporters drop the preamble; a few broken ones leave a stray byte or two before the first attribute.
    for (size_t offset = 0; offset < 8 && offset < n; ++offset)
        if (plausibleFirstElement(p + offset, n - offset))
            return int(offset);
    return -1;
}

Result<OpenedDicom> openDicom(const QString& path, const DicomLoadOptions& options)
{
    initialiseDcmtk();
    if (!dcmtkDictionaryLoaded())
        return Error(ErrorCode::Internal, Tr::tr("DCMTK's data dictionary is not installed (dicom.dic)"), path);
    QByteArray head;
    if (const Status s = checkFile(path, options, &head); !s)
        return s.error();
    const int offset = dicomStartOffset(head);
    if (offset < 0)
        return Error(ErrorCode::Input, Tr::tr("is not a DICOM file (no DICM marker, no DICOM attributes at its start)"),
                     path);

    OpenedDicom dicom;
    dicom.file = std::make_unique<DcmFileFormat>();
    dicom.strayBytes = offset;
    DcmInputFileStream stream(OFFilename(QFile::encodeName(path).constData()), offile_off_t(offset));
    if (stream.status().bad())
        return dcmtkError(stream.status(), Tr::tr("cannot be opened"), path);
    // DCMTK's deferred loading re-opens the file at stream positions that do not count skipped stray bytes:
    // such files are read whole.
    const Uint32 lazy = offset == 0 ? kLazyValueBytes : 0xFFFFFFFFu;
    dicom.file->transferInit();
    const OFCondition c = dicom.file->read(stream, EXS_Unknown, EGL_noChange, lazy);
    dicom.file->transferEnd();
    if (c.bad())
        return dcmtkError(c, Tr::tr("cannot be read as DICOM"), path);
    if (offset > 0)
        dicom.warnings << Tr::tr("%n stray byte(s) before the first attribute were skipped", nullptr, offset);
    recordTransferSyntax(dicom);
    chooseTextEncoding(dicom);
    return dicom;
}

LookupTable readLookupTable(DcmItem& item, const DcmTagKey& descriptor, const DcmTagKey& data, bool signedFirst)
{
    DcmElement* desc = nullptr;
    if (item.findAndGetElement(descriptor, desc).bad() || !desc || desc->getVM() < 3)
        return {};
    std::array<Uint16, 3> raw{};
    for (unsigned long i = 0; i < 3; ++i) {
        if (desc->ident() == EVR_SS) {
            Sint16 s = 0;
            if (desc->getSint16(s, i).bad())
                return {};
            raw[i] = Uint16(s);
        } else if (desc->getUint16(raw[i], i).bad()) {
            return {};
        }
    }
    const size_t entries = raw[0] == 0 ? 65536 : raw[0];
    LookupTable lut;
    lut.firstMapped = signedFirst ? qint64(Sint16(raw[1])) : qint64(raw[1]);
    lut.bitsPerEntry = raw[2];
    if (lut.bitsPerEntry < 1 || lut.bitsPerEntry > 16)
        return {};
    DcmElement* values = nullptr;
    if (item.findAndGetElement(data, values).bad() || !values)
        return {};
    const size_t words = values->getLength() / 2;
    Uint16* w = nullptr;
    if (values->getUint16Array(w).bad() || !w)
        return {};
    const Uint16 mask = Uint16((1u << lut.bitsPerEntry) - 1u);
    if (words >= entries) {
        lut.data.assign(w, w + entries);
    } else if (lut.bitsPerEntry <= 8 && words * 2 >= entries) {
        // 8-bit entries packed two per word (low byte first), as some writers store them.
        lut.data.resize(entries);
        for (size_t i = 0; i < entries; ++i)
            lut.data[i] = (i % 2 == 0) ? (w[i / 2] & 0xFF) : (w[i / 2] >> 8);
    } else {
        return {};
    }
    for (auto& v : lut.data)
        v &= mask;
    return lut;
}

Result<MedicalImageInfo> describeDicom(const OpenedDicom& dicom, const QString& path, const DicomLoadOptions& options)
{
    DcmDataset& ds = *dicom.dataset();
    const TextReader text(ds, dicom.textIsUtf8);
    MedicalImageInfo info;
    info.path = path;
    info.source = MedicalImageInfo::Source::Dicom;
    info.hasFileMeta = dicom.hasFileMeta;
    info.transferSyntaxUid = dicom.transferSyntaxUid;
    info.transferSyntaxInferred = dicom.transferSyntaxInferred;
    info.transferSyntaxName = transferSyntaxName(info.transferSyntaxUid);
    info.warnings = dicom.warnings;
    info.sopClassUid = text.value(DCM_SOPClassUID);
    if (info.sopClassUid.isEmpty() && dicom.file->getMetaInfo())
        info.sopClassUid = TextReader(*dicom.file->getMetaInfo(), false).value(DCM_MediaStorageSOPClassUID);
    info.sopClassName = QString::fromLatin1(dcmFindNameOfUID(info.sopClassUid.toLatin1().constData(), ""));
    if (info.sopClassName.isEmpty())
        info.sopClassName = info.sopClassUid;
    if (const Status s = checkSopClass(info, path); !s)
        return s.error();
    if (!ds.tagExists(DCM_PixelData) && !ds.tagExists(DCM_FloatPixelData) && !ds.tagExists(DCM_DoubleFloatPixelData))
        return Error(ErrorCode::Input, Tr::tr("the file has no pixel data"), path);
    if (const Status s = checkTransferSyntax(info, path); !s)
        return s.error();
    if (const Status s = readEncoding(info, ds, text, path); !s)
        return s.error();
    if (const Status s = checkGeometry(info, path); !s)
        return s.error();
    if (const Status s = checkLimits(info, options, path); !s)
        return s.error();
    if (const Status s = checkPixelData(ds, info, path); !s)
        return s.error();
    readModalityLut(info, ds, text);
    readVoi(info, ds, text);
    readSpacing(info, ds);
    readStudy(info, text);
    return info;
}

qint64 nativePixelBytes(const MedicalImageInfo& info, bool subsampled422)
{
    const qint64 samples = subsampled422 ? 2 : info.samplesPerPixel;
    const qint64 bits = qint64(info.frames) * info.rows * info.columns * samples * info.bitsAllocated;
    return (bits + 7) / 8;
}

} // namespace descry::detail

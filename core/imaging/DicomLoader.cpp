#include "core/imaging/DicomLoader.h"

#include "core/common/Hash.h"
#include "core/common/Tr.h"
#include "core/imaging/detail/DcmtkErrors.h"
#include "core/imaging/detail/DicomDataset.h"
#include "core/imaging/detail/DicomPixelDecoder.h"

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFile>

#include <new>

namespace descry {

namespace {

// Names DCMTK 3.6.7 does not know yet.
struct SyntaxName
{
    const char* uid;
    const char* name;
};
const SyntaxName kExtraNames[] = {
    {"1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)"},
    {"1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)"},
    {"1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression"},
    {"1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian"},
    {"1.2.840.10008.1.2.4.110", "JPEG XL Lossless"},
    {"1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression"},
    {"1.2.840.10008.1.2.4.112", "JPEG XL"},
};

// DCMTK does not throw, but allocation may; nothing escapes core.
template <typename F> auto guarded(const QString& path, F&& body) -> decltype(body())
{
    try {
        return body();
    } catch (const std::bad_alloc&) {
        return Error(ErrorCode::Input, Tr::tr("there is not enough memory to decode the image"), path);
    } catch (const std::exception& e) {
        return Error(ErrorCode::Internal,
                     Tr::tr("unexpected failure while reading DICOM: %1").arg(QString::fromLocal8Bit(e.what())), path);
    } catch (...) {
        return Error(ErrorCode::Internal, Tr::tr("unexpected failure while reading DICOM"), path);
    }
}

Result<MedicalImageInfo> withHash(Result<MedicalImageInfo> info, const QString& path)
{
    if (!info)
        return info;
    auto hash = sha256File(path);
    if (!hash)
        return hash.error();
    info->sha256 = *hash;
    return info;
}

} // namespace

bool looksLikeDicom(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return detail::dicomStartOffset(f.read(1024)) >= 0;
}

QString transferSyntaxName(const QString& uid)
{
    const QByteArray u = uid.trimmed().toLatin1();
    for (const SyntaxName& n : kExtraNames)
        if (u == n.uid)
            return QString::fromLatin1(n.name);
    detail::initialiseDcmtk();
    const DcmXfer xfer(u.constData());
    if (xfer.getXfer() != EXS_Unknown)
        return QString::fromLatin1(xfer.getXferName());
    const char* name = dcmFindNameOfUID(u.constData(), nullptr);
    return name ? QString::fromLatin1(name) : uid;
}

Result<MedicalImageInfo> analyseDicom(const QString& path, const DicomLoadOptions& options)
{
    return guarded(path, [&]() -> Result<MedicalImageInfo> {
        auto dicom = detail::openDicom(path, options);
        if (!dicom)
            return dicom.error();
        return withHash(detail::describeDicom(*dicom, path, options), path);
    });
}

Result<MedicalImage> loadDicom(const QString& path, const DicomLoadOptions& options, const Progress& progress)
{
    return guarded(path, [&]() -> Result<MedicalImage> {
        auto dicom = detail::openDicom(path, options);
        if (!dicom)
            return dicom.error();
        auto info = withHash(detail::describeDicom(*dicom, path, options), path);
        if (!info)
            return info.error();
        return detail::decodeDicomPixels(*dicom, std::move(info).value(), progress);
    });
}

} // namespace descry

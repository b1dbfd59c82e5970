// Fuzzes radiograph reading as the app does: sniffing, the DICOM header, then pixels; raster radiographs; the
// study scanner (DICOMDIR or single file).

#include "core/imaging/DicomLoader.h"
#include "core/imaging/ImageLoader.h"
#include "core/imaging/RadiographLoader.h"
#include "core/imaging/StudyScanner.h"
#include "detail/FuzzInput.h"

#include <QCoreApplication>

namespace {
descry::DicomLoadOptions options()
{
    descry::DicomLoadOptions o;
    o.maxPixelBytes = 64LL << 20; // small enough that one input decodes in well under a second
    o.maxFileBytes = 64LL << 20;
    return o;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv); // Qt's image plugins for raster radiographs
    descry::ImageLimits limits;
    limits.maxPixels = 4'000'000;
    limits.maxSide = 4096;
    descry::setDefaultImageLimits(limits);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = descry::fuzz::writeInput(data, size);
    if (descry::looksLikeDicom(path)) {
        if (auto info = descry::analyseDicom(path, options()); info)
            (void)descry::loadDicom(path, options());
    } else if (auto info = descry::analyseRadiograph(path, options()); info) {
        (void)descry::loadRadiograph(path, options());
    }
    (void)descry::scanStudies({path});
    return 0;
}

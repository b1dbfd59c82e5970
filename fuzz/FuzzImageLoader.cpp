// Fuzzes photo loading (loadImage: probe, limits, EXIF orientation, every decoder) on an arbitrary file.

#include "core/imaging/ImageLoader.h"
#include "detail/FuzzInput.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Qt's image plugins (JPEG, WebP, TIFF, ...) are found through the application's library paths.
    static QCoreApplication app(*argc, *argv);
    // Small limits keep one input well under a second.
    descry::ImageLimits limits;
    limits.maxPixels = 4'000'000;
    limits.maxSide = 4096;
    limits.maxFileBytes = 16 << 20;
    descry::setDefaultImageLimits(limits);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = descry::fuzz::writeInput(data, size);
    descry::ImageLoadOptions options;
    options.allowDamaged = true; // decode as far as the decoder goes
    (void)descry::loadImage(path, options);
    return 0;
}

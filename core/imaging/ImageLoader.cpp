#include "core/imaging/ImageLoader.h"

#include "core/common/Hash.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

namespace descry {

namespace {
ImageLimits& defaultLimits()
{
    static ImageLimits limits;
    return limits;
}
} // namespace

ImageLimits ImageLimits::defaults()
{
    return defaultLimits();
}

void setDefaultImageLimits(const ImageLimits& limits)
{
    defaultLimits() = limits;
}

Result<LoadedImage> loadImage(const QString& path, const ImageLoadOptions& options)
{
    Q_UNUSED(options); // limits and damage detection: issue 9, in progress
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::Input, QCoreApplication::translate("descry", "file not found"), path);
    if (!info.isFile())
        return Error(ErrorCode::Input, QCoreApplication::translate("descry", "not a regular file"), path);
    auto sum = sha256File(path);
    if (!sum)
        return sum.error();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return Error(ErrorCode::Input,
                     QCoreApplication::translate("descry", "cannot decode image (%1)").arg(reader.errorString()), path);
    if (image.width() < 16 || image.height() < 16)
        return Error(
            ErrorCode::Input,
            QCoreApplication::translate("descry", "image too small (%1x%2)").arg(image.width()).arg(image.height()),
            path);
    image = image.isGrayscale() ? image.convertToFormat(QImage::Format_Grayscale8)
                                : image.convertToFormat(QImage::Format_RGB888);
    return LoadedImage{path, *sum, image, false, {}};
}

} // namespace descry

#include "FakeCxrPack.h"

// TODO(H3): implement.

namespace descry::fakes {

Result<QString> writeFakeCxrPack(const QString& dir, const QString&, bool)
{
    return Error(ErrorCode::Internal, QStringLiteral("writeFakeCxrPack is not implemented yet"), dir);
}

QImage fakeChestRadiograph(const QString&, int, int width, int height)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(0);
    return image;
}

} // namespace descry::fakes

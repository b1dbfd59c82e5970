#include "core/imaging/MedicalImage.h"

#include <QSharedData>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace descry {

double LookupTable::lookup(double x) const
{
    if (data.empty())
        return x;
    const double i = std::floor(x) - static_cast<double>(firstMapped);
    if (i <= 0)
        return data.front();
    if (i >= static_cast<double>(data.size() - 1))
        return data.back();
    return data[static_cast<size_t>(i)];
}

double LookupTable::maxOutput() const
{
    return std::ldexp(1.0, std::clamp(bitsPerEntry, 1, 16)) - 1.0;
}

bool MedicalImageInfo::isMonochrome() const
{
    return photometric.isEmpty() || photometric.startsWith(QLatin1String("MONOCHROME"));
}

bool MedicalImageInfo::isMonochrome1() const
{
    return photometric == QLatin1String("MONOCHROME1");
}

class MedicalImage::Data : public QSharedData
{
public:
    MedicalImageInfo info;
    std::vector<std::vector<qint32>> stored;
    QList<QImage> colour;
    // Ranges are computed lazily; the mutex makes that safe when several threads read one image.
    mutable std::mutex rangeMutex;
    mutable std::vector<std::pair<qint32, qint32>> ranges;

    Data() = default;
    Data(const Data& o) : QSharedData(o), info(o.info), stored(o.stored), colour(o.colour) {}
};

MedicalImage::MedicalImage() : d(new Data) {}
MedicalImage::~MedicalImage() = default;
MedicalImage::MedicalImage(const MedicalImage&) = default;
MedicalImage& MedicalImage::operator=(const MedicalImage&) = default;

MedicalImage MedicalImage::monochrome(MedicalImageInfo info, std::vector<std::vector<qint32>> frames)
{
    MedicalImage image;
    info.frames = static_cast<int>(frames.size());
    image.d->info = std::move(info);
    image.d->stored = std::move(frames);
    return image;
}

MedicalImage MedicalImage::colour(MedicalImageInfo info, QList<QImage> frames)
{
    MedicalImage image;
    info.frames = static_cast<int>(frames.size());
    image.d->info = std::move(info);
    image.d->colour = std::move(frames);
    return image;
}

bool MedicalImage::isNull() const
{
    return d->stored.empty() && d->colour.isEmpty();
}

const MedicalImageInfo& MedicalImage::info() const
{
    return d->info;
}

int MedicalImage::width() const
{
    return d->info.columns;
}

int MedicalImage::height() const
{
    return d->info.rows;
}

int MedicalImage::frameCount() const
{
    return isColour() ? static_cast<int>(d->colour.size()) : static_cast<int>(d->stored.size());
}

bool MedicalImage::isColour() const
{
    return !d->colour.isEmpty();
}

const qint32* MedicalImage::storedFrame(int frame) const
{
    if (frame < 0 || frame >= static_cast<int>(d->stored.size()))
        return nullptr;
    return d->stored[static_cast<size_t>(frame)].data();
}

QImage MedicalImage::colourFrame(int frame) const
{
    if (frame < 0 || frame >= d->colour.size())
        return {};
    return d->colour.at(frame);
}

qint32 MedicalImage::storedValue(int frame, int x, int y) const
{
    const qint32* p = storedFrame(frame);
    if (!p || x < 0 || y < 0 || x >= width() || y >= height())
        return 0;
    return p[static_cast<qint64>(y) * width() + x];
}

double MedicalImage::modalityValue(double stored) const
{
    if (!d->info.modalityLut.isEmpty())
        return d->info.modalityLut.lookup(stored);
    return stored * d->info.rescaleSlope + d->info.rescaleIntercept;
}

std::pair<qint32, qint32> MedicalImage::storedRange(int frame) const
{
    const qint32* p = storedFrame(frame);
    if (!p)
        return {0, 0};
    std::lock_guard<std::mutex> lock(d->rangeMutex);
    if (d->ranges.size() != d->stored.size())
        d->ranges.assign(d->stored.size(), {1, 0});
    auto& r = d->ranges[static_cast<size_t>(frame)];
    if (r.first > r.second) {
        const auto& v = d->stored[static_cast<size_t>(frame)];
        if (v.empty())
            return {0, 0};
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        r = {*lo, *hi};
    }
    return r;
}

std::pair<double, double> MedicalImage::modalityRange(int frame) const
{
    const auto [lo, hi] = storedRange(frame);
    if (d->info.modalityLut.isEmpty()) {
        const double a = modalityValue(lo), b = modalityValue(hi);
        return {std::min(a, b), std::max(a, b)};
    }
    double mn = modalityValue(lo), mx = mn;
    for (qint64 s = lo; s <= hi; ++s) {
        const double m = modalityValue(static_cast<double>(s));
        mn = std::min(mn, m);
        mx = std::max(mx, m);
    }
    return {mn, mx};
}

} // namespace descry

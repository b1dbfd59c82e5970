#include "core/face/regions/RegionMeasurer.h"

#include "core/face/detail/FaceGeometry.h"
#include "core/imaging/detail/LabConversion.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace descry {

namespace {

constexpr double kU = RegionMeasurer::kIodPixels; // one inter-ocular distance in crop pixels
constexpr int kCropW = 256;                       // 4 IOD
constexpr int kCropH = 432;                       // 3 IOD above the eye line, 3.75 below
constexpr double kEyeMidX = 128, kEyeMidY = 192;
const double kNaN = std::nan("");

// The landmark-aligned crop: CIELAB channels, where the photo was (valid) and the landmarks in crop pixels.
struct Crop
{
    cv::Mat L, a, b; // CV_32F: L* 0..100, a*, b*
    cv::Mat valid;   // CV_8U, 255 inside the photo (eroded so filters do not see the border)
    std::array<cv::Point2f, 68> p;
    bool colour = true;
};

cv::Mat toMat(const QImage& image, bool* colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    *colour = !(image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Grayscale16 ||
                image.allGray());
    return cv::Mat(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()), size_t(rgb.bytesPerLine()))
        .clone();
}

// Downsamples with area averaging first (so a 2x larger photo gives the same crop), then warps eye-level.
Crop makeCrop(const QImage& image, const Landmarks68& landmarks)
{
    Crop c;
    cv::Mat src = toMat(image, &c.colour);
    const QPointF re0 = detail::rightEyeCentre(landmarks), le0 = detail::leftEyeCentre(landmarks);
    const double iod = std::hypot(le0.x() - re0.x(), le0.y() - re0.y());
    const double pre = std::min(1.0, kU / std::max(iod, 1e-6));
    if (pre < 1.0)
        cv::resize(src, src, cv::Size(), pre, pre, cv::INTER_AREA);
    const double sx = src.cols / double(image.width()), sy = src.rows / double(image.height());
    const QPointF re(re0.x() * sx, re0.y() * sy), le(le0.x() * sx, le0.y() * sy);
    const double angle = std::atan2(le.y() - re.y(), le.x() - re.x());
    const double s = kU / std::hypot(le.x() - re.x(), le.y() - re.y());
    const double cs = s * std::cos(-angle), sn = s * std::sin(-angle);
    const QPointF mid = (re + le) / 2.0;
    cv::Mat M = (cv::Mat_<double>(2, 3) << cs, -sn, kEyeMidX - (cs * mid.x() - sn * mid.y()), sn, cs,
                 kEyeMidY - (sn * mid.x() + cs * mid.y()));
    cv::Mat warped, rgbF, lab;
    cv::warpAffine(src, warped, M, cv::Size(kCropW, kCropH), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::Mat ones(src.rows, src.cols, CV_8U, cv::Scalar(255));
    cv::warpAffine(ones, c.valid, M, cv::Size(kCropW, kCropH), cv::INTER_NEAREST, cv::BORDER_CONSTANT, 0);
    cv::erode(c.valid, c.valid, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    warped.convertTo(rgbF, CV_32FC3, 1.0 / 255.0);
    detail::rgbToLab(rgbF, lab);
    std::vector<cv::Mat> ch;
    cv::split(lab, ch);
    c.L = ch[0];
    c.a = c.colour ? ch[1] : cv::Mat::zeros(ch[1].size(), CV_32F);
    c.b = c.colour ? ch[2] : cv::Mat::zeros(ch[2].size(), CV_32F);
    for (int i = 0; i < 68; ++i) {
        const double x = landmarks[size_t(i)].x() * sx, y = landmarks[size_t(i)].y() * sy;
        c.p[size_t(i)] =
            cv::Point2f(float(cs * x - sn * y + M.at<double>(0, 2)), float(sn * x + cs * y + M.at<double>(1, 2)));
    }
    return c;
}

// A region: its pixels inside the photo, and whether enough of it (60 %, at least 20 px) lies there.
struct Region
{
    cv::Mat mask;
    bool usable = false;
};

Region finish(const Crop& c, cv::Mat nominal)
{
    Region r;
    const int area = cv::countNonZero(nominal);
    cv::bitwise_and(nominal, c.valid, r.mask);
    r.usable = area >= 20 && cv::countNonZero(r.mask) >= 0.6 * area;
    return r;
}

Region rect(const Crop& c, double x0, double y0, double x1, double y1)
{
    cv::Mat m = cv::Mat::zeros(kCropH, kCropW, CV_8U);
    const int ix0 = std::max(0, int(std::lround(x0))), iy0 = std::max(0, int(std::lround(y0)));
    const int ix1 = std::min(kCropW, int(std::lround(x1))), iy1 = std::min(kCropH, int(std::lround(y1)));
    const bool inside = x0 >= 0 && y0 >= 0 && x1 <= kCropW && y1 <= kCropH;
    if (ix1 > ix0 && iy1 > iy0)
        m(cv::Rect(ix0, iy0, ix1 - ix0, iy1 - iy0)).setTo(255);
    Region r = finish(c, m);
    r.usable = r.usable && inside;
    return r;
}

Region polygon(const Crop& c, const std::vector<cv::Point2f>& pts)
{
    cv::Mat m = cv::Mat::zeros(kCropH, kCropW, CV_8U);
    std::vector<cv::Point> ip;
    for (const cv::Point2f& q : pts)
        ip.emplace_back(int(std::lround(q.x)), int(std::lround(q.y)));
    cv::fillPoly(m, std::vector<std::vector<cv::Point>>{ip}, cv::Scalar(255));
    return finish(c, m);
}

Region unite(const Region& x, const Region& y)
{
    Region r;
    cv::bitwise_or(x.mask, y.mask, r.mask);
    r.usable = x.usable && y.usable;
    return r;
}

double median(const cv::Mat& values, const Region& r)
{
    if (!r.usable)
        return kNaN;
    std::vector<float> v;
    for (int y = 0; y < values.rows; ++y) {
        const uchar* m = r.mask.ptr<uchar>(y);
        const float* p = values.ptr<float>(y);
        for (int x = 0; x < values.cols; ++x)
            if (m[x])
                v.push_back(p[x]);
    }
    if (v.empty())
        return kNaN;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
    return v[v.size() / 2];
}

double meanOf(const cv::Mat& values, const Region& r)
{
    return r.usable && cv::countNonZero(r.mask) > 0 ? cv::mean(values, r.mask)[0] : kNaN;
}

cv::Mat gauss(const cv::Mat& m, double sigma)
{
    cv::Mat out;
    cv::GaussianBlur(m, out, cv::Size(0, 0), sigma, sigma, cv::BORDER_REPLICATE);
    return out;
}

cv::Mat chroma(const Crop& c)
{
    cv::Mat out;
    cv::magnitude(c.a, c.b, out);
    return out;
}

// Filters of L* used by several quantities.
struct Filters
{
    cv::Mat absGx, absGy, gradMag, absLap1, absLap08, darkDepth, redExcess;
};

Filters filters(const Crop& c)
{
    Filters f;
    const cv::Mat s1 = gauss(c.L, 1.0);
    cv::Mat gx, gy, lap;
    cv::Sobel(s1, gx, CV_32F, 1, 0, 3, 1.0 / 8.0);
    cv::Sobel(s1, gy, CV_32F, 0, 1, 3, 1.0 / 8.0);
    f.absGx = cv::abs(gx);
    f.absGy = cv::abs(gy);
    cv::magnitude(gx, gy, f.gradMag);
    cv::Laplacian(s1, lap, CV_32F, 1);
    f.absLap1 = cv::abs(lap);
    cv::Laplacian(gauss(c.L, 0.8), lap, CV_32F, 1);
    f.absLap08 = cv::abs(lap);
    f.darkDepth = gauss(c.L, 5.0) - s1;
    f.redExcess = gauss(c.a, 1.0) - gauss(c.a, 5.0);
    return f;
}

// Blobs of `mask` (within `skin`) whose area lies in [minArea, maxArea], per IOD² of skin.
double blobsPerIod2(const cv::Mat& mask, const Region& skin, int minArea, int maxArea)
{
    if (!skin.usable)
        return kNaN;
    cv::Mat in, labels, stats, centroids;
    cv::bitwise_and(mask, skin.mask, in);
    const int n = cv::connectedComponentsWithStats(in, labels, stats, centroids, 8);
    int count = 0;
    for (int i = 1; i < n; ++i) {
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        count += area >= minArea && area <= maxArea ? 1 : 0;
    }
    const double skinArea = cv::countNonZero(skin.mask) / (kU * kU);
    return skinArea > 0 ? count / skinArea : kNaN;
}

// The skin colour model: mean CIELAB of the cheeks and the distance within which a pixel counts as skin.
struct SkinModel
{
    double L = kNaN, a = 0, b = 0, tolerance = 12;
    bool valid() const { return std::isfinite(L); }
};

SkinModel skinModel(const Crop& c, const Region& cheeks)
{
    SkinModel m;
    if (!cheeks.usable)
        return m;
    m.L = cv::mean(c.L, cheeks.mask)[0];
    m.a = cv::mean(c.a, cheeks.mask)[0];
    m.b = cv::mean(c.b, cheeks.mask)[0];
    cv::Mat d = (c.L - m.L).mul(c.L - m.L) + (c.a - m.a).mul(c.a - m.a) + (c.b - m.b).mul(c.b - m.b);
    m.tolerance = std::max(12.0, 2.5 * std::sqrt(cv::mean(d, cheeks.mask)[0]));
    return m;
}

cv::Mat skinPixels(const Crop& c, const SkinModel& m)
{
    const cv::Mat L = gauss(c.L, 1.5), a = gauss(c.a, 1.5), b = gauss(c.b, 1.5);
    cv::Mat d;
    cv::sqrt((L - m.L).mul(L - m.L) + (a - m.a).mul(a - m.a) + (b - m.b).mul(b - m.b), d);
    cv::Mat out = d < m.tolerance;
    return out;
}

// Skin extent above row `yStart` in columns [x0, x1): IOD up to the first 3 rows that are mostly not skin;
// 2 IOD when skin goes on that far, NaN when the photo ends first. *hairRow gets the hairline row (-1 when capped).
double skinExtent(const Crop& c, const cv::Mat& skin, double x0, double x1, double yStart, int* hairRow)
{
    *hairRow = -1;
    const int ix0 = std::max(0, int(x0)), ix1 = std::min(kCropW, int(x1));
    if (ix1 - ix0 < 4)
        return kNaN;
    int run = 0;
    for (int y = int(yStart); y >= int(yStart - 2 * kU); --y) {
        if (y < 0)
            return kNaN;
        int valid = 0, skinCount = 0;
        for (int x = ix0; x < ix1; ++x) {
            valid += c.valid.at<uchar>(y, x) ? 1 : 0;
            skinCount += c.valid.at<uchar>(y, x) && skin.at<uchar>(y, x) ? 1 : 0;
        }
        if (valid < (ix1 - ix0) / 2)
            return kNaN;
        run = skinCount * 2 < valid ? run + 1 : 0;
        if (run == 3) {
            *hairRow = y + 2;
            return (yStart - (y + 2)) / kU;
        }
    }
    return 2.0;
}

// The regions of one face, in crop pixels (see the catalog's measurement definitions).
struct Regions
{
    Region cheeks, underEye, forehead, glabella, crowsFeet, nasolabial, upperLip, chin, jaw, sideburns, lips, bridge,
        eyeBoxes, brows, browSkin, irisR, irisL, hairDensity, hair;
    double browTop = 0, foreheadHeight = kNaN, templeLift = kNaN;
};

cv::Point2f shifted(const cv::Point2f& p, double dx, double dy)
{
    return {float(p.x + dx), float(p.y + dy)};
}

Region browBand(const Crop& c, int from, int to, double dy, double halfWidth)
{
    cv::Mat m = cv::Mat::zeros(kCropH, kCropW, CV_8U);
    for (int i = from; i < to; ++i)
        cv::line(m, shifted(c.p[size_t(i)], 0, dy), shifted(c.p[size_t(i + 1)], 0, dy), cv::Scalar(255),
                 std::max(1, int(std::lround(2 * halfWidth))));
    return finish(c, m);
}

void placeFaceRegions(const Crop& c, Regions* r)
{
    const auto& p = c.p;
    const double eyeBotR = std::max(p[40].y, p[41].y), eyeBotL = std::max(p[46].y, p[47].y);
    r->cheeks = unite(rect(c, p[36].x, eyeBotR + 0.35 * kU, p[31].x - 0.1 * kU, p[33].y + 0.1 * kU),
                      rect(c, p[35].x + 0.1 * kU, eyeBotL + 0.35 * kU, p[45].x, p[33].y + 0.1 * kU));
    r->underEye = unite(rect(c, p[36].x + 0.1 * kU, eyeBotR + 0.08 * kU, p[39].x, eyeBotR + 0.3 * kU),
                        rect(c, p[42].x, eyeBotL + 0.08 * kU, p[45].x - 0.1 * kU, eyeBotL + 0.3 * kU));
    const double gx0 = std::min(p[21].x + 0.05 * kU, (p[21].x + p[22].x) / 2 - 0.1 * kU);
    const double gx1 = std::max(p[22].x - 0.05 * kU, (p[21].x + p[22].x) / 2 + 0.1 * kU);
    r->glabella = rect(c, gx0, std::min(p[21].y, p[22].y) - 0.2 * kU, gx1, p[27].y);
    r->crowsFeet = unite(rect(c, p[36].x - 0.45 * kU, p[36].y - 0.2 * kU, p[36].x - 0.08 * kU, p[36].y + 0.25 * kU),
                         rect(c, p[45].x + 0.08 * kU, p[45].y - 0.2 * kU, p[45].x + 0.45 * kU, p[45].y + 0.25 * kU));
    r->nasolabial = unite(polygon(c, {shifted(p[31], -0.05 * kU, 0), shifted(p[48], -0.05 * kU, 0),
                                      shifted(p[48], -0.35 * kU, 0), shifted(p[31], -0.35 * kU, 0)}),
                          polygon(c, {shifted(p[35], 0.05 * kU, 0), shifted(p[54], 0.05 * kU, 0),
                                      shifted(p[54], 0.35 * kU, 0), shifted(p[35], 0.35 * kU, 0)}));
    r->upperLip = rect(c, std::min(p[49].x, p[51].x - 0.2f * float(kU)), p[33].y + 0.08 * kU,
                       std::max(p[53].x, p[51].x + 0.2f * float(kU)),
                       std::max(std::min(p[50].y, p[52].y) - 0.04 * kU, p[33].y + 0.2 * kU));
    r->chin = rect(c, p[57].x - 0.35 * kU, p[57].y + 0.1 * kU, p[57].x + 0.35 * kU, p[8].y - 0.12 * kU);
    r->jaw = unite(rect(c, std::min(p[5].x + 0.1 * kU, p[48].x - 0.35 * kU), p[48].y, p[48].x - 0.1 * kU,
                        std::max<double>(p[5].y, p[48].y + 0.3 * kU)),
                   rect(c, p[54].x + 0.1 * kU, p[54].y, std::max(p[11].x - 0.1 * kU, p[54].x + 0.35 * kU),
                        std::max<double>(p[11].y, p[54].y + 0.3 * kU)));
    r->sideburns = unite(rect(c, p[0].x + 0.03 * kU, p[0].y - 0.4 * kU, p[0].x + 0.3 * kU, p[1].y),
                         rect(c, p[16].x - 0.3 * kU, p[16].y - 0.4 * kU, p[16].x - 0.03 * kU, p[15].y));
    Region outer = polygon(c, {p.begin() + 48, p.begin() + 60});
    const Region inner = polygon(c, {p.begin() + 60, p.begin() + 68});
    cv::bitwise_and(outer.mask, ~inner.mask, outer.mask);
    r->lips = outer;
    r->bridge = rect(c, p[39].x + 0.05 * kU, p[27].y - 0.15 * kU, p[42].x - 0.05 * kU, p[28].y + 0.1 * kU);
    auto box = [&](int from) {
        double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
        for (int i = from; i < from + 6; ++i) {
            x0 = std::min<double>(x0, p[size_t(i)].x), x1 = std::max<double>(x1, p[size_t(i)].x);
            y0 = std::min<double>(y0, p[size_t(i)].y), y1 = std::max<double>(y1, p[size_t(i)].y);
        }
        return rect(c, x0 - 0.15 * kU, y0 - 0.15 * kU, x1 + 0.15 * kU, y1 + 0.15 * kU);
    };
    r->eyeBoxes = unite(box(36), box(42));
    r->brows = unite(browBand(c, 17, 21, 0, 0.06 * kU), browBand(c, 22, 26, 0, 0.06 * kU));
    r->browSkin = unite(browBand(c, 17, 21, -0.18 * kU, 0.05 * kU), browBand(c, 22, 26, -0.18 * kU, 0.05 * kU));
    r->irisR = polygon(c, {p.begin() + 36, p.begin() + 42});
    r->irisL = polygon(c, {p.begin() + 42, p.begin() + 48});
    r->browTop = p[17].y;
    for (int i = 18; i <= 26; ++i)
        r->browTop = std::min<double>(r->browTop, p[size_t(i)].y);
}

// Hairline search, forehead band and hair band (they depend on where the skin above the brows ends).
void placeUpperRegions(const Crop& c, const SkinModel& model, Regions* r)
{
    const auto& p = c.p;
    const double top = r->browTop;
    r->hairDensity = rect(c, p[19].x, top - 1.8 * kU, p[24].x, top - 1.2 * kU);
    if (!model.valid())
        return;
    const cv::Mat skin = skinPixels(c, model);
    cv::bitwise_and(r->hairDensity.mask, skin, r->hairDensity.mask); // kept as "skin in the band"
    int hairRow = -1, unused = -1;
    const double cx = (p[21].x + p[22].x) / 2;
    const double halfW = std::max(0.15 * kU, double(p[22].x - p[21].x) / 2);
    r->foreheadHeight = skinExtent(c, skin, cx - halfW, cx + halfW, top, &hairRow);
    const double tR = skinExtent(c, skin, p[17].x, p[19].x, top, &unused);
    const double tL = skinExtent(c, skin, p[24].x, p[26].x, top, &unused);
    r->templeLift = (tR + tL) / 2 - r->foreheadHeight;
    if (std::isfinite(r->foreheadHeight)) {
        const double bandTop = top - std::min(r->foreheadHeight, 1.0) * kU + 0.1 * kU;
        if (top - 0.15 * kU - bandTop >= 0.2 * kU)
            r->forehead = rect(c, p[19].x, bandTop, p[24].x, top - 0.15 * kU);
    }
    if (hairRow >= 0)
        r->hair = rect(c, p[19].x, hairRow - 0.5 * kU, p[24].x, hairRow - 0.1 * kU);
}

Region darkerHalf(const Crop& c, const Region& eye)
{
    Region r = eye;
    const double med = median(c.L, eye);
    if (!std::isfinite(med))
        return r;
    cv::Mat darker = c.L < med;
    cv::bitwise_and(r.mask, darker, r.mask);
    r.usable = eye.usable && cv::countNonZero(r.mask) >= 5;
    return r;
}

double hairSkinFraction(const Crop& c, const Regions& r, const SkinModel& model)
{
    const Region band = rect(c, c.p[19].x, r.browTop - 1.8 * kU, c.p[24].x, r.browTop - 1.2 * kU);
    if (!band.usable || !model.valid())
        return kNaN;
    return double(cv::countNonZero(r.hairDensity.mask)) / std::max(1, cv::countNonZero(band.mask));
}

double ratioLog2(double a, double b)
{
    return a > 0 && b > 0 ? std::log2(a / b) : kNaN;
}

} // namespace

const QStringList& RegionMeasurer::allQuantities()
{
    static const QStringList q = {QStringLiteral("skin.darkness"),        QStringLiteral("skin.roughness"),
                                  QStringLiteral("skin.unevenness"),      QStringLiteral("hair.lightness"),
                                  QStringLiteral("hair.redness"),         QStringLiteral("hair.chroma"),
                                  QStringLiteral("hair.skin_fraction"),   QStringLiteral("forehead.skin_height"),
                                  QStringLiteral("hairline.temple_lift"), QStringLiteral("brow.contrast"),
                                  QStringLiteral("iris.lightness"),       QStringLiteral("iris.blueness"),
                                  QStringLiteral("beard.chin"),           QStringLiteral("beard.jaw"),
                                  QStringLiteral("beard.texture"),        QStringLiteral("moustache.darkness"),
                                  QStringLiteral("sideburn.darkness"),    QStringLiteral("lines.forehead"),
                                  QStringLiteral("lines.glabella"),       QStringLiteral("lines.periorbital"),
                                  QStringLiteral("lines.nasolabial"),     QStringLiteral("undereye.shadow"),
                                  QStringLiteral("marks.dark_spots"),     QStringLiteral("marks.fine_spots"),
                                  QStringLiteral("marks.red_spots"),      QStringLiteral("makeup.lip_chroma"),
                                  QStringLiteral("eyewear.bridge_edges"), QStringLiteral("eyewear.eye_darkness"),
                                  QStringLiteral("covering.contrast")};
    return q;
}

const QStringList& RegionMeasurer::colourQuantities()
{
    static const QStringList q = {QStringLiteral("hair.redness"), QStringLiteral("hair.chroma"),
                                  QStringLiteral("iris.blueness"), QStringLiteral("marks.red_spots"),
                                  QStringLiteral("makeup.lip_chroma")};
    return q;
}

namespace {

// Lightness, colour and hair quantities (the first 12 of allQuantities()).
void measureColour(const Crop& c, const Regions& r, const SkinModel& model, const Filters& f, std::vector<double>* v)
{
    const Region skin = r.forehead.usable ? unite(r.cheeks, r.forehead) : r.cheeks;
    v->push_back(100.0 - median(c.L, skin));    // skin.darkness
    v->push_back(meanOf(f.absLap08, r.cheeks)); // skin.roughness
    const cv::Mat smooth = gauss(c.L, 3.0);
    cv::Scalar mean, sd;
    double unevenness = kNaN;
    if (r.cheeks.usable) {
        cv::meanStdDev(smooth, mean, sd, r.cheeks.mask);
        unevenness = sd[0];
    }
    v->push_back(unevenness);                                     // skin.unevenness
    v->push_back(median(c.L, r.hair));                            // hair.lightness
    v->push_back(median(c.a, r.hair));                            // hair.redness
    v->push_back(median(chroma(c), r.hair));                      // hair.chroma
    v->push_back(hairSkinFraction(c, r, model));                  // hair.skin_fraction
    v->push_back(r.foreheadHeight);                               // forehead.skin_height
    v->push_back(r.templeLift);                                   // hairline.temple_lift
    v->push_back(median(c.L, r.browSkin) - median(c.L, r.brows)); // brow.contrast
    const Region iris = unite(darkerHalf(c, r.irisR), darkerHalf(c, r.irisL));
    v->push_back(median(c.L, iris));  // iris.lightness
    v->push_back(-median(c.b, iris)); // iris.blueness
}

// Facial hair, lines, marks, eyewear and covering.
void measureTexture(const Crop& c, const Regions& r, const Filters& f, std::vector<double>* v)
{
    const double cheekL = median(c.L, r.cheeks);
    v->push_back(cheekL - median(c.L, r.chin));                                      // beard.chin
    v->push_back(cheekL - median(c.L, r.jaw));                                       // beard.jaw
    v->push_back(ratioLog2(meanOf(f.absLap1, r.chin), meanOf(f.absLap1, r.cheeks))); // beard.texture
    v->push_back(cheekL - median(c.L, r.upperLip));                                  // moustache.darkness
    v->push_back(cheekL - median(c.L, r.sideburns));                                 // sideburn.darkness
    v->push_back(meanOf(f.absGy, r.forehead) - meanOf(f.absGx, r.forehead));         // lines.forehead
    v->push_back(meanOf(f.absGx, r.glabella) - meanOf(f.absGy, r.glabella));         // lines.glabella
    v->push_back(meanOf(f.absLap1, r.crowsFeet));                                    // lines.periorbital
    v->push_back(meanOf(f.gradMag, r.nasolabial));                                   // lines.nasolabial
    v->push_back(cheekL - median(c.L, r.underEye));                                  // undereye.shadow
    const Region skin = r.forehead.usable ? unite(r.cheeks, r.forehead) : r.cheeks;
    cv::Mat dark = f.darkDepth > 8.0, faint = f.darkDepth > 3.5, grown;
    cv::dilate(dark, grown, cv::Mat());
    cv::bitwise_and(faint, ~grown, faint);
    v->push_back(blobsPerIod2(dark, skin, 2, 80));              // marks.dark_spots
    v->push_back(blobsPerIod2(faint, skin, 2, 40));             // marks.fine_spots
    v->push_back(blobsPerIod2(f.redExcess > 6.0, skin, 3, 80)); // marks.red_spots
    const cv::Mat ch = chroma(c);
    v->push_back(median(ch, r.lips) - median(ch, r.cheeks)); // makeup.lip_chroma
    v->push_back(meanOf(f.absGy, r.bridge));                 // eyewear.bridge_edges
    v->push_back(cheekL - median(c.L, r.eyeBoxes));          // eyewear.eye_darkness
    const Region lower = unite(unite(r.chin, r.upperLip), r.jaw);
    const double dL = median(c.L, lower) - median(c.L, r.forehead);
    const double da = median(c.a, lower) - median(c.a, r.forehead);
    const double db = median(c.b, lower) - median(c.b, r.forehead);
    v->push_back(std::sqrt(dL * dL + da * da + db * db)); // covering.contrast
}

} // namespace

std::vector<double> RegionMeasurer::measureAll(const QImage& image, const Landmarks68& landmarks)
{
    std::vector<double> v;
    v.reserve(size_t(allQuantities().size()));
    if (image.isNull()) {
        v.assign(size_t(allQuantities().size()), kNaN);
        return v;
    }
    const Crop c = makeCrop(image, landmarks);
    Regions r;
    placeFaceRegions(c, &r);
    const SkinModel model = skinModel(c, r.cheeks);
    placeUpperRegions(c, model, &r);
    const Filters f = filters(c);
    measureColour(c, r, model, f, &v);
    measureTexture(c, r, f, &v);
    if (!c.colour) {
        for (const QString& q : colourQuantities())
            v[size_t(allQuantities().indexOf(q))] = kNaN;
    }
    return v;
}

RegionMeasurer::RegionMeasurer(QStringList quantities)
    : m_quantities(quantities.isEmpty() ? allQuantities() : quantities)
{
    for (const QString& q : m_quantities)
        m_selected.push_back(int(allQuantities().indexOf(q)));
}

std::vector<double> RegionMeasurer::measure(const LoadedImage& image, const AlignedFace& face) const
{
    const std::vector<double> all = measureAll(image.image, face.face.landmarks);
    std::vector<double> out;
    out.reserve(m_selected.size());
    for (int i : m_selected)
        out.push_back(i >= 0 ? all[size_t(i)] : kNaN);
    return out;
}

} // namespace descry

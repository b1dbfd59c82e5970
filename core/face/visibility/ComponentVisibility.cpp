// Visibility of each FISWG component in one photo.
//
// Method: the face is warped into a frame where the eye line is horizontal and the eye centres are
// kFrameEye pixels apart, converted to CIELAB, and landmark-defined regions are compared with reference skin of
// the same face (the cheeks; the forehead for the lower face). Sides are compared with the same side's skin, so
// side lighting does not look like an occluder. Rules:
// - dark glasses: inside both lens ellipses most pixels are far darker than the bright skin of the face, the lens
//   has one flat tone and the eye opening has no bright sclera (its 90th percentile stays dark) → eyes. Eyebrows stay
//   assessable: lenses sit below the brow line, and the brows are checked by the hair rule.
// - mask: the region nose tip…chin has one colour (most pixels within a small ΔE of its median), far from the
//   forehead skin, smooth (no beard texture) and without the dark line between the lips → mouth, nose, chin,
//   cheeks, facial hair (a mask covers the lower cheeks and the nose wings).
// - hand: the mouth region is skin-coloured (close to the cheeks) but has neither the lips' colour nor the dark
//   line between them: a skin-coloured blob over the mouth → mouth. Only the mouth is checked; a hand over the
//   eyes or the nose, and any occluder whose landmarks the detector fits well onto something else, are not seen.
// - hair: both forehead halves darker than (or far from) the same side's cheek and more textured (strands) →
//   forehead; when the band just above the brows is hair-like too, the eyebrows as well.
// - extreme expression from landmarks: inner-lip opening / mouth width above kMouthOpenLimit or mouth width above
//   kMouthWideLimit eye distances → mouth; both eye aspect ratios below kEyeClosedLimit → eyes.
// - out of frame: more than a third of a component's landmarks (or sample points) lie outside the image.
// Components no rule covers (skin, composition, marks, scars, ...) are reported visible unless out of frame.
#include <opencv2/imgproc.hpp>

#include "core/face/visibility/ComponentVisibility.h"

#include "core/common/Tr.h"
#include "core/imaging/detail/LabConversion.h"

#include <QHash>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <vector>

namespace descry {

namespace {

constexpr double kFrameEye = 64;         // eye-centre distance in the measuring frame, pixels
constexpr int kFrameSize = 256;          // square measuring frame
constexpr double kFrameEyeY = 100;       // eye line height in the frame
constexpr double kMouthOpenLimit = 0.45; // inner-lip gap / mouth width
constexpr double kMouthWideLimit = 1.25; // mouth width / eye distance
constexpr double kEyeClosedLimit = 0.12; // eye aspect ratio (lid gap / eye width)

// Thresholds of the occluder rules (measured on the synthetic occluders of `eval visibility`).
constexpr double kGlassesDarkFraction = 0.8;
constexpr double kGlassesSpread = 25;
constexpr double kMaskUniform = 0.85;
constexpr double kMaskDeltaE = 10;
constexpr double kHandSkinDeltaE = 10;
constexpr double kLipLineContrast = 8;
constexpr double kHairDarker = 15;
constexpr double kHairTexture = 0.9;

QPointF meanOf(const Landmarks68& p, int from, int to)
{
    QPointF s;
    for (int i = from; i <= to; ++i)
        s += p[size_t(i)];
    return s / double(to - from + 1);
}

double dist(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

cv::Point cvPoint(QPointF p)
{
    return cv::Point(int(std::lround(p.x())), int(std::lround(p.y())));
}

// Robust colour and texture summary of one region.
struct RegionStats
{
    int n = 0;
    double L = 0, a = 0, b = 0; // medians
    double p10 = 0, p90 = 0;    // of L
    double texture = 0;         // mean |high-pass L|
    double uniform = 0;         // share of pixels within ΔE 8 of the median colour
};

double median(std::vector<float> v, double q = 0.5)
{
    if (v.empty())
        return 0;
    const size_t k = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + long(k), v.end());
    return v[k];
}

// Everything the rules read, in the measuring frame.
class Frame
{
public:
    Frame(const QImage& image, const Landmarks68& lm)
    {
        const QPointF eyeA = meanOf(lm, 36, 41), eyeB = meanOf(lm, 42, 47);
        const double d = std::max(1.0, dist(eyeA, eyeB));
        const double s = kFrameEye / d;
        const double angle = std::atan2(eyeB.y() - eyeA.y(), eyeB.x() - eyeA.x());
        const QPointF mid = (eyeA + eyeB) / 2;
        QTransform t;
        t.translate(kFrameSize / 2.0, kFrameEyeY);
        t.rotateRadians(-angle);
        t.scale(s, s);
        t.translate(-mid.x(), -mid.y());
        for (size_t i = 0; i < lm.size(); ++i)
            p[i] = t.map(lm[i]);
        const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
        const cv::Mat src(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
                          size_t(rgb.bytesPerLine()));
        const cv::Mat m = (cv::Mat_<double>(2, 3) << t.m11(), t.m21(), t.dx(), t.m12(), t.m22(), t.dy());
        cv::Mat warped, f;
        cv::warpAffine(src, warped, m, cv::Size(kFrameSize, kFrameSize), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
        cv::warpAffine(cv::Mat(src.size(), CV_8UC1, cv::Scalar(255)), valid, m, cv::Size(kFrameSize, kFrameSize),
                       cv::INTER_NEAREST, cv::BORDER_CONSTANT);
        warped.convertTo(f, CV_32FC3, 1.0 / 255);
        detail::rgbToLab(f, lab);
        cv::Mat ch[3];
        cv::split(lab, ch);
        cv::Mat blurred;
        cv::GaussianBlur(ch[0], blurred, cv::Size(0, 0), 2.0);
        highPass = cv::abs(ch[0] - blurred);
        // Grey photos (ORL, Yale) carry no chroma: the rules then compare lightness only.
        colour = false;
        for (int y = 0; y < lab.rows && !colour; y += 4)
            for (int x = 0; x < lab.cols; x += 4) {
                const cv::Vec3f v = lab.at<cv::Vec3f>(y, x);
                if (valid.at<uchar>(y, x) && (std::abs(v[1]) > 3 || std::abs(v[2]) > 3)) {
                    colour = true;
                    break;
                }
            }
    }

    cv::Mat emptyMask() const { return cv::Mat::zeros(kFrameSize, kFrameSize, CV_8UC1); }
    cv::Mat polygon(const std::vector<QPointF>& pts) const
    {
        cv::Mat m = emptyMask();
        std::vector<cv::Point> c;
        for (QPointF q : pts)
            c.push_back(cvPoint(q));
        cv::fillPoly(m, std::vector<std::vector<cv::Point>>{c}, cv::Scalar(255));
        return m;
    }
    cv::Mat polygon(int from, int to) const
    {
        std::vector<QPointF> pts;
        for (int i = from; i <= to; ++i)
            pts.push_back(p[size_t(i)]);
        return polygon(pts);
    }
    cv::Mat ellipse(QPointF c, double ax, double ay) const
    {
        cv::Mat m = emptyMask();
        cv::ellipse(m, cvPoint(c), cv::Size(int(ax), int(ay)), 0, 0, 360, cv::Scalar(255), cv::FILLED);
        return m;
    }
    cv::Mat rect(double x0, double y0, double x1, double y1) const
    {
        cv::Mat m = emptyMask();
        cv::rectangle(m, cv::Point(int(x0), int(y0)), cv::Point(int(x1), int(y1)), cv::Scalar(255), cv::FILLED);
        return m;
    }

    double deltaE(const RegionStats& x, const RegionStats& y) const
    {
        return colour ? std::sqrt(std::pow(x.L - y.L, 2) + std::pow(x.a - y.a, 2) + std::pow(x.b - y.b, 2))
                      : std::abs(x.L - y.L);
    }

    RegionStats stats(const cv::Mat& region) const
    {
        RegionStats r;
        std::vector<float> L, A, B;
        double tex = 0;
        for (int y = 0; y < region.rows; ++y)
            for (int x = 0; x < region.cols; ++x)
                if (region.at<uchar>(y, x) && valid.at<uchar>(y, x)) {
                    const cv::Vec3f v = lab.at<cv::Vec3f>(y, x);
                    L.push_back(v[0]);
                    A.push_back(v[1]);
                    B.push_back(v[2]);
                    tex += highPass.at<float>(y, x);
                }
        r.n = int(L.size());
        if (r.n == 0)
            return r;
        r.L = median(L);
        r.a = median(A);
        r.b = median(B);
        r.p10 = median(L, 0.1);
        r.p90 = median(L, 0.9);
        r.texture = tex / r.n;
        int near = 0;
        for (size_t i = 0; i < L.size(); ++i) {
            const double dl = L[i] - r.L, da = A[i] - r.a, db = B[i] - r.b;
            near += (colour ? dl * dl + da * da + db * db : dl * dl) < 64;
        }
        r.uniform = double(near) / r.n;
        return r;
    }
    // Share of the region's pixels with lightness below `limit`.
    double fractionBelow(const cv::Mat& region, double limit) const
    {
        int n = 0, below = 0;
        for (int y = 0; y < region.rows; ++y)
            for (int x = 0; x < region.cols; ++x)
                if (region.at<uchar>(y, x) && valid.at<uchar>(y, x)) {
                    ++n;
                    below += lab.at<cv::Vec3f>(y, x)[0] < limit;
                }
        return n ? double(below) / n : 0;
    }
    double validShare(const cv::Mat& region) const
    {
        const double all = cv::countNonZero(region);
        cv::Mat both;
        cv::bitwise_and(region, valid, both);
        return all > 0 ? cv::countNonZero(both) / all : 0;
    }

    Landmarks68 p;
    cv::Mat lab, valid, highPass;
    bool colour = false;
};

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

double eyeAspect(const Landmarks68& p, int o)
{
    const double w = std::max(1e-6, dist(p[size_t(o)], p[size_t(o + 3)]));
    return (dist(p[size_t(o + 1)], p[size_t(o + 5)]) + dist(p[size_t(o + 2)], p[size_t(o + 4)])) / (2 * w);
}

// Share of `indices` outside the image.
double outsideShare(const QImage& image, const std::vector<QPointF>& pts)
{
    int out = 0;
    for (QPointF q : pts)
        out += q.x() < 0 || q.y() < 0 || q.x() >= image.width() || q.y() >= image.height();
    return pts.empty() ? 0 : double(out) / double(pts.size());
}

std::vector<QPointF> range(const Landmarks68& p, std::initializer_list<std::pair<int, int>> spans)
{
    std::vector<QPointF> v;
    for (auto [a, b] : spans)
        for (int i = a; i <= b; ++i)
            v.push_back(p[size_t(i)]);
    return v;
}

QMap<QString, double> measure(const QImage& image, const Landmarks68& lm)
{
    QMap<QString, double> m;
    const Frame f(image, lm);
    const Landmarks68& p = f.p;
    const double D = kFrameEye;
    m[QStringLiteral("colour")] = f.colour ? 1 : 0;

    // Reference skin: each cheek between the lower eyelid, the nostril and the jaw.
    const QPointF cheekA = (p[1] + p[2] + p[31] + p[40] + p[41]) / 5;
    const QPointF cheekB = (p[15] + p[14] + p[35] + p[47] + p[46]) / 5;
    RegionStats skinA = f.stats(f.ellipse(cheekA, 0.16 * D, 0.16 * D));
    RegionStats skinB = f.stats(f.ellipse(cheekB, 0.16 * D, 0.16 * D));
    if (skinA.n < 20)
        skinA = skinB;
    if (skinB.n < 20)
        skinB = skinA;
    const RegionStats skin = f.stats(f.ellipse(cheekA, 0.16 * D, 0.16 * D) | f.ellipse(cheekB, 0.16 * D, 0.16 * D));
    m[QStringLiteral("skin_L")] = skin.L;

    // Dark glasses: lens ellipses around each eye against the bright skin of the whole face (its 75th
    // percentile: under a lens a cheek patch may be covered too), the lens's spread of lightness (a lens is one
    // flat tone, an eye region has sclera, lids and skin) and the eye opening's brightest pixels (the sclera).
    // Both eyes must be dark, so a face lit from one side does not look like dark glasses.
    cv::Mat facePoly = f.polygon(range(p, {{0, 16}, {26, 26}, {17, 17}}));
    std::vector<float> faceL;
    for (int y = 0; y < facePoly.rows; ++y)
        for (int x = 0; x < facePoly.cols; ++x)
            if (facePoly.at<uchar>(y, x) && f.valid.at<uchar>(y, x))
                faceL.push_back(f.lab.at<cv::Vec3f>(y, x)[0]);
    const double faceRef = faceL.empty() ? skin.L : median(faceL, 0.75);
    m[QStringLiteral("face_bright_L")] = faceRef;
    const QPointF eyes[2] = {meanOf(p, 36, 41), meanOf(p, 42, 47)};
    double dark = 1, sclera = -100, spread = 0;
    for (int i = 0; i < 2; ++i) {
        const double limit = std::min(faceRef - 25, 0.5 * faceRef);
        const cv::Mat lens = f.ellipse(eyes[i], 0.36 * D, 0.2 * D);
        const double frac = f.fractionBelow(lens, limit);
        const RegionStats lensStats = f.stats(lens);
        cv::Mat opening = f.polygon(i == 0 ? 36 : 42, i == 0 ? 41 : 47);
        cv::dilate(opening, opening, cv::Mat(), cv::Point(-1, -1), 2);
        const RegionStats eye = f.stats(opening);
        dark = std::min(dark, frac);
        sclera = std::max(sclera, eye.n ? (eye.p90 - faceRef) : 0.0);
        spread = std::max(spread, lensStats.p90 - lensStats.p10);
    }
    m[QStringLiteral("glasses_spread")] = spread;
    m[QStringLiteral("glasses_dark_fraction")] = dark;
    m[QStringLiteral("eye_sclera_vs_skin")] = sclera;

    // Forehead halves (above the brows) and the band just above the brows, against the same side's cheek.
    double browTop = p[17].y();
    for (int i = 17; i <= 26; ++i)
        browTop = std::min(browTop, p[size_t(i)].y());
    const double midX = (eyes[0].x() + eyes[1].x()) / 2;
    const double x0 = p[19].x(), x1 = p[24].x();
    double hairDark = 1e9, hairTex = 1e9, bandDark = 1e9, bandTex = 1e9;
    RegionStats forehead = f.stats(f.rect(x0, browTop - 0.55 * D, x1, browTop - 0.2 * D));
    for (int i = 0; i < 2; ++i) {
        const RegionStats& ref = i == 0 ? skinA : skinB;
        const double xa = i == 0 ? x0 : midX, xb = i == 0 ? midX : x1;
        const RegionStats half = f.stats(f.rect(xa, browTop - 0.55 * D, xb, browTop - 0.2 * D));
        const RegionStats band = f.stats(
            f.rect(i == 0 ? p[18].x() : midX, browTop - 0.17 * D, i == 0 ? midX : p[25].x(), browTop - 0.04 * D));
        const double texRef = std::max(0.3, ref.texture);
        hairDark = std::min(hairDark, std::max(ref.L - half.L, f.deltaE(ref, half) - 8));
        hairTex = std::min(hairTex, half.texture / texRef);
        bandDark = std::min(bandDark, std::max(ref.L - band.L, f.deltaE(ref, band) - 8));
        bandTex = std::min(bandTex, band.texture / texRef);
    }
    m[QStringLiteral("forehead_darker")] = hairDark;
    m[QStringLiteral("forehead_texture_ratio")] = hairTex;
    m[QStringLiteral("brow_band_darker")] = bandDark;
    m[QStringLiteral("brow_band_texture_ratio")] = bandTex;

    // Lower face nose tip…chin (eroded away from its edges) and the line between the lips.
    cv::Mat lower = f.polygon(
        {p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13], p[14], p[35], p[30], p[31]});
    cv::erode(lower, lower, cv::Mat(), cv::Point(-1, -1), int(0.06 * D));
    const RegionStats low = f.stats(lower);
    cv::Mat lipLine = f.emptyMask();
    {
        std::vector<cv::Point> line;
        for (int i = 60; i <= 64; ++i)
            line.push_back(cvPoint(p[size_t(i)]));
        cv::polylines(lipLine, line, false, cv::Scalar(255), 3);
    }
    const RegionStats lips = f.stats(lipLine);
    cv::Mat mouth = f.polygon(48, 59);
    cv::dilate(mouth, mouth, cv::Mat(), cv::Point(-1, -1), 2);
    const RegionStats mouthStats = f.stats(mouth);
    const RegionStats& maskRef = forehead.n > 20 ? forehead : skin;
    m[QStringLiteral("lower_uniform")] = low.uniform;
    m[QStringLiteral("lower_delta_e")] = f.deltaE(low, maskRef);
    m[QStringLiteral("lower_texture_ratio")] = low.texture / std::max(0.3, maskRef.texture);
    m[QStringLiteral("lip_line_contrast")] = mouthStats.n ? mouthStats.L - lips.p10 : 0;
    m[QStringLiteral("mouth_delta_e")] = f.deltaE(mouthStats, skin);
    m[QStringLiteral("mouth_texture_ratio")] = mouthStats.texture / std::max(0.3, skin.texture);

    // Expression, from the landmarks (ratios, so the original coordinates serve).
    const double mouthW = std::max(1e-6, dist(lm[48], lm[54]));
    m[QStringLiteral("mouth_open_ratio")] = dist(lm[62], lm[66]) / mouthW;
    m[QStringLiteral("mouth_width_ratio")] = mouthW / std::max(1e-6, dist(meanOf(lm, 36, 41), meanOf(lm, 42, 47)));
    m[QStringLiteral("eye_aspect")] = std::max(eyeAspect(lm, 36), eyeAspect(lm, 42));

    // Out of frame, per component (share of its points outside the image).
    const double d = dist(meanOf(lm, 36, 41), meanOf(lm, 42, 47));
    const QPointF up = QPointF(meanOf(lm, 27, 27) - meanOf(lm, 8, 8)) / std::max(1e-6, dist(lm[27], lm[8]));
    std::vector<QPointF> foreheadPts, hairPts, earPts, neckPts;
    for (int i : {19, 21, 22, 24})
        foreheadPts.push_back(lm[size_t(i)] + up * 0.5 * d);
    for (int i : {17, 21, 22, 26})
        hairPts.push_back(lm[size_t(i)] + up * 1.0 * d);
    const QPointF side = (lm[16] - lm[0]) / std::max(1e-6, dist(lm[16], lm[0]));
    for (int i : {0, 1, 2})
        earPts.push_back(lm[size_t(i)] - side * 0.2 * d);
    for (int i : {14, 15, 16})
        earPts.push_back(lm[size_t(i)] + side * 0.2 * d);
    for (int i : {6, 8, 10})
        neckPts.push_back(lm[size_t(i)] - up * 0.4 * d);
    const std::pair<const char*, std::vector<QPointF>> frames[] = {{"eyes", range(lm, {{36, 47}})},
                                                                   {"eyebrows", range(lm, {{17, 26}})},
                                                                   {"nose", range(lm, {{27, 35}})},
                                                                   {"mouth", range(lm, {{48, 67}})},
                                                                   {"chin", range(lm, {{5, 11}})},
                                                                   {"outline", range(lm, {{0, 16}})},
                                                                   {"cheeks", range(lm, {{1, 5}, {11, 15}})},
                                                                   {"forehead", foreheadPts},
                                                                   {"hair", hairPts},
                                                                   {"ears", earPts},
                                                                   {"neck", neckPts}};
    for (const auto& [name, pts] : frames)
        m[QStringLiteral("outside_%1").arg(QLatin1String(name))] = outsideShare(image, pts);
    return m;
}

struct Rule
{
    QString reason;
    double score = 0; // 0..1 evidence
    bool fired = false;
    QStringList hides;
};

QList<Rule> applyRules(const QMap<QString, double>& m)
{
    auto v = [&](const char* k) { return m.value(QLatin1String(k)); };
    QList<Rule> rules;
    rules.append({QStringLiteral("dark-glasses"),
                  clamp01(v("glasses_dark_fraction")),
                  v("glasses_dark_fraction") > kGlassesDarkFraction && v("eye_sclera_vs_skin") < -15 &&
                      v("glasses_spread") < kGlassesSpread,
                  {QStringLiteral("eyes")}});
    const bool mask = v("lower_uniform") > kMaskUniform && v("lower_delta_e") > kMaskDeltaE &&
                      v("lower_texture_ratio") < 4 && v("lip_line_contrast") < kLipLineContrast;
    rules.append({QStringLiteral("mask"),
                  clamp01(v("lower_uniform") * v("lower_delta_e") / (2 * kMaskDeltaE)),
                  mask,
                  {QStringLiteral("mouth"), QStringLiteral("nose"), QStringLiteral("chin"), QStringLiteral("cheeks"),
                   QStringLiteral("facial-hair")}});
    const bool hand = !mask && v("mouth_delta_e") < kHandSkinDeltaE && v("lip_line_contrast") < kLipLineContrast &&
                      v("mouth_texture_ratio") < 1.2;
    rules.append({QStringLiteral("hand"),
                  clamp01(1 - v("lip_line_contrast") / (2 * kLipLineContrast)),
                  hand,
                  {QStringLiteral("mouth")}});
    const bool hair = v("forehead_darker") > kHairDarker && v("forehead_texture_ratio") > kHairTexture;
    rules.append({QStringLiteral("hair"),
                  clamp01(v("forehead_darker") / (2 * kHairDarker)),
                  hair,
                  {QStringLiteral("forehead")}});
    rules.append({QStringLiteral("hair"),
                  clamp01(v("brow_band_darker") / (2 * kHairDarker)),
                  hair && v("brow_band_darker") > kHairDarker && v("brow_band_texture_ratio") > kHairTexture,
                  {QStringLiteral("eyebrows")}});
    const bool open = v("mouth_open_ratio") > kMouthOpenLimit || v("mouth_width_ratio") > kMouthWideLimit;
    rules.append({QStringLiteral("expression"),
                  clamp01(v("mouth_open_ratio") / (2 * kMouthOpenLimit)),
                  open,
                  {QStringLiteral("mouth")}});
    rules.append({QStringLiteral("expression"),
                  clamp01(1 - v("eye_aspect") / (2 * kEyeClosedLimit)),
                  v("eye_aspect") < kEyeClosedLimit,
                  {QStringLiteral("eyes")}});
    for (const QString& c : visibilityComponents()) {
        const double out = m.value(QStringLiteral("outside_") + c, -1);
        if (out >= 0)
            rules.append({QStringLiteral("out-of-frame"), out, out > 1.0 / 3, {c}});
    }
    return rules;
}

QString detailText(const QString& reason, const QString& component)
{
    if (reason == QLatin1String("dark-glasses"))
        return Tr::tr("dark glasses over the eyes");
    if (reason == QLatin1String("mask"))
        return Tr::tr("a face mask covers the lower face");
    if (reason == QLatin1String("hand"))
        return Tr::tr("a skin-coloured object (a hand?) covers the mouth");
    if (reason == QLatin1String("hair"))
        return component == QLatin1String("eyebrows") ? Tr::tr("hair covers the eyebrows")
                                                      : Tr::tr("hair covers the forehead");
    if (reason == QLatin1String("expression"))
        return component == QLatin1String("eyes") ? Tr::tr("not assessable from this photo: eyes closed")
                                                  : Tr::tr("not assessable from this photo: extreme expression");
    if (reason == QLatin1String("out-of-frame"))
        return Tr::tr("outside the photo");
    return {};
}

} // namespace

const QStringList& visibilityComponents()
{
    static const QStringList ids{
        QStringLiteral("skin"),  QStringLiteral("outline"),      QStringLiteral("composition"),
        QStringLiteral("hair"),  QStringLiteral("forehead"),     QStringLiteral("eyebrows"),
        QStringLiteral("eyes"),  QStringLiteral("cheeks"),       QStringLiteral("nose"),
        QStringLiteral("ears"),  QStringLiteral("mouth"),        QStringLiteral("chin"),
        QStringLiteral("neck"),  QStringLiteral("facial-hair"),  QStringLiteral("facial-lines"),
        QStringLiteral("scars"), QStringLiteral("facial-marks"), QStringLiteral("alterations"),
        QStringLiteral("other")};
    return ids;
}

const QStringList& visibilityReasons()
{
    static const QStringList reasons{QStringLiteral("dark-glasses"), QStringLiteral("mask"),
                                     QStringLiteral("hand"),         QStringLiteral("hair"),
                                     QStringLiteral("expression"),   QStringLiteral("out-of-frame")};
    return reasons;
}

QString visibilityReasonText(const QString& reason)
{
    if (reason == QLatin1String("dark-glasses"))
        return Tr::tr("dark glasses");
    if (reason == QLatin1String("mask"))
        return Tr::tr("mask");
    if (reason == QLatin1String("hand"))
        return Tr::tr("hand");
    if (reason == QLatin1String("hair"))
        return Tr::tr("hair");
    if (reason == QLatin1String("expression"))
        return Tr::tr("extreme expression");
    if (reason == QLatin1String("out-of-frame"))
        return Tr::tr("out of frame");
    return reason;
}

Result<QMap<QString, double>> visibilityMeasurements(const QImage& image, const AlignedFace& face)
{
    if (image.isNull() || image.width() < 2 || image.height() < 2)
        return Error(ErrorCode::Input, Tr::tr("visibility check: the photo is empty"));
    return measure(image, face.face.landmarks);
}

Result<QList<ComponentVisibility>> checkVisibility(const QImage& image, const AlignedFace& face)
{
    auto m = visibilityMeasurements(image, face);
    if (!m)
        return m.error();
    const QList<Rule> rules = applyRules(*m);
    QList<ComponentVisibility> out;
    for (const QString& c : visibilityComponents()) {
        ComponentVisibility v;
        v.component = c;
        // The strongest fired rule names the reason; otherwise the strongest evidence is kept as the score.
        for (const Rule& r : rules) {
            if (!r.hides.contains(c))
                continue;
            if (r.fired && (v.visible || r.score > v.score)) {
                v.visible = false;
                v.reason = r.reason;
                v.score = r.score;
                v.detail = detailText(r.reason, c);
            } else if (v.visible) {
                v.score = std::max(v.score, r.score);
            }
        }
        out.append(v);
    }
    return out;
}

QString visibilityComponentName(const QString& c)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("skin"), QT_TRANSLATE_NOOP("descry", "Skin")},
        {QStringLiteral("outline"), QT_TRANSLATE_NOOP("descry", "Face/Head Outline")},
        {QStringLiteral("composition"), QT_TRANSLATE_NOOP("descry", "Face/Head Composition")},
        {QStringLiteral("hair"), QT_TRANSLATE_NOOP("descry", "Hair")},
        {QStringLiteral("forehead"), QT_TRANSLATE_NOOP("descry", "Forehead")},
        {QStringLiteral("eyebrows"), QT_TRANSLATE_NOOP("descry", "Eyebrows")},
        {QStringLiteral("eyes"), QT_TRANSLATE_NOOP("descry", "Eyes")},
        {QStringLiteral("cheeks"), QT_TRANSLATE_NOOP("descry", "Cheeks")},
        {QStringLiteral("nose"), QT_TRANSLATE_NOOP("descry", "Nose")},
        {QStringLiteral("ears"), QT_TRANSLATE_NOOP("descry", "Ears")},
        {QStringLiteral("mouth"), QT_TRANSLATE_NOOP("descry", "Mouth")},
        {QStringLiteral("chin"), QT_TRANSLATE_NOOP("descry", "Chin/Jawline")},
        {QStringLiteral("neck"), QT_TRANSLATE_NOOP("descry", "Neck")},
        {QStringLiteral("facial-hair"), QT_TRANSLATE_NOOP("descry", "Facial Hair")},
        {QStringLiteral("facial-lines"), QT_TRANSLATE_NOOP("descry", "Facial Lines")},
        {QStringLiteral("scars"), QT_TRANSLATE_NOOP("descry", "Scars")},
        {QStringLiteral("facial-marks"), QT_TRANSLATE_NOOP("descry", "Facial Marks")},
        {QStringLiteral("alterations"), QT_TRANSLATE_NOOP("descry", "Alterations")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("descry", "Other")}};
    const auto it = names.find(c);
    return it == names.end() ? c : Tr::tr(it.value());
}

QStringList visibilityNotes(const QList<ComponentVisibility>& list, VisibilityPhoto photo)
{
    QStringList out;
    for (const ComponentVisibility& v : list) {
        if (v.visible)
            continue;
        const QString name = visibilityComponentName(v.component), why = visibilityReasonText(v.reason);
        // An expression hides nothing: the component is there but cannot be compared in that state.
        const bool expression = v.reason == QLatin1String("expression");
        switch (photo) {
        case VisibilityPhoto::Any:
            out << (expression ? Tr::tr("%1 not assessable (%2)") : Tr::tr("%1 not visible (%2)")).arg(name, why);
            break;
        case VisibilityPhoto::Probe:
            out << (expression ? Tr::tr("%1 not assessable in the probe (%2)")
                               : Tr::tr("%1 not visible in the probe (%2)"))
                       .arg(name, why);
            break;
        case VisibilityPhoto::Reference:
            out << (expression ? Tr::tr("%1 not assessable in the reference (%2)")
                               : Tr::tr("%1 not visible in the reference (%2)"))
                       .arg(name, why);
            break;
        }
    }
    return out;
}

QList<ComponentVisibility> hiddenComponents(const QList<ComponentVisibility>& list)
{
    QList<ComponentVisibility> out;
    for (const ComponentVisibility& v : list)
        if (!v.visible)
            out.append(v);
    return out;
}

} // namespace descry

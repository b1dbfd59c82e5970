#include "core/face/visibility/SyntheticOcclusion.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

#include <cmath>

namespace descry {

namespace {

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

// The face's own frame: eye line direction, "up" perpendicular to it, eye distance.
struct FaceFrame
{
    explicit FaceFrame(const Landmarks68& p) : eyeA(meanOf(p, 36, 41)), eyeB(meanOf(p, 42, 47))
    {
        d = std::max(1.0, dist(eyeA, eyeB));
        right = (eyeB - eyeA) / d;
        up = QPointF(right.y(), -right.x());
        angleDeg = std::atan2(right.y(), right.x()) * 180 / M_PI;
    }
    QPointF eyeA, eyeB, right, up;
    double d = 1, angleDeg = 0;
};

QColor meanColour(const QImage& img, const std::initializer_list<QPointF>& at, int radius)
{
    double r = 0, g = 0, b = 0;
    int n = 0;
    for (QPointF c : at)
        for (int dy = -radius; dy <= radius; ++dy)
            for (int dx = -radius; dx <= radius; ++dx) {
                const int x = int(c.x()) + dx, y = int(c.y()) + dy;
                if (x < 0 || y < 0 || x >= img.width() || y >= img.height())
                    continue;
                const QRgb v = img.pixel(x, y);
                r += qRed(v);
                g += qGreen(v);
                b += qBlue(v);
                ++n;
            }
    return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor(200, 160, 140);
}

void drawSunglasses(QPainter& p, const Landmarks68& lm, const FaceFrame& f, QRandomGenerator& rng)
{
    const double w = f.d * (0.82 + 0.12 * rng.generateDouble()), h = f.d * (0.55 + 0.1 * rng.generateDouble());
    const int shade = 12 + int(rng.bounded(20));
    for (QPointF c : {f.eyeA, f.eyeB}) {
        p.save();
        p.translate(c - f.up * 0.03 * f.d);
        p.rotate(f.angleDeg);
        QLinearGradient g(0, -h / 2, 0, h / 2);
        g.setColorAt(0, QColor(shade + 10, shade + 10, shade + 14));
        g.setColorAt(1, QColor(shade, shade, shade + 4));
        p.setPen(QPen(QColor(10, 10, 10), std::max(1.0, 0.05 * f.d)));
        p.setBrush(g);
        p.drawRoundedRect(QRectF(-w / 2, -h / 2, w, h), h * 0.4, h * 0.4);
        // A faint reflection: real lenses are not flat black.
        p.setPen(QPen(QColor(shade + 45, shade + 45, shade + 50), std::max(1.0, 0.03 * f.d)));
        p.drawLine(QPointF(-w * 0.3, -h * 0.25), QPointF(-w * 0.1, -h * 0.35));
        p.restore();
    }
    p.setPen(QPen(QColor(15, 15, 15), std::max(1.0, 0.06 * f.d)));
    const QPointF top = f.up * 0.15 * f.d;
    p.drawLine(f.eyeA + f.right * (w / 2) + top, f.eyeB - f.right * (w / 2) + top);
    p.drawLine(f.eyeA - f.right * (w / 2) + top, lm[0] + top);
    p.drawLine(f.eyeB + f.right * (w / 2) + top, lm[16] + top);
}

void drawMask(QPainter& p, const Landmarks68& lm, const FaceFrame& f, QColor colour, QRandomGenerator& rng)
{
    const QPointF down = -f.up;
    const QPointF bridge = lm[28] + f.up * (0.05 + 0.1 * rng.generateDouble()) * f.d;
    QPainterPath path;
    path.moveTo(lm[1]);
    path.quadTo(lm[1] * 0.3 + bridge * 0.7 + f.up * 0.15 * f.d, bridge);
    path.quadTo(lm[15] * 0.3 + bridge * 0.7 + f.up * 0.15 * f.d, lm[15]);
    for (int i = 14; i >= 2; --i) {
        const QPointF centre = meanOf(lm, 27, 35);
        const QPointF out =
            lm[size_t(i)] + (lm[size_t(i)] - centre) * 0.06 + down * (i >= 6 && i <= 10 ? 0.12 * f.d : 0);
        path.lineTo(out);
    }
    path.closeSubpath();
    QLinearGradient g(bridge, lm[8]);
    g.setColorAt(0, colour.lighter(106));
    g.setColorAt(1, colour.darker(110));
    p.setPen(QPen(colour.darker(130), std::max(1.0, 0.03 * f.d)));
    p.setBrush(g);
    p.drawPath(path);
    // Pleats and ear loops.
    p.setPen(QPen(colour.darker(118), std::max(1.0, 0.025 * f.d)));
    const QPointF mid = meanOf(lm, 48, 67);
    for (double t : {-0.25, 0.05, 0.35}) {
        const QPointF c = mid + f.up * t * f.d;
        p.drawLine(c - f.right * 0.6 * f.d, c + f.right * 0.6 * f.d);
    }
    p.setPen(QPen(colour.darker(140), std::max(1.0, 0.03 * f.d)));
    p.drawLine(lm[1], lm[0] + f.up * 0.3 * f.d);
    p.drawLine(lm[15], lm[16] + f.up * 0.3 * f.d);
}

void drawHand(QPainter& p, const QImage& img, const Landmarks68& lm, const FaceFrame& f, QRandomGenerator& rng)
{
    const QColor skin =
        meanColour(img, {(lm[1] + lm[31] + lm[40]) / 3, (lm[15] + lm[35] + lm[47]) / 3}, std::max(1, int(0.06 * f.d)));
    const double k = 0.95 + 0.1 * rng.generateDouble();
    const QColor hand(std::min(255, int(skin.red() * k)), std::min(255, int(skin.green() * k)),
                      std::min(255, int(skin.blue() * k)));
    const QPointF c = meanOf(lm, 48, 67);
    const double w = dist(lm[48], lm[54]) * 1.7, h = f.d * 0.85;
    p.save();
    p.translate(c);
    p.rotate(f.angleDeg);
    QLinearGradient g(0, -h / 2, 0, h / 2);
    g.setColorAt(0, hand.lighter(104));
    g.setColorAt(1, hand.darker(104));
    p.setPen(Qt::NoPen);
    p.setBrush(g);
    p.drawRoundedRect(QRectF(-w / 2, -h / 2, w * 1.4, h), h * 0.45, h * 0.45);
    // Gaps between the fingers: faint, across the hand.
    p.setPen(QPen(hand.darker(112), std::max(1.0, 0.02 * f.d)));
    for (double t : {-0.3, 0.05, 0.35})
        p.drawLine(QPointF(-w * 0.4, t * h), QPointF(w * 0.8, t * h));
    p.restore();
}

void drawFringe(QPainter& p, const Landmarks68& lm, const FaceFrame& f, QRandomGenerator& rng)
{
    const QColor hairColours[] = {QColor(40, 28, 20), QColor(70, 48, 30), QColor(25, 22, 20), QColor(95, 70, 45)};
    const QColor hair = hairColours[rng.bounded(4)];
    QPointF browTop = meanOf(lm, 17, 26);
    for (int i = 17; i <= 26; ++i)
        if (QPointF::dotProduct(lm[size_t(i)] - browTop, f.up) > 0)
            browTop = browTop + f.up * QPointF::dotProduct(lm[size_t(i)] - browTop, f.up);
    const QPointF left = lm[0] + f.up * QPointF::dotProduct(browTop - lm[0], f.up);
    const QPointF right = lm[16] + f.up * QPointF::dotProduct(browTop - lm[16], f.up);
    QPainterPath path;
    const QPointF lift = f.up * 1.3 * f.d;
    path.moveTo(left + lift);
    path.lineTo(right + lift);
    // Jagged lower edge: strand tips reaching down to just above the brows.
    const int tips = 12;
    for (int i = tips; i >= 0; --i) {
        const QPointF base = left + (right - left) * (double(i) / tips);
        const double drop = (i % 2 ? 0.05 : 0.18) + 0.05 * rng.generateDouble();
        path.lineTo(base + f.up * drop * f.d);
    }
    path.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(hair);
    p.drawPath(path);
    // Strands: light and dark lines along the fringe, as dense on a large face as on a small one.
    for (int i = 0; i < 200; ++i) {
        const double t = rng.generateDouble();
        const QPointF bottom = left + (right - left) * t + f.up * 0.12 * f.d;
        const QPointF top = bottom + lift + f.right * (rng.generateDouble() - 0.5) * 0.4 * f.d;
        p.setPen(QPen(i % 2 ? hair.lighter(160) : hair.darker(170), std::max(1.0, 0.012 * f.d)));
        p.drawLine(bottom, top);
    }
}

} // namespace

const QList<Occluder>& allOccluders()
{
    static const QList<Occluder> all{Occluder::Sunglasses, Occluder::MaskLightBlue, Occluder::MaskWhite,
                                     Occluder::MaskBlack,  Occluder::Hand,          Occluder::HairFringe};
    return all;
}

QString occluderId(Occluder occluder)
{
    switch (occluder) {
    case Occluder::Sunglasses:
        return QStringLiteral("sunglasses");
    case Occluder::MaskLightBlue:
        return QStringLiteral("mask-light-blue");
    case Occluder::MaskWhite:
        return QStringLiteral("mask-white");
    case Occluder::MaskBlack:
        return QStringLiteral("mask-black");
    case Occluder::Hand:
        return QStringLiteral("hand");
    case Occluder::HairFringe:
        return QStringLiteral("hair-fringe");
    }
    return {};
}

QStringList occludedComponents(Occluder occluder)
{
    switch (occluder) {
    case Occluder::Sunglasses:
        return {QStringLiteral("eyes")};
    case Occluder::MaskLightBlue:
    case Occluder::MaskWhite:
    case Occluder::MaskBlack:
        return {QStringLiteral("mouth"), QStringLiteral("nose")};
    case Occluder::Hand:
        return {QStringLiteral("mouth")};
    case Occluder::HairFringe:
        return {QStringLiteral("forehead")};
    }
    return {};
}

QImage drawOccluder(const QImage& image, const Landmarks68& landmarks, Occluder occluder, quint32 seed)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    QRandomGenerator rng(seed * 7919u + quint32(occluder) + 1);
    const FaceFrame f(landmarks);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    switch (occluder) {
    case Occluder::Sunglasses:
        drawSunglasses(p, landmarks, f, rng);
        break;
    case Occluder::MaskLightBlue:
        drawMask(p, landmarks, f, QColor(160, 196, 226), rng);
        break;
    case Occluder::MaskWhite:
        drawMask(p, landmarks, f, QColor(236, 238, 240), rng);
        break;
    case Occluder::MaskBlack:
        drawMask(p, landmarks, f, QColor(32, 32, 36), rng);
        break;
    case Occluder::Hand:
        drawHand(p, image, landmarks, f, rng);
        break;
    case Occluder::HairFringe:
        drawFringe(p, landmarks, f, rng);
        break;
    }
    p.end();
    return out;
}

} // namespace descry

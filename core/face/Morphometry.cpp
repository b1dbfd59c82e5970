#include "core/face/Morphometry.h"

#include "core/face/detail/FaceGeometry.h"

#include <cmath>

namespace descry::morphometry {

namespace {

double dist(const QPointF& a, const QPointF& b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

QPointF mid(const QPointF& a, const QPointF& b)
{
    return (a + b) / 2.0;
}

// Angle in degrees at vertex v between rays to a and b.
double angleAt(const QPointF& v, const QPointF& a, const QPointF& b)
{
    const QPointF u = a - v, w = b - v;
    const double c = (u.x() * w.x() + u.y() * w.y()) / (std::hypot(u.x(), u.y()) * std::hypot(w.x(), w.y()));
    return std::acos(std::clamp(c, -1.0, 1.0)) * 180.0 / M_PI;
}

// Slope in degrees of the segment inner→outer, positive when the outer end is higher (image y grows down).
double outerRise(const QPointF& inner, const QPointF& outer)
{
    return std::atan2(inner.y() - outer.y(), std::abs(outer.x() - inner.x())) * 180.0 / M_PI;
}

// Height of the highest of points [from, to] above the chord p[a]–p[b], per unit chord length.
double archHeight(const Landmarks68& p, int a, int b, int from, int to)
{
    const QPointF chord = p[b] - p[a];
    const double len = std::hypot(chord.x(), chord.y());
    double best = 0;
    for (int i = from; i <= to; ++i) {
        const QPointF v = p[i] - p[a];
        // Signed distance, upward (negative image y) positive.
        const double cross = (chord.x() * v.y() - chord.y() * v.x()) / len;
        best = std::max(best, a < b ? -cross : cross);
    }
    return best / len;
}

// Landmarks with in-plane rotation removed (eye line horizontal), right eye centre at the origin.
Landmarks68 levelled(const Landmarks68& in)
{
    const QPointF re = detail::rightEyeCentre(in), le = detail::leftEyeCentre(in);
    const double a = -std::atan2(le.y() - re.y(), le.x() - re.x());
    const double c = std::cos(a), s = std::sin(a);
    Landmarks68 out;
    for (int i = 0; i < 68; ++i) {
        const QPointF v = in[i] - re;
        out[i] = QPointF(c * v.x() - s * v.y(), s * v.x() + c * v.y());
    }
    return out;
}

// Mean distance of points [from, to] from the chord p[a]–p[b], per unit chord length (how much a contour bulges).
double chordBulge(const Landmarks68& p, int a, int b, int from, int to)
{
    const QPointF chord = p[b] - p[a];
    const double len = std::hypot(chord.x(), chord.y());
    double sum = 0;
    for (int i = from; i <= to; ++i) {
        const QPointF v = p[i] - p[a];
        sum += std::abs(chord.x() * v.y() - chord.y() * v.x()) / len;
    }
    return sum / (to - from + 1) / len;
}

constexpr int kMirrorPairs[][2] = {{0, 16},  {1, 15},  {2, 14},  {3, 13},  {4, 12},  {5, 11},  {6, 10},  {7, 9},
                                   {17, 26}, {18, 25}, {19, 24}, {20, 23}, {21, 22}, {36, 45}, {37, 44}, {38, 43},
                                   {39, 42}, {40, 47}, {41, 46}, {31, 35}, {32, 34}, {48, 54}, {49, 53}, {50, 52},
                                   {59, 55}, {58, 56}, {60, 64}, {61, 63}, {67, 65}};

} // namespace

const QStringList& quantities()
{
    static const QStringList q = {QStringLiteral("face.elongation"),    QStringLiteral("face.taper"),
                                  QStringLiteral("comp.lower_third"),   QStringLiteral("comp.middle_third"),
                                  QStringLiteral("comp.asymmetry"),     QStringLiteral("brow.arch"),
                                  QStringLiteral("brow.slope"),         QStringLiteral("brow.eye_gap"),
                                  QStringLiteral("brow.length"),        QStringLiteral("brow.gap"),
                                  QStringLiteral("eyes.openness"),      QStringLiteral("eyes.width"),
                                  QStringLiteral("eyes.spacing"),       QStringLiteral("eyes.tilt"),
                                  QStringLiteral("cheeks.contour"),     QStringLiteral("nose.width"),
                                  QStringLiteral("nose.length"),        QStringLiteral("nose.tip"),
                                  QStringLiteral("mouth.width"),        QStringLiteral("mouth.upper_lip"),
                                  QStringLiteral("mouth.lower_lip"),    QStringLiteral("mouth.corners"),
                                  QStringLiteral("mouth.philtrum"),     QStringLiteral("chin.width"),
                                  QStringLiteral("chin.height"),        QStringLiteral("chin.angle"),
                                  QStringLiteral("expression.opening"), QStringLiteral("expression.smile"),
                                  QStringLiteral("pose.yaw"),           QStringLiteral("outline.jaw_curvature")};
    return q;
}

std::vector<double> measure(const Landmarks68& raw)
{
    const Landmarks68 p = levelled(raw);
    const QPointF re = detail::rightEyeCentre(p), le = detail::leftEyeCentre(p);
    const double iod = dist(re, le);
    const QPointF browMid = mid(p[19], p[24]);
    const double faceHeight = p[8].y() - browMid.y();
    const double faceWidth = dist(p[1], p[15]);
    const double jawWidth = dist(p[4], p[12]);
    const double mouthWidth = dist(p[48], p[54]);
    const double noseWidth = dist(p[31], p[35]);

    double midline = 0;
    for (int i : {27, 28, 29, 30, 33, 51, 57, 8})
        midline += p[i].x();
    midline /= 8;
    double asym = 0;
    for (const auto& pair : kMirrorPairs) {
        const QPointF mirrored(2 * midline - p[pair[1]].x(), p[pair[1]].y());
        asym += dist(p[pair[0]], mirrored);
    }
    asym /= std::size(kMirrorPairs);

    std::vector<double> v;
    v.reserve(30);
    v.push_back(faceWidth / faceHeight);                                              // face.elongation
    v.push_back(jawWidth / faceWidth);                                                // face.taper
    v.push_back((p[8].y() - p[33].y()) / faceHeight);                                 // comp.lower_third
    v.push_back((p[33].y() - p[27].y()) / faceHeight);                                // comp.middle_third
    v.push_back(asym / iod);                                                          // comp.asymmetry
    v.push_back((archHeight(p, 17, 21, 18, 20) + archHeight(p, 26, 22, 23, 25)) / 2); // brow.arch
    v.push_back((outerRise(p[21], p[17]) + outerRise(p[22], p[26])) / 2);             // brow.slope
    const double gapR = (p[37].y() + p[38].y()) / 2 - (p[18].y() + p[19].y() + p[20].y()) / 3;
    const double gapL = (p[43].y() + p[44].y()) / 2 - (p[23].y() + p[24].y() + p[25].y()) / 3;
    v.push_back((gapR + gapL) / 2 / iod);                             // brow.eye_gap
    v.push_back((dist(p[17], p[21]) + dist(p[22], p[26])) / 2 / iod); // brow.length
    v.push_back(dist(p[21], p[22]) / iod);                            // brow.gap
    const double earR = (dist(p[37], p[41]) + dist(p[38], p[40])) / (2 * dist(p[36], p[39]));
    const double earL = (dist(p[43], p[47]) + dist(p[44], p[46])) / (2 * dist(p[42], p[45]));
    v.push_back((earR + earL) / 2);                                                        // eyes.openness
    v.push_back((dist(p[36], p[39]) + dist(p[42], p[45])) / 2 / iod);                      // eyes.width
    v.push_back(dist(p[39], p[42]) / dist(p[36], p[45]));                                  // eyes.spacing
    v.push_back((outerRise(p[39], p[36]) + outerRise(p[42], p[45])) / 2);                  // eyes.tilt
    v.push_back(dist(p[3], p[13]) / faceWidth);                                            // cheeks.contour
    v.push_back(noseWidth / iod);                                                          // nose.width
    v.push_back(dist(p[27], p[30]) / faceHeight);                                          // nose.length
    v.push_back((p[33].y() - p[30].y()) / noseWidth);                                      // nose.tip
    v.push_back(mouthWidth / iod);                                                         // mouth.width
    v.push_back(dist(p[51], p[62]) / mouthWidth);                                          // mouth.upper_lip
    v.push_back(dist(p[57], p[66]) / mouthWidth);                                          // mouth.lower_lip
    v.push_back(((p[62].y() + p[66].y()) / 2 - (p[48].y() + p[54].y()) / 2) / mouthWidth); // mouth.corners
    v.push_back((p[51].y() - p[33].y()) / faceHeight);                                     // mouth.philtrum
    v.push_back(dist(p[6], p[10]) / jawWidth);                                             // chin.width
    v.push_back((p[8].y() - p[57].y()) / faceHeight);                                      // chin.height
    v.push_back(angleAt(p[8], p[4], p[12]));                                               // chin.angle
    const double gap = (dist(p[61], p[67]) + dist(p[62], p[66]) + dist(p[63], p[65])) / 3;
    v.push_back(gap / mouthWidth);                                       // expression.opening
    v.push_back((p[51].y() - (p[48].y() + p[54].y()) / 2) / mouthWidth); // expression.smile
    v.push_back(std::abs((p[30].x() - p[0].x()) - (p[16].x() - p[30].x())) / (p[16].x() - p[0].x())); // pose.yaw
    v.push_back((chordBulge(p, 2, 8, 3, 7) + chordBulge(p, 8, 14, 9, 13)) / 2); // outline.jaw_curvature
    return v;
}

PopulationStats computeStats(const std::vector<std::vector<double>>& samples, const QStringList& ids)
{
    PopulationStats s;
    if (samples.empty())
        return s;
    const size_t n = samples.front().size();
    s.mean.assign(n, 0.0);
    s.stddev.assign(n, 0.0);
    std::vector<size_t> count(n, 0);
    for (const auto& row : samples)
        for (size_t j = 0; j < n && j < row.size(); ++j)
            if (std::isfinite(row[j])) { // not assessed (NaN) on this face: left out, not counted as 0
                s.mean[j] += row[j];
                ++count[j];
            }
    for (size_t j = 0; j < n; ++j)
        s.mean[j] = count[j] ? s.mean[j] / double(count[j]) : 0.0;
    for (const auto& row : samples)
        for (size_t j = 0; j < n && j < row.size(); ++j)
            if (std::isfinite(row[j]))
                s.stddev[j] += (row[j] - s.mean[j]) * (row[j] - s.mean[j]);
    for (size_t j = 0; j < n; ++j) {
        const double sd = std::sqrt(s.stddev[j] / double(std::max<size_t>(1, count[j] - (count[j] > 0))));
        const QString id = j < size_t(ids.size()) ? ids[qsizetype(j)] : QString();
        s.stddev[j] = std::max(sd, trainingrange::spreadFloor(id, s.mean[j]));
    }
    const trainingrange::ValueRanges range = trainingrange::valueRanges(samples);
    s.min = range.min;
    s.max = range.max;
    return s;
}

QString outOfRangeReason(const PopulationStats& stats, size_t i, double value)
{
    if (i >= stats.mean.size() || i >= stats.stddev.size())
        return {};
    const double z = (value - stats.mean[i]) / stats.stddev[i];
    const bool range = stats.hasRange();
    return trainingrange::measuredOutOfRange(value, z, range ? stats.min[i] : std::nan(""),
                                             range ? stats.max[i] : std::nan(""), stats.stddev[i]);
}

std::vector<double> zScores(const std::vector<double>& values, const PopulationStats& stats)
{
    std::vector<double> z(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        z[i] = i < stats.mean.size() && i < stats.stddev.size() ? (values[i] - stats.mean[i]) / stats.stddev[i]
                                                                : std::nan("");
    return z;
}

} // namespace descry::morphometry

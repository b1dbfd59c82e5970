#include "core/imaging/ViewEnhancement.h"

#include "core/common/Tr.h"
#include "core/imaging/detail/LabConversion.h"

#include <opencv2/imgproc.hpp>

#include <QJsonValue>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace descry {

namespace {

struct Range
{
    const char* key;
    double ViewEnhancement::*member;
    double lo, hi;
};

const Range kRanges[] = {{"brightness", &ViewEnhancement::brightness, -1, 1},
                         {"contrast", &ViewEnhancement::contrast, 0.2, 4},
                         {"gamma", &ViewEnhancement::gamma, 0.2, 5}};

// 8-bit lookup table of brightness, contrast and gamma.
std::array<uchar, 256> toneTable(const ViewEnhancement& e)
{
    std::array<uchar, 256> lut{};
    for (int i = 0; i < 256; ++i) {
        double v = i / 255.0;
        v = (v - 0.5) * e.contrast + 0.5 + e.brightness;
        v = std::clamp(v, 0.0, 1.0);
        v = std::pow(v, 1.0 / e.gamma);
        lut[size_t(i)] = uchar(std::lround(std::clamp(v, 0.0, 1.0) * 255.0));
    }
    return lut;
}

} // namespace

bool ViewEnhancement::isIdentity() const
{
    return *this == ViewEnhancement{};
}

QString ViewEnhancement::describe() const
{
    if (isIdentity())
        return Tr::tr("none");
    QStringList parts;
    if (brightness != 0)
        parts << Tr::tr("brightness %1")
                     .arg((brightness > 0 ? QStringLiteral("+") : QString()) + QString::number(brightness, 'f', 2));
    if (contrast != 1)
        parts << Tr::tr("contrast %1").arg(contrast, 0, 'f', 2);
    if (gamma != 1)
        parts << Tr::tr("gamma %1").arg(gamma, 0, 'f', 2);
    if (equalise)
        parts << Tr::tr("histogram equalisation");
    if (clahe)
        parts << Tr::tr("CLAHE");
    if (greyscale)
        parts << Tr::tr("greyscale");
    return parts.join(QStringLiteral(", "));
}

QJsonObject ViewEnhancement::toJson() const
{
    return {{QStringLiteral("brightness"), brightness}, {QStringLiteral("contrast"), contrast},
            {QStringLiteral("gamma"), gamma},           {QStringLiteral("equalise"), equalise},
            {QStringLiteral("clahe"), clahe},           {QStringLiteral("greyscale"), greyscale}};
}

Result<ViewEnhancement> ViewEnhancement::fromJson(const QJsonObject& o, const QString& context, const QString& origin)
{
    const auto bad = [&](const QString& why) { return Error(ErrorCode::Input, why, origin); };
    static const QStringList known{QStringLiteral("brightness"), QStringLiteral("contrast"),
                                   QStringLiteral("gamma"),      QStringLiteral("equalise"),
                                   QStringLiteral("clahe"),      QStringLiteral("greyscale")};
    for (const QString& key : o.keys())
        if (!known.contains(key))
            return bad(Tr::tr("case: unknown member '%1.%2'").arg(context, key.left(80)));
    ViewEnhancement e;
    for (const Range& r : kRanges) {
        const QJsonValue v = o.value(QLatin1String(r.key));
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < r.lo || v.toDouble() > r.hi)
            return bad(Tr::tr("case: member '%1.%2' must be a number from %3 to %4")
                           .arg(context, QLatin1String(r.key))
                           .arg(r.lo)
                           .arg(r.hi));
        e.*r.member = v.toDouble();
    }
    bool ViewEnhancement::*flags[] = {&ViewEnhancement::equalise, &ViewEnhancement::clahe, &ViewEnhancement::greyscale};
    const char* flagKeys[] = {"equalise", "clahe", "greyscale"};
    for (int i = 0; i < 3; ++i) {
        const QJsonValue v = o.value(QLatin1String(flagKeys[i]));
        if (!v.isBool())
            return bad(Tr::tr("case: member '%1.%2' must be true or false").arg(context, QLatin1String(flagKeys[i])));
        e.*flags[i] = v.toBool();
    }
    return e;
}

QString ViewEnhancement::problem() const
{
    for (const Range& r : kRanges) {
        const double v = this->*r.member;
        if (!std::isfinite(v) || v < r.lo || v > r.hi)
            return Tr::tr("view enhancement: %1 must be from %2 to %3").arg(QLatin1String(r.key)).arg(r.lo).arg(r.hi);
    }
    return {};
}

QImage applyViewEnhancement(const QImage& image, const ViewEnhancement& e)
{
    if (e.isIdentity() || image.isNull())
        return image;
    QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat mat(rgb.height(), rgb.width(), CV_8UC3, rgb.bits(), size_t(rgb.bytesPerLine()));
    cv::Mat work = mat.clone();
    if (e.greyscale) {
        cv::Mat grey;
        cv::cvtColor(work, grey, cv::COLOR_RGB2GRAY);
        cv::cvtColor(grey, work, cv::COLOR_GRAY2RGB);
    }
    if (e.equalise || e.clahe) {
        // On the lightness only, so that colours keep their hue.
        cv::Mat lab;
        detail::rgbToLab(work, lab);
        std::vector<cv::Mat> channels;
        cv::split(lab, channels);
        if (e.clahe)
            cv::createCLAHE(2.0, cv::Size(8, 8))->apply(channels[0], channels[0]);
        else
            cv::equalizeHist(channels[0], channels[0]);
        cv::merge(channels, lab);
        cv::cvtColor(lab, work, cv::COLOR_Lab2RGB);
    }
    const std::array<uchar, 256> table = toneTable(e);
    cv::Mat lut(1, 256, CV_8U, const_cast<uchar*>(table.data()));
    cv::LUT(work, lut, work);
    QImage out(work.cols, work.rows, QImage::Format_RGB888);
    for (int y = 0; y < work.rows; ++y)
        std::memcpy(out.scanLine(y), work.ptr(y), size_t(work.cols) * 3);
    return out.convertToFormat(QImage::Format_RGB32);
}

} // namespace descry

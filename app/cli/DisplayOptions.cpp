#include "app/cli/DisplayOptions.h"

#include "core/common/Tr.h"

#include <cmath>

namespace descry::cli {

namespace {
const QString kFrame = QStringLiteral("frame");
const QString kWindow = QStringLiteral("window");
const QString kPreset = QStringLiteral("preset");
} // namespace

Result<std::pair<double, double>> parseWindowOption(const ParsedArgs& args)
{
    const QStringList parts = args.value(kWindow).split(QLatin1Char(','));
    bool okC = false, okW = false;
    const double c = parts.size() == 2 ? parts[0].trimmed().toDouble(&okC) : 0.0;
    const double w = parts.size() == 2 ? parts[1].trimmed().toDouble(&okW) : 0.0;
    if (!okC || !okW || !std::isfinite(c) || !std::isfinite(w) || w <= 0.0)
        return args.usageError(
            Tr::tr("--window takes CENTER,WIDTH (two numbers, width > 0), not \"%1\"").arg(args.value(kWindow)));
    return std::pair{c, w};
}

Result<DisplaySettings> displaySettingsFor(const ParsedArgs& args, const MedicalImage& image, int* frame)
{
    *frame = args.value(kFrame).toInt() - 1;
    if (*frame >= image.frameCount())
        return args.usageError(Tr::tr("--frame %1: the image has %n frame(s)", "", image.frameCount()).arg(*frame + 1));
    DisplaySettings s;
    const bool windowed = args.isSet(kWindow) || args.isSet(kPreset);
    if (windowed && image.isColour())
        return args.usageError(Tr::tr("--window and --preset apply to greyscale images; this image is colour (%1)")
                                   .arg(image.info().photometric));
    if (args.isSet(kPreset)) {
        const int k = args.value(kPreset).toInt();
        const int count = int(image.info().windowPresets.size());
        if (k > count)
            return args.usageError(count == 0
                                       ? Tr::tr("--preset %1: the image has no window presets").arg(k)
                                       : Tr::tr("--preset %1: the image has %n window preset(s)", "", count).arg(k));
        s.presetIndex = k - 1;
    }
    if (args.isSet(kWindow)) {
        auto w = parseWindowOption(args);
        if (!w)
            return w.error();
        s.windowCenter = w->first;
        s.windowWidth = w->second;
    }
    return s;
}

} // namespace descry::cli

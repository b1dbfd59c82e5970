#include "core/imaging/DisplayPipeline.h"

namespace descry {

ResolvedWindow resolveWindow(const MedicalImage& image, int frame, const DisplaySettings& settings)
{
    ResolvedWindow w; // TODO(H2)
    const auto [lo, hi] = image.modalityRange(frame);
    w.center = (lo + hi) / 2.0;
    w.width = std::max(1.0, hi - lo);
    w.inverted = image.info().isMonochrome1() != settings.invert;
    return w;
}

DisplayLut::DisplayLut(const MedicalImage&, int, const ResolvedWindow&) {} // TODO(H2)

quint8 DisplayLut::map(qint32 stored) const
{
    if (m_table.empty())
        return 0;
    const qint64 i = std::clamp<qint64>(qint64(stored) - m_min, 0, qint64(m_table.size()) - 1);
    return m_table[size_t(i)];
}

void DisplayLut::apply(const qint32* stored, quint8* out, qint64 count) const
{
    for (qint64 i = 0; i < count; ++i)
        out[i] = map(stored[i]);
}

QImage renderDisplay(const MedicalImage&, int, const DisplaySettings&)
{
    return {}; // TODO(H2)
}

} // namespace descry

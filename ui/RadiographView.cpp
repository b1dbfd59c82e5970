#include "ui/RadiographView.h"

#include <QJsonArray>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace descry::ui {

namespace {

constexpr double kZoomStep = 1.25;
constexpr double kNearestAbove = 2.0; // zoomed in beyond this, pixels are shown as blocks (nearest neighbour)
constexpr double kDragPixelsForFullRange = 500.0;
constexpr double kMinMeasureWidgetPixels = 2.0; // a click without a drag clears the measurement

bool sameSettings(const DisplaySettings& a, const DisplaySettings& b)
{
    return a.windowCenter == b.windowCenter && a.windowWidth == b.windowWidth && a.presetIndex == b.presetIndex &&
           a.voiLutIndex == b.voiLutIndex && a.invert == b.invert;
}

QString number(double v)
{
    return QString::number(v, 'g', 7);
}

QString spacingValue(const PixelSpacing& s)
{
    if (std::abs(s.rowMm - s.columnMm) < 1e-9)
        return QString::number(s.columnMm, 'g', 4);
    return QStringLiteral("%1 × %2").arg(QString::number(s.rowMm, 'g', 4), QString::number(s.columnMm, 'g', 4));
}

// Light text with a dark shadow: legible on black background and on bright bone alike.
void drawShadowText(QPainter& painter, const QRect& rect, int flags, const QString& text)
{
    painter.setPen(QColor(0, 0, 0, 220));
    painter.drawText(rect.translated(1, 1), flags, text);
    painter.setPen(QColor(235, 235, 235));
    painter.drawText(rect, flags, text);
}

std::optional<double> jsonNumber(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

// Runs f(first, last) over bands of [0, rows) on a few threads: mapping a large frame is memory-bound work that
// scales with cores, and the GUI thread waits for it anyway (a few milliseconds).
template <typename F> void parallelRows(int rows, const F& f)
{
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    if (threads == 1 || rows < 256) {
        f(0, rows);
        return;
    }
    std::vector<std::thread> pool;
    const int band = (rows + threads - 1) / threads;
    for (int t = 1; t < threads && t * band < rows; ++t)
        pool.emplace_back([&f, t, band, rows] { f(t * band, std::min(rows, (t + 1) * band)); });
    f(0, std::min(rows, band));
    for (std::thread& t : pool)
        t.join();
}

} // namespace

RadiographView::RadiographView(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::PreventContextMenu); // the right button drags the window
    setMinimumSize(160, 120);
    setAccessibleName(tr("Radiograph"));
    setTool(Tool::Window);
}

void RadiographView::setImage(QSharedPointer<const MedicalImage> image)
{
    ++m_silent;
    m_image = (image && !image->isNull()) ? std::move(image) : QSharedPointer<const MedicalImage>();
    m_frame = 0;
    m_settings = {};
    m_measurement.reset();
    m_drag = Drag::None;
    m_fitting = true;
    m_pan = {};
    applyFit(); // first: the zoom decides whether the frame is mapped in full or reduced
    remap();
    emit imageChanged();
    emit frameChanged(m_frame);
    emit zoomChanged(m_zoom);
    emit measurementChanged();
    updateReadout();
    --m_silent;
}

void RadiographView::setFrame(int frame)
{
    if (!m_image)
        return;
    frame = std::clamp(frame, 0, m_image->frameCount() - 1);
    if (frame == m_frame)
        return;
    m_frame = frame;
    remap();
    emit frameChanged(m_frame);
    updateReadout();
    edited();
}

void RadiographView::setDisplaySettings(const DisplaySettings& settings)
{
    changeSettings(settings);
}

void RadiographView::changeSettings(const DisplaySettings& settings)
{
    if (sameSettings(settings, m_settings))
        return;
    m_settings = settings;
    remap();
    edited();
}

ResolvedWindow RadiographView::resolvedWindow() const
{
    return m_resolved;
}

void RadiographView::setWindow(double center, double width)
{
    if (!std::isfinite(center) || !std::isfinite(width))
        return;
    DisplaySettings s = m_settings;
    s.windowCenter = center;
    s.windowWidth = std::max(width, std::min(1.0, windowStep()));
    changeSettings(s);
}

void RadiographView::setPreset(int index)
{
    DisplaySettings s = m_settings;
    s.windowCenter.reset();
    s.windowWidth.reset();
    s.voiLutIndex = -1;
    s.presetIndex = (m_image && index >= 0 && index < m_image->info().windowPresets.size()) ? index : -1;
    changeSettings(s);
}

void RadiographView::setVoiLut(int index)
{
    DisplaySettings s = m_settings;
    s.windowCenter.reset();
    s.windowWidth.reset();
    s.presetIndex = -1;
    s.voiLutIndex = (m_image && index >= 0 && index < m_image->info().voiLuts.size()) ? index : -1;
    changeSettings(s);
}

void RadiographView::resetWindow()
{
    DisplaySettings s;
    s.invert = m_settings.invert;
    changeSettings(s);
}

void RadiographView::setInverted(bool on)
{
    DisplaySettings s = m_settings;
    s.invert = on;
    changeSettings(s);
}

double RadiographView::windowStep() const
{
    if (!m_image || m_image->isColour())
        return 1.0;
    const MedicalImageInfo& info = m_image->info();
    const bool integral = !info.modalityLut.isEmpty() || (info.rescaleSlope == std::round(info.rescaleSlope) &&
                                                          info.rescaleIntercept == std::round(info.rescaleIntercept));
    const auto [lo, hi] = m_image->modalityRange(m_frame);
    // Three significant digits of a drag step at least; whole units when the values are whole.
    const double fine = std::pow(10.0, std::floor(std::log10(std::max(hi - lo, 1e-6) / 1000.0)));
    return integral ? std::max(1.0, fine) : std::min(1.0, fine);
}

double RadiographView::windowSensitivity() const
{
    if (!m_image)
        return 1.0;
    const auto [lo, hi] = m_image->modalityRange(m_frame);
    // A nearly flat frame still gets a usable drag (a hundred steps over the same distance).
    return std::max(hi - lo, 100.0 * windowStep()) / kDragPixelsForFullRange;
}

double RadiographView::roundToStep(double value) const
{
    const double step = windowStep();
    return std::round(value / step) * step;
}

void RadiographView::setTool(Tool tool)
{
    m_tool = tool;
    switch (tool) {
    case Tool::Window:
        setCursor(Qt::SizeAllCursor);
        break;
    case Tool::Pan:
        setCursor(Qt::OpenHandCursor);
        break;
    case Tool::Measure:
        setCursor(Qt::CrossCursor);
        break;
    }
}

void RadiographView::setZoom(double zoom)
{
    zoomAt(zoom, QPointF(width() / 2.0, height() / 2.0));
}

void RadiographView::zoomAt(double zoom, const QPointF& widgetPoint)
{
    if (!std::isfinite(zoom))
        return;
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (m_image) {
        // The image point under widgetPoint stays there: widget = centre + pan + (image - imageCentre) * zoom.
        const QPointF q = widgetToImage(widgetPoint);
        const QPointF imageCentre(m_image->width() / 2.0, m_image->height() / 2.0);
        m_pan = widgetPoint - QPointF(width() / 2.0, height() / 2.0) - (q - imageCentre) * zoom;
    }
    const bool changed = zoom != m_zoom || m_fitting;
    m_zoom = zoom;
    m_fitting = false;
    refreshPixelsIfZoomNeeds();
    update();
    if (changed)
        emit zoomChanged(m_zoom);
    updateReadout();
    edited();
}

void RadiographView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void RadiographView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void RadiographView::fitToWindow()
{
    m_fitting = true;
    applyFit();
    updateReadout();
    edited();
}

void RadiographView::oneToOne()
{
    setZoom(1.0);
}

void RadiographView::setPanOffset(const QPointF& offset)
{
    m_pan = offset;
    m_fitting = false;
    update();
    updateReadout();
    edited();
}

double RadiographView::fitZoom() const
{
    if (!m_image || width() <= 0 || height() <= 0)
        return 1.0;
    const double z = std::min(double(width()) / m_image->width(), double(height()) / m_image->height());
    return std::clamp(z, kMinZoom, kMaxZoom);
}

void RadiographView::applyFit()
{
    const double z = fitZoom();
    m_pan = {};
    update();
    if (z != m_zoom) {
        m_zoom = z;
        refreshPixelsIfZoomNeeds();
        emit zoomChanged(m_zoom);
    }
}

void RadiographView::setMeasurement(const std::optional<Measurement>& m)
{
    const bool same = m.has_value() == m_measurement.has_value() &&
                      (!m || (m->from == m_measurement->from && m->to == m_measurement->to));
    if (same)
        return;
    m_measurement = m;
    update();
    emit measurementChanged();
    edited();
}

QString RadiographView::measurementText() const
{
    if (!m_measurement || !m_image)
        return {};
    const QPointF d = m_measurement->to - m_measurement->from;
    const PixelSpacing& s = m_image->info().spacing;
    if (!s.isKnown())
        return tr("%1 px (no pixel spacing)").arg(std::hypot(d.x(), d.y()), 0, 'f', 1);
    const double mm = std::hypot(d.x() * s.columnMm, d.y() * s.rowMm);
    QString source;
    switch (s.source) {
    case SpacingSource::ImagerPixelSpacing:
        source = tr("Imager Pixel Spacing %1 mm, detector plane").arg(spacingValue(s));
        break;
    case SpacingSource::NominalScannedPixelSpacing:
        source = tr("Nominal Scanned Pixel Spacing %1 mm, scanned film").arg(spacingValue(s));
        break;
    default:
        source = tr("Pixel Spacing %1 mm").arg(spacingValue(s));
        break;
    }
    return tr("%1 mm (%2)").arg(mm, 0, 'f', 1).arg(source);
}

QString RadiographView::pixelReadout(int x, int y) const
{
    if (!m_image || x < 0 || y < 0 || x >= m_image->width() || y >= m_image->height())
        return {};
    if (m_image->isColour()) {
        const QColor c = m_image->colourFrame(m_frame).pixelColor(x, y);
        return tr("x %1, y %2: RGB %3, %4, %5").arg(x).arg(y).arg(c.red()).arg(c.green()).arg(c.blue());
    }
    const qint32 stored = m_image->storedValue(m_frame, x, y);
    const QString& type = m_image->info().rescaleType;
    // "US" is DICOM's "unspecified": no unit worth showing.
    const QString unit = (type.isEmpty() || type == QLatin1String("US")) ? QString() : QLatin1Char(' ') + type;
    return tr("x %1, y %2: stored %3, modality %4")
               .arg(x)
               .arg(y)
               .arg(stored)
               .arg(number(m_image->modalityValue(stored))) +
           unit;
}

QPointF RadiographView::widgetToImage(const QPointF& p) const
{
    if (!m_image)
        return p;
    const QPointF origin = QPointF(width() / 2.0, height() / 2.0) + m_pan -
                           QPointF(m_image->width() / 2.0, m_image->height() / 2.0) * m_zoom;
    return (p - origin) / m_zoom;
}

QPointF RadiographView::imageToWidget(const QPointF& p) const
{
    if (!m_image)
        return p;
    const QPointF origin = QPointF(width() / 2.0, height() / 2.0) + m_pan -
                           QPointF(m_image->width() / 2.0, m_image->height() / 2.0) * m_zoom;
    return origin + p * m_zoom;
}

QJsonObject RadiographView::viewerState() const
{
    QJsonObject o;
    o[QLatin1String("frame")] = m_frame;
    if (m_settings.windowCenter && m_settings.windowWidth) {
        o[QLatin1String("windowCenter")] = *m_settings.windowCenter;
        o[QLatin1String("windowWidth")] = *m_settings.windowWidth;
    }
    o[QLatin1String("preset")] = m_settings.presetIndex;
    o[QLatin1String("voiLut")] = m_settings.voiLutIndex;
    o[QLatin1String("invert")] = m_settings.invert;
    o[QLatin1String("zoom")] = m_zoom;
    o[QLatin1String("panX")] = m_pan.x();
    o[QLatin1String("panY")] = m_pan.y();
    o[QLatin1String("fit")] = m_fitting;
    if (m_measurement) {
        o[QLatin1String("measurement")] = QJsonObject{{QLatin1String("x1"), m_measurement->from.x()},
                                                      {QLatin1String("y1"), m_measurement->from.y()},
                                                      {QLatin1String("x2"), m_measurement->to.x()},
                                                      {QLatin1String("y2"), m_measurement->to.y()}};
    }
    return o;
}

void RadiographView::setViewerState(const QJsonObject& state)
{
    if (!m_image)
        return;
    ++m_silent;
    const MedicalImageInfo& info = m_image->info();
    const int frame = m_frame;
    if (const auto f = jsonNumber(state, "frame"); f && *f >= 0 && *f < m_image->frameCount())
        m_frame = int(*f);
    DisplaySettings s;
    const auto c = jsonNumber(state, "windowCenter");
    const auto w = jsonNumber(state, "windowWidth");
    if (c && w && *w > 0) {
        s.windowCenter = c;
        s.windowWidth = w;
    }
    if (const auto p = jsonNumber(state, "preset"); p && *p >= 0 && *p < info.windowPresets.size())
        s.presetIndex = int(*p);
    if (const auto v = jsonNumber(state, "voiLut"); v && *v >= 0 && *v < info.voiLuts.size())
        s.voiLutIndex = int(*v);
    s.invert = state.value(QLatin1String("invert")).toBool(false);
    m_settings = s;
    remap(); // once for the frame and the window together
    if (m_frame != frame)
        emit frameChanged(m_frame);

    const auto zoom = jsonNumber(state, "zoom");
    if (state.value(QLatin1String("fit")).toBool(false) || !zoom || *zoom < kMinZoom || *zoom > kMaxZoom) {
        fitToWindow();
    } else {
        m_zoom = *zoom;
        m_pan = QPointF(jsonNumber(state, "panX").value_or(0.0), jsonNumber(state, "panY").value_or(0.0));
        m_fitting = false;
        refreshPixelsIfZoomNeeds();
        update();
        emit zoomChanged(m_zoom);
    }
    std::optional<Measurement> m;
    const QJsonObject mo = state.value(QLatin1String("measurement")).toObject();
    const auto x1 = jsonNumber(mo, "x1"), y1 = jsonNumber(mo, "y1"), x2 = jsonNumber(mo, "x2"),
               y2 = jsonNumber(mo, "y2");
    if (x1 && y1 && x2 && y2)
        m = Measurement{QPointF(*x1, *y1), QPointF(*x2, *y2)};
    setMeasurement(m);
    updateReadout();
    --m_silent;
}

void RadiographView::remap()
{
    m_resolved = m_image ? resolveWindow(*m_image, m_frame, m_settings) : ResolvedWindow{};
    if (m_image && !m_image->isColour()) {
        // Only the table changes with the window. The reader's invert is the exact complement of what the file's
        // settings show (the file's own inversion, MONOCHROME1, stays in the table, as DCMTK computes it).
        DisplaySettings fileOnly = m_settings;
        fileOnly.invert = false;
        m_lut =
            DisplayLut(*m_image, m_frame, m_settings.invert ? resolveWindow(*m_image, m_frame, fileOnly) : m_resolved);
    } else {
        m_lut = {};
    }
    refreshPixels();
    update();
    emit displayChanged();
}

int RadiographView::reductionFactor() const
{
    if (!m_image || m_image->isColour() || m_zoom >= 0.5)
        return 1;
    return std::max(1, int(std::floor(1.0 / m_zoom + 1e-9)));
}

void RadiographView::refreshPixels()
{
    m_reduced = {};
    m_reduction = 1;
    if (!m_image) {
        m_display = {};
        m_displayValid = true;
    } else if (m_image->isColour()) {
        m_display = m_image->colourFrame(m_frame).convertToFormat(QImage::Format_RGB888);
        if (m_settings.invert)
            m_display.invertPixels();
        m_displayValid = true;
    } else if (const int k = reductionFactor(); k > 1) {
        mapReduced(k);
        m_displayValid = false; // mapped in full only when asked for (displayedFrame, zooming in)
    } else {
        m_displayValid = false;
        mapFull();
    }
}

void RadiographView::refreshPixelsIfZoomNeeds()
{
    if (m_image && !m_image->isColour() && reductionFactor() != m_reduction)
        refreshPixels();
}

QImage RadiographView::displayedFrame() const
{
    if (!m_displayValid)
        mapFull();
    return m_display;
}

void RadiographView::mapFull() const
{
    m_displayValid = true;
    const qint32* stored = m_image ? m_image->storedFrame(m_frame) : nullptr;
    if (!stored || m_lut.isNull()) {
        m_display = {};
        return;
    }
    const int w = m_image->width(), h = m_image->height();
    // The buffer is reused (same size and format) unless someone still holds the last frame.
    if (m_display.size() != QSize(w, h) || m_display.format() != QImage::Format_Grayscale8)
        m_display = QImage(w, h, QImage::Format_Grayscale8);
    if (m_display.isNull())
        return; // allocation refused
    const bool invert = m_settings.invert;
    uchar* bits = m_display.bits();
    const qsizetype stride = m_display.bytesPerLine();
    parallelRows(h, [&](int y0, int y1) {
        for (int y = y0; y < y1; ++y) {
            quint8* out = bits + y * stride;
            m_lut.apply(stored + qint64(y) * w, out, w);
            if (invert)
                for (int x = 0; x < w; ++x)
                    out[x] = quint8(255 - out[x]);
        }
    });
}

void RadiographView::mapReduced(int k)
{
    const qint32* stored = m_image->storedFrame(m_frame);
    if (!stored || m_lut.isNull())
        return;
    const int w = m_image->width(), h = m_image->height();
    const int rw = (w + k - 1) / k, rh = (h + k - 1) / k;
    QImage reduced(rw, rh, QImage::Format_Grayscale8);
    if (reduced.isNull())
        return;
    const bool invert = m_settings.invert;
    uchar* bits = reduced.bits();
    const qsizetype stride = reduced.bytesPerLine();
    // Each reduced pixel is the mean of the k x k mapped pixels it covers (fewer at the right and bottom edges):
    // column sums over k rows first (a plain vectorisable add per pixel), then k columns at a time.
    parallelRows(rh, [&](int r0, int r1) {
        std::vector<quint8> row(static_cast<size_t>(w));
        std::vector<quint32> columns(static_cast<size_t>(w));
        for (int ry = r0; ry < r1; ++ry) {
            std::fill(columns.begin(), columns.end(), 0u);
            const int y0 = ry * k, y1 = std::min(h, y0 + k);
            quint32* __restrict col = columns.data();
            for (int y = y0; y < y1; ++y) {
                m_lut.apply(stored + qint64(y) * w, row.data(), w);
                const quint8* __restrict in = row.data(); // no aliasing: the add vectorises
                for (int x = 0; x < w; ++x)
                    col[x] += in[x];
            }
            quint8* out = bits + ry * stride;
            const quint32 rows = quint32(y1 - y0);
            for (int rx = 0; rx < rw; ++rx) {
                const int x0 = rx * k, x1 = std::min(w, x0 + k);
                quint32 acc = 0;
                for (int x = x0; x < x1; ++x)
                    acc += col[x];
                const quint32 n = rows * quint32(x1 - x0);
                const quint8 v = quint8((acc + n / 2) / n);
                out[rx] = invert ? quint8(255 - v) : v;
            }
        }
    });
    m_reduced = reduced;
    m_reduction = k;
}

void RadiographView::edited()
{
    if (m_silent == 0)
        emit viewerStateEdited();
}

void RadiographView::updateReadout()
{
    QString text;
    if (m_cursor && m_image) {
        const QPointF p = widgetToImage(*m_cursor);
        text = pixelReadout(int(std::floor(p.x())), int(std::floor(p.y())));
    }
    if (text != m_readout) {
        m_readout = text;
        emit pixelReadoutChanged(m_readout);
    }
}

void RadiographView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!m_image)
        return;
    const bool reduced = m_reduction > 1 && !m_reduced.isNull();
    if (!reduced && !m_displayValid)
        mapFull();
    const QImage& pixels = reduced ? m_reduced : m_display;
    const double k = reduced ? m_reduction : 1.0; // image pixels per pixel of `pixels`
    if (pixels.isNull())
        return;
    // Only the visible part is drawn, from whole source pixels so blocks line up when zoomed in.
    const QRectF image(imageToWidget(QPointF(0, 0)), QSizeF(m_image->width(), m_image->height()) * m_zoom);
    const QRectF visible = image.intersected(QRectF(rect()));
    if (!visible.isEmpty()) {
        const QPointF a = widgetToImage(visible.topLeft()) / k, b = widgetToImage(visible.bottomRight()) / k;
        QRectF source(QPointF(std::floor(a.x()), std::floor(a.y())), QPointF(std::ceil(b.x()), std::ceil(b.y())));
        source = source.intersected(QRectF(QPointF(0, 0), QSizeF(pixels.size())));
        const QRectF to(imageToWidget(source.topLeft() * k), source.size() * k * m_zoom);
        painter.save();
        painter.setClipRect(image); // a partial last reduced pixel stops at the image's edge
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom <= kNearestAbove);
        painter.drawImage(to, pixels, source);
        painter.restore();
    }
    paintMeasurement(painter);
    paintOverlay(painter);
}

void RadiographView::paintMeasurement(QPainter& painter) const
{
    if (!m_measurement)
        return;
    const QPointF a = imageToWidget(m_measurement->from), b = imageToWidget(m_measurement->to);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour(255, 210, 0);
    painter.setPen(QPen(QColor(0, 0, 0, 160), 3.0));
    painter.drawLine(a, b);
    painter.setPen(QPen(colour, 1.5));
    painter.drawLine(a, b);
    // End ticks across the line mark the exact end points.
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len > 0) {
        const QPointF n = QPointF(-d.y(), d.x()) / len * 5.0;
        painter.drawLine(a - n, a + n);
        painter.drawLine(b - n, b + n);
    }
    painter.restore();
    const QString text = measurementText();
    const QFontMetrics fm(painter.font());
    QRect box = fm.boundingRect(text).adjusted(-2, -1, 2, 1);
    box.moveTopLeft((b + QPointF(8, 6)).toPoint());
    box.moveRight(std::min(box.right(), width() - 4));
    box.moveLeft(std::max(box.left(), 4));
    box.moveBottom(std::min(box.bottom(), height() - 4));
    box.moveTop(std::max(box.top(), 4));
    painter.fillRect(box, QColor(0, 0, 0, 150));
    painter.setPen(colour);
    painter.drawText(box, Qt::AlignCenter, text);
}

void RadiographView::paintOverlay(QPainter& painter) const
{
    if (!m_image)
        return;
    QFont f = font();
    f.setPointSizeF(std::max(8.0, f.pointSizeF() * 0.9));
    painter.setFont(f);
    const QRect area = rect().adjusted(8, 6, -8, -6);

    QStringList window;
    if (!m_image->isColour()) {
        window << tr("C %1  W %2").arg(number(m_resolved.center), number(m_resolved.width));
        const MedicalImageInfo& info = m_image->info();
        switch (m_resolved.kind) {
        case ResolvedWindow::Kind::Preset: {
            const QString e = m_resolved.index >= 0 && m_resolved.index < info.windowPresets.size()
                                  ? info.windowPresets.at(m_resolved.index).explanation
                                  : QString();
            window << (e.isEmpty() ? tr("Preset %1").arg(m_resolved.index + 1)
                                   : tr("Preset %1: %2").arg(m_resolved.index + 1).arg(e));
            break;
        }
        case ResolvedWindow::Kind::VoiLut:
            window << tr("VOI LUT %1").arg(m_resolved.index + 1);
            break;
        case ResolvedWindow::Kind::MinMax:
            window << tr("Min/max");
            break;
        case ResolvedWindow::Kind::Custom:
            window << tr("Custom");
            break;
        }
    }
    if (m_settings.invert)
        window << tr("Inverted");
    drawShadowText(painter, area, Qt::AlignLeft | Qt::AlignTop, window.join(QLatin1Char('\n')));
    const QString zoom = tr("Zoom %1%").arg(qRound(m_zoom * 100.0));
    drawShadowText(painter, area, Qt::AlignRight | Qt::AlignTop, m_fitting ? tr("%1 (fit)").arg(zoom) : zoom);
    if (m_image->frameCount() > 1)
        drawShadowText(painter, area, Qt::AlignLeft | Qt::AlignBottom,
                       tr("Frame %1 / %2").arg(m_frame + 1).arg(m_image->frameCount()));
}

void RadiographView::resizeEvent(QResizeEvent*)
{
    if (m_fitting)
        applyFit();
    updateReadout();
}

void RadiographView::mousePressEvent(QMouseEvent* event)
{
    m_cursor = event->position();
    if (!m_image || m_drag != Drag::None)
        return;
    const Qt::MouseButton b = event->button();
    if (b == Qt::RightButton || (b == Qt::LeftButton && m_tool == Tool::Window))
        m_drag = m_image->isColour() ? Drag::None : Drag::Window;
    else if (b == Qt::MiddleButton || (b == Qt::LeftButton && m_tool == Tool::Pan))
        m_drag = Drag::Pan;
    else if (b == Qt::LeftButton && m_tool == Tool::Measure)
        m_drag = Drag::Measure;
    m_dragStart = event->position();
    m_dragPan = m_pan;
    m_dragCenter = m_resolved.center;
    m_dragWidth = m_resolved.width;
    if (m_drag == Drag::Pan)
        setCursor(Qt::ClosedHandCursor);
    if (m_drag == Drag::Measure) {
        const QPointF p = widgetToImage(event->position());
        const QPointF c(std::clamp(p.x(), 0.0, double(m_image->width())),
                        std::clamp(p.y(), 0.0, double(m_image->height())));
        m_measurement = Measurement{c, c};
        update();
        emit measurementChanged();
    }
    event->accept();
}

void RadiographView::mouseMoveEvent(QMouseEvent* event)
{
    m_cursor = event->position();
    const QPointF delta = event->position() - m_dragStart;
    switch (m_drag) {
    case Drag::Window: {
        // Right: wider (less contrast); down: higher centre (darker), as in most PACS viewers.
        const double s = windowSensitivity();
        setWindow(roundToStep(m_dragCenter + delta.y() * s), roundToStep(m_dragWidth + delta.x() * s));
        break;
    }
    case Drag::Pan:
        setPanOffset(m_dragPan + delta);
        break;
    case Drag::Measure: {
        const QPointF p = widgetToImage(event->position());
        m_measurement->to = QPointF(std::clamp(p.x(), 0.0, double(m_image->width())),
                                    std::clamp(p.y(), 0.0, double(m_image->height())));
        update();
        emit measurementChanged();
        break;
    }
    case Drag::None:
        break;
    }
    updateReadout();
}

void RadiographView::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    const bool ends =
        (drag == Drag::Window && (event->button() == Qt::RightButton || event->button() == Qt::LeftButton)) ||
        (drag == Drag::Pan && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) ||
        (drag == Drag::Measure && event->button() == Qt::LeftButton);
    if (!ends)
        return;
    m_drag = Drag::None;
    if (drag == Drag::Pan)
        setTool(m_tool);
    if (drag == Drag::Measure && m_measurement) {
        const QPointF d = imageToWidget(m_measurement->to) - imageToWidget(m_measurement->from);
        if (std::hypot(d.x(), d.y()) < kMinMeasureWidgetPixels)
            m_measurement.reset();
        update();
        emit measurementChanged();
        edited();
    }
    event->accept();
}

void RadiographView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (!m_image || delta == 0) {
        event->ignore();
        return;
    }
    zoomAt(m_zoom * std::pow(kZoomStep, delta / 120.0), event->position());
    event->accept();
}

void RadiographView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_F:
        fitToWindow();
        break;
    case Qt::Key_1:
        oneToOne();
        break;
    case Qt::Key_I:
        setInverted(!m_settings.invert);
        break;
    case Qt::Key_R:
        resetWindow();
        break;
    case Qt::Key_PageUp:
        setFrame(m_frame - 1);
        break;
    case Qt::Key_PageDown:
        setFrame(m_frame + 1);
        break;
    case Qt::Key_Escape:
        if (!m_measurement) {
            QWidget::keyPressEvent(event);
            return;
        }
        setMeasurement(std::nullopt);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RadiographView::leaveEvent(QEvent* event)
{
    m_cursor.reset();
    updateReadout();
    QWidget::leaveEvent(event);
}

} // namespace descry::ui

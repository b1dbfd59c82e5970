#include "ui/RadiographView.h"

#include <QPainter>

namespace descry::ui {

// TODO(H4): everything below is a stub of the contract.
RadiographView::RadiographView(QWidget* parent) : QWidget(parent) {}
void RadiographView::setImage(QSharedPointer<const MedicalImage> image)
{
    m_image = std::move(image);
    m_frame = 0;
    remap();
}
void RadiographView::setFrame(int frame)
{
    m_frame = frame;
    remap();
}
void RadiographView::setDisplaySettings(const DisplaySettings& settings)
{
    m_settings = settings;
    remap();
}
ResolvedWindow RadiographView::resolvedWindow() const
{
    return m_image ? resolveWindow(*m_image, m_frame, m_settings) : ResolvedWindow{};
}
void RadiographView::setWindow(double center, double width)
{
    m_settings.windowCenter = center;
    m_settings.windowWidth = width;
    remap();
}
void RadiographView::setPreset(int index)
{
    m_settings.presetIndex = index;
    remap();
}
void RadiographView::setInverted(bool on)
{
    m_settings.invert = on;
    remap();
}
void RadiographView::setTool(Tool tool)
{
    m_tool = tool;
}
void RadiographView::setZoom(double zoom)
{
    m_zoom = zoom;
}
void RadiographView::zoomIn() {}
void RadiographView::zoomOut() {}
void RadiographView::fitToWindow() {}
void RadiographView::oneToOne() {}
void RadiographView::setMeasurement(const std::optional<Measurement>& m)
{
    m_measurement = m;
}
QString RadiographView::measurementText() const
{
    return {};
}
QString RadiographView::pixelReadout(int, int) const
{
    return {};
}
QPointF RadiographView::widgetToImage(const QPointF& p) const
{
    return p;
}
QPointF RadiographView::imageToWidget(const QPointF& p) const
{
    return p;
}
QJsonObject RadiographView::viewerState() const
{
    return {};
}
void RadiographView::setViewerState(const QJsonObject&) {}
void RadiographView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (!m_display.isNull())
        p.drawImage(rect(), m_display);
}
void RadiographView::resizeEvent(QResizeEvent*) {}
void RadiographView::mousePressEvent(QMouseEvent*) {}
void RadiographView::mouseMoveEvent(QMouseEvent*) {}
void RadiographView::mouseReleaseEvent(QMouseEvent*) {}
void RadiographView::wheelEvent(QWheelEvent*) {}
void RadiographView::keyPressEvent(QKeyEvent*) {}
void RadiographView::leaveEvent(QEvent*) {}
void RadiographView::remap()
{
    m_display = m_image ? renderDisplay(*m_image, m_frame, m_settings) : QImage();
    update();
    emit displayChanged();
}

} // namespace descry::ui

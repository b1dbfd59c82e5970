#pragma once

#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/MedicalImage.h"

#include <QImage>
#include <QJsonObject>
#include <QPointF>
#include <QSharedPointer>
#include <QWidget>

#include <optional>

namespace descry::ui {

// The radiograph viewer: shows one frame of a MedicalImage through the display pipeline, with window/level by
// dragging (right button, or left button in the Window tool: horizontal = width, vertical = centre), zoom (wheel,
// keys, fit, 1:1), pan (middle button, or left in the Pan tool), a distance measurement (Measure tool: click-drag;
// mm when the image states a pixel spacing, naming which, else pixels) and the value under the cursor in stored
// and modality units. Redrawing after a window change only re-maps the cached frame through a DisplayLut.
// GUI thread only; the image is shared read-only with whoever decoded it.
class RadiographView : public QWidget
{
    Q_OBJECT

public:
    enum class Tool { Window, Pan, Measure };
    Q_ENUM(Tool)

    // A straight-line measurement in image pixel coordinates.
    struct Measurement
    {
        QPointF from;
        QPointF to;
    };

    explicit RadiographView(QWidget* parent = nullptr);

    // Shows `image` (frame 0, its default window, fit to the widget); null clears the view.
    void setImage(QSharedPointer<const MedicalImage> image);
    QSharedPointer<const MedicalImage> image() const { return m_image; }

    int frame() const { return m_frame; }
    void setFrame(int frame);

    // The settings in force (custom window, preset, invert) and what they resolved to.
    DisplaySettings displaySettings() const { return m_settings; }
    void setDisplaySettings(const DisplaySettings& settings);
    ResolvedWindow resolvedWindow() const;
    void setWindow(double center, double width);
    void setPreset(int index);
    void setInverted(bool on);
    bool isInverted() const { return m_settings.invert; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);

    // Zoom: screen pixels per image pixel. fitToWindow() keeps fitting on resize until the user zooms or pans.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void oneToOne();
    bool isFitting() const { return m_fitting; }
    QPointF panOffset() const { return m_pan; }

    std::optional<Measurement> measurement() const { return m_measurement; }
    void setMeasurement(const std::optional<Measurement>& m);
    // "123.4 mm (Imager Pixel Spacing 0.143 mm, detector plane)", "812.0 px (no pixel spacing)"; empty when none.
    QString measurementText() const;

    // "x 512, y 300: stored 1234, modality 1234 HU" for image pixel (x, y) of the current frame; empty outside.
    QString pixelReadout(int x, int y) const;

    // Image pixel under widget point `p` (may lie outside the image).
    QPointF widgetToImage(const QPointF& p) const;
    QPointF imageToWidget(const QPointF& p) const;

    // Frame, window, preset, invert, zoom, pan, fitting and measurement as JSON (for case files), and back; unknown
    // or out-of-range members are ignored. Stable member names: frame, windowCenter, windowWidth, preset, invert,
    // zoom, panX, panY, fit, measurement {x1, y1, x2, y2}.
    QJsonObject viewerState() const;
    void setViewerState(const QJsonObject& state);

    // The frame as displayed (for tests and screenshots): the Grayscale8/RGB888 frame after the display pipeline.
    QImage displayedFrame() const { return m_display; }

signals:
    // Any change of window, preset or invert (from the user or a setter).
    void displayChanged();
    void frameChanged(int frame);
    void zoomChanged(double zoom);
    void measurementChanged();
    // The readout under the cursor changed (empty when the cursor left the image).
    void pixelReadoutChanged(const QString& text);
    // Anything viewerState() returns changed by the user (a case document marks itself modified).
    void viewerStateEdited();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void remap();

    QSharedPointer<const MedicalImage> m_image;
    int m_frame = 0;
    DisplaySettings m_settings;
    DisplayLut m_lut;
    QImage m_display;
    Tool m_tool = Tool::Window;
    double m_zoom = 1.0;
    QPointF m_pan;
    bool m_fitting = true;
    std::optional<Measurement> m_measurement;
};

} // namespace descry::ui

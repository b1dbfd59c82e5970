#pragma once

#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/MedicalImage.h"

#include <QImage>
#include <QJsonObject>
#include <QPointF>
#include <QSharedPointer>
#include <QWidget>

#include <optional>

class QPainter;

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
    // A preset or VOI LUT of the file (clears a custom window); -1 for the default.
    void setPreset(int index);
    void setVoiLut(int index);
    // Back to the file's default window (keeps the reader's invert).
    void resetWindow();
    void setInverted(bool on);
    bool isInverted() const { return m_settings.invert; }
    // The precision of window values for this image (1 for integral modality values, finer for small float ranges):
    // dragging rounds to it and the controls show as many decimals.
    double windowStep() const;

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);

    // Zoom: screen pixels per image pixel. fitToWindow() keeps fitting on resize until the user zooms or pans.
    // Zooming keeps the image point at the widget centre where it is (zoomAt: the point under `widgetPoint`).
    double zoom() const { return m_zoom; }
    void zoomAt(double zoom, const QPointF& widgetPoint);
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void oneToOne();
    bool isFitting() const { return m_fitting; }
    // Offset of the image centre from the widget centre, in widget pixels.
    QPointF panOffset() const { return m_pan; }
    void setPanOffset(const QPointF& offset);
    static constexpr double kMinZoom = 0.01;
    static constexpr double kMaxZoom = 32.0;

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
    // zoom, panX, panY, fit, measurement {x1, y1, x2, y2}; voiLut too (a VOI LUT of the file chosen).
    // setViewerState() applies to the image shown (call it after setImage; without an image it does nothing).
    QJsonObject viewerState() const;
    void setViewerState(const QJsonObject& state);

    // The frame as displayed (for tests and screenshots): the Grayscale8/RGB888 frame after the display pipeline,
    // at full resolution (computed on demand while the view shows a reduced one).
    QImage displayedFrame() const;

signals:
    // setImage() showed another image (or none): presets and frame count may differ.
    void imageChanged();
    // Any change of window, preset or invert (from the user or a setter).
    void displayChanged();
    void frameChanged(int frame);
    void zoomChanged(double zoom);
    void measurementChanged();
    // The readout under the cursor changed (empty when the cursor left the image).
    void pixelReadoutChanged(const QString& text);
    // Anything viewerState() returns changed by the user: by mouse or keys, or through a setter (the controls call
    // them); not by setImage(), setViewerState() nor a resize while fitting. A case document marks itself modified.
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
    enum class Drag { None, Window, Pan, Measure };

    void remap();
    // Maps the frame through m_lut into what paintEvent draws: the full frame, or when zoomed out by 2 or more an
    // area average of the mapped frame at about screen size (the same per-pixel cost, a quarter or less to paint).
    void refreshPixels();
    void refreshPixelsIfZoomNeeds();
    void mapFull() const;
    void mapReduced(int factor);
    // Image pixels per reduced pixel at the current zoom (1: none).
    int reductionFactor() const;
    void changeSettings(const DisplaySettings& settings);
    double fitZoom() const;
    void applyFit();
    void updateReadout();
    void paintOverlay(QPainter& painter) const;
    void paintMeasurement(QPainter& painter) const;
    void edited();
    // Modality units per mouse pixel when dragging the window.
    double windowSensitivity() const;
    double roundToStep(double value) const;

    QSharedPointer<const MedicalImage> m_image;
    int m_frame = 0;
    DisplaySettings m_settings;
    DisplayLut m_lut;
    mutable QImage m_display; // full resolution, valid when m_displayValid
    mutable bool m_displayValid = true;
    QImage m_reduced; // area-averaged display, when zoomed out (m_reduction > 1)
    int m_reduction = 1;
    Tool m_tool = Tool::Window;
    double m_zoom = 1.0;
    QPointF m_pan;
    bool m_fitting = true;
    std::optional<Measurement> m_measurement;
    ResolvedWindow m_resolved; // of m_settings for m_frame, kept by remap()

    Drag m_drag = Drag::None;
    QPointF m_dragStart;       // widget point where the drag began
    QPointF m_dragPan;         // pan when it began
    double m_dragCenter = 0.0; // window when it began
    double m_dragWidth = 1.0;
    std::optional<QPointF> m_cursor; // last widget point of the cursor over the view
    QString m_readout;
    int m_silent = 0; // > 0 while setImage/setViewerState apply state: no viewerStateEdited
};

} // namespace descry::ui

#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QPainter;
class QSlider;
class QToolButton;

namespace descry::ui {

// The two aligned 224x224 faces compared side by side, overlaid with an opacity slider, or wiped with a
// draggable divider. GUI thread only.
class AlignedCompareView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { SideBySide, Overlay, Wipe };
    Q_ENUM(Mode)

    explicit AlignedCompareView(QWidget* parent = nullptr);

    void setFaces(const QImage& probe, const QImage& reference); // either may be null (shown as missing)
    // The landmarks of each face in its aligned image (alignedLandmarks()); empty lists draw none.
    void setLandmarks(const QList<QPointF>& probe, const QList<QPointF>& reference);
    bool landmarksShown() const;
    bool gridShown() const;
    void setLandmarksShown(bool on);
    void setGridShown(bool on);
    // Magnification of the faces (1 = whole face) and the centre shown, a fraction of the face (0.5, 0.5 = middle).
    double zoom() const { return m_zoom; }
    void setZoom(double zoom); // clamped to 1..8
    QPointF centre() const { return m_centre; }
    // Measuring on the aligned faces (side by side): clicks put points on a face; two points give the distance in
    // aligned pixels and in that face's inter-eye distances (IOD), so probe and reference compare directly.
    bool isMeasuring() const;
    void setMeasuring(bool on);
    // Adds a point (aligned-image pixels) to face 0 (probe) or 1 (reference); a third point starts again.
    void addMeasurementPoint(int face, QPointF point);
    QList<QPointF> measurementPoints(int face) const { return m_measure[face & 1]; }
    // "62.3 px = 0.98 IOD" for a face with two points, else empty.
    QString measurementText(int face) const;
    // Contrast of both faces for viewing, 0.5..3 (1 = as aligned).
    double contrast() const;
    void setContrast(double contrast);
    void clear();
    const QImage& probe() const { return m_probe; }
    const QImage& reference() const { return m_reference; }

    Mode mode() const { return m_mode; }
    double opacity() const;                        // reference opacity in Overlay mode, 0..1 (slider / 100)
    double wipePosition() const { return m_wipe; } // divider position across the face, 0 (left) .. 1 (right)

    // Where the single face is drawn in Overlay and Wipe modes, in widget coordinates (for tests).
    QRectF faceRect() const;
    QSlider* opacitySlider() const { return m_opacity; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setMode(Mode mode);
    void setOpacity(double opacity);       // 0..1, rounded to the slider's percent
    void setWipePosition(double position); // clamped to 0..1

signals:
    void modeChanged(Mode mode);
    void opacityChanged(double opacity);
    void wipePositionChanged(double position);
    // A distance was measured on a face (its text).
    void measured(int face, const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override; // Left/Right move the wipe divider; +/- zoom; 0 fits
    void wheelEvent(QWheelEvent* event) override;

private:
    // Landmarks, grid, contrast and fit, after the mode buttons.
    void addViewControls(QHBoxLayout* row);
    QRectF canvasRect() const;
    // The square of face 0 or 1 in the side-by-side mode, in widget coordinates.
    QRectF sideRect(int face) const;
    void paintMeasurement(QPainter& painter, const QRectF& target, int face) const;
    void drawFace(QPainter& painter, const QRectF& target, const QImage& image, const QString& caption) const;
    void wipeTo(double x);
    bool nearDivider(const QPointF& pos) const;
    // The part of the 224×224 face shown at the current zoom and centre.
    QRectF sourceRect() const;
    void paintImage(QPainter& painter, const QRectF& target, const QImage& image) const;
    void paintOverlays(QPainter& painter, const QRectF& target, const QList<QPointF>& landmarks,
                       const QColor& colour) const;
    void refreshShown();

    QImage m_probe;
    QImage m_reference;
    QImage m_probeShown; // with the contrast applied
    QImage m_referenceShown;
    QList<QPointF> m_probeLandmarks;
    QList<QPointF> m_referenceLandmarks;
    double m_zoom = 1;
    QPointF m_centre{0.5, 0.5};
    bool m_panning = false;
    QPointF m_panFrom;
    QToolButton* m_landmarksButton = nullptr;
    QToolButton* m_gridButton = nullptr;
    QSlider* m_contrast = nullptr;
    QToolButton* m_measureButton = nullptr;
    QList<QPointF> m_measure[2];
    Mode m_mode = Mode::SideBySide;
    double m_wipe = 0.5;
    bool m_dragging = false;
    QWidget* m_controls = nullptr;
    QButtonGroup* m_modes = nullptr;
    QLabel* m_opacityLabel = nullptr;
    QSlider* m_opacity = nullptr;
};

} // namespace descry::ui

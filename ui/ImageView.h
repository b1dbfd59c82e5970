#pragma once

#include "core/face/FaceTypes.h"

#include <QGraphicsView>
#include <QImage>
#include <QPointF>
#include <QString>

class QGraphicsItem;
class QGraphicsItemGroup;
class QGraphicsPixmapItem;
class QGraphicsRectItem;
class QMimeData;

namespace descry::ui {

// Zoomable, pannable photo view with the detected face box and 68 landmarks drawn over it. GUI thread only.
// Scene coordinates are image pixels; zoom 1.0 shows one image pixel per device-independent pixel.
class ImageView : public QGraphicsView
{
    Q_OBJECT

public:
    // What a left-button drag does: pan; measure a distance; measure an angle (three clicks: end, vertex, end);
    // move a landmark (press on a point, drag, release).
    enum class Tool { Pan, Distance, Angle, MoveLandmarks };
    Q_ENUM(Tool)

    // One measurement drawn on the photo: its points (image pixels) and the text shown beside it.
    struct Measurement
    {
        Tool kind = Tool::Distance;
        QList<QPointF> points; // 2 for a distance, 3 (end, vertex, end) for an angle
        double pixels = 0;     // distance in image pixels; for an angle, the angle in degrees
        double iod = 0;        // distance in inter-eye distances of the face shown (0 without a face)
        QString text;
    };

    explicit ImageView(QWidget* parent = nullptr);

    // Shows `image` (its devicePixelRatio is ignored) fitted to the window; removes any face overlay.
    void setImage(const QImage& image, const QString& title = {});
    void clear(); // no image: the placeholder text is shown
    void clearOverlay();
    void setFace(const DetectedFace& face); // landmark coordinates and box in image pixels
    // Replaces the pixels shown (an enhanced version of the same photo) keeping zoom, overlay and measurements;
    // ignored when the size differs from the image's.
    void setDisplayImage(const QImage& image);
    const QImage& displayImage() const { return m_display; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    // Adds a measurement from its points (what the mouse tools do; also for tests): distance from 2 points, angle
    // at the middle of 3; returns it. The inter-eye distance comes from the face shown.
    Measurement addMeasurement(Tool kind, const QList<QPointF>& points);
    QList<Measurement> measurements() const { return m_measurements; }
    void clearMeasurements();
    // Distance between the eye centres (means of points 36-41 and 42-47) of the face shown; 0 without one.
    double interEyeDistance() const;
    // The 68 landmarks shown (after any move), empty without a face.
    QList<QPointF> landmarkPositions() const;
    bool hasImage() const { return !m_image.isNull(); }
    const QImage& image() const { return m_image; }
    QString title() const { return m_title; }
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

    bool landmarksVisible() const { return m_landmarksVisible; }
    bool boxVisible() const { return m_boxVisible; }
    // The overlay items (nullptr without a face); for tests and styling.
    QGraphicsItemGroup* landmarksItem() const { return m_landmarks; }
    QGraphicsRectItem* boxItem() const { return m_box; }

    double zoom() const { return m_zoom; }                     // absolute: device-independent pixels per image pixel
    double fitZoom() const;                                    // the zoom at which the whole image fits the window
    double relativeZoom() const { return m_zoom / fitZoom(); } // 1.0 = fitted
    QPointF centreFraction() const;            // view centre as a fraction of the image size (0.5, 0.5 = middle)
    bool isFitted() const { return m_fitted; } // true while the view follows the window size

    // Accepts a drop of exactly this kind: one local file whose suffix is a readable image format.
    static bool isDroppableImage(const QMimeData* mime, QString* path = nullptr);
    // Connects a and b both ways so they show the same zoom and centre.
    static void synchronise(ImageView* a, ImageView* b);

public slots:
    void setLandmarksVisible(bool visible);
    void setBoxVisible(bool visible);
    void setZoom(double zoom); // absolute, clamped to [minZoom, maxZoom], keeps the view centre
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // Applies another view's relative zoom (1.0 = fitted) and centre; never emits viewChanged, so two-way
    // connections cannot loop. Relative zoom keeps photos of different resolutions framed alike.
    void syncView(double relativeZoom, QPointF centreInImageFraction);

signals:
    // Emitted after a user or programmatic change of zoom or scroll position: by setZoom, zoomIn/Out,
    // fitToWindow, the wheel and panning; not by setImage, window resizes or syncView.
    // `relativeZoom` is zoom() / fitZoom().
    void viewChanged(double relativeZoom, QPointF centreInImageFraction);
    void fileDropped(const QString& path);
    // A measurement was added (its text, e.g. "42.0 px = 0.66 IOD").
    void measured(const QString& text);
    // The examiner dragged landmark `index` (0-based) to `position` (image pixels) with the MoveLandmarks tool.
    void landmarkMoved(int index, QPointF position);

public:
    static constexpr double minZoom = 0.005;
    static constexpr double maxZoom = 32.0;

protected:
    void wheelEvent(QWheelEvent* event) override;
    // Keyboard zoom as in the aligned view: + and − zoom, 0 fits; the arrow keys scroll (QGraphicsView's).
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void drawMeasurement(const Measurement& m);
    // The landmark within a few screen pixels of `viewPos`, -1 when none.
    int landmarkAt(const QPoint& viewPos) const;
    void applyZoom(double zoom);
    void fit();
    void centreOnFraction(QPointF fraction);
    void notifyViewChanged();

    QImage m_image;
    QImage m_display; // what is shown: m_image or an enhanced version of it
    QString m_title;
    QString m_placeholder;
    QGraphicsPixmapItem* m_pixmap = nullptr;
    QGraphicsItemGroup* m_landmarks = nullptr;
    QGraphicsRectItem* m_box = nullptr;
    double m_zoom = 1.0;
    bool m_fitted = true;
    bool m_landmarksVisible = true;
    bool m_boxVisible = true;
    Tool m_tool = Tool::Pan;
    QList<Measurement> m_measurements;
    QList<QGraphicsItem*> m_measurementItems;
    QList<QPointF> m_pending;              // points of the measurement being made
    QGraphicsItem* m_rubberBand = nullptr; // the line following the mouse while measuring
    QList<QPointF> m_landmarkPoints;       // of the face shown (moved points included)
    QList<QGraphicsItem*> m_dots;          // one per landmark, in index order
    int m_dragged = -1;                    // landmark being moved
    int m_silent = 0; // >0 while changing the view ourselves: scroll-bar signals do not emit viewChanged
};

} // namespace descry::ui

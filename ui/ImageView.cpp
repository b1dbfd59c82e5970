#include "ui/ImageView.h"

#include "core/face/AlignedLandmarks.h"

#include "ui/ThemeColours.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGraphicsEllipseItem>
#include <QGraphicsItemGroup>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QMouseEvent>
#include <QImageReader>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QUrl>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace descry::ui {

namespace {

constexpr double zoomStep = 1.25;
constexpr double dotRadius = 2.0; // device-independent pixels, whatever the zoom

} // namespace

ImageView::ImageView(QWidget* parent) : QGraphicsView(parent), m_placeholder(tr("Drop or open a photo"))
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setBackgroundRole(QPalette::Dark);
    setFocusPolicy(Qt::StrongFocus); // Tab reaches each photo: keyboard zoom and scrolling
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setMinimumSize(160, 120);

    auto scrolled = [this] {
        if (m_silent == 0 && hasImage()) {
            m_fitted = false;
            notifyViewChanged();
        }
    };
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, scrolled);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, scrolled);
}

void ImageView::setImage(const QImage& image, const QString& title)
{
    clear();
    if (image.isNull())
        return;
    ++m_silent;
    m_image = image;
    m_image.setDevicePixelRatio(1.0); // scene units are image pixels
    m_display = m_image;
    m_title = title;
    QPixmap pixmap = QPixmap::fromImage(m_image);
    pixmap.setDevicePixelRatio(1.0);
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(m_image.size())));
    m_pixmap = scene()->addPixmap(pixmap);
    m_pixmap->setZValue(0);
    setToolTip(title);
    fit();
    --m_silent;
}

void ImageView::clear()
{
    clearOverlay();
    ++m_silent;
    scene()->clear();
    m_pixmap = nullptr;
    scene()->setSceneRect(QRectF());
    m_image = QImage();
    m_display = QImage();
    m_measurements.clear();
    m_measurementItems.clear(); // deleted with the scene
    m_pending.clear();
    m_rubberBand = nullptr;
    m_title.clear();
    setToolTip(QString());
    resetTransform();
    m_zoom = 1.0;
    m_fitted = true;
    --m_silent;
    viewport()->update();
}

void ImageView::clearOverlay()
{
    delete m_landmarks;
    m_landmarks = nullptr;
    m_dots.clear(); // children of m_landmarks
    m_landmarkPoints.clear();
    m_dragged = -1;
    delete m_box;
    m_box = nullptr;
}

void ImageView::setFace(const DetectedFace& face)
{
    clearOverlay();
    if (!hasImage())
        return;

    const QColor boxColour(0, 200, 255);
    QPen boxPen(boxColour, 2);
    boxPen.setCosmetic(true); // width in device-independent pixels at every zoom
    if (face.assumedCropped)
        boxPen.setStyle(Qt::DashLine);
    m_box = scene()->addRect(face.box, boxPen);
    m_box->setZValue(1);
    m_box->setToolTip(face.assumedCropped ? tr("No face detected: the whole image is taken as the face")
                                          : tr("Detected face (score %1)").arg(face.detectorScore, 0, 'f', 2));
    m_box->setVisible(m_boxVisible);

    m_landmarks = new QGraphicsItemGroup;
    // The detector's points yellow, the examiner's moved points magenta and larger.
    const QColor dotColour(255, 220, 0), movedColour(255, 40, 200);
    QPen dotPen(QColor(0, 0, 0, 160), 1);
    dotPen.setCosmetic(true);
    for (int i = 0; i < int(face.landmarks.size()); ++i) {
        const QPointF p = face.landmarks[size_t(i)];
        const bool moved = face.correctedLandmarks.contains(i);
        const double r = moved ? dotRadius * 1.6 : dotRadius;
        auto* dot = new QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r);
        dot->setPos(p);
        dot->setPen(dotPen);
        dot->setBrush(moved ? movedColour : dotColour);
        dot->setToolTip(moved ? tr("Point %1, moved by the examiner").arg(i) : tr("Point %1").arg(i));
        m_dots << dot;
        m_landmarkPoints << p;
        dot->setFlag(QGraphicsItem::ItemIgnoresTransformations); // constant on-screen size
        m_landmarks->addToGroup(dot);
    }
    m_landmarks->setZValue(2);
    scene()->addItem(m_landmarks);
    m_landmarks->setVisible(m_landmarksVisible);
}

void ImageView::setDisplayImage(const QImage& image)
{
    if (!m_pixmap || image.size() != m_image.size())
        return;
    m_display = image;
    QPixmap pixmap = QPixmap::fromImage(m_display);
    pixmap.setDevicePixelRatio(1.0);
    m_pixmap->setPixmap(pixmap);
}

void ImageView::setTool(Tool tool)
{
    m_tool = tool;
    m_pending.clear();
    delete m_rubberBand;
    m_rubberBand = nullptr;
    setDragMode(tool == Tool::Pan ? QGraphicsView::ScrollHandDrag : QGraphicsView::NoDrag);
    viewport()->setCursor(tool == Tool::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
}

QList<QPointF> ImageView::landmarkPositions() const
{
    return m_landmarkPoints;
}

double ImageView::interEyeDistance() const
{
    return descry::interEyeDistance(m_landmarkPoints);
}

ImageView::Measurement ImageView::addMeasurement(Tool kind, const QList<QPointF>& points)
{
    Measurement m;
    m.kind = kind;
    m.points = points;
    const double iod = interEyeDistance();
    if (kind == Tool::Angle && points.size() == 3) {
        const QLineF a(points[1], points[0]), b(points[1], points[2]);
        m.pixels = a.angleTo(b) > 180 ? 360 - a.angleTo(b) : a.angleTo(b);
        m.text = tr("%1°").arg(m.pixels, 0, 'f', 1);
    } else if (points.size() == 2) {
        m.kind = Tool::Distance;
        m.pixels = QLineF(points[0], points[1]).length();
        m.iod = iod > 0 ? m.pixels / iod : 0;
        m.text = iod > 0 ? tr("%1 px = %2 IOD").arg(m.pixels, 0, 'f', 1).arg(m.iod, 0, 'f', 3)
                         : tr("%1 px").arg(m.pixels, 0, 'f', 1);
    } else {
        return m;
    }
    m_measurements << m;
    drawMeasurement(m);
    emit measured(m.text);
    return m;
}

void ImageView::drawMeasurement(const Measurement& m)
{
    QPen pen(QColor(0, 255, 120), 2);
    pen.setCosmetic(true);
    QPainterPath path(m.points.front());
    for (int i = 1; i < m.points.size(); ++i)
        path.lineTo(m.points[i]);
    auto* line = scene()->addPath(path, pen);
    line->setZValue(3);
    auto* label = scene()->addSimpleText(m.text);
    label->setBrush(QColor(0, 255, 120));
    label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
    label->setPos(m.kind == Tool::Angle ? m.points[1] : (m.points[0] + m.points[1]) / 2);
    label->setZValue(3);
    m_measurementItems << line << label;
}

void ImageView::clearMeasurements()
{
    qDeleteAll(m_measurementItems);
    m_measurementItems.clear();
    m_measurements.clear();
    m_pending.clear();
    delete m_rubberBand;
    m_rubberBand = nullptr;
}

int ImageView::landmarkAt(const QPoint& viewPos) const
{
    int best = -1;
    double bestDistance = 8.0; // screen pixels
    for (int i = 0; i < m_landmarkPoints.size(); ++i) {
        const double d = QLineF(QPointF(mapFromScene(m_landmarkPoints[i])), QPointF(viewPos)).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void ImageView::mousePressEvent(QMouseEvent* event)
{
    if (m_tool == Tool::Pan || !hasImage() || event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF at = mapToScene(event->position().toPoint());
    if (m_tool == Tool::MoveLandmarks) {
        m_dragged = m_landmarksVisible ? landmarkAt(event->position().toPoint()) : -1;
    } else {
        m_pending << at;
        const int needed = m_tool == Tool::Angle ? 3 : 2;
        if (m_pending.size() == needed) {
            const QList<QPointF> points = m_pending;
            m_pending.clear();
            delete m_rubberBand;
            m_rubberBand = nullptr;
            addMeasurement(m_tool, points);
        }
    }
    event->accept();
}

void ImageView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF at = mapToScene(event->position().toPoint());
    if (m_tool == Tool::MoveLandmarks && m_dragged >= 0 && m_dragged < m_dots.size()) {
        m_dots[m_dragged]->setPos(at);
        event->accept();
        return;
    }
    if ((m_tool == Tool::Distance || m_tool == Tool::Angle) && !m_pending.isEmpty()) {
        delete m_rubberBand;
        QPen pen(QColor(0, 255, 120, 160), 1, Qt::DashLine);
        pen.setCosmetic(true);
        m_rubberBand = scene()->addLine(QLineF(m_pending.constLast(), at), pen);
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ImageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_tool == Tool::MoveLandmarks && m_dragged >= 0) {
        const int index = m_dragged;
        m_dragged = -1;
        const QPointF at = mapToScene(event->position().toPoint());
        if (QLineF(at, m_landmarkPoints[index]).length() > 1e-9) {
            m_landmarkPoints[index] = at;
            emit landmarkMoved(index, at);
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ImageView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

void ImageView::setLandmarksVisible(bool visible)
{
    m_landmarksVisible = visible;
    if (m_landmarks)
        m_landmarks->setVisible(visible);
}

void ImageView::setBoxVisible(bool visible)
{
    m_boxVisible = visible;
    if (m_box)
        m_box->setVisible(visible);
}

QPointF ImageView::centreFraction() const
{
    if (!hasImage() || m_fitted)
        return {0.5, 0.5}; // a fitted image is always centred
    const QPointF centre = viewportTransform().inverted().map(QRectF(viewport()->rect()).center());
    return {centre.x() / m_image.width(), centre.y() / m_image.height()};
}

bool ImageView::isDroppableImage(const QMimeData* mime, QString* path)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return false;
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return false;
    const QString local = url.toLocalFile();
    const QByteArray suffix = QFileInfo(local).suffix().toLower().toLatin1();
    if (suffix.isEmpty() || !QImageReader::supportedImageFormats().contains(suffix))
        return false;
    if (path)
        *path = local;
    return true;
}

void ImageView::synchronise(ImageView* a, ImageView* b)
{
    connect(a, &ImageView::viewChanged, b, &ImageView::syncView);
    connect(b, &ImageView::viewChanged, a, &ImageView::syncView);
}

void ImageView::setZoom(double zoom)
{
    if (!hasImage())
        return;
    const QPointF centre = centreFraction();
    m_fitted = false; // before the transform: scroll bars appearing must not refit
    ++m_silent;
    applyZoom(zoom);
    centreOnFraction(centre);
    --m_silent;
    notifyViewChanged();
}

void ImageView::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void ImageView::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

double ImageView::fitZoom() const
{
    if (!hasImage())
        return 1.0;
    const QSizeF area = QSizeF(maximumViewportSize()) - QSizeF(4, 4); // as if there were no scroll bars
    const double fit = std::min(area.width() / m_image.width(), area.height() / m_image.height());
    return std::clamp(fit > 0 ? fit : 1.0, minZoom, maxZoom);
}

void ImageView::fitToWindow()
{
    if (!hasImage())
        return;
    fit();
    notifyViewChanged();
}

void ImageView::fit()
{
    m_fitted = true;
    ++m_silent;
    applyZoom(fitZoom());
    centreOnFraction({0.5, 0.5});
    --m_silent;
}

void ImageView::syncView(double relativeZoom, QPointF centreInImageFraction)
{
    if (!hasImage() || !std::isfinite(relativeZoom) || relativeZoom <= 0)
        return;
    const bool fitted = std::abs(relativeZoom - 1.0) < 1e-6 && std::abs(centreInImageFraction.x() - 0.5) < 1e-3 &&
                        std::abs(centreInImageFraction.y() - 0.5) < 1e-3;
    if (fitted) {
        fit(); // keeps following the window size, like the other view
        return;
    }
    m_fitted = false;
    ++m_silent;
    applyZoom(relativeZoom * fitZoom());
    centreOnFraction(centreInImageFraction);
    --m_silent;
}

void ImageView::applyZoom(double zoom)
{
    if (!std::isfinite(zoom))
        return;
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    if (m_pixmap) // smooth when reducing, crisp pixels when magnifying for inspection
        m_pixmap->setTransformationMode(m_zoom >= 2.0 ? Qt::FastTransformation : Qt::SmoothTransformation);
}

void ImageView::centreOnFraction(QPointF fraction)
{
    centerOn(fraction.x() * m_image.width(), fraction.y() * m_image.height());
}

void ImageView::notifyViewChanged()
{
    emit viewChanged(relativeZoom(), centreFraction());
}

void ImageView::keyPressEvent(QKeyEvent* event)
{
    if (hasImage() && (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            fitToWindow();
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void ImageView::wheelEvent(QWheelEvent* event)
{
    if (!hasImage() || event->angleDelta().y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Zoom about the point under the cursor.
    const QPointF cursor = event->position();
    const QPointF anchor = mapToScene(cursor.toPoint());
    m_fitted = false;
    ++m_silent;
    applyZoom(m_zoom * std::pow(zoomStep, event->angleDelta().y() / 120.0));
    const QPointF moved = mapFromScene(anchor);
    const QPointF shift = moved - cursor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(shift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(shift.y()));
    --m_silent;
    notifyViewChanged();
    event->accept();
}

void ImageView::resizeEvent(QResizeEvent* event)
{
    ++m_silent; // scroll-bar range changes are not user changes
    QGraphicsView::resizeEvent(event);
    if (m_fitted && hasImage())
        fit();
    --m_silent;
}

void ImageView::paintEvent(QPaintEvent* event)
{
    QGraphicsView::paintEvent(event);
    if (hasImage() && m_title.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    if (!hasImage()) {
        // Readable on the view's dark background (the disabled text colour was 1.4:1 on it).
        painter.setPen(
            ThemeColours::readableOn(palette().color(QPalette::Dark), palette().color(QPalette::WindowText)));
        painter.drawText(QRectF(viewport()->rect()).adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    // Title caption in the top-left corner, on a translucent plate.
    const QFontMetrics metrics(font());
    const QString text = metrics.elidedText(m_title, Qt::ElideMiddle, viewport()->width() - 24);
    const QRectF plate(6, 6, metrics.horizontalAdvance(text) + 12, metrics.height() + 6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 140));
    painter.drawRoundedRect(plate, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(plate, Qt::AlignCenter, text);
}

void ImageView::dragEnterEvent(QDragEnterEvent* event)
{
    if (isDroppableImage(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ImageView::dragMoveEvent(QDragMoveEvent* event)
{
    if (isDroppableImage(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ImageView::dropEvent(QDropEvent* event)
{
    QString path;
    if (!isDroppableImage(event->mimeData(), &path)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit fileDropped(path);
}

} // namespace descry::ui

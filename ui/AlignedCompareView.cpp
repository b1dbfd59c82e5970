#include "ui/AlignedCompareView.h"

#include "core/face/AlignedLandmarks.h"

#include "core/imaging/ViewEnhancement.h"

#include "ui/ThemeColours.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace descry::ui {

namespace {

constexpr double captionHeight = 20;
constexpr double grabDistance = 8; // device-independent pixels either side of the divider

} // namespace

void AlignedCompareView::addViewControls(QHBoxLayout* row)
{
    row->addSpacing(12);
    const auto toggle = [this, row](const QString& text, const QString& tip) {
        auto* b = new QToolButton(m_controls);
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(true);
        row->addWidget(b);
        connect(b, &QToolButton::toggled, this, qOverload<>(&QWidget::update));
        return b;
    };
    m_landmarksButton = toggle(tr("Landmarks"), tr("Draw the 68 landmarks (probe yellow, reference cyan)"));
    m_gridButton = toggle(tr("Grid"), tr("Draw a grid of 8×8 cells over the aligned faces"));
    row->addSpacing(12);
    auto* contrastLabel = new QLabel(tr("Contrast"), m_controls);
    row->addWidget(contrastLabel);
    m_contrast = new QSlider(Qt::Horizontal, m_controls);
    m_contrast->setRange(50, 300);
    m_contrast->setValue(100);
    m_contrast->setAccessibleName(tr("Contrast"));
    m_contrast->setToolTip(tr("Contrast of both aligned faces, for viewing only"));
    row->addWidget(m_contrast, 1);
    connect(m_contrast, &QSlider::valueChanged, this, [this] { refreshShown(); });
    m_measureButton = new QToolButton(m_controls);
    m_measureButton->setText(tr("Measure"));
    m_measureButton->setToolTip(tr("Click two points on a face (side by side): the distance in pixels and in that "
                                   "face's inter-eye distances (IOD)"));
    m_measureButton->setCheckable(true);
    row->addWidget(m_measureButton);
    connect(m_measureButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setMode(Mode::SideBySide);
        setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    });
    auto* fit = new QToolButton(m_controls);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole faces (zoom with the wheel or +/-, pan by dragging)"));
    row->addWidget(fit);
    connect(fit, &QToolButton::clicked, this, [this] {
        m_centre = {0.5, 0.5};
        setZoom(1);
    });
}

AlignedCompareView::AlignedCompareView(QWidget* parent) : QWidget(parent)
{
    m_controls = new QWidget(this);
    auto* rows = new QVBoxLayout(m_controls);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    rows->addLayout(row);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    const struct
    {
        Mode mode;
        QString text;
        QString tip;
    } modes[] = {
        {Mode::SideBySide, tr("Side by side"), tr("Show the aligned probe and reference next to each other")},
        {Mode::Overlay, tr("Overlay"), tr("Draw the reference over the probe with adjustable opacity")},
        {Mode::Wipe, tr("Wipe"), tr("Drag the divider: probe on the left, reference on the right")},
    };
    for (const auto& m : modes) {
        auto* button = new QToolButton(m_controls);
        button->setText(m.text);
        button->setToolTip(m.tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        m_modes->addButton(button, static_cast<int>(m.mode));
        row->addWidget(button);
    }
    m_modes->button(static_cast<int>(Mode::SideBySide))->setChecked(true);
    row->addSpacing(12);
    m_opacityLabel = new QLabel(tr("Reference opacity"), m_controls);
    row->addWidget(m_opacityLabel);
    row->addSpacing(6);
    m_opacity = new QSlider(Qt::Horizontal, m_controls);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(50);
    m_opacity->setToolTip(tr("Opacity of the reference face over the probe face"));
    m_opacity->setAccessibleName(tr("Reference opacity"));
    row->addWidget(m_opacity, 1);
    m_opacityLabel->setEnabled(false);
    m_opacity->setEnabled(false);
    // The view controls on a second row, so that the view fits beside the photos at 1366 px.
    auto* second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    addViewControls(second);
    rows->addLayout(second);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_controls);
    layout->addStretch(1); // the faces are painted below the controls

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(static_cast<Mode>(id)); });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        update();
        emit opacityChanged(value / 100.0);
    });
    setAccessibleName(tr("Aligned faces"));
    setAccessibleDescription(tr("The aligned probe and reference faces: side by side, overlaid or wiped; +/- zoom, "
                                "0 fits, Left/Right move the wipe divider"));
    setMouseTracking(true); // divider cursor
    setFocusPolicy(Qt::StrongFocus);
}

void AlignedCompareView::setFaces(const QImage& probe, const QImage& reference)
{
    m_measure[0].clear();
    m_measure[1].clear();
    m_probe = probe;
    m_reference = reference;
    if (probe.isNull() && reference.isNull())
        m_probeLandmarks = m_referenceLandmarks = {};
    refreshShown();
}

void AlignedCompareView::setLandmarks(const QList<QPointF>& probe, const QList<QPointF>& reference)
{
    m_probeLandmarks = probe;
    m_referenceLandmarks = reference;
    update();
}

bool AlignedCompareView::landmarksShown() const
{
    return m_landmarksButton->isChecked();
}

bool AlignedCompareView::gridShown() const
{
    return m_gridButton->isChecked();
}

void AlignedCompareView::setLandmarksShown(bool on)
{
    m_landmarksButton->setChecked(on);
}

void AlignedCompareView::setGridShown(bool on)
{
    m_gridButton->setChecked(on);
}

void AlignedCompareView::setZoom(double zoom)
{
    m_zoom = std::clamp(std::isfinite(zoom) ? zoom : 1.0, 1.0, 8.0);
    const double half = 0.5 / m_zoom; // keep the window inside the face
    m_centre = {std::clamp(m_centre.x(), half, 1 - half), std::clamp(m_centre.y(), half, 1 - half)};
    update();
}

double AlignedCompareView::contrast() const
{
    return m_contrast->value() / 100.0;
}

void AlignedCompareView::setContrast(double contrast)
{
    m_contrast->setValue(int(std::lround(std::clamp(contrast, 0.5, 3.0) * 100)));
}

void AlignedCompareView::refreshShown()
{
    ViewEnhancement e;
    e.contrast = contrast();
    m_probeShown = applyViewEnhancement(m_probe, e);
    m_referenceShown = applyViewEnhancement(m_reference, e);
    update();
}

QRectF AlignedCompareView::sourceRect() const
{
    const double side = 224.0 / m_zoom;
    return {m_centre.x() * 224.0 - side / 2, m_centre.y() * 224.0 - side / 2, side, side};
}

void AlignedCompareView::paintImage(QPainter& painter, const QRectF& target, const QImage& image) const
{
    const QImage& shown = &image == &m_probe ? m_probeShown : &image == &m_reference ? m_referenceShown : image;
    const QRectF source = sourceRect();
    const double scale = shown.width() / 224.0;
    painter.drawImage(target, shown, QRectF(source.topLeft() * scale, source.size() * scale));
}

void AlignedCompareView::paintOverlays(QPainter& painter, const QRectF& target, const QList<QPointF>& landmarks,
                                       const QColor& colour) const
{
    painter.save();
    painter.setClipRect(target, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF source = sourceRect();
    const auto map = [&](const QPointF& p) {
        return QPointF(target.left() + (p.x() - source.left()) / source.width() * target.width(),
                       target.top() + (p.y() - source.top()) / source.height() * target.height());
    };
    if (m_gridButton->isChecked()) {
        painter.setPen(QPen(QColor(255, 255, 255, 110), 1));
        for (int i = 1; i < 8; ++i) {
            const double v = 224.0 * i / 8;
            painter.drawLine(map({v, 0}), map({v, 224}));
            painter.drawLine(map({0, v}), map({224, v}));
        }
    }
    if (m_landmarksButton->isChecked()) {
        painter.setPen(QPen(Qt::black, 0.5));
        painter.setBrush(colour);
        for (const QPointF& p : landmarks)
            painter.drawEllipse(map(p), 2.2, 2.2);
    }
    painter.restore();
}

void AlignedCompareView::clear()
{
    setFaces({}, {});
}

double AlignedCompareView::opacity() const
{
    return m_opacity->value() / 100.0;
}

void AlignedCompareView::setMode(Mode mode)
{
    if (auto* button = m_modes->button(static_cast<int>(mode)))
        button->setChecked(true);
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_dragging = false;
    m_opacityLabel->setEnabled(mode == Mode::Overlay);
    m_opacity->setEnabled(mode == Mode::Overlay);
    unsetCursor();
    update();
    emit modeChanged(mode);
}

void AlignedCompareView::setOpacity(double opacity)
{
    m_opacity->setValue(static_cast<int>(std::lround(std::clamp(opacity, 0.0, 1.0) * 100)));
}

void AlignedCompareView::setWipePosition(double position)
{
    if (!std::isfinite(position))
        return;
    position = std::clamp(position, 0.0, 1.0);
    if (position == m_wipe)
        return;
    m_wipe = position;
    update();
    emit wipePositionChanged(position);
}

QRectF AlignedCompareView::canvasRect() const
{
    const QRectF all = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double top = m_controls->geometry().bottom() + 6;
    return QRectF(all.left(), top, all.width(), std::max(0.0, all.bottom() - top));
}

QRectF AlignedCompareView::sideRect(int face) const
{
    const QRectF canvas = canvasRect();
    const double gap = 8;
    const double side = std::max(0.0, std::min((canvas.width() - gap) / 2, canvas.height() - captionHeight));
    const double left = canvas.center().x() - side - gap / 2;
    return QRectF(left + (face == 0 ? 0 : side + gap), canvas.top(), side, side);
}

bool AlignedCompareView::isMeasuring() const
{
    return m_measureButton->isChecked();
}

void AlignedCompareView::setMeasuring(bool on)
{
    m_measureButton->setChecked(on);
    if (on)
        setMode(Mode::SideBySide);
}

void AlignedCompareView::addMeasurementPoint(int face, QPointF point)
{
    QList<QPointF>& points = m_measure[face & 1];
    if (points.size() >= 2)
        points.clear();
    points << point;
    update();
    if (points.size() == 2)
        emit measured(face & 1, measurementText(face & 1));
}

QString AlignedCompareView::measurementText(int face) const
{
    const QList<QPointF>& points = m_measure[face & 1];
    if (points.size() != 2)
        return {};
    const double px = QLineF(points[0], points[1]).length();
    const QList<QPointF>& marks = (face & 1) ? m_referenceLandmarks : m_probeLandmarks;
    const double iod = interEyeDistance(marks);
    return iod > 0 ? tr("%1 px = %2 IOD").arg(px, 0, 'f', 1).arg(px / iod, 0, 'f', 3) : tr("%1 px").arg(px, 0, 'f', 1);
}

void AlignedCompareView::paintMeasurement(QPainter& painter, const QRectF& target, int face) const
{
    const QList<QPointF>& points = m_measure[face];
    if (points.isEmpty())
        return;
    const QRectF source = sourceRect();
    const auto map = [&](const QPointF& p) {
        return QPointF(target.left() + (p.x() - source.left()) / source.width() * target.width(),
                       target.top() + (p.y() - source.top()) / source.height() * target.height());
    };
    painter.save();
    painter.setClipRect(target);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 255, 120), 2));
    for (const QPointF& p : points)
        painter.drawEllipse(map(p), 3, 3);
    if (points.size() == 2) {
        painter.drawLine(map(points[0]), map(points[1]));
        painter.drawText(map((points[0] + points[1]) / 2) + QPointF(4, -4), measurementText(face));
    }
    painter.restore();
}

QRectF AlignedCompareView::faceRect() const
{
    const QRectF canvas = canvasRect();
    const double side = std::max(0.0, std::min(canvas.width(), canvas.height() - captionHeight));
    return QRectF(canvas.center().x() - side / 2, canvas.top(), side, side);
}

QSize AlignedCompareView::sizeHint() const
{
    return {2 * 224 + 24, 224 + static_cast<int>(captionHeight) + m_controls->sizeHint().height() + 20};
}

QSize AlignedCompareView::minimumSizeHint() const
{
    return {std::max(200, m_controls->minimumSizeHint().width() + 8), 160};
}

void AlignedCompareView::drawFace(QPainter& painter, const QRectF& target, const QImage& image,
                                  const QString& caption) const
{
    if (image.isNull()) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.setPen(ThemeColours::readableOn(palette().color(QPalette::Window),
                                                palette().color(QPalette::Disabled, QPalette::WindowText)));
        painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, tr("No aligned face"));
    } else {
        paintImage(painter, target, image);
        paintOverlays(painter, target, &image == &m_probe ? m_probeLandmarks : m_referenceLandmarks,
                      &image == &m_probe ? QColor(255, 220, 0) : QColor(0, 220, 255));
    }
    if (!caption.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(target.left(), target.bottom(), target.width(), captionHeight), Qt::AlignCenter,
                         caption);
    }
}

void AlignedCompareView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF canvas = canvasRect();
    if (canvas.height() <= captionHeight || canvas.width() <= 0)
        return;

    if (m_mode == Mode::SideBySide) {
        drawFace(painter, sideRect(0), m_probe, tr("Probe"));
        drawFace(painter, sideRect(1), m_reference, tr("Reference"));
        for (int i = 0; i < 2; ++i)
            paintMeasurement(painter, sideRect(i), i);
        return;
    }

    const QRectF face = faceRect();
    if (m_probe.isNull() || m_reference.isNull()) {
        drawFace(painter, face, {}, {});
        return;
    }
    if (m_mode == Mode::Overlay) {
        paintImage(painter, face, m_probe);
        painter.setOpacity(opacity());
        paintImage(painter, face, m_reference);
        painter.setOpacity(1.0);
        paintOverlays(painter, face, m_probeLandmarks, QColor(255, 220, 0));
        paintOverlays(painter, face, m_referenceLandmarks, QColor(0, 220, 255));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(face.left(), face.bottom(), face.width(), captionHeight), Qt::AlignCenter,
                         tr("Probe, reference at %1%").arg(m_opacity->value()));
        return;
    }

    // Wipe: probe left of the divider, reference right of it; both images are mapped to the same square,
    // so each part shows exactly the corresponding region of its aligned face.
    const double x = face.left() + m_wipe * face.width();
    painter.save();
    painter.setClipRect(QRectF(face.left(), face.top(), x - face.left(), face.height()));
    paintImage(painter, face, m_probe);
    paintOverlays(painter, face, m_probeLandmarks, QColor(255, 220, 0));
    painter.setClipRect(QRectF(x, face.top(), face.right() - x, face.height()));
    paintImage(painter, face, m_reference);
    paintOverlays(painter, face, m_referenceLandmarks, QColor(0, 220, 255));
    painter.restore();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 2));
    painter.drawLine(QPointF(x, face.top()), QPointF(x, face.bottom()));
    painter.setBrush(Qt::white);
    painter.setPen(QPen(Qt::black, 1));
    painter.drawEllipse(QPointF(x, face.center().y()), 6, 6);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF captions(face.left(), face.bottom(), face.width(), captionHeight);
    painter.drawText(captions, Qt::AlignLeft | Qt::AlignVCenter, tr("Probe"));
    painter.drawText(captions, Qt::AlignRight | Qt::AlignVCenter, tr("Reference"));
}

bool AlignedCompareView::nearDivider(const QPointF& pos) const
{
    const QRectF face = faceRect();
    const double x = face.left() + m_wipe * face.width();
    return std::abs(pos.x() - x) <= grabDistance && pos.y() >= face.top() && pos.y() <= face.bottom();
}

void AlignedCompareView::wipeTo(double x)
{
    const QRectF face = faceRect();
    if (face.width() > 0)
        setWipePosition((x - face.left()) / face.width());
}

void AlignedCompareView::mousePressEvent(QMouseEvent* event)
{
    if (isMeasuring() && m_mode == Mode::SideBySide && event->button() == Qt::LeftButton) {
        for (int i = 0; i < 2; ++i) {
            const QRectF target = sideRect(i);
            if (!target.contains(event->position()))
                continue;
            const QRectF source = sourceRect();
            addMeasurementPoint(
                i, QPointF(source.left() + (event->position().x() - target.left()) / target.width() * source.width(),
                           source.top() + (event->position().y() - target.top()) / target.height() * source.height()));
            event->accept();
            return;
        }
    }
    // In Wipe mode a press anywhere on the face moves the divider there and starts dragging it.
    if (m_mode == Mode::Wipe && event->button() == Qt::LeftButton &&
        (nearDivider(event->position()) || faceRect().contains(event->position()))) {
        m_dragging = true;
        wipeTo(event->position().x());
        event->accept();
        return;
    }
    // Pan a zoomed face: left button outside Wipe, the middle or right button in every mode.
    if (m_zoom > 1 && (event->button() != Qt::LeftButton || m_mode != Mode::Wipe)) {
        m_panning = true;
        m_panFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void AlignedCompareView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        wipeTo(event->position().x());
        event->accept();
        return;
    }
    if (m_panning) {
        const QRectF face = faceRect();
        if (face.width() > 0) {
            const QPointF delta = (event->position() - m_panFrom) / (face.width() * m_zoom);
            m_centre -= delta;
            m_panFrom = event->position();
            setZoom(m_zoom); // clamps the centre
        }
        event->accept();
        return;
    }
    if (m_mode == Mode::Wipe && nearDivider(event->position()))
        setCursor(Qt::SplitHCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

void AlignedCompareView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (m_dragging && event->button() == Qt::LeftButton) {
        wipeTo(event->position().x());
        m_dragging = false;
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void AlignedCompareView::wheelEvent(QWheelEvent* event)
{
    if (event->angleDelta().y() == 0) {
        QWidget::wheelEvent(event);
        return;
    }
    setZoom(m_zoom * std::pow(1.25, event->angleDelta().y() / 120.0));
    event->accept();
}

void AlignedCompareView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Minus || event->key() == Qt::Key_0) {
        if (event->key() == Qt::Key_0)
            m_centre = {0.5, 0.5};
        setZoom(event->key() == Qt::Key_0 ? 1 : m_zoom * (event->key() == Qt::Key_Plus ? 1.25 : 0.8));
        event->accept();
        return;
    }
    if (m_mode == Mode::Wipe && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const double step = (event->modifiers() & Qt::ShiftModifier) ? 0.1 : 0.02;
        setWipePosition(m_wipe + (event->key() == Qt::Key_Left ? -step : step));
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace descry::ui

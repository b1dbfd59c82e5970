#include "ui/AlignedCompareView.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace descry::ui {

namespace {

constexpr double captionHeight = 20;
constexpr double grabDistance = 8; // device-independent pixels either side of the divider

} // namespace

AlignedCompareView::AlignedCompareView(QWidget* parent) : QWidget(parent)
{
    m_controls = new QWidget(this);
    auto* row = new QHBoxLayout(m_controls);
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_controls);
    layout->addStretch(1); // the faces are painted below the controls

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(static_cast<Mode>(id)); });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        update();
        emit opacityChanged(value / 100.0);
    });
    setMouseTracking(true); // divider cursor
    setFocusPolicy(Qt::StrongFocus);
}

void AlignedCompareView::setFaces(const QImage& probe, const QImage& reference)
{
    m_probe = probe;
    m_reference = reference;
    update();
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
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, tr("No aligned face"));
    } else {
        painter.drawImage(target, image);
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
        const double gap = 8;
        const double side = std::max(0.0, std::min((canvas.width() - gap) / 2, canvas.height() - captionHeight));
        const double left = canvas.center().x() - side - gap / 2;
        drawFace(painter, QRectF(left, canvas.top(), side, side), m_probe, tr("Probe"));
        drawFace(painter, QRectF(left + side + gap, canvas.top(), side, side), m_reference, tr("Reference"));
        return;
    }

    const QRectF face = faceRect();
    if (m_probe.isNull() || m_reference.isNull()) {
        drawFace(painter, face, {}, {});
        return;
    }
    if (m_mode == Mode::Overlay) {
        painter.drawImage(face, m_probe);
        painter.setOpacity(opacity());
        painter.drawImage(face, m_reference);
        painter.setOpacity(1.0);
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
    painter.drawImage(face, m_probe);
    painter.setClipRect(QRectF(x, face.top(), face.right() - x, face.height()));
    painter.drawImage(face, m_reference);
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
    // In Wipe mode a press anywhere on the face moves the divider there and starts dragging it.
    if (m_mode == Mode::Wipe && event->button() == Qt::LeftButton &&
        (nearDivider(event->position()) || faceRect().contains(event->position()))) {
        m_dragging = true;
        wipeTo(event->position().x());
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
    if (m_mode == Mode::Wipe && nearDivider(event->position()))
        setCursor(Qt::SplitHCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

void AlignedCompareView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        wipeTo(event->position().x());
        m_dragging = false;
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void AlignedCompareView::keyPressEvent(QKeyEvent* event)
{
    if (m_mode == Mode::Wipe && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const double step = (event->modifiers() & Qt::ShiftModifier) ? 0.1 : 0.02;
        setWipePosition(m_wipe + (event->key() == Qt::Key_Left ? -step : step));
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace descry::ui

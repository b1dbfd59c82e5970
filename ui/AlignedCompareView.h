#pragma once

#include <QImage>
#include <QRectF>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPainter;
class QSlider;

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

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override; // Left/Right move the wipe divider

private:
    QRectF canvasRect() const;
    void drawFace(QPainter& painter, const QRectF& target, const QImage& image, const QString& caption) const;
    void wipeTo(double x);
    bool nearDivider(const QPointF& pos) const;

    QImage m_probe;
    QImage m_reference;
    Mode m_mode = Mode::SideBySide;
    double m_wipe = 0.5;
    bool m_dragging = false;
    QWidget* m_controls = nullptr;
    QButtonGroup* m_modes = nullptr;
    QLabel* m_opacityLabel = nullptr;
    QSlider* m_opacity = nullptr;
};

} // namespace descry::ui

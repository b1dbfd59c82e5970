#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSlider;
class QToolButton;
class QLabel;

namespace descry::ui {

class RadiographView;

// The viewer's controls bar, kept in step with a RadiographView: typed window centre/width, the file's presets,
// invert, tool (window/pan/measure), zoom in/out/fit/1:1, a frame slider (hidden for single-frame images), and the
// readout of the pixel under the cursor and of the measurement. GUI thread only.
class ViewerControls : public QWidget
{
    Q_OBJECT

public:
    explicit ViewerControls(RadiographView* view, QWidget* parent = nullptr);

    // Re-reads the view (image changed: presets, frame count).
    void refresh();

    // For tests: the child widgets.
    QDoubleSpinBox* centerBox() const { return m_center; }
    QDoubleSpinBox* widthBox() const { return m_width; }
    QComboBox* presetBox() const { return m_presets; }
    QToolButton* invertButton() const { return m_invert; }
    QSlider* frameSlider() const { return m_frame; }
    QLabel* readoutLabel() const { return m_readout; }

private:
    RadiographView* m_view = nullptr;
    QDoubleSpinBox* m_center = nullptr;
    QDoubleSpinBox* m_width = nullptr;
    QComboBox* m_presets = nullptr;
    QToolButton* m_invert = nullptr;
    QSlider* m_frame = nullptr;
    QLabel* m_readout = nullptr;
};

} // namespace descry::ui

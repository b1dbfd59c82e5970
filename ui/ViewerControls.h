#pragma once

#include <QVariant>
#include <QWidget>

#include <optional>
#include <utility>

class QButtonGroup;
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

    // Re-reads the view (image changed: presets, frame count); runs by itself on the view's imageChanged().
    void refresh();

    // For tests: the child widgets.
    QDoubleSpinBox* centerBox() const { return m_center; }
    QDoubleSpinBox* widthBox() const { return m_width; }
    QComboBox* presetBox() const { return m_presets; }
    QToolButton* invertButton() const { return m_invert; }
    QSlider* frameSlider() const { return m_frame; }
    QLabel* readoutLabel() const { return m_readout; }
    QLabel* measurementLabel() const { return m_measurement; }
    QLabel* frameLabel() const { return m_frameLabel; }
    QButtonGroup* toolGroup() const { return m_tools; }
    QToolButton* zoomInButton() const { return m_zoomIn; }
    QToolButton* zoomOutButton() const { return m_zoomOut; }
    QToolButton* fitButton() const { return m_fit; }
    QToolButton* oneToOneButton() const { return m_oneToOne; }

private:
    void connectWidgets();
    // View -> widgets, with the widgets' signals blocked (no feedback into the view).
    void syncWindow();
    void syncFrame(int frame);
    // The preset-combo entry (item data) matching the view's settings.
    QVariant currentEntry() const;
    // The min/max window (centre, width) of the current frame; none for colour or no image.
    std::optional<std::pair<double, double>> minMaxWindow() const;
    void applyEntry(int comboIndex);

    RadiographView* m_view = nullptr;
    QDoubleSpinBox* m_center = nullptr;
    QDoubleSpinBox* m_width = nullptr;
    QComboBox* m_presets = nullptr;
    QToolButton* m_invert = nullptr;
    QSlider* m_frame = nullptr;
    QLabel* m_readout = nullptr;
    QLabel* m_measurement = nullptr;
    QLabel* m_frameLabel = nullptr;
    QButtonGroup* m_tools = nullptr;
    QToolButton* m_windowTool = nullptr;
    QToolButton* m_panTool = nullptr;
    QToolButton* m_measureTool = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_fit = nullptr;
    QToolButton* m_oneToOne = nullptr;
};

} // namespace descry::ui

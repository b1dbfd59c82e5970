#include "ui/ViewerControls.h"

#include "ui/RadiographView.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace descry::ui {

namespace {

// What a preset combo entry selects (item data).
enum class Entry { Default, Preset, VoiLut, MinMax, Custom };

// Kind and index packed in one int, so QComboBox::findData compares plainly.
QVariant entryData(Entry kind, int index = -1)
{
    return (int(kind) << 24) | (index + 1);
}

QString number(double v)
{
    return QString::number(v, 'g', 7);
}

QToolButton* makeButton(QWidget* parent, const QString& text, const QString& tip, bool checkable = false)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip.section(QLatin1String(" ("), 0, 0));
    b->setCheckable(checkable);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ViewerControls::ViewerControls(RadiographView* view, QWidget* parent) : QWidget(parent), m_view(view)
{
    m_center = new QDoubleSpinBox(this);
    m_width = new QDoubleSpinBox(this);
    for (QDoubleSpinBox* box : {m_center, m_width}) {
        box->setKeyboardTracking(false);
        box->setRange(-1e9, 1e9);
        box->setAccelerated(true);
    }
    m_center->setPrefix(tr("C "));
    m_width->setPrefix(tr("W "));
    m_center->setToolTip(tr("Window centre in modality units (type a value and press Enter; right-drag on the image: "
                            "up/down)"));
    m_width->setToolTip(tr("Window width in modality units (type a value and press Enter; right-drag on the image: "
                           "left/right)"));
    m_center->setAccessibleName(tr("Window centre"));
    m_width->setAccessibleName(tr("Window width"));

    m_presets = new QComboBox(this);
    m_presets->setToolTip(tr("The file's window presets and VOI LUTs (R: back to the default)"));
    m_presets->setAccessibleName(tr("Window preset"));
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_invert = makeButton(this, tr("Invert"), tr("Invert the grey levels (I)"), true);

    m_tools = new QButtonGroup(this);
    m_tools->setExclusive(true);
    m_windowTool = makeButton(
        this, tr("W/L"), tr("Window tool (left drag: left/right width, up/down centre; right drag in any tool)"), true);
    m_panTool = makeButton(this, tr("Pan"), tr("Pan tool (left drag moves the image; middle drag in any tool)"), true);
    m_measureTool =
        makeButton(this, tr("Measure"), tr("Measure tool (left drag measures a distance; Esc clears it)"), true);
    m_tools->addButton(m_windowTool, int(RadiographView::Tool::Window));
    m_tools->addButton(m_panTool, int(RadiographView::Tool::Pan));
    m_tools->addButton(m_measureTool, int(RadiographView::Tool::Measure));

    m_zoomIn = makeButton(this, tr("+"), tr("Zoom in (+, or the mouse wheel about the cursor)"));
    m_zoomOut = makeButton(this, tr("−"), tr("Zoom out (-)"));
    m_fit = makeButton(this, tr("Fit"), tr("Fit the image to the window (F)"));
    m_oneToOne = makeButton(this, tr("1:1"), tr("One image pixel per screen pixel (1)"));

    m_frame = new QSlider(Qt::Horizontal, this);
    m_frame->setToolTip(tr("Frame of a multi-frame image (Page Up / Page Down)"));
    m_frame->setAccessibleName(tr("Frame"));
    m_frameLabel = new QLabel(this);
    m_readout = new QLabel(this);
    m_readout->setAccessibleName(tr("Pixel under the cursor"));
    m_readout->setToolTip(tr("Position, stored value and modality value of the pixel under the cursor"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a typical readout, so the bar does not jump as the cursor moves.
    m_readout->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("x 0000, y 0000: stored 00000, modality 00000 HU")));
    m_measurement = new QLabel(this);
    m_measurement->setAccessibleName(tr("Measurement"));
    m_measurement->setToolTip(tr("Length of the measured line and the pixel spacing it used"));
    m_measurement->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : std::initializer_list<QWidget*>{m_windowTool, m_panTool, m_measureTool, m_center, m_width,
                                                      m_presets, m_invert, m_zoomOut, m_zoomIn, m_fit, m_oneToOne})
        top->addWidget(w);
    top->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_frameLabel);
    bottom->addWidget(m_frame, 1);
    bottom->addWidget(m_readout, 2);
    bottom->addWidget(m_measurement, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(bottom);

    connectWidgets();
    refresh();
}

void ViewerControls::connectWidgets()
{
    // Typed values apply when editing finishes (Enter or focus out), and only when they differ from the window in
    // force: leaving the box unchanged must not turn a preset into a custom window.
    auto typed = [this] {
        const ResolvedWindow w = m_view->resolvedWindow();
        if (!m_view->image() || (m_center->value() == m_center->valueFromText(m_center->textFromValue(w.center)) &&
                                 m_width->value() == m_width->valueFromText(m_width->textFromValue(w.width))))
            return;
        m_view->setWindow(m_center->value(), m_width->value());
    };
    connect(m_center, &QDoubleSpinBox::editingFinished, this, typed);
    connect(m_width, &QDoubleSpinBox::editingFinished, this, typed);
    connect(m_presets, &QComboBox::activated, this, [this](int i) { applyEntry(i); });
    connect(m_invert, &QToolButton::toggled, m_view, &RadiographView::setInverted);
    connect(m_tools, &QButtonGroup::idClicked, this, [this](int id) { m_view->setTool(RadiographView::Tool(id)); });
    connect(m_zoomIn, &QToolButton::clicked, m_view, &RadiographView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &RadiographView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &RadiographView::fitToWindow);
    connect(m_oneToOne, &QToolButton::clicked, m_view, &RadiographView::oneToOne);
    connect(m_frame, &QSlider::valueChanged, m_view, &RadiographView::setFrame);

    connect(m_view, &RadiographView::imageChanged, this, &ViewerControls::refresh);
    connect(m_view, &RadiographView::displayChanged, this, &ViewerControls::syncWindow);
    connect(m_view, &RadiographView::frameChanged, this, &ViewerControls::syncFrame);
    connect(m_view, &RadiographView::pixelReadoutChanged, m_readout, &QLabel::setText);
    connect(m_view, &RadiographView::measurementChanged, this,
            [this] { m_measurement->setText(m_view->measurementText()); });
}

void ViewerControls::refresh()
{
    const QSharedPointer<const MedicalImage> image = m_view->image();
    const bool mono = image && !image->isColour();
    {
        const QSignalBlocker block(m_presets);
        m_presets->clear();
        m_presets->addItem(tr("Default"), entryData(Entry::Default));
        if (image) {
            const MedicalImageInfo& info = image->info();
            for (int i = 0; i < info.windowPresets.size(); ++i) {
                const WindowPreset& p = info.windowPresets.at(i);
                const QString cw = tr("C %1 W %2").arg(number(p.center), number(p.width));
                m_presets->addItem(p.explanation.isEmpty() ? tr("%1: %2").arg(i + 1).arg(cw)
                                                           : tr("%1: %2 (%3)").arg(i + 1).arg(p.explanation, cw),
                                   entryData(Entry::Preset, i));
            }
            for (int i = 0; i < info.voiLuts.size(); ++i) {
                const QString e = info.voiLuts.at(i).explanation;
                m_presets->addItem(e.isEmpty() ? tr("VOI LUT %1").arg(i + 1) : tr("VOI LUT %1: %2").arg(i + 1).arg(e),
                                   entryData(Entry::VoiLut, i));
            }
        }
        m_presets->addItem(tr("Min/max"), entryData(Entry::MinMax));
        m_presets->addItem(tr("Custom"), entryData(Entry::Custom));
    }
    const double step = m_view->windowStep();
    for (QDoubleSpinBox* box : {m_center, m_width}) {
        const QSignalBlocker block(box);
        box->setSingleStep(step * 10.0);
    }
    m_width->setMinimum(std::min(1.0, step));
    for (QWidget* w : std::initializer_list<QWidget*>{m_center, m_width, m_presets})
        w->setEnabled(mono);
    for (QWidget* w : std::initializer_list<QWidget*>{m_invert, m_zoomIn, m_zoomOut, m_fit, m_oneToOne, m_windowTool,
                                                      m_panTool, m_measureTool})
        w->setEnabled(bool(image));
    {
        const QSignalBlocker block(m_frame);
        m_frame->setRange(0, image ? std::max(0, image->frameCount() - 1) : 0);
    }
    const bool multi = image && image->frameCount() > 1;
    m_frame->setVisible(multi);
    m_frameLabel->setVisible(multi);
    if (QAbstractButton* b = m_tools->button(int(m_view->tool())))
        b->setChecked(true);
    m_readout->clear();
    m_measurement->setText(m_view->measurementText());
    syncWindow();
    syncFrame(m_view->frame());
}

void ViewerControls::syncWindow()
{
    const ResolvedWindow w = m_view->resolvedWindow();
    const QSignalBlocker blockCenter(m_center), blockWidth(m_width), blockPresets(m_presets), blockInvert(m_invert);
    // The image's precision, plus a decimal or two when the file's window needs them (a min/max centre of 123.5).
    const int base = std::clamp(int(std::ceil(-std::log10(m_view->windowStep()) - 1e-9)), 0, 6);
    auto decimalsFor = [base](double v) {
        for (int d = base; d < base + 2; ++d)
            if (std::abs(v * std::pow(10.0, d) - std::round(v * std::pow(10.0, d))) < 1e-6)
                return d;
        return base + 2;
    };
    m_center->setDecimals(decimalsFor(w.center));
    m_width->setDecimals(decimalsFor(w.width));
    m_center->setValue(w.center);
    m_width->setValue(w.width);
    m_invert->setChecked(m_view->isInverted());
    m_presets->setCurrentIndex(m_presets->findData(currentEntry()));
}

QVariant ViewerControls::currentEntry() const
{
    const DisplaySettings s = m_view->displaySettings();
    const ResolvedWindow w = m_view->resolvedWindow();
    if (s.windowCenter && s.windowWidth) {
        const auto mm = minMaxWindow();
        return (mm && *s.windowCenter == mm->first && *s.windowWidth == mm->second) ? entryData(Entry::MinMax)
                                                                                    : entryData(Entry::Custom);
    }
    if (s.presetIndex < 0 && s.voiLutIndex < 0)
        return entryData(Entry::Default);
    if (w.kind == ResolvedWindow::Kind::Preset)
        return entryData(Entry::Preset, w.index);
    if (w.kind == ResolvedWindow::Kind::VoiLut)
        return entryData(Entry::VoiLut, w.index);
    return entryData(Entry::Default);
}

std::optional<std::pair<double, double>> ViewerControls::minMaxWindow() const
{
    const QSharedPointer<const MedicalImage> image = m_view->image();
    if (!image || image->isColour())
        return std::nullopt;
    // DCMTK's min/max window, as the display pipeline's default: min maps to black, max to white.
    const auto [lo, hi] = image->modalityRange(m_view->frame());
    return std::make_pair((lo + hi + 1.0) / 2.0, hi - lo + 1.0);
}

void ViewerControls::applyEntry(int i)
{
    bool ok = false;
    const int data = m_presets->itemData(i).toInt(&ok);
    if (!ok)
        return;
    const int index = (data & 0xffffff) - 1;
    switch (Entry(data >> 24)) {
    case Entry::Default:
        m_view->resetWindow();
        break;
    case Entry::Preset:
        m_view->setPreset(index);
        break;
    case Entry::VoiLut:
        m_view->setVoiLut(index);
        break;
    case Entry::MinMax:
        if (const auto mm = minMaxWindow())
            m_view->setWindow(mm->first, mm->second);
        break;
    case Entry::Custom: {
        // The window in force becomes a custom one the reader can then adjust.
        const ResolvedWindow w = m_view->resolvedWindow();
        m_view->setWindow(w.center, w.width);
        break;
    }
    }
    syncWindow(); // nothing may have changed (the same entry again): show the entry in force
}

void ViewerControls::syncFrame(int frame)
{
    const QSharedPointer<const MedicalImage> image = m_view->image();
    const int n = image ? image->frameCount() : 1;
    {
        const QSignalBlocker block(m_frame);
        m_frame->setValue(frame);
    }
    m_frameLabel->setText(tr("Frame %1 / %2").arg(frame + 1).arg(n));
    syncWindow(); // a min/max window follows the frame
}

} // namespace descry::ui

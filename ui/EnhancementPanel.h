#pragma once

#include "core/imaging/ViewEnhancement.h"

#include <QWidget>

class QCheckBox;
class QSlider;

namespace descry::ui {

// The viewing-enhancement controls of one photo (brightness, contrast, gamma, equalisation, CLAHE, greyscale),
// shown in the pane's "Enhance" menu. Display only: it never changes the evidence or the analysis. GUI thread only.
class EnhancementPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EnhancementPanel(QWidget* parent = nullptr);

    ViewEnhancement enhancement() const;
    // Shows `e` (no signal).
    void setEnhancement(const ViewEnhancement& e);

    QSlider* brightnessSlider() const { return m_brightness; }
    QSlider* contrastSlider() const { return m_contrast; }
    QSlider* gammaSlider() const { return m_gamma; }
    QCheckBox* equaliseCheck() const { return m_equalise; }
    QCheckBox* claheCheck() const { return m_clahe; }
    QCheckBox* greyscaleCheck() const { return m_greyscale; }

signals:
    void enhancementChanged(const ViewEnhancement& enhancement);

private:
    QSlider* addSlider(const QString& name, int lo, int hi, int value);

    QSlider* m_brightness = nullptr; // percent of the full range, -100..100
    QSlider* m_contrast = nullptr;   // percent, 20..400
    QSlider* m_gamma = nullptr;      // percent, 20..500
    QCheckBox* m_equalise = nullptr;
    QCheckBox* m_clahe = nullptr;
    QCheckBox* m_greyscale = nullptr;
    bool m_updating = false;
};

} // namespace descry::ui

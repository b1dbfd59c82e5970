#include "ui/EnhancementPanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSlider>

namespace descry::ui {

QSlider* EnhancementPanel::addSlider(const QString& name, int lo, int hi, int value)
{
    auto* slider = new QSlider(Qt::Horizontal, this);
    slider->setRange(lo, hi);
    slider->setValue(value);
    slider->setMinimumWidth(180);
    slider->setAccessibleName(name);
    connect(slider, &QSlider::valueChanged, this, [this] {
        if (!m_updating)
            emit enhancementChanged(enhancement());
    });
    return slider;
}

EnhancementPanel::EnhancementPanel(QWidget* parent) : QWidget(parent)
{
    m_brightness = addSlider(tr("Brightness"), -100, 100, 0);
    m_contrast = addSlider(tr("Contrast"), 20, 400, 100);
    m_gamma = addSlider(tr("Gamma"), 20, 500, 100);
    m_equalise = new QCheckBox(tr("Histogram &equalisation"), this);
    m_clahe = new QCheckBox(tr("&CLAHE (adaptive)"), this);
    m_greyscale = new QCheckBox(tr("&Greyscale"), this);
    for (QCheckBox* box : {m_equalise, m_clahe, m_greyscale})
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                emit enhancementChanged(enhancement());
        });
    auto* reset = new QPushButton(tr("&Reset"), this);
    reset->setObjectName(QStringLiteral("resetEnhancement"));
    connect(reset, &QPushButton::clicked, this, [this] {
        setEnhancement({});
        emit enhancementChanged(enhancement());
    });
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Brightness"), m_brightness);
    form->addRow(tr("C&ontrast"), m_contrast);
    form->addRow(tr("G&amma"), m_gamma);
    form->addRow(m_equalise);
    form->addRow(m_clahe);
    form->addRow(m_greyscale);
    form->addRow(reset);
}

ViewEnhancement EnhancementPanel::enhancement() const
{
    ViewEnhancement e;
    e.brightness = m_brightness->value() / 100.0;
    e.contrast = m_contrast->value() / 100.0;
    e.gamma = m_gamma->value() / 100.0;
    e.equalise = m_equalise->isChecked();
    e.clahe = m_clahe->isChecked();
    e.greyscale = m_greyscale->isChecked();
    return e;
}

void EnhancementPanel::setEnhancement(const ViewEnhancement& e)
{
    m_updating = true;
    m_brightness->setValue(qRound(e.brightness * 100));
    m_contrast->setValue(qRound(e.contrast * 100));
    m_gamma->setValue(qRound(e.gamma * 100));
    m_equalise->setChecked(e.equalise);
    m_clahe->setChecked(e.clahe);
    m_greyscale->setChecked(e.greyscale);
    m_updating = false;
}

} // namespace descry::ui

#include "ui/QualityPanel.h"

#include "core/face/pipeline/FaceComparison.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace descry::ui {

namespace {

const QColor amber(0xB2, 0x6A, 0x00); // readable on light and dark backgrounds

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true); // never widens the pane (and with it the window)
    return label;
}

} // namespace

QualityPanel::QualityPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Two label–value pairs a row (three rows, not five), so that the photo keeps the height.
    auto* form = new QGridLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(2);
    m_interEye = valueLabel(this);
    m_yaw = valueLabel(this);
    m_roll = valueLabel(this);
    m_sharpness = valueLabel(this);
    m_faces = valueLabel(this);
    const QList<QPair<QString, QLabel*>> rows = {{tr("Inter-eye distance:"), m_interEye},
                                                 {tr("Sharpness:"), m_sharpness},
                                                 {tr("Yaw:"), m_yaw},
                                                 {tr("Roll:"), m_roll},
                                                 {tr("Faces found:"), m_faces}};
    for (int i = 0; i < rows.size(); ++i) {
        auto* name = new QLabel(rows[i].first, this);
        name->setBuddy(rows[i].second);
        form->addWidget(name, i / 2, (i % 2) * 2);
        form->addWidget(rows[i].second, i / 2, (i % 2) * 2 + 1);
    }
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    m_interEye->setToolTip(tr("Distance between the eye centres in the original photo, in pixels"));
    m_yaw->setToolTip(tr("Left/right head turn estimated from the landmarks (rough)"));
    m_roll->setToolTip(tr("In-plane rotation of the eye line"));
    m_sharpness->setToolTip(tr("Variance of the Laplacian of the aligned 150x150 face; low values mean blur"));
    layout->addLayout(form);

    m_warningBox = new QWidget(this);
    m_warningLayout = new QVBoxLayout(m_warningBox);
    m_warningLayout->setContentsMargins(0, 2, 0, 0);
    m_warningLayout->setSpacing(2);
    layout->addWidget(m_warningBox);
    clear();
}

void QualityPanel::setQuality(const FaceImageReport& report)
{
    const QLocale locale;
    const FaceQuality& q = report.quality;
    m_interEye->setText(tr("%1 px").arg(locale.toString(q.interEyePixels, 'f', 0)));
    m_yaw->setText(tr("%1°").arg(locale.toString(q.yawDegrees, 'f', 1)));
    m_roll->setText(tr("%1°").arg(locale.toString(q.rollDegrees, 'f', 1)));
    m_sharpness->setText(locale.toString(q.sharpness, 'f', 1));
    if (report.face.assumedCropped && report.face.facesFound == 0)
        m_faces->setText(tr("none (whole image taken as the face)"));
    else if (report.face.facesFound > 1)
        m_faces->setText(tr("%1 (the largest is used)").arg(locale.toString(report.face.facesFound)));
    else
        m_faces->setText(locale.toString(report.face.facesFound));

    // Warnings: one amber row per problem, with the style's warning icon.
    while (QLayoutItem* item = m_warningLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_warnings = q.problems;
    // Components the visibility check found hidden: left out of the score, so the examiner must see why.
    m_visibility = visibilityNotes(report.visibility);
    m_warnings += m_visibility;
    if (report.damaged) // first: the analysis ran on a file that is not intact
        m_warnings.prepend(tr("Damaged file, analysed because damaged images are accepted (Settings): %1")
                               .arg(report.decoderWarnings.isEmpty()
                                        ? tr("the decoder reported errors")
                                        : report.decoderWarnings.join(QStringLiteral("; "))));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QPixmap icon = style()
                             ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                             .pixmap(QSize(iconSize, iconSize), devicePixelRatioF());
    for (const QString& problem : m_warnings) {
        auto* row = new QWidget(m_warningBox);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(6);
        auto* iconLabel = new QLabel(row);
        iconLabel->setPixmap(icon);
        iconLabel->setAlignment(Qt::AlignTop);
        auto* text = new QLabel(problem, row);
        text->setWordWrap(true);
        text->setObjectName(QStringLiteral("qualityWarning"));
        QPalette palette = text->palette();
        palette.setColor(QPalette::WindowText, amber);
        text->setPalette(palette);
        text->setAccessibleName(tr("Quality warning: %1").arg(problem));
        h->addWidget(iconLabel);
        h->addWidget(text, 1);
        m_warningLayout->addWidget(row);
    }
    m_warningBox->setVisible(!m_warnings.isEmpty());
}

void QualityPanel::clear()
{
    const QString none = QStringLiteral("—");
    for (QLabel* label : {m_interEye, m_yaw, m_roll, m_sharpness, m_faces})
        label->setText(none);
    while (QLayoutItem* item = m_warningLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_warnings.clear();
    m_visibility.clear();
    m_warningBox->setVisible(false);
}

QString QualityPanel::interEyeText() const
{
    return m_interEye->text();
}

QString QualityPanel::yawText() const
{
    return m_yaw->text();
}

QString QualityPanel::rollText() const
{
    return m_roll->text();
}

QString QualityPanel::sharpnessText() const
{
    return m_sharpness->text();
}

QString QualityPanel::facesText() const
{
    return m_faces->text();
}

} // namespace descry::ui

#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace descry {
struct FaceImageReport;
}

namespace descry::ui {

// Compact form with one photo's face-quality measurements, its quality warnings and hidden components in amber.
// GUI thread only.
class QualityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QualityPanel(QWidget* parent = nullptr);

    void setQuality(const FaceImageReport& report);
    void clear(); // every value shows an em dash, no warnings

    // Displayed texts, for tests and accessibility.
    QString interEyeText() const;
    QString yawText() const;
    QString rollText() const;
    QString sharpnessText() const;
    QString facesText() const;
    // FaceQuality::problems as shown, in order, then the hidden components ("Eyes not visible (dark glasses)").
    QStringList warnings() const { return m_warnings; }
    // Only the hidden components' lines of warnings().
    QStringList visibilityWarnings() const { return m_visibility; }
    bool hasWarnings() const { return !m_warnings.isEmpty(); }

private:
    QLabel* m_interEye = nullptr;
    QLabel* m_yaw = nullptr;
    QLabel* m_roll = nullptr;
    QLabel* m_sharpness = nullptr;
    QLabel* m_faces = nullptr;
    QWidget* m_warningBox = nullptr;
    QVBoxLayout* m_warningLayout = nullptr;
    QStringList m_warnings;
    QStringList m_visibility;
};

} // namespace descry::ui

#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace descry {
struct FaceImageReport;
}

namespace descry::ui {

// Compact form with one photo's face-quality measurements and its quality warnings in amber. GUI thread only.
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
    QStringList warnings() const { return m_warnings; } // FaceQuality::problems as shown, in order
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
};

} // namespace descry::ui

#pragma once

#include "core/imaging/MedicalImage.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;

namespace descry::ui {

// The metadata of the shown radiograph (modality, photometric, transfer syntax, size, frames, bits, spacing with
// its source, presets, burned-in annotation, view, series, ...). Patient and study identifiers are hidden until the
// user presses "Reveal identifiers"; the panel only asks (revealRequested) and whoever audits the case calls
// setIdentifiersRevealed(true). GUI thread only.
class DicomMetadataPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DicomMetadataPanel(QWidget* parent = nullptr);

    // Shows `info` with identifiers hidden (unless revealed is kept: a new image hides them again).
    void setInfo(const MedicalImageInfo& info);
    void clear();
    bool identifiersRevealed() const { return m_revealed; }
    void setIdentifiersRevealed(bool on);

    // For tests: every visible "name: value" row, in order.
    QStringList rowsText() const;
    QPushButton* revealButton() const { return m_reveal; }
    QTreeWidget* tree() const { return m_tree; }

    // "Pixel Spacing 0.139 x 0.139 mm", "Imager Pixel Spacing (detector) ...", "none: distances in pixels".
    static QString spacingText(const PixelSpacing& spacing);
    // "Yes — pixels may show identifiers", "No", "Not stated".
    static QString burnedInText(BurnedInAnnotation annotation);

signals:
    void revealRequested();

private:
    void rebuild();
    QTreeWidgetItem* addGroup(const QString& title);
    // Adds "name: value" under `group`; an empty value only when `always`.
    void addRow(QTreeWidgetItem* group, const QString& name, const QString& value, bool always = false);
    void addImageGroup();
    void addAcquisitionGroup(); // and Study/Series
    void addIdentifierGroup();

    MedicalImageInfo m_info;
    bool m_hasInfo = false;
    bool m_revealed = false;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_reveal = nullptr;
};

} // namespace descry::ui

#include "ui/DicomMetadataPanel.h"

namespace descry::ui {

// TODO(H4): stub of the contract.
DicomMetadataPanel::DicomMetadataPanel(QWidget* parent) : QWidget(parent) {}
void DicomMetadataPanel::setInfo(const MedicalImageInfo& info)
{
    m_info = info;
    m_hasInfo = true;
    m_revealed = false;
}
void DicomMetadataPanel::clear()
{
    m_hasInfo = false;
}
void DicomMetadataPanel::setIdentifiersRevealed(bool on)
{
    m_revealed = on;
}
QStringList DicomMetadataPanel::rowsText() const
{
    return {};
}
void DicomMetadataPanel::rebuild() {}

} // namespace descry::ui

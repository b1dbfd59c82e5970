#include "ui/ViewerControls.h"

#include "ui/RadiographView.h"

namespace descry::ui {

// TODO(H4): stub of the contract.
ViewerControls::ViewerControls(RadiographView* view, QWidget* parent) : QWidget(parent), m_view(view) {}
void ViewerControls::refresh() {}

} // namespace descry::ui

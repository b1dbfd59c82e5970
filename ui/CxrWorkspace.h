#pragma once

#include "ui/Workspace.h"

namespace descry::ui {

class InferenceService;

// Chest X-ray workspace, a placeholder until the CXR review lands: it shares the application's inference
// service and offers none of the document or analysis actions yet, so the main window disables them while this
// tab is active. GUI thread only.
class CxrWorkspace : public Workspace
{
    Q_OBJECT

public:
    // `service` is shared with the other workspaces and must outlive this one.
    explicit CxrWorkspace(InferenceService* service, QWidget* parent = nullptr);

    InferenceService* service() const { return m_service; }

    bool supports(Action action) const override;
    QString runText() const override;

private:
    InferenceService* m_service = nullptr; // not owned
};

} // namespace descry::ui

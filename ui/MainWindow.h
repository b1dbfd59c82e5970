#pragma once

#include <QMainWindow>

class QTabWidget;

namespace descry::ui {

class FaceWorkspace;
class CxrWorkspace;

// Top-level window: the Face comparison and Chest X-ray workspaces as tabs, menus and status bar.
// Lives on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    QTabWidget* workspaces() const { return m_tabs; }
    FaceWorkspace* faceWorkspace() const { return m_face; }
    CxrWorkspace* cxrWorkspace() const { return m_cxr; }

public slots:
    void showAbout();

private:
    void createMenus();

    QTabWidget* m_tabs = nullptr;
    FaceWorkspace* m_face = nullptr;
    CxrWorkspace* m_cxr = nullptr;
};

} // namespace descry::ui

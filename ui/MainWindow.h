#pragma once

#include <QMainWindow>

#include <functional>

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

    // Asks to save unsaved case changes; true when the window may close. Tests replace the question.
    std::function<int()> askSaveChanges;

public slots:
    void showAbout();
    void showSettings();
    bool saveCase();
    bool saveCaseAs();
    void openCase();
    void exportReport();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateTitle();

    QTabWidget* m_tabs = nullptr;
    FaceWorkspace* m_face = nullptr;
    CxrWorkspace* m_cxr = nullptr;
};

} // namespace descry::ui

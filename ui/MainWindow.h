#pragma once

#include "ui/Workspace.h"

#include <QList>
#include <QMainWindow>
#include <QKeySequence>
#include <QMap>

#include <functional>

class QAction;
class QMenu;
class QTabWidget;

namespace descry::ui {

class CxrWorkspace;
class FaceWorkspace;
class InferenceService;

// Top-level window: owns the one inference service and the workspaces sharing it (Face comparison, Chest X-ray)
// as tabs; its File and Analysis menus and their shortcuts act on the active workspace and are enabled from what
// that workspace can do now. Lives on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    QTabWidget* workspaces() const { return m_tabs; }
    FaceWorkspace* faceWorkspace() const { return m_face; }
    CxrWorkspace* cxrWorkspace() const { return m_cxr; }
    InferenceService* inferenceService() const { return m_service; }
    // The workspace of the current tab.
    Workspace* activeWorkspace() const;
    // The shared menu entry of `action` (object names actionNew, actionOpen, actionSave, actionSaveAs,
    // actionExport, actionRun, actionCancel).
    QAction* action(Workspace::Action action) const { return m_actions.value(action); }

    // Asks whether to save unsaved changes: QMessageBox::Save, Discard or Cancel. Tests replace the question.
    std::function<int()> askSaveChanges;
    // Asks for a file (caption, filter, for saving): the path, or empty when cancelled. Tests replace the dialog.
    std::function<QString(const QString& caption, const QString& filter, bool forSaving)> askFileName;

public slots:
    void showAbout();
    void showSettings();
    void newDocument();
    void openDocument();
    bool saveDocument();
    bool saveDocumentAs();
    void exportReport();
    void run();
    void cancel();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    QAction* addWorkspaceAction(QMenu* menu, Workspace::Action action, const QString& text,
                                const QKeySequence& shortcut, const char* objectName, std::function<void()> slot);
    void onActiveWorkspaceChanged();
    void updateActions();
    void updateTitle();
    void updateInputActions();
    // Saves `workspace`'s document (asking for a file when it has none or `askPath`); true when saved.
    bool save(Workspace* workspace, bool askPath);
    // Offers to save unsaved changes of `workspace`; true when the caller may go on.
    bool maybeSave(Workspace* workspace);

    InferenceService* m_service = nullptr;
    QTabWidget* m_tabs = nullptr;
    FaceWorkspace* m_face = nullptr;
    CxrWorkspace* m_cxr = nullptr;
    QList<Workspace*> m_workspaceList;
    QMap<Workspace::Action, QAction*> m_actions;
    QMenu* m_fileMenu = nullptr;
    QAction* m_inputSeparator = nullptr; // the active workspace's input actions go just before it
    QList<QAction*> m_shownInputActions; // those in the File menu now
};

} // namespace descry::ui

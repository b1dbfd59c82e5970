#pragma once

#include "ui/Workspace.h"

#include <QList>
#include <QMainWindow>
#include <QKeySequence>
#include <QMap>

#include <functional>

class QAction;
class QLabel;
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
    // The window's size on first start for a screen whose work area is `available`.
    static QSize defaultWindowSize(const QSize& available);
    // The workspace of the current tab.
    Workspace* activeWorkspace() const;
    // The shared menu entry of `action` (object names actionNew, actionOpen, actionSave, actionSaveAs,
    // actionSignAndSave, actionExport, actionRun, actionCancel).
    QAction* action(Workspace::Action action) const { return m_actions.value(action); }
    // Opens the case file `path` in the workspace of its task (asking to save that workspace's unsaved changes
    // first); a file that is not a trustworthy case is refused with a one-line error. True when opened.
    bool openCaseFile(const QString& path);
    // The permanent status bar text of the active document (blind review, integrity, signer).
    QLabel* caseStatusLabel() const { return m_caseStatus; }

    // The questions and messages that would block in a modal dialog; tests replace them.
    // Whether to save unsaved changes: QMessageBox::Save, Discard or Cancel (the default asks with a QMessageBox
    // named "unsavedChangesBox").
    std::function<int()> askSaveChanges;
    // A file (caption, filter, for saving, the folder or proposed file the dialog starts at): the path, or empty
    // when cancelled.
    std::function<QString(const QString& caption, const QString& filter, bool forSaving, const QString& start)>
        askFileName;
    // Shows a one-line error (title, message).
    std::function<void(const QString& title, const QString& message)> showError;
    // The examiner's name for signing (asked once, then kept in the settings): empty when cancelled.
    std::function<QString()> askExaminerName;

public slots:
    void showAbout();
    void showSettings();
    void newDocument();
    void openDocument();
    bool saveDocument();
    bool saveDocumentAs();
    bool signAndSaveDocument();
    void exportReport();
    // Only the face photos, full screen (menus, tabs and panels hidden); Esc or F11 returns.
    void setPhotosFullScreen(bool on);
    // Shows a panel of the face workspace and gives the keyboard focus to its first control.
    void goToPanel(QWidget* panel);
    void run();
    void cancel();

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    // Files or folders dropped anywhere on the window go to the active workspace when it opens dropped inputs
    // (Chest X-ray); the face workspace's photo panes take their own drops.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    QAction* addWorkspaceAction(QMenu* menu, Workspace::Action action, const QString& text,
                                const QKeySequence& shortcut, const char* objectName, std::function<void()> slot);
    void onActiveWorkspaceChanged();
    void updateActions();
    void updateTitle();
    void updateInputActions();
    void updateCaseStatus();
    // The file to save `workspace`'s document to: its own, or one asked for (with the suffix) when it has none or
    // `askPath`; empty when cancelled.
    QString savePath(Workspace* workspace, bool askPath);
    // Where the Save dialog starts for a case without a file: the cases folder of the Settings, else the folder
    // cases were last saved in, else the home folder; never the evidence folder.
    static QString defaultCaseFolder();
    void restoreLayout();
    void saveLayout();
    // Saves `workspace`'s document (asking for a file when it has none or `askPath`); true when saved. A failure
    // is shown in a message box.
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
    QLabel* m_caseStatus = nullptr;
    QAction* m_compactLayout = nullptr;
    QAction* m_detailedLayout = nullptr;
    QAction* m_fullScreen = nullptr;
    bool m_wasMaximized = false;
    QAction* m_inputSeparator = nullptr; // the active workspace's input actions go just before it
    QList<QAction*> m_shownInputActions; // those in the File menu now
};

} // namespace descry::ui

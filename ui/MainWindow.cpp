#include "ui/MainWindow.h"

#include "ui/AboutDialog.h"
#include "ui/AlignedCompareView.h"
#include "ui/CasePanel.h"
#include "ui/NotesPanel.h"
#include "ui/ResultsPanel.h"
#include "ui/AppSettings.h"
#include "ui/CxrWorkspace.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/SettingsDialog.h"

#include "core/casefile/CaseFile.h"

#include <QScreen>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QActionGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QDropEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QKeyEvent>

// Resources compiled into a static library must be registered explicitly.
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace descry::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    initUiResources();
    setWindowTitle(tr("Descry"));
    setWindowIcon(QIcon(QStringLiteral(":/descry/icons/descry.svg")));
    // Children are deleted in creation order: the tabs (and the workspaces in them) go before the service.
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_service = new InferenceService(AppSettings().threads(), this);
    m_face = new FaceWorkspace(m_service, m_tabs);
    m_cxr = new CxrWorkspace(m_service, m_tabs);
    m_tabs->addTab(m_face, tr("Face comparison"));
    m_tabs->addTab(m_cxr, tr("Chest X-ray"));
    m_workspaceList = {m_face, m_cxr};
    setCentralWidget(m_tabs);
    createMenus();
    m_caseStatus = new QLabel(this);
    m_caseStatus->setObjectName(QStringLiteral("caseStatus"));
    statusBar()->addPermanentWidget(m_caseStatus);
    statusBar()->showMessage(tr("Ready"));
    for (Workspace* ws : std::as_const(m_workspaceList)) {
        connect(ws, &Workspace::statusMessage, this, [this](const QString& t) { statusBar()->showMessage(t, 8000); });
        connect(ws, &Workspace::stateChanged, this, &MainWindow::updateActions);
        connect(ws, &Workspace::stateChanged, this, &MainWindow::updateCaseStatus);
        connect(ws, &Workspace::modifiedChanged, this, &MainWindow::updateTitle);
        connect(ws, &Workspace::documentChanged, this, &MainWindow::updateTitle);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onActiveWorkspaceChanged);
    askSaveChanges = [this] {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), tr("The case has unsaved changes. Save them?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        box.exec();
        QAbstractButton* clicked = box.clickedButton();
        return clicked ? int(box.standardButton(clicked)) : int(QMessageBox::Cancel);
    };
    askFileName = [this](const QString& caption, const QString& filter, bool forSaving, const QString& start) {
        return forSaving ? QFileDialog::getSaveFileName(this, caption, start, filter)
                         : QFileDialog::getOpenFileName(this, caption, start, filter);
    };
    showError = [this](const QString& title, const QString& message) { QMessageBox::warning(this, title, message); };
    askExaminerName = [this] {
        return QInputDialog::getText(this, tr("Sign and save"),
                                     tr("Your name, as it will appear in the signature of the cases you sign:"))
            .trimmed();
    };
    setAcceptDrops(true);
    onActiveWorkspaceChanged();
    resize(defaultWindowSize(screen() ? screen()->availableGeometry().size() : QSize()));
    restoreLayout();
}

QSize MainWindow::defaultWindowSize(const QSize& available)
{
    // 1280×800 where it fits; on a smaller screen (1366×768 and its 728-px work area) the whole work area, never
    // more, so that nothing of the window is below the screen's edge.
    const QSize preferred(1280, 800);
    return available.isValid() && !available.isEmpty() ? preferred.boundedTo(available) : preferred;
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = AppSettings().layoutState(QStringLiteral("window/geometry"));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = AppSettings().layoutState(QStringLiteral("window/state"));
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::saveLayout()
{
    AppSettings settings;
    settings.setLayoutState(QStringLiteral("window/geometry"), saveGeometry());
    settings.setLayoutState(QStringLiteral("window/state"), saveState());
}

QString MainWindow::defaultCaseFolder()
{
    AppSettings settings;
    for (const QString& folder : {settings.casesFolder(), settings.lastFolder(QStringLiteral("cases"))})
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    return QDir::homePath();
}

Workspace* MainWindow::activeWorkspace() const
{
    return qobject_cast<Workspace*>(m_tabs->currentWidget());
}

QAction* MainWindow::addWorkspaceAction(QMenu* menu, Workspace::Action action, const QString& text,
                                        const QKeySequence& shortcut, const char* objectName,
                                        std::function<void()> slot)
{
    QAction* a = menu->addAction(text, this, std::move(slot));
    a->setShortcut(shortcut);
    a->setObjectName(QLatin1String(objectName));
    m_actions.insert(action, a);
    return a;
}

void MainWindow::createMenus()
{
    using A = Workspace::Action;
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu* file = m_fileMenu;
    m_inputSeparator = file->addSeparator(); // the active workspace's own entries (open a photo) go above
    addWorkspaceAction(file, A::NewDocument, tr("&New case"), QKeySequence::New, "actionNew",
                       [this] { newDocument(); });
    addWorkspaceAction(file, A::OpenDocument, tr("Open &case…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O),
                       "actionOpen", [this] { openDocument(); });
    addWorkspaceAction(file, A::Save, tr("&Save case"), QKeySequence::Save, "actionSave", [this] { saveDocument(); });
    addWorkspaceAction(file, A::SaveAs, tr("Save case &as…"), QKeySequence::SaveAs, "actionSaveAs",
                       [this] { saveDocumentAs(); });
    addWorkspaceAction(file, A::SignAndSave, tr("S&ign and save case…"), QKeySequence(), "actionSignAndSave",
                       [this] { signAndSaveDocument(); });
    addWorkspaceAction(file, A::Export, tr("&Export PDF report…"), QKeySequence(Qt::CTRL | Qt::Key_E), "actionExport",
                       [this] { exportReport(); });
    file->addSeparator();
    file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings)->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* faceTab = view->addAction(tr("&Face comparison"), this, [this] { m_tabs->setCurrentWidget(m_face); });
    faceTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* cxrTab = view->addAction(tr("&Chest X-ray"), this, [this] { m_tabs->setCurrentWidget(m_cxr); });
    cxrTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    auto* layouts = new QActionGroup(this);
    m_compactLayout = view->addAction(tr("C&ompact layout (photos beside the results)"), this,
                                      [this] { m_face->setLayoutMode(FaceWorkspace::Layout::Compact); });
    m_compactLayout->setObjectName(QStringLiteral("actionCompactLayout"));
    m_detailedLayout = view->addAction(tr("&Detailed layout (photos above results, notes and case)"), this,
                                       [this] { m_face->setLayoutMode(FaceWorkspace::Layout::Detailed); });
    m_detailedLayout->setObjectName(QStringLiteral("actionDetailedLayout"));
    for (QAction* a : {m_compactLayout, m_detailedLayout}) {
        a->setCheckable(true);
        layouts->addAction(a);
    }
    (m_face->layoutMode() == FaceWorkspace::Layout::Detailed ? m_detailedLayout : m_compactLayout)->setChecked(true);
    // Keyboard access to every panel of the face workspace, whichever layout holds it.
    QMenu* panels = view->addMenu(tr("&Go to panel"));
    const QList<QPair<QWidget*, QString>> targets = {{m_face->resultsPanel(), tr("&Results")},
                                                     {m_face->alignedView(), tr("&Aligned faces")},
                                                     {m_face->notesPanel(), tr("Examiner &notes")},
                                                     {m_face->casePanel(), tr("&Case details and conclusion")}};
    for (int i = 0; i < targets.size(); ++i) {
        QWidget* panel = targets[i].first;
        QAction* go = panels->addAction(targets[i].second, this, [this, panel] { goToPanel(panel); });
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        go->setObjectName(QStringLiteral("actionGoToPanel%1").arg(i + 1));
    }
    m_fullScreen = view->addAction(tr("&Photos full screen"), this, [this](bool on) { setPhotosFullScreen(on); });
    m_fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11)); // QKeySequence::FullScreen is empty on some desktops
    addAction(m_fullScreen); // its shortcut must work while the menu bar is hidden in full screen

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    addWorkspaceAction(analysis, A::Run, tr("&Run"), QKeySequence(Qt::CTRL | Qt::Key_R), "actionRun",
                       [this] { run(); });
    addWorkspaceAction(analysis, A::Cancel, tr("C&ancel"), QKeySequence(Qt::Key_Escape), "actionCancel",
                       [this] { cancel(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Descry"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::goToPanel(QWidget* panel)
{
    if (m_fullScreen->isChecked())
        m_fullScreen->trigger(); // the panels are hidden in full screen
    m_tabs->setCurrentWidget(m_face);
    m_face->showPanel(panel);
    // The panel's first input (field, list, tree, choice) takes the focus, so that the keyboard goes on from
    // there; queued as well, since the tab widget hands the focus to its tab bar after the switch.
    QWidget* target = panel;
    const QList<QWidget*> children = panel->findChildren<QWidget*>();
    for (QWidget* w : children)
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(this) && w->isEnabled() &&
            (qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
             qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w) || w->inherits("descry::ui::ImageView") ||
             w->inherits("descry::ui::AlignedCompareView") || w->inherits("QCustomPlot"))) {
            target = w;
            break;
        }
    target->setFocus(Qt::ShortcutFocusReason);
    QTimer::singleShot(0, target, [target] { target->setFocus(Qt::ShortcutFocusReason); });
}

void MainWindow::setPhotosFullScreen(bool on)
{
    if (on) {
        m_tabs->setCurrentWidget(m_face);
        m_wasMaximized = isMaximized();
        m_face->setPhotosOnly(true);
        menuBar()->setVisible(false);
        statusBar()->setVisible(false);
        m_tabs->tabBar()->setVisible(false);
        showFullScreen();
    } else {
        m_face->setPhotosOnly(false);
        menuBar()->setVisible(true);
        statusBar()->setVisible(true);
        m_tabs->tabBar()->setVisible(true);
        m_wasMaximized ? showMaximized() : showNormal();
    }
    if (m_fullScreen->isChecked() != on)
        m_fullScreen->setChecked(on);
}

void MainWindow::keyPressEvent(QKeyEvent* event)
{
    // The menu bar is hidden in full screen: Esc leaves it too (F11 toggles).
    if (m_fullScreen->isChecked() && event->key() == Qt::Key_Escape) {
        setPhotosFullScreen(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::onActiveWorkspaceChanged()
{
    updateInputActions();
    updateActions();
    updateTitle();
    updateCaseStatus();
}

void MainWindow::updateInputActions()
{
    for (QAction* a : std::as_const(m_shownInputActions))
        m_fileMenu->removeAction(a);
    m_shownInputActions.clear();
    if (Workspace* ws = activeWorkspace()) {
        m_shownInputActions = ws->inputActions();
        m_fileMenu->insertActions(m_inputSeparator, m_shownInputActions);
    }
    m_inputSeparator->setVisible(!m_shownInputActions.isEmpty());
}

void MainWindow::updateActions()
{
    Workspace* ws = activeWorkspace();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const bool can = ws && ws->canPerform(it.key());
        it.value()->setEnabled(can);
        // A disabled entry says why (menu tooltip and status tip), e.g. export during blind review.
        const QString why = can || !ws ? QString() : ws->unavailableReason(it.key());
        it.value()->setToolTip(why.isEmpty() ? QString() : why);
        it.value()->setStatusTip(why);
    }
    if (ws)
        m_actions.value(Workspace::Action::Run)->setText(ws->runText());
}

void MainWindow::updateTitle()
{
    Workspace* ws = activeWorkspace();
    const QString title = ws ? ws->documentTitle() : QString();
    setWindowTitle(title.isEmpty() ? tr("Descry") : tr("%1[*] — Descry").arg(title));
    setWindowModified(ws && ws->isModified());
}

void MainWindow::updateCaseStatus()
{
    Workspace* ws = activeWorkspace();
    const QString text = ws ? ws->caseStatusText() : QString();
    m_caseStatus->setText(text);
    m_caseStatus->setVisible(!text.isEmpty());
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The blind-first setting is for new cases: the open one stays blind until its analysis is locked.
    dialog->setOpenCaseBlind(activeWorkspace() == m_cxr ? m_cxr->caseFile().modelOutputHidden()
                                                        : m_face->caseFile().modelOutputHidden());
    // The thread count is per thread in LibTorch: the inference thread sets its own (queued), never this one.
    connect(dialog, &SettingsDialog::settingsApplied, m_service, &InferenceService::requestThreads);
    // The chest X-ray pack chosen (or a packs folder added) applies at once.
    connect(dialog, &SettingsDialog::settingsApplied, m_cxr, &CxrWorkspace::refreshPack);
    dialog->open();
}

void MainWindow::newDocument()
{
    Workspace* ws = activeWorkspace();
    if (!ws || !ws->canPerform(Workspace::Action::NewDocument) || !maybeSave(ws))
        return;
    ws->newDocument();
}

void MainWindow::openDocument()
{
    Workspace* ws = activeWorkspace();
    if (!ws || !ws->canPerform(Workspace::Action::OpenDocument) || !maybeSave(ws))
        return;
    const QString path = askFileName(tr("Open case"), ws->documentFileFilter(), false, defaultCaseFolder());
    if (path.isEmpty())
        return;
    AppSettings().setLastFolder(QStringLiteral("cases"), QFileInfo(path).absolutePath());
    openCaseFile(path);
}

bool MainWindow::openCaseFile(const QString& path)
{
    // A case that cannot be trusted (broken history, bad signature) is not opened: say why, plainly.
    auto opened = CaseFile::open(path);
    if (!opened) {
        showError(tr("Cannot open the case"), opened.error().toString());
        return false;
    }
    Workspace* ws = opened->isCxrCase() ? static_cast<Workspace*>(m_cxr) : static_cast<Workspace*>(m_face);
    if (!ws->canPerform(Workspace::Action::OpenDocument)) {
        showError(tr("Cannot open the case"),
                  tr("%1: the %2 workspace is busy; cancel its run first")
                      .arg(path, m_tabs->tabText(m_tabs->indexOf(ws)).remove(QLatin1Char('&'))));
        return false;
    }
    if (ws != activeWorkspace() && !maybeSave(ws))
        return false;
    m_tabs->setCurrentWidget(ws);
    if (Status st = ws->openDocument(path); !st) {
        showError(tr("Cannot open the case"), st.error().toString());
        return false;
    }
    return true;
}

QString MainWindow::savePath(Workspace* ws, bool askPath)
{
    QString path = ws->documentPath();
    if (askPath || path.isEmpty()) {
        // The case's own folder, else the cases folder: never wherever the last photo dialog was (the evidence).
        const QString folder = path.isEmpty() ? defaultCaseFolder() : QFileInfo(path).absolutePath();
        const QString name = path.isEmpty() ? ws->suggestedFileName() : QFileInfo(path).fileName();
        path = askFileName(tr("Save case"), ws->documentFileFilter(), true, QDir(folder).filePath(name));
        if (path.isEmpty())
            return {};
        AppSettings().setLastFolder(QStringLiteral("cases"), QFileInfo(path).absolutePath());
        const QString suffix = QLatin1Char('.') + ws->documentSuffix();
        if (!ws->documentSuffix().isEmpty() && !path.endsWith(suffix))
            path += suffix;
    }
    return path;
}

bool MainWindow::save(Workspace* ws, bool askPath)
{
    const QString path = savePath(ws, askPath);
    if (path.isEmpty())
        return false;
    if (Status st = ws->saveDocument(path); !st) {
        showError(tr("Cannot save the case"), st.error().toString());
        return false;
    }
    return true;
}

bool MainWindow::saveDocument()
{
    Workspace* ws = activeWorkspace();
    return ws && ws->supports(Workspace::Action::Save) && save(ws, false);
}

bool MainWindow::saveDocumentAs()
{
    Workspace* ws = activeWorkspace();
    return ws && ws->canPerform(Workspace::Action::SaveAs) && save(ws, true);
}

bool MainWindow::signAndSaveDocument()
{
    Workspace* ws = activeWorkspace();
    if (!ws || !ws->canPerform(Workspace::Action::SignAndSave))
        return false;
    AppSettings settings;
    QString examiner = settings.examinerName();
    if (examiner.isEmpty()) {
        examiner = askExaminerName();
        if (examiner.isEmpty())
            return false;
        settings.setExaminerName(examiner);
    }
    const QString path = savePath(ws, false);
    if (path.isEmpty())
        return false;
    if (Status st = ws->signAndSaveDocument(path, examiner); !st) {
        showError(tr("Cannot sign and save the case"), st.error().toString());
        return false;
    }
    return true;
}

void MainWindow::exportReport()
{
    Workspace* ws = activeWorkspace();
    if (!ws)
        return;
    if (!ws->canPerform(Workspace::Action::Export)) {
        // Reached only by a direct call (the menu entry is disabled then): say why, ask nothing.
        if (const QString why = ws->unavailableReason(Workspace::Action::Export); !why.isEmpty())
            statusBar()->showMessage(why, 8000);
        return;
    }
    AppSettings settings;
    QString folder = settings.lastFolder(QStringLiteral("reports"));
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = ws->documentPath().isEmpty() ? defaultCaseFolder() : QFileInfo(ws->documentPath()).absolutePath();
    QString path = askFileName(tr("Export PDF report"), tr("PDF (*.pdf)"), true,
                               QDir(folder).filePath(ws->suggestedFileName(QStringLiteral("-report.pdf"))));
    if (path.isEmpty())
        return;
    settings.setLastFolder(QStringLiteral("reports"), QFileInfo(path).absolutePath());
    if (!path.endsWith(QLatin1String(".pdf")))
        path += QLatin1String(".pdf");
    if (Status st = ws->exportReport(path); !st)
        showError(tr("Export failed"), st.error().toString());
}

void MainWindow::run()
{
    if (Workspace* ws = activeWorkspace(); ws && ws->canPerform(Workspace::Action::Run))
        ws->run();
}

void MainWindow::cancel()
{
    if (Workspace* ws = activeWorkspace(); ws && ws->canPerform(Workspace::Action::Cancel))
        ws->cancel();
}

bool MainWindow::maybeSave(Workspace* ws)
{
    if (!ws->isModified())
        return true;
    switch (askSaveChanges()) {
    case QMessageBox::Save:
        return save(ws, false); // a cancelled file dialog or a failed save cancels what was asked for
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (Workspace* ws : std::as_const(m_workspaceList)) {
        if (!ws->isModified())
            continue;
        m_tabs->setCurrentWidget(ws);
        if (!maybeSave(ws)) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (activeWorkspace() == m_cxr && CxrWorkspace::canOpen(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (activeWorkspace() != m_cxr || !CxrWorkspace::canOpen(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_cxr->openDropped(event->mimeData());
}

} // namespace descry::ui

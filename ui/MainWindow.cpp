#include "ui/MainWindow.h"

#include "ui/AboutDialog.h"
#include "ui/CxrWorkspace.h"
#include "ui/FaceWorkspace.h"
#include "ui/PhotoPane.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QMessageBox>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

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
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_face = new FaceWorkspace(m_tabs);
    m_cxr = new CxrWorkspace(m_tabs);
    m_tabs->addTab(m_face, tr("Face comparison"));
    m_tabs->addTab(m_cxr, tr("Chest X-ray"));
    setCentralWidget(m_tabs);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    connect(m_face, &FaceWorkspace::statusMessage, this, [this](const QString& t) { statusBar()->showMessage(t, 8000); });
    connect(m_face, &FaceWorkspace::modifiedChanged, this, &MainWindow::updateTitle);
    askSaveChanges = [this] {
        return QMessageBox::question(this, tr("Unsaved changes"), tr("The case has unsaved changes. Save them?"),
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    updateTitle();
    resize(1280, 800);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openProbe = file->addAction(tr("Open &probe photo…"), m_face->probePane(), &PhotoPane::open);
    openProbe->setShortcut(QKeySequence::Open);
    QAction* openRef = file->addAction(tr("Open &reference photo…"), m_face->referencePane(), &PhotoPane::open);
    openRef->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    file->addAction(tr("&New case"), this, [this] {
        if (m_face->isModified() && askSaveChanges() == QMessageBox::Cancel)
            return;
        m_face->newCase();
    });
    file->addAction(tr("Open &case…"), this, &MainWindow::openCase)->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    file->addAction(tr("&Save case"), this, &MainWindow::saveCase)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save case &as…"), this, &MainWindow::saveCaseAs)->setShortcut(QKeySequence::SaveAs);
    QAction* exportPdf = file->addAction(tr("&Export PDF report…"), this, &MainWindow::exportReport);
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportPdf->setObjectName(QStringLiteral("actionExport"));
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

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    QAction* compare = analysis->addAction(tr("&Compare"), m_face, &FaceWorkspace::compare);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    compare->setObjectName(QStringLiteral("actionCompare"));
    analysis->addAction(tr("C&ancel"), m_face, &FaceWorkspace::cancel)->setShortcut(QKeySequence(Qt::Key_Escape));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Descry"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateTitle()
{
    const QString path = m_face->caseFile().path();
    setWindowTitle(tr("%1[*] — Descry").arg(path.isEmpty() ? tr("Untitled case") : QFileInfo(path).fileName()));
    setWindowModified(m_face->isModified());
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::saveCase()
{
    if (m_face->caseFile().path().isEmpty())
        return saveCaseAs();
    const bool ok = m_face->saveCase(m_face->caseFile().path()).ok();
    updateTitle();
    return ok;
}

bool MainWindow::saveCaseAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save case"), QString(), tr("Descry cases (*.descry)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".descry")))
        path += QLatin1String(".descry");
    const bool ok = m_face->saveCase(path).ok();
    updateTitle();
    return ok;
}

void MainWindow::openCase()
{
    if (m_face->isModified() && askSaveChanges() == QMessageBox::Cancel)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open case"), QString(), tr("Descry cases (*.descry)"));
    if (path.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_face);
    (void)m_face->openCase(path); // errors are shown in the workspace
    updateTitle();
}

void MainWindow::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF report"), QString(), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        (void)m_face->exportReport(path.endsWith(QLatin1String(".pdf")) ? path : path + QLatin1String(".pdf"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_face->isModified()) {
        const int answer = askSaveChanges();
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveCase())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace descry::ui

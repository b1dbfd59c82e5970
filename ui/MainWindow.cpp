#include "ui/MainWindow.h"

#include "ui/AboutDialog.h"
#include "ui/CxrWorkspace.h"
#include "ui/FaceWorkspace.h"

#include <QApplication>
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
    resize(1280, 800);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* faceTab = view->addAction(tr("&Face comparison"), this, [this] { m_tabs->setCurrentWidget(m_face); });
    faceTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* cxrTab = view->addAction(tr("&Chest X-ray"), this, [this] { m_tabs->setCurrentWidget(m_cxr); });
    cxrTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

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

} // namespace descry::ui

// The chest X-ray workspace: opening (menu, folder, drag-and-drop, recent), decoding on the inference service,
// window/level, invert, frames, measurement, audited reveal of identifiers, one-line errors, and the screenshot.
#include "CxrTestData.h"
#include "UiHooks.h"
#include "ui/AppSettings.h"
#include "support/FakeCxrPack.h"
#include "ui/CxrCaseDocument.h"
#include "ui/CxrChecklistModel.h"
#include "ui/CxrContributionChart.h"
#include "ui/CxrResultsPanel.h"
#include "ui/CxrWorkspace.h"
#include "ui/DicomMetadataPanel.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"
#include "ui/RadiographView.h"
#include "ui/SeriesListModel.h"
#include "ui/ViewerControls.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;

namespace {

// Every instance path of the model, in tree order.
QStringList instancePaths(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(SeriesListModel::KindRole).toString() == QLatin1String("instance"))
            out << i.data(SeriesListModel::PathRole).toString();
        out << instancePaths(model, i);
    }
    return out;
}

// Every display text of the model.
QStringList modelTexts(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        out << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString();
        out << modelTexts(model, i);
    }
    return out;
}

// A press, a few moves and a release with `button` held, from `from` to `to` (widget coordinates).
void drag(QWidget* w, Qt::MouseButton button, QPointF from, QPointF to)
{
    const auto send = [w](QEvent::Type type, QPointF at, Qt::MouseButton b, Qt::MouseButtons held) {
        QMouseEvent e(type, at, w->mapToGlobal(at), b, held, Qt::NoModifier);
        QApplication::sendEvent(w, &e);
    };
    send(QEvent::MouseButtonPress, from, button, button);
    for (int k = 1; k <= 4; ++k)
        send(QEvent::MouseMove, from + (to - from) * (k / 4.0), Qt::NoButton, button);
    send(QEvent::MouseButtonRelease, to, button, Qt::NoButton);
}

// A shown workspace on its own service with the study folder written: the fixture of most tests.
struct Open
{
    QTemporaryDir dir;
    uitest::StudyFolder study;
    QString error;
    InferenceService service;
    CxrWorkspace ws{&service};

    Open()
    {
        study = uitest::writeStudyFolder(dir.filePath(QStringLiteral("study")), &error);
        ws.resize(1400, 900);
        ws.show();
    }
    // Opens `inputs` and waits for the first image; false when none came within 30 s.
    bool openAndWait(const QStringList& inputs)
    {
        QSignalSpy shown(&ws, &CxrWorkspace::imageShown);
        ws.openInputs(inputs);
        return shown.wait(30000);
    }
    bool showAndWait(const QString& path)
    {
        QSignalSpy shown(&ws, &CxrWorkspace::imageShown);
        ws.seriesView()->setCurrentIndex(ws.seriesModel()->indexForPath(path));
        return shown.wait(30000) && ws.currentImagePath() == path;
    }
};

} // namespace

TEST(InferenceService, ScansStudiesAndDecodesRadiographsOnItsThreadLatestOnly)
{
    QTemporaryDir dir;
    QString error;
    const uitest::StudyFolder study = uitest::writeStudyFolder(dir.filePath(QStringLiteral("study")), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    InferenceService service;
    QSignalSpy scanned(&service, &InferenceService::studyScanned);
    QSignalSpy loaded(&service, &InferenceService::radiographLoaded);
    QSignalSpy failed(&service, &InferenceService::requestFailed);
    const quint64 scan = service.requestStudyScan({study.root});
    EXPECT_TRUE(service.isBusy(QLatin1String(InferenceService::CxrScanTask)));
    ASSERT_TRUE(scanned.wait(30000));
    EXPECT_EQ(scanned.at(0).at(0).value<quint64>(), scan);
    const StudyScan result = scanned.at(0).at(1).value<StudyScan>();
    EXPECT_EQ(result.instanceCount(), 3);
    EXPECT_EQ(result.skippedFiles, 1);
    EXPECT_FALSE(service.isBusy(QLatin1String(InferenceService::CxrScanTask)));

    const quint64 stale = service.requestRadiograph(study.multiframe);
    const quint64 latest = service.requestRadiograph(study.second);
    EXPECT_GT(latest, stale);
    ASSERT_TRUE(loaded.wait(30000));
    QTest::qWait(100); // anything the stale request could still report has arrived by now
    ASSERT_EQ(loaded.size(), 1);
    EXPECT_EQ(loaded.at(0).at(0).value<quint64>(), latest);
    const auto image = loaded.at(0).at(1).value<QSharedPointer<const MedicalImage>>();
    ASSERT_TRUE(image);
    EXPECT_EQ(image->info().path, study.second);
    EXPECT_EQ(image->info().sha256, *sha256File(study.second));
    EXPECT_TRUE(failed.isEmpty());

    service.requestRadiograph(study.notDicom);
    ASSERT_TRUE(failed.wait(30000));
    EXPECT_EQ(failed.at(0).at(1).toString(), QStringLiteral("cxr-image"));
    EXPECT_TRUE(failed.at(0).at(2).toString().startsWith(study.notDicom));
}

TEST(CxrWorkspace, OpensAFolderGroupsItsSeriesAndReportsSkippedFiles)
{
    Open o;
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    ASSERT_TRUE(o.openAndWait({o.study.root})) << o.ws.messageLabel()->text().toStdString();
    const QStringList paths = instancePaths(o.ws.seriesModel());
    EXPECT_EQ(paths.size(), 3) << paths.join(QLatin1Char(' ')).toStdString();
    for (const QString& p : {o.study.first, o.study.second, o.study.multiframe})
        EXPECT_TRUE(paths.contains(p)) << p.toStdString();
    EXPECT_EQ(o.ws.currentImagePath(), o.study.first); // series 1, instance 1
    ASSERT_TRUE(o.ws.view()->image());
    EXPECT_EQ(o.ws.view()->image()->width(), 128);
    EXPECT_FALSE(o.ws.view()->displayedFrame().isNull());
    EXPECT_TRUE(o.ws.messageLabel()->text().contains(QStringLiteral("1 file skipped")))
        << o.ws.messageLabel()->text().toStdString();
    EXPECT_TRUE(o.ws.messageLabel()->toolTip().contains(QStringLiteral("notes.txt")));
    EXPECT_FALSE(o.ws.isBusy());
    EXPECT_FALSE(o.ws.progressBar()->isVisible());
    // The image shown is evidence of the case now.
    ASSERT_EQ(o.ws.caseFile().evidence().size(), 1);
    EXPECT_EQ(o.ws.caseFile().evidence()[0].path, o.study.first);
    EXPECT_EQ(o.ws.caseFile().evidence()[0].sha256, *sha256File(o.study.first));
    EXPECT_EQ(o.ws.caseFile().auditLog().entries().constLast().action, QStringLiteral("load"));
    EXPECT_TRUE(o.ws.isModified());
    // Identifiers stay hidden, in the panel and in the list.
    const QString rows = o.ws.metadataPanel()->rowsText().join(QLatin1Char('\n'));
    EXPECT_FALSE(rows.isEmpty());
    EXPECT_FALSE(rows.contains(QStringLiteral("DOE")));
    EXPECT_FALSE(rows.contains(QStringLiteral("PID-4711")));
    EXPECT_FALSE(modelTexts(o.ws.seriesModel()).join(QLatin1Char(' ')).contains(QStringLiteral("DOE")));
    EXPECT_FALSE(o.ws.metadataPanel()->identifiersRevealed());
}

TEST(CxrWorkspace, WindowLevelInvertFrameAndMeasurementAreRecordedInTheCase)
{
    Open o;
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    ASSERT_TRUE(o.openAndWait({o.study.root}));
    RadiographView* view = o.ws.view();
    ViewerControls* controls = o.ws.controls();

    // Typed window values.
    controls->centerBox()->setValue(1800);
    emit controls->centerBox()->editingFinished();
    controls->widthBox()->setValue(1200);
    emit controls->widthBox()->editingFinished();
    EXPECT_DOUBLE_EQ(view->resolvedWindow().center, 1800);
    EXPECT_DOUBLE_EQ(view->resolvedWindow().width, 1200);
    // Dragging with the right button changes the window (and the case records what the view shows).
    const ResolvedWindow typed = view->resolvedWindow();
    const QPointF mid(view->width() / 2.0, view->height() / 2.0);
    drag(view, Qt::RightButton, mid, mid + QPointF(60, 40));
    EXPECT_NE(view->resolvedWindow().width, typed.width);
    EXPECT_NE(view->resolvedWindow().center, typed.center);
    EXPECT_EQ(o.ws.caseFile().viewerState(), view->viewerState());
    EXPECT_EQ(o.ws.caseFile().currentImage(), o.study.first);

    // Invert: the displayed frame flips.
    const QImage before = view->displayedFrame();
    controls->invertButton()->click();
    EXPECT_TRUE(view->isInverted());
    const QImage after = view->displayedFrame();
    ASSERT_EQ(before.size(), after.size());
    const QPoint centre(before.width() / 2, before.height() / 2);
    EXPECT_EQ(qGray(after.pixel(centre)), 255 - qGray(before.pixel(centre)));
    EXPECT_TRUE(o.ws.caseFile().viewerState().value(QStringLiteral("invert")).toBool());

    // Measurement with the Measure tool: 50 image pixels at 0.2 mm (Imager Pixel Spacing).
    view->setTool(RadiographView::Tool::Measure);
    view->fitToWindow();
    const QPointF a = view->imageToWidget(QPointF(20, 80));
    const QPointF b = view->imageToWidget(QPointF(70, 80));
    drag(view, Qt::LeftButton, a, b);
    ASSERT_TRUE(view->measurement().has_value());
    EXPECT_NEAR(view->measurement()->to.x() - view->measurement()->from.x(), 50, 1.0);
    EXPECT_TRUE(view->measurementText().contains(QStringLiteral("mm"))) << view->measurementText().toStdString();
    EXPECT_TRUE(view->measurementText().contains(QStringLiteral("Imager Pixel Spacing")))
        << view->measurementText().toStdString();
    EXPECT_TRUE(o.ws.caseFile().viewerState().value(QStringLiteral("measurement")).isObject());

    // Frames: the three-frame image gets a slider; frame 2 is shown and recorded.
    ASSERT_TRUE(o.showAndWait(o.study.multiframe));
    EXPECT_EQ(view->image()->frameCount(), 3);
    EXPECT_FALSE(controls->frameSlider()->isHidden());
    const QImage frame0 = view->displayedFrame();
    controls->frameSlider()->setValue(2);
    EXPECT_EQ(view->frame(), 2);
    EXPECT_NE(view->displayedFrame(), frame0);
    EXPECT_EQ(o.ws.caseFile().viewerState().value(QStringLiteral("frame")).toInt(), 2);
    EXPECT_EQ(o.ws.caseFile().currentImage(), o.study.multiframe);
    EXPECT_EQ(o.ws.caseFile().evidence().size(), 2); // both images shown are evidence
}

TEST(CxrWorkspace, RevealingIdentifiersIsAuditedFirst)
{
    Open o;
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    ASSERT_TRUE(o.openAndWait({o.study.root}));
    const int entries = o.ws.caseFile().auditLog().size();
    o.ws.metadataPanel()->revealButton()->click();
    ASSERT_EQ(o.ws.caseFile().auditLog().size(), entries + 1);
    const AuditEntry& reveal = o.ws.caseFile().auditLog().entries().constLast();
    EXPECT_EQ(reveal.action, QStringLiteral("reveal"));
    EXPECT_TRUE(reveal.detail.contains(o.study.first)) << reveal.detail.toStdString();
    EXPECT_TRUE(o.ws.metadataPanel()->identifiersRevealed());
    const QString rows = o.ws.metadataPanel()->rowsText().join(QLatin1Char('\n'));
    EXPECT_TRUE(rows.contains(QStringLiteral("JANE"))) << rows.toStdString();
    EXPECT_TRUE(rows.contains(QStringLiteral("PID-4711")));
    // Only this image is revealed: the study list (other patients, perhaps) stays hidden.
    EXPECT_FALSE(modelTexts(o.ws.seriesModel()).join(QLatin1Char(' ')).contains(QStringLiteral("DOE")));
    EXPECT_TRUE(o.ws.isModified());
}

TEST(CxrWorkspace, OnlyTheLatestImageAskedForIsShown)
{
    Open o;
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    ASSERT_TRUE(o.openAndWait({o.study.root}));
    QSignalSpy shown(&o.ws, &CxrWorkspace::imageShown);
    QSignalSpy idle(&o.ws, &CxrWorkspace::loadingFinished);
    o.ws.showImage(o.study.multiframe);
    o.ws.showImage(o.study.second); // the multi-frame request is stale now
    ASSERT_TRUE(idle.wait(30000));
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.at(0).at(0).toString(), o.study.second);
    EXPECT_EQ(o.ws.currentImagePath(), o.study.second);
    EXPECT_EQ(o.ws.view()->image()->info().path, o.study.second);
}

TEST(CxrWorkspace, ErrorsAreOneLineNamingTheFile)
{
    Open o;
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    QSignalSpy idle(&o.ws, &CxrWorkspace::loadingFinished);
    o.ws.showImage(o.study.notDicom); // decoding a text file
    ASSERT_TRUE(idle.wait(30000));
    const QString message = o.ws.messageLabel()->text();
    EXPECT_TRUE(message.startsWith(o.study.notDicom)) << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1Char('\n')));
    EXPECT_FALSE(o.ws.view()->image());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);

    o.ws.openInputs({o.dir.filePath(QStringLiteral("missing-folder"))});
    ASSERT_TRUE(idle.wait(30000));
    EXPECT_TRUE(o.ws.messageLabel()->text().contains(QStringLiteral("missing-folder")))
        << o.ws.messageLabel()->text().toStdString();
    EXPECT_FALSE(o.ws.messageLabel()->text().contains(QLatin1Char('\n')));
}

TEST(CxrWorkspace, DroppedFoldersOpenOnTheWorkspaceAndOnTheWindow)
{
    Open o;
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(o.study.root)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&o.ws, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QSignalSpy shown(&o.ws, &CxrWorkspace::imageShown);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&o.ws, &drop);
    ASSERT_TRUE(shown.wait(30000));
    EXPECT_EQ(instancePaths(o.ws.seriesModel()).size(), 3);

    // Dropped on the main window (outside the tab's widgets): routed to the active chest X-ray tab.
    MainWindow window;
    window.workspaces()->setCurrentWidget(window.cxrWorkspace());
    QMimeData one;
    one.setUrls({QUrl::fromLocalFile(o.study.second)});
    QSignalSpy windowShown(window.cxrWorkspace(), &CxrWorkspace::imageShown);
    QDragEnterEvent windowEnter(QPoint(5, 5), Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &windowEnter); // as a real drag does before it drops
    EXPECT_TRUE(windowEnter.isAccepted());
    QDropEvent windowDrop(QPointF(5, 5), Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &windowDrop);
    ASSERT_TRUE(windowShown.wait(30000)) << window.cxrWorkspace()->messageLabel()->text().toStdString();
    EXPECT_EQ(window.cxrWorkspace()->currentImagePath(), o.study.second);
}

TEST(CxrWorkspace, FileMenuOpensFilesFoldersAndRecentInputs)
{
    Open o;
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    QStringList captions;
    o.ws.askOpenFiles = [&](const QString& caption, const QString&) {
        captions << caption;
        return QStringList{o.study.second, o.study.multiframe};
    };
    o.ws.askFolder = [&](const QString& caption) {
        captions << caption;
        return o.study.root;
    };
    const QList<QAction*> inputs = o.ws.inputActions();
    ASSERT_EQ(inputs.size(), 4);
    EXPECT_EQ(inputs[0]->shortcut(), QKeySequence(QKeySequence::Open));
    ASSERT_NE(inputs[3]->menu(), nullptr); // Open recent

    QSignalSpy shown(&o.ws, &CxrWorkspace::imageShown);
    inputs[0]->trigger(); // two files
    ASSERT_TRUE(shown.wait(30000));
    EXPECT_EQ(instancePaths(o.ws.seriesModel()).size(), 2);
    inputs[1]->trigger(); // a folder
    ASSERT_TRUE(shown.wait(30000));
    EXPECT_EQ(instancePaths(o.ws.seriesModel()).size(), 3);
    EXPECT_EQ(captions.size(), 2);

    // The recent inputs of this tab, most recent first; the face tab's own list is untouched.
    const QStringList recent = AppSettings().recentFiles(QStringLiteral("cxr"));
    ASSERT_GE(recent.size(), 3);
    EXPECT_EQ(recent.first(), o.study.root);
    EXPECT_FALSE(AppSettings().recentFiles().contains(o.study.root));
    QMenu* menu = o.ws.recentMenu();
    QAction* second = nullptr;
    for (QAction* a : menu->actions())
        if (a->text() == o.study.second)
            second = a;
    ASSERT_NE(second, nullptr);
    second->trigger();
    ASSERT_TRUE(shown.wait(30000));
    EXPECT_EQ(instancePaths(o.ws.seriesModel()), QStringList{o.study.second});
    EXPECT_EQ(AppSettings().recentFiles(QStringLiteral("cxr")).first(), o.study.second);
}

TEST(CxrWorkspace, RunStaysDisabledWithAReasonUntilAnImageIsShown)
{
    InferenceService service;
    CxrWorkspace ws(&service);
    // Review and reports come with issue 12: Run needs an image (and a pack), Export works without a review.
    EXPECT_TRUE(ws.supports(Workspace::Action::Run));
    EXPECT_TRUE(ws.supports(Workspace::Action::Export));
    EXPECT_FALSE(ws.canPerform(Workspace::Action::Run));
    EXPECT_FALSE(ws.unavailableReason(Workspace::Action::Run).isEmpty());
    for (Workspace::Action a : {Workspace::Action::NewDocument, Workspace::Action::OpenDocument,
                                Workspace::Action::SaveAs, Workspace::Action::SignAndSave})
        EXPECT_TRUE(ws.canPerform(a));
    EXPECT_FALSE(ws.canPerform(Workspace::Action::Save));   // nothing changed yet
    EXPECT_FALSE(ws.canPerform(Workspace::Action::Cancel)); // nothing loading
}

namespace {

// test3.dcm of ../shared when present, else a generated chest-like CR of the same kind.
QString screenshotImage(const QTemporaryDir& dir, QString* error)
{
    const QString shared = QStringLiteral(DESCRY_TEST_SHARED_DIR "/data/cxr/dicom/test3.dcm");
    if (QFileInfo::exists(shared))
        return shared;
    fixtures::DicomSpec spec;
    spec.rows = 1200;
    spec.columns = 1000;
    spec.modality = QStringLiteral("DX");
    spec.pixels = uitest::chestPixels(spec.rows, spec.columns);
    spec.attributes = uitest::studyAttributes(QStringLiteral("1"), 1, 1);
    const QString path = dir.filePath(QStringLiteral("chest.dcm"));
    return fixtures::writeDicom(path, spec, error) ? path : QString();
}

} // namespace

// The workspace with a PA chest reviewed with the fake CXR pack, the radiologist's checklist beside the model's
// scores, a what-if and the reading notes, for the CI artifact build/artifacts/cxr-workspace.png. CTest also runs it
// under Xvfb (ScreenshotUnderXvfb) at 1600×1000.
TEST(Screenshot, CxrWorkspace)
{
    QTemporaryDir dir;
    QString error;
    const QString image = screenshotImage(dir, &error);
    ASSERT_FALSE(image.isEmpty()) << error.toStdString();
    const QString packs = dir.filePath(QStringLiteral("packs"));
    ASSERT_TRUE(QDir().mkpath(packs));
    Result<QString> pack = fakes::writeFakeCxrPack(packs + QStringLiteral("/cxr-fake"));
    ASSERT_TRUE(pack.ok()) << pack.error().toString().toStdString();
    const QByteArray packsBefore = qgetenv("DESCRY_PACKS");
    qputenv("DESCRY_PACKS", packs.toLocal8Bit());
    AppSettings().setCxrPackName(QString());
    MainWindow window;
    window.askSaveChanges = [] { return int(QMessageBox::Discard); };
    window.resize(1600, 1000);
    window.workspaces()->setCurrentWidget(window.cxrWorkspace());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    CxrWorkspace* ws = window.cxrWorkspace();
    QSignalSpy shown(ws, &CxrWorkspace::imageShown);
    ws->openInputs({image});
    ASSERT_TRUE(shown.wait(60000)) << ws->messageLabel()->text().toStdString();
    QSignalSpy reviewed(ws, &CxrWorkspace::reviewFinished);
    ws->run();
    ASSERT_TRUE(reviewed.wait(60000)) << ws->messageLabel()->text().toStdString();
    ASSERT_TRUE(ws->resultsPanel()->result()) << ws->messageLabel()->text().toStdString();
    for (const auto& [id, state] : {std::pair{"costophrenic_angle.blunted_right", ChecklistState::Present},
                                    std::pair{"meniscus.present", ChecklistState::Present},
                                    std::pair{"layering.layering", ChecklistState::Uncertain},
                                    std::pair{"pneumothorax.present", ChecklistState::Absent}})
        EXPECT_TRUE(ws->setChecklistState(QLatin1String(id), state).ok()) << id;
    // What-if: the group that moves the margin most switched off.
    CxrChecklistModel* model = ws->resultsPanel()->model();
    ASSERT_TRUE(model->setData(model->indexOfId(ws->resultsPanel()->result()->groups.first().id), Qt::Unchecked,
                               Qt::CheckStateRole));
    ws->notesEdit()->setPlainText(
        QStringLiteral("PA chest. Right costophrenic angle blunted; meniscus at the right base."));
    QTest::qWait(300);
    const QImage shot = window.grab().toImage();
    const QString out = QStringLiteral(DESCRY_TEST_BINARY_DIR "/artifacts");
    ASSERT_TRUE(QDir().mkpath(out));
    EXPECT_TRUE(shot.save(out + QStringLiteral("/cxr-workspace.png")));
    qputenv("DESCRY_PACKS", packsBefore);
    EXPECT_TRUE(ws->view()->isFitting());
    EXPECT_FALSE(ws->metadataPanel()->identifiersRevealed());
    EXPECT_TRUE(ws->resultsPanel()->whatIfMargin().has_value());
    // The chart's labels never overlap: every bar gets at least one line of the tick label font.
    const CxrContributionChart* chart = ws->resultsPanel()->chart();
    ASSERT_GT(chart->barCount(), 0);
    const QCPAxisRect* rect = chart->axisRect();
    const double perBar = rect->height() / double(chart->barCount() + 1);
    EXPECT_GE(perBar, QFontMetrics(chart->yAxis->tickLabelFont()).height()) << perBar;
    // Not blank: the radiograph gives many grey levels.
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 5)
        for (int x = 0; x < shot.width(); x += 5)
            colours.insert(shot.pixel(x, y));
    EXPECT_GT(colours.size(), 60);
}

// Chest X-ray cases in the GUI: save and reopen restore the image, its viewer state and the notes; a hand-edited
// case is refused through the real Open path; a changed radiograph is reported; and a whole review never modifies
// a DICOM file.
#include "CxrTestData.h"
#include "ui/FaceWorkspace.h"
#include "ui/CxrCaseDocument.h"
#include "ui/CxrWorkspace.h"
#include "ui/DicomMetadataPanel.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"
#include "ui/RadiographView.h"
#include "ui/SeriesListModel.h"
#include "ui/ViewerControls.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <gtest/gtest.h>

#include <functional>

using namespace descry;
using namespace descry::ui;

namespace {

struct Review
{
    QTemporaryDir dir;
    uitest::StudyFolder study;
    QString error;
    QString casePath;
    InferenceService service;
    CxrWorkspace ws{&service};

    Review()
    {
        study = uitest::writeStudyFolder(dir.filePath(QStringLiteral("study")), &error);
        casePath = dir.filePath(QStringLiteral("chest.descry"));
        ws.resize(1400, 900);
        ws.show();
    }
    bool waitShown(CxrWorkspace& w, const std::function<void()>& start)
    {
        QSignalSpy shown(&w, &CxrWorkspace::imageShown);
        start();
        return shown.wait(30000);
    }
    bool select(const QString& path)
    {
        return waitShown(ws, [&] { ws.seriesView()->setCurrentIndex(ws.seriesModel()->indexForPath(path)); }) &&
               ws.currentImagePath() == path;
    }
    // Opens the folder, picks the multi-frame image, sets window, invert, frame, a measurement, reveals the
    // identifiers and writes notes: a reader's whole review.
    bool review()
    {
        if (!waitShown(ws, [&] { ws.openInputs({study.root}); }) || !select(study.multiframe))
            return false;
        ws.controls()->centerBox()->setValue(1700);
        emit ws.controls()->centerBox()->editingFinished();
        ws.controls()->widthBox()->setValue(900);
        emit ws.controls()->widthBox()->editingFinished();
        ws.controls()->invertButton()->click();
        ws.controls()->frameSlider()->setValue(1);
        ws.view()->setMeasurement(RadiographView::Measurement{QPointF(10, 20), QPointF(70, 100)});
        emit ws.view()->viewerStateEdited(); // a setter is no edit of the reader's: say it like the mouse would
        ws.metadataPanel()->revealButton()->click();
        ws.notesEdit()->setPlainText(QStringLiteral("Blunted left costophrenic angle: small effusion."));
        return true;
    }
};

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

TEST(CxrCase, SaveAndReopenRestoreTheImageViewerStateAndNotes)
{
    Review r;
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    ASSERT_TRUE(r.review()) << r.ws.messageLabel()->text().toStdString();
    const QJsonObject state = r.ws.view()->viewerState();
    EXPECT_EQ(state.value(QStringLiteral("frame")).toInt(), 1);
    EXPECT_TRUE(state.value(QStringLiteral("invert")).toBool());
    ASSERT_TRUE(r.ws.saveDocument(r.casePath).ok()) << r.ws.messageLabel()->text().toStdString();
    EXPECT_FALSE(r.ws.isModified());
    EXPECT_EQ(r.ws.documentPath(), r.casePath);

    // The file records the task, both images shown, the multi-frame one as current with its state, the notes.
    const QJsonObject json = readJson(r.casePath);
    EXPECT_EQ(json.value(QStringLiteral("task")).toString(), QStringLiteral("cxr-classification"));
    const QJsonObject cxr = json.value(QStringLiteral("cxr")).toObject();
    EXPECT_EQ(cxr.value(QStringLiteral("image")).toString(), r.study.multiframe);
    EXPECT_EQ(cxr.value(QStringLiteral("viewer")).toObject(), state);
    EXPECT_EQ(cxr.value(QStringLiteral("reading_notes")).toString(),
              QStringLiteral("Blunted left costophrenic angle: small effusion."));
    QStringList actions;
    for (const AuditEntry& e : r.ws.caseFile().auditLog().entries())
        actions << e.action;
    EXPECT_EQ(actions, (QStringList{QStringLiteral("load"), QStringLiteral("load"), QStringLiteral("reveal"),
                                    QStringLiteral("note"), QStringLiteral("save")}));

    // Reopened in a fresh workspace: the same image, frame, window, invert, measurement and notes; not modified.
    InferenceService service;
    CxrWorkspace again(&service);
    again.resize(1400, 900);
    again.show();
    QSignalSpy shown(&again, &CxrWorkspace::imageShown);
    ASSERT_TRUE(again.openDocument(r.casePath).ok());
    ASSERT_TRUE(shown.wait(30000)) << again.messageLabel()->text().toStdString();
    EXPECT_EQ(again.currentImagePath(), r.study.multiframe);
    EXPECT_EQ(again.view()->viewerState().value(QStringLiteral("frame")).toInt(), 1);
    EXPECT_EQ(again.view()->frame(), 1);
    EXPECT_TRUE(again.view()->isInverted());
    EXPECT_DOUBLE_EQ(again.view()->resolvedWindow().center, 1700);
    EXPECT_DOUBLE_EQ(again.view()->resolvedWindow().width, 900);
    ASSERT_TRUE(again.view()->measurement().has_value());
    EXPECT_EQ(again.view()->measurement()->to, QPointF(70, 100));
    EXPECT_EQ(again.notesEdit()->toPlainText(), QStringLiteral("Blunted left costophrenic angle: small effusion."));
    EXPECT_FALSE(again.isModified());
    EXPECT_FALSE(again.evidenceBanner()->isVisible());
    EXPECT_FALSE(again.metadataPanel()->identifiersRevealed()); // revealing is asked for (and audited) again
    EXPECT_EQ(again.caseFile().auditLog().entries().constLast().action, QStringLiteral("open"));
}

TEST(CxrCase, NotesAreAuditedWhenTheReaderLeavesTheBox)
{
    Review r;
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    r.ws.notesEdit()->setPlainText(QStringLiteral("First read."));
    const int entries = r.ws.caseFile().auditLog().size();
    EXPECT_TRUE(r.ws.isModified());
    QFocusEvent out(QEvent::FocusOut, Qt::OtherFocusReason);
    QApplication::sendEvent(r.ws.notesEdit(), &out);
    ASSERT_EQ(r.ws.caseFile().auditLog().size(), entries + 1);
    const AuditEntry& note = r.ws.caseFile().auditLog().entries().constLast();
    EXPECT_EQ(note.action, QStringLiteral("note"));
    EXPECT_TRUE(note.detail.contains(QStringLiteral("First read."))) << note.detail.toStdString();
    QApplication::sendEvent(r.ws.notesEdit(), &out); // nothing new: nothing audited
    EXPECT_EQ(r.ws.caseFile().auditLog().size(), entries + 1);
}

TEST(CxrCase, AHandEditedCaseIsRefusedThroughTheOpenMenu)
{
    Review r;
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    ASSERT_TRUE(r.review());
    ASSERT_TRUE(r.ws.saveDocument(r.casePath).ok());
    QJsonObject json = readJson(r.casePath);
    QJsonObject cxr = json.value(QStringLiteral("cxr")).toObject();
    cxr.insert(QStringLiteral("reading_notes"), QStringLiteral("No effusion."));
    json.insert(QStringLiteral("cxr"), cxr);
    const QString tampered = r.dir.filePath(QStringLiteral("tampered.descry"));
    QFile f(tampered);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(json).toJson());
    f.close();

    MainWindow window;
    window.workspaces()->setCurrentWidget(window.cxrWorkspace());
    QStringList errors;
    window.askFileName = [&](const QString&, const QString&, bool, const QString&) { return tampered; };
    window.showError = [&](const QString&, const QString& message) { errors << message; };
    window.action(Workspace::Action::OpenDocument)->trigger();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors[0].startsWith(tampered + QStringLiteral(": "))) << errors[0].toStdString();
    EXPECT_TRUE(errors[0].contains(QStringLiteral("edited outside Descry"))) << errors[0].toStdString();
    EXPECT_FALSE(errors[0].contains(QLatin1Char('\n')));
    EXPECT_TRUE(window.cxrWorkspace()->documentPath().isEmpty());
    EXPECT_TRUE(window.cxrWorkspace()->caseFile().evidence().isEmpty());

    // A face case opened from the chest X-ray tab opens in the Face comparison workspace (as a double-click on it
    // would), not refused and not in the wrong workspace.
    CaseFile face;
    const QString facePath = r.dir.filePath(QStringLiteral("face.descry"));
    ASSERT_TRUE(face.save(facePath).ok());
    window.askFileName = [&](const QString&, const QString&, bool, const QString&) { return facePath; };
    window.action(Workspace::Action::OpenDocument)->trigger();
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(window.workspaces()->currentWidget(), static_cast<QWidget*>(window.faceWorkspace()));
    EXPECT_EQ(window.faceWorkspace()->documentPath(), QFileInfo(facePath).absoluteFilePath());
    EXPECT_TRUE(window.cxrWorkspace()->documentPath().isEmpty());
}

TEST(CxrCase, AChangedOrMissingRadiographIsReportedAndTheCaseOpensMarked)
{
    Review r;
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    ASSERT_TRUE(r.review());
    ASSERT_TRUE(r.ws.saveDocument(r.casePath).ok());
    const QString recorded = r.ws.caseFile().evidence()[1].sha256;

    // The multi-frame file is rewritten with other pixels (it still decodes); the first one disappears.
    fixtures::DicomSpec spec;
    spec.rows = 160;
    spec.columns = 128;
    spec.frames = 3;
    spec.attributes = uitest::studyAttributes(QStringLiteral("2"), 2, 1);
    ASSERT_TRUE(fixtures::writeDicom(r.study.multiframe, spec));
    ASSERT_TRUE(QFile::remove(r.study.first));

    InferenceService service;
    CxrWorkspace again(&service);
    again.show();
    QSignalSpy idle(&again, &CxrWorkspace::loadingFinished);
    ASSERT_TRUE(again.openDocument(r.casePath).ok());
    EXPECT_EQ(again.documentPath(), r.casePath);
    const QString banner = again.evidenceBanner()->text();
    EXPECT_TRUE(again.evidenceBanner()->isVisible());
    EXPECT_TRUE(banner.contains(r.study.multiframe + QStringLiteral(": evidence file has changed")))
        << banner.toStdString();
    EXPECT_TRUE(banner.contains(r.study.first + QStringLiteral(": evidence file is missing"))) << banner.toStdString();
    EXPECT_FALSE(banner.contains(QLatin1Char('\n')));
    ASSERT_TRUE(idle.wait(30000));
    // The changed image is shown, and the case keeps the hash it recorded.
    EXPECT_EQ(again.currentImagePath(), r.study.multiframe);
    EXPECT_EQ(again.caseFile().evidence()[1].sha256, recorded);
    EXPECT_TRUE(again.messageLabel()->text().contains(r.study.multiframe));
}

TEST(CxrCase, AWholeReviewNeverModifiesADicomFile)
{
    Review r;
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    const QMap<QString, QString> before = uitest::fingerprints(r.study.root);
    ASSERT_EQ(before.size(), 4);
    QTest::qWait(20); // a write now would show in the modification times
    ASSERT_TRUE(r.review());
    ASSERT_TRUE(r.select(r.study.second)); // another image, another frame of the first
    ASSERT_TRUE(r.select(r.study.multiframe));
    r.ws.controls()->frameSlider()->setValue(2);
    ASSERT_TRUE(r.ws.saveDocument(r.casePath).ok());
    // Saving over a radiograph is refused and leaves it alone.
    EXPECT_FALSE(r.ws.saveDocument(r.study.second).ok());
    {
        InferenceService service;
        CxrWorkspace again(&service);
        again.show();
        QSignalSpy shown(&again, &CxrWorkspace::imageShown);
        ASSERT_TRUE(again.openDocument(r.casePath).ok());
        ASSERT_TRUE(shown.wait(30000));
        EXPECT_FALSE(again.evidenceBanner()->isVisible()) << again.evidenceBanner()->text().toStdString();
        ASSERT_TRUE(again.saveDocument(r.casePath).ok());
    }
    EXPECT_EQ(uitest::fingerprints(r.study.root), before);
    EXPECT_EQ(r.ws.caseFile().evidence().size(), 3);
    for (const EvidenceItem& e : r.ws.caseFile().evidence())
        EXPECT_EQ(e.sha256, before.value(e.path).section(QLatin1Char(' '), 0, 0)) << e.path.toStdString();
}

// Choosing which face of a photo is compared: after a comparison the pane boxes and numbers every face found,
// choosing face 2 (combo or a click on its box) re-runs the comparison with it, the choice is recorded in the case
// ("face_index") and audited ("probe: face 2 of 2 chosen"), a reopened case compares the same face, and the report
// says so. Needs the assembled face-default pack and the face-api sample photos (packaging/setup.sh).
#include "UiTestData.h"

#include "core/casefile/CaseFile.h"
#include "core/face/pipeline/FaceComparison.h"
#include "ui/FaceCaseDocument.h"
#include "ui/FaceWorkspace.h"
#include "ui/ImageView.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"
#include "ui/PhotoPane.h"

#include <QComboBox>
#include <QFile>
#include <QGraphicsItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;

namespace {

QString sample(int i)
{
    const QString assets =
        qEnvironmentVariable("DESCRY_ASSETS_DIR", QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/assets"));
    return assets + QStringLiteral("/face-api/demo/sample%1.jpg").arg(i);
}

// Two faces side by side, cut from the face-api samples (sample 1 is a group photo: its largest face; sample 2 has
// one face): face 1, the largest (~180 px box), on the left; face 2 (~150 px, the face of sample 2) on the right.
QString writeTwoFaces(const QString& path)
{
    const QImage a(sample(1)), b(sample(2));
    if (a.isNull() || b.isNull())
        return {};
    const QImage first = a.copy(311, 337, 464, 464).scaled(400, 400, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage second = b.copy(1358, 124, 360, 360).scaled(260, 260, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage photo(900, 500, QImage::Format_RGB888);
    photo.fill(QColor(230, 230, 230));
    QPainter p(&photo);
    p.drawImage(20, 50, first);
    p.drawImage(560, 120, second);
    p.end();
    return photo.save(path) ? path : QString();
}

QStringList auditDetails(const CaseFile& c, const char* action)
{
    QStringList out;
    for (const AuditEntry& e : c.auditLog().entries())
        if (e.action == QLatin1String(action))
            out << e.detail;
    return out;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject evidenceJson(const QJsonObject& caseJson, const QString& role)
{
    for (const QJsonValue& v : caseJson[QStringLiteral("evidence")].toArray())
        if (v[QStringLiteral("role")].toString() == role)
            return v.toObject();
    return {};
}

} // namespace

TEST(FaceChoice, PaneShowsEveryFaceAndChoosingFaceTwoRerunsRecordsAndSurvivesReopen)
{
    if (!uitest::haveFaceDefaultPack() || !QFileInfo::exists(sample(1)) || !QFileInfo::exists(sample(2)))
        GTEST_SKIP() << "needs the assembled face-default pack and the face-api sample photos (packaging/setup.sh)";
    uitest::usePackagedPacks();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString two = writeTwoFaces(dir.filePath(QStringLiteral("two-faces.png")));
    ASSERT_FALSE(two.isEmpty());

    MainWindow window;
    window.askSaveChanges = [] { return int(QMessageBox::Discard); };
    FaceWorkspace* ws = window.faceWorkspace();
    ASSERT_TRUE(ws->setProbe(two));
    ASSERT_TRUE(ws->setReference(sample(2)));
    PhotoPane* pane = ws->probePane();
    EXPECT_TRUE(pane->candidateBoxes().isEmpty()); // nothing detected before a comparison
    EXPECT_TRUE(pane->faceCombo()->isHidden());

    QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
    ws->run();
    ASSERT_TRUE(done.wait(180000) && ws->result()) << ws->messageLabel()->text().toStdString();
    const double largestScore = ws->result()->score;
    ASSERT_EQ(ws->result()->probe.face.candidates.size(), 2);
    EXPECT_EQ(ws->result()->probe.face.chosen, 0);

    // Both faces boxed and numbered, in the candidates' order, the compared one first; a choice of two.
    const QList<QGraphicsItem*> boxes = pane->candidateBoxes();
    ASSERT_EQ(boxes.size(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(boxes[i]->sceneBoundingRect().center().toPoint(),
                  ws->result()->probe.face.candidates[i].box.center().toPoint());
        ASSERT_EQ(boxes[i]->childItems().size(), 1); // its number
        EXPECT_TRUE(boxes[i]->toolTip().contains(QStringLiteral("Face %1 of 2").arg(i + 1)));
    }
    EXPECT_FALSE(pane->faceCombo()->isHidden());
    EXPECT_EQ(pane->faceCombo()->count(), 2);
    EXPECT_EQ(pane->faceCombo()->currentIndex(), 0);
    EXPECT_TRUE(pane->faceNote()->text().contains(QStringLiteral("Face 1 of 2")));
    EXPECT_EQ(ws->referencePane()->candidateBoxes().size(), 1);
    EXPECT_TRUE(ws->referencePane()->faceCombo()->isHidden()); // one face: nothing to choose

    // The examiner picks face 2: recorded, audited, compared again.
    const int runsBefore = auditDetails(ws->caseFile(), AuditLog::Run).size();
    pane->faceCombo()->setCurrentIndex(1);
    EXPECT_EQ(ws->caseFile().evidenceFor(QLatin1String(CaseFile::ProbeRole))->faceIndex, 1);
    EXPECT_EQ(auditDetails(ws->caseFile(), AuditLog::Face), QStringList{QStringLiteral("probe: face 2 of 2 chosen")});
    ASSERT_TRUE(ws->isBusy());
    ASSERT_TRUE(done.wait(180000) && ws->result()) << ws->messageLabel()->text().toStdString();
    EXPECT_EQ(auditDetails(ws->caseFile(), AuditLog::Run).size(), runsBefore + 1);
    const FaceImageReport& probe = ws->result()->probe;
    EXPECT_EQ(probe.face.chosen, 1);
    EXPECT_TRUE(probe.face.chosenOnRequest);
    EXPECT_EQ(probe.face.box, probe.face.candidates[1].box);
    // face 2 is a scaled copy of the reference photo: a higher score than face 1 against it.
    EXPECT_GT(ws->result()->score, largestScore);
    EXPECT_EQ(pane->faceCombo()->currentIndex(), 1);
    EXPECT_TRUE(pane->faceNote()->text().contains(QStringLiteral("Face 2 of 2 in the photo (chosen by the examiner)")))
        << pane->faceNote()->text().toStdString();
    // The recorded result says which face was compared.
    EXPECT_EQ(ws->caseFile().result()[QStringLiteral("probe")][QStringLiteral("chosen")].toInt(), 2);

    const QString casePath = dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(ws->saveDocument(casePath).ok());
    const QJsonObject saved = readJson(casePath);
    EXPECT_EQ(evidenceJson(saved, QStringLiteral("probe"))[QStringLiteral("face_index")].toInt(), 2);
    EXPECT_FALSE(evidenceJson(saved, QStringLiteral("reference")).contains(QStringLiteral("face_index")));

    // The report states the choice.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ws->exportReport(pdf).ok()) << ws->messageLabel()->text().toStdString();

    // Reopened: the recorded face is compared again, shown as chosen, and the choice is not audited twice.
    MainWindow second;
    second.askSaveChanges = [] { return int(QMessageBox::Discard); };
    FaceWorkspace* ws2 = second.faceWorkspace();
    QSignalSpy done2(ws2, &FaceWorkspace::comparisonFinished);
    ASSERT_TRUE(ws2->openDocument(casePath).ok());
    EXPECT_EQ(ws2->caseFile().evidenceFor(QLatin1String(CaseFile::ProbeRole))->faceIndex, 1);
    ASSERT_TRUE(done2.wait(180000) && ws2->result()) << ws2->messageLabel()->text().toStdString();
    EXPECT_EQ(ws2->result()->probe.face.chosen, 1);
    EXPECT_EQ(ws2->probePane()->faceCombo()->currentIndex(), 1);
    EXPECT_NEAR(ws2->result()->score, ws->result()->score, 1e-9);
    EXPECT_EQ(auditDetails(ws2->caseFile(), AuditLog::Face).size(), 1);
    EXPECT_FALSE(ws2->isModified());

    // Clicking the box of face 1 goes back to it (the box acts like the combo).
    ws2->probePane()->chooseFace(0);
    ASSERT_TRUE(done2.wait(180000) && ws2->result());
    EXPECT_EQ(ws2->result()->probe.face.chosen, 0);
    EXPECT_EQ(ws2->caseFile().evidenceFor(QLatin1String(CaseFile::ProbeRole))->faceIndex, 0);
    EXPECT_EQ(auditDetails(ws2->caseFile(), AuditLog::Face).last(), QStringLiteral("probe: face 1 of 2 chosen"));
}

TEST(FaceChoice, OldCaseWithoutFaceIndexOpensAndBadIndexIsRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString photo = uitest::writeSyntheticFace(dir.filePath(QStringLiteral("p.png")), 20);
    ASSERT_FALSE(photo.isEmpty());
    CaseFile c;
    ASSERT_TRUE(c.addEvidence(QLatin1String(CaseFile::ProbeRole), photo).ok());
    const QString path = dir.filePath(QStringLiteral("old.descry"));
    ASSERT_TRUE(c.save(path).ok());
    EXPECT_FALSE(evidenceJson(readJson(path), QStringLiteral("probe")).contains(QStringLiteral("face_index")));
    auto reopened = CaseFile::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    EXPECT_EQ(reopened->evidenceFor(QLatin1String(CaseFile::ProbeRole))->faceIndex, -1);

    // Out of range and unknown roles are refused; nothing changes, nothing is audited.
    const int entries = reopened->auditLog().size();
    EXPECT_FALSE(reopened->setFaceIndex(QLatin1String(CaseFile::ProbeRole), 3, 2).ok());
    EXPECT_FALSE(reopened->setFaceIndex(QLatin1String(CaseFile::ReferenceRole), 0, 2).ok());
    EXPECT_EQ(reopened->auditLog().size(), entries);
    ASSERT_TRUE(reopened->setFaceIndex(QLatin1String(CaseFile::ProbeRole), 1, 2).ok());
    EXPECT_EQ(reopened->auditLog().size(), entries + 1);
    ASSERT_TRUE(reopened->save(path).ok());
    auto again = CaseFile::open(path);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->evidenceFor(QLatin1String(CaseFile::ProbeRole))->faceIndex, 1);
}

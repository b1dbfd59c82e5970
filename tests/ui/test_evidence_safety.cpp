// Evidence in the GUI (issue 9, defects 1, 4 and 6): an export never replaces a photo or the case file; the case's
// integrity and signer are shown on open, a case with a broken history is refused with one line; Sign and save asks
// for the examiner's name once; a damaged photo is refused with one line unless Settings accept damaged images,
// and is then marked on the photo and in the quality panel.
#include "UiTestData.h"

#include "core/casefile/CaseFile.h"
#include "core/common/Hash.h"
#include "core/face/pipeline/FaceComparison.h"
#include "ui/AppSettings.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"
#include "ui/NotesPanel.h"
#include "ui/PhotoPane.h"
#include "ui/QualityPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;
using Action = Workspace::Action;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(bytesOf(path)).object();
}

bool writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(o).toJson()) > 0;
}

int exports(const CaseFile& c)
{
    int n = 0;
    for (const AuditEntry& e : c.auditLog().entries())
        n += e.action == QLatin1String(AuditLog::Export) ? 1 : 0;
    return n;
}

// A window whose questions and error boxes are answered by the test.
struct Rig
{
    QTemporaryDir dir;
    MainWindow window;
    FaceWorkspace* ws = window.faceWorkspace();
    QString fileAnswer;
    QStringList errors;
    int nameAsks = 0;

    Rig()
    {
        window.askSaveChanges = [] { return int(QMessageBox::Discard); };
        window.askFileName = [this](const QString&, const QString&, bool, const QString&) { return fileAnswer; };
        window.showError = [this](const QString&, const QString& message) { errors << message; };
        window.askExaminerName = [this] {
            ++nameAsks;
            return QStringLiteral("Examiner S");
        };
        window.show();
    }
};

} // namespace

TEST(EvidenceSafety, AnExportNeverReplacesAPhotoOrTheCaseFile)
{
    const uitest::FaceFixture data(uitest::FaceData::Generated);
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    Rig rig;
    const QStringList photos = data.copySamePersonPair(rig.dir.path());
    ASSERT_EQ(photos.size(), 2);
    FaceWorkspace* ws = rig.ws;
    ASSERT_TRUE(ws->setProbe(photos[0]));
    ASSERT_TRUE(ws->setReference(photos[1]));
    QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
    ws->run();
    ASSERT_TRUE(done.wait(120000));
    ASSERT_TRUE(ws->result()) << ws->messageLabel()->text().toStdString();
    const QString casePath = rig.dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(ws->saveDocument(casePath).ok());
    const QByteArray probe = bytesOf(photos[0]);
    const QByteArray caseBytes = bytesOf(casePath);

    for (const QString& target : {photos[0], photos[1], casePath}) {
        SCOPED_TRACE(target.toStdString());
        EXPECT_FALSE(ws->exportReport(target).ok());
        EXPECT_TRUE(ws->messageLabel()->text().contains(QFileInfo(target).fileName()))
            << ws->messageLabel()->text().toStdString();
    }
    // Through the menu, with a link named like a report that points at the probe photo.
    const QString link = rig.dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(QFile::link(photos[0], link));
    rig.fileAnswer = link;
    rig.window.action(Action::Export)->trigger();
    ASSERT_EQ(rig.errors.size(), 1);
    EXPECT_TRUE(rig.errors[0].contains(QStringLiteral("report.pdf"))) << rig.errors[0].toStdString();
    EXPECT_FALSE(rig.errors[0].contains(QLatin1Char('\n')));
    EXPECT_EQ(bytesOf(photos[0]), probe);
    EXPECT_EQ(bytesOf(casePath), caseBytes);
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(exports(ws->caseFile()), 0);

    rig.fileAnswer = rig.dir.filePath(QStringLiteral("real-report.pdf"));
    rig.window.action(Action::Export)->trigger();
    EXPECT_EQ(rig.errors.size(), 1);
    EXPECT_TRUE(bytesOf(rig.fileAnswer).startsWith("%PDF"));
    EXPECT_EQ(exports(ws->caseFile()), 1);
}

TEST(EvidenceSafety, OpenShowsIntegrityAndSignerAndRefusesABrokenHistory)
{
    Rig rig;
    qputenv("DESCRY_SIGNING_KEY", rig.dir.filePath(QStringLiteral("keys/signing-key.pem")).toLocal8Bit());
    const QString examinerBefore = AppSettings().examinerName();
    AppSettings().setExaminerName(QString());
    FaceWorkspace* ws = rig.ws;
    ASSERT_TRUE(ws->setProbe(uitest::writeSyntheticFace(rig.dir.filePath(QStringLiteral("p.png")), 50)));
    ws->notesPanel()->findingCombo(QStringLiteral("nose"))->setCurrentIndex(1);

    // Sign and save: the name is asked once, then kept.
    const QString signedPath = rig.dir.filePath(QStringLiteral("signed"));
    rig.fileAnswer = signedPath;
    rig.window.action(Action::SignAndSave)->trigger();
    ASSERT_TRUE(rig.errors.isEmpty()) << rig.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(rig.nameAsks, 1);
    EXPECT_EQ(AppSettings().examinerName(), QStringLiteral("Examiner S"));
    const QString file = signedPath + QStringLiteral(".descry");
    ASSERT_TRUE(readJson(file).contains(QStringLiteral("signature")));
    EXPECT_FALSE(bytesOf(file).contains("PRIVATE"));
    ws->croppedCheck()->setChecked(true);
    rig.window.action(Action::SignAndSave)->trigger();
    EXPECT_EQ(rig.nameAsks, 1);
    EXPECT_FALSE(ws->isModified());

    // Reopened: verified and signed, shown in the status bar.
    Rig second;
    second.fileAnswer = file;
    second.window.action(Action::OpenDocument)->trigger();
    ASSERT_TRUE(second.errors.isEmpty()) << second.errors.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(second.ws->caseFile().signature().has_value());
    const QString status = second.window.caseStatusLabel()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("History verified"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("signed by Examiner S"))) << status.toStdString();
    EXPECT_TRUE(status.contains(second.ws->caseFile().signature()->fingerprint)) << status.toStdString();

    // Edited outside Descry: refused with one line naming the file; the open case stays.
    QJsonObject json = readJson(file);
    QJsonObject options = json[QStringLiteral("options")].toObject();
    options[QStringLiteral("cropped")] = false;
    json[QStringLiteral("options")] = options;
    const QString forged = rig.dir.filePath(QStringLiteral("forged.descry"));
    ASSERT_TRUE(writeJson(forged, json));
    second.fileAnswer = forged;
    second.window.action(Action::OpenDocument)->trigger();
    ASSERT_EQ(second.errors.size(), 1);
    EXPECT_TRUE(second.errors[0].contains(QStringLiteral("forged.descry"))) << second.errors[0].toStdString();
    EXPECT_FALSE(second.errors[0].contains(QLatin1Char('\n')));
    EXPECT_EQ(second.ws->documentPath(), file);

    // A case of an older Descry (no chain): opened, marked unverified.
    QJsonObject legacy = readJson(file);
    legacy[QStringLiteral("format")] = QStringLiteral("descry-case/2");
    legacy.remove(QStringLiteral("signature"));
    QJsonArray audit;
    for (const QJsonValue& v : legacy[QStringLiteral("audit")].toArray()) {
        QJsonObject e = v.toObject();
        for (const char* chained : {"state", "prev", "hash", "examiner"})
            e.remove(QLatin1String(chained));
        audit.append(e);
    }
    legacy[QStringLiteral("audit")] = audit;
    const QString old = rig.dir.filePath(QStringLiteral("old.descry"));
    ASSERT_TRUE(writeJson(old, legacy));
    second.fileAnswer = old;
    second.window.action(Action::OpenDocument)->trigger();
    ASSERT_EQ(second.errors.size(), 1) << second.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(second.ws->documentPath(), old);
    EXPECT_TRUE(second.window.caseStatusLabel()->text().contains(QStringLiteral("Unverified")))
        << second.window.caseStatusLabel()->text().toStdString();

    AppSettings().setExaminerName(examinerBefore);
    qunsetenv("DESCRY_SIGNING_KEY");
}

TEST(EvidenceSafety, ADamagedPhotoIsRefusedUnlessAcceptedAndThenMarked)
{
    const uitest::FaceFixture data(uitest::FaceData::Generated);
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    Rig rig;
    const QString jpeg = rig.dir.filePath(QStringLiteral("probe.jpg"));
    ASSERT_TRUE(fakes::fakeFacePhoto(0, 0).save(jpeg, "JPEG", 92));
    QByteArray bytes = bytesOf(jpeg);
    bytes.truncate(bytes.size() * 8 / 10);
    {
        QFile f(jpeg);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    const bool acceptedBefore = AppSettings().acceptDamaged();
    AppSettings().setAcceptDamaged(false);
    FaceWorkspace* ws = rig.ws;
    EXPECT_FALSE(ws->setProbe(jpeg));
    const QString refused = ws->messageLabel()->text();
    EXPECT_TRUE(refused.contains(QStringLiteral("probe.jpg"))) << refused.toStdString();
    EXPECT_TRUE(refused.contains(QStringLiteral("truncated or corrupt"))) << refused.toStdString();
    EXPECT_FALSE(refused.contains(QLatin1Char('\n')));
    EXPECT_TRUE(refused.contains(QStringLiteral("Accept damaged images"))) << refused.toStdString(); // not a CLI flag
    EXPECT_TRUE(ws->caseFile().evidence().isEmpty());
    ws->messageLabel()->clear();
    ws->probePane()->choose(jpeg); // the Open button, a recent file or a drop
    EXPECT_EQ(ws->messageLabel()->text(), refused);
    EXPECT_TRUE(ws->caseFile().evidence().isEmpty());

    AppSettings().setAcceptDamaged(true);
    ASSERT_TRUE(ws->setProbe(jpeg)) << ws->messageLabel()->text().toStdString();
    EXPECT_TRUE(ws->probePane()->isDamaged());
    EXPECT_FALSE(ws->probePane()->damagedNote()->isHidden());
    EXPECT_TRUE(ws->probePane()->damagedNote()->text().startsWith(QStringLiteral("Damaged file")));
    ASSERT_TRUE(ws->setReference(data.photos().samePerson));
    QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
    ws->run();
    const bool finished = done.wait(120000);
    AppSettings().setAcceptDamaged(acceptedBefore);
    ASSERT_TRUE(finished);
    ASSERT_TRUE(ws->result()) << ws->messageLabel()->text().toStdString();
    EXPECT_TRUE(ws->result()->probe.damaged);
    EXPECT_FALSE(ws->result()->reference.damaged);
    const QStringList warnings = ws->probePane()->qualityPanel()->warnings();
    ASSERT_FALSE(warnings.isEmpty());
    EXPECT_TRUE(warnings[0].startsWith(QStringLiteral("Damaged file"))) << warnings[0].toStdString();
    EXPECT_FALSE(ws->referencePane()->isDamaged());
}

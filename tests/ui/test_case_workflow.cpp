// The face case workflow on synthetic face crops (no real photos needed): case document and modified flag,
// the recorded pack on reopen, the saved what-if, and audited export.
#include "UiTestData.h"

#include "core/casefile/CaseFile.h"
#include "core/face/pipeline/FaceComparison.h"
#include "ui/AppSettings.h"
#include "ui/DescriptorTreeModel.h"
#include "ui/FaceCaseDocument.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/InstalledPacks.h"
#include "ui/MainWindow.h"
#include "ui/ResultsPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;

namespace {

#define SKIP_WITHOUT_PACK()                                                                                            \
    if (!uitest::haveFaceDefaultPack())                                                                                \
    GTEST_SKIP() << "needs the assembled face-default pack (packaging/setup.sh)"

// Loads two synthetic crops into `ws` with the cropped option and runs one comparison.
::testing::AssertionResult compareSyntheticCrops(FaceWorkspace* ws, const QTemporaryDir& dir)
{
    const QString probe = uitest::writeSyntheticFace(dir.filePath(QStringLiteral("probe.png")), 20, 24);
    const QString reference = uitest::writeSyntheticFace(dir.filePath(QStringLiteral("reference.png")), 200, 27);
    ws->croppedCheck()->setChecked(true);
    if (!ws->setProbe(probe) || !ws->setReference(reference))
        return ::testing::AssertionFailure() << ws->messageLabel()->text().toStdString();
    QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
    ws->run();
    if (!done.wait(180000))
        return ::testing::AssertionFailure() << "no result in time";
    if (!ws->result())
        return ::testing::AssertionFailure() << ws->messageLabel()->text().toStdString();
    return ::testing::AssertionSuccess();
}

int audited(const CaseFile& c, const char* action)
{
    int n = 0;
    for (const AuditEntry& e : c.auditLog().entries())
        n += e.action == QLatin1String(action) ? 1 : 0;
    return n;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

bool waitForComparison(FaceWorkspace* ws, QSignalSpy& done)
{
    return done.wait(180000) && ws->result();
}

} // namespace

TEST(FaceCaseDocument, EmitsModifiedAndTracksUnsavedChanges)
{
    QTemporaryDir dir;
    const QString photo = uitest::writeSyntheticFace(dir.filePath(QStringLiteral("p.png")), 30);
    FaceCaseDocument doc;
    QSignalSpy modified(&doc, &FaceCaseDocument::modified);
    QSignalSpy modifiedChanged(&doc, &FaceCaseDocument::modifiedChanged);
    QSignalSpy replaced(&doc, &FaceCaseDocument::replaced);
    QSignalSpy pathChanged(&doc, &FaceCaseDocument::pathChanged);
    doc.reset(true);
    EXPECT_EQ(replaced.count(), 1);
    EXPECT_TRUE(doc.caseFile().blindFirst());
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(modifiedChanged.count(), 0);

    ASSERT_TRUE(doc.addEvidence(QLatin1String(CaseFile::ProbeRole), photo).ok());
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(modified.count(), 1);
    ASSERT_EQ(modifiedChanged.count(), 1);
    EXPECT_TRUE(modifiedChanged.last().at(0).toBool());
    doc.setCroppedFaces(true);
    EXPECT_EQ(modified.count(), 2);
    EXPECT_EQ(modifiedChanged.count(), 1); // still modified: no flip
    doc.setCroppedFaces(true);             // no change
    EXPECT_TRUE(doc.setNotes(doc.caseFile().notes()).ok());
    doc.setWhatIfDisabled({}, QString());
    EXPECT_EQ(modified.count(), 2);
    EXPECT_FALSE(doc.addEvidence(QStringLiteral("witness"), photo).ok());
    EXPECT_EQ(modified.count(), 2);

    const QString path = dir.filePath(QStringLiteral("doc.descry"));
    ASSERT_TRUE(doc.save(path).ok());
    EXPECT_FALSE(doc.isModified());
    ASSERT_EQ(modifiedChanged.count(), 2);
    EXPECT_FALSE(modifiedChanged.last().at(0).toBool());
    ASSERT_EQ(pathChanged.count(), 1);
    EXPECT_EQ(pathChanged.last().at(0).toString(), path);
    EXPECT_FALSE(doc.save(dir.filePath(QStringLiteral("no/such/folder/doc.descry"))).ok());
    EXPECT_EQ(doc.path(), path);

    doc.reset(false);
    EXPECT_FALSE(doc.open(dir.filePath(QStringLiteral("absent.descry"))).ok());
    // A chest X-ray case, written by Descry (a hand-edited task would be refused as an edit behind the log).
    CaseFile cxr;
    cxr.setTask(QStringLiteral("cxr-classification"));
    const QString cxrPath = dir.filePath(QStringLiteral("chest.descry"));
    ASSERT_TRUE(cxr.save(cxrPath).ok());
    const Status wrongTask = doc.open(cxrPath);
    ASSERT_FALSE(wrongTask.ok());
    EXPECT_TRUE(wrongTask.error().toString().contains(QStringLiteral("cxr-classification")));
    EXPECT_TRUE(wrongTask.error().toString().contains(QStringLiteral("chest.descry")));
    EXPECT_TRUE(doc.caseFile().evidence().isEmpty()); // a failed open changes nothing
    ASSERT_TRUE(doc.open(path).ok());
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.path(), path);
    EXPECT_TRUE(doc.caseFile().croppedFaces());
    EXPECT_EQ(doc.caseFile().evidence().size(), 1);
    EXPECT_EQ(replaced.count(), 3); // two resets and one open; the failed open replaced nothing
    EXPECT_FALSE(doc.result());
    EXPECT_FALSE(doc.showsRecordedPack());
}

TEST(InstalledPacks, ListsEveryFolderWithTheRecordedNameAndVersion)
{
    QTemporaryDir a, b;
    auto pack = [](const QTemporaryDir& root, const char* folder, const char* name, const char* version) {
        QDir(root.path()).mkpath(QLatin1String(folder));
        writeJson(root.filePath(QLatin1String(folder) + QStringLiteral("/manifest.json")),
                  QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                              {QStringLiteral("version"), QLatin1String(version)},
                              {QStringLiteral("task"), QStringLiteral("face-verification")}});
        return QDir(root.filePath(QLatin1String(folder))).absolutePath();
    };
    const QString first = pack(a, "x", "face-x", "1.0.0");
    pack(a, "y", "face-x", "2.0.0");
    pack(a, "z", "face-z", "1.0.0");
    const QString second = pack(b, "copy", "face-x", "1.0.0");
    const QStringList roots{a.path(), b.path()};
    const PackReference recorded{QStringLiteral("face-x"), QStringLiteral("1.0.0"), QString(64, QLatin1Char('0'))};
    EXPECT_EQ(installedPackFolders(recorded, roots), (QStringList{first, second}));
    EXPECT_TRUE(installedPackFolders({QStringLiteral("face-x"), QStringLiteral("3.0.0"), {}}, roots).isEmpty());
    EXPECT_TRUE(installedPackFolders({}, roots).isEmpty());
}

TEST(FaceWorkspace, SyntheticCropsCompareAndTheSavedWhatIfSurvivesReopen)
{
    SKIP_WITHOUT_PACK();
    uitest::usePackagedPacks();
    QTemporaryDir dir;
    MainWindow window;
    window.askSaveChanges = [] { return int(QMessageBox::Discard); };
    FaceWorkspace* ws = window.faceWorkspace();
    ASSERT_TRUE(compareSyntheticCrops(ws, dir));
    EXPECT_TRUE(ws->caseFile().croppedFaces());
    EXPECT_EQ(ws->caseFile().task(), QStringLiteral("face-verification"));
    EXPECT_EQ(ws->caseFile().pack(), FaceCaseDocument::packOf(*ws->result()));
    EXPECT_EQ(ws->caseFile().pack().name, QStringLiteral("face-default"));
    EXPECT_TRUE(ws->packBanner()->isHidden());
    EXPECT_EQ(audited(ws->caseFile(), AuditLog::Run), 1);

    DescriptorTreeModel* tree = ws->resultsPanel()->treeModel();
    ASSERT_GT(tree->rowCount(), 0);
    ASSERT_TRUE(tree->setData(tree->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    const QList<int> mask = ws->caseFile().whatIfDisabled();
    ASSERT_FALSE(mask.isEmpty());
    EXPECT_EQ(mask, ws->resultsPanel()->disabledConcepts());
    const double whatIfScore = ws->resultsPanel()->currentScore();
    const QString path = dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(ws->saveDocument(path).ok());
    EXPECT_EQ(readJson(path)[QStringLiteral("format")].toString(), QLatin1String(CaseFile::formatId));

    MainWindow second;
    second.askSaveChanges = [] { return int(QMessageBox::Discard); };
    FaceWorkspace* ws2 = second.faceWorkspace();
    QSignalSpy done(ws2, &FaceWorkspace::comparisonFinished);
    ASSERT_TRUE(ws2->openDocument(path).ok());
    ASSERT_TRUE(waitForComparison(ws2, done)) << ws2->messageLabel()->text().toStdString();
    EXPECT_TRUE(ws2->packBanner()->isHidden());
    EXPECT_TRUE(ws2->croppedCheck()->isChecked());
    EXPECT_EQ(ws2->caseFile().whatIfDisabled(), mask);
    EXPECT_EQ(ws2->resultsPanel()->disabledConcepts(), mask);
    EXPECT_TRUE(ws2->resultsPanel()->isModified());
    EXPECT_NEAR(ws2->resultsPanel()->currentScore(), whatIfScore, 1e-6);
    EXPECT_FALSE(ws2->isModified());                       // recomputing for display changes nothing…
    EXPECT_EQ(audited(ws2->caseFile(), AuditLog::Run), 1); // …and is no audited run

    // A re-run with the same pack keeps the what-if.
    ws2->run();
    ASSERT_TRUE(waitForComparison(ws2, done));
    EXPECT_EQ(audited(ws2->caseFile(), AuditLog::Run), 2);
    EXPECT_EQ(ws2->caseFile().whatIfDisabled(), mask);
    EXPECT_EQ(ws2->resultsPanel()->disabledConcepts(), mask);
    EXPECT_TRUE(ws2->isModified());
}

TEST(FaceWorkspace, ExportIsAuditedOnlyOnceThePdfIsWritten)
{
    SKIP_WITHOUT_PACK();
    uitest::usePackagedPacks();
    QTemporaryDir dir;
    InferenceService service;
    FaceWorkspace ws(&service);
    EXPECT_FALSE(ws.canPerform(Workspace::Action::Export));
    EXPECT_FALSE(ws.exportReport(dir.filePath(QStringLiteral("early.pdf"))).ok());
    ASSERT_TRUE(compareSyntheticCrops(&ws, dir));
    EXPECT_TRUE(ws.canPerform(Workspace::Action::Export));

    const QString bad = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    EXPECT_FALSE(ws.exportReport(bad).ok());
    EXPECT_TRUE(ws.messageLabel()->text().startsWith(QStringLiteral("Export failed")))
        << ws.messageLabel()->text().toStdString();
    EXPECT_TRUE(ws.messageLabel()->text().contains(QStringLiteral("report.pdf")));
    EXPECT_EQ(audited(ws.caseFile(), AuditLog::Export), 0);
    EXPECT_FALSE(QFileInfo::exists(bad));

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ws.exportReport(pdf).ok()) << ws.messageLabel()->text().toStdString();
    QFile report(pdf);
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    EXPECT_TRUE(report.read(5).startsWith("%PDF"));
    EXPECT_EQ(audited(ws.caseFile(), AuditLog::Export), 1);
    EXPECT_EQ(ws.caseFile().auditLog().entries().constLast().action, QLatin1String(AuditLog::Export));
    EXPECT_EQ(ws.caseFile().auditLog().entries().constLast().detail, QFileInfo(pdf).absoluteFilePath());
    EXPECT_TRUE(ws.isModified());
}

TEST(FaceWorkspace, ReopenWithoutTheRecordedPackSaysWhichPackIsUsed)
{
    SKIP_WITHOUT_PACK();
    uitest::usePackagedPacks();
    QTemporaryDir dir;
    InferenceService service;
    QString path;
    QList<int> mask;
    {
        FaceWorkspace ws(&service);
        ASSERT_TRUE(compareSyntheticCrops(&ws, dir));
        DescriptorTreeModel* tree = ws.resultsPanel()->treeModel();
        ASSERT_TRUE(tree->setData(tree->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        mask = ws.caseFile().whatIfDisabled();
        path = dir.filePath(QStringLiteral("case.descry"));
        ASSERT_TRUE(ws.saveDocument(path).ok());
    }
    // The case was made with a version of the pack that is not installed here (recorded through Descry: a
    // hand-edited file would be refused as an edit behind the log).
    QString installedVersion;
    {
        auto recorded = CaseFile::open(path);
        ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
        PackReference pack = recorded->pack();
        installedVersion = pack.version;
        pack.version = QStringLiteral("9.9.9");
        recorded->setPack(pack);
        ASSERT_TRUE(recorded->save(path).ok());
    }

    MainWindow window;
    window.askSaveChanges = [] { return int(QMessageBox::Discard); };
    FaceWorkspace* ws = window.faceWorkspace();
    QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
    ASSERT_TRUE(ws->openDocument(path).ok());
    ASSERT_TRUE(waitForComparison(ws, done)) << ws->messageLabel()->text().toStdString();
    EXPECT_EQ(ws->result()->packVersion, installedVersion);
    ASSERT_FALSE(ws->packBanner()->isHidden());
    const QString banner = ws->packBanner()->text();
    EXPECT_TRUE(banner.contains(QStringLiteral("face-default 9.9.9"))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("face-default ") + installedVersion)) << banner.toStdString();
    EXPECT_EQ(ws->messageLabel()->text(), banner);
    // Nothing is overwritten silently: the record stays, the saved what-if is not applied to the other pack.
    EXPECT_EQ(ws->caseFile().pack().version, QStringLiteral("9.9.9"));
    EXPECT_FALSE(ws->isModified());
    EXPECT_TRUE(ws->resultsPanel()->disabledConcepts().isEmpty());
    EXPECT_FALSE(window.action(Workspace::Action::Export)->isEnabled());
    EXPECT_FALSE(ws->exportReport(dir.filePath(QStringLiteral("r.pdf"))).ok());
    DescriptorTreeModel* tree = ws->resultsPanel()->treeModel();
    ASSERT_TRUE(tree->setData(tree->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(ws->caseFile().whatIfDisabled(), mask);
    EXPECT_TRUE(ws->messageLabel()->text().contains(QStringLiteral("not recorded")));

    // The examiner re-runs: now the case records the pack used, and the audit log says it replaced the old one.
    const int whatIfs = audited(ws->caseFile(), AuditLog::WhatIf);
    ws->run();
    ASSERT_TRUE(waitForComparison(ws, done));
    EXPECT_EQ(ws->caseFile().pack(), FaceCaseDocument::packOf(*ws->result()));
    EXPECT_EQ(ws->caseFile().pack().version, installedVersion);
    QString runDetail;
    for (const AuditEntry& e : ws->caseFile().auditLog().entries())
        if (e.action == QLatin1String(AuditLog::Run))
            runDetail = e.detail;
    EXPECT_TRUE(runDetail.contains(QStringLiteral("instead of the recorded pack face-default 9.9.9")))
        << runDetail.toStdString();
    EXPECT_TRUE(ws->caseFile().whatIfDisabled().isEmpty()); // its indices belonged to the other pack
    EXPECT_EQ(audited(ws->caseFile(), AuditLog::WhatIf), whatIfs + 1);
    EXPECT_TRUE(ws->packBanner()->isHidden());
    EXPECT_TRUE(ws->isModified());
    EXPECT_TRUE(window.action(Workspace::Action::Export)->isEnabled());
}

TEST(FaceWorkspace, ReopenPrefersTheRecordedPackOverTheConfiguredOne)
{
    SKIP_WITHOUT_PACK();
    // A second pack, face-alt: the same files under another name (so another pack SHA-256).
    QTemporaryDir packs;
    const QString alt = packs.filePath(QStringLiteral("face-alt"));
    QDirIterator it(uitest::faceDefaultPack(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = alt + QLatin1Char('/') + QDir(uitest::faceDefaultPack()).relativeFilePath(file);
        QDir().mkpath(QFileInfo(to).path());
        ASSERT_TRUE(QFile::copy(file, to)) << to.toStdString();
    }
    QJsonObject manifest = readJson(alt + QStringLiteral("/manifest.json"));
    manifest[QStringLiteral("name")] = QStringLiteral("face-alt");
    QFile::remove(alt + QStringLiteral("/manifest.json"));
    writeJson(alt + QStringLiteral("/manifest.json"), manifest);
    qputenv("DESCRY_PACKS", (packs.path() + QLatin1Char(':') + uitest::packsDir()).toLocal8Bit());

    QTemporaryDir dir;
    InferenceService service;
    const QString path = dir.filePath(QStringLiteral("case.descry"));
    {
        FaceWorkspace ws(&service);
        ASSERT_TRUE(compareSyntheticCrops(&ws, dir));
        EXPECT_EQ(ws.caseFile().pack().name, QStringLiteral("face-default"));
        ASSERT_TRUE(ws.saveDocument(path).ok());
    }
    const QString configured = AppSettings().packName();
    AppSettings().setPackName(QStringLiteral("face-alt"));
    FaceWorkspace ws(&service);
    QSignalSpy done(&ws, &FaceWorkspace::comparisonFinished);
    ASSERT_TRUE(ws.openDocument(path).ok());
    const bool ok = waitForComparison(&ws, done);
    AppSettings().setPackName(configured);
    ASSERT_TRUE(ok) << ws.messageLabel()->text().toStdString();
    EXPECT_EQ(ws.result()->packName, QStringLiteral("face-default"));
    EXPECT_TRUE(ws.packBanner()->isHidden());
    EXPECT_TRUE(ws.canPerform(Workspace::Action::Export));
    uitest::usePackagedPacks();
}

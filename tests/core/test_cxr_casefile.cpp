// Chest X-ray cases: several radiographs as evidence, the viewer state and the reading notes, audited reveal,
// strict validation of the "cxr" member, and face cases left exactly as they were.
#include "core/casefile/AuditLog.h"
#include "core/casefile/CaseFile.h"
#include "core/common/Hash.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <functional>

using namespace descry;

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(data), data.size());
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& o)
{
    writeFile(path, QJsonDocument(o).toJson());
}

QJsonObject sampleViewer()
{
    return QJsonObject{{QStringLiteral("frame"), 2},
                       {QStringLiteral("windowCenter"), 1200.5},
                       {QStringLiteral("windowWidth"), 800},
                       {QStringLiteral("preset"), -1},
                       {QStringLiteral("invert"), true},
                       {QStringLiteral("zoom"), 1.5},
                       {QStringLiteral("panX"), 10},
                       {QStringLiteral("panY"), -4},
                       {QStringLiteral("fit"), false},
                       {QStringLiteral("measurement"), QJsonObject{{QStringLiteral("x1"), 1},
                                                                   {QStringLiteral("y1"), 2},
                                                                   {QStringLiteral("x2"), 30},
                                                                   {QStringLiteral("y2"), 40}}}};
}

struct CxrFixture
{
    QTemporaryDir dir;
    QString a, b, casePath;
    CaseFile c;

    CxrFixture()
    {
        a = dir.filePath(QStringLiteral("a.dcm"));
        b = dir.filePath(QStringLiteral("b.dcm"));
        casePath = dir.filePath(QStringLiteral("chest.descry"));
        writeFile(a, "radiograph a");
        writeFile(b, "radiograph b");
        c.setTask(QLatin1String(CaseFile::CxrClassificationTask));
    }
};

} // namespace

TEST(CxrCaseFile, RecordsSeveralRadiographsViewerStateAndNotes)
{
    CxrFixture fx;
    CaseFile& c = fx.c;
    ASSERT_TRUE(c.isCxrCase());
    ASSERT_TRUE(c.addRadiograph(fx.a).ok());
    ASSERT_TRUE(c.addEvidence(QLatin1String(CaseFile::RadiographRole), fx.b).ok());
    const int loads = c.auditLog().size();
    EXPECT_EQ(loads, 2);
    // The same file with the same hash again (the reader looked at it twice): nothing new.
    ASSERT_TRUE(c.addRadiograph(fx.a, *sha256File(fx.a)).ok());
    EXPECT_EQ(c.auditLog().size(), loads);
    ASSERT_EQ(c.evidence().size(), 2);
    EXPECT_EQ(c.evidence()[0].role, QStringLiteral("radiograph"));
    EXPECT_EQ(c.evidence()[1].sha256, *sha256File(fx.b));

    ASSERT_TRUE(c.setViewerState(fx.b, sampleViewer()).ok());
    ASSERT_TRUE(c.setReadingNotes(QStringLiteral("Small left pleural effusion.")).ok());
    EXPECT_TRUE(c.hasUncommittedNotes());
    c.commitNotes(QStringLiteral("Dr A"));
    EXPECT_FALSE(c.hasUncommittedNotes());
    const AuditEntry& note = c.auditLog().entries().constLast();
    EXPECT_EQ(note.action, QStringLiteral("note"));
    EXPECT_EQ(note.examiner, QStringLiteral("Dr A"));
    EXPECT_TRUE(note.detail.contains(QStringLiteral("Small left pleural effusion."))) << note.detail.toStdString();
    ASSERT_TRUE(c.record(QLatin1String(AuditLog::Reveal), QStringLiteral("identifiers of %1").arg(fx.b)).ok());
    ASSERT_TRUE(c.setReadingNotes(QStringLiteral("Small left pleural effusion; no pneumothorax.")).ok());

    ASSERT_TRUE(c.save(fx.casePath).ok()); // commits the last edit of the notes too
    Result<CaseFile> opened = CaseFile::open(fx.casePath);
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    EXPECT_EQ(opened->task(), QStringLiteral("cxr-classification"));
    EXPECT_EQ(opened->evidence(), c.evidence());
    EXPECT_EQ(opened->currentImage(), fx.b);
    EXPECT_EQ(opened->viewerState(), sampleViewer());
    EXPECT_EQ(opened->readingNotes(), QStringLiteral("Small left pleural effusion; no pneumothorax."));
    EXPECT_FALSE(opened->hasUncommittedNotes());
    EXPECT_TRUE(opened->integrity().isVerified());
    QStringList actions;
    for (const AuditEntry& e : opened->auditLog().entries())
        actions << e.action;
    EXPECT_EQ(actions, (QStringList{QStringLiteral("load"), QStringLiteral("load"), QStringLiteral("note"),
                                    QStringLiteral("reveal"), QStringLiteral("note"), QStringLiteral("save"),
                                    QStringLiteral("open")}));
    for (const QString& p : {fx.a, fx.b})
        EXPECT_TRUE(opened->evidencePaths().contains(p));
}

TEST(CxrCaseFile, ARadiographChangedSinceLoadingKeepsItsRecordedHash)
{
    CxrFixture fx;
    ASSERT_TRUE(fx.c.addRadiograph(fx.a).ok());
    const QString recorded = fx.c.evidence()[0].sha256;
    writeFile(fx.a, "radiograph a, altered");
    const Status again = fx.c.addRadiograph(fx.a);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code(), ErrorCode::Input);
    EXPECT_TRUE(again.error().toString().startsWith(fx.a)) << again.error().toString().toStdString();
    EXPECT_FALSE(again.error().toString().contains(QLatin1Char('\n')));
    EXPECT_EQ(fx.c.evidence()[0].sha256, recorded);
    const QList<EvidenceCheck> checks = fx.c.verifyEvidence();
    ASSERT_EQ(checks.size(), 1);
    EXPECT_EQ(checks[0].state, EvidenceCheck::State::Modified);
    EXPECT_EQ(checks[0].role, QStringLiteral("radiograph"));
}

TEST(CxrCaseFile, RolesAndMembersStayWithTheirTask)
{
    CxrFixture fx;
    EXPECT_EQ(fx.c.addEvidence(QStringLiteral("probe"), fx.a).error().code(), ErrorCode::Usage);
    EXPECT_EQ(fx.c.setViewerState(fx.a, {}).error().code(), ErrorCode::Usage); // not recorded evidence
    CaseFile face;
    EXPECT_EQ(face.addRadiograph(fx.a).error().code(), ErrorCode::Usage);
    EXPECT_EQ(face.setReadingNotes(QStringLiteral("x")).error().code(), ErrorCode::Usage);
    EXPECT_EQ(face.setViewerState({}, {}).error().code(), ErrorCode::Usage);
    EXPECT_TRUE(face.evidence().isEmpty());

    // A face case is written exactly as before: no "cxr" member.
    ASSERT_TRUE(face.addEvidence(QStringLiteral("probe"), fx.a).ok());
    const QString facePath = fx.dir.filePath(QStringLiteral("face.descry"));
    ASSERT_TRUE(face.save(facePath).ok());
    EXPECT_FALSE(readJson(facePath).contains(QStringLiteral("cxr")));
    ASSERT_TRUE(CaseFile::open(facePath));
}

TEST(CxrCaseFile, ViewerStateChecks)
{
    EXPECT_TRUE(CaseFile::checkViewerState(sampleViewer()).ok());
    EXPECT_TRUE(CaseFile::checkViewerState({}).ok());
    const auto with = [](const char* key, const QJsonValue& v) {
        QJsonObject o = sampleViewer();
        o.insert(QLatin1String(key), v);
        return CaseFile::checkViewerState(o);
    };
    EXPECT_TRUE(with("windowCenter", QJsonValue::Null).ok());
    EXPECT_TRUE(with("measurement", QJsonValue::Null).ok());
    EXPECT_TRUE(with("someNewSetting", 3).ok()); // a later viewer's scalar setting
    EXPECT_FALSE(with("frame", -1).ok());
    EXPECT_FALSE(with("frame", 1.5).ok());
    EXPECT_FALSE(with("invert", QStringLiteral("yes")).ok());
    EXPECT_FALSE(with("zoom", QJsonObject{}).ok());
    EXPECT_FALSE(with("measurement", QJsonObject{{QStringLiteral("x1"), 1}}).ok());
    EXPECT_FALSE(with("someNewSetting", QJsonArray{1, 2}).ok());
    EXPECT_FALSE(with("padding", QString(70000, QLatin1Char('x'))).ok());
}

namespace {

// Saves the fixture's case, applies `edit` to its JSON and returns the error of opening it (empty when it opened).
QString openEdited(CxrFixture& fx, const std::function<void(QJsonObject&)>& edit)
{
    if (!fx.c.save(fx.casePath).ok())
        return QStringLiteral("not saved");
    QJsonObject o = readJson(fx.casePath);
    edit(o);
    const QString edited = fx.dir.filePath(QStringLiteral("edited.descry"));
    writeJson(edited, o);
    Result<CaseFile> opened = CaseFile::open(edited);
    return opened ? QString() : opened.error().toString();
}

QJsonObject cxrOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("cxr")).toObject();
}

} // namespace

TEST(CxrCaseFile, HandEditedCasesAreRefusedNamingTheFileAndTheReason)
{
    CxrFixture fx;
    ASSERT_TRUE(fx.c.addRadiograph(fx.a).ok());
    ASSERT_TRUE(fx.c.addRadiograph(fx.b).ok());
    ASSERT_TRUE(fx.c.setViewerState(fx.a, sampleViewer()).ok());
    ASSERT_TRUE(fx.c.setReadingNotes(QStringLiteral("No effusion.")).ok());
    const QString edited = fx.dir.filePath(QStringLiteral("edited.descry"));
    EXPECT_EQ(openEdited(fx, [](QJsonObject&) {}), QString());

    const struct
    {
        const char* what;
        std::function<void(QJsonObject&)> edit;
        const char* expected;
    } cases[] = {
        {"notes rewritten",
         [](QJsonObject& o) {
             QJsonObject cxr = cxrOf(o);
             cxr.insert(QStringLiteral("reading_notes"), QStringLiteral("Large effusion."));
             o.insert(QStringLiteral("cxr"), cxr);
         },
         "edited outside Descry"},
        {"viewer state of the wrong kind",
         [](QJsonObject& o) {
             QJsonObject cxr = cxrOf(o);
             QJsonObject viewer = cxr.value(QStringLiteral("viewer")).toObject();
             viewer.insert(QStringLiteral("frame"), QStringLiteral("two"));
             cxr.insert(QStringLiteral("viewer"), viewer);
             o.insert(QStringLiteral("cxr"), cxr);
         },
         "member 'cxr.viewer': viewer state: member 'frame'"},
        {"image not in the evidence",
         [](QJsonObject& o) {
             QJsonObject cxr = cxrOf(o);
             cxr.insert(QStringLiteral("image"), QStringLiteral("/elsewhere/c.dcm"));
             o.insert(QStringLiteral("cxr"), cxr);
         },
         "is not one of the case's radiographs"},
        {"unknown member",
         [](QJsonObject& o) {
             QJsonObject cxr = cxrOf(o);
             cxr.insert(QStringLiteral("extra"), 1);
             o.insert(QStringLiteral("cxr"), cxr);
         },
         "unknown member 'cxr.extra'"},
        {"face role in a chest case",
         [](QJsonObject& o) {
             QJsonArray ev = o.value(QStringLiteral("evidence")).toArray();
             QJsonObject first = ev[0].toObject();
             first.insert(QStringLiteral("role"), QStringLiteral("probe"));
             ev[0] = first;
             o.insert(QStringLiteral("evidence"), ev);
         },
         "must be radiograph, not 'probe'"},
        {"radiograph listed twice",
         [](QJsonObject& o) {
             QJsonArray ev = o.value(QStringLiteral("evidence")).toArray();
             ev[1] = ev[0];
             o.insert(QStringLiteral("evidence"), ev);
         },
         "is listed twice"},
        {"chest member in a face case",
         [](QJsonObject& o) { o.insert(QStringLiteral("task"), QStringLiteral("face-verification")); },
         "must be probe or reference"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        const QString error = openEdited(fx, c.edit);
        EXPECT_TRUE(error.startsWith(edited + QStringLiteral(": "))) << error.toStdString();
        EXPECT_TRUE(error.contains(QLatin1String(c.expected))) << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    }
}

TEST(CxrCaseFile, FaceCaseWithACxrMemberIsRefused)
{
    QTemporaryDir dir;
    CaseFile face;
    const QString path = dir.filePath(QStringLiteral("face.descry"));
    ASSERT_TRUE(face.save(path).ok());
    QJsonObject o = readJson(path);
    o.insert(QStringLiteral("cxr"), QJsonObject{});
    writeJson(path, o);
    Result<CaseFile> opened = CaseFile::open(path);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().toString().contains(QStringLiteral("member 'cxr' in a face-verification case")))
        << opened.error().toString().toStdString();
}

TEST(CxrCaseFile, AChestCaseWithoutTheCxrMemberStillOpens)
{
    // Chest X-ray cases saved before the viewer state was recorded had no "cxr" member; their digest covers that.
    CxrFixture fx;
    ASSERT_TRUE(fx.c.save(fx.casePath).ok());
    QJsonObject o = readJson(fx.casePath);
    ASSERT_TRUE(o.contains(QStringLiteral("cxr")));
    o.remove(QStringLiteral("cxr"));
    // Re-commit the save entry to the content without "cxr", as the older writer did.
    QJsonArray audit = o.value(QStringLiteral("audit")).toArray();
    QJsonObject save = audit.last().toObject();
    save.insert(QStringLiteral("state"), CaseFile::contentDigest(o));
    const QDateTime utc = utcFromIso(save.value(QStringLiteral("utc")).toString());
    save.insert(QStringLiteral("hash"),
                AuditEntry::computeHash(save.value(QStringLiteral("prev")).toString(), utc,
                                        save.value(QStringLiteral("action")).toString(),
                                        save.value(QStringLiteral("detail")).toString(),
                                        save.value(QStringLiteral("state")).toString(), QString()));
    audit[audit.size() - 1] = save;
    o.insert(QStringLiteral("audit"), audit);
    writeJson(fx.casePath, o);
    Result<CaseFile> opened = CaseFile::open(fx.casePath);
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    EXPECT_TRUE(opened->readingNotes().isEmpty());
    EXPECT_TRUE(opened->currentImage().isEmpty());
}

TEST(CxrCaseFile, RevealIsAKnownAction)
{
    EXPECT_TRUE(AuditLog::knownActions().contains(QStringLiteral("reveal")));
}

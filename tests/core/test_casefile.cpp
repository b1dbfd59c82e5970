#include "core/casefile/AuditLog.h"
#include "core/casefile/CaseFile.h"
#include "core/casefile/ExaminerNotes.h"
#include "core/common/Hash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace descry;
using Finding = Assessment::Finding;

namespace {

// A clock that starts at 2026-11-26 01:00:00 UTC and advances one second per reading.
UtcClock steppingClock()
{
    auto t = std::make_shared<QDateTime>(QDateTime(QDate(2026, 11, 26), QTime(1, 0, 0), Qt::UTC));
    return [t] {
        const QDateTime now = *t;
        *t = t->addSecs(1);
        return now;
    };
}

QDateTime utcAt(int secondsAfterOne)
{
    return QDateTime(QDate(2026, 11, 26), QTime(1, 0, 0), Qt::UTC).addSecs(secondsAfterOne);
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(data), data.size());
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

// A case with two evidence files, a result, a what-if mask and locked, amended notes.
CaseFile sampleCase(const QTemporaryDir& dir)
{
    writeFile(dir.filePath(QStringLiteral("probe.jpg")), "probe bytes");
    writeFile(dir.filePath(QStringLiteral("ref.jpg")), "reference bytes");
    CaseFile c(steppingClock());
    c.setTitle(QStringLiteral("Case \u00e9 42"));
    EXPECT_TRUE(c.addEvidence(QStringLiteral("probe"), dir.filePath(QStringLiteral("probe.jpg"))).ok());
    EXPECT_TRUE(c.addEvidence(QStringLiteral("reference"), dir.filePath(QStringLiteral("ref.jpg"))).ok());
    c.setPack(PackReference{QStringLiteral("face-ssm"), QStringLiteral("1.2.0"), QString(64, QLatin1Char('a'))});
    EXPECT_TRUE(c.setBlindFirst(true).ok());
    c.setCroppedFaces(true);
    c.setResult(QJsonObject{{QStringLiteral("decision"), QStringLiteral("match")}, {QStringLiteral("score"), 0.8125}});
    c.setWhatIfDisabled({3, 17});
    EXPECT_TRUE(c.setAssessment(QStringLiteral("eyes"), Finding::Similar, QStringLiteral("same canthal tilt")).ok());
    EXPECT_TRUE(c.setAssessment(QStringLiteral("ears"), Finding::NotAssessable, QStringLiteral("hidden")).ok());
    EXPECT_TRUE(c.lockNotes(QStringLiteral("A. Examiner")).ok());
    EXPECT_TRUE(c.amendNotes(QStringLiteral("ears"), Finding::Dissimilar, QStringLiteral("lobe differs"),
                             QStringLiteral("second photo reviewed"))
                    .ok());
    c.recordExport(dir.filePath(QStringLiteral("report.pdf")));
    return c;
}

} // namespace

TEST(AuditLog, EntriesInOrderWithInjectedUtcTimes)
{
    AuditLog log(steppingClock());
    log.append(QStringLiteral("load"), QStringLiteral("probe"));
    log.append(QStringLiteral("run"));
    log.append(QStringLiteral("export"), QStringLiteral("r.pdf"));
    ASSERT_EQ(log.size(), 3);
    EXPECT_EQ(log.entries()[0].utc, utcAt(0));
    EXPECT_EQ(log.entries()[1].utc, utcAt(1));
    EXPECT_EQ(log.entries()[2].utc, utcAt(2));
    EXPECT_EQ(log.entries()[2].utc.timeSpec(), Qt::UTC);
    EXPECT_EQ(log.summary(), (QStringList{QStringLiteral("2026-11-26 01:00:00 UTC  load  probe"),
                                          QStringLiteral("2026-11-26 01:00:01 UTC  run"),
                                          QStringLiteral("2026-11-26 01:00:02 UTC  export  r.pdf")}));
    EXPECT_EQ(log.toJson()[0].toObject()[QStringLiteral("utc")].toString(), QStringLiteral("2026-11-26T01:00:00.000Z"));
    auto back = AuditLog::fromJson(log.toJson(), QStringLiteral("x"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, log);
    EXPECT_FALSE(AuditLog::fromJson(QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("run")}}},
                                    QStringLiteral("x"))
                     .ok());
}

TEST(AuditLog, LocalClockIsStoredAsUtc)
{
    AuditLog log([] { return QDateTime(QDate(2026, 11, 26), QTime(3, 23), Qt::OffsetFromUTC, 7200); });
    EXPECT_EQ(log.append(QStringLiteral("note")).utc, QDateTime(QDate(2026, 11, 26), QTime(1, 23), Qt::UTC));
}

TEST(ExaminerNotes, HasTheNineteenFiswgComponents)
{
    ExaminerNotes notes;
    EXPECT_EQ(notes.components().size(), 19);
    EXPECT_EQ(notes.components().first(), QStringLiteral("skin"));
    EXPECT_EQ(notes.components().last(), QStringLiteral("other"));
    EXPECT_EQ(ExaminerNotes::componentName(QStringLiteral("chin")), QStringLiteral("Chin/Jawline"));
    EXPECT_EQ(notes.assessment(QStringLiteral("nose")).finding, Finding::Unset);
    EXPECT_FALSE(notes.setAssessment(QStringLiteral("tail"), Finding::Similar).ok());
    for (Finding f : {Finding::Unset, Finding::Similar, Finding::Dissimilar, Finding::NotAssessable})
        EXPECT_EQ(ExaminerNotes::findingFromId(ExaminerNotes::findingId(f)), f);
}

TEST(ExaminerNotes, LockRefusesEditsAndRecordsAmendments)
{
    ExaminerNotes notes;
    notes.setClock(steppingClock());
    ASSERT_TRUE(notes.setAssessment(QStringLiteral("nose"), Finding::Similar, QStringLiteral("straight bridge")).ok());
    EXPECT_FALSE(notes.amend(QStringLiteral("nose"), Finding::Dissimilar, {}, QStringLiteral("r")).ok());
    EXPECT_FALSE(notes.lock(QStringLiteral("  ")).ok());
    ASSERT_TRUE(notes.lock(QStringLiteral("J. Doe")).ok());
    EXPECT_TRUE(notes.isLocked());
    EXPECT_EQ(notes.lockedAt(), utcAt(0));
    EXPECT_EQ(notes.examiner(), QStringLiteral("J. Doe"));
    EXPECT_FALSE(notes.lock(QStringLiteral("J. Doe")).ok());

    const Status refused = notes.setAssessment(QStringLiteral("nose"), Finding::Dissimilar, QStringLiteral("x"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::Usage);
    EXPECT_EQ(notes.assessment(QStringLiteral("nose")).finding, Finding::Similar);

    EXPECT_FALSE(
        notes.amend(QStringLiteral("nose"), Finding::Dissimilar, QStringLiteral("hump"), QStringLiteral(" ")).ok());
    EXPECT_FALSE(notes
                     .amend(QStringLiteral("nose"), Finding::Similar, QStringLiteral("straight bridge"),
                            QStringLiteral("no change"))
                     .ok());
    ASSERT_TRUE(notes
                    .amend(QStringLiteral("nose"), Finding::Dissimilar, QStringLiteral("dorsal hump"),
                           QStringLiteral("higher-resolution reference"))
                    .ok());
    ASSERT_EQ(notes.amendments().size(), 1);
    const Amendment& a = notes.amendments().first();
    EXPECT_EQ(a.utc, utcAt(1));
    EXPECT_EQ(a.component, QStringLiteral("nose"));
    EXPECT_EQ(a.before, (Assessment{Finding::Similar, QStringLiteral("straight bridge")}));
    EXPECT_EQ(a.after, (Assessment{Finding::Dissimilar, QStringLiteral("dorsal hump")}));
    EXPECT_EQ(a.reason, QStringLiteral("higher-resolution reference"));
    EXPECT_EQ(notes.assessment(QStringLiteral("nose")).finding, Finding::Dissimilar);
    EXPECT_EQ(notes.lockedSnapshot().value(QStringLiteral("nose")).finding, Finding::Similar);

    auto back = ExaminerNotes::fromJson(notes.toJson(), QStringLiteral("n.json"));
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(*back, notes);
}

TEST(ExaminerNotes, SilentEditOfLockedNotesInFileIsRejected)
{
    ExaminerNotes notes;
    ASSERT_TRUE(notes.setAssessment(QStringLiteral("eyes"), Finding::Similar).ok());
    ASSERT_TRUE(notes.lock(QStringLiteral("J. Doe")).ok());
    QJsonObject json = notes.toJson();
    QJsonArray list = json[QStringLiteral("assessments")].toArray();
    QJsonObject eyes = list[6].toObject();
    ASSERT_EQ(eyes[QStringLiteral("component")].toString(), QStringLiteral("eyes"));
    eyes[QStringLiteral("finding")] = QStringLiteral("dissimilar");
    list[6] = eyes;
    json[QStringLiteral("assessments")] = list;
    auto back = ExaminerNotes::fromJson(json, QStringLiteral("case.descry"));
    ASSERT_FALSE(back.ok());
    EXPECT_TRUE(back.error().toString().startsWith(QStringLiteral("case.descry: ")))
        << back.error().toString().toStdString();
}

TEST(CaseFile, SaveOpenRoundTrip)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    CaseFile c = sampleCase(dir);
    EXPECT_EQ(c.caseId().size(), 12);
    EXPECT_NE(c.caseId(), CaseFile::newCaseId());
    EXPECT_FALSE(c.modelOutputHidden()); // blind-first, but locked
    const QString path = dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(c.save(path).ok());
    EXPECT_EQ(c.path(), path);
    EXPECT_EQ(c.auditLog().entries().constLast().action, QStringLiteral("save"));

    auto opened = CaseFile::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(opened->path(), path);
    ASSERT_EQ(opened->auditLog().size(), c.auditLog().size() + 1);
    EXPECT_EQ(opened->auditLog().entries().constLast().action, QStringLiteral("open"));
    EXPECT_EQ(opened->auditLog().entries().mid(0, c.auditLog().size()), c.auditLog().entries());

    EXPECT_EQ(opened->caseId(), c.caseId());
    EXPECT_EQ(opened->title(), c.title());
    EXPECT_EQ(opened->created(), utcAt(0));
    EXPECT_EQ(opened->modified(), c.modified());
    EXPECT_EQ(opened->evidence(), c.evidence());
    EXPECT_EQ(opened->pack(), c.pack());
    EXPECT_TRUE(opened->blindFirst());
    EXPECT_EQ(opened->task(), QStringLiteral("face-verification"));
    EXPECT_TRUE(opened->croppedFaces());
    EXPECT_EQ(opened->result(), c.result());
    EXPECT_EQ(opened->whatIfDisabled(), (QList<int>{3, 17}));
    EXPECT_EQ(opened->notes(), c.notes());
    EXPECT_EQ(opened->notes().amendments().size(), 1);

    // Saving the reopened case again and reading it back gives an identical case.
    ASSERT_TRUE(opened->save(path).ok());
    auto again = CaseFile::open(path);
    ASSERT_TRUE(again.ok());
    CaseFile expected = *opened;
    EXPECT_EQ(again->toJson()[QStringLiteral("audit")].toArray().size(), expected.auditLog().size() + 1);
    EXPECT_EQ(again->toJson()[QStringLiteral("format")].toString(), QStringLiteral("descry-case/3"));
    EXPECT_TRUE(again->integrity().isVerified()) << again->integrity().message.toStdString();
    EXPECT_EQ(again->toJson()[QStringLiteral("task")].toString(), QStringLiteral("face-verification"));
}

TEST(CaseFile, FormatOneStillOpensAsAFaceCaseAndIsWrittenAsFormatThree)
{
    QTemporaryDir dir;
    CaseFile c = sampleCase(dir);
    QJsonObject v1 = c.toJson();
    v1[QStringLiteral("format")] = QStringLiteral("descry-case/1");
    v1.remove(QStringLiteral("task"));
    v1.remove(QStringLiteral("options"));
    const QString path = dir.filePath(QStringLiteral("old.descry"));
    writeFile(path, QJsonDocument(v1).toJson());

    auto opened = CaseFile::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(opened->task(), QStringLiteral("face-verification"));
    EXPECT_FALSE(opened->croppedFaces());
    EXPECT_EQ(opened->whatIfDisabled(), (QList<int>{3, 17}));
    EXPECT_EQ(opened->pack(), c.pack());
    ASSERT_TRUE(opened->save(path).ok());
    const QJsonObject written = QJsonDocument::fromJson(readAll(path)).object();
    EXPECT_EQ(written[QStringLiteral("format")].toString(), QStringLiteral("descry-case/3"));
    EXPECT_EQ(written[QStringLiteral("task")].toString(), QStringLiteral("face-verification"));
    EXPECT_EQ(written[QStringLiteral("options")].toObject()[QStringLiteral("cropped")], QJsonValue(false));
}

TEST(CaseFile, FormatTwoNeedsAKnownTaskAndOptions)
{
    QTemporaryDir dir;
    const QJsonObject good = sampleCase(dir).toJson();
    struct Broken
    {
        const char* name;
        std::function<void(QJsonObject&)> edit;
        const char* member;
    };
    const QList<Broken> cases = {
        {"notask.descry", [](QJsonObject& o) { o.remove(QStringLiteral("task")); }, "task"},
        {"badtask.descry", [](QJsonObject& o) { o[QStringLiteral("task")] = QStringLiteral("palm-reading"); },
         "palm-reading"},
        {"nooptions.descry", [](QJsonObject& o) { o.remove(QStringLiteral("options")); }, "options"},
        {"badcropped.descry",
         [](QJsonObject& o) {
             o[QStringLiteral("options")] = QJsonObject{{QStringLiteral("cropped"), 1}};
         },
         "cropped"},
    };
    for (const Broken& b : cases) {
        QJsonObject o = good;
        b.edit(o);
        const QString path = dir.filePath(QLatin1String(b.name));
        writeFile(path, QJsonDocument(o).toJson());
        auto r = CaseFile::open(path);
        ASSERT_FALSE(r.ok()) << b.name;
        EXPECT_TRUE(r.error().toString().startsWith(path + QStringLiteral(": "))) << r.error().toString().toStdString();
        EXPECT_TRUE(r.error().message().contains(QLatin1String(b.member))) << r.error().toString().toStdString();
    }
}

TEST(CaseFile, ANewResultKeepsTheWhatIfMask)
{
    CaseFile c(steppingClock());
    c.setResult(QJsonObject{{QStringLiteral("decision"), QStringLiteral("match")}, {QStringLiteral("score"), 0.5}});
    c.setWhatIfDisabled({2, 5});
    c.setResult(QJsonObject{{QStringLiteral("decision"), QStringLiteral("match")}, {QStringLiteral("score"), 0.6}});
    EXPECT_EQ(c.whatIfDisabled(), (QList<int>{2, 5}));
    EXPECT_EQ(c.auditLog().entries().constLast().action, QStringLiteral("run"));
}

TEST(CaseFile, AuditRecordsEveryActionInOrder)
{
    QTemporaryDir dir;
    CaseFile c = sampleCase(dir);
    QStringList actions;
    QList<QDateTime> times;
    for (const AuditEntry& e : c.auditLog().entries()) {
        actions << e.action;
        times << e.utc;
    }
    // The two notes are audited once, when the lock commits them, not when they were typed.
    EXPECT_EQ(actions, (QStringList{QStringLiteral("load"), QStringLiteral("load"), QStringLiteral("blind"),
                                    QStringLiteral("run"), QStringLiteral("what-if"), QStringLiteral("note"),
                                    QStringLiteral("note"), QStringLiteral("lock"), QStringLiteral("amend"),
                                    QStringLiteral("export")}));
    // created took 01:00:00; each audited event and the lock/amend timestamps take the next seconds.
    EXPECT_EQ(times.first(), utcAt(1));
    for (int i = 1; i < times.size(); ++i) {
        EXPECT_LT(times[i - 1], times[i]);
        EXPECT_EQ(times[i].timeSpec(), Qt::UTC);
    }
    EXPECT_TRUE(c.auditLog().entries()[8].detail.contains(QStringLiteral("ears: not-assessable \u2192 dissimilar")))
        << c.auditLog().entries()[8].detail.toStdString();
    EXPECT_TRUE(c.auditLog().entries()[8].detail.contains(QStringLiteral("second photo reviewed")));
    EXPECT_TRUE(c.auditLog().entries()[4].detail.contains(QStringLiteral("3, 17")));
    // Every entry is chained to the one before it.
    EXPECT_EQ(c.auditLog().entries()[0].prev, AuditEntry::chainStart());
    for (int i = 1; i < c.auditLog().size(); ++i)
        EXPECT_EQ(c.auditLog().entries()[i].prev, c.auditLog().entries()[i - 1].hash);
    EXPECT_TRUE(c.auditLog().verifyChain(QStringLiteral("x")).ok());
}

TEST(CaseFile, EvidenceModifiedAndMissingAreReported)
{
    QTemporaryDir dir;
    CaseFile c = sampleCase(dir);
    const QString path = dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(c.save(path).ok());
    const QString probeSha = c.evidenceFor(QStringLiteral("probe"))->sha256;
    EXPECT_EQ(probeSha, sha256Hex("probe bytes"));

    auto checks = c.verifyEvidence();
    ASSERT_EQ(checks.size(), 2);
    EXPECT_EQ(checks[0].state, EvidenceCheck::State::Ok);
    EXPECT_EQ(checks[1].state, EvidenceCheck::State::Ok);

    writeFile(dir.filePath(QStringLiteral("probe.jpg")), "probe bytes, retouched");
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("ref.jpg"))));
    auto opened = CaseFile::open(path);
    ASSERT_TRUE(opened.ok());
    checks = opened->verifyEvidence();
    ASSERT_EQ(checks.size(), 2);
    EXPECT_EQ(checks[0].role, QStringLiteral("probe"));
    EXPECT_EQ(checks[0].state, EvidenceCheck::State::Modified);
    EXPECT_EQ(checks[0].expectedSha256, probeSha);
    EXPECT_EQ(checks[0].actualSha256, sha256Hex("probe bytes, retouched"));
    EXPECT_TRUE(checks[0].message.contains(dir.filePath(QStringLiteral("probe.jpg"))));
    EXPECT_EQ(checks[1].state, EvidenceCheck::State::Missing);
    EXPECT_TRUE(checks[1].actualSha256.isEmpty());
    EXPECT_TRUE(checks[1].message.contains(QStringLiteral("ref.jpg")));
    // Opening and verifying never touch the evidence.
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("probe.jpg"))), QByteArray("probe bytes, retouched"));
}

TEST(CaseFile, FailedSaveKeepsPreviousFileAndState)
{
    QTemporaryDir dir;
    CaseFile c = sampleCase(dir);
    const QString path = dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(c.save(path).ok());
    const QByteArray before = readAll(path);
    const int auditBefore = c.auditLog().size();

    ASSERT_TRUE(c.setAssessment(QStringLiteral("skin"), Finding::Similar, {}).ok() == false); // locked
    c.setTitle(QStringLiteral("changed"));
    const Status inMissingFolder = c.save(dir.filePath(QStringLiteral("no/such/folder/case.descry")));
    ASSERT_FALSE(inMissingFolder.ok());
    EXPECT_TRUE(inMissingFolder.error().toString().contains(QStringLiteral("no/such/folder/case.descry")));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("adir")));
    const Status onDirectory = c.save(dir.filePath(QStringLiteral("adir")));
    ASSERT_FALSE(onDirectory.ok());
    EXPECT_TRUE(QFileInfo(dir.filePath(QStringLiteral("adir"))).isDir());

    EXPECT_EQ(readAll(path), before);
    EXPECT_EQ(c.auditLog().size(), auditBefore);
    EXPECT_EQ(c.path(), path);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(left,
              (QStringList{QStringLiteral("case.descry"), QStringLiteral("probe.jpg"), QStringLiteral("ref.jpg")}));
}

TEST(CaseFile, MalformedOrForeignFilesAreRejectedNamingTheFile)
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.descry"));
    writeFile(broken, "{\"format\": \"descry-case/1\", ");
    auto r = CaseFile::open(broken);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::Input);
    EXPECT_TRUE(r.error().toString().startsWith(broken + QStringLiteral(": "))) << r.error().toString().toStdString();
    EXPECT_FALSE(r.error().toString().contains(QLatin1Char('\n')));

    const QString foreign = dir.filePath(QStringLiteral("foreign.descry"));
    writeFile(foreign, "{\"format\": \"descry-catalog/1\"}");
    r = CaseFile::open(foreign);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().toString().startsWith(foreign + QStringLiteral(": ")));
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("descry-catalog/1")));

    const QString missing = dir.filePath(QStringLiteral("absent.descry"));
    r = CaseFile::open(missing);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().toString().startsWith(missing));

    CaseFile ok = sampleCase(dir);
    QJsonObject json = ok.toJson();
    json.remove(QStringLiteral("audit"));
    const QString noAudit = dir.filePath(QStringLiteral("noaudit.descry"));
    writeFile(noAudit, QJsonDocument(json).toJson());
    r = CaseFile::open(noAudit);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().toString().startsWith(noAudit + QStringLiteral(": ")));
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("audit")));
}

TEST(CaseFile, SetNotesAuditsAndRefusesRewritingALockedAnalysis)
{
    CaseFile c(steppingClock());
    EXPECT_FALSE(c.modelOutputHidden());
    ASSERT_TRUE(c.setBlindFirst(true).ok());
    EXPECT_TRUE(c.modelOutputHidden());
    ExaminerNotes n;
    ASSERT_TRUE(n.setAssessment(QStringLiteral("mouth"), Finding::Similar, QStringLiteral("lip line")).ok());
    ASSERT_TRUE(n.lock(QStringLiteral("J. Doe")).ok());
    ASSERT_TRUE(c.setNotes(n).ok());
    EXPECT_FALSE(c.modelOutputHidden());
    ASSERT_EQ(c.auditLog().size(), 3);
    EXPECT_EQ(c.auditLog().entries()[0].action, QStringLiteral("blind"));
    EXPECT_EQ(c.auditLog().entries()[1].action, QStringLiteral("note"));
    EXPECT_EQ(c.auditLog().entries()[2].action, QStringLiteral("lock"));
    EXPECT_EQ(c.auditLog().entries()[2].examiner, QStringLiteral("J. Doe"));

    ExaminerNotes rewritten; // a fresh, unlocked analysis must not replace the locked one
    EXPECT_FALSE(c.setNotes(rewritten).ok());
    ExaminerNotes amended = n;
    ASSERT_TRUE(amended.amend(QStringLiteral("mouth"), Finding::Dissimilar, {}, QStringLiteral("reason")).ok());
    ASSERT_TRUE(c.setNotes(amended).ok());
    EXPECT_EQ(c.auditLog().entries().constLast().action, QStringLiteral("amend"));
    EXPECT_EQ(c.notes().assessment(QStringLiteral("mouth")).finding, Finding::Dissimilar);
}

// The radiologist's reading of a chest X-ray case: the descriptor checklist (audited on commit), the lock of notes
// and checklist together, amendments with a reason, blind review that ends with the lock, the review summary, and
// chest cases written before the checklist existed.
#include "core/casefile/AuditLog.h"
#include "core/casefile/CaseFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;

namespace {

const QString kLeft = QStringLiteral("costophrenic_angle.blunted_left");
const QString kMeniscus = QStringLiteral("meniscus.present");

struct ReadingFixture
{
    QTemporaryDir dir;
    QString image, casePath;
    CaseFile c;

    ReadingFixture()
    {
        image = dir.filePath(QStringLiteral("chest.dcm"));
        casePath = dir.filePath(QStringLiteral("chest.descry"));
        QFile f(image);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("radiograph");
        f.close();
        c.setTask(QLatin1String(CaseFile::CxrClassificationTask));
        EXPECT_TRUE(c.addRadiograph(image).ok());
    }
};

QStringList details(const CaseFile& c, const char* action)
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
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Writes `o` with its last (save) entry committed to its content again, as a writer of that content would have.
void writeRecommitted(const QString& path, QJsonObject o)
{
    QJsonArray audit = o.value(QStringLiteral("audit")).toArray();
    QJsonObject save = audit.last().toObject();
    save.insert(QStringLiteral("state"), CaseFile::contentDigest(o));
    save.insert(QStringLiteral("hash"),
                AuditEntry::computeHash(save.value(QStringLiteral("prev")).toString(),
                                        utcFromIso(save.value(QStringLiteral("utc")).toString()),
                                        save.value(QStringLiteral("action")).toString(),
                                        save.value(QStringLiteral("detail")).toString(),
                                        save.value(QStringLiteral("state")).toString(), QString()));
    audit[audit.size() - 1] = save;
    o.insert(QStringLiteral("audit"), audit);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

} // namespace

TEST(CxrCaseReading, TheChecklistIsAuditedOnCommitAndSurvivesSaveAndOpen)
{
    ReadingFixture fx;
    ASSERT_TRUE(fx.c.setChecklistState(kLeft, ChecklistState::Present).ok());
    ASSERT_TRUE(fx.c.setChecklistState(kMeniscus, ChecklistState::Uncertain).ok());
    EXPECT_TRUE(fx.c.hasUncommittedNotes());
    fx.c.commitNotes(QStringLiteral("Dr Reader"));
    EXPECT_FALSE(fx.c.hasUncommittedNotes());
    const QStringList notes = details(fx.c, AuditLog::Note);
    EXPECT_TRUE(notes.contains(QStringLiteral("checklist %1: unset \u2192 present").arg(kLeft)))
        << notes.join('\n').toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("checklist %1: unset \u2192 uncertain").arg(kMeniscus)));
    // Back to unset: not kept, and audited as such.
    ASSERT_TRUE(fx.c.setChecklistState(kMeniscus, ChecklistState::Unset).ok());
    EXPECT_FALSE(fx.c.checklist().contains(kMeniscus));
    fx.c.commitNotes();
    EXPECT_TRUE(
        details(fx.c, AuditLog::Note).contains(QStringLiteral("checklist %1: uncertain \u2192 unset").arg(kMeniscus)));
    ASSERT_TRUE(fx.c.setReadingNotes(QStringLiteral("Blunted left angle.")).ok());
    ASSERT_TRUE(fx.c.lockReading(QStringLiteral("Dr Reader")).ok());
    ASSERT_TRUE(fx.c.save(fx.casePath).ok());
    const QJsonObject cxr = readJson(fx.casePath).value(QStringLiteral("cxr")).toObject();
    EXPECT_EQ(cxr.value(QStringLiteral("checklist")).toObject(), (QJsonObject{{kLeft, QStringLiteral("present")}}));
    EXPECT_EQ(cxr.value(QStringLiteral("lock")).toObject().value(QStringLiteral("examiner")).toString(),
              QStringLiteral("Dr Reader"));
    Result<CaseFile> opened = CaseFile::open(fx.casePath);
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    EXPECT_EQ(opened->checklist(), fx.c.checklist());
    EXPECT_TRUE(opened->isReadingLocked());
    EXPECT_EQ(opened->readingLockedBy(), QStringLiteral("Dr Reader"));
    EXPECT_EQ(opened->readingLockedUtc(), fx.c.readingLockedUtc());
    EXPECT_FALSE(opened->hasUncommittedNotes());
}

TEST(CxrCaseReading, LockingAndAmendingFollowTheRules)
{
    ReadingFixture fx;
    EXPECT_FALSE(fx.c.lockReading(QStringLiteral("Dr Reader")).ok()); // nothing recorded
    ASSERT_TRUE(fx.c.setChecklistState(kLeft, ChecklistState::Present).ok());
    EXPECT_FALSE(fx.c.lockReading(QStringLiteral("  ")).ok()); // nobody
    EXPECT_FALSE(fx.c.amendReading({{kLeft, ChecklistState::Absent}}, std::nullopt, QStringLiteral("why"), {}).ok());
    ASSERT_TRUE(fx.c.lockReading(QStringLiteral("Dr Reader")).ok());
    EXPECT_TRUE(details(fx.c, AuditLog::Lock).contains(QStringLiteral("reading locked by Dr Reader")));
    EXPECT_FALSE(fx.c.lockReading(QStringLiteral("Dr Reader")).ok()); // once
    // Locked: direct edits are refused and change nothing.
    EXPECT_FALSE(fx.c.setChecklistState(kLeft, ChecklistState::Absent).ok());
    EXPECT_FALSE(fx.c.setReadingNotes(QStringLiteral("changed")).ok());
    EXPECT_EQ(fx.c.checklist().value(kLeft), ChecklistState::Present);
    EXPECT_TRUE(fx.c.readingNotes().isEmpty());
    // Amendments need a reason and a change.
    EXPECT_FALSE(fx.c.amendReading({{kLeft, ChecklistState::Absent}}, std::nullopt, QStringLiteral(" "), {}).ok());
    EXPECT_FALSE(fx.c.amendReading({{kLeft, ChecklistState::Present}}, std::nullopt, QStringLiteral("why"), {}).ok());
    EXPECT_FALSE(
        fx.c.amendReading({{QStringLiteral("no id"), ChecklistState::Present}}, std::nullopt, QStringLiteral("why"), {})
            .ok());
    ASSERT_TRUE(fx.c.amendReading({{kLeft, ChecklistState::Absent}}, QStringLiteral("No effusion on the lateral."),
                                  QStringLiteral("lateral view"), QStringLiteral("Dr Second"))
                    .ok());
    EXPECT_EQ(fx.c.checklist().value(kLeft), ChecklistState::Absent);
    EXPECT_EQ(fx.c.readingNotes(), QStringLiteral("No effusion on the lateral."));
    const AuditEntry& last = fx.c.auditLog().entries().last();
    EXPECT_EQ(last.action, QLatin1String(AuditLog::Amend));
    EXPECT_EQ(last.examiner, QStringLiteral("Dr Second"));
    EXPECT_TRUE(last.detail.contains(QStringLiteral("checklist %1: present \u2192 absent").arg(kLeft)));
    EXPECT_TRUE(last.detail.contains(QStringLiteral("reason: lateral view"))) << last.detail.toStdString();
    EXPECT_FALSE(fx.c.hasUncommittedNotes()); // the amendment is its own audit entry
    // A face case has no checklist.
    CaseFile face;
    EXPECT_FALSE(face.setChecklistState(kLeft, ChecklistState::Present).ok());
    EXPECT_FALSE(face.lockReading(QStringLiteral("Dr Reader")).ok());
}

TEST(CxrCaseReading, BlindReviewOfAChestCaseEndsWithTheLockedReading)
{
    ReadingFixture fx;
    ASSERT_TRUE(fx.c.setBlindFirst(true).ok());
    fx.c.setPack(PackReference{QStringLiteral("cxr-fake"), QStringLiteral("1"), QString()});
    fx.c.setResult(
        QJsonObject{{QStringLiteral("decision"), QStringLiteral("effusion")}, {QStringLiteral("probability"), 0.91}},
        QStringLiteral("effusion, P(effusion) 0.9100"));
    EXPECT_TRUE(fx.c.modelOutputHidden());
    const QString run = details(fx.c, AuditLog::Run).last();
    EXPECT_FALSE(run.contains(QStringLiteral("0.91"))) << run.toStdString();
    EXPECT_TRUE(run.contains(QStringLiteral("hidden")));
    EXPECT_FALSE(fx.c.setBlindFirst(false).ok()); // no peeking by switching it off
    ASSERT_TRUE(fx.c.setReadingNotes(QStringLiteral("Left effusion.")).ok());
    ASSERT_TRUE(fx.c.lockReading(QStringLiteral("Dr Reader")).ok());
    EXPECT_FALSE(fx.c.modelOutputHidden());
    EXPECT_FALSE(fx.c.notes().isLocked()); // the FISWG notes are the face case's, untouched
}

TEST(CxrCaseReading, AChestCaseWrittenBeforeTheChecklistStillOpens)
{
    ReadingFixture fx;
    ASSERT_TRUE(fx.c.setReadingNotes(QStringLiteral("Old notes.")).ok());
    ASSERT_TRUE(fx.c.save(fx.casePath).ok());
    QJsonObject o = readJson(fx.casePath);
    QJsonObject cxr = o.value(QStringLiteral("cxr")).toObject();
    cxr.remove(QStringLiteral("checklist"));
    cxr.remove(QStringLiteral("lock"));
    o.insert(QStringLiteral("cxr"), cxr);
    writeRecommitted(fx.casePath, o);
    Result<CaseFile> opened = CaseFile::open(fx.casePath);
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    EXPECT_TRUE(opened->checklist().isEmpty());
    EXPECT_FALSE(opened->isReadingLocked());
    EXPECT_EQ(opened->readingNotes(), QStringLiteral("Old notes."));
}

TEST(CxrCaseReading, AMalformedChecklistOrLockIsRefusedNamingTheFileAndMember)
{
    ReadingFixture fx;
    ASSERT_TRUE(fx.c.setChecklistState(kLeft, ChecklistState::Present).ok());
    ASSERT_TRUE(fx.c.lockReading(QStringLiteral("Dr Reader")).ok());
    ASSERT_TRUE(fx.c.save(fx.casePath).ok());
    const QJsonObject saved = readJson(fx.casePath);
    const struct
    {
        const char* member;
        QJsonValue value;
        const char* expected;
    } cases[] = {
        {"checklist", QJsonObject{{kLeft, QStringLiteral("maybe")}}, "must be present, absent or uncertain"},
        {"checklist", QJsonObject{{QStringLiteral("not an id"), QStringLiteral("present")}}, "is not a descriptor id"},
        {"checklist", QJsonArray{}, "member 'cxr.checklist' must be an object"},
        {"lock", QJsonObject{{QStringLiteral("examiner"), QString()}, {QStringLiteral("utc"), QString()}},
         "member 'cxr.lock'"},
        {"lock", QStringLiteral("Dr Reader"), "member 'cxr.lock'"},
    };
    for (const auto& tc : cases) {
        QJsonObject o = saved;
        QJsonObject cxr = o.value(QStringLiteral("cxr")).toObject();
        cxr.insert(QLatin1String(tc.member), tc.value);
        o.insert(QStringLiteral("cxr"), cxr);
        writeRecommitted(fx.casePath, o);
        Result<CaseFile> opened = CaseFile::open(fx.casePath);
        ASSERT_FALSE(opened) << tc.expected;
        const QString message = opened.error().toString();
        EXPECT_TRUE(message.contains(QLatin1String(tc.expected))) << message.toStdString();
        EXPECT_TRUE(message.startsWith(fx.casePath)) << message.toStdString();
    }
}

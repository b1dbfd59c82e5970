// Tamper evidence of case files (issue 9, defects 2, 4 and 5): the hash chain, strict validation, signing,
// blind review in the core, and notes audited on commit.
#include "core/casefile/AuditLog.h"
#include "core/casefile/CaseFile.h"
#include "core/casefile/ExaminerNotes.h"
#include "core/casefile/SigningKey.h"
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

// 2026-11-26 01:00:00 UTC, one second more per reading.
UtcClock steppingClock()
{
    auto t = std::make_shared<QDateTime>(QDateTime(QDate(2026, 11, 26), QTime(1, 0, 0), Qt::UTC));
    return [t] {
        const QDateTime now = *t;
        *t = t->addSecs(1);
        return now;
    };
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(data), data.size());
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

void writeJson(const QString& path, const QJsonObject& o)
{
    writeFile(path, QJsonDocument(o).toJson());
}

// Sets DESCRY_SIGNING_KEY for one test and restores it afterwards.
class SigningKeyEnv
{
public:
    explicit SigningKeyEnv(const QString& path) : m_old(qgetenv("DESCRY_SIGNING_KEY"))
    {
        qputenv("DESCRY_SIGNING_KEY", QFile::encodeName(path));
    }
    ~SigningKeyEnv()
    {
        if (m_old.isEmpty())
            qunsetenv("DESCRY_SIGNING_KEY");
        else
            qputenv("DESCRY_SIGNING_KEY", m_old);
    }

private:
    QByteArray m_old;
};

// A saved case with evidence, a blind result, locked and amended notes and an export: the file every forgery
// below starts from. `key` signs it.
QString savedCase(const QTemporaryDir& dir, const SigningKey* key = nullptr)
{
    writeFile(dir.filePath(QStringLiteral("probe.jpg")), "probe bytes");
    writeFile(dir.filePath(QStringLiteral("ref.jpg")), "reference bytes");
    CaseFile c(steppingClock());
    c.setTitle(QStringLiteral("Case 42"));
    EXPECT_TRUE(c.addEvidence(QStringLiteral("probe"), dir.filePath(QStringLiteral("probe.jpg"))).ok());
    EXPECT_TRUE(c.addEvidence(QStringLiteral("reference"), dir.filePath(QStringLiteral("ref.jpg"))).ok());
    c.setPack(PackReference{QStringLiteral("face-default"), QStringLiteral("1.2.0"), sha256Hex("pack")});
    EXPECT_TRUE(c.setBlindFirst(true).ok());
    c.setResult(QJsonObject{{QStringLiteral("decision"), QStringLiteral("match")}, {QStringLiteral("score"), 0.9925}});
    EXPECT_TRUE(c.setAssessment(QStringLiteral("eyes"), Finding::Similar, QStringLiteral("same canthal tilt")).ok());
    EXPECT_TRUE(c.setAssessment(QStringLiteral("ears"), Finding::NotAssessable, QStringLiteral("hidden")).ok());
    EXPECT_TRUE(c.lockNotes(QStringLiteral("J. Doe")).ok());
    EXPECT_TRUE(c.amendNotes(QStringLiteral("ears"), Finding::Dissimilar, QStringLiteral("lobe differs"),
                             QStringLiteral("second photo reviewed"), QStringLiteral("J. Doe"))
                    .ok());
    c.recordExport(dir.filePath(QStringLiteral("report.pdf")));
    const QString path = dir.filePath(QStringLiteral("case.descry"));
    const Status saved = c.save(path, key);
    EXPECT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    return path;
}

// Recomputes every link of the chain (prev, hash) as a forger who read the format description would, and makes
// the last entry commit to the content as it now stands.
void rechain(QJsonObject& o)
{
    QJsonArray audit = o[QStringLiteral("audit")].toArray();
    QString prev = AuditEntry::chainStart();
    for (qsizetype i = 0; i < audit.size(); ++i) {
        QJsonObject e = audit[i].toObject();
        if (i == audit.size() - 1)
            e[QStringLiteral("state")] = CaseFile::contentDigest(o);
        e[QStringLiteral("prev")] = prev;
        e[QStringLiteral("hash")] = AuditEntry::computeHash(
            prev, utcFromIso(e.value(QStringLiteral("utc")).toString()), e.value(QStringLiteral("action")).toString(),
            e.value(QStringLiteral("detail")).toString(), e.value(QStringLiteral("state")).toString(),
            e.value(QStringLiteral("examiner")).toString());
        prev = e[QStringLiteral("hash")].toString();
        audit[i] = e;
    }
    o[QStringLiteral("audit")] = audit;
}

// Writes `forged` over `path` and opens it: the error must be one line, name the file and contain `expected`.
void expectRejected(const QString& path, const QJsonObject& forged, const QString& expected)
{
    writeJson(path, forged);
    auto r = CaseFile::open(path);
    ASSERT_FALSE(r.ok()) << "forgery accepted; expected: " << expected.toStdString();
    const QString text = r.error().toString();
    EXPECT_EQ(r.error().code(), ErrorCode::Input);
    EXPECT_TRUE(text.startsWith(path + QStringLiteral(": "))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1Char('\n'))) << text.toStdString();
    EXPECT_TRUE(text.contains(expected)) << text.toStdString() << "\n  expected: " << expected.toStdString();
}

QJsonObject auditEntry(const QJsonObject& o, int i)
{
    return o[QStringLiteral("audit")].toArray()[i].toObject();
}

void setAuditEntry(QJsonObject& o, int i, const QJsonObject& e)
{
    QJsonArray audit = o[QStringLiteral("audit")].toArray();
    audit[i] = e;
    o[QStringLiteral("audit")] = audit;
}

} // namespace

TEST(CaseIntegrity, SavedCaseVerifiesAndEveryEntryCommitsToItsPredecessor)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    const QJsonObject o = readJson(path);
    EXPECT_EQ(o[QStringLiteral("format")].toString(), QStringLiteral("descry-case/3"));
    const QJsonArray audit = o[QStringLiteral("audit")].toArray();
    ASSERT_GE(audit.size(), 8);
    EXPECT_EQ(audit[0].toObject()[QStringLiteral("prev")].toString(), QString(64, QLatin1Char('0')));
    for (qsizetype i = 1; i < audit.size(); ++i)
        EXPECT_EQ(audit[i].toObject()[QStringLiteral("prev")], audit[i - 1].toObject()[QStringLiteral("hash")]);
    const QJsonObject last = audit.last().toObject();
    EXPECT_EQ(last[QStringLiteral("action")].toString(), QStringLiteral("save"));
    EXPECT_EQ(last[QStringLiteral("state")].toString(), CaseFile::contentDigest(o));

    auto opened = CaseFile::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_TRUE(opened->integrity().isVerified());
    EXPECT_FALSE(opened->integrity().message.isEmpty());
    EXPECT_FALSE(opened->signature().has_value());
    // "modified" is outside the chained content: the time of the save entry, not evidence of an edit.
    QJsonObject touched = o;
    touched[QStringLiteral("modified")] = last[QStringLiteral("utc")];
    writeJson(path, touched);
    EXPECT_TRUE(CaseFile::open(path).ok());
}

TEST(CaseIntegrity, EditedLockedNoteIsRejected)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    const QJsonObject good = readJson(path);
    auto editEyes = [](QJsonArray list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject a = list[i].toObject();
            if (a[QStringLiteral("component")].toString() == QLatin1String("eyes")) {
                a[QStringLiteral("note")] = QStringLiteral("different canthal tilt");
                a[QStringLiteral("finding")] = QStringLiteral("dissimilar");
                list[i] = a;
            }
        }
        return list;
    };
    // Only the current assessment: the notes' own replay of the lock record catches it.
    QJsonObject forged = good;
    QJsonObject notes = forged[QStringLiteral("notes")].toObject();
    notes[QStringLiteral("assessments")] = editEyes(notes[QStringLiteral("assessments")].toArray());
    forged[QStringLiteral("notes")] = notes;
    expectRejected(path, forged, QStringLiteral("locked assessments differ from the lock-time record"));

    // The assessment and the lock-time snapshot together: consistent notes, but not what the chain committed to.
    QJsonObject locked = notes[QStringLiteral("locked")].toObject();
    locked[QStringLiteral("snapshot")] = editEyes(locked[QStringLiteral("snapshot")].toArray());
    notes[QStringLiteral("locked")] = locked;
    forged[QStringLiteral("notes")] = notes;
    const int n = int(good[QStringLiteral("audit")].toArray().size());
    expectRejected(path, forged, QStringLiteral("case content was changed after entry %1 (save, 2026-11-26 ").arg(n));
    expectRejected(path, forged, QStringLiteral("the file was edited outside Descry"));
}

TEST(CaseIntegrity, EditedExaminerNameIsRejected)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    QJsonObject forged = readJson(path);
    QJsonObject notes = forged[QStringLiteral("notes")].toObject();
    QJsonObject locked = notes[QStringLiteral("locked")].toObject();
    locked[QStringLiteral("examiner")] = QStringLiteral("Someone Else");
    notes[QStringLiteral("locked")] = locked;
    forged[QStringLiteral("notes")] = notes;
    expectRejected(path, forged, QStringLiteral("the file was edited outside Descry"));
}

TEST(CaseIntegrity, FlippedBlindFirstIsRejected)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    QJsonObject forged = readJson(path);
    ASSERT_TRUE(forged[QStringLiteral("blind_first")].toBool());
    forged[QStringLiteral("blind_first")] = false;
    expectRejected(path, forged, QStringLiteral("the file was edited outside Descry"));
}

TEST(CaseIntegrity, DeletedEditedReorderedOrInsertedAuditEntriesAreNamed)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    const QJsonObject good = readJson(path);
    const QJsonArray audit = good[QStringLiteral("audit")].toArray();

    QJsonObject deleted = good;
    QJsonArray shorter = audit;
    shorter.removeAt(3);
    deleted[QStringLiteral("audit")] = shorter;
    const QString fifth = auditEntry(good, 4)[QStringLiteral("action")].toString();
    expectRejected(path, deleted,
                   QStringLiteral("audit entry 4 (%1, 2026-11-26 ").arg(fifth)); // the entry that moved up
    expectRejected(path, deleted,
                   QStringLiteral(") does not follow entry 3: the log was edited, entries removed, "
                                  "reordered or inserted"));

    QJsonObject edited = good;
    QJsonObject e = auditEntry(good, 3);
    e[QStringLiteral("detail")] = QStringLiteral("nothing happened here");
    setAuditEntry(edited, 3, e);
    expectRejected(path, edited, QStringLiteral("audit entry 4 ("));
    expectRejected(path, edited, QStringLiteral("was edited after it was recorded"));

    // Two entries swapped (times kept in order, so that only the chain can tell).
    QJsonObject reordered = good;
    QJsonObject a = auditEntry(good, 2), b = auditEntry(good, 3);
    const QJsonValue aTime = a[QStringLiteral("utc")];
    a[QStringLiteral("utc")] = b[QStringLiteral("utc")];
    b[QStringLiteral("utc")] = aTime;
    setAuditEntry(reordered, 2, b);
    setAuditEntry(reordered, 3, a);
    expectRejected(path, reordered, QStringLiteral("audit entry 3 ("));
    expectRejected(path, reordered, QStringLiteral("does not follow entry 2"));

    // An invented entry with a well-formed hash of its own, slipped in between two others.
    QJsonObject inserted = good;
    QJsonObject invented = auditEntry(good, 2);
    invented[QStringLiteral("detail")] = QStringLiteral("invented");
    invented[QStringLiteral("hash")] = AuditEntry::computeHash(
        invented.value(QStringLiteral("prev")).toString(), utcFromIso(invented.value(QStringLiteral("utc")).toString()),
        invented.value(QStringLiteral("action")).toString(), QStringLiteral("invented"),
        invented.value(QStringLiteral("state")).toString(), invented.value(QStringLiteral("examiner")).toString());
    QJsonArray longer = audit;
    longer.insert(3, invented);
    inserted[QStringLiteral("audit")] = longer;
    expectRejected(path, inserted, QStringLiteral("does not follow entry"));

    // The first entry removed: the log no longer starts at the chain's origin.
    QJsonObject headless = good;
    QJsonArray tail = audit;
    tail.removeFirst();
    headless[QStringLiteral("audit")] = tail;
    expectRejected(path, headless, QStringLiteral("audit entry 1 ("));
    expectRejected(path, headless, QStringLiteral("does not start the log"));

    // The save at the end removed (every remaining link is intact).
    QJsonObject truncated = good;
    QJsonArray noSave = audit;
    noSave.removeLast();
    truncated[QStringLiteral("audit")] = noSave;
    expectRejected(path, truncated, QStringLiteral("not with the save that wrote the file"));
}

TEST(CaseIntegrity, StrictFieldValidationNamesTheField)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    const QJsonObject good = readJson(path);
    struct Forgery
    {
        const char* expected;
        std::function<void(QJsonObject&)> edit;
    };
    const auto evidence = [](QJsonObject& o, int i, const char* key, const QJsonValue& value) {
        QJsonArray list = o[QStringLiteral("evidence")].toArray();
        QJsonObject e = list[i].toObject();
        e[QLatin1String(key)] = value;
        list[i] = e;
        o[QStringLiteral("evidence")] = list;
    };
    const QList<Forgery> forgeries = {
        {"evidence 1: member 'sha256' must be a SHA-256 (64 lower-case hex digits)",
         [&](QJsonObject& o) { evidence(o, 0, "sha256", sha256Hex("probe bytes").toUpper()); }},
        {"evidence 2: member 'sha256' must be a SHA-256",
         [&](QJsonObject& o) { evidence(o, 1, "sha256", QString(64, QLatin1Char('g'))); }},
        {"evidence 2: member 'role': a second probe", [&](QJsonObject& o) { evidence(o, 1, "role", "probe"); }},
        {"evidence 1: member 'path' must name the probe file", [&](QJsonObject& o) { evidence(o, 0, "path", ""); }},
        {"member 'title' has 1001 characters, more than the limit of 1000",
         [](QJsonObject& o) { o[QStringLiteral("title")] = QString(1001, QLatin1Char('t')); }},
        {"member 'blind_first' must be true or false",
         [](QJsonObject& o) { o[QStringLiteral("blind_first")] = QStringLiteral("false"); }},
        {"member 'pack.sha256' must be a SHA-256",
         [](QJsonObject& o) {
             QJsonObject pack = o[QStringLiteral("pack")].toObject();
             pack[QStringLiteral("sha256")] = QStringLiteral("abc");
             o[QStringLiteral("pack")] = pack;
         }},
        {"member 'modified' (2026-11-25 00:00:00 UTC) is before 'created'",
         [](QJsonObject& o) { o[QStringLiteral("modified")] = QStringLiteral("2026-11-25T00:00:00.000Z"); }},
        {"audit entry 3: member 'action' is 'erase', which is not an action Descry records",
         [](QJsonObject& o) {
             QJsonObject e = auditEntry(o, 2);
             e[QStringLiteral("action")] = QStringLiteral("erase");
             setAuditEntry(o, 2, e);
         }},
        {"audit entry 2: member 'hash' must be a SHA-256",
         [](QJsonObject& o) {
             QJsonObject e = auditEntry(o, 1);
             e[QStringLiteral("hash")] = QStringLiteral("0");
             setAuditEntry(o, 1, e);
         }},
        {"member 'result' must be an object or null", [](QJsonObject& o) { o[QStringLiteral("result")] = 3; }},
    };
    for (const Forgery& f : forgeries) {
        QJsonObject o = good;
        f.edit(o);
        SCOPED_TRACE(f.expected);
        expectRejected(path, o, QString::fromUtf8(f.expected));
    }
}

TEST(CaseIntegrity, TimesGoingBackwardsAreRejectedEvenInARecomputedChain)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    QJsonObject forged = readJson(path);
    QJsonObject e = auditEntry(forged, 4);
    e[QStringLiteral("utc")] = QStringLiteral("2026-11-26T00:00:00.000Z");
    setAuditEntry(forged, 4, e);
    rechain(forged); // the forger recomputes the hashes: the chain holds, the times do not
    expectRejected(path, forged, QStringLiteral("audit entry 5 ("));
    expectRejected(path, forged, QStringLiteral("is dated before the entry above it"));
}

TEST(CaseIntegrity, AuditLogOverTheEntryLimitIsRefused)
{
    QJsonArray many;
    const QJsonObject entry{{QStringLiteral("utc"), QStringLiteral("2026-11-26T01:00:00.000Z")},
                            {QStringLiteral("action"), QStringLiteral("note")},
                            {QStringLiteral("detail"), QString()}};
    for (int i = 0; i <= AuditLog::kMaxEntries; ++i)
        many.append(entry);
    auto r = AuditLog::fromJson(many, QStringLiteral("big.descry"), false);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().toString().contains(QStringLiteral("more than the limit of 100000")))
        << r.error().toString().toStdString();
}

TEST(CaseIntegrity, LegacyFormatTwoOpensUnverifiedAndIsChainedWhenSaved)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    // A descry-case/2 file as the previous version wrote it: no chain members.
    QJsonObject v2 = readJson(path);
    v2[QStringLiteral("format")] = QStringLiteral("descry-case/2");
    QJsonArray audit = v2[QStringLiteral("audit")].toArray();
    for (qsizetype i = 0; i < audit.size(); ++i) {
        QJsonObject e = audit[i].toObject();
        for (const char* key : {"state", "prev", "hash", "examiner"})
            e.remove(QLatin1String(key));
        audit[i] = e;
    }
    v2[QStringLiteral("audit")] = audit;
    const QString legacy = dir.filePath(QStringLiteral("legacy.descry"));
    writeJson(legacy, v2);

    auto opened = CaseFile::open(legacy);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(opened->integrity().state, CaseIntegrity::State::Unverified);
    EXPECT_TRUE(opened->integrity().message.contains(QStringLiteral("descry-case/2")));
    const AuditEntry& open = opened->auditLog().entries().constLast();
    EXPECT_EQ(open.action, QStringLiteral("open"));
    EXPECT_TRUE(open.detail.contains(QStringLiteral("opened a descry-case/2 file: history not verifiable")))
        << open.detail.toStdString();
    EXPECT_TRUE(opened->auditLog().verifyChain(legacy).ok());

    ASSERT_TRUE(opened->save(legacy).ok());
    EXPECT_EQ(readJson(legacy)[QStringLiteral("format")].toString(), QStringLiteral("descry-case/3"));
    auto again = CaseFile::open(legacy);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    // The migrated history stays marked as such; what was added since is chained and verified.
    EXPECT_EQ(again->integrity().state, CaseIntegrity::State::Unverified);
    EXPECT_TRUE(again->integrity().message.contains(QStringLiteral("entries 1 to %1").arg(audit.size())))
        << again->integrity().message.toStdString();

    // A legacy file still gets the strict field checks.
    v2[QStringLiteral("blind_first")] = 1;
    expectRejected(legacy, v2, QStringLiteral("member 'blind_first' must be true or false"));
}

TEST(CaseIntegrity, RelativeEvidencePathsAreResolvedAgainstTheCaseFolder)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    QJsonObject o = readJson(path);
    QJsonArray list = o[QStringLiteral("evidence")].toArray();
    QJsonObject probe = list[0].toObject();
    probe[QStringLiteral("path")] = QStringLiteral("photos/../probe.jpg");
    list[0] = probe;
    o[QStringLiteral("evidence")] = list;
    const QString moved = dir.filePath(QStringLiteral("elsewhere/case.descry"));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("elsewhere")));
    auto c = CaseFile::fromJson(o, moved);
    // A relative path changes the content: the chain says so, but only after the path itself was accepted.
    ASSERT_FALSE(c.ok());
    EXPECT_TRUE(c.error().message().contains(QStringLiteral("edited outside Descry")));
    rechain(o);
    c = CaseFile::fromJson(o, moved);
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->evidenceFor(QStringLiteral("probe"))->path, dir.filePath(QStringLiteral("elsewhere/probe.jpg")));
}

TEST(CaseSigning, KeyIsCreatedPrivateAndSignaturesVerify)
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("config/signing-key.pem"));
    SigningKeyEnv env(keyPath);
    EXPECT_EQ(SigningKey::defaultPath(), keyPath);
    EXPECT_TRUE(SigningKey::userPublicKeyHex().isEmpty()) << "looking for the key must not create it";
    EXPECT_FALSE(QFileInfo::exists(keyPath));

    auto key = SigningKey::loadOrCreate(keyPath, QStringLiteral("J. Doe"));
    ASSERT_TRUE(key.ok()) << key.error().toString().toStdString();
    EXPECT_EQ(QFileInfo(keyPath).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        << "only the owner may read the key";
    EXPECT_EQ(key->publicKeyHex().size(), 64);
    EXPECT_EQ(key->fingerprint(), sha256Hex(QByteArray::fromHex(key->publicKeyHex().toLatin1())).left(16));
    EXPECT_EQ(key->examinerName(), QStringLiteral("J. Doe"));
    auto again = SigningKey::loadOrCreate(keyPath, QStringLiteral("J. Doe"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->publicKeyHex(), key->publicKeyHex()) << "the existing key is reused, never replaced";
    EXPECT_EQ(SigningKey::userPublicKeyHex(), key->publicKeyHex());

    auto signature = key->sign("chain head");
    ASSERT_TRUE(signature.ok());
    EXPECT_EQ(signature->size(), 64);
    EXPECT_TRUE(SigningKey::verify(key->publicKeyHex(), "chain head", *signature));
    EXPECT_FALSE(SigningKey::verify(key->publicKeyHex(), "chain heap", *signature));
    QByteArray flipped = *signature;
    flipped[5] = char(flipped[5] ^ 1);
    EXPECT_FALSE(SigningKey::verify(key->publicKeyHex(), "chain head", flipped));

    const QString notAKey = dir.filePath(QStringLiteral("not-a-key.pem"));
    writeFile(notAKey, "hello");
    auto bad = SigningKey::load(notAKey);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().toString().startsWith(notAKey + QStringLiteral(": ")));
}

TEST(CaseSigning, SignedCaseShowsWhoSignedAndNeverHoldsThePrivateKey)
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("signing-key.pem"));
    SigningKeyEnv env(keyPath);
    auto key = SigningKey::loadOrCreate(keyPath, QStringLiteral("J. Doe"));
    ASSERT_TRUE(key.ok());
    const QString path = savedCase(dir, &*key);

    const QByteArray bytes = readAll(path);
    const QJsonObject sig = readJson(path)[QStringLiteral("signature")].toObject();
    EXPECT_EQ(sig[QStringLiteral("examiner")].toString(), QStringLiteral("J. Doe"));
    EXPECT_EQ(sig[QStringLiteral("public_key")].toString(), key->publicKeyHex());
    EXPECT_EQ(sig[QStringLiteral("fingerprint")].toString(), key->fingerprint());
    EXPECT_EQ(sig[QStringLiteral("ed25519")].toString().size(), 128);
    EXPECT_FALSE(bytes.contains("PRIVATE KEY"));
    // The PEM body (base64 of the PKCS#8 key) appears nowhere in the case.
    const QList<QByteArray> pemLines = readAll(keyPath).split('\n');
    ASSERT_GE(pemLines.size(), 2);
    EXPECT_FALSE(bytes.contains(pemLines[1]));

    auto opened = CaseFile::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    ASSERT_TRUE(opened->signature().has_value());
    EXPECT_EQ(opened->signature()->examiner, QStringLiteral("J. Doe"));
    EXPECT_EQ(opened->signature()->fingerprint, key->fingerprint());
    EXPECT_TRUE(opened->signature()->ownKey);
    EXPECT_TRUE(opened->signature()->utc.isValid());

    // Someone else opening it: valid, but not their key.
    {
        SigningKeyEnv other(dir.filePath(QStringLiteral("other-key.pem")));
        ASSERT_TRUE(SigningKey::loadOrCreate(SigningKey::defaultPath(), QStringLiteral("A. Other")).ok());
        auto theirs = CaseFile::open(path);
        ASSERT_TRUE(theirs.ok());
        EXPECT_FALSE(theirs->signature()->ownKey);
    }

    // Saved again without a key: the old signature would no longer match, so it is dropped.
    ASSERT_TRUE(opened->save(path).ok());
    EXPECT_FALSE(readJson(path).contains(QStringLiteral("signature")));
    EXPECT_FALSE(opened->signature().has_value());
    auto unsigned_ = CaseFile::open(path);
    ASSERT_TRUE(unsigned_.ok());
    EXPECT_FALSE(unsigned_->signature().has_value());
}

TEST(CaseSigning, SignatureOfAModifiedFileFails)
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("signing-key.pem"));
    SigningKeyEnv env(keyPath);
    auto key = SigningKey::loadOrCreate(keyPath, QStringLiteral("J. Doe"));
    ASSERT_TRUE(key.ok());
    const QString path = savedCase(dir, &*key);
    const QJsonObject good = readJson(path);

    // A forger who recomputes the whole chain over a changed examiner name: only the signature tells.
    QJsonObject forged = good;
    QJsonObject notes = forged[QStringLiteral("notes")].toObject();
    QJsonObject locked = notes[QStringLiteral("locked")].toObject();
    locked[QStringLiteral("examiner")] = QStringLiteral("Someone Else");
    notes[QStringLiteral("locked")] = locked;
    forged[QStringLiteral("notes")] = notes;
    rechain(forged);
    expectRejected(path, forged,
                   QStringLiteral("signature does not match the case: it was changed after J. Doe "
                                  "signed it"));

    // The signer's name or time in the signature edited.
    QJsonObject renamed = good;
    QJsonObject sig = renamed[QStringLiteral("signature")].toObject();
    sig[QStringLiteral("examiner")] = QStringLiteral("Someone Else");
    renamed[QStringLiteral("signature")] = sig;
    expectRejected(path, renamed, QStringLiteral("signature does not match the case"));

    // Another key's fingerprint next to the original public key.
    QJsonObject misprinted = good;
    sig = misprinted[QStringLiteral("signature")].toObject();
    sig[QStringLiteral("fingerprint")] = QString(16, QLatin1Char('a'));
    misprinted[QStringLiteral("signature")] = sig;
    expectRejected(path, misprinted, QStringLiteral("is not that of the public key"));

    writeJson(path, good);
    EXPECT_TRUE(CaseFile::open(path).ok());
}

TEST(CaseBlindReview, SwitchingOffIsRefusedUntilLockedAndAudited)
{
    CaseFile c(steppingClock());
    ASSERT_TRUE(c.setBlindFirst(true).ok());
    EXPECT_EQ(c.auditLog().entries().constLast().action, QStringLiteral("blind"));
    ASSERT_TRUE(c.setBlindFirst(false).ok()) << "no result yet: nothing to hide";
    ASSERT_TRUE(c.setBlindFirst(true).ok());
    EXPECT_EQ(c.auditLog().size(), 3);

    c.setResult(QJsonObject{{QStringLiteral("decision"), QStringLiteral("match")}, {QStringLiteral("score"), 0.9925}},
                QStringLiteral("match, score 0.9925 with pack face-default 1.2.0"));
    const AuditEntry& run = c.auditLog().entries().constLast();
    EXPECT_EQ(run.action, QStringLiteral("run"));
    EXPECT_EQ(run.detail, QStringLiteral("comparison computed (hidden: blind review)"));
    EXPECT_FALSE(run.detail.contains(QStringLiteral("match")));
    EXPECT_FALSE(run.detail.contains(QStringLiteral("0.99")));

    const Status refused = c.setBlindFirst(false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::Usage);
    EXPECT_EQ(refused.error().message(),
              QStringLiteral("blind review: the model's result stays hidden until the analysis is locked"));
    EXPECT_TRUE(c.blindFirst());
    EXPECT_TRUE(c.modelOutputHidden());

    ASSERT_TRUE(c.setAssessment(QStringLiteral("nose"), Finding::Similar, {}).ok());
    ASSERT_TRUE(c.lockNotes(QStringLiteral("J. Doe")).ok());
    EXPECT_FALSE(c.modelOutputHidden());
    ASSERT_TRUE(c.setBlindFirst(false).ok());
    EXPECT_EQ(c.auditLog().entries().constLast().action, QStringLiteral("blind"));
    EXPECT_EQ(c.auditLog().entries().constLast().detail, QStringLiteral("blind review off"));
}

TEST(CaseBlindReview, LockNeedsAtLeastOneAssessedComponent)
{
    ExaminerNotes notes;
    ASSERT_TRUE(notes.setAssessment(QStringLiteral("nose"), Finding::Unset, QStringLiteral("looked at it")).ok());
    const Status empty = notes.lock(QStringLiteral("J. Doe"));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().message(), QStringLiteral("lock needs at least one assessed component"));
    EXPECT_FALSE(notes.isLocked());

    CaseFile c(steppingClock());
    const int before = c.auditLog().size();
    EXPECT_FALSE(c.lockNotes(QStringLiteral("J. Doe")).ok());
    EXPECT_FALSE(c.notes().isLocked());
    EXPECT_EQ(c.auditLog().size(), before) << "a refused lock records nothing";

    // Notes locked with nothing assessed (as a hand-made file could hold) cannot be set on a case either.
    QJsonObject forged = ExaminerNotes().toJson();
    QJsonObject locked{{QStringLiteral("utc"), QStringLiteral("2026-11-26T01:00:00.000Z")},
                       {QStringLiteral("examiner"), QStringLiteral("J. Doe")},
                       {QStringLiteral("snapshot"), forged[QStringLiteral("assessments")]}};
    forged[QStringLiteral("locked")] = locked;
    auto lockedEmpty = ExaminerNotes::fromJson(forged, QStringLiteral("x"));
    ASSERT_TRUE(lockedEmpty.ok());
    EXPECT_FALSE(c.setNotes(*lockedEmpty).ok());
}

TEST(CaseNotesAudit, TypingIsAuditedOnceOnCommitWithOldAndNewValue)
{
    CaseFile c(steppingClock());
    QString typed;
    const QString text = QStringLiteral("straight bridge, slight dorsal hump visible in both photos; ");
    for (int i = 0; i < 200; ++i) {
        typed += text.at(i % text.size());
        ASSERT_TRUE(c.setAssessment(QStringLiteral("nose"), Finding::Similar, typed).ok());
    }
    EXPECT_EQ(c.auditLog().size(), 0) << "keystrokes are not audited";
    EXPECT_TRUE(c.hasUncommittedNotes());
    c.commitNotes(QStringLiteral("J. Doe"));
    ASSERT_EQ(c.auditLog().size(), 1);
    const AuditEntry& first = c.auditLog().entries().constLast();
    EXPECT_EQ(first.action, QStringLiteral("note"));
    EXPECT_EQ(first.examiner, QStringLiteral("J. Doe"));
    EXPECT_EQ(first.detail,
              QStringLiteral("nose: unset \u2192 similar \u2014 note: '' \u2192 '%1'").arg(typed.simplified()));
    EXPECT_FALSE(c.hasUncommittedNotes());
    c.commitNotes();
    EXPECT_EQ(c.auditLog().size(), 1) << "nothing changed since the last commit";

    ASSERT_TRUE(c.setAssessment(QStringLiteral("nose"), Finding::Dissimilar, QStringLiteral("hump")).ok());
    ASSERT_TRUE(c.setAssessment(QStringLiteral("eyes"), Finding::Similar, {}).ok());
    QTemporaryDir dir;
    ASSERT_TRUE(c.save(dir.filePath(QStringLiteral("c.descry"))).ok()) << "save commits";
    QStringList details;
    for (const AuditEntry& e : c.auditLog().entries())
        details << e.action + QStringLiteral(" | ") + e.detail;
    ASSERT_EQ(c.auditLog().size(), 4) << details.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(c.auditLog().entries()[1].detail, QStringLiteral("eyes: unset \u2192 similar"));
    EXPECT_EQ(
        c.auditLog().entries()[2].detail,
        QStringLiteral("nose: similar \u2192 dissimilar \u2014 note: '%1' \u2192 'hump'").arg(typed.simplified()));
    EXPECT_EQ(c.auditLog().entries()[3].action, QStringLiteral("save"));

    ASSERT_TRUE(c.setAssessment(QStringLiteral("ears"), Finding::NotAssessable, QStringLiteral("hair")).ok());
    ASSERT_TRUE(c.lockNotes(QStringLiteral("J. Doe")).ok()) << "lock commits";
    EXPECT_EQ(c.auditLog().entries()[4].detail,
              QStringLiteral("ears: unset \u2192 not-assessable \u2014 note: '' \u2192 'hair'"));
    EXPECT_EQ(c.auditLog().entries()[5].action, QStringLiteral("lock"));
}

TEST(CaseNotesAudit, AmendmentsRecordWhoAmended)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    auto opened = CaseFile::open(path);
    ASSERT_TRUE(opened.ok());
    ASSERT_EQ(opened->notes().amendments().size(), 1);
    EXPECT_EQ(opened->notes().amendments().first().examiner, QStringLiteral("J. Doe"));
    int amends = 0;
    for (const AuditEntry& e : opened->auditLog().entries())
        if (e.action == QLatin1String("amend")) {
            ++amends;
            EXPECT_EQ(e.examiner, QStringLiteral("J. Doe"));
            EXPECT_TRUE(e.detail.contains(QStringLiteral("'hidden' \u2192 'lobe differs'"))) << e.detail.toStdString();
        }
    EXPECT_EQ(amends, 1);
}

TEST(CaseSave, NeverOverwritesEvidenceOrWritesAnUnopenableCase)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    auto c = CaseFile::open(path);
    ASSERT_TRUE(c.ok());
    const QString probe = dir.filePath(QStringLiteral("probe.jpg"));
    const Status overEvidence = c->save(probe);
    ASSERT_FALSE(overEvidence.ok());
    EXPECT_TRUE(overEvidence.error().toString().startsWith(probe));
    EXPECT_EQ(readAll(probe), QByteArray("probe bytes"));
    // Through another spelling of the same file.
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    const Status viaDots = c->save(dir.filePath(QStringLiteral("sub/../probe.jpg")));
    EXPECT_FALSE(viaDots.ok());
    EXPECT_EQ(readAll(probe), QByteArray("probe bytes"));

    const QByteArray before = readAll(path);
    c->setTitle(QString(1001, QLatin1Char('t')));
    const Status tooLong = c->save(path);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.error().message().contains(QStringLiteral("title")))
        << tooLong.error().toString().toStdString();
    EXPECT_EQ(readAll(path), before);
}

// Regressions from the hostile re-run (issue 9 verification): a stripped signature, an edited `modified`, an
// unknown member in an audit entry, and control characters in an examiner's name.
TEST(CaseIntegrity, StrippedSignatureEditedModifiedAndUnknownAuditMembersAreRejected)
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("signing-key.pem"));
    SigningKeyEnv env(keyPath);
    auto key = SigningKey::loadOrCreate(keyPath, QStringLiteral("J. Doe"));
    ASSERT_TRUE(key.ok());
    const QString path = savedCase(dir, &*key);
    const QJsonObject good = readJson(path);

    QJsonObject stripped = good;
    stripped.remove(QStringLiteral("signature"));
    expectRejected(
        path, stripped,
        QStringLiteral("the signature was removed: the last save was signed with key %1").arg(key->fingerprint()));

    QJsonObject touched = good;
    touched[QStringLiteral("modified")] = QStringLiteral("2030-01-01T00:00:00.000Z");
    expectRejected(path, touched, QStringLiteral("member 'modified' is not the time of entry "));

    QJsonObject extra = good;
    QJsonObject last = auditEntry(extra, int(extra[QStringLiteral("audit")].toArray().size()) - 1);
    last[QStringLiteral("zz")] = 1;
    setAuditEntry(extra, int(extra[QStringLiteral("audit")].toArray().size()) - 1, last);
    expectRejected(path, extra, QStringLiteral("unknown member 'zz'"));

    writeJson(path, good);
    EXPECT_TRUE(CaseFile::open(path).ok());
}

TEST(CaseIntegrity, ExaminerNamesAreOneLine)
{
    ExaminerNotes notes;
    ASSERT_TRUE(notes.setAssessment(QStringLiteral("eyes"), Finding::Similar).ok());
    const Status twoLines = notes.lock(QStringLiteral("A\nB"));
    ASSERT_FALSE(twoLines.ok());
    EXPECT_EQ(twoLines.error().code(), ErrorCode::Usage);
    EXPECT_TRUE(twoLines.error().message().contains(QStringLiteral("line break")))
        << twoLines.error().message().toStdString();
    const Status tooLong = ExaminerNotes::checkName(QString(100000, QLatin1Char('X')));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.error().message().contains(QStringLiteral("longer than 1000 characters")));

    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("signing-key.pem"));
    SigningKeyEnv env(keyPath);
    auto key = SigningKey::loadOrCreate(keyPath, QStringLiteral("A\nB"));
    ASSERT_TRUE(key.ok());
    CaseFile c;
    const QString path = dir.filePath(QStringLiteral("c.descry"));
    const Status signedSave = c.save(path, &*key);
    ASSERT_FALSE(signedSave.ok());
    EXPECT_TRUE(signedSave.error().toString().contains(QStringLiteral("line break")))
        << signedSave.error().toString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(CaseIntegrity, AMemberWrittenTwiceIsRejected)
{
    // Regression (hostile re-run): a second "blind_first" or "title" in the text was accepted (the last one wins
    // in the parser, the first one is what a person reads).
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    const QByteArray good = readAll(path);
    ASSERT_TRUE(good.contains("\"blind_first\": true"));
    QByteArray forged = good;
    forged.replace("\"blind_first\": true", "\"blind_first\": false, \"blind_first\": true");
    writeFile(path, forged);
    auto r = CaseFile::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().toString().startsWith(path + QStringLiteral(": member 'blind_first' appears twice")))
        << r.error().toString().toStdString();
    writeFile(path, good);
    EXPECT_TRUE(CaseFile::open(path).ok());
}

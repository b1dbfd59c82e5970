// Case details of a face case (number, agency, exhibits, the examiner's conclusion): stored, audited, validated on
// open, and rendered in the report's header and its closing conclusion and signature block (issue 14, points 6-7).
#include "BlockFakePack.h"

#include "core/casefile/CaseFile.h"
#include "core/common/Hash.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/report/FaceReport.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <memory>

using namespace descry;

namespace {

UtcClock steppingClock()
{
    auto t = std::make_shared<QDateTime>(QDateTime(QDate(2026, 12, 1), QTime(9, 0, 0), Qt::UTC));
    return [t] {
        const QDateTime now = *t;
        *t = t->addSecs(60);
        return now;
    };
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

CaseDetails sampleDetails()
{
    CaseDetails d;
    d.caseNumber = QStringLiteral("2026-0142");
    d.agency = QStringLiteral("Landeskriminalamt Test");
    d.probeExhibit = QStringLiteral("P-12");
    d.referenceExhibit = QStringLiteral("R-3");
    return d;
}

ExaminerConclusion sampleConclusion()
{
    ExaminerConclusion c;
    c.level = QStringLiteral("moderate-support-same");
    c.rationale = QStringLiteral("Ear lobe and nose wing agree; the probe is soft, so no stronger support.");
    c.examiner = QStringLiteral("A. Examiner");
    c.role = QStringLiteral("Forensic facial examiner");
    return c;
}

// A saved face case with details and a conclusion; returns its path.
QString savedCase(const QTemporaryDir& dir)
{
    writeFile(dir.filePath(QStringLiteral("probe.jpg")), "probe bytes");
    CaseFile c(steppingClock());
    EXPECT_TRUE(c.addEvidence(QStringLiteral("probe"), dir.filePath(QStringLiteral("probe.jpg"))).ok());
    CaseDetails d = sampleDetails();
    d.conclusion = sampleConclusion();
    EXPECT_TRUE(c.setDetails(QStringLiteral("Bank robbery"), d, QStringLiteral("A. Examiner")).ok());
    const QString path = dir.filePath(QStringLiteral("case.descry"));
    EXPECT_TRUE(c.save(path).ok());
    return path;
}

QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A real comparison of two fake photos with the block fake pack (and the model, for what-ifs).
struct Compared
{
    std::shared_ptr<const FaceModel> model;
    FaceComparisonResult result;
};

Compared compareFakes(const QTemporaryDir& dir)
{
    auto pack = fakes::writeBlockFakeFacePack(dir.path());
    EXPECT_TRUE(pack) << pack.error().toString().toStdString();
    auto model = FaceModel::open(*pack);
    EXPECT_TRUE(model) << model.error().toString().toStdString();
    Compared c{std::make_shared<const FaceModel>(*model), {}};
    const QString a = dir.filePath(QStringLiteral("a.png")), b = dir.filePath(QStringLiteral("b.png"));
    EXPECT_TRUE(fakes::writeFakeFacePhoto(a, 1, 0));
    EXPECT_TRUE(fakes::writeFakeFacePhoto(b, 1, 1));
    auto r = FaceComparison(c.model).compare(a, b);
    EXPECT_TRUE(r) << r.error().toString().toStdString();
    c.result = *r;
    return c;
}

} // namespace

TEST(CaseDetails, AreSavedOpenedAndEveryChangeIsAuditedApartFromTheConclusion)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    Result<CaseFile> opened = CaseFile::open(path);
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    EXPECT_EQ(opened->title(), QStringLiteral("Bank robbery"));
    EXPECT_EQ(opened->details().caseNumber, QStringLiteral("2026-0142"));
    EXPECT_EQ(opened->details().exhibit(QStringLiteral("reference")), QStringLiteral("R-3"));
    EXPECT_EQ(opened->details().conclusion.level, QStringLiteral("moderate-support-same"));
    // Stamped by the case's clock when recorded: after the case was created, not after its audit entry.
    const QDateTime stamped = opened->details().conclusion.utc;
    ASSERT_TRUE(stamped.isValid());
    EXPECT_GT(stamped, opened->created());
    QDateTime conclusionEntry;
    for (const AuditEntry& e : opened->auditLog().entries())
        if (e.action == QLatin1String(AuditLog::Conclusion))
            conclusionEntry = e.utc;
    EXPECT_LE(stamped, conclusionEntry);

    QStringList details, conclusions;
    for (const AuditEntry& e : opened->auditLog().entries()) {
        if (e.action == QLatin1String(AuditLog::Details))
            details << e.detail;
        if (e.action == QLatin1String(AuditLog::Conclusion))
            conclusions << e.detail;
    }
    ASSERT_EQ(details.size(), 1);
    EXPECT_TRUE(details[0].contains(QStringLiteral("case number: '' \u2192 '2026-0142'")));
    EXPECT_TRUE(details[0].contains(QStringLiteral("title: '' \u2192 'Bank robbery'")));
    EXPECT_FALSE(details[0].contains(QStringLiteral("moderate-support-same")));
    ASSERT_EQ(conclusions.size(), 1);
    EXPECT_TRUE(conclusions[0].contains(QStringLiteral("conclusion: '' \u2192 'moderate-support-same'")));

    // The same details again change nothing; a changed exhibit is one more "details" entry.
    CaseFile c = *opened;
    const int entries = c.auditLog().size();
    ASSERT_TRUE(c.setDetails(c.title(), c.details(), QStringLiteral("A. Examiner")).ok());
    EXPECT_EQ(c.auditLog().size(), entries);
    CaseDetails changed = c.details();
    changed.probeExhibit = QStringLiteral("P-12a");
    ASSERT_TRUE(c.setDetails(c.title(), changed, QStringLiteral("B. Reviewer")).ok());
    ASSERT_EQ(c.auditLog().size(), entries + 1);
    EXPECT_EQ(c.auditLog().entries().constLast().detail, QStringLiteral("probe exhibit: 'P-12' \u2192 'P-12a'"));
    EXPECT_EQ(c.auditLog().entries().constLast().examiner, QStringLiteral("B. Reviewer"));
    EXPECT_EQ(c.details().conclusion.utc, opened->details().conclusion.utc) << "the conclusion did not change";
}

TEST(CaseDetails, HostileOrEditedDetailsAreRefusedOnOpenNamingTheMember)
{
    QTemporaryDir dir;
    const QString path = savedCase(dir);
    const QJsonObject original = QJsonDocument::fromJson(readAll(path)).object();
    const auto openWith = [&](const std::function<void(QJsonObject&)>& edit) {
        QJsonObject o = original;
        QJsonObject details = o.value(QStringLiteral("details")).toObject();
        edit(details);
        o.insert(QStringLiteral("details"), details);
        const QString hostile = dir.filePath(QStringLiteral("hostile.descry"));
        writeFile(hostile, QJsonDocument(o).toJson());
        Result<CaseFile> r = CaseFile::open(hostile);
        return r ? QString() : r.error().toString();
    };
    EXPECT_TRUE(openWith([](QJsonObject& d) {
                    d.insert(QStringLiteral("secret"), 1);
                }).contains(QStringLiteral("unknown member 'details.secret'")));
    EXPECT_TRUE(openWith([](QJsonObject& d) {
                    QJsonObject c = d.value(QStringLiteral("conclusion")).toObject();
                    c.insert(QStringLiteral("level"), QStringLiteral("identification"));
                    d.insert(QStringLiteral("conclusion"), c);
                }).contains(QStringLiteral("'identification' is not a level of the conclusion scale")));
    EXPECT_TRUE(openWith([](QJsonObject& d) {
                    d.insert(QStringLiteral("case_number"), 42);
                }).contains(QStringLiteral("'details.case_number' must be a string")));
    EXPECT_TRUE(openWith([](QJsonObject& d) {
                    d.insert(QStringLiteral("agency"), QString(CaseDetails::kMaxFieldChars + 1, QLatin1Char('x')));
                }).contains(QStringLiteral("longer than 500 characters")));
    // A well-formed edit (another case number) breaks the content digest: edited outside Descry.
    const QString edited =
        openWith([](QJsonObject& d) { d.insert(QStringLiteral("case_number"), QStringLiteral("X")); });
    EXPECT_TRUE(edited.contains(QStringLiteral("edited outside Descry"))) << edited.toStdString();
    EXPECT_TRUE(edited.contains(QStringLiteral("hostile.descry")));
}

TEST(CaseDetails, BelongToFaceCasesAndStayWithinTheirLimits)
{
    CaseFile cxr(steppingClock());
    cxr.setTask(QLatin1String(CaseFile::CxrClassificationTask));
    EXPECT_FALSE(cxr.setDetails(QString(), sampleDetails()).ok());
    CaseFile face(steppingClock());
    CaseDetails tooLong = sampleDetails();
    tooLong.conclusion = sampleConclusion();
    tooLong.conclusion.rationale = QString(CaseDetails::kMaxRationaleChars + 1, QLatin1Char('r'));
    const Status st = face.setDetails(QString(), tooLong);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(face.details().isEmpty()) << "nothing changes on a refusal";
    EXPECT_EQ(face.auditLog().size(), 0);
}

TEST(CaseDetails, TheReportShowsTheCaseHeaderAndEndsWithConclusionDecisionLrAndSignature)
{
    QTemporaryDir dir;
    const FaceComparisonResult result = compareFakes(dir).result;
    ReportExtras extras;
    extras.caseId = QStringLiteral("a1b2c3d4e5f6");
    extras.title = QStringLiteral("Bank robbery");
    extras.details = sampleDetails();
    extras.details.conclusion = sampleConclusion();
    extras.details.conclusion.utc = QDateTime(QDate(2026, 12, 1), QTime(10, 30), Qt::UTC);
    extras.signer = QStringLiteral("A. Examiner (key fingerprint 0123456789abcdef)");
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const Status written = writeFaceReportPdf(path, result, extras);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    const QString text = pdfText(path);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    EXPECT_TRUE(text.contains(QStringLiteral("Case number: 2026-0142")));
    EXPECT_TRUE(text.contains(QStringLiteral("Agency: Landeskriminalamt Test")));
    EXPECT_TRUE(text.contains(QStringLiteral("probe exhibit P-12")));
    const qsizetype conclusion = text.indexOf(QStringLiteral("1. Examiner's conclusion"));
    const qsizetype decision = text.indexOf(QStringLiteral("2. Model's decision"));
    const qsizetype lr = text.indexOf(QStringLiteral("3. Model's likelihood ratio"));
    const qsizetype signature = text.indexOf(QStringLiteral("Signed: ____"));
    const qsizetype appendix = text.indexOf(QStringLiteral("Appendix"));
    ASSERT_GE(conclusion, 0);
    EXPECT_LT(conclusion, decision);
    EXPECT_LT(decision, lr);
    EXPECT_LT(lr, signature);
    EXPECT_TRUE(appendix < 0 || signature < appendix) << "the body ends with the signature block";
    EXPECT_TRUE(text.contains(QStringLiteral("Moderate support for the same person")));
    EXPECT_TRUE(text.contains(QStringLiteral("Forensic facial examiner")));
    EXPECT_TRUE(text.contains(QStringLiteral("2026-12-01 10:30")));
    EXPECT_TRUE(text.contains(QStringLiteral("0123456789abcdef")));
}

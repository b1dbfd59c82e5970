#include "FakeEncoders.h"

#include "core/common/Hash.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/report/FaceReport.h"
#include "core/report/ReportPainter.h"
#include "core/report/ReportTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace descry;

namespace {

// A synthetic face-like picture (no brows), tinted per image.
QImage syntheticFace(int hue)
{
    return descry::fakes::syntheticFaceImage(hue, 24, false);
}

FaceImageReport syntheticImage(const QString& name, int hue, QSize size, QStringList problems = {})
{
    FaceImageReport f;
    f.path = QStringLiteral("/evidence/case-2024-017/") + name;
    f.sha256 = sha256Hex(name.toUtf8());
    f.imageSize = size;
    f.face.facesFound = 1;
    f.face.detectorScore = 1.37;
    f.quality.interEyePixels = 61.8;
    f.quality.yawDegrees = -4.25;
    f.quality.rollDegrees = 1.5;
    f.quality.sharpness = 183.4;
    f.quality.problems = std::move(problems);
    f.aligned224 = syntheticFace(hue);
    return f;
}

// 30 groups over 10 components; contributions alternate in sign and shrink, and sum with the bias to the score.
FaceComparisonResult syntheticResult(int groups = 30)
{
    const QStringList components = {QStringLiteral("Eyes"),
                                    QStringLiteral("Nose"),
                                    QStringLiteral("Mouth"),
                                    QStringLiteral("Eyebrows"),
                                    QStringLiteral("Face/Head Outline"),
                                    QStringLiteral("Chin/Jawline"),
                                    QStringLiteral("Forehead"),
                                    QStringLiteral("Cheeks"),
                                    QStringLiteral("Ears"),
                                    QStringLiteral("Face/Head Composition")};
    const QStringList characteristics = {QStringLiteral("Eye spacing"),
                                         QStringLiteral("Nose bridge shape"),
                                         QStringLiteral("Mouth corner direction"),
                                         QStringLiteral("Eyebrow height above the eye"),
                                         QStringLiteral("Face proportions (width to height)"),
                                         QStringLiteral("Jaw width")};
    const QStringList descriptors = {
        QStringLiteral("Wide-set eyes"),          QStringLiteral("Straight nose bridge"),
        QStringLiteral("Upturned mouth corners"), QStringLiteral("Square lower face, jaw nearly as wide as the face"),
        QStringLiteral("High eyebrows"),          QStringLiteral("Narrow jaw")};
    FaceComparisonResult r;
    r.packName = QStringLiteral("face-default");
    r.packVersion = QStringLiteral("1.2.0");
    r.packSha256 = sha256Hex("pack");
    r.catalogName = QStringLiteral("fiswg-face");
    r.catalogVersion = QStringLiteral("1.0.3");
    r.catalogSha256 = sha256Hex("catalog");
    r.probe =
        syntheticImage(QStringLiteral("exhibit_A_surveillance_camera_03_frame_000123_enhanced_copy_for_comparison_"
                                      "with_an_exceptionally_long_descriptive_file_name.png"),
                       20, QSize(1920, 1080));
    r.reference = syntheticImage(QStringLiteral("reference_passport_photo_subject_B_scanned_at_600dpi_2019-03-14.jpg"),
                                 210, QSize(827, 1063));
    r.threshold = 0.47;
    r.biasTerm = 0.0125;
    for (int i = 0; i < groups; ++i) {
        GroupExplanation g;
        g.layoutGroup = i;
        g.componentName = components[i % components.size()];
        g.component = g.componentName.toLower();
        g.characteristic = QStringLiteral("char-%1").arg(i);
        g.characteristicName = characteristics[i % characteristics.size()];
        g.source = i % 3 == 2 ? QStringLiteral("appearance") : QStringLiteral("measured");
        g.similarity = 0.95 - 0.02 * i;
        g.contribution = (i % 4 == 3 ? -1.0 : 1.0) * 0.12 / (1 + 0.35 * i);
        g.probeTop = {{i, QStringLiteral("d%1a").arg(i), descriptors[i % descriptors.size()], 0.81}};
        g.referenceTop = {{i, QStringLiteral("d%1b").arg(i), descriptors[(i + i / 4) % descriptors.size()], 0.64}};
        r.groups.append(g);
        r.contributions.push_back(g.contribution);
    }
    std::stable_sort(r.groups.begin(), r.groups.end(), [](const GroupExplanation& a, const GroupExplanation& b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    r.score = std::accumulate(r.contributions.begin(), r.contributions.end(), 0.0) + r.biasTerm;
    r.residual = 1.2e-8;
    r.decision = decideFace(r.score, r.threshold, false);
    r.baselineScore = 0.412;
    r.baselineThreshold = 0.6;
    r.baselineAvailable = true;
    r.baselineDecision = Decision::NonMatch;
    r.sentences = {QStringLiteral("The eyes are wide-set in both photos, which supports a match."),
                   QStringLiteral("The nose bridge is straight in both photos."),
                   QStringLiteral("The mouth corners differ: upturned in the probe, level in the reference; this "
                                  "counts against a match but weighs less than the agreement of the eyes and nose."),
                   QStringLiteral("Appearance descriptors of the chin agree with the measured ones.")};
    r.msLoad = 812;
    r.msProbe = 341.5;
    r.msReference = 298.2;
    r.msHead = 1.9;
    r.msTotal = 1453.6;
    return r;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int countPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return int(QString::fromLatin1(pdf).count(page));
}

// Text of pages [first, last] (all when 0) via poppler's pdftotext; null when the tool is missing.
QString pdfText(const QString& path, int first = 0, int last = 0)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    args << path << QStringLiteral("-");
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Keeps a copy of a rendered report for visual inspection when DESCRY_TEST_KEEP_REPORTS names a folder.
void keep(const QString& path)
{
    const QString folder = qEnvironmentVariable("DESCRY_TEST_KEEP_REPORTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(QFileInfo(path).fileName());
    QFile::remove(target);
    QFile::copy(path, target);
}

AuditEntry auditEntry(int secondsAfter, const char* action, const QString& detail, const QString& examiner = {})
{
    AuditEntry e;
    e.utc = QDateTime(QDate(2024, 5, 2), QTime(9, 14), Qt::UTC).addSecs(secondsAfter);
    e.action = QLatin1String(action);
    e.detail = detail;
    e.examiner = examiner;
    e.hash = sha256Hex(QByteArray::number(secondsAfter) + action);
    return e;
}

void writeBytes(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

TEST(FaceReport, WritesMultiPagePdfWithDecisionFacesAndHashes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("face-report.pdf"));
    const FaceComparisonResult result = syntheticResult(30);
    ASSERT_EQ(result.decision, Decision::Match);
    const Status written = writeFaceReportPdf(path, result);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    keep(path);

    const QByteArray pdf = readFile(path);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    const int pages = countPages(pdf);
    EXPECT_GE(pages, 2);

    const QString text = pdfText(path);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    EXPECT_TRUE(text.contains(QStringLiteral("MATCH")));
    EXPECT_TRUE(text.contains(QStringLiteral("Probe")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reference")));
    EXPECT_TRUE(text.contains(result.probe.sha256)) << "the full probe SHA-256 must appear on one line";
    EXPECT_TRUE(text.contains(result.reference.sha256));
    EXPECT_TRUE(text.contains(result.packSha256));
    EXPECT_TRUE(text.contains(QStringLiteral("baseline disagrees")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("End of report")));
    // The long file name wraps but is complete.
    QString joined = text;
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(joined.contains(QFileInfo(result.probe.path).fileName()));
    // 15 of 30 groups in the table.
    EXPECT_TRUE(text.contains(QStringLiteral("15 of 30 groups are shown")));
    // Every page has the header and the footer.
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = pdfText(path, page, page);
        EXPECT_TRUE(pageText.contains(QStringLiteral("Face comparison report"))) << "page " << page;
        EXPECT_TRUE(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << "page " << page;
    }
}

TEST(FaceReport, InconclusiveWithExtrasShowsReasonsNotesAndCaseOnEveryPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("face-report-inconclusive.pdf"));
    FaceComparisonResult result = syntheticResult(30);
    result.decision = Decision::Inconclusive;
    result.reasons = {QStringLiteral("probe: inter-eye distance 18 px is below 30 px"),
                      QStringLiteral("probe: head turned 38° (yaw above 25°)")};
    result.probe.quality.problems = result.reasons;
    ReportExtras extras;
    extras.caseId = QStringLiteral("CASE-2024-017");
    extras.examiner = QStringLiteral("J. Doe");
    for (int i = 0; i < 25; ++i)
        extras.examinerNotes.append({QStringLiteral("Component %1").arg(i),
                                     QStringLiteral("Observed note %1: the feature is consistent between both photos; "
                                                    "lighting differs, so the grade is read with caution.")
                                         .arg(i)});
    extras.audit = {auditEntry(0, "load", "probe opened (sha256 verified)"),
                    auditEntry(60, "run", "comparison run with face-default 1.2.0")};
    ASSERT_TRUE(writeFaceReportPdf(path, result, extras).ok());
    keep(path);

    const QByteArray pdf = readFile(path);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    const int pages = countPages(pdf);
    ASSERT_GE(pages, 3);
    const QString text = pdfText(path);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    EXPECT_TRUE(text.contains(QStringLiteral("INCONCLUSIVE")));
    EXPECT_TRUE(text.contains(QStringLiteral("inter-eye distance 18 px is below 30 px")));
    EXPECT_FALSE(text.contains(QStringLiteral("baseline disagrees"))) << "no disagreement flag when inconclusive";
    EXPECT_TRUE(text.contains(QStringLiteral("Examiner: J. Doe")));
    EXPECT_TRUE(text.contains(QStringLiteral("Observed note 24")));
    EXPECT_TRUE(text.contains(QStringLiteral("Audit summary")));
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(pdfText(path, page, page).contains(QStringLiteral("Case CASE-2024-017"))) << "page " << page;
}

TEST(FaceReport, FailedWriteNamesPathAndKeepsExistingFile)
{
    QTemporaryDir dir;
    const FaceComparisonResult result = syntheticResult(5);
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const Status failed = writeFaceReportPdf(missing, result);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code(), ErrorCode::Input);
    EXPECT_TRUE(failed.error().toString().contains(missing)) << failed.error().toString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));

    // An existing report whose replacement cannot be written stays byte-for-byte intact. The atomic writer
    // needs a temporary name beside the target: a 250-character name leaves no room for it (NAME_MAX 255), which
    // fails even for root, who ignores folder permissions.
    const QString existing = dir.filePath(QString(246, QLatin1Char('r')) + QStringLiteral(".pdf"));
    {
        QFile f(existing);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("previous report");
    }
    const Status replaced = writeFaceReportPdf(existing, result);
    if (replaced.ok())
        GTEST_SKIP() << "this platform wrote beside a 250-character name; cannot provoke a failed replacement";
    EXPECT_TRUE(replaced.error().toString().contains(existing));
    EXPECT_EQ(readFile(existing), QByteArray("previous report"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1) << "no temporary file left behind";
}

TEST(ReportTable, LongTableRepeatsHeaderOnEveryPageAndSplitsOversizedRows)
{
    ReportPainter::Decoration decoration;
    decoration.title = QStringLiteral("Table test");
    decoration.generatedUtc = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QString huge;
    for (int i = 0; i < 1000; ++i)
        huge += QStringLiteral("word%1 ").arg(i);
    auto pdf = ReportPainter::render(decoration, [&](ReportPainter& rp) {
        rp.heading(QStringLiteral("Rows"));
        ReportTable table;
        table.columns = {{QStringLiteral("HeaderIndex"), 1}, {QStringLiteral("HeaderText"), 4}};
        for (int i = 0; i < 120; ++i)
            table.rows.append({QStringLiteral("row%1").arg(i, 3, 10, QLatin1Char('0')),
                               i == 60 ? huge : QStringLiteral("text of row %1").arg(i)});
        table.paint(rp);
    });
    ASSERT_TRUE(pdf.ok()) << pdf.error().toString().toStdString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.pdf"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(*pdf);
    }
    keep(path);
    const int pages = countPages(*pdf);
    ASSERT_GE(pages, 4);
    if (pdfText(path).isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    int lastRow = -1;
    QString all;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page, page);
        all += text;
        EXPECT_TRUE(text.contains(QStringLiteral("HeaderIndex")) && text.contains(QStringLiteral("HeaderText")))
            << "page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << "page " << page;
        // Rows continue in order, none lost or repeated.
        static const QRegularExpression row(QStringLiteral("row(\\d{3})"));
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const int n = it.next().captured(1).toInt();
            EXPECT_EQ(n, lastRow + 1) << "page " << page;
            lastRow = n;
        }
    }
    EXPECT_EQ(lastRow, 119);
    // The oversized row was split across pages, every word kept.
    EXPECT_TRUE(all.contains(QStringLiteral("word0 ")));
    EXPECT_TRUE(all.contains(QStringLiteral("word999")));
}

TEST(FaceReport, AuditIsSummarisedWithLocksAndAmendmentsInFullAndListedInAnAppendix)
{
    QTemporaryDir dir;
    const FaceComparisonResult result = syntheticResult(5);
    ReportExtras extras;
    extras.caseId = QStringLiteral("CASE-9");
    extras.integrity = QStringLiteral("audit chain intact: 243 entries, content as committed by the last");
    extras.signer = QStringLiteral("J. Doe, key fingerprint 0123456789abcdef, 2024-05-02 12:00:00 UTC");
    extras.audit << auditEntry(0, "load", QStringLiteral("probe: /evidence/p.jpg"))
                 << auditEntry(1, "load", QStringLiteral("reference: /evidence/r.jpg"));
    for (int i = 0; i < 200; ++i)
        extras.audit << auditEntry(10 + i, "note", QStringLiteral("component-%1: unset \u2192 similar").arg(i));
    extras.audit << auditEntry(300, "lock", QStringLiteral("analysis locked by J. Doe"), QStringLiteral("J. Doe"));
    for (int i = 0; i < 40; ++i)
        extras.audit << auditEntry(400 + i, "amend",
                                   QStringLiteral("nose: similar \u2192 dissimilar \u2014 reason: rescan %1").arg(i),
                                   QStringLiteral("A. Reviewer"));
    const int entries = int(extras.audit.size());
    ASSERT_EQ(entries, 243);

    const QString plain = dir.filePath(QStringLiteral("no-audit.pdf"));
    ASSERT_TRUE(writeFaceReportPdf(plain, result).ok());
    const QString path = dir.filePath(QStringLiteral("audited.pdf"));
    const Status written = writeFaceReportPdf(path, result, extras);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    keep(path);
    const int pages = countPages(readFile(path));
    const int plainPages = countPages(readFile(plain));
    EXPECT_GE(pages, plainPages + 3) << "the full log of 243 entries takes pages of its own";

    const QString text = pdfText(path);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    EXPECT_TRUE(text.contains(QStringLiteral("Case integrity: audit chain intact: 243 entries")));
    EXPECT_TRUE(text.contains(QStringLiteral("Signature: J. Doe, key fingerprint 0123456789abcdef")));
    EXPECT_TRUE(text.contains(QStringLiteral("Audit summary")));
    EXPECT_TRUE(text.contains(QStringLiteral("243 audit entries, the first at 2024-05-02")));
    EXPECT_TRUE(text.contains(QStringLiteral("Locks and amendments")));
    EXPECT_TRUE(text.contains(QStringLiteral("by A. Reviewer")));
    EXPECT_TRUE(text.contains(extras.audit.constLast().hash)) << "the last entry's hash ties the report to the file";

    // The summary (before the appendix) counts the notes instead of listing them, but has every amendment.
    const int appendixAt = int(text.indexOf(QStringLiteral("Appendix")));
    ASSERT_GT(appendixAt, 0);
    const QString summary = text.left(appendixAt);
    EXPECT_FALSE(summary.contains(QStringLiteral("component-17:")));
    static const QRegularExpression noteCount(QStringLiteral("note\\s+200\\b"));
    EXPECT_TRUE(summary.contains(noteCount)) << "200 note entries counted";
    for (int i = 0; i < 40; ++i)
        EXPECT_TRUE(summary.contains(QStringLiteral("rescan %1").arg(i))) << "amendment " << i;

    // The appendix starts on a page of its own and lists every entry, in order, to the end of the report.
    int appendixPage = 0;
    for (int page = 1; page <= pages && !appendixPage; ++page)
        if (pdfText(path, page, page).contains(QStringLiteral("Appendix")))
            appendixPage = page;
    ASSERT_GT(appendixPage, 1);
    EXPECT_FALSE(pdfText(path, appendixPage, appendixPage)
                     .section(QStringLiteral("Appendix"), 0, 0)
                     .contains(QStringLiteral("Audit summary")));
    const QString appendix = pdfText(path, appendixPage, pages);
    int last = -1;
    for (int i = 0; i < 200; ++i) {
        const int at = int(appendix.indexOf(QStringLiteral("component-%1:").arg(i)));
        EXPECT_GT(at, last) << "note entry " << i;
        last = at;
    }
    EXPECT_TRUE(pdfText(path, pages, pages).contains(QStringLiteral("End of report")));
}

TEST(FaceReport, RefusedWhileTheModelOutputIsHidden)
{
    QTemporaryDir dir;
    ReportExtras extras;
    extras.modelOutputHidden = true;
    auto pdf = renderFaceReportPdf(syntheticResult(5), extras);
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.error().code(), ErrorCode::Usage);
    EXPECT_EQ(pdf.error().message(), QStringLiteral("blind review: export is available once the analysis is locked"));
    const QString path = dir.filePath(QStringLiteral("blind.pdf"));
    const Status written = writeFaceReportPdf(path, syntheticResult(5), extras);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().toString().startsWith(path + QStringLiteral(": blind review")));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(FaceReport, DamagedInputIsStatedOnTheFacesSection)
{
    QTemporaryDir dir;
    FaceComparisonResult result = syntheticResult(5);
    result.probe.damaged = true;
    result.probe.decoderWarnings = {QStringLiteral("the file ends before the image data does (truncated)")};
    const QString path = dir.filePath(QStringLiteral("damaged.pdf"));
    ASSERT_TRUE(writeFaceReportPdf(path, result).ok());
    keep(path);
    const QString text = pdfText(path);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    QString joined = text;
    joined.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_TRUE(joined.contains(QStringLiteral("Damaged input")));
    EXPECT_TRUE(joined.contains(QStringLiteral("the file ends before the image data does (truncated)")));
    EXPECT_TRUE(joined.contains(QStringLiteral("Input file")));
    EXPECT_TRUE(joined.contains(QStringLiteral("Decoded completely"))) << "the reference decoded fine";
    // The warning precedes the pictures' facts in the faces section.
    EXPECT_LT(joined.indexOf(QStringLiteral("Damaged input")), joined.indexOf(QStringLiteral("Inter-eye distance")));

    const QString intact = dir.filePath(QStringLiteral("intact.pdf"));
    ASSERT_TRUE(writeFaceReportPdf(intact, syntheticResult(5)).ok());
    EXPECT_FALSE(pdfText(intact).contains(QStringLiteral("Damaged input")));
}

TEST(FaceReport, NeverWrittenOverTheEvidence)
{
    QTemporaryDir dir;
    FaceComparisonResult result = syntheticResult(5);
    result.probe.path = dir.filePath(QStringLiteral("probe.jpg"));
    result.reference.path = dir.filePath(QStringLiteral("reference.jpg"));
    writeBytes(result.probe.path, "probe photo");
    writeBytes(result.reference.path, "reference photo");
    const QString other = dir.filePath(QStringLiteral("other-evidence.jpg"));
    writeBytes(other, "other evidence");
    ASSERT_TRUE(QFile::link(result.reference.path, dir.filePath(QStringLiteral("alias.pdf"))));

    ReportExtras extras;
    extras.protectedPaths = {other};
    for (const QString& target : {result.probe.path, dir.filePath(QStringLiteral("alias.pdf")), other}) {
        const Status st = writeFaceReportPdf(target, result, extras);
        EXPECT_FALSE(st.ok()) << target.toStdString();
    }
    EXPECT_EQ(readFile(result.probe.path), QByteArray("probe photo"));
    EXPECT_EQ(readFile(result.reference.path), QByteArray("reference photo"));
    EXPECT_EQ(readFile(other), QByteArray("other evidence"));
    EXPECT_TRUE(writeFaceReportPdf(dir.filePath(QStringLiteral("report.pdf")), result, extras).ok());
    // An earlier report is replaced; any other existing file is not (regression: --report on a program or a
    // document replaced it with a PDF).
    EXPECT_TRUE(writeFaceReportPdf(dir.filePath(QStringLiteral("report.pdf")), result, extras).ok());
    const QString document = dir.filePath(QStringLiteral("notes.txt"));
    writeBytes(document, "my notes");
    const Status notPdf = writeFaceReportPdf(document, result, extras);
    ASSERT_FALSE(notPdf.ok());
    EXPECT_TRUE(notPdf.error().toString().contains(QStringLiteral("is not a PDF report")))
        << notPdf.error().toString().toStdString();
    EXPECT_EQ(readFile(document), QByteArray("my notes"));
}

TEST(FaceReport, AMeasuredValueOutsideTheTrainingRangeIsNotAssessedWithItsReasonInJsonAndReport)
{
    FaceComparisonResult result = syntheticResult(8);
    const QString reason = QStringLiteral(
        "not assessed: outside the range of the training photos (value 0.91, training range 0.2 to 0.6)");
    result.probe.measured = {
        MeasuredQuantity{QStringLiteral("mouth.width"), QStringLiteral("morphometric"), QStringLiteral("mouth_width"),
                         QStringLiteral("Mouth width / IPD"), 0.91, 5.2, reason},
        MeasuredQuantity{QStringLiteral("nose.width"), QStringLiteral("morphometric"), QStringLiteral("nose_width"),
                         QStringLiteral("Nose width / IPD"), 0.4, 0.1}};
    result.reference.measured = result.probe.measured;
    result.reference.measured[0].notAssessedReason.clear();
    result.reference.measured[0].value = 0.5;

    const QJsonArray probe =
        result.toJson().value(QStringLiteral("probe")).toObject().value(QStringLiteral("measured")).toArray();
    ASSERT_EQ(probe.size(), 2);
    EXPECT_FALSE(probe[0].toObject().value(QStringLiteral("assessed")).toBool());
    EXPECT_EQ(probe[0].toObject().value(QStringLiteral("reason")).toString(), reason);
    EXPECT_DOUBLE_EQ(probe[0].toObject().value(QStringLiteral("value")).toDouble(), 0.91) << "the value is kept";
    EXPECT_TRUE(probe[1].toObject().value(QStringLiteral("assessed")).toBool());
    EXPECT_FALSE(probe[1].toObject().contains(QStringLiteral("reason")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("range.pdf"));
    ASSERT_TRUE(writeFaceReportPdf(path, result).ok());
    keep(path);
    QString text = pdfText(path);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_TRUE(text.contains(QStringLiteral("Probe, mouth.width: ") + reason)) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Reference, mouth.width")));
}

TEST(ReportTable, WhenNotEveryLongestWordFitsOnlyTheWidestColumnsWrap)
{
    // Two identifier-like tokens too wide for the page with the others: before, every column was narrowed in
    // proportion and short words broke ("morphometri|c").
    ReportPainter::Decoration decoration;
    decoration.title = QStringLiteral("Table test");
    decoration.generatedUtc = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    auto pdf = ReportPainter::render(decoration, [&](ReportPainter& rp) {
        ReportTable table;
        table.columns = {{QStringLiteral("Quantity"), 0},    {QStringLiteral("Source"), 0},
                         {QStringLiteral("Probe"), 0},       {QStringLiteral("z"), 0},
                         {QStringLiteral("Reference"), 0},   {QStringLiteral("z"), 0},
                         {QStringLiteral("Definition"), 2.0}};
        table.rows.append({QStringLiteral("regions.left_eyebrow.density_contrast_against_the_forehead_skin_tone"),
                           QStringLiteral("morphometric"), QStringLiteral("0.123"), QStringLiteral("-1.23"),
                           QStringLiteral("0.456"), QStringLiteral("0.12"),
                           QStringLiteral("ratio interpupillary_distance_over_bizygomatic_breadth_of_the_face_x")});
        table.paint(rp);
    });
    ASSERT_TRUE(pdf.ok()) << pdf.error().toString().toStdString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wrap.pdf"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(*pdf);
    }
    const QString text = pdfText(path);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    for (const char* word : {"morphometric", "Reference", "Definition", "Quantity", "-1.23"})
        EXPECT_TRUE(text.contains(QLatin1String(word))) << word << " was broken:\n" << text.toStdString();
}

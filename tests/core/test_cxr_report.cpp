#include "FakeCxrPack.h"

#include "core/common/Hash.h"
#include "core/cxr/CxrModel.h"
#include "core/cxr/report/CxrReport.h"
#include "core/descriptors/Catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
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

// The groups the synthetic review relies on, when the built-in catalog is not available.
const char* kFallbackCatalog = R"({
  "format": "descry-catalog/1", "name": "cxr-test", "version": "0.1.0", "title": "Test CXR catalog", "notes": "",
  "components": [
    {"id": "pleura", "name": "Pleura", "characteristics": [
      {"id": "costophrenic_angle", "name": "Costophrenic angles", "descriptors": [
        {"id": "costophrenic_angle.sharp", "text": "Sharp costophrenic angles", "prompts": ["sharp angles"]},
        {"id": "costophrenic_angle.blunted_left", "text": "Blunted left costophrenic angle", "prompts": ["l"]},
        {"id": "costophrenic_angle.blunted_right", "text": "Blunted right costophrenic angle", "prompts": ["r"]}]},
      {"id": "meniscus", "name": "Meniscus sign", "descriptors": [
        {"id": "meniscus.absent", "text": "No meniscus", "prompts": ["no meniscus"]},
        {"id": "meniscus.present", "text": "Meniscus sign", "prompts": ["meniscus"]}]}]},
    {"id": "lungs", "name": "Lungs", "characteristics": [
      {"id": "basal_opacity", "name": "Basal opacity", "descriptors": [
        {"id": "basal_opacity.none", "text": "Clear lung bases", "prompts": ["clear"]},
        {"id": "basal_opacity.left", "text": "Opacity at the left base", "prompts": ["left base"]},
        {"id": "basal_opacity.right", "text": "Opacity at the right base", "prompts": ["right base"]}]}]},
    {"id": "effusion", "name": "Effusion", "characteristics": [
      {"id": "laterality", "name": "Side of the effusion", "descriptors": [
        {"id": "laterality.none", "text": "No effusion on either side", "prompts": ["none"]},
        {"id": "laterality.left", "text": "Left-sided effusion", "prompts": ["left"]},
        {"id": "laterality.right", "text": "Right-sided effusion", "prompts": ["right"]}]},
      {"id": "size", "name": "Size of the effusion", "descriptors": [
        {"id": "size.none", "text": "No effusion", "prompts": ["none"]},
        {"id": "size.small", "text": "Small effusion", "prompts": ["small"]},
        {"id": "size.large", "text": "Large effusion", "prompts": ["large"]}]}]},
    {"id": "heart", "name": "Heart", "characteristics": [
      {"id": "cardiomegaly", "name": "Cardiomegaly", "descriptors": [
        {"id": "cardiomegaly.absent", "text": "Normal heart size", "prompts": ["normal heart"]},
        {"id": "cardiomegaly.present", "text": "Cardiomegaly", "prompts": ["big heart"]}]}]}]
})";

// The built-in CXR catalog, or the small one above when it cannot be loaded (written to `dir`).
Catalog cxrCatalog(const QTemporaryDir& dir)
{
    if (auto builtIn = Catalog::load(defaultCxrCatalogPath()))
        return *builtIn;
    const QString path = dir.filePath(QStringLiteral("cxr-test.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(kFallbackCatalog);
    f.close();
    auto fallback = Catalog::load(path);
    EXPECT_TRUE(fallback.ok()) << fallback.error().toString().toStdString();
    return fallback ? *fallback : Catalog();
}

bool isNormalGrade(const Descriptor& d)
{
    static const QStringList normal = {QStringLiteral("sharp"), QStringLiteral("none"), QStringLiteral("absent"),
                                       QStringLiteral("clear")};
    return d.normal || normal.contains(d.id.section(QLatin1Char('.'), 1));
}

// A chest-like grey picture: dark lungs, a bright mediastinum, and a bright band over the patient's left base
// (the image's right half).
QImage syntheticRadiograph(int width = 600, int height = 720)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(200);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(60, 60, 60));
    p.drawEllipse(QRectF(width * 0.1, height * 0.12, width * 0.33, height * 0.7));
    p.drawEllipse(QRectF(width * 0.57, height * 0.12, width * 0.33, height * 0.7));
    p.setBrush(QColor(235, 235, 235));
    p.drawRect(QRectF(width * 0.55, height * 0.66, width * 0.38, height * 0.2));
    return image;
}

// A hand-built review of a left pleural effusion: in each group one descriptor dominates (the planted abnormal
// grade, or the normal grade), contributions c_k = S_sm[k]·ΔW[k] and the margin add up exactly.
CxrReviewResult syntheticReview(const Catalog& catalog, double bias = -1.1)
{
    const QStringList planted = {QStringLiteral("costophrenic_angle.blunted_left"),
                                 QStringLiteral("basal_opacity.left"), QStringLiteral("laterality.left"),
                                 QStringLiteral("size.small"), QStringLiteral("meniscus.present")};
    CxrReviewResult r;
    r.packName = QStringLiteral("cxr-effusion-demo");
    r.packVersion = QStringLiteral("0.3.1");
    r.packSha256 = sha256Hex("cxr pack");
    r.catalogName = catalog.name();
    r.catalogVersion = catalog.version();
    r.catalogSha256 = catalog.sha256();
    r.encoderType = QStringLiteral("torchscript");
    r.encoderSummary = QStringLiteral("tiny-encoder.pt, 224 px, ImageNet normalisation");
    r.imagePath = QStringLiteral("/studies/2024/chest/CR_PA_upright_followup_after_thoracentesis_left_side_image_0001_"
                                 "with_a_very_long_descriptive_name.dcm");
    r.imageSha256 = sha256Hex("image");
    r.windowText = QStringLiteral("C 2048 W 4096 (preset 1)");
    r.conversion =
        QStringLiteral("display window C 2048 W 4096 (preset 1), grey to RGB, resized to 224 px, centre crop");
    r.displayed = syntheticRadiograph();
    r.input = syntheticRadiograph().scaled(224, 224).convertToFormat(QImage::Format_RGB888);
    const int n = int(catalog.descriptors().size());
    r.S.assign(n, 0.2f);
    r.Ssm.assign(n, 0.0f);
    r.margin.contributions.assign(n, 0.0);
    for (int gi = 0; gi < catalog.groups().size(); ++gi) {
        const DescriptorGroup& g = catalog.groups()[gi];
        int top = g.descriptors.first();
        for (int k : g.descriptors)
            if (planted.contains(catalog.descriptors()[k].id))
                top = k;
        CxrGroupResult group;
        group.group = gi;
        group.id = g.id;
        group.name = g.name;
        group.component = g.component;
        group.componentName = g.componentName;
        const double rest = 0.25 / std::max<qsizetype>(1, g.descriptors.size() - 1);
        for (int k : g.descriptors) {
            const Descriptor& d = catalog.descriptors()[k];
            CxrDescriptorScore s;
            s.conceptIndex = k;
            s.id = d.id;
            s.text = d.text;
            s.normal = isNormalGrade(d);
            s.score = k == top ? 0.75 : rest;
            s.raw = 0.18 + 0.05 * s.score;
            const double dw = s.normal ? -0.6 : (planted.contains(d.id) ? 1.4 : 0.3) / (1 + 0.2 * (k % 3));
            s.contribution = s.score * dw;
            s.present = k == top && !s.normal;
            r.Ssm[k] = float(s.score);
            r.S[k] = float(s.raw);
            r.margin.contributions[k] = s.contribution;
            group.contribution += s.contribution;
            group.descriptors.append(s);
            if (s.present)
                r.presentIds << s.id;
        }
        std::sort(group.descriptors.begin(), group.descriptors.end(),
                  [](const CxrDescriptorScore& a, const CxrDescriptorScore& b) { return a.score > b.score; });
        r.groups.append(group);
    }
    std::stable_sort(r.groups.begin(), r.groups.end(), [](const CxrGroupResult& a, const CxrGroupResult& b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    const double sum = std::accumulate(r.margin.contributions.begin(), r.margin.contributions.end(), 0.0);
    r.margin.biasTerm = bias;
    r.margin.margin = sum + bias;
    r.margin.logit0 = -0.5 * r.margin.margin;
    r.margin.logit1 = 0.5 * r.margin.margin;
    r.margin.probability = 1 / (1 + std::exp(-r.margin.margin));
    r.headMargin = r.margin.margin + 3e-8;
    r.residual = 3e-8;
    r.probability = r.margin.probability;
    r.threshold = 0.42;
    r.decision = r.probability >= r.threshold ? CxrDecision::Effusion : CxrDecision::NoEffusion;
    r.decisionReason = QStringLiteral("P(effusion) is at or above the calibrated threshold.");
    r.sentences = {QStringLiteral("The left costophrenic angle is blunted and the left base is opaque, which points to "
                                  "a left pleural effusion."),
                   QStringLiteral("A meniscus is seen at the left base; the effusion looks small.")};
    r.msLoad = 420;
    r.msDecode = 35;
    r.msEncode = 88;
    r.msHead = 0.4;
    r.msTotal = 545;
    return r;
}

CxrReportInput fullInput(const Catalog& catalog)
{
    CxrReportInput in;
    in.review = syntheticReview(catalog);
    in.catalog = catalog;
    in.windowText = in.review->windowText;
    in.imagePath = in.review->imagePath;
    in.studyFiles = {{in.review->imagePath, in.review->imageSha256},
                     {QStringLiteral("/studies/2024/chest/CR_LAT_left_lateral_decubitus_0002.dcm"), sha256Hex("lat")},
                     {QStringLiteral("/studies/2024/chest/DICOMDIR"), sha256Hex("dicomdir")}};
    in.checklist = {{QStringLiteral("costophrenic_angle.blunted_left"), ChecklistState::Present},
                    {QStringLiteral("basal_opacity.left"), ChecklistState::Present},
                    // The radiologist sees no meniscus where the model does: one disagreement.
                    {QStringLiteral("meniscus.present"), ChecklistState::Absent},
                    {QStringLiteral("cardiomegaly.present"), ChecklistState::Uncertain}};
    in.notes = QStringLiteral("Blunting of the left costophrenic angle with a small meniscus-free effusion.\nNo "
                              "pneumothorax after the thoracentesis.");
    in.reader = QStringLiteral("Dr. A. Radiologist");
    in.caseId = QStringLiteral("CXR-2024-031");
    return in;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
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

QString collapsed(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
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

#define SKIP_WITHOUT_PDFTOTEXT(text)                                                                                   \
    if ((text).isNull())                                                                                               \
    GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped"

} // namespace

TEST(CxrReport, FullReportShowsDecisionEvidenceChartDecompositionChecklistAndHashes)
{
    QTemporaryDir dir;
    const Catalog catalog = cxrCatalog(dir);
    ASSERT_GE(catalog.groups().size(), 5);
    const CxrReportInput input = fullInput(catalog);
    ASSERT_EQ(input.review->decision, CxrDecision::Effusion);
    const QString path = dir.filePath(QStringLiteral("cxr-report-full.pdf"));
    const Status written = writeCxrReportPdf(path, input);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    keep(path);
    const QByteArray pdf = readFile(path);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    const int pages = countPages(pdf);
    EXPECT_GE(pages, 3);

    const QString raw = pdfText(path);
    SKIP_WITHOUT_PDFTOTEXT(raw);
    const QString text = collapsed(raw);
    EXPECT_TRUE(text.contains(QStringLiteral("PLEURAL EFFUSION")));
    EXPECT_TRUE(text.contains(QStringLiteral("P(effusion) %1").arg(input.review->probability, 0, 'f', 3)));
    EXPECT_TRUE(text.contains(QStringLiteral("Threshold 0.420")));
    EXPECT_TRUE(text.contains(QStringLiteral("C 2048 W 4096 (preset 1)"))) << "the window values";
    EXPECT_TRUE(text.contains(QStringLiteral("grey to RGB, resized to 224 px, centre crop"))) << "the conversion";
    // Every descriptor judged present, with its evidence, and the explanation.
    for (const QString& id : input.review->presentIds)
        EXPECT_TRUE(text.contains(catalog.descriptors()[catalog.indexOf(id)].text)) << id.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Descriptors judged present")));
    EXPECT_TRUE(text.contains(QStringLiteral("points to a left pleural effusion")));
    // The charts and the exact decomposition.
    EXPECT_TRUE(text.contains(QStringLiteral("Per group")));
    EXPECT_TRUE(text.contains(QStringLiteral("Per descriptor")));
    EXPECT_TRUE(text.contains(QStringLiteral("Exact decomposition of the margin")));
    const double sum =
        std::accumulate(input.review->margin.contributions.begin(), input.review->margin.contributions.end(), 0.0);
    auto signedText = [](double v) {
        return (v < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + QString::number(std::abs(v), 'f', 6);
    };
    EXPECT_TRUE(text.contains(signedText(sum))) << "Σ contributions";
    EXPECT_TRUE(text.contains(signedText(input.review->margin.biasTerm))) << "bias term";
    EXPECT_TRUE(text.contains(signedText(input.review->margin.margin))) << "margin";
    EXPECT_TRUE(text.contains(QStringLiteral("3e-08"))) << "residual";
    EXPECT_FALSE(text.contains(QStringLiteral("residual exceeds")));
    // The checklist beside the model's reading, the disagreement named.
    EXPECT_TRUE(text.contains(QStringLiteral("Radiologist's checklist beside the model's reading")));
    EXPECT_TRUE(text.contains(QStringLiteral("Meniscus sign: the model reads it as present, the radiologist as "
                                             "absent")));
    EXPECT_TRUE(text.contains(QStringLiteral("Disagrees")));
    EXPECT_TRUE(text.contains(QStringLiteral("Radiologist uncertain")));
    // Notes, reader, provenance and the study files.
    EXPECT_TRUE(text.contains(QStringLiteral("No pneumothorax after the thoracentesis.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reader: Dr. A. Radiologist")));
    EXPECT_TRUE(text.contains(QStringLiteral("cxr-effusion-demo, version 0.3.1")));
    EXPECT_TRUE(raw.contains(input.review->packSha256)) << "the pack SHA-256 on one line";
    EXPECT_TRUE(raw.contains(catalog.sha256())) << "the catalog SHA-256 on one line";
    EXPECT_TRUE(text.contains(QStringLiteral("tiny-encoder.pt, 224 px")));
    for (const auto& [file, sha] : input.studyFiles)
        EXPECT_TRUE(raw.contains(sha)) << file.toStdString();
    QString joined = raw;
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(joined.contains(input.imagePath)) << "the long path wraps but is complete";
    EXPECT_TRUE(text.contains(QStringLiteral("Patient identifiers are omitted")));
    EXPECT_TRUE(text.contains(QStringLiteral("End of report")));
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = pdfText(path, page, page);
        EXPECT_TRUE(pageText.contains(QStringLiteral("Chest X-ray report"))) << "page " << page;
        EXPECT_TRUE(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << "page " << page;
        EXPECT_TRUE(pageText.contains(QStringLiteral("CXR-2024-031"))) << "page " << page;
    }
}

TEST(CxrReport, ChecklistOnlyReportIsTheRadiologistsReadingWithoutModelSections)
{
    QTemporaryDir dir;
    const Catalog catalog = cxrCatalog(dir);
    CxrReportInput input = fullInput(catalog);
    input.review.reset();
    input.displayed = syntheticRadiograph();
    const QString path = dir.filePath(QStringLiteral("cxr-report-checklist-only.pdf"));
    const Status written = writeCxrReportPdf(path, input);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    keep(path);
    const QString raw = pdfText(path);
    SKIP_WITHOUT_PDFTOTEXT(raw);
    const QString text = collapsed(raw);
    EXPECT_TRUE(text.contains(QStringLiteral("Radiologist's reading only, no model")));
    EXPECT_TRUE(text.contains(QStringLiteral("2 present, 1 absent, 1 uncertain")));
    EXPECT_TRUE(text.contains(QStringLiteral("C 2048 W 4096 (preset 1)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Radiologist's checklist")));
    EXPECT_TRUE(text.contains(QStringLiteral("Not assessed")));
    EXPECT_TRUE(text.contains(QStringLiteral("No pneumothorax after the thoracentesis.")));
    EXPECT_TRUE(text.contains(QStringLiteral("none: the radiologist's reading only")));
    EXPECT_TRUE(raw.contains(catalog.sha256()));
    for (const auto& [file, sha] : input.studyFiles)
        EXPECT_TRUE(raw.contains(sha)) << file.toStdString();
    // Nothing of a model: no decision, probability, contributions or agreement column.
    for (const char* absent : {"P(effusion)", "Contributions to the decision", "Descriptors judged present",
                               "beside the model", "Agreement", "Model pack cxr"})
        EXPECT_FALSE(text.contains(QLatin1String(absent))) << absent;
    EXPECT_TRUE(text.contains(QStringLiteral("No model pack")));
}

TEST(CxrReport, PatientIdentifiersAreOmittedByDefaultEverywhereAndShownWhenIncluded)
{
    QTemporaryDir dir;
    const Catalog catalog = cxrCatalog(dir);
    CxrReportInput input = fullInput(catalog);
    input.identifiers.patientName = QStringLiteral("QUIMBY^HORTENSE^M");
    input.identifiers.patientId = QStringLiteral("PAT-778812");
    input.identifiers.patientBirthDate = QStringLiteral("19470312");
    input.identifiers.patientSex = QStringLiteral("F");
    input.identifiers.accessionNumber = QStringLiteral("ACC99812");
    input.identifiers.studyDate = QStringLiteral("20240502");
    // Identifiers leak through file names, notes, the case id and the audit trail unless scrubbed.
    input.imagePath = QStringLiteral("/studies/PAT-778812/Quimby_Hortense/CR_0001.dcm");
    input.review->imagePath = input.imagePath;
    input.studyFiles = {{input.imagePath, sha256Hex("image")},
                        {QStringLiteral("/studies/PAT-778812/ACC99812/CR_0002.dcm"), sha256Hex("second")}};
    input.notes = QStringLiteral("Mrs Hortense Quimby (born 1947-03-12), accession ACC99812: small left effusion.");
    input.caseId = QStringLiteral("case PAT-778812");
    input.audit = {auditEntry(0, "load", QStringLiteral("opened /studies/PAT-778812/Quimby_Hortense/CR_0001.dcm")),
                   auditEntry(5, "note", QStringLiteral("reading notes for QUIMBY^HORTENSE edited"))};
    const QStringList secrets = {QStringLiteral("QUIMBY"),   QStringLiteral("HORTENSE"),   QStringLiteral("778812"),
                                 QStringLiteral("19470312"), QStringLiteral("1947-03-12"), QStringLiteral("ACC99812")};

    const QString omitted = dir.filePath(QStringLiteral("cxr-report-no-identifiers.pdf"));
    ASSERT_TRUE(input.includeIdentifiers == false) << "omitted by default";
    const Status written = writeCxrReportPdf(omitted, input);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    keep(omitted);
    const QString text = pdfText(omitted);
    SKIP_WITHOUT_PDFTOTEXT(text);
    for (const QString& secret : secrets)
        EXPECT_FALSE(text.contains(secret, Qt::CaseInsensitive)) << secret.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Patient name")));
    EXPECT_TRUE(text.contains(QStringLiteral("[omitted]")));
    EXPECT_TRUE(collapsed(text).contains(QStringLiteral("small left effusion"))) << "the rest of the notes stays";
    EXPECT_TRUE(text.contains(sha256Hex("second"))) << "hashes are never scrubbed";
    // The document's metadata carries none either.
    const QByteArray bytes = readFile(omitted);
    for (const QString& secret : secrets)
        EXPECT_FALSE(bytes.contains(secret.toLatin1())) << secret.toStdString();

    input.includeIdentifiers = true;
    const QString included = dir.filePath(QStringLiteral("cxr-report-identifiers.pdf"));
    ASSERT_TRUE(writeCxrReportPdf(included, input).ok());
    keep(included);
    const QString shown = collapsed(pdfText(included));
    EXPECT_TRUE(shown.contains(QStringLiteral("QUIMBY, HORTENSE M")));
    EXPECT_TRUE(shown.contains(QStringLiteral("PAT-778812")));
    EXPECT_TRUE(shown.contains(QStringLiteral("1947-03-12")));
    EXPECT_TRUE(shown.contains(QStringLiteral("ACC99812")));
    EXPECT_TRUE(shown.contains(QStringLiteral("2024-05-02"))) << "study date";
    EXPECT_FALSE(shown.contains(QStringLiteral("[omitted]")));
}

TEST(CxrReport, IndeterminateStatesTheBandAndWhy)
{
    QTemporaryDir dir;
    const Catalog catalog = cxrCatalog(dir);
    CxrReportInput input = fullInput(catalog);
    CxrReviewResult& r = *input.review;
    r.threshold = r.probability + 0.01;
    r.hasBand = true;
    r.bandLow = r.probability - 0.05;
    r.bandHigh = r.probability + 0.07;
    r.decision = CxrDecision::Indeterminate;
    r.decisionReason = QStringLiteral("P(effusion) lies inside the calibrated band around the threshold.");
    const QString path = dir.filePath(QStringLiteral("cxr-report-indeterminate.pdf"));
    ASSERT_TRUE(writeCxrReportPdf(path, input).ok());
    keep(path);
    const QString raw = pdfText(path);
    SKIP_WITHOUT_PDFTOTEXT(raw);
    const QString text = collapsed(raw);
    EXPECT_TRUE(text.contains(QStringLiteral("INDETERMINATE")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("Indeterminate band %1 to %2").arg(r.bandLow, 0, 'f', 3).arg(r.bandHigh, 0, 'f', 3)));
    EXPECT_TRUE(text.contains(QStringLiteral("lies inside the calibrated band around the threshold")));
    EXPECT_TRUE(text.contains(QStringLiteral("too close to the threshold")));
}

TEST(CxrReport, LargeResidualIsFlagged)
{
    QTemporaryDir dir;
    CxrReportInput input = fullInput(cxrCatalog(dir));
    input.review->residual = 0.02;
    const QString path = dir.filePath(QStringLiteral("residual.pdf"));
    ASSERT_TRUE(writeCxrReportPdf(path, input).ok());
    const QString text = pdfText(path);
    SKIP_WITHOUT_PDFTOTEXT(text);
    EXPECT_TRUE(collapsed(text).contains(QStringLiteral("the residual exceeds")));
}

TEST(CxrReport, LongNotesAndAuditFlowOntoFurtherPages)
{
    QTemporaryDir dir;
    const Catalog catalog = cxrCatalog(dir);
    CxrReportInput input = fullInput(catalog);
    const QString shortPath = dir.filePath(QStringLiteral("short.pdf"));
    ASSERT_TRUE(writeCxrReportPdf(shortPath, input).ok());
    QStringList paragraphs;
    for (int i = 0; i < 60; ++i)
        paragraphs << QStringLiteral("Note paragraph %1: the left costophrenic angle is blunted on this view and the "
                                     "lateral decubitus view shows free-flowing fluid; compare with the prior study.")
                          .arg(i);
    input.notes = paragraphs.join(QLatin1Char('\n'));
    input.integrity = QStringLiteral("audit chain intact: 31 entries");
    input.signer = QStringLiteral("Dr. A. Radiologist, key fingerprint 0123456789abcdef");
    for (int i = 0; i < 30; ++i)
        input.audit << auditEntry(i, "note",
                                  QStringLiteral("costophrenic_angle.blunted_left: unset \u2192 present %1").arg(i));
    input.audit << auditEntry(100, "lock", QStringLiteral("reading locked"), input.reader);
    const QString path = dir.filePath(QStringLiteral("cxr-report-long-notes.pdf"));
    ASSERT_TRUE(writeCxrReportPdf(path, input).ok());
    keep(path);
    const int pages = countPages(readFile(path));
    EXPECT_GE(pages, countPages(readFile(shortPath)) + 2);
    const QString raw = pdfText(path);
    SKIP_WITHOUT_PDFTOTEXT(raw);
    const QString text = collapsed(raw);
    int last = -1;
    for (int i = 0; i < 60; ++i) {
        const int at = int(text.indexOf(QStringLiteral("Note paragraph %1:").arg(i)));
        EXPECT_GT(at, last) << "paragraph " << i;
        last = at;
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Case integrity: audit chain intact: 31 entries")));
    EXPECT_TRUE(text.contains(QStringLiteral("Signature: Dr. A. Radiologist, key fingerprint")));
    EXPECT_TRUE(text.contains(QStringLiteral("Audit summary")));
    EXPECT_TRUE(text.contains(QStringLiteral("31 audit entries")));
    EXPECT_TRUE(text.contains(QStringLiteral("Appendix")));
    EXPECT_TRUE(text.contains(QStringLiteral("present 29")));
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(pdfText(path, page, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
}

TEST(CxrReport, RefusedWhileTheModelOutputIsHidden)
{
    QTemporaryDir dir;
    CxrReportInput input = fullInput(cxrCatalog(dir));
    input.modelOutputHidden = true;
    auto pdf = renderCxrReportPdf(input);
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.error().code(), ErrorCode::Usage);
    const QString path = dir.filePath(QStringLiteral("blind.pdf"));
    const Status written = writeCxrReportPdf(path, input);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code(), ErrorCode::Usage);
    EXPECT_TRUE(written.error().toString().startsWith(path + QStringLiteral(": blind review")))
        << written.error().toString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(CxrReport, NeverWrittenOverTheImageAStudyFileOrAProtectedPath)
{
    QTemporaryDir dir;
    CxrReportInput input = fullInput(cxrCatalog(dir));
    input.imagePath = dir.filePath(QStringLiteral("image.dcm"));
    input.review->imagePath = input.imagePath;
    const QString study = dir.filePath(QStringLiteral("lateral.dcm"));
    const QString other = dir.filePath(QStringLiteral("case.descry"));
    input.studyFiles = {{input.imagePath, sha256Hex("image")}, {study, sha256Hex("lateral")}};
    input.protectedPaths = {other};
    writeBytes(input.imagePath, "image bytes");
    writeBytes(study, "lateral bytes");
    writeBytes(other, "case file");
    ASSERT_TRUE(QFile::link(study, dir.filePath(QStringLiteral("alias.pdf"))));

    for (const QString& target : {input.imagePath, study, other, dir.filePath(QStringLiteral("alias.pdf"))}) {
        const Status st = writeCxrReportPdf(target, input);
        EXPECT_FALSE(st.ok()) << target.toStdString();
        if (!st.ok()) {
            EXPECT_TRUE(st.error().toString().contains(target)) << st.error().toString().toStdString();
        }
    }
    EXPECT_EQ(readFile(input.imagePath), QByteArray("image bytes"));
    EXPECT_EQ(readFile(study), QByteArray("lateral bytes"));
    EXPECT_EQ(readFile(other), QByteArray("case file"));

    // An earlier report is replaced; any other existing file is not.
    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(writeCxrReportPdf(report, input).ok());
    ASSERT_TRUE(writeCxrReportPdf(report, input).ok());
    EXPECT_TRUE(readFile(report).startsWith("%PDF-"));
    const QString document = dir.filePath(QStringLiteral("notes.txt"));
    writeBytes(document, "my notes");
    const Status notPdf = writeCxrReportPdf(document, input);
    ASSERT_FALSE(notPdf.ok());
    EXPECT_TRUE(notPdf.error().toString().contains(QStringLiteral("is not a PDF report")));
    EXPECT_EQ(readFile(document), QByteArray("my notes"));
}

TEST(CxrReport, FailedWriteNamesThePathAndKeepsTheExistingFile)
{
    QTemporaryDir dir;
    const CxrReportInput input = fullInput(cxrCatalog(dir));
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const Status failed = writeCxrReportPdf(missing, input);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().toString().contains(missing)) << failed.error().toString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
    // No room beside a 250-character name for the atomic writer's temporary name: the old file stays.
    const QString existing = dir.filePath(QString(246, QLatin1Char('r')) + QStringLiteral(".pdf"));
    writeBytes(existing, "%PDF- previous report");
    const Status replaced = writeCxrReportPdf(existing, input);
    if (replaced.ok())
        GTEST_SKIP() << "this platform wrote beside a 250-character name; cannot provoke a failed replacement";
    EXPECT_TRUE(replaced.error().toString().contains(existing));
    EXPECT_EQ(readFile(existing), QByteArray("%PDF- previous report"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(),
              1 + (QFileInfo::exists(dir.filePath(QStringLiteral("cxr-test.json"))) ? 1 : 0))
        << "no temporary file left behind";
}

TEST(CxrReport, LargeRadiographIsEmbeddedAtPrintResolution)
{
    QTemporaryDir dir;
    CxrReportInput input = fullInput(cxrCatalog(dir));
    // Detector-sized noise does not compress: at full resolution it alone would be about 10.8 MB.
    QImage noise(3000, 3600, QImage::Format_Grayscale8);
    quint32 state = 12345;
    for (int y = 0; y < noise.height(); ++y) {
        uchar* line = noise.scanLine(y);
        for (int x = 0; x < noise.width(); ++x) {
            state = state * 1664525u + 1013904223u;
            line[x] = uchar(state >> 24);
        }
    }
    input.displayed = noise;
    const QString path = dir.filePath(QStringLiteral("large.pdf"));
    ASSERT_TRUE(writeCxrReportPdf(path, input).ok());
    const qint64 size = QFileInfo(path).size();
    EXPECT_LT(size, 4 * 1024 * 1024) << size;
    EXPECT_GT(size, 200 * 1024) << "the image is still there at print resolution";
}

TEST(CxrReport, WithoutACatalogTheChecklistComesFromTheReview)
{
    QTemporaryDir dir;
    const Catalog catalog = cxrCatalog(dir);
    CxrReportInput input = fullInput(catalog);
    input.catalog = Catalog();
    const QString path = dir.filePath(QStringLiteral("no-catalog.pdf"));
    ASSERT_TRUE(writeCxrReportPdf(path, input).ok());
    const QString raw = pdfText(path);
    SKIP_WITHOUT_PDFTOTEXT(raw);
    const QString text = collapsed(raw);
    EXPECT_TRUE(text.contains(QStringLiteral("Meniscus sign: the model reads it as present, the radiologist as "
                                             "absent")));
    for (const Descriptor& d : catalog.descriptors())
        EXPECT_TRUE(text.contains(d.text)) << d.id.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("no checklist to show")));

    input.review.reset();
    const QString empty = dir.filePath(QStringLiteral("no-catalog-no-review.pdf"));
    ASSERT_TRUE(writeCxrReportPdf(empty, input).ok());
    EXPECT_TRUE(collapsed(pdfText(empty)).contains(QStringLiteral("no checklist to show")));
}

TEST(CxrReport, ARealReviewWithTheFakePackIsReportedWithItsOwnFigures)
{
    QTemporaryDir dir;
    auto pack = fakes::writeFakeCxrPack(dir.filePath(QStringLiteral("pack")));
    ASSERT_TRUE(pack) << pack.error().toString().toStdString();
    auto model = CxrModel::open(*pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    const QString image = dir.filePath(QStringLiteral("left.png"));
    ASSERT_TRUE(fakes::fakeChestRadiograph(QStringLiteral("left"), 2, 512, 512).save(image));
    auto review = CxrReview(std::make_shared<const CxrModel>(std::move(*model))).review(image);
    ASSERT_TRUE(review) << review.error().toString().toStdString();
    ASSERT_FALSE(review->presentIds.isEmpty());

    CxrReportInput input;
    input.review = *review;
    input.catalog = *Catalog::load(defaultCxrCatalogPath());
    input.imagePath = image;
    input.studyFiles = {{image, review->imageSha256}};
    const QString path = dir.filePath(QStringLiteral("cxr-report-fake-pack.pdf"));
    const Status written = writeCxrReportPdf(path, input);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    keep(path);
    const QString raw = pdfText(path);
    SKIP_WITHOUT_PDFTOTEXT(raw);
    const QString text = collapsed(raw);
    EXPECT_TRUE(text.contains(cxrDecisionText(review->decision).toUpper()));
    EXPECT_TRUE(text.contains(QStringLiteral("P(effusion) %1").arg(review->probability, 0, 'f', 3)));
    for (const QString& id : review->presentIds)
        EXPECT_TRUE(text.contains(input.catalog.descriptors()[input.catalog.indexOf(id)].text)) << id.toStdString();
    EXPECT_TRUE(text.contains(review->conversion)) << review->conversion.toStdString();
    EXPECT_TRUE(raw.contains(review->imageSha256));
    EXPECT_TRUE(raw.contains(review->packSha256));
    const QString margin = QString::number(std::abs(review->margin.margin), 'f', 6);
    EXPECT_TRUE(text.contains(margin)) << margin.toStdString();
}

TEST(CxrReport, OmittingANameThatIsAlsoAWordKeepsTheModelsExplanationWhole)
{
    QTemporaryDir dir;
    CxrReportInput input = fullInput(cxrCatalog(dir));
    input.identifiers.patientName = QStringLiteral("SMALL^MENISCUS");
    input.notes = QStringLiteral("Patient Small, seen today.");
    const QString path = dir.filePath(QStringLiteral("small.pdf"));
    ASSERT_TRUE(writeCxrReportPdf(path, input).ok());
    const QString raw = pdfText(path);
    SKIP_WITHOUT_PDFTOTEXT(raw);
    const QString text = collapsed(raw);
    EXPECT_TRUE(text.contains(QStringLiteral("Patient [omitted], seen today."))) << "free text is scrubbed";
    EXPECT_TRUE(text.contains(QStringLiteral("the effusion looks small"))) << "generated sentences are not";
    EXPECT_TRUE(text.contains(QStringLiteral("Small effusion"))) << "nor the catalog's descriptors";
}

// The chest-X-ray review on the fake pack: decision at the calibrated threshold, the indeterminate band, the exact
// margin decomposition against the head's own forward pass, what-if, explanations naming the planted side, and
// DICOM input through the display pipeline. Runs without ../shared.
#include "DicomFixtures.h"
#include "FakeCxrPack.h"

#include "core/cxr/pipeline/CxrReview.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace descry;

namespace {

class CxrReviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_review = reviewerFor(false);
        ASSERT_TRUE(m_review);
    }

    std::unique_ptr<CxrReview> reviewerFor(bool band)
    {
        const QString dir = m_dir.filePath(band ? QStringLiteral("band") : QStringLiteral("pack"));
        auto pack = fakes::writeFakeCxrPack(dir, QStringLiteral("cxr-fake"), band);
        EXPECT_TRUE(pack) << pack.error().toString().toStdString();
        if (!pack)
            return {};
        auto model = CxrModel::open(*pack);
        EXPECT_TRUE(model) << model.error().toString().toStdString();
        if (!model)
            return {};
        return std::make_unique<CxrReview>(std::make_shared<const CxrModel>(std::move(*model)));
    }

    QString radiograph(const QString& side, int seed = 0)
    {
        const QString path =
            m_dir.filePath(QStringLiteral("cxr_%1_%2.png").arg(side.isEmpty() ? "none" : side).arg(seed));
        EXPECT_TRUE(fakes::fakeChestRadiograph(side, seed).save(path));
        return path;
    }

    CxrReviewResult reviewOf(const QString& path, const CxrReviewOptions& options = {}, const CxrReview* with = nullptr)
    {
        auto r = (with ? with : m_review.get())->review(path, options);
        EXPECT_TRUE(r) << r.error().toString().toStdString();
        return r ? *r : CxrReviewResult{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CxrReview> m_review;
};

} // namespace

TEST_F(CxrReviewTest, ABandOnThePatientsLeftIsAnEffusionExplainedByTheLeftDescriptors)
{
    for (int seed : {0, 3, 8}) {
        const CxrReviewResult r = reviewOf(radiograph(QStringLiteral("left"), seed));
        EXPECT_EQ(r.decision, CxrDecision::Effusion) << "seed " << seed << " P " << r.probability;
        EXPECT_GT(r.probability, 0.5);
        EXPECT_TRUE(r.presentIds.contains(QStringLiteral("basal_opacity.left")))
            << r.presentIds.join(' ').toStdString();
        EXPECT_TRUE(r.presentIds.contains(QStringLiteral("costophrenic_angle.blunted_left")));
        for (const QString& id : r.presentIds)
            EXPECT_FALSE(id.contains(QStringLiteral("right"))) << id.toStdString();
        EXPECT_TRUE(r.sentences.join(' ').contains(QStringLiteral("patient's left")))
            << r.sentences.join('\n').toStdString();
        EXPECT_TRUE(r.sentences.join(' ').contains(QStringLiteral("Opacity at the left base")));
    }
}

TEST_F(CxrReviewTest, ABandOnThePatientsRightNamesTheRightSide)
{
    const CxrReviewResult r = reviewOf(radiograph(QStringLiteral("right"), 1));
    EXPECT_EQ(r.decision, CxrDecision::Effusion);
    EXPECT_TRUE(r.presentIds.contains(QStringLiteral("basal_opacity.right")));
    EXPECT_TRUE(r.presentIds.contains(QStringLiteral("costophrenic_angle.blunted_right")));
    EXPECT_TRUE(r.sentences.join(' ').contains(QStringLiteral("patient's right (the image's left)")));
    const CxrReviewResult both = reviewOf(radiograph(QStringLiteral("bilateral"), 2));
    EXPECT_EQ(both.decision, CxrDecision::Effusion);
    EXPECT_TRUE(both.presentIds.contains(QStringLiteral("basal_opacity.bilateral")));
}

TEST_F(CxrReviewTest, NoBandIsNoEffusionWithNothingPresent)
{
    const CxrReviewResult r = reviewOf(radiograph(QString(), 4));
    EXPECT_EQ(r.decision, CxrDecision::NoEffusion) << r.probability;
    EXPECT_LT(r.probability, 0.5);
    EXPECT_TRUE(r.presentIds.isEmpty()) << r.presentIds.join(' ').toStdString();
    ASSERT_FALSE(r.sentences.isEmpty());
    EXPECT_TRUE(r.sentences.first().startsWith(QStringLiteral("No pleural effusion")));
    EXPECT_TRUE(r.decisionReason.contains(QStringLiteral("generated radiographs"))) << r.decisionReason.toStdString();
}

TEST_F(CxrReviewTest, TheDecompositionAddsUpToTheHeadsOwnMargin)
{
    const CxrReviewResult r = reviewOf(radiograph(QStringLiteral("left")));
    double sum = 0;
    for (double c : r.margin.contributions)
        sum += c;
    // The head's forward pass again, independently of the review: its logits give the same margin.
    const CxrModel& model = m_review->model();
    std::vector<float> embedding;
    auto e = model.embed(r.input);
    ASSERT_TRUE(e);
    auto out = model.concepts(*e);
    ASSERT_TRUE(out);
    const double own = double(out->e[1]) - double(out->e[0]);
    EXPECT_NEAR(own, r.headMargin, 1e-9);
    EXPECT_NEAR(sum + r.margin.biasTerm, own, 1e-5);
    EXPECT_LE(std::abs(r.residual), kCxrResidualTolerance);
    EXPECT_NEAR(r.margin.biasTerm, -0.3, 1e-6) << "the fake head's b = (0.3, 0)";
    EXPECT_NEAR(r.probability, 1.0 / (1.0 + std::exp(-own)), 1e-12);
    // Group shares add up to the same total, and every group's share is the sum of its descriptors'.
    double groups = 0;
    for (const CxrGroupResult& g : r.groups) {
        double inner = 0;
        for (const CxrDescriptorScore& d : g.descriptors)
            inner += d.contribution;
        EXPECT_NEAR(inner, g.contribution, 1e-12);
        groups += g.contribution;
    }
    EXPECT_NEAR(groups, sum, 1e-9);
    for (int i = 1; i < r.groups.size(); ++i)
        EXPECT_GE(std::abs(r.groups[i - 1].contribution), std::abs(r.groups[i].contribution));
}

TEST_F(CxrReviewTest, WhatIfRemovesExactlyTheSwitchedOffShares)
{
    const CxrReviewResult r = reviewOf(radiograph(QStringLiteral("left")));
    const size_t n = r.margin.contributions.size();
    auto none = CxrReview::marginWithout(r, std::vector<bool>(n, false));
    ASSERT_TRUE(none);
    EXPECT_DOUBLE_EQ(none->margin, none->biasTerm);
    EXPECT_NEAR(none->margin, r.margin.biasTerm, 1e-12);
    auto all = CxrReview::marginWithout(r, std::vector<bool>(n, true));
    ASSERT_TRUE(all);
    EXPECT_NEAR(all->margin, r.margin.margin, 1e-12);
    const int k = m_review->model().catalog().indexOf(QStringLiteral("basal_opacity.left"));
    ASSERT_GE(k, 0);
    std::vector<bool> keep(n, true);
    keep[size_t(k)] = false;
    auto without = CxrReview::marginWithout(r, keep);
    ASSERT_TRUE(without);
    EXPECT_NEAR(r.margin.margin - without->margin, r.margin.contributions[size_t(k)], 1e-12);
    EXPECT_GT(r.margin.contributions[size_t(k)], 0.5) << "the planted side's share is large";
    EXPECT_DOUBLE_EQ(without->contributions[size_t(k)], 0.0);
    auto bad = CxrReview::marginWithout(r, std::vector<bool>(n + 1, true));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code(), ErrorCode::Usage);
}

TEST_F(CxrReviewTest, InsideTheCalibratedBandThePackDeclinesToDecide)
{
    auto banded = reviewerFor(true);
    ASSERT_TRUE(banded);
    ASSERT_TRUE(banded->model().calibration().hasBand);
    const CxrReviewResult left = reviewOf(radiograph(QStringLiteral("left")), {}, banded.get());
    ASSERT_GE(left.probability, left.bandLow);
    ASSERT_LE(left.probability, left.bandHigh);
    EXPECT_EQ(left.decision, CxrDecision::Indeterminate);
    EXPECT_TRUE(left.decisionReason.contains(QStringLiteral("indeterminate band")))
        << left.decisionReason.toStdString();
    EXPECT_FALSE(left.presentIds.isEmpty()) << "descriptors are still reported";
    const CxrReviewResult none = reviewOf(radiograph(QString()), {}, banded.get());
    EXPECT_EQ(none.decision, CxrDecision::NoEffusion) << none.probability;
}

TEST_F(CxrReviewTest, An8BitRasterIsShownAsStored)
{
    const QString path = radiograph(QStringLiteral("left"));
    const CxrReviewResult r = reviewOf(path);
    EXPECT_EQ(r.windowText, QStringLiteral("8-bit raster, no window"));
    const QImage original(path);
    ASSERT_EQ(r.displayed.size(), original.size());
    const QImage grey = original.convertToFormat(QImage::Format_Grayscale8);
    const QImage shown = r.displayed.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); y += 7)
        for (int x = 0; x < grey.width(); x += 5)
            ASSERT_EQ(shown.constScanLine(y)[x], grey.constScanLine(y)[x]) << x << "," << y;
    EXPECT_TRUE(r.conversion.contains(QStringLiteral("8-bit raster, no window")));
    EXPECT_TRUE(r.conversion.contains(QStringLiteral("32 px")));
    EXPECT_EQ(r.input.size(), QSize(32, 32));
    CxrReviewOptions custom;
    custom.display.windowCenter = 100.0;
    custom.display.windowWidth = 120.0;
    EXPECT_EQ(reviewOf(path, custom).windowText, QStringLiteral("C 100 W 120 (custom)"));
}

TEST_F(CxrReviewTest, ADicomRadiographGoesThroughTheDisplayPipeline)
{
    const QImage grey = fakes::fakeChestRadiograph(QStringLiteral("left"), 5);
    fixtures::DicomSpec spec;
    spec.rows = grey.height();
    spec.columns = grey.width();
    spec.bitsStored = 12;
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x)
            spec.pixels.push_back(qint32(grey.constScanLine(y)[x]) * 16 + 8);
    spec.attributes = {{"0028,1050", "2048"}, {"0028,1051", "4096"}, {"0018,5101", "PA"}};
    const QString path = m_dir.filePath(QStringLiteral("left.dcm"));
    QString error;
    ASSERT_TRUE(fixtures::writeDicom(path, spec, &error)) << error.toStdString();
    const CxrReviewResult r = reviewOf(path);
    EXPECT_EQ(r.windowText, QStringLiteral("C 2048 W 4096 (preset 1)"));
    EXPECT_TRUE(r.conversion.startsWith(QStringLiteral("display C 2048 W 4096 (preset 1)")))
        << r.conversion.toStdString();
    EXPECT_EQ(r.decision, CxrDecision::Effusion);
    EXPECT_TRUE(r.presentIds.contains(QStringLiteral("basal_opacity.left")));
    EXPECT_EQ(r.imageSha256.size(), 64);
    // The display maps 16 g + 8 back to g (or g − 1): the encoder sees the radiograph, not the stored values.
    const QImage shown = r.displayed.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); y += 9)
        for (int x = 0; x < grey.width(); x += 7)
            ASSERT_LE(std::abs(int(shown.constScanLine(y)[x]) - int(grey.constScanLine(y)[x])), 1);
    // A reader's window changes what the encoder sees, and the result says so.
    CxrReviewOptions narrow;
    narrow.display.windowCenter = 1000.0;
    narrow.display.windowWidth = 500.0;
    EXPECT_EQ(reviewOf(path, narrow).windowText, QStringLiteral("C 1000 W 500 (custom)"));
    CxrReviewOptions frame2;
    frame2.frame = 1;
    auto beyond = m_review->review(path, frame2);
    ASSERT_FALSE(beyond);
    EXPECT_EQ(beyond.error().code(), ErrorCode::Usage);
}

TEST_F(CxrReviewTest, ACorruptFileIsAnInputError)
{
    const QString path = m_dir.filePath(QStringLiteral("broken.dcm"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(128, '\0') + "DICM" + QByteArray(40, '\x7f'));
    f.close();
    auto r = m_review->review(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code(), ErrorCode::Input);
    EXPECT_TRUE(r.error().toString().contains(QStringLiteral("broken.dcm")));
}

TEST_F(CxrReviewTest, TheJsonCarriesEveryNumber)
{
    const CxrReviewResult r = reviewOf(radiograph(QStringLiteral("left")));
    const QJsonObject o = r.toJson();
    EXPECT_DOUBLE_EQ(o.value("probability").toDouble(), r.probability);
    EXPECT_EQ(o.value("decision").toString(), QStringLiteral("effusion"));
    EXPECT_DOUBLE_EQ(o.value("threshold").toDouble(), 0.5);
    EXPECT_TRUE(o.value("indeterminate").isNull());
    const QJsonObject d = o.value("decomposition").toObject();
    for (const char* key :
         {"logit_no_effusion", "logit_effusion", "margin", "head_margin", "sum_contributions", "bias_term", "residual"})
        EXPECT_TRUE(d.value(QLatin1String(key)).isDouble()) << key;
    EXPECT_NEAR(d.value("sum_contributions").toDouble() + d.value("bias_term").toDouble(),
                d.value("head_margin").toDouble(), 1e-5);
    EXPECT_EQ(d.value("contributions").toArray().size(), int(r.margin.contributions.size()));
    EXPECT_EQ(o.value("scores").toArray().size(), int(r.Ssm.size()));
    EXPECT_EQ(o.value("scores_raw").toArray().size(), int(r.S.size()));
    EXPECT_EQ(o.value("groups").toArray().size(), r.groups.size());
    const QJsonObject g0 = o.value("groups").toArray().first().toObject();
    EXPECT_TRUE(g0.value("contribution").isDouble());
    EXPECT_TRUE(g0.value("descriptors").toArray().first().toObject().value("score").isDouble());
    EXPECT_EQ(o.value("present").toArray().size(), r.presentIds.size());
    EXPECT_EQ(o.value("sentences").toArray().size(), r.sentences.size());
    EXPECT_EQ(o.value("pack").toObject().value("sha256").toString().size(), 64);
    EXPECT_EQ(o.value("catalog").toObject().value("sha256").toString().size(), 64);
    EXPECT_EQ(o.value("image").toObject().value("sha256").toString().size(), 64);
    EXPECT_EQ(o.value("image").toObject().value("window").toString(), r.windowText);
    EXPECT_EQ(o.value("image").toObject().value("conversion").toString(), r.conversion);
}

// Regression: every sided sentence doubled its side ("Effusions on both sides, on both sides: ...") and a "No
// pleural effusion" review still placed "the finding" on a side. The exact sentences for left, right and none.
TEST_F(CxrReviewTest, ExplanationSentencesNameEachSideOnceAndOnlyForAFinding)
{
    for (const QString& side : {QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("bilateral")}) {
        const CxrReviewResult r = reviewOf(radiograph(side, 1));
        ASSERT_EQ(r.decision, CxrDecision::Effusion) << side.toStdString();
        for (const QString& s : r.sentences) {
            EXPECT_FALSE(s.contains(QStringLiteral("sides, on both sides"))) << s.toStdString();
            EXPECT_FALSE(s.contains(QStringLiteral(", on the patient's"))) << s.toStdString();
        }
        const QString where =
            side == QStringLiteral("left")    ? QStringLiteral("on the patient's left (the image's right)")
            : side == QStringLiteral("right") ? QStringLiteral("on the patient's right (the image's left)")
                                              : QStringLiteral("on both sides");
        if (side != QStringLiteral("bilateral")) {
            EXPECT_EQ(r.sentences.last(),
                      QStringLiteral("The descriptors judged present place the finding %1.").arg(where))
                << r.sentences.join('\n').toStdString();
        }
        const QString base = side == QStringLiteral("left")    ? QStringLiteral("Opacity at the left base")
                             : side == QStringLiteral("right") ? QStringLiteral("Opacity at the right base")
                                                               : QStringLiteral("Opacity at both bases");
        EXPECT_TRUE(r.sentences.join('\n').contains(base + QStringLiteral(": counts toward effusion (+")))
            << r.sentences.join('\n').toStdString();
    }
    const CxrReviewResult none = reviewOf(radiograph(QString(), 4));
    ASSERT_EQ(none.decision, CxrDecision::NoEffusion);
    for (const QString& s : none.sentences)
        EXPECT_FALSE(s.contains(QStringLiteral("place the finding"))) << s.toStdString();
}

// Regression (issue 12 hostile test): XA, NM and colour images were reviewed as chest radiographs without a word.
TEST_F(CxrReviewTest, AnImageThatIsNotAChestRadiographIsReviewedWithAWarning)
{
    fixtures::DicomSpec spec;
    spec.rows = spec.columns = 96;
    spec.modality = QStringLiteral("XA");
    spec.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.12.1"); // X-Ray Angiographic Image Storage
    const QString xa = m_dir.filePath(QStringLiteral("angio.dcm"));
    QString error;
    ASSERT_TRUE(fixtures::writeDicom(xa, spec, &error)) << error.toStdString();
    const CxrReviewResult r = reviewOf(xa);
    ASSERT_EQ(r.warnings.size(), 1) << r.warnings.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(r.warnings.front().contains(QStringLiteral("XA"))) << r.warnings.front().toStdString();
    EXPECT_TRUE(
        r.toJson().value(QStringLiteral("warnings")).toArray().first().toString().contains(QStringLiteral("XA")));

    spec.modality = QStringLiteral("CR");
    spec.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.1");
    const QString cr = m_dir.filePath(QStringLiteral("chest.dcm"));
    ASSERT_TRUE(fixtures::writeDicom(cr, spec, &error)) << error.toStdString();
    EXPECT_TRUE(reviewOf(cr).warnings.isEmpty());
}

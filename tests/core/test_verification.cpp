// Verification protocol (10-fold accuracy, AUC, TAR@FAR) and classification metrics on hand-checked cases; the
// verify-pairs core (pairs lists, de-duplication, progress, failure reasons) on generated lists and fake encoders.
#include "TimeBudget.h"
#include "FakeEncoders.h"

#include "core/common/WholeFile.h"
#include "core/eval/ClassificationMetrics.h"
#include "core/eval/Similarity.h"
#include "core/eval/Verification.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/PairVerification.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <memory>

using namespace descry;

TEST(Verification, PerfectlySeparable)
{
    // 10 genuine pairs 0.60..0.96, 10 impostor pairs 0.05..0.50: every fold gets one of each and is right.
    std::vector<double> scores;
    std::vector<int> same;
    for (int i = 0; i < 10; ++i) {
        scores.push_back(0.60 + 0.04 * i);
        same.push_back(1);
        scores.push_back(0.05 + 0.05 * i);
        same.push_back(0);
    }
    const auto r = evaluateVerification(scores, same);
    EXPECT_TRUE(r.problem.empty()) << r.problem;
    EXPECT_EQ(r.pairs, 20);
    EXPECT_DOUBLE_EQ(r.accuracy, 1.0);
    EXPECT_DOUBLE_EQ(r.accuracyStd, 0.0);
    EXPECT_DOUBLE_EQ(r.auc, 1.0);
    EXPECT_NEAR(r.threshold, 0.55, 1e-12); // midpoint of the highest impostor 0.50 and the lowest genuine 0.60
    ASSERT_EQ(r.foldAccuracies.size(), 10u);
    for (double far : {0.1, 0.01, 0.001})
        EXPECT_DOUBLE_EQ(r.tarAtFar.at(far), 1.0);
}

TEST(Verification, TenFoldWithOneOutlier)
{
    // Pair k of each kind in fold k: genuine 0.60 + 0.02k, impostor 0.10 + 0.02k, except impostor 3 = 0.90.
    // Folds j ≠ 3 train with the outlier: best is to sacrifice it (17/18), threshold between the highest regular
    // impostor and the lowest genuine → held-out fold all right (1.0). Fold 3 trains without it (threshold 0.44)
    // and misses the outlier → 0.5. Mean (9·1 + 0.5)/10 = 0.95; population std √((9·0.05² + 0.45²)/10) = 0.15.
    // All pairs: threshold (0.28 + 0.60)/2 = 0.44; AUC: the outlier beats all 10 genuine pairs → 1 − 10/100 = 0.9.
    std::vector<double> scores;
    std::vector<int> same, fold;
    for (int k = 0; k < 10; ++k) {
        scores.push_back(0.60 + 0.02 * k);
        same.push_back(1);
        fold.push_back(k);
        scores.push_back(k == 3 ? 0.90 : 0.10 + 0.02 * k);
        same.push_back(0);
        fold.push_back(k);
    }
    const auto r = evaluateVerification(scores, same, fold);
    EXPECT_TRUE(r.problem.empty()) << r.problem;
    EXPECT_NEAR(r.accuracy, 0.95, 1e-12);
    EXPECT_NEAR(r.accuracyStd, 0.15, 1e-12);
    EXPECT_NEAR(r.foldAccuracies[3], 0.5, 1e-12);
    EXPECT_NEAR(r.foldAccuracies[0], 1.0, 1e-12);
    EXPECT_NEAR(r.foldThresholds[0], (0.28 + 0.62) / 2, 1e-12); // fold 0's pairs (0.60, 0.10) held out
    EXPECT_NEAR(r.foldThresholds[3], 0.44, 1e-12);
    EXPECT_NEAR(r.foldThresholds[9], (0.26 + 0.60) / 2, 1e-12);
    EXPECT_NEAR(r.threshold, 0.44, 1e-12);
    EXPECT_NEAR(r.auc, 0.9, 1e-12);
}

TEST(Verification, AucCountsTiesAsHalf)
{
    // genuine {0.9, 0.5, 0.5}, impostor {0.5, 0.3}: pairs (0.9,0.5)=1 (0.9,0.3)=1 (0.5,0.5)=½ (0.5,0.3)=1, twice for
    // the two genuine 0.5 → (1 + 1 + ½ + 1 + ½ + 1)/6 = 5/6.
    EXPECT_NEAR(rocAuc({0.9, 0.5, 0.5, 0.5, 0.3}, {1, 1, 1, 0, 0}), 5.0 / 6.0, 1e-12);
    // All tied: ½.
    EXPECT_NEAR(rocAuc({0.2, 0.2, 0.2}, {1, 0, 1}), 0.5, 1e-12);
    EXPECT_TRUE(std::isnan(rocAuc({0.2, 0.3}, {1, 1})));
}

TEST(Verification, TarAtFarByHand)
{
    // Impostors 0.0, 0.1, ..., 0.9 (10); genuine 0.95, 0.85, 0.75, 0.65, 0.55.
    // FAR 0.1: k = floor(0.1·10) = 1 → t just above the 2nd highest impostor 0.8 → genuine above: 0.95, 0.85 → 2/5.
    // FAR 0.01: k = 0 → t just above 0.9 → 0.95 only → 1/5.
    // FAR 0.3: k = 3 → t just above 0.6 → 4/5 (achieved FAR: 0.7, 0.8, 0.9 → 3/10 ≤ 0.3).
    // FAR 0.29: k = floor(2.9) = 2 → t just above 0.7 → 3/5.
    // FAR 1: every pair accepted → 5/5.
    const std::vector<double> scores = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.85, 0.75, 0.65, 0.55};
    const std::vector<int> same = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
    const auto r = evaluateVerification(scores, same, {}, {0.1, 0.01, 0.3, 0.29, 1.0});
    EXPECT_DOUBLE_EQ(r.tarAtFar.at(0.1), 0.4);
    EXPECT_DOUBLE_EQ(r.tarAtFar.at(0.01), 0.2);
    EXPECT_DOUBLE_EQ(r.tarAtFar.at(0.3), 0.8);
    EXPECT_DOUBLE_EQ(r.tarAtFar.at(0.29), 0.6);
    EXPECT_DOUBLE_EQ(r.tarAtFar.at(1.0), 1.0);
    EXPECT_GT(r.thresholdAtFar.at(0.1), 0.8);
    EXPECT_LT(r.thresholdAtFar.at(0.1), 0.8 + 1e-12);
}

TEST(Verification, TiedImpostorsAtTheBoundaryAreAllExcluded)
{
    // Impostors {0.9, 0.7, 0.7, 0.1}, FAR 0.25: k = 1, the 2nd highest is 0.7, tied with the 3rd: t just above 0.7
    // (achieved FAR 1/4). Genuine {0.8, 0.7}: only 0.8 accepted → 1/2.
    const auto r = evaluateVerification({0.9, 0.7, 0.7, 0.1, 0.8, 0.7}, {0, 0, 0, 0, 1, 1}, {}, {0.25});
    EXPECT_DOUBLE_EQ(r.tarAtFar.at(0.25), 0.5);
}

TEST(Verification, FoldAssignmentIsDeterministicAndStratified)
{
    // LFW-style: 10 blocks of 3 genuine then 3 impostor pairs → block k becomes fold k.
    std::vector<int> same;
    for (int block = 0; block < 10; ++block)
        for (int i = 0; i < 6; ++i)
            same.push_back(i < 3 ? 1 : 0);
    const auto folds = assignFolds(same);
    EXPECT_EQ(folds, assignFolds(same));
    for (size_t i = 0; i < same.size(); ++i)
        EXPECT_EQ(folds[i], static_cast<int>(i / 6)) << i;

    // Unbalanced, interleaved: 25 genuine and 15 impostor pairs; fold sizes differ by at most one per kind.
    std::vector<int> mixed;
    for (int i = 0; i < 40; ++i)
        mixed.push_back(i % 8 < 5 ? 1 : 0);
    const auto f = assignFolds(mixed);
    std::vector<int> pos(10, 0), neg(10, 0);
    for (size_t i = 0; i < mixed.size(); ++i)
        (mixed[i] ? pos : neg)[f[i]]++;
    for (int k = 0; k < 10; ++k) {
        EXPECT_TRUE(pos[k] == 2 || pos[k] == 3) << k;
        EXPECT_TRUE(neg[k] == 1 || neg[k] == 2) << k;
    }
    // Evaluating with empty folds equals evaluating with the assigned ones.
    std::vector<double> scores;
    for (size_t i = 0; i < mixed.size(); ++i)
        scores.push_back(std::sin(static_cast<double>(i)) + mixed[i]);
    EXPECT_EQ(evaluateVerification(scores, mixed).foldAccuracies,
              evaluateVerification(scores, mixed, f).foldAccuracies);
}

TEST(Verification, BestThresholdCandidates)
{
    // Sorted: 0.1(−) 0.3(+) 0.5(−) 0.9(+). Candidates 0.1 (2/4), 0.2 (3/4), 0.4 (2/4), 0.7 (3/4), >0.9 (2/4):
    // the first best, 0.2, wins.
    EXPECT_NEAR(bestThreshold({0.1, 0.3, 0.5, 0.9}, {0, 1, 0, 1}), 0.2, 1e-12);
    // All genuine: the lowest score accepts everything.
    EXPECT_DOUBLE_EQ(bestThreshold({0.4, 0.2}, {1, 1}), 0.2);
    // All impostors: just above the highest score.
    EXPECT_GT(bestThreshold({0.4, 0.2}, {0, 0}), 0.4);
}

TEST(Verification, ReportsBadInput)
{
    EXPECT_FALSE(evaluateVerification({0.1, 0.2}, {1}).problem.empty());
    EXPECT_FALSE(evaluateVerification({0.1, 0.2}, {1, 0}, {0, 10}).problem.empty());
    EXPECT_FALSE(evaluateVerification({0.1, NAN}, {1, 0}).problem.empty());
    EXPECT_FALSE(evaluateVerification({0.1, 0.2}, {1, 2}).problem.empty());
}

TEST(ClassificationMetrics, HandCase)
{
    // p = {0.9, 0.8, 0.4 | 0.3, 0.6, 0.2}, labels {1, 1, 1 | 0, 0, 0}, threshold 0.5:
    // tp 2 (0.9, 0.8), fn 1 (0.4), fp 1 (0.6), tn 2 → accuracy 4/6, precision 2/3, recall 2/3, F1 2/3.
    // AUC: 0.9 and 0.8 beat all three negatives, 0.4 beats 0.3 and 0.2 → 8/9.
    const auto r = evaluateClassification({0.9, 0.8, 0.4, 0.3, 0.6, 0.2}, {1, 1, 1, 0, 0, 0});
    EXPECT_TRUE(r.problem.empty());
    EXPECT_EQ(r.tp, 2);
    EXPECT_EQ(r.fn, 1);
    EXPECT_EQ(r.fp, 1);
    EXPECT_EQ(r.tn, 2);
    EXPECT_NEAR(r.accuracy, 4.0 / 6.0, 1e-12);
    EXPECT_NEAR(r.precision, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(r.recall, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(r.f1, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(r.auc, 8.0 / 9.0, 1e-12);

    // Nothing predicted positive: precision and F1 are 0, not NaN.
    const auto none = evaluateClassification({0.1, 0.2}, {1, 0});
    EXPECT_EQ(none.precision, 0.0);
    EXPECT_EQ(none.f1, 0.0);
    EXPECT_FALSE(evaluateClassification({0.1}, {3}).problem.empty());
}

namespace {

QString writeText(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    return path;
}

} // namespace

TEST(PairsList, CommentLinesBeforeAndAfterTheHeaderAreSkipped)
{
    QTemporaryDir dir;
    const QString csv = writeText(dir, QStringLiteral("pairs.csv"),
                                  "# LFW-style pairs, generated\n"
                                  "\n"
                                  "path1,path2,same\n"
                                  "# fold 1\n"
                                  "a.jpg, b.jpg ,1\n"
                                  "c.jpg,d.jpg,0\r\n");
    auto rows = readPairsCsv(csv);
    ASSERT_TRUE(rows) << rows.error().toString().toStdString();
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).a, dir.filePath(QStringLiteral("a.jpg")));
    EXPECT_EQ(rows->at(0).b, dir.filePath(QStringLiteral("b.jpg")));
    EXPECT_EQ(rows->at(0).same, 1);
    EXPECT_EQ(rows->at(0).line, 5);
    EXPECT_EQ(rows->at(1).same, 0);
    EXPECT_EQ(rows->at(1).line, 6);

    // Only the first content line may be a header; a later bad label is named by its line.
    const QString bad = writeText(dir, QStringLiteral("bad.csv"), "# c\npath1,path2,same\na,b,1\nc,d,yes\n");
    auto r = readPairsCsv(bad);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code(), ErrorCode::Input);
    EXPECT_EQ(r.error().toString(), bad + QStringLiteral(": line 4: 'same' must be 0 or 1"));
    const QString columns = writeText(dir, QStringLiteral("cols.csv"), "a,b,1\na,b\n");
    EXPECT_EQ(readPairsCsv(columns).error().toString(),
              columns + QStringLiteral(": line 2: expected 'path1,path2,same'"));
}

TEST(PairsList, HundredThousandDistinctRowsParseAndDeduplicateInUnderTwoSeconds)
{
    QTemporaryDir dir;
    constexpr int kRows = 100'000;
    QByteArray text = "path1,path2,same\n";
    text.reserve(kRows * 40);
    for (int i = 0; i < kRows; ++i)
        text += QByteArray("people/p") + QByteArray::number(i) + "_1.jpg,people/p" + QByteArray::number(i) + "_2.jpg," +
                (i % 2 ? "1" : "0") + "\n";
    const QString csv = writeText(dir, QStringLiteral("big.csv"), text);
    QElapsedTimer t;
    t.start();
    auto rows = readPairsCsv(csv);
    ASSERT_TRUE(rows) << rows.error().toString().toStdString();
    const QStringList images = distinctImages(*rows);
    const qint64 ms = t.elapsed();
    EXPECT_EQ(rows->size(), kRows);
    EXPECT_EQ(images.size(), 2 * kRows);
    EXPECT_EQ(images.front(), dir.filePath(QStringLiteral("people/p0_1.jpg")));
    EXPECT_LT(ms, timeBudget(2000));
    std::printf("[ timing  ] %d rows parsed and %lld distinct images found in %lld ms\n", kRows, qint64(images.size()),
                ms);
    // Repeated paths are kept once, in first-seen order.
    const QList<PairRow> repeated{{QStringLiteral("x"), QStringLiteral("y"), 1},
                                  {QStringLiteral("y"), QStringLiteral("z"), 0},
                                  {QStringLiteral("x"), QStringLiteral("z"), 0}};
    EXPECT_EQ(distinctImages(repeated), (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
}

TEST(PairsList, OversizedListIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("huge.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(kMaxListFileBytes + 1)); // sparse: no disk space used
    f.close();
    auto r = readPairsCsv(csv);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code(), ErrorCode::Input);
    EXPECT_EQ(r.error().toString(), csv + QStringLiteral(": file is 256000001 bytes, more than the 256 MB limit"));
    auto folder = readPairsCsv(dir.path());
    ASSERT_FALSE(folder);
    EXPECT_TRUE(folder.error().message().contains(QStringLiteral("folder")));
}

namespace {

class FakePairs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("pack")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        auto model = FaceModel::open(*pack);
        ASSERT_TRUE(model) << model.error().toString().toStdString();
        m_model = std::make_unique<FaceModel>(std::move(*model));
    }

    QString photo(int identity, int variant)
    {
        const QString p = m_dir.filePath(QStringLiteral("id%1_v%2.png").arg(identity).arg(variant));
        EXPECT_TRUE(fakes::writeFakeFacePhoto(p, identity, variant));
        return p;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FaceModel> m_model;
};

} // namespace

TEST_F(FakePairs, ProgressCoversEveryDistinctImageOnce)
{
    QList<PairRow> rows;
    for (int id = 0; id < 4; ++id) {
        rows << PairRow{photo(id, 0), photo(id, 1), 1};
        rows << PairRow{photo(id, 0), photo((id + 1) % 4, 0), 0};
    }
    std::vector<double> fractions;
    QStringList texts;
    Progress progress;
    progress.report = [&](double f, const QString& what) {
        fractions.push_back(f);
        texts << what;
        return true;
    };
    auto report = verifyPairs(*m_model, rows, PairVerificationOptions{}, progress);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->images, 8);
    EXPECT_EQ(report->pairs, 8);
    ASSERT_EQ(fractions.size(), 9u) << "one step per distinct image, then done";
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    EXPECT_DOUBLE_EQ(fractions.back(), 1.0);
    EXPECT_EQ(texts.front(), QStringLiteral("image 1 of 8"));
    EXPECT_TRUE(std::isfinite(report->explainable.accuracy));

    // The counting form reports (done, distinct images), ending at the total.
    std::vector<std::pair<int, int>> counts;
    auto counted = verifyPairs(*m_model, rows, false, [&](int done, int total) { counts.emplace_back(done, total); });
    ASSERT_TRUE(counted);
    ASSERT_FALSE(counts.empty());
    EXPECT_EQ(counts.front(), std::make_pair(0, 8));
    EXPECT_EQ(counts.back(), std::make_pair(8, 8));

    // Cancelling stops between images.
    std::atomic<bool> cancel{true};
    Progress cancelled;
    cancelled.cancel = &cancel;
    auto stopped = verifyPairs(*m_model, rows, PairVerificationOptions{}, cancelled);
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().code(), ErrorCode::Cancelled);
}

TEST_F(FakePairs, NoScorablePairIsAnInputErrorListingTheReasonsWithCounts)
{
    const QString notAnImage = m_dir.filePath(QStringLiteral("notes.png"));
    {
        QFile f(notAnImage);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not pixels");
    }
    QList<PairRow> rows;
    for (int i = 0; i < 5; ++i)
        rows << PairRow{m_dir.filePath(QStringLiteral("missing%1.jpg").arg(i)), photo(i, 0), i % 2, i + 2};
    rows << PairRow{notAnImage, photo(0, 0), 0, 9};
    auto report = verifyPairs(*m_model, rows, PairVerificationOptions{});
    ASSERT_FALSE(report) << "no NaN figures when nothing could be scored";
    EXPECT_EQ(report.error().code(), ErrorCode::Input);
    const QString message = report.error().message();
    EXPECT_FALSE(message.contains(QLatin1Char('\n')));
    EXPECT_TRUE(
        message.startsWith(QStringLiteral("no pair could be scored: file not found (pairs: 5); not an image file")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("(pairs: 1)"))) << message.toStdString();
}

TEST_F(FakePairs, FailedPairsKeepTheirFileAndReason)
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.jpg"));
    const QList<PairRow> rows{
        {photo(1, 0), photo(1, 1), 1, 2}, {photo(1, 0), photo(2, 0), 0, 3}, {photo(2, 0), missing, 1, 4}};
    auto report = verifyPairs(*m_model, rows, PairVerificationOptions{});
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->pairs, 2);
    ASSERT_EQ(report->failed.size(), 1);
    const QJsonObject f = report->failed.at(0).toObject();
    EXPECT_EQ(f.value(QStringLiteral("file")).toString(), missing);
    EXPECT_EQ(f.value(QStringLiteral("reason")).toString(), QStringLiteral("file not found"));
    EXPECT_EQ(f.value(QStringLiteral("line")).toInt(), 4);
    EXPECT_EQ(f.value(QStringLiteral("pair")).toInt(), 2);
    const auto reasons = report->failureReasons();
    ASSERT_EQ(reasons.size(), 1);
    EXPECT_EQ(reasons.front(), qMakePair(QStringLiteral("file not found"), 1));
    EXPECT_EQ(report->toJson().value(QStringLiteral("images")).toInt(), 4);
}

TEST(Verification, JsonNamesTheProblemWhenAFigureIsMissing)
{
    const VerificationResult genuineOnly = evaluateVerification({0.9, 0.8, 0.7}, {1, 1, 1});
    const QJsonObject json = verificationToJson(genuineOnly);
    EXPECT_TRUE(json.value(QStringLiteral("problem")).toString().contains(QStringLiteral("impostor")));
    EXPECT_FALSE(verificationToJson(evaluateVerification({0.9, 0.1}, {1, 0})).contains(QStringLiteral("problem")));
}

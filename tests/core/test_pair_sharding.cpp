// verify-pairs beyond one thread and one machine: --workers gives bit-identical results, the SHA-256 cache analyses
// each distinct content once, and shards merged with mergePairShards give exactly the unsharded result (fake pack).
#include "FakeEncoders.h"

#include "core/common/Json.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/PairSharding.h"
#include "core/face/pipeline/PairVerification.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <cstring>
#include <memory>

using namespace descry;

namespace {

// The result a run reports, without what describes the run itself (timing, workers, shards).
QJsonObject resultOnly(QJsonObject o)
{
    o.remove(QStringLiteral("seconds_per_image"));
    o.remove(QStringLiteral("run"));
    return o;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

class PairSharding : public ::testing::Test
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

    QString photo(int identity, int variant, int w = 320, int h = 400)
    {
        const QString p = m_dir.filePath(QStringLiteral("id%1_v%2_%3.png").arg(identity).arg(variant).arg(w));
        if (!QFile::exists(p)) {
            EXPECT_TRUE(fakes::writeFakeFacePhoto(p, identity, variant, w, h));
        }
        return p;
    }

    // 8 identities: genuine and impostor pairs, one pair with a missing photo, one with a too small face.
    QList<PairRow> pairs()
    {
        QList<PairRow> rows;
        int line = 2;
        for (int id = 0; id < 8; ++id) {
            rows << PairRow{photo(id, 0), photo(id, 1), 1, line++};
            rows << PairRow{photo(id, 0), photo((id + 3) % 8, 1), 0, line++};
            rows << PairRow{photo(id, 2), photo(id, 1), 1, line++};
        }
        rows << PairRow{photo(1, 0), m_dir.filePath(QStringLiteral("missing.png")), 0, line++};
        rows << PairRow{photo(2, 0), photo(2, 0, 40, 50), 1, line++};
        return rows;
    }

    QString writeShard(const QList<PairRow>& rows, const PairShard& shard, const FaceModel& model,
                       const QString& pairsSha = QStringLiteral("ab12"))
    {
        const auto [first, end] = pairShardRange(rows.size(), shard);
        auto scoring = scorePairs(model, rows, first, end, PairVerificationOptions{});
        EXPECT_TRUE(scoring) << scoring.error().toString().toStdString();
        const PairShardSource source{QStringLiteral("pairs.csv"), pairsSha, model.pack().manifest().name,
                                     model.pack().packSha256(), QJsonObject{{QStringLiteral("cropped"), false}}};
        const QString path =
            m_dir.filePath(QStringLiteral("shard-%1-of-%2-%3.json").arg(shard.index).arg(shard.count).arg(m_written++));
        EXPECT_TRUE(json::writeObjectFile(path, pairShardJson(source, shard, rows.size(), *scoring)));
        return path;
    }

    QStringList writeShards(const QList<PairRow>& rows, int n)
    {
        QStringList files;
        for (int i = n; i >= 1; --i) // any order
            files << writeShard(rows, PairShard{i, n}, *m_model);
        return files;
    }

    // A refused merge: an input error on one line that names `file`.
    void expectRefused(const QStringList& files, const QString& file, const QString& words)
    {
        auto merged = mergePairShards(files);
        ASSERT_FALSE(merged) << "merged what it should refuse";
        EXPECT_EQ(merged.error().code(), ErrorCode::Input);
        const QString line = merged.error().toString();
        EXPECT_FALSE(line.contains(QLatin1Char('\n'))) << line.toStdString();
        EXPECT_TRUE(line.contains(file)) << line.toStdString();
        EXPECT_TRUE(line.contains(words)) << line.toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FaceModel> m_model;
    int m_written = 0;
};

} // namespace

TEST_F(PairSharding, WorkersGiveBitIdenticalResults)
{
    const QList<PairRow> rows = pairs();
    auto one = scorePairs(*m_model, rows, 0, rows.size(), PairVerificationOptions{});
    ASSERT_TRUE(one) << one.error().toString().toStdString();
    auto serial = verifyPairs(*m_model, rows, PairVerificationOptions{});
    ASSERT_TRUE(serial);
    ASSERT_EQ(serial->failed.size(), 1);
    ASSERT_EQ(serial->inconclusive.size(), 1);
    for (int workers : {2, 3, 7}) {
        PairVerificationOptions options;
        options.workers = workers;
        std::atomic<int> started{0};
        options.workerStarted = [&started] { ++started; };
        auto many = scorePairs(*m_model, rows, 0, rows.size(), options);
        ASSERT_TRUE(many) << many.error().toString().toStdString();
        EXPECT_EQ(started.load(), 2 * workers) << "every worker thread of hashing and of analysis, once";
        ASSERT_EQ(many->outcomes.size(), one->outcomes.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const PairOutcome &x = one->outcomes[i], &y = many->outcomes[i];
            EXPECT_EQ(x.scored, y.scored);
            EXPECT_TRUE(sameBits(x.explainable, y.explainable)) << "pair " << i << " workers " << workers;
            EXPECT_TRUE(sameBits(x.baseline, y.baseline)) << "pair " << i;
            EXPECT_EQ(x.reason, y.reason);
            EXPECT_EQ(x.inconclusive, y.inconclusive);
        }
        auto report = verifyPairs(*m_model, rows, options);
        ASSERT_TRUE(report);
        EXPECT_EQ(resultOnly(report->toJson()), resultOnly(serial->toJson())) << "workers " << workers;
        EXPECT_EQ(report->run.value(QStringLiteral("workers")).toInt(), workers);
    }
}

TEST_F(PairSharding, ProgressAndCancelWithWorkers)
{
    const QList<PairRow> rows = pairs();
    PairVerificationOptions options;
    options.workers = 3;
    std::vector<double> fractions;
    Progress progress;
    progress.report = [&](double f, const QString&) {
        fractions.push_back(f);
        return true;
    };
    auto report = verifyPairs(*m_model, rows, options, progress);
    ASSERT_TRUE(report);
    const int contents = report->run.value(QStringLiteral("analyses")).toInt();
    EXPECT_EQ(int(fractions.size()), contents + 1) << "one step per analysed image, then done";
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    EXPECT_DOUBLE_EQ(fractions.back(), 1.0);

    // A callback that asks to stop after three images stops the workers; the run is cancelled, not half-scored.
    int steps = 0;
    Progress stopping;
    stopping.report = [&](double, const QString&) { return ++steps < 3; };
    auto stopped = verifyPairs(*m_model, rows, options, stopping);
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().code(), ErrorCode::Cancelled);
    EXPECT_EQ(steps, 3);

    std::atomic<bool> cancel{true};
    Progress cancelled;
    cancelled.cancel = &cancel;
    auto none = verifyPairs(*m_model, rows, options, cancelled);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code(), ErrorCode::Cancelled);
}

TEST_F(PairSharding, IdenticalFilesAreAnalysedOnceAndReusedByEveryPair)
{
    const QString original = photo(4, 0);
    const QString copy = m_dir.filePath(QStringLiteral("copy-of-id4.png"));
    ASSERT_TRUE(QFile::copy(original, copy));
    const QList<PairRow> rows{{original, photo(4, 1), 1, 2},
                              {copy, photo(4, 1), 1, 3},
                              {photo(5, 0), copy, 0, 4},
                              {photo(5, 0), original, 0, 5}};
    for (int workers : {1, 2}) {
        PairVerificationOptions options;
        options.workers = workers;
        int steps = 0;
        Progress progress;
        progress.report = [&](double, const QString&) { return ++steps, true; };
        auto scoring = scorePairs(*m_model, rows, 0, rows.size(), options, progress);
        ASSERT_TRUE(scoring) << scoring.error().toString().toStdString();
        EXPECT_EQ(scoring->images, 4) << "four distinct paths";
        EXPECT_EQ(scoring->analyses, 3) << "the copy has the original's bytes: analysed once";
        EXPECT_EQ(steps, 3) << "progress counts analyses";
        EXPECT_TRUE(sameBits(scoring->outcomes[0].explainable, scoring->outcomes[1].explainable));
        EXPECT_TRUE(sameBits(scoring->outcomes[2].baseline, scoring->outcomes[3].baseline));
        EXPECT_EQ(scoring->outcomes[1].a, copy) << "the pair keeps the path it named";
    }
}

TEST_F(PairSharding, ShardRangesAreContiguousAndCoverTheListOnce)
{
    for (int pairs : {0, 1, 7, 10, 26}) {
        for (int n : {1, 3, 4, 30}) {
            qsizetype expected = 0;
            for (int i = 1; i <= n; ++i) {
                const auto [first, end] = pairShardRange(pairs, PairShard{i, n});
                EXPECT_EQ(first, expected) << pairs << " pairs, shard " << i << "/" << n;
                EXPECT_GE(end, first);
                EXPECT_LE(end - first, (pairs + n - 1) / n);
                expected = end;
            }
            EXPECT_EQ(expected, pairs);
        }
    }
    EXPECT_EQ(pairShardRange(26, PairShard{2, 4}), std::make_pair(qsizetype(6), qsizetype(13)));
    auto ok = parsePairShard(QStringLiteral("2/4"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->index, 2);
    EXPECT_EQ(ok->count, 4);
    for (const char* bad : {"0/3", "4/3", "x", "2", "2/0", "-1/3", "1/3/4", "", "1.5/3"}) {
        auto r = parsePairShard(QString::fromLatin1(bad));
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().code(), ErrorCode::Usage) << bad;
        EXPECT_TRUE(r.error().message().contains(QStringLiteral("i/n"))) << r.error().message().toStdString();
    }
}

TEST_F(PairSharding, MergedShardsEqualTheUnshardedRun)
{
    const QList<PairRow> rows = pairs();
    auto whole = verifyPairs(*m_model, rows, PairVerificationOptions{});
    ASSERT_TRUE(whole);
    const QJsonObject expected = resultOnly(whole->toJson());
    for (int n : {1, 3, 4, int(rows.size()) + 5}) {
        auto merged = mergePairShards(writeShards(rows, n), m_model.get());
        ASSERT_TRUE(merged) << merged.error().toString().toStdString();
        EXPECT_EQ(resultOnly(merged->toJson()), expected) << n << " shards";
        EXPECT_EQ(merged->run.value(QStringLiteral("shards")).toInt(), n);
        EXPECT_EQ(merged->failed.size(), 1);
        EXPECT_EQ(merged->inconclusive.size(), 1);
    }
    EXPECT_NEAR(whole->explainable.accuracy, 1.0, 0.2) << "a meaningful comparison, not of empty results";
}

TEST_F(PairSharding, FoldsAreThoseOfTheWholeList)
{
    // A shard's folds come from every label of the list, not from its own pairs.
    const QList<PairRow> rows = pairs();
    std::vector<int> labels;
    for (const PairRow& r : rows)
        labels.push_back(r.same);
    const std::vector<int> folds = assignFolds(labels);
    const auto [first, end] = pairShardRange(rows.size(), PairShard{3, 4});
    auto scoring = scorePairs(*m_model, rows, first, end, PairVerificationOptions{});
    ASSERT_TRUE(scoring);
    ASSERT_EQ(scoring->outcomes.size(), end - first);
    for (const PairOutcome& o : scoring->outcomes)
        EXPECT_EQ(o.fold, folds[size_t(o.pair)]) << "pair " << o.pair;
}

TEST_F(PairSharding, MergeRefusesShardsThatDoNotMakeOneList)
{
    const QList<PairRow> rows = pairs();
    const QStringList three = writeShards(rows, 3); // files hold shards 3, 2, 1

    // Missing and duplicate shards.
    expectRefused({three[0], three[2]}, QStringLiteral("pairs.csv"), QStringLiteral("2/3"));
    expectRefused({three[0], three[1], three[2], three[1]}, three[1], QStringLiteral("already given"));
    const QString again = writeShard(rows, PairShard{2, 3}, *m_model);
    expectRefused({three[0], three[1], again, three[2]}, again, QStringLiteral("already given"));

    // Another pairs file, another pack, another shard count.
    const QString otherList = writeShard(rows, PairShard{2, 3}, *m_model, QStringLiteral("cd34"));
    expectRefused({three[0], otherList, three[2]}, otherList, QStringLiteral("another pairs file"));
    auto otherPack = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("pack2")), QStringLiteral("face-other"));
    ASSERT_TRUE(otherPack);
    auto otherModel = FaceModel::open(*otherPack);
    ASSERT_TRUE(otherModel);
    const QString otherPackShard = writeShard(rows, PairShard{2, 3}, *otherModel);
    expectRefused({three[0], otherPackShard, three[2]}, otherPackShard, QStringLiteral("another pack"));
    const QString quarter = writeShard(rows, PairShard{2, 4}, *m_model);
    expectRefused({three[0], quarter, three[2]}, quarter, QStringLiteral("shards"));

    // A score edited by hand, a file cut short, something else entirely.
    auto doc = json::readObjectFile(three[1]);
    ASSERT_TRUE(doc);
    QJsonObject edited = *doc;
    QJsonArray results = edited.value(QStringLiteral("results")).toArray();
    QJsonObject first = results[0].toObject();
    first.insert(QStringLiteral("explainable"), 0.999);
    results[0] = first;
    edited.insert(QStringLiteral("results"), results);
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.json"));
    ASSERT_TRUE(json::writeObjectFile(tampered, edited));
    expectRefused({three[0], tampered, three[2]}, tampered, QStringLiteral("digest"));

    QFile whole(three[1]);
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString cut = m_dir.filePath(QStringLiteral("cut.json"));
    QFile out(cut);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    expectRefused({three[0], cut, three[2]}, cut, QStringLiteral("invalid JSON"));

    const QString other = m_dir.filePath(QStringLiteral("other.json"));
    ASSERT_TRUE(json::writeObjectFile(other, QJsonObject{{QStringLiteral("pairs"), 3}}));
    expectRefused({three[0], other, three[2]}, other, QStringLiteral("not a verify-pairs shard"));
    expectRefused({m_dir.filePath(QStringLiteral("absent.json"))}, QStringLiteral("absent.json"), QString());

    // The untouched three still merge, but not with another pack than theirs.
    EXPECT_TRUE(mergePairShards(three, m_model.get()));
    auto wrongPack = mergePairShards(three, &*otherModel);
    ASSERT_FALSE(wrongPack);
    EXPECT_EQ(wrongPack.error().code(), ErrorCode::Model);
    EXPECT_TRUE(wrongPack.error().message().contains(QStringLiteral("not the pack")))
        << wrongPack.error().message().toStdString();
}

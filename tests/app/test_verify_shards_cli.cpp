// descry-cli verify-pairs --workers / --shard i/n and eval merge end to end on a generated pack and photos (fake
// encoders): the merged shards print exactly the unsharded result; bad --shard values are one-line usage errors.
#include "FakeEncoders.h"

#include "app/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;

namespace {

QJsonObject resultOnly(QJsonObject o)
{
    o.remove(QStringLiteral("seconds_per_image"));
    o.remove(QStringLiteral("run"));
    return o;
}

class VerifyShardsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("face-fake")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_pack = *pack;
        m_csv = m_dir.filePath(QStringLiteral("pairs.csv"));
        QFile f(m_csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("path1,path2,same\n");
        for (int id = 0; id < 6; ++id) {
            f.write(QStringLiteral("%1,%2,1\n").arg(photo(id, 0), photo(id, 1)).toUtf8());
            f.write(QStringLiteral("%1,%2,0\n").arg(photo(id, 0), photo((id + 2) % 6, 1)).toUtf8());
        }
        f.write(QStringLiteral("%1,missing.png,1\n").arg(photo(0, 0)).toUtf8());
        m_pairs = 13;
    }

    QString photo(int identity, int variant)
    {
        const QString name = QStringLiteral("p%1_%2.png").arg(identity).arg(variant);
        if (!QFile::exists(m_dir.filePath(name))) {
            EXPECT_TRUE(fakes::writeFakeFacePhoto(m_dir.filePath(name), identity, variant));
        }
        return name; // relative: resolved against the CSV's folder
    }

    CliRun verify(QStringList extra)
    {
        return runFakeCli(QStringList{QStringLiteral("verify-pairs"), m_csv, QStringLiteral("--pack"), m_pack} + extra);
    }

    QJsonObject json(const CliRun& r)
    {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).object();
    }

    QString save(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_pack;
    QString m_csv;
    int m_pairs = 0;
};

} // namespace

TEST_F(VerifyShardsCli, ShardsMergeIntoTheUnshardedResult)
{
    const QJsonObject whole = json(verify({QStringLiteral("--json")}));
    ASSERT_EQ(whole.value(QStringLiteral("failed")).toArray().size(), 1);
    const QJsonObject twoWorkers =
        json(verify({QStringLiteral("--json"), QStringLiteral("--workers"), QStringLiteral("2")}));
    EXPECT_EQ(resultOnly(twoWorkers), resultOnly(whole));
    EXPECT_EQ(twoWorkers.value(QStringLiteral("run")).toObject().value(QStringLiteral("workers")).toInt(), 2);

    QStringList shards;
    for (int i = 1; i <= 3; ++i) {
        const CliRun r = verify({QStringLiteral("--json"), QStringLiteral("--shard"), QStringLiteral("%1/3").arg(i),
                                 QStringLiteral("--workers"), QString::number(i)});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        if (i == 2) { // 13 pairs: shard 2/3 is pairs [4, 8)
            EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("descry-verify-shard/1"));
            EXPECT_EQ(o.value(QStringLiteral("total_pairs")).toInt(), m_pairs);
            const QJsonObject shard = o.value(QStringLiteral("shard")).toObject();
            EXPECT_EQ(shard.value(QStringLiteral("index")).toInt(), 2);
            EXPECT_EQ(shard.value(QStringLiteral("count")).toInt(), 3);
            EXPECT_EQ(shard.value(QStringLiteral("first_pair")).toInt(), 4);
            EXPECT_EQ(shard.value(QStringLiteral("end_pair")).toInt(), 8);
            const QJsonArray results = o.value(QStringLiteral("results")).toArray();
            ASSERT_EQ(results.size(), 4);
            EXPECT_EQ(results[0].toObject().value(QStringLiteral("pair")).toInt(), 4);
            EXPECT_TRUE(results[0].toObject().contains(QStringLiteral("fold")));
            EXPECT_EQ(
                o.value(QStringLiteral("pairs_file")).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
            EXPECT_EQ(o.value(QStringLiteral("pack")).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
        }
        shards << save(QStringLiteral("shard-%1.json").arg(i), r.out);
    }
    const CliRun merged = runFakeCli(
        QStringList{QStringLiteral("eval"), QStringLiteral("merge")} +
        QStringList{shards[2], shards[0], shards[1], QStringLiteral("--pack"), m_pack, QStringLiteral("--json")});
    EXPECT_EQ(resultOnly(json(merged)), resultOnly(whole)) << merged.out.toStdString();

    // The text forms: the same summary as an unsharded run.
    const CliRun text = runFakeCli({QStringLiteral("eval"), QStringLiteral("merge"), shards[0], shards[1], shards[2],
                                    QStringLiteral("--pack"), m_pack});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const CliRun wholeText = verify({});
    EXPECT_EQ(text.out, wholeText.out);
    const CliRun shardText = verify({QStringLiteral("--shard"), QStringLiteral("2/3")});
    ASSERT_EQ(shardText.exitCode, 0);
    EXPECT_TRUE(shardText.out.contains("shard 2/3: pairs 5 to 8 of 13")) << shardText.out.toStdString();

    // A missing or repeated shard: an input error on one line naming the file.
    const CliRun missing = runFakeCli(
        {QStringLiteral("eval"), QStringLiteral("merge"), shards[0], shards[2], QStringLiteral("--pack"), m_pack});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.err.count('\n'), 1) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains("2/3")) << missing.err.toStdString();
    const CliRun twice = runFakeCli({QStringLiteral("eval"), QStringLiteral("merge"), shards[0], shards[1], shards[1],
                                     shards[2], QStringLiteral("--pack"), m_pack});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_EQ(twice.err.count('\n'), 1) << twice.err.toStdString();
    EXPECT_TRUE(twice.err.contains("shard-2.json")) << twice.err.toStdString();
}

TEST_F(VerifyShardsCli, BadShardOrWorkersIsAOneLineUsageError)
{
    for (const char* bad : {"0/3", "4/3", "x", "3", "1/0"}) {
        const CliRun r = verify({QStringLiteral("--shard"), QString::fromLatin1(bad)});
        EXPECT_EQ(r.exitCode, 1) << bad << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("--shard")) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    const CliRun zero = verify({QStringLiteral("--workers"), QStringLiteral("0")});
    EXPECT_EQ(zero.exitCode, 1) << zero.err.toStdString();
    EXPECT_EQ(zero.err.count('\n'), 1) << zero.err.toStdString();
    const CliRun noShards = runFakeCli({QStringLiteral("eval"), QStringLiteral("merge")});
    EXPECT_EQ(noShards.exitCode, 1) << noShards.err.toStdString();
}

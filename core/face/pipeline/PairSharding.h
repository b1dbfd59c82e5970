#pragma once

#include "core/common/Result.h"
#include "core/face/pipeline/PairVerification.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace descry {

// Which share of a pairs list one run takes: shard `index` of `count` (1-based, as Slurm array tasks count).
struct PairShard
{
    int index = 1;
    int count = 1;
};

// "i/n" with 1 <= i <= n (e.g. "2/4"); a one-line Usage error naming the accepted form otherwise.
Result<PairShard> parsePairShard(const QString& text);

// The pairs [first, end) of a list of `pairs` that shard `shard` takes: contiguous blocks of near-equal size,
// first = floor((i-1)·P/n). Contiguous because pair lists keep one person's pairs together (LFW writes them fold
// by fold, person by person), so blocks share few images and each shard hashes and analyses little that another
// shard analyses too; `index mod n` would spread every person over all shards. Empty when n > P for some shards.
std::pair<qsizetype, qsizetype> pairShardRange(qsizetype pairs, const PairShard& shard);

// What must be the same in every shard of one merge, besides the pairs file and the pack.
struct PairShardSource
{
    QString pairsFile;    // as given (for messages)
    QString pairsSha256;  // SHA-256 of the pairs file's bytes
    QString packName;     // for messages
    QString packSha256;   // ModelPack::packSha256()
    QJsonObject settings; // options that change the outcomes (cropped, allow_damaged, image limits...)
};

// The JSON a sharded `verify-pairs --shard i/n --json` prints: format "descry-verify-shard/1", the source, the
// shard and its pair range, the total number of pairs, every pair's outcome (scores, label, fold of the whole
// list, or the failed file and reason) and the cost; "digest" is the SHA-256 of the compact JSON of everything
// else, so a merge notices a shard that was edited or cut short.
QJsonObject pairShardJson(const PairShardSource& source, const PairShard& shard, qsizetype totalPairs,
                          const PairScoring& scoring);

// Puts the shards of one list back together: every file must be a shard JSON with an intact digest, of the same
// pairs file, pack, settings and shard count, each shard exactly once, with the pair range its number implies and
// folds that are those of the whole list's labels. The report has the figures, failed and inconclusive lists and
// image count one unsharded run gives (summarisePairs on the same outcomes); `run` and secondsPerImage describe
// the shards' work. `model`, when given, must be the pack the shards were made with (same SHA-256; a Model error
// otherwise): the checks that need the pack (the LR's Cllr) are then computed as one run computes them. A one-line
// Input error naming the offending file otherwise.
Result<PairVerificationReport> mergePairShards(const QStringList& files, const FaceModel* model = nullptr);

} // namespace descry

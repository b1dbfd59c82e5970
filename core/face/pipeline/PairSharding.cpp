#include "core/face/pipeline/PairSharding.h"

#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/Tr.h"
#include "core/common/WholeFile.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace descry {

namespace {

const QString kShardFormat = QStringLiteral("descry-verify-shard/1");
constexpr int kMaxShards = 1'000'000;

// JSON has no NaN: a score that is not finite is written as null and read back as NaN.
QJsonValue scoreValue(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject outcomeJson(const PairOutcome& o)
{
    QJsonObject j{{QStringLiteral("pair"), o.pair},    {QStringLiteral("line"), o.line},
                  {QStringLiteral("a"), o.a},          {QStringLiteral("b"), o.b},
                  {QStringLiteral("same"), o.same},    {QStringLiteral("fold"), o.fold},
                  {QStringLiteral("scored"), o.scored}};
    if (o.scored) {
        j.insert(QStringLiteral("explainable"), scoreValue(o.explainable));
        j.insert(QStringLiteral("baseline"), scoreValue(o.baseline));
        j.insert(QStringLiteral("inconclusive"), QJsonArray::fromStringList(o.inconclusive));
        j.insert(QStringLiteral("excluded"), exclusionsToJson(o.excluded));
    } else {
        j.insert(QStringLiteral("file"), o.file);
        j.insert(QStringLiteral("reason"), o.reason);
    }
    return j;
}

// One shard file as read.
struct ShardFile
{
    QString path;
    PairShard shard;
    int totalPairs = 0;
    QString pairsFile, pairsSha256, packName, packSha256;
    QJsonObject settings;
    QList<PairOutcome> outcomes;
    int images = 0;
    int analyses = 0;
    double seconds = 0;
};

// The first error among typed reads, in argument order.
template <typename... R> std::optional<Error> firstError(const R&... results)
{
    std::optional<Error> e;
    ((e || results ? void() : void(e = results.error())), ...);
    return e;
}

Error shardError(const QString& path, const QString& message)
{
    return Error(ErrorCode::Input, message, path);
}

Result<double> readScore(const QJsonObject& o, const QString& key, const QString& context)
{
    const QJsonValue v = o.value(key);
    if (v.isNull())
        return std::numeric_limits<double>::quiet_NaN();
    return json::requireNumber(o, key, context);
}

Result<QStringList> readStrings(const QJsonObject& o, const QString& key, const QString& context)
{
    auto array = json::requireArray(o, key, context);
    if (!array)
        return array.error();
    QStringList out;
    for (const QJsonValue& v : *array) {
        if (!v.isString())
            return Error(ErrorCode::Input, Tr::tr("%1: member '%2' must be an array of strings").arg(context, key));
        out << v.toString();
    }
    return out;
}

Result<bool> readBool(const QJsonObject& o, const QString& key, const QString& context)
{
    const QJsonValue v = o.value(key);
    if (!v.isBool())
        return Error(ErrorCode::Input, Tr::tr("%1: member '%2' must be true or false").arg(context, key));
    return v.toBool();
}

// A scored pair's "excluded" (exclusionsToJson); absent in shards written before exclusions were recorded.
Result<QList<ExcludedComponent>> readExcluded(const QJsonObject& o, const QString& context)
{
    QList<ExcludedComponent> out;
    if (!o.contains(QStringLiteral("excluded")))
        return out;
    auto array = json::requireArray(o, QStringLiteral("excluded"), context);
    if (!array)
        return array.error();
    for (const QJsonValue& v : *array) {
        const QJsonObject x = v.toObject();
        ExcludedComponent c{x.value(QStringLiteral("component")).toString(),
                            x.value(QStringLiteral("reason")).toString(), x.value(QStringLiteral("detail")).toString(),
                            x.value(QStringLiteral("name")).toString()};
        if (!v.isObject() || c.component.isEmpty() || !isExclusionReason(c.reason))
            return Error(ErrorCode::Input,
                         Tr::tr("%1: 'excluded' must hold {\"component\", \"reason\"} objects").arg(context));
        out << c;
    }
    return out;
}

// Reads one outcome; every member typed, the label 0/1 and the fold 0..9.
Result<PairOutcome> readOutcome(const QJsonValue& value, int n)
{
    const QString context = Tr::tr("results[%1]").arg(n);
    if (!value.isObject())
        return Error(ErrorCode::Input, Tr::tr("%1 must be an object").arg(context));
    const QJsonObject j = value.toObject();
    PairOutcome o;
    auto pair = json::requireInt(j, QStringLiteral("pair"), context);
    auto line = json::requireInt(j, QStringLiteral("line"), context);
    auto a = json::requireString(j, QStringLiteral("a"), context);
    auto b = json::requireString(j, QStringLiteral("b"), context);
    auto same = json::requireInt(j, QStringLiteral("same"), context);
    auto fold = json::requireInt(j, QStringLiteral("fold"), context);
    auto scored = readBool(j, QStringLiteral("scored"), context);
    if (auto e = firstError(pair, line, a, b, same, fold, scored))
        return *e;
    if (*same != 0 && *same != 1)
        return Error(ErrorCode::Input, Tr::tr("%1: 'same' must be 0 or 1").arg(context));
    if (*fold < 0 || *fold > 9)
        return Error(ErrorCode::Input, Tr::tr("%1: 'fold' must lie in 0..9").arg(context));
    o.pair = *pair;
    o.line = *line;
    o.a = *a;
    o.b = *b;
    o.same = *same;
    o.fold = *fold;
    o.scored = *scored;
    if (o.scored) {
        auto ex = readScore(j, QStringLiteral("explainable"), context);
        auto bl = readScore(j, QStringLiteral("baseline"), context);
        auto reasons = readStrings(j, QStringLiteral("inconclusive"), context);
        auto excluded = readExcluded(j, context);
        if (auto e = firstError(ex, bl, reasons, excluded))
            return *e;
        o.explainable = *ex;
        o.baseline = *bl;
        o.inconclusive = *reasons;
        o.excluded = *excluded;
    } else {
        auto file = json::requireString(j, QStringLiteral("file"), context);
        auto reason = json::requireString(j, QStringLiteral("reason"), context);
        if (auto e = firstError(file, reason))
            return *e;
        o.file = *file;
        o.reason = *reason;
    }
    return o;
}

// The digest, format, source and shard members of a shard file (everything but the results).
Status readHeader(const QJsonObject& root, ShardFile* f)
{
    if (root.value(QStringLiteral("format")).toString() != kShardFormat)
        return Error(ErrorCode::Input, Tr::tr("not a verify-pairs shard (expected \"format\": \"%1\", as "
                                              "verify-pairs --shard i/n --json writes)")
                                           .arg(kShardFormat));
    QJsonObject body = root;
    body.remove(QStringLiteral("digest"));
    if (root.value(QStringLiteral("digest")).toString() != sha256Hex(json::canonical(body)))
        return Error(ErrorCode::Input, Tr::tr("the shard was changed after verify-pairs wrote it (its digest does "
                                              "not match its content)"));
    const QString top = Tr::tr("shard file");
    auto shard = json::requireObject(root, QStringLiteral("shard"), top);
    auto pairsFile = json::requireObject(root, QStringLiteral("pairs_file"), top);
    auto pack = json::requireObject(root, QStringLiteral("pack"), top);
    auto settings = json::requireObject(root, QStringLiteral("settings"), top);
    auto total = json::requireInt(root, QStringLiteral("total_pairs"), top);
    auto images = json::requireInt(root, QStringLiteral("images"), top);
    auto analyses = json::requireInt(root, QStringLiteral("analyses"), top);
    auto seconds = json::requireNumber(root, QStringLiteral("seconds"), top);
    if (auto e = firstError(shard, pairsFile, pack, settings, total, images, analyses, seconds))
        return *e;
    auto index = json::requireInt(*shard, QStringLiteral("index"), QStringLiteral("shard"));
    auto count = json::requireInt(*shard, QStringLiteral("count"), QStringLiteral("shard"));
    auto listPath = json::requireString(*pairsFile, QStringLiteral("path"), QStringLiteral("pairs_file"));
    auto listSha = json::requireString(*pairsFile, QStringLiteral("sha256"), QStringLiteral("pairs_file"));
    auto packName = json::requireString(*pack, QStringLiteral("name"), QStringLiteral("pack"));
    auto packSha = json::requireString(*pack, QStringLiteral("sha256"), QStringLiteral("pack"));
    if (auto e = firstError(index, count, listPath, listSha, packName, packSha))
        return *e;
    if (*count < 1 || *count > kMaxShards || *index < 1 || *index > *count || *total < 0)
        return Error(ErrorCode::Input,
                     Tr::tr("shard %1/%2 of %3 pairs is not a possible shard").arg(*index).arg(*count).arg(*total));
    f->shard = PairShard{*index, *count};
    f->totalPairs = *total;
    f->pairsFile = *listPath;
    f->pairsSha256 = *listSha;
    f->packName = *packName;
    f->packSha256 = *packSha;
    f->settings = *settings;
    f->images = *images;
    f->analyses = *analyses;
    f->seconds = *seconds;
    return {};
}

// Reads one shard file: header, then exactly the pairs of its range, in order.
Result<ShardFile> readShardFile(const QString& path)
{
    auto bytes = readWholeFile(path, kMaxListFileBytes);
    if (!bytes)
        return bytes.error();
    auto root = json::parseObject(*bytes, path);
    if (!root)
        return root.error();
    ShardFile f;
    f.path = path;
    if (Status st = readHeader(*root, &f); !st)
        return st.error().withFile(path);
    auto results = json::requireArray(*root, QStringLiteral("results"), Tr::tr("shard file"));
    if (!results)
        return results.error().withFile(path);
    const auto [first, end] = pairShardRange(f.totalPairs, f.shard);
    if (results->size() != end - first)
        return shardError(path, Tr::tr("shard %1/%2 must hold pairs %3 to %4 of %5, it holds %6 pairs")
                                    .arg(f.shard.index)
                                    .arg(f.shard.count)
                                    .arg(first + 1)
                                    .arg(end)
                                    .arg(f.totalPairs)
                                    .arg(results->size()));
    for (qsizetype i = 0; i < results->size(); ++i) {
        auto o = readOutcome(results->at(i), int(i));
        if (!o)
            return o.error().withFile(path);
        if (o->pair != first + i)
            return shardError(
                path, Tr::tr("results[%1] is pair %2, expected pair %3 (0-based)").arg(i).arg(o->pair).arg(first + i));
        f.outcomes << *o;
    }
    return f;
}

// Everything that must agree between two shards of one list; empty when they do.
QString mismatch(const ShardFile& a, const ShardFile& b)
{
    const QString other = QFileInfo(a.path).fileName();
    if (b.pairsSha256 != a.pairsSha256)
        return Tr::tr("made from another pairs file than %1 (%2, SHA-256 %3, not %4)")
            .arg(other, b.pairsFile, b.pairsSha256.left(12), a.pairsSha256.left(12));
    if (b.packSha256 != a.packSha256)
        return Tr::tr("made with another pack than %1 (%2, SHA-256 %3, not %4 %5)")
            .arg(other, b.packName, b.packSha256.left(12), a.packName, a.packSha256.left(12));
    if (b.totalPairs != a.totalPairs || b.shard.count != a.shard.count)
        return Tr::tr("one of %1 shards of %2 pairs, but %3 is one of %4 shards of %5 pairs")
            .arg(b.shard.count)
            .arg(b.totalPairs)
            .arg(other)
            .arg(a.shard.count)
            .arg(a.totalPairs);
    if (b.settings != a.settings)
        return Tr::tr("run with other settings than %1 (%2, not %3)")
            .arg(other, QString::fromUtf8(json::canonical(b.settings)), QString::fromUtf8(json::canonical(a.settings)));
    return {};
}

// Every shard once; the files in shard order.
Result<QList<ShardFile>> orderShards(QList<ShardFile> files)
{
    const ShardFile reference = files.front(); // a copy: the files are moved into place below (lists are shared)
    const int count = reference.shard.count;
    const QString pairsFile = reference.pairsFile;
    std::map<int, ShardFile> byIndex;
    for (ShardFile& f : files) {
        if (const QString why = mismatch(reference, f); !why.isEmpty())
            return shardError(f.path, why);
        if (const auto it = byIndex.find(f.shard.index); it != byIndex.end())
            return shardError(
                f.path,
                Tr::tr("shard %1/%2 was already given in %3").arg(f.shard.index).arg(count).arg(it->second.path));
        const int index = f.shard.index;
        byIndex.emplace(index, std::move(f));
    }
    QStringList missing;
    for (int i = 1; i <= count && missing.size() <= 10; ++i)
        if (!byIndex.count(i))
            missing << QStringLiteral("%1/%2").arg(i).arg(count);
    if (!missing.isEmpty())
        return Error(ErrorCode::Input,
                     Tr::tr("shard(s) %1 missing: a merge needs every shard of the list")
                         .arg(missing.size() > 10
                                  ? missing.mid(0, 10).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                  : missing.join(QStringLiteral(", "))),
                     pairsFile);
    QList<ShardFile> ordered;
    for (auto& [index, f] : byIndex)
        ordered << std::move(f);
    return ordered;
}

} // namespace

Result<PairShard> parsePairShard(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,7})\\s*/\\s*(\\d{1,7})\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    const int index = m.hasMatch() ? m.captured(1).toInt() : 0;
    const int count = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (!m.hasMatch() || count < 1 || count > kMaxShards || index < 1 || index > count)
        return Error(ErrorCode::Usage, Tr::tr("--shard: '%1' is not a shard; give i/n with 1 <= i <= n <= %2, "
                                              "e.g. 2/4")
                                           .arg(text)
                                           .arg(kMaxShards));
    return PairShard{index, count};
}

std::pair<qsizetype, qsizetype> pairShardRange(qsizetype pairs, const PairShard& shard)
{
    if (pairs <= 0 || shard.count < 1 || shard.index < 1 || shard.index > shard.count)
        return {0, 0};
    const auto bound = [&](qint64 i) { return qsizetype(i * qint64(pairs) / qint64(shard.count)); };
    return {bound(shard.index - 1), bound(shard.index)};
}

QJsonObject pairShardJson(const PairShardSource& source, const PairShard& shard, qsizetype totalPairs,
                          const PairScoring& scoring)
{
    const auto [first, end] = pairShardRange(totalPairs, shard);
    QJsonArray results;
    for (const PairOutcome& o : scoring.outcomes)
        results.append(outcomeJson(o));
    QJsonObject j{{QStringLiteral("format"), kShardFormat},
                  {QStringLiteral("shard"), QJsonObject{{QStringLiteral("index"), shard.index},
                                                        {QStringLiteral("count"), shard.count},
                                                        {QStringLiteral("first_pair"), qint64(first)},
                                                        {QStringLiteral("end_pair"), qint64(end)}}},
                  {QStringLiteral("total_pairs"), qint64(totalPairs)},
                  {QStringLiteral("pairs_file"), QJsonObject{{QStringLiteral("path"), source.pairsFile},
                                                             {QStringLiteral("sha256"), source.pairsSha256}}},
                  {QStringLiteral("pack"), QJsonObject{{QStringLiteral("name"), source.packName},
                                                       {QStringLiteral("sha256"), source.packSha256}}},
                  {QStringLiteral("settings"), source.settings},
                  {QStringLiteral("images"), scoring.images},
                  {QStringLiteral("analyses"), scoring.analyses},
                  {QStringLiteral("workers"), scoring.workers},
                  {QStringLiteral("seconds"), scoring.seconds},
                  {QStringLiteral("results"), results}};
    j.insert(QStringLiteral("digest"), sha256Hex(json::canonical(j)));
    return j;
}

Result<PairVerificationReport> mergePairShards(const QStringList& files, const FaceModel* model)
{
    if (files.isEmpty())
        return Error(ErrorCode::Usage, Tr::tr("no shard files given"));
    QList<ShardFile> read;
    for (const QString& path : files) {
        auto f = readShardFile(path);
        if (!f)
            return f.error();
        read << std::move(*f);
    }
    auto shards = orderShards(std::move(read));
    if (!shards)
        return shards.error();
    QList<PairOutcome> all;
    std::vector<int> labels;
    std::vector<QString> owner;
    int analyses = 0;
    double seconds = 0;
    for (const ShardFile& f : *shards) {
        for (const PairOutcome& o : f.outcomes) {
            all << o;
            labels.push_back(o.same);
            owner.push_back(f.path);
        }
        analyses += f.analyses;
        seconds += f.seconds;
    }
    // The folds are the whole list's: recomputed from every label, they must be what each shard recorded.
    const std::vector<int> folds = assignFolds(labels);
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all[i].fold != folds[size_t(i)])
            return shardError(owner[size_t(i)], Tr::tr("pair %1 is in fold %2, but the labels of the whole list put "
                                                       "it in fold %3")
                                                    .arg(i)
                                                    .arg(all[i].fold)
                                                    .arg(folds[size_t(i)]));
    if (model && model->pack().packSha256() != shards->front().packSha256)
        return Error(ErrorCode::Model,
                     Tr::tr("not the pack the shards were made with (%1 %2, SHA-256 %3, not %4)")
                         .arg(model->pack().manifest().name, model->pack().manifest().version,
                              model->pack().packSha256().left(12), shards->front().packSha256.left(12)),
                     model->pack().directory());
    auto report = summarisePairs(all, model);
    if (!report)
        return report.error().withFile(shards->front().pairsFile);
    report->images = int(distinctImages([&] {
                             QList<PairRow> rows;
                             for (const PairOutcome& o : all)
                                 rows << PairRow{o.a, o.b, o.same, o.line};
                             return rows;
                         }())
                             .size());
    report->secondsPerImage = report->images > 0 ? seconds / report->images : 0;
    report->run = QJsonObject{{QStringLiteral("shards"), int(shards->size())},
                              {QStringLiteral("analyses"), analyses},
                              {QStringLiteral("seconds"), seconds}};
    return report;
}

} // namespace descry

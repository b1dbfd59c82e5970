#include "core/face/pipeline/PairVerification.h"

#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/eval/Similarity.h"
#include "core/face/pipeline/FaceLikelihoodRatio.h"
#include "core/face/pipeline/PairScore.h"
#include "core/face/visibility/ComponentVisibility.h"

#include "core/common/Hash.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace descry {

namespace {

// How many distinct reasons the "no pair could be scored" error names.
constexpr int kReasonsInError = 3;

struct Scored
{
    bool ok = false;
    QString reason;              // why no face could be analysed
    QStringList qualityProblems; // why a comparison with this face would be inconclusive
    PairScoreImage image;        // what scorePair needs: concept scores, assessed quantities, visibility
    std::vector<float> embedding;
};

// The quality gate of a comparison of `a` (as probe) with `b` (as reference): the same reasons compare gives.
QStringList inconclusiveReasons(const Scored& a, const Scored& b)
{
    QStringList reasons;
    for (const QString& p : a.qualityProblems)
        reasons << Tr::tr("probe: %1").arg(p);
    for (const QString& p : b.qualityProblems)
        reasons << Tr::tr("reference: %1").arg(p);
    return reasons;
}

Result<Scored> analyseImage(const FaceModel& model, const QString& path, const PairVerificationOptions& options)
{
    DetectOptions detect;
    detect.cropped = options.cropped;
    ImageLoadOptions load;
    load.allowDamaged = options.allowDamaged;
    Scored s;
    auto a = model.analyzer().analyze(path, load, detect);
    if (!a) {
        if (a.error().code() != ErrorCode::Input)
            return a.error(); // a model or internal failure stops the run; a bad photo only fails its pairs
        s.reason = a.error().message();
        return s;
    }
    // Visibility once per image, as compare checks it: hidden components leave the scores of all its pairs.
    auto visibility = checkVisibility(a->image.image, a->aligned);
    if (!visibility) {
        s.reason = visibility.error().message();
        return s;
    }
    auto img = pairScoreImage(model.parts(), a->morphometry, a->embedding, *visibility);
    if (!img)
        return img.error();
    s.ok = true;
    s.qualityProblems = a->aligned.quality.problems;
    s.image = std::move(*img);
    s.embedding.assign(a->embedding.begin(), a->embedding.end());
    return s;
}

// Runs job(i) for i in [0, n) on `workers` threads (the calling thread when 1), taking indices in order.
// `before(k)` runs on the calling thread once k jobs are done, for k = 0 .. n-1 (k = 0 before any job starts), and
// stops the run when it returns false; a job that returns false stops it too. Every started job finishes before
// this returns. Returns false when stopped.
bool parallelFor(int n, int workers, const std::function<void()>& workerStarted, const std::function<bool(int)>& job,
                 const std::function<bool(int)>& before)
{
    if (n <= 0)
        return true;
    if (workers <= 1) {
        for (int i = 0; i < n; ++i)
            if (!before(i) || !job(i))
                return false;
        return true;
    }
    if (!before(0))
        return false;
    std::mutex mutex;
    std::condition_variable changed;
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    int done = 0, running = std::min(workers, n);
    std::vector<std::thread> threads;
    for (int w = 0, count = running; w < count; ++w)
        threads.emplace_back([&] {
            if (workerStarted)
                workerStarted();
            for (int i = next++; i < n && !stop; i = next++) {
                const bool ok = job(i);
                std::lock_guard lock(mutex);
                ++done;
                if (!ok)
                    stop = true;
                changed.notify_all();
            }
            std::lock_guard lock(mutex);
            --running;
            changed.notify_all();
        });
    int reported = 0;
    std::unique_lock lock(mutex);
    for (;;) { // the state is read under the lock before each wait: no completion goes unreported
        while (reported < done && reported + 1 < n && !stop) {
            ++reported;
            lock.unlock();
            const bool go = before(reported);
            lock.lock();
            if (!go)
                stop = true;
        }
        if (running == 0)
            break;
        changed.wait(lock);
    }
    lock.unlock();
    for (std::thread& t : threads)
        t.join();
    return !stop;
}

// What identifies an image's content: its SHA-256, or (unreadable: the analysis will say why) its path.
QString contentKey(const QString& path, const Progress& progress)
{
    auto sha = sha256File(path, {}, progress.cancel);
    return sha ? *sha : QStringLiteral("path:") + path;
}

// The cache of analyses: image i of `images` uses analysis slot `slot[i]`, the first image with its content.
struct ImageCache
{
    std::vector<int> slot;
    std::vector<int> analysed; // the images that are analysed, in first-seen order
    std::vector<Scored> scored;
};

// Hashes every image and analyses each distinct content once (images that share bytes share the analysis).
Result<ImageCache> analyseImages(const FaceModel& model, const QStringList& images,
                                 const PairVerificationOptions& options, const Progress& progress)
{
    const int n = int(images.size());
    std::vector<QString> keys(static_cast<size_t>(n));
    const auto hash = [&](int i) {
        keys[size_t(i)] = contentKey(images[i], progress);
        return true;
    };
    if (!parallelFor(n, options.workers, options.workerStarted, hash, [&](int) { return !progress.cancelled(); }))
        return Error(ErrorCode::Cancelled, Tr::tr("verification cancelled"));
    ImageCache cache;
    cache.slot.resize(size_t(n));
    QHash<QString, int> first;
    for (int i = 0; i < n; ++i) {
        const auto it = first.constFind(keys[size_t(i)]);
        cache.slot[size_t(i)] = it == first.constEnd() ? int(cache.analysed.size()) : *it;
        if (it == first.constEnd()) {
            first.insert(keys[size_t(i)], int(cache.analysed.size()));
            cache.analysed.push_back(i);
        }
    }
    const int total = int(cache.analysed.size());
    cache.scored.resize(size_t(total));
    std::vector<std::optional<Error>> errors(static_cast<size_t>(total));
    const auto analyse = [&](int k) {
        auto s = analyseImage(model, images[cache.analysed[size_t(k)]], options);
        if (!s) {
            errors[size_t(k)] = s.error();
            return false;
        }
        cache.scored[size_t(k)] = std::move(*s);
        return true;
    };
    const auto before = [&](int k) {
        return progress.step(double(k) / total, Tr::tr("image %1 of %2").arg(k + 1).arg(total));
    };
    const bool finished = parallelFor(total, options.workers, options.workerStarted, analyse, before);
    for (const std::optional<Error>& e : errors) // the first image's error, whatever thread finished first
        if (e)
            return *e;
    if (!finished)
        return Error(ErrorCode::Cancelled, Tr::tr("verification cancelled"));
    return cache;
}

// "no pair could be scored: no face found (98 pairs); file not found (2 pairs)"; counts are of pairs.
Error nothingScoredError(const PairVerificationReport& report)
{
    const QList<QPair<QString, int>> reasons = report.failureReasons();
    if (reasons.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("no pairs to score"));
    QStringList parts;
    for (int i = 0; i < reasons.size() && i < kReasonsInError; ++i)
        parts << Tr::tr("%1 (pairs: %2)").arg(reasons[i].first).arg(reasons[i].second);
    if (reasons.size() > kReasonsInError)
        parts << Tr::tr("other reasons: %1").arg(reasons.size() - kReasonsInError);
    return Error(ErrorCode::Input, Tr::tr("no pair could be scored: %1").arg(parts.join(QStringLiteral("; "))));
}

} // namespace

Result<PairScoring> scorePairs(const FaceModel& model, const QList<PairRow>& rows, qsizetype begin, qsizetype end,
                               const PairVerificationOptions& options, const Progress& progress)
{
    begin = std::clamp<qsizetype>(begin, 0, rows.size());
    end = std::clamp<qsizetype>(end, begin, rows.size());
    const QList<PairRow> share = rows.mid(begin, end - begin);
    PairScoring out;
    out.workers = std::max(1, options.workers);
    const QStringList images = distinctImages(share);
    out.images = int(images.size());
    QElapsedTimer timer;
    timer.start();
    auto cache = analyseImages(model, images, options, progress);
    if (!cache)
        return cache.error();
    out.seconds = timer.nsecsElapsed() * 1e-9;
    out.analyses = int(cache->analysed.size());
    QHash<QString, int> imageIndex;
    for (int i = 0; i < int(images.size()); ++i)
        imageIndex.insert(images[i], i);
    std::vector<int> labels;
    labels.reserve(size_t(rows.size()));
    for (const PairRow& r : rows)
        labels.push_back(r.same);
    const std::vector<int> folds = assignFolds(labels);
    for (qsizetype i = begin; i < end; ++i) {
        const PairRow& r = rows[i];
        const Scored& a = cache->scored[size_t(cache->slot[size_t(imageIndex.value(r.a))])];
        const Scored& b = cache->scored[size_t(cache->slot[size_t(imageIndex.value(r.b))])];
        PairOutcome o;
        o.pair = int(i);
        o.line = r.line;
        o.a = r.a;
        o.b = r.b;
        o.same = r.same;
        o.fold = folds[size_t(i)];
        o.scored = a.ok && b.ok;
        if (o.scored) {
            auto score = scorePair(model.parts(), a.image, b.image); // compare's score, exclusions and all
            if (!score)
                return score.error();
            o.explainable = score->score;
            o.excluded = score->excluded;
            o.baseline = cosineSimilarity(a.embedding.data(), b.embedding.data(), a.embedding.size());
            o.inconclusive = inconclusiveReasons(a, b);
        } else {
            o.file = !a.ok ? r.a : r.b;
            o.reason = !a.ok ? a.reason : b.reason;
        }
        out.outcomes << o;
    }
    return out;
}

namespace {

// The pack's LR Cllr on the scored pairs, or why there is none.
void setLikelihoodRatioCheck(const FaceModel& model, const QList<PairOutcome>& outcomes, PairVerificationReport* r)
{
    if (!model.likelihoodRatio()) {
        r->likelihoodRatio = QJsonValue();
        r->likelihoodRatioReason = noLrCalibrationReason();
        return;
    }
    std::vector<double> scores;
    std::vector<int> same;
    for (const PairOutcome& o : outcomes)
        if (o.scored) {
            scores.push_back(o.explainable);
            same.push_back(o.same);
        }
    r->likelihoodRatio = lrCheckOnPairs(*model.likelihoodRatio(), scores, same);
}

} // namespace

QJsonArray exclusionsToJson(const QList<ExcludedComponent>& excluded)
{
    QJsonArray out;
    for (const ExcludedComponent& x : excluded) {
        QJsonObject o{{QStringLiteral("component"), x.component}, {QStringLiteral("reason"), x.reason}};
        if (!x.name.isEmpty())
            o.insert(QStringLiteral("name"), x.name);
        if (!x.detail.isEmpty())
            o.insert(QStringLiteral("detail"), x.detail);
        out.append(o);
    }
    return out;
}

namespace {

// The summary's "exclusions": the scored pairs with anything left out of their score, and how many pairs each
// reason and each component concerned.
QJsonObject exclusionSummary(const QList<PairOutcome>& outcomes)
{
    QJsonArray pairs;
    QMap<QString, int> byReason, byComponent;
    for (const PairOutcome& o : outcomes) {
        if (!o.scored || o.excluded.isEmpty())
            continue;
        pairs.append(QJsonObject{{QStringLiteral("pair"), o.pair},
                                 {QStringLiteral("a"), o.a},
                                 {QStringLiteral("b"), o.b},
                                 {QStringLiteral("same"), o.same},
                                 {QStringLiteral("excluded"), exclusionsToJson(o.excluded)}});
        QSet<QString> reasons, components; // each counted once per pair
        for (const ExcludedComponent& x : o.excluded) {
            reasons.insert(x.reason);
            components.insert(x.component);
        }
        for (const QString& r : reasons)
            ++byReason[r];
        for (const QString& c : components)
            ++byComponent[c];
    }
    const auto toJson = [](const QMap<QString, int>& m) {
        QJsonObject o;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    return {{QStringLiteral("pairs_with_exclusions"), int(pairs.size())},
            {QStringLiteral("by_reason"), toJson(byReason)},
            {QStringLiteral("by_component"), toJson(byComponent)},
            {QStringLiteral("pairs"), pairs}};
}

} // namespace

Result<PairVerificationReport> summarisePairs(const QList<PairOutcome>& outcomes, const FaceModel* model)
{
    PairVerificationReport report;
    report.exclusions = exclusionSummary(outcomes);
    std::vector<double> ex, bl;
    std::vector<int> same, fold;
    for (const PairOutcome& o : outcomes) {
        if (!o.scored) {
            QJsonObject f{{QStringLiteral("pair"), o.pair}, {QStringLiteral("a"), o.a},
                          {QStringLiteral("b"), o.b},       {QStringLiteral("same"), o.same},
                          {QStringLiteral("file"), o.file}, {QStringLiteral("reason"), o.reason}};
            if (o.line > 0)
                f.insert(QStringLiteral("line"), o.line);
            report.failed.append(f);
            continue;
        }
        ex.push_back(o.explainable);
        bl.push_back(o.baseline);
        same.push_back(o.same);
        fold.push_back(o.fold);
        // Scored like every other pair (the standard protocol); also listed as what compare would not decide.
        if (!o.inconclusive.isEmpty())
            report.inconclusive.append(
                QJsonObject{{QStringLiteral("pair"), o.pair},
                            {QStringLiteral("a"), o.a},
                            {QStringLiteral("b"), o.b},
                            {QStringLiteral("same"), o.same},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(o.inconclusive)}});
    }
    report.pairs = int(same.size());
    if (report.pairs == 0)
        return nothingScoredError(report);
    report.explainable = evaluateVerification(ex, same, fold);
    report.baseline = evaluateVerification(bl, same, fold);
    if (model)
        setLikelihoodRatioCheck(*model, outcomes, &report);
    return report;
}

Result<PairVerificationReport> verifyPairs(const FaceModel& model, const QList<PairRow>& rows,
                                           const PairVerificationOptions& options, const Progress& progress)
{
    auto scoring = scorePairs(model, rows, 0, rows.size(), options, progress);
    if (!scoring)
        return scoring.error();
    auto report = summarisePairs(scoring->outcomes, &model);
    if (!report)
        return report.error();
    report->images = scoring->images;
    report->secondsPerImage = scoring->images > 0 ? scoring->seconds / scoring->images : 0;
    report->run = QJsonObject{{QStringLiteral("workers"), scoring->workers},
                              {QStringLiteral("analyses"), scoring->analyses},
                              {QStringLiteral("seconds"), scoring->seconds}};
    progress.step(1.0, Tr::tr("Done"));
    return report;
}

Result<PairVerificationReport> verifyPairs(const FaceModel& model, const QList<PairRow>& rows, bool cropped,
                                           const std::function<void(int, int)>& progress,
                                           const std::atomic<bool>* cancel)
{
    Progress p;
    p.cancel = cancel;
    if (progress) {
        const int total = int(distinctImages(rows).size());
        // step(i / total) is reported before image i: the count done is the fraction times the total.
        p.report = [progress, total](double fraction, const QString&) {
            progress(int(std::lround(fraction * total)), total);
            return true;
        };
    }
    PairVerificationOptions options;
    options.cropped = cropped;
    return verifyPairs(model, rows, options, p);
}

QList<QPair<QString, int>> PairVerificationReport::failureReasons() const
{
    QList<QPair<QString, int>> out;
    QHash<QString, qsizetype> index;
    for (const QJsonValue& v : failed) {
        const QString reason = v.toObject().value(QStringLiteral("reason")).toString();
        auto it = index.constFind(reason);
        if (it == index.constEnd()) {
            index.insert(reason, out.size());
            out.append({reason, 1});
        } else {
            ++out[*it].second;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    return out;
}

QJsonObject PairVerificationReport::toJson() const
{
    return QJsonObject{{QStringLiteral("pairs"), pairs},
                       {QStringLiteral("images"), images},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("inconclusive"), inconclusive},
                       {QStringLiteral("exclusions"), exclusions},
                       {QStringLiteral("explainable"), verificationToJson(explainable)},
                       {QStringLiteral("baseline"), verificationToJson(baseline)},
                       {QStringLiteral("seconds_per_image"), secondsPerImage},
                       {QStringLiteral("run"), run},
                       {QStringLiteral("likelihood_ratio"), likelihoodRatio},
                       {QStringLiteral("likelihood_ratio_reason"),
                        likelihoodRatioReason.isEmpty() ? QJsonValue() : QJsonValue(likelihoodRatioReason)}};
}

} // namespace descry

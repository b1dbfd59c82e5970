#include "core/face/pipeline/PairVerification.h"

#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/eval/Similarity.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

// How many distinct reasons the "no pair could be scored" error names.
constexpr int kReasonsInError = 3;

struct Scored
{
    bool ok = false;
    QString reason;              // why no face could be analysed
    QStringList qualityProblems; // why a comparison with this face would be inconclusive
    std::vector<float> e;
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
    auto c = model.concepts(a->morphometry, a->embedding);
    if (!c)
        return c.error();
    s.ok = true;
    s.qualityProblems = a->aligned.quality.problems;
    s.e = c->e;
    s.embedding.assign(a->embedding.begin(), a->embedding.end());
    return s;
}

// Analyses every distinct image of `rows` once: concepts and embedding, or why it failed.
Result<QHash<QString, Scored>> analyseImages(const FaceModel& model, const QStringList& images,
                                             const PairVerificationOptions& options, const Progress& progress,
                                             double* secondsPerImage)
{
    QHash<QString, Scored> scored;
    scored.reserve(images.size());
    QElapsedTimer timer;
    timer.start();
    const int total = int(images.size());
    for (int i = 0; i < total; ++i) {
        if (!progress.step(double(i) / total, Tr::tr("image %1 of %2").arg(i + 1).arg(total)))
            return Error(ErrorCode::Cancelled, Tr::tr("verification cancelled"));
        auto s = analyseImage(model, images[i], options);
        if (!s)
            return s.error();
        scored.insert(images[i], *s);
    }
    *secondsPerImage = images.isEmpty() ? 0 : timer.nsecsElapsed() * 1e-9 / double(images.size());
    return scored;
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

// The header: the first line that is neither blank nor a comment, when its 'same' column is not 0 or 1.
bool parseRow(const QString& line, int lineNo, const QDir& base, PairRow* row, bool* bad)
{
    const QStringList cols = line.split(QLatin1Char(','));
    *bad = cols.size() != 3;
    if (*bad)
        return false;
    bool ok = false;
    const int same = cols[2].trimmed().toInt(&ok);
    if (!ok || (same != 0 && same != 1))
        return false;
    *row = PairRow{base.absoluteFilePath(cols[0].trimmed()), base.absoluteFilePath(cols[1].trimmed()), same, lineNo};
    return true;
}

} // namespace

Result<QList<PairRow>> readPairsCsv(const QString& path, const QString& root)
{
    if (auto size = checkRegularFile(path, kMaxListFileBytes); !size)
        return size.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(ErrorCode::Input, Tr::tr("cannot open for reading (%1)").arg(f.errorString()), path);
    const QDir base(root.isEmpty() ? QFileInfo(path).absolutePath() : root);
    QList<PairRow> rows;
    bool seenContent = false;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (lineNo == 1 && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1).trimmed(); // a byte-order mark from a spreadsheet export
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const bool first = !seenContent;
        seenContent = true;
        PairRow row;
        bool bad = false;
        if (parseRow(line, lineNo, base, &row, &bad)) {
            rows << row;
            continue;
        }
        if (bad)
            return Error(ErrorCode::Input, Tr::tr("line %1: expected 'path1,path2,same'").arg(lineNo), path);
        if (!first)
            return Error(ErrorCode::Input, Tr::tr("line %1: 'same' must be 0 or 1").arg(lineNo), path);
    }
    if (f.error() != QFileDevice::NoError)
        return Error(ErrorCode::Input, Tr::tr("read error (%1)").arg(f.errorString()), path);
    if (rows.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("no pairs found"), path);
    return rows;
}

QStringList distinctImages(const QList<PairRow>& rows)
{
    QStringList images;
    QSet<QString> seen;
    seen.reserve(rows.size() * 2);
    for (const PairRow& r : rows) {
        for (const QString* p : {&r.a, &r.b}) {
            if (!seen.contains(*p)) {
                seen.insert(*p);
                images << *p;
            }
        }
    }
    return images;
}

Result<PairVerificationReport> verifyPairs(const FaceModel& model, const QList<PairRow>& rows,
                                           const PairVerificationOptions& options, const Progress& progress)
{
    PairVerificationReport report;
    const QStringList images = distinctImages(rows);
    report.images = int(images.size());
    auto scoredImages = analyseImages(model, images, options, progress, &report.secondsPerImage);
    if (!scoredImages)
        return scoredImages.error();
    const QHash<QString, Scored>& scored = *scoredImages;
    std::vector<double> ex, bl;
    std::vector<int> same;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PairRow& r = rows[i];
        const Scored& a = *scored.constFind(r.a);
        const Scored& b = *scored.constFind(r.b);
        if (!a.ok || !b.ok) {
            QJsonObject f{{QStringLiteral("pair"), int(i)},
                          {QStringLiteral("a"), r.a},
                          {QStringLiteral("b"), r.b},
                          {QStringLiteral("same"), r.same},
                          {QStringLiteral("file"), !a.ok ? r.a : r.b},
                          {QStringLiteral("reason"), !a.ok ? a.reason : b.reason}};
            if (r.line > 0)
                f.insert(QStringLiteral("line"), r.line);
            report.failed.append(f);
            continue;
        }
        ex.push_back(faceScore(a.e, b.e));
        bl.push_back(cosineSimilarity(a.embedding.data(), b.embedding.data(), a.embedding.size()));
        same.push_back(r.same);
        // Scored like every other pair (the standard protocol); also listed as what compare would not decide.
        if (const QStringList reasons = inconclusiveReasons(a, b); !reasons.isEmpty())
            report.inconclusive.append(QJsonObject{{QStringLiteral("pair"), int(i)},
                                                   {QStringLiteral("a"), r.a},
                                                   {QStringLiteral("b"), r.b},
                                                   {QStringLiteral("same"), r.same},
                                                   {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}});
    }
    report.pairs = int(same.size());
    if (report.pairs == 0)
        return nothingScoredError(report);
    report.explainable = evaluateVerification(ex, same, {});
    report.baseline = evaluateVerification(bl, same, {});
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
                       {QStringLiteral("explainable"), verificationToJson(explainable)},
                       {QStringLiteral("baseline"), verificationToJson(baseline)},
                       {QStringLiteral("seconds_per_image"), secondsPerImage}};
}

} // namespace descry

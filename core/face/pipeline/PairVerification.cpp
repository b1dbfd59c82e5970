#include "core/face/pipeline/PairVerification.h"
#include "core/common/Tr.h"

#include "core/eval/Similarity.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cmath>

namespace descry {

namespace {

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

// Analyses every distinct image of `rows` once: concepts and embedding, or why it failed (input errors only;
// anything else aborts).
Result<QHash<QString, Scored>> analyseImages(const FaceModel& model, const QList<PairRow>& rows, bool cropped,
                                             const std::function<void(int, int)>& progress,
                                             const std::atomic<bool>* cancel, double* secondsPerImage)
{
    QStringList images;
    for (const PairRow& r : rows) {
        if (!images.contains(r.a))
            images << r.a;
        if (!images.contains(r.b))
            images << r.b;
    }
    QHash<QString, Scored> scored;
    DetectOptions options;
    options.cropped = cropped;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < images.size(); ++i) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled, Tr::tr("verification cancelled"));
        Scored s;
        auto a = model.analyzer().analyze(images[i], options);
        if (a) {
            auto c = model.concepts(a->morphometry, a->embedding);
            if (!c)
                return c.error();
            s.ok = true;
            s.qualityProblems = a->aligned.quality.problems;
            s.e = c->e;
            s.embedding.assign(a->embedding.begin(), a->embedding.end());
        } else if (a.error().code() == ErrorCode::Input) {
            s.reason = a.error().message();
        } else {
            return a.error();
        }
        scored.insert(images[i], s);
        if (progress)
            progress(i + 1, int(images.size()));
    }
    *secondsPerImage = images.isEmpty() ? 0 : timer.nsecsElapsed() * 1e-9 / double(images.size());
    return scored;
}

} // namespace

Result<QList<PairRow>> readPairsCsv(const QString& path, const QString& root)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(ErrorCode::Input, Tr::tr("cannot open for reading (%1)").arg(f.errorString()), path);
    const QDir base(root.isEmpty() ? QFileInfo(path).absolutePath() : root);
    QList<PairRow> rows;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char(','));
        if (cols.size() != 3)
            return Error(ErrorCode::Input, Tr::tr("line %1: expected 'path1,path2,same'").arg(lineNo), path);
        bool ok = false;
        const int same = cols[2].trimmed().toInt(&ok);
        if (!ok || (same != 0 && same != 1)) {
            if (rows.isEmpty() && lineNo == 1)
                continue; // header
            return Error(ErrorCode::Input, Tr::tr("line %1: 'same' must be 0 or 1").arg(lineNo), path);
        }
        rows << PairRow{base.absoluteFilePath(cols[0].trimmed()), base.absoluteFilePath(cols[1].trimmed()), same};
    }
    if (rows.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("no pairs found"), path);
    return rows;
}

Result<PairVerificationReport> verifyPairs(const FaceModel& model, const QList<PairRow>& rows, bool cropped,
                                           const std::function<void(int, int)>& progress,
                                           const std::atomic<bool>* cancel)
{
    PairVerificationReport report;
    auto scoredImages = analyseImages(model, rows, cropped, progress, cancel, &report.secondsPerImage);
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
            report.failed.append(QJsonObject{{QStringLiteral("a"), r.a},
                                             {QStringLiteral("b"), r.b},
                                             {QStringLiteral("same"), r.same},
                                             {QStringLiteral("reason"), !a.ok ? a.reason : b.reason}});
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
    report.explainable = evaluateVerification(ex, same, {});
    report.baseline = evaluateVerification(bl, same, {});
    return report;
}

QJsonObject PairVerificationReport::toJson() const
{
    return QJsonObject{{QStringLiteral("pairs"), pairs},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("inconclusive"), inconclusive},
                       {QStringLiteral("explainable"), verificationToJson(explainable)},
                       {QStringLiteral("baseline"), verificationToJson(baseline)},
                       {QStringLiteral("seconds_per_image"), secondsPerImage}};
}

} // namespace descry

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
    QString reason;
    std::vector<float> e;
    std::vector<float> embedding;
};

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
    PairVerificationReport report;
    report.secondsPerImage = images.isEmpty() ? 0 : timer.nsecsElapsed() * 1e-9 / double(images.size());
    std::vector<double> ex, bl;
    std::vector<int> same;
    for (const PairRow& r : rows) {
        const Scored& a = scored[r.a];
        const Scored& b = scored[r.b];
        if (!a.ok || !b.ok) {
            report.failed.append(QJsonObject{{QStringLiteral("a"), r.a},
                                             {QStringLiteral("b"), r.b},
                                             {QStringLiteral("same"), r.same},
                                             {QStringLiteral("reason"), !a.ok ? a.reason : b.reason}});
            continue;
        }
        ex.push_back(cosineSimilarity(a.e.data(), b.e.data(), a.e.size()));
        bl.push_back(cosineSimilarity(a.embedding.data(), b.embedding.data(), a.embedding.size()));
        same.push_back(r.same);
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
                       {QStringLiteral("explainable"), verificationToJson(explainable)},
                       {QStringLiteral("baseline"), verificationToJson(baseline)},
                       {QStringLiteral("seconds_per_image"), secondsPerImage}};
}

} // namespace descry

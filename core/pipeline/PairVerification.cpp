#include "core/pipeline/PairVerification.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cmath>

namespace descry {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("descry", s);
}

double cosine(const std::vector<float>& a, const std::vector<float>& b)
{
    double ab = 0, aa = 0, bb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return ab / std::sqrt(std::max(aa * bb, 1e-24));
}

QJsonObject resultJson(const VerificationResult& r)
{
    QJsonObject tar;
    for (const auto& [far, t] : r.tarAtFar)
        tar.insert(QString::number(far), t);
    return QJsonObject{{QStringLiteral("accuracy"), r.accuracy},
                       {QStringLiteral("accuracy_std"), r.accuracyStd},
                       {QStringLiteral("auc"), r.auc},
                       {QStringLiteral("tar_at_far"), tar},
                       {QStringLiteral("threshold"), r.threshold}};
}

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
        return Error(ErrorCode::Input, tr("cannot open for reading (%1)").arg(f.errorString()), path);
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
            return Error(ErrorCode::Input, tr("line %1: expected 'path1,path2,same'").arg(lineNo), path);
        bool ok = false;
        const int same = cols[2].trimmed().toInt(&ok);
        if (!ok || (same != 0 && same != 1)) {
            if (rows.isEmpty() && lineNo == 1)
                continue; // header
            return Error(ErrorCode::Input, tr("line %1: 'same' must be 0 or 1").arg(lineNo), path);
        }
        rows << PairRow{base.absoluteFilePath(cols[0].trimmed()), base.absoluteFilePath(cols[1].trimmed()), same};
    }
    if (rows.isEmpty())
        return Error(ErrorCode::Input, tr("no pairs found"), path);
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
            return Error(ErrorCode::Cancelled, tr("verification cancelled"));
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
        ex.push_back(cosine(a.e, b.e));
        bl.push_back(cosine(a.embedding, b.embedding));
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
                       {QStringLiteral("explainable"), resultJson(explainable)},
                       {QStringLiteral("baseline"), resultJson(baseline)},
                       {QStringLiteral("seconds_per_image"), secondsPerImage}};
}

} // namespace descry

#include "core/eval/ZeroShot.h"

#include "core/common/Tr.h"
#include "core/imaging/ImageLoader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

bool isImageFile(const QFileInfo& fi)
{
    static const QStringList exts = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                     QStringLiteral("pgm"), QStringLiteral("ppm"),  QStringLiteral("bmp"),
                                     QStringLiteral("gif"), QStringLiteral("tif"),  QStringLiteral("tiff"),
                                     QStringLiteral("webp")};
    return exts.contains(fi.suffix().toLower());
}

double norm(const float* v, int dim)
{
    double s = 0;
    for (int i = 0; i < dim; ++i)
        s += double(v[i]) * double(v[i]);
    return std::sqrt(s);
}

QJsonValue numberOrNull(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QString percent(double v)
{
    return std::isnan(v) ? QStringLiteral("n/a") : QStringLiteral("%1 %").arg(v * 100, 0, 'f', 1);
}

} // namespace

QString zeroShotPrompt(const QString& folderName)
{
    QString name = folderName;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return QStringLiteral("a photo of a %1").arg(name.simplified());
}

Result<ZeroShotSet> scanZeroShotFolder(const QString& root)
{
    const QDir dir(root);
    if (!dir.exists())
        return Error(ErrorCode::Input, Tr::tr("zero-shot folder not found"), root);
    ZeroShotSet set;
    set.root = dir.absolutePath();
    for (const QString& cls : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir cd(dir.filePath(cls));
        QStringList files;
        for (const QFileInfo& fi : cd.entryInfoList(QDir::Files, QDir::Name))
            if (isImageFile(fi))
                files << fi.absoluteFilePath();
        if (files.isEmpty())
            return Error(ErrorCode::Input, Tr::tr("the class folder '%1' holds no image").arg(cls), root);
        const int label = int(set.classNames.size());
        set.classNames << QString(cls).replace(QLatin1Char('_'), QLatin1Char(' '));
        set.prompts << zeroShotPrompt(cls);
        for (const QString& f : files) {
            set.images << f;
            set.labels.push_back(label);
        }
    }
    if (set.classNames.size() < 2)
        return Error(ErrorCode::Input,
                     Tr::tr("a zero-shot folder needs at least two class subfolders with images, found %1")
                         .arg(set.classNames.size()),
                     root);
    return set;
}

double zeroShotAccuracy(const float* imageFeatures, int n, const float* textFeatures, int classes, int dim,
                        const std::vector<int>& labels)
{
    if (n <= 0 || classes <= 0)
        return NAN;
    std::vector<double> textNorms(static_cast<size_t>(classes));
    for (int c = 0; c < classes; ++c)
        textNorms[size_t(c)] = std::max(norm(textFeatures + size_t(c) * dim, dim), 1e-12);
    int correct = 0;
    for (int i = 0; i < n; ++i) {
        const float* x = imageFeatures + size_t(i) * dim;
        int best = -1;
        double bestCos = -INFINITY;
        // The image's own norm scales every cosine alike, so it cannot change the argmax.
        for (int c = 0; c < classes; ++c) {
            const float* t = textFeatures + size_t(c) * dim;
            double dot = 0;
            for (int k = 0; k < dim; ++k)
                dot += double(x[k]) * double(t[k]);
            const double cos = dot / textNorms[size_t(c)];
            if (cos > bestCos) {
                bestCos = cos;
                best = c;
            }
        }
        if (best == labels[size_t(i)])
            ++correct;
    }
    return double(correct) / double(n);
}

Result<std::vector<float>> zeroShotTextFeatures(const ClipModel& model, const ClipTokenizer& tokenizer,
                                                const ZeroShotSet& set)
{
    std::vector<std::vector<int64_t>> tokens;
    for (const QString& p : set.prompts)
        tokens.push_back(tokenizer.tokenize(p, model.config().text.contextLength));
    std::vector<float> out(size_t(set.prompts.size()) * size_t(model.config().embedDim));
    if (auto st = model.encodeTexts(tokens, out.data()); !st)
        return st.error();
    return out;
}

Status forEachZeroShotBatch(const ZeroShotSet& set, const ClipImageNorm& norm, int batch,
                            const std::function<Status(const float* pixels, int n, int first)>& consume,
                            const Progress& progress)
{
    const size_t per = size_t(3) * size_t(norm.size) * size_t(norm.size);
    batch = std::max(1, batch);
    std::vector<float> pixels;
    int first = 0;
    for (int i = 0; i < set.images.size(); ++i) {
        if (!progress.step(double(i) / double(set.images.size()), Tr::tr("Zero-shot images")))
            return Error(ErrorCode::Cancelled, Tr::tr("zero-shot check cancelled"));
        auto image = loadImage(set.images[i]);
        if (!image)
            return image.error().withFile(set.images[i]);
        const std::vector<float> one = clipPreprocess(image->image, norm);
        if (one.size() != per)
            return Error(ErrorCode::Input, Tr::tr("the image could not be prepared for the image tower"),
                         set.images[i]);
        pixels.insert(pixels.end(), one.begin(), one.end());
        const int n = int(pixels.size() / per);
        if (n == batch || i + 1 == set.images.size()) {
            if (auto st = consume(pixels.data(), n, first); !st)
                return st;
            first += n;
            pixels.clear();
        }
    }
    return {};
}

Result<double> evaluateZeroShot(const ClipModel& model, const ClipTokenizer& tokenizer, const ZeroShotSet& set,
                                const Progress& progress)
{
    auto text = zeroShotTextFeatures(model, tokenizer, set);
    if (!text)
        return text.error();
    const ClipConfig& cfg = model.config();
    const int dim = cfg.embedDim;
    std::vector<float> features(size_t(set.images.size()) * size_t(dim));
    const ClipImageNorm norm{cfg.vision.imageSize, cfg.mean, cfg.std};
    auto st = forEachZeroShotBatch(
        set, norm, 8,
        [&](const float* pixels, int n, int first) {
            return model.encodeImages(pixels, n, features.data() + size_t(first) * dim);
        },
        progress);
    if (!st)
        return st.error();
    return zeroShotAccuracy(features.data(), int(set.images.size()), text->data(), int(set.classNames.size()), dim,
                            set.labels);
}

QJsonObject AlignmentProxy::toJson() const
{
    return {{QStringLiteral("folder"), folder},
            {QStringLiteral("classes"), classes},
            {QStringLiteral("images"), images},
            {QStringLiteral("prompt"), zeroShotPrompt(QStringLiteral("{class name}"))},
            {QStringLiteral("before"), numberOrNull(before)},
            {QStringLiteral("after"), numberOrNull(after)},
            {QStringLiteral("after_residual"), numberOrNull(afterResidual)},
            {QStringLiteral("drop"), numberOrNull(drop())},
            {QStringLiteral("drop_residual"), numberOrNull(dropResidual())}};
}

QStringList AlignmentProxy::logLines() const
{
    QStringList lines{Tr::tr("alignment proxy (zero-shot on %1 images of %2 classes in %3): before tuning %4, "
                             "tuned tower %5, tuned image embedding I %6")
                          .arg(images)
                          .arg(classes)
                          .arg(folder, percent(before), percent(after), percent(afterResidual))};
    if (drop() > kWarnDrop)
        lines << Tr::tr("warning: tuning lowered the tower's zero-shot accuracy by %1 points: the text-image "
                        "alignment the explanations rely on may be damaged")
                     .arg(drop() * 100, 0, 'f', 1);
    if (dropResidual() > kWarnDrop)
        lines << Tr::tr("warning: the trained image embedding I scores %1 points below the checkpoint in zero-shot: "
                        "its concept scores may no longer mean what the descriptor prompts say")
                     .arg(dropResidual() * 100, 0, 'f', 1);
    return lines;
}

} // namespace descry

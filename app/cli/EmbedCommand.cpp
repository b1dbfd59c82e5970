// `descry-cli embed`: descriptors of aligned face chips from dlib's ResNet, or image and text features of a CLIP
// checkpoint run natively (DESIGN.md §2, §6).
#include "app/cli/ClipCheckpointArg.h"
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/clip/ClipPreprocess.h"
#include "core/clip/ClipTokenizer.h"
#include "core/common/Tr.h"
#include "core/face/DlibResNet.h"
#include "core/imaging/ImageLoader.h"

#include <cmath>

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>

namespace descry::cli {

namespace {

// One chip named on the command line, decoded and hashed.
struct Chip
{
    QString file;
    QString sha256;
    QImage image;
    bool damaged = false;
    QStringList warnings;
};

// Read through the one image loader: limits checked before decoding, damaged files refused unless allowed.
Result<Chip> readChip(const QString& file, bool allowDamaged)
{
    ImageLoadOptions options;
    options.allowDamaged = allowDamaged;
    auto loaded = loadImage(file, options);
    if (!loaded)
        return loaded.error().withFile(file);
    Chip c{file, loaded->sha256, loaded->image, loaded->damaged, loaded->warnings};
    if (c.image.width() != DlibResNet::ChipSize || c.image.height() != DlibResNet::ChipSize)
        return Error(ErrorCode::Input,
                     Tr::tr("image is %1x%2; expected an aligned %3x%3 chip")
                         .arg(c.image.width())
                         .arg(c.image.height())
                         .arg(DlibResNet::ChipSize),
                     file);
    return c;
}

QJsonObject embeddingsJson(const QList<Chip>& chips, const std::vector<FaceDescriptor>& descriptors,
                           const QString& weightsSha256)
{
    QJsonArray embeddings;
    for (qsizetype i = 0; i < chips.size(); ++i) {
        QJsonArray values;
        for (float v : descriptors[static_cast<size_t>(i)])
            values.append(static_cast<double>(v));
        embeddings.append(
            QJsonObject{{QStringLiteral("file"), chips[i].file},
                        {QStringLiteral("sha256"), chips[i].sha256},
                        {QStringLiteral("damaged"), chips[i].damaged},
                        {QStringLiteral("decoder_warnings"), QJsonArray::fromStringList(chips[i].warnings)},
                        {QStringLiteral("descriptor"), values}});
    }
    return {{QStringLiteral("encoder"), QStringLiteral("dlib-resnet")},
            {QStringLiteral("weights_sha256"), weightsSha256},
            {QStringLiteral("embeddings"), embeddings}};
}

// One line per chip: FILE, a tab, the descriptor's values.
QString embeddingsText(const QList<Chip>& chips, const std::vector<FaceDescriptor>& descriptors)
{
    QString text;
    for (qsizetype i = 0; i < chips.size(); ++i) {
        QStringList values;
        for (float v : descriptors[static_cast<size_t>(i)])
            values << QString::number(static_cast<double>(v), 'g', 9);
        text += chips[i].file + QLatin1Char('\t') + values.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return text;
}

// One image or text through a CLIP tower.
struct ClipItem
{
    QString name; // path or text
    QString sha256;
    bool damaged = false;
    std::vector<int64_t> tokens;
    std::vector<float> features;
};

QJsonArray floatsJson(const std::vector<float>& v)
{
    QJsonArray a;
    for (float x : v)
        a.append(double(x));
    return a;
}

std::vector<float> normalized(const std::vector<float>& v)
{
    double s = 0;
    for (float x : v)
        s += double(x) * x;
    const double n = std::sqrt(s);
    std::vector<float> out(v);
    if (n > 0)
        for (float& x : out)
            x = float(x / n);
    return out;
}

QJsonObject clipJson(const LoadedClip& clip, const QList<ClipItem>& images, const QList<ClipItem>& texts)
{
    QJsonArray imageArray, textArray;
    for (const ClipItem& i : images)
        imageArray.append(QJsonObject{{QStringLiteral("path"), i.name},
                                      {QStringLiteral("sha256"), i.sha256},
                                      {QStringLiteral("damaged"), i.damaged},
                                      {QStringLiteral("features"), floatsJson(i.features)},
                                      {QStringLiteral("normalized"), floatsJson(normalized(i.features))}});
    for (const ClipItem& t : texts) {
        QJsonArray tokens;
        for (int64_t id : t.tokens)
            tokens.append(qint64(id));
        textArray.append(QJsonObject{{QStringLiteral("text"), t.name},
                                     {QStringLiteral("tokens"), tokens},
                                     {QStringLiteral("features"), floatsJson(t.features)},
                                     {QStringLiteral("normalized"), floatsJson(normalized(t.features))}});
    }
    const ClipConfig& cfg = clip.model.config();
    return {{QStringLiteral("encoder"), QStringLiteral("openclip-vit")},
            {QStringLiteral("checkpoint"), clip.checkpointJson()},
            {QStringLiteral("config"), cfg.toJson()},
            {QStringLiteral("activation"), clipActivationId(cfg.activation)},
            {QStringLiteral("images"), imageArray},
            {QStringLiteral("texts"), textArray}};
}

// "image<TAB>PATH<TAB>values" and "text<TAB>TEXT<TAB>values": one line per item.
QString clipText(const QList<ClipItem>& images, const QList<ClipItem>& texts)
{
    QString out;
    auto line = [&out](const QString& kind, const ClipItem& item) {
        QStringList values;
        for (float v : item.features)
            values << QString::number(double(v), 'g', 9);
        QString name = item.name;
        name.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += kind + QLatin1Char('\t') + name + QLatin1Char('\t') + values.join(QLatin1Char(' ')) + QLatin1Char('\n');
    };
    for (const ClipItem& i : images)
        line(QStringLiteral("image"), i);
    for (const ClipItem& t : texts)
        line(QStringLiteral("text"), t);
    return out;
}

// Images through the one loader (limits, damage) and open_clip's preprocessing, then the image tower.
Status encodeClipImages(const ParsedArgs& args, const ClipModel& model, QList<ClipItem>* images)
{
    ImageLoadOptions options;
    options.allowDamaged = args.isSet(QStringLiteral("allow-damaged"));
    const ClipConfig& cfg = model.config();
    const ClipImageNorm norm{cfg.vision.imageSize, cfg.mean, cfg.std};
    QStringList damaged;
    std::vector<float> pixels;
    for (const QString& f : args.values(QStringLiteral("image"))) {
        auto loaded = loadImage(f, options);
        if (!loaded)
            return loaded.error().withFile(f);
        if (loaded->damaged)
            damaged << Tr::tr("%1: DAMAGED FILE — truncated or corrupt; analysed because --allow-damaged").arg(f);
        const std::vector<float> one = clipPreprocess(loaded->image, norm);
        if (one.empty())
            return Error(ErrorCode::Input, Tr::tr("the image is empty"), f);
        pixels.insert(pixels.end(), one.begin(), one.end());
        images->append(ClipItem{f, loaded->sha256, loaded->damaged, {}, {}});
    }
    printWarnings(damaged);
    std::vector<float> out(size_t(images->size()) * size_t(cfg.embedDim));
    if (auto st = model.encodeImages(pixels.data(), int(images->size()), out.data()); !st)
        return st;
    for (qsizetype i = 0; i < images->size(); ++i)
        (*images)[i].features.assign(out.begin() + std::ptrdiff_t(i * cfg.embedDim),
                                     out.begin() + std::ptrdiff_t((i + 1) * cfg.embedDim));
    return {};
}

Status encodeClipTexts(const QStringList& texts, const ClipModel& model, QList<ClipItem>* items)
{
    auto tokenizer = ClipTokenizer::loadDefault();
    if (!tokenizer)
        return tokenizer.error();
    std::vector<std::vector<int64_t>> rows;
    for (const QString& t : texts)
        rows.push_back(tokenizer->tokenize(t, model.config().text.contextLength));
    const int e = model.config().embedDim;
    std::vector<float> out(rows.size() * size_t(e));
    if (auto st = model.encodeTexts(rows, out.data()); !st)
        return st;
    for (qsizetype i = 0; i < texts.size(); ++i)
        items->append(ClipItem{
            texts[i],
            {},
            false,
            rows[size_t(i)],
            std::vector<float>(out.begin() + std::ptrdiff_t(i * e), out.begin() + std::ptrdiff_t((i + 1) * e))});
    return {};
}

ExitCode runClipEmbed(const ParsedArgs& args)
{
    if (args.isSet(QStringLiteral("chip")) || args.isSet(QStringLiteral("dlib-resnet")))
        return fail(args.usageError(Tr::tr("--clip takes --image and --text, not --chip or --dlib-resnet")));
    const QStringList texts = args.values(QStringLiteral("text"));
    if (!args.isSet(QStringLiteral("image")) && texts.isEmpty())
        return fail(args.usageError(Tr::tr("--clip needs at least one --image or --text")));
    applyImageOptions(args);
    auto clip = loadClipCheckpoint(args.value(QStringLiteral("clip")), args.value(QStringLiteral("activation")),
                                   !texts.isEmpty());
    if (!clip)
        return fail(clip.error());
    QList<ClipItem> images, textItems;
    if (auto st = encodeClipImages(args, clip->model, &images); !st)
        return fail(st.error());
    if (!texts.isEmpty()) {
        if (auto st = encodeClipTexts(texts, clip->model, &textItems); !st)
            return fail(st.error());
    }
    if (args.isSet(QStringLiteral("json")))
        printJson(clipJson(*clip, images, textItems));
    else
        printText(clipText(images, textItems));
    return ExitCode::Success;
}

ExitCode runEmbed(const ParsedArgs& args)
{
    if (args.isSet(QStringLiteral("clip")))
        return runClipEmbed(args);
    if (!args.isSet(QStringLiteral("dlib-resnet")))
        return fail(args.usageError(Tr::tr("choose an encoder (--dlib-resnet or --clip CHECKPOINT)")));
    if (args.isSet(QStringLiteral("image")) || args.isSet(QStringLiteral("text")) ||
        args.isSet(QStringLiteral("activation")))
        return fail(
            args.usageError(Tr::tr("--dlib-resnet takes --chip; --image, --text and --activation go with --clip")));
    if (!args.isSet(QStringLiteral("chip")))
        return fail(args.usageError(Tr::tr("--dlib-resnet needs at least one --chip")));
    applyImageOptions(args);
    QList<Chip> chips;
    QStringList damaged;
    for (const QString& f : args.values(QStringLiteral("chip"))) {
        auto c = readChip(f, args.isSet(QStringLiteral("allow-damaged")));
        if (!c)
            return fail(c.error());
        if (c->damaged)
            damaged << Tr::tr("%1: DAMAGED FILE — truncated or corrupt; analysed because --allow-damaged").arg(f);
        chips << std::move(c).value();
    }
    printWarnings(damaged);
    auto model = DlibResNet::loadDefault();
    if (!model)
        return fail(model.error());
    QList<QImage> images;
    for (const Chip& c : chips)
        images << c.image;
    auto descriptors = model->embed(images);
    if (!descriptors)
        return fail(descriptors.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(embeddingsJson(chips, *descriptors, model->weightsSha256()));
    else
        printText(embeddingsText(chips, *descriptors));
    return ExitCode::Success;
}

} // namespace

Command embedCommand()
{
    return Command{
        .words = {QStringLiteral("embed")},
        .summary = Tr::tr("descriptors of aligned 150x150 face chips (dlib ResNet), or image and text features of a "
                          "CLIP checkpoint"),
        .positionals = {},
        .options = {Option::flag(QStringLiteral("dlib-resnet"), Tr::tr("use dlib's face-recognition ResNet")),
                    Option::text(QStringLiteral("chip"), QStringLiteral("FILE"),
                                 Tr::tr("an aligned 150x150 chip (with --dlib-resnet)"))
                        .repeated(),
                    Option::text(
                        QStringLiteral("clip"), QStringLiteral("CHECKPOINT"),
                        Tr::tr("a CLIP checkpoint (open_clip or transformers safetensors, torch.save .pt/.bin)")),
                    Option::choice(QStringLiteral("activation"), {QStringLiteral("gelu"), QStringLiteral("quickgelu")},
                                   Tr::tr("the checkpoint's MLP activation (default: its config.json, else gelu)")),
                    Option::text(QStringLiteral("image"), QStringLiteral("FILE"),
                                 Tr::tr("an image to encode with the CLIP image tower (with --clip)"))
                        .repeated(),
                    Option::text(QStringLiteral("text"), QStringLiteral("TEXT"),
                                 Tr::tr("a text to encode with the CLIP text tower (with --clip)"))
                        .repeated()
                        .allowingEmpty(),
                    allowDamagedOption(), maxMegapixelsOption(), jsonOption()},
        .run = runEmbed,
    };
}

} // namespace descry::cli

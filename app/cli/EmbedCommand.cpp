// `descry-cli embed`: descriptors of aligned face chips from a black-box encoder (DESIGN.md §2).
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/face/DlibResNet.h"
#include "core/imaging/ImageLoader.h"

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

ExitCode runEmbed(const ParsedArgs& args)
{
    if (args.isSet(QStringLiteral("clip")))
        return fail(Error(ErrorCode::Usage, Tr::tr("embed --clip: not implemented yet")));
    if (!args.isSet(QStringLiteral("dlib-resnet")))
        return fail(args.usageError(Tr::tr("choose an encoder (--dlib-resnet)")));
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
        .summary = Tr::tr("descriptors of aligned 150x150 face chips from a black-box encoder"),
        .positionals = {},
        .options = {Option::flag(QStringLiteral("dlib-resnet"), Tr::tr("use dlib's face-recognition ResNet")),
                    Option::flag(QStringLiteral("clip"), Tr::tr("use a CLIP image encoder (not implemented yet)")),
                    Option::text(QStringLiteral("chip"), QStringLiteral("FILE"), Tr::tr("an aligned 150x150 chip"))
                        .repeated()
                        .mandatory(),
                    allowDamagedOption(), maxMegapixelsOption(), jsonOption()},
        .run = runEmbed,
    };
}

} // namespace descry::cli

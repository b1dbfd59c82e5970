// `descry-cli embed`: descriptors of aligned face chips from a black-box encoder (DESIGN.md §2).
#include "cli/Commands.h"
#include "cli/Output.h"

#include "core/common/Hash.h"
#include "core/face/DlibResNet.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>

namespace descry::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("descry-cli", s);
}

// One chip named on the command line, decoded and hashed.
struct Chip
{
    QString file;
    QString sha256;
    QImage image;
};

Result<Chip> readChip(const QString& file)
{
    QImageReader reader(file);
    Chip c{file, {}, reader.read()};
    if (c.image.isNull())
        return Error(ErrorCode::Input,
                     QCoreApplication::translate("descry", "cannot read image: %1").arg(reader.errorString()), file);
    if (c.image.width() != DlibResNet::ChipSize || c.image.height() != DlibResNet::ChipSize)
        return Error(ErrorCode::Input,
                     QCoreApplication::translate("descry", "image is %1x%2; expected an aligned %3x%3 chip")
                         .arg(c.image.width())
                         .arg(c.image.height())
                         .arg(DlibResNet::ChipSize),
                     file);
    auto sha = sha256File(file);
    if (!sha)
        return Error(ErrorCode::Input, sha.error().message(), file);
    c.sha256 = *sha;
    return c;
}

} // namespace

int embed(const QStringList& args)
{
    bool dlib = false;
    bool clip = false;
    bool json = false;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--dlib-resnet"))
            dlib = true;
        else if (a == QLatin1String("--clip"))
            clip = true;
        else if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--chip") && i + 1 < args.size())
            files << args[++i];
        else if (a.startsWith(QLatin1String("--chip=")))
            files << a.mid(7);
        else
            return fail(ExitUsage, tr("embed: unknown option or missing value '%1'").arg(a));
    }
    if (clip)
        return fail(ExitUsage, tr("embed --clip: not implemented yet"));
    if (!dlib)
        return fail(ExitUsage, tr("embed: choose an encoder (--dlib-resnet)"));
    if (files.isEmpty())
        return fail(ExitUsage, tr("embed: give at least one --chip FILE"));

    QList<Chip> chips;
    for (const QString& f : files) {
        auto c = readChip(f);
        if (!c)
            return fail(c.error());
        chips << std::move(c).value();
    }

    auto model = DlibResNet::loadDefault();
    if (!model)
        return fail(model.error());
    QList<QImage> images;
    for (const Chip& c : chips)
        images << c.image;
    auto descriptors = model->embed(images);
    if (!descriptors)
        return fail(descriptors.error());

    if (json) {
        QJsonArray embeddings;
        for (qsizetype i = 0; i < chips.size(); ++i) {
            QJsonArray values;
            for (float v : (*descriptors)[static_cast<size_t>(i)])
                values.append(static_cast<double>(v));
            embeddings.append(QJsonObject{{QStringLiteral("file"), chips[i].file},
                                          {QStringLiteral("sha256"), chips[i].sha256},
                                          {QStringLiteral("descriptor"), values}});
        }
        printJson(QJsonObject{{QStringLiteral("encoder"), QStringLiteral("dlib-resnet")},
                              {QStringLiteral("weights_sha256"), model->weightsSha256()},
                              {QStringLiteral("embeddings"), embeddings}});
    } else {
        QString text;
        for (qsizetype i = 0; i < chips.size(); ++i) {
            QStringList values;
            for (float v : (*descriptors)[static_cast<size_t>(i)])
                values << QString::number(static_cast<double>(v), 'g', 9);
            text += chips[i].file + QLatin1Char('\t') + values.join(QLatin1Char(' ')) + QLatin1Char('\n');
        }
        printText(text);
    }
    return ExitOk;
}

} // namespace descry::cli

#include "app/cli/ClipCheckpointArg.h"

#include "app/cli/ProgressLine.h"

#include "core/common/Hash.h"
#include "core/common/Tr.h"

#include <QFileInfo>

#include <memory>

namespace descry::cli {

namespace {

// Below this size hashing and loading take well under a second: no bar, so small runs keep stderr clean.
constexpr qint64 kProgressBytes = 128LL * 1024 * 1024;

} // namespace

QJsonObject LoadedClip::checkpointJson() const
{
    return {{QStringLiteral("path"), path}, {QStringLiteral("format"), format}, {QStringLiteral("sha256"), sha256}};
}

Result<LoadedClip> loadClipCheckpoint(const QString& path, const QString& activation, bool withText)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error(ErrorCode::Model,
                     info.exists() ? Tr::tr("is not a file (expected a CLIP checkpoint)")
                                   : Tr::tr("CLIP checkpoint not found"),
                     path);
    std::unique_ptr<ProgressLine> bar;
    if (info.size() >= kProgressBytes)
        bar = std::make_unique<ProgressLine>(Tr::tr("hashing the checkpoint"), Tr::tr("MiB"));
    auto sha = sha256File(path, [&](qint64 done, qint64 total) {
        if (bar)
            bar->update(done >> 20, total >> 20);
    });
    if (!sha)
        return Error(ErrorCode::Model, sha.error().message(), path);
    bar.reset();
    ClipModelOptions options;
    options.imageOnly = !withText;
    if (!activation.isEmpty())
        options.activation = clipActivationFromId(activation);
    auto model = ClipModel::open(path, options);
    if (!model)
        return model.error().code() == ErrorCode::Cancelled
                   ? model.error()
                   : Error(ErrorCode::Model, model.error().message(),
                           model.error().file().isEmpty() ? path : model.error().file());
    return LoadedClip{*model, QFileInfo(path).absoluteFilePath(), model->checkpointFormat(), *sha};
}

} // namespace descry::cli

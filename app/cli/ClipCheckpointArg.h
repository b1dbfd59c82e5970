#pragma once
// The CLIP checkpoint of `embed --clip` and `pack build --clip`: read, hashed and turned into a model once, with
// a progress bar for the seconds a multi-GB file takes.

#include "core/clip/ClipModel.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace descry::cli {

// A loaded checkpoint: the model and what outputs record about the file.
struct LoadedClip
{
    ClipModel model;
    QString path;
    QString format; // ClipModel::checkpointFormat()
    QString sha256;

    // {"path", "format", "sha256"}
    QJsonObject checkpointJson() const;
};

// `activation`: the --activation value (empty: the checkpoint's own config, else GELU). `withText`: load the text
// tower too. Errors: checkpoint problems are Model errors naming the file and the tensor (exit 3).
Result<LoadedClip> loadClipCheckpoint(const QString& path, const QString& activation, bool withText);

} // namespace descry::cli

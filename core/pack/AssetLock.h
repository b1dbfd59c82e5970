#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace descry {

// One pinned model-asset file from packaging/assets.lock and what was found on disk.
struct AssetEntry
{
    enum class Status { NotChecked, Ok, Missing, Mismatch, Unreadable };

    QString relativePath; // as written in the lock ("face-api/model/...", or absolute for system files)
    QString absolutePath;
    QString expectedSha256;
    QString actualSha256;
    QString source; // npm package@version or Debian package
    Status status = Status::NotChecked;
};

QString assetStatusName(AssetEntry::Status status);

// Parses the lock file format (see packaging/assets.lock); errors give the line number.
Result<QList<AssetEntry>> parseAssetLock(const QString& text, const QString& assetsDir, const QString& origin);

// The lock compiled into the program (a copy of packaging/assets.lock), resolved against assetsDir.
Result<QList<AssetEntry>> builtInAssetLock(const QString& assetsDir);

// Hashes every entry and fills status/actualSha256.
void verifyAssets(QList<AssetEntry>& entries);

// Path of the pinned asset whose relative path ends with `suffix` (e.g. "face_recognition_model.bin");
// verified against its hash. Error names the file when it is missing or does not match.
Result<QString> verifiedAssetPath(const QString& suffix);

} // namespace descry

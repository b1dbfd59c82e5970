#pragma once

#include "core/common/Paths.h"
#include "core/common/Result.h"
#include "core/pack/PackManifest.h"
#include "core/tensor/Safetensors.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace descry {

// A verified model pack on disk. Opening checks every hash, name and shape, so a ModelPack that exists is one
// whose files matched its manifest at open time. Immutable value type; safe to share between threads.
class ModelPack
{
public:
    // `pathOrName`: a pack folder, the path of its manifest.json, or a pack name looked up with findPacks() in
    // `searchPaths`. Always runs verifyPack(); errors are ErrorCode::Model naming the file.
    static Result<ModelPack> open(const QString& pathOrName, const QStringList& searchPaths = paths::packSearchPaths());

    const PackManifest& manifest() const { return m_manifest; }
    QString directory() const { return m_directory; }
    // Absolute path of a file of the pack.
    QString filePath(const QString& rel) const;
    // SHA-256 over the sorted "path sha256\n" lines of manifest.json and every listed file: one identity for
    // the whole pack, recorded in reports.
    QString packSha256() const { return m_packSha256; }
    // Non-fatal findings of verification (files present but not listed).
    QStringList warnings() const { return m_warnings; }

    // Reads one safetensors file of the pack and checks its tensor names and shapes against the manifest again.
    Result<QMap<QString, TensorData>> tensors(const QString& rel) const;

private:
    PackManifest m_manifest;
    QString m_directory;
    QString m_packSha256;
    QStringList m_warnings;
};

// Verifies a pack folder: manifest present, valid and complete; every listed file a regular file inside the
// folder with the recorded SHA-256; every safetensors file with exactly the tensor names and shapes the
// manifest lists. Unlisted files only produce warnings (appended to *warnings and logged).
// Errors are ErrorCode::Model, one line, naming the file. Reads every file once (cost ~ pack size).
Status verifyPack(const QString& dir, QStringList* warnings = nullptr);

// Resolves a pack argument (folder, manifest path or name) to a folder without verifying it.
Result<QString> resolvePackDirectory(const QString& pathOrName,
                                     const QStringList& searchPaths = paths::packSearchPaths());

// Refuses a pack output folder that would destroy something: an empty path (usage error), an existing file, a
// folder that is or holds one of `protectedInputs` (compared by canonical path and device + inode; replacing
// the folder would remove it), or a non-empty folder that is not a pack (no manifest.json). One line naming `dir`.
Status checkPackOutput(const QString& dir, const QStringList& protectedInputs = {});

// Writes a pack as a whole folder, atomically (writeFolderAtomically): every tensor file and other file, then
// manifest.json with `files` (hashes) and `tensors` (names and shapes, also of safetensors files among
// otherFiles), verified in the temporary folder before it takes the place of `dir` in one step. A process
// killed at any moment leaves the previous pack or the new one, complete. Refuses invalid manifests, unsafe
// relative paths and an unsafe output (checkPackOutput) before writing anything.
Status writePack(const QString& dir, PackManifest manifest, const QMap<QString, QMap<QString, TensorData>>& tensorFiles,
                 const QMap<QString, QByteArray>& otherFiles = {}, const QStringList& protectedInputs = {});

} // namespace descry

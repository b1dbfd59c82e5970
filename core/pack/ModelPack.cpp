#include "core/pack/ModelPack.h"
#include "core/common/Tr.h"

#include "core/common/AtomicFile.h"
#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/Log.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/pack/PackLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace descry {

namespace {

Error packError(const QString& file, const QString& message)
{
    return Error(ErrorCode::Model, message, file);
}

// Any failure while reading a pack is a pack problem (exit code 3), whatever layer noticed it.
Error asModel(const Error& e)
{
    if (e.code() == ErrorCode::Cancelled)
        return e;
    return Error(ErrorCode::Model, e.message(), e.file());
}

// What verification established about a pack folder.
struct Verified
{
    PackManifest manifest;
    QString manifestSha256;
    QStringList warnings;
};

// Compares the tensors of one safetensors file of the pack with the names and shapes its manifest lists.
Status checkTensors(const QString& path, const QMap<QString, std::vector<int64_t>>& expected,
                    const QMap<QString, TensorData>& actual)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.constEnd())
            return packError(path, Tr::tr("tensor '%1' is missing (manifest.json lists it)").arg(it.key()));
        if (found->shape != it.value())
            return packError(path, Tr::tr("tensor '%1' has shape %2, manifest says %3")
                                       .arg(it.key(), safetensors::shapeToString(found->shape),
                                            safetensors::shapeToString(it.value())));
    }
    for (auto it = actual.begin(); it != actual.end(); ++it) {
        if (!expected.contains(it.key()))
            return packError(path, Tr::tr("tensor '%1' is not listed in manifest.json").arg(it.key()));
    }
    return {};
}

// Checks that a listed file is a regular file inside the pack folder (symbolic links may not lead out).
Status checkLocation(const QString& canonicalDir, const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists() && !fi.isSymLink())
        return packError(path, Tr::tr("listed in manifest.json but missing"));
    if (!fi.exists())
        return packError(path, Tr::tr("is a broken symbolic link"));
    if (!fi.isFile())
        return packError(path, Tr::tr("is not a regular file"));
    if (!fi.canonicalFilePath().startsWith(canonicalDir + QLatin1Char('/')))
        return packError(path, Tr::tr("resolves outside the pack folder"));
    return {};
}

Result<Verified> verifyDirectory(const QString& dir)
{
    const QDir packDir(dir);
    const QString manifestPath = packDir.filePath(QLatin1String(pack::kManifestFile));
    if (!QFileInfo(dir).isDir())
        return packError(dir, Tr::tr("model pack folder not found"));
    if (!QFileInfo(manifestPath).isFile())
        return packError(manifestPath, Tr::tr("missing: the folder is not a model pack"));
    if (const qint64 size = QFileInfo(manifestPath).size(); size > pack::kMaxManifestBytes)
        return packError(manifestPath, Tr::tr("is %1 bytes, more than the limit of %2 bytes for a manifest")
                                           .arg(size)
                                           .arg(pack::kMaxManifestBytes));
    auto object = json::readObjectFile(manifestPath);
    if (!object)
        return asModel(object.error());
    auto manifest = PackManifest::fromJson(*object, manifestPath);
    if (!manifest)
        return manifest.error();

    Verified v;
    v.manifest = std::move(manifest).value();
    const QString canonicalDir = QFileInfo(dir).canonicalFilePath();
    for (auto it = v.manifest.files.begin(); it != v.manifest.files.end(); ++it) {
        const QString path = packDir.filePath(it.key());
        if (auto s = checkLocation(canonicalDir, path); !s)
            return s.error();
        if (const qint64 size = QFileInfo(path).size(); size > pack::kMaxFileBytes)
            return packError(path, Tr::tr("is %1 bytes, more than the limit of %2 bytes for a file of a pack")
                                       .arg(size)
                                       .arg(pack::kMaxFileBytes));
        auto actual = sha256File(path);
        if (!actual)
            return asModel(actual.error());
        if (*actual != it.value())
            return packError(path, Tr::tr("SHA-256 mismatch (file modified or corrupt)"));
    }
    for (auto it = v.manifest.tensors.begin(); it != v.manifest.tensors.end(); ++it) {
        const QString path = packDir.filePath(it.key());
        auto header = readSafetensorsHeader(path);
        if (!header)
            return asModel(header.error());
        if (auto s = checkTensors(path, it.value(), *header); !s)
            return s.error();
    }
    auto manifestSha = sha256File(manifestPath);
    if (!manifestSha)
        return asModel(manifestSha.error());
    v.manifestSha256 = *manifestSha;

    QDirIterator files(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    QStringList unlisted;
    while (files.hasNext()) {
        const QString path = files.next();
        const QString rel = packDir.relativeFilePath(path);
        if (rel != QLatin1String(pack::kManifestFile) && !v.manifest.files.contains(rel))
            unlisted << path;
    }
    unlisted.sort();
    for (const QString& path : unlisted)
        v.warnings
            << Error(ErrorCode::Model, Tr::tr("present but not listed in manifest.json (ignored)"), path).toString();
    return v;
}

Result<Verified> verifyGuarded(const QString& dir)
{
    auto v = detail::guarded(ErrorCode::Model, dir, [&] { return verifyDirectory(dir); });
    if (v) {
        for (const QString& w : v->warnings)
            qCInfo(lcModel).noquote() << w;
    }
    return v;
}

} // namespace

Result<QString> resolvePackDirectory(const QString& pathOrName, const QStringList& searchPaths)
{
    const QFileInfo fi(pathOrName);
    if (fi.isDir())
        return fi.absoluteFilePath();
    if (fi.isFile()) {
        if (fi.fileName() == QLatin1String(pack::kManifestFile))
            return fi.absolutePath();
        if (fi.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
            return packError(pathOrName, Tr::tr("zipped packs are not supported yet: unzip it and give the folder"));
        return packError(pathOrName, Tr::tr("not a model pack (expected a pack folder or its manifest.json)"));
    }
    if (!pathOrName.isEmpty() && !pathOrName.contains(QLatin1Char('/'))) {
        const QList<PackInfo> packs = findPacks(searchPaths);
        for (const PackInfo& info : packs) {
            if (info.name == pathOrName)
                return info.path;
        }
        // A pack is also known by the folder it was installed as (`--out …/packs/NAME` with another manifest name).
        for (const PackInfo& info : packs) {
            if (QFileInfo(info.path).fileName() == pathOrName)
                return info.path;
        }
    }
    return packError(pathOrName, Tr::tr("model pack not found (no such folder, and no pack of that name in: %1)")
                                     .arg(searchPaths.join(QStringLiteral(", "))));
}

Status verifyPack(const QString& dir, QStringList* warnings)
{
    auto v = verifyGuarded(dir);
    if (!v)
        return v.error();
    if (warnings)
        *warnings << v->warnings;
    return {};
}

Result<ModelPack> ModelPack::open(const QString& pathOrName, const QStringList& searchPaths)
{
    auto dir = resolvePackDirectory(pathOrName, searchPaths);
    if (!dir)
        return dir.error();
    auto v = verifyGuarded(*dir);
    if (!v)
        return v.error();
    ModelPack p;
    p.m_directory = QDir::cleanPath(*dir);
    p.m_manifest = std::move(v->manifest);
    p.m_warnings = v->warnings;
    QMap<QString, QString> all = p.m_manifest.files;
    all.insert(QLatin1String(pack::kManifestFile), v->manifestSha256);
    QByteArray lines;
    for (auto it = all.begin(); it != all.end(); ++it)
        lines += (it.key() + QLatin1Char(' ') + it.value() + QLatin1Char('\n')).toUtf8();
    p.m_packSha256 = sha256Hex(lines);
    qCInfo(lcModel).noquote() << "opened pack" << p.m_manifest.name << p.m_manifest.version << p.m_packSha256.left(12);
    return p;
}

QString ModelPack::filePath(const QString& rel) const
{
    return QDir(m_directory).filePath(rel);
}

Result<QMap<QString, TensorData>> ModelPack::tensors(const QString& rel) const
{
    const QString path = filePath(rel);
    if (!m_manifest.tensors.contains(rel))
        return packError(path, Tr::tr("not a tensor file of this pack (manifest.json lists no tensors for it)"));
    auto data = readSafetensors(path);
    if (!data)
        return asModel(data.error());
    if (auto s = checkTensors(path, m_manifest.tensors.value(rel), *data); !s)
        return s.error();
    return data;
}

namespace {

// The same error with the temporary folder's name replaced by the pack's: what the user asked to write.
Error inPackFolder(const Error& e, const QString& tmp, const QString& dir)
{
    if (!e.file().startsWith(tmp))
        return e;
    return Error(e.code(), e.message(), QDir::cleanPath(dir + e.file().mid(tmp.size())));
}

// Writes every file of a pack into `folder` (a fresh temporary folder), then manifest.json with the hashes and
// tensor shapes, and verifies the result there: only a complete, verified pack ever takes the target's place.
Status populatePack(const QString& folder, PackManifest manifest,
                    const QMap<QString, QMap<QString, TensorData>>& tensorFiles,
                    const QMap<QString, QByteArray>& otherFiles)
{
    const QDir packDir(folder);
    const QStringList all = tensorFiles.keys() + otherFiles.keys();
    for (const QString& rel : all) {
        const QString parent = QFileInfo(packDir.filePath(rel)).absolutePath();
        if (!QDir().mkpath(parent))
            return Error(ErrorCode::Input, Tr::tr("cannot create folder"), parent);
    }
    for (auto it = tensorFiles.begin(); it != tensorFiles.end(); ++it) {
        if (auto s = writeSafetensors(packDir.filePath(it.key()), it.value()); !s)
            return s;
    }
    for (auto it = otherFiles.begin(); it != otherFiles.end(); ++it) {
        if (auto s = writeFileAtomically(packDir.filePath(it.key()), it.value()); !s)
            return s;
    }
    for (const QString& rel : all) {
        const QString path = packDir.filePath(rel);
        auto sha = sha256File(path);
        if (!sha)
            return sha.error();
        manifest.files.insert(rel, *sha);
        if (!rel.endsWith(QLatin1String(".safetensors")))
            continue;
        auto header = readSafetensorsHeader(path);
        if (!header)
            return header.error();
        QMap<QString, std::vector<int64_t>> shapes;
        for (auto t = header->begin(); t != header->end(); ++t)
            shapes.insert(t.key(), t->shape);
        manifest.tensors.insert(rel, shapes);
    }
    if (auto s = json::writeObjectFile(packDir.filePath(QLatin1String(pack::kManifestFile)), manifest.toJson()); !s)
        return s;
    return verifyPack(folder);
}

} // namespace

Status checkPackOutput(const QString& dir, const QStringList& protectedInputs)
{
    if (dir.trimmed().isEmpty())
        return Error(ErrorCode::Usage, Tr::tr("no output pack folder given (the path is empty)"));
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Error(ErrorCode::Input, Tr::tr("exists and is not a folder; nothing was written"), dir);
    const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    for (const QString& input : protectedInputs) {
        if (input.isEmpty())
            continue;
        const QFileInfo in(input);
        const QString inPath = in.exists() ? in.canonicalFilePath() : in.absoluteFilePath();
        // Replacing the folder removes everything in it: an input in it (or the folder itself) would be lost.
        if (inPath == target || inPath.startsWith(target + QLatin1Char('/')) || isSameFile(input, dir))
            return Error(ErrorCode::Usage,
                         Tr::tr("holds an input of this run (%1); it is never replaced, choose another pack folder")
                             .arg(QDir::toNativeSeparators(input)),
                         dir);
    }
    if (info.isDir() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot) &&
        !QFileInfo(QDir(dir).filePath(QLatin1String(pack::kManifestFile))).isFile())
        return Error(ErrorCode::Input,
                     Tr::tr("is a folder with other files, not a model pack (no manifest.json); it is not replaced, "
                            "choose a new or empty folder"),
                     dir);
    return {};
}

Status writePack(const QString& dir, PackManifest manifest, const QMap<QString, QMap<QString, TensorData>>& tensorFiles,
                 const QMap<QString, QByteArray>& otherFiles, const QStringList& protectedInputs)
{
    const QDir packDir(dir);
    const QString manifestPath = packDir.filePath(QLatin1String(pack::kManifestFile));
    QStringList all = tensorFiles.keys() + otherFiles.keys();
    for (const QString& rel : all) {
        const QString problem = pack::relativePathProblem(rel);
        if (!problem.isEmpty())
            return packError(rel, Tr::tr("cannot be written into a pack: %1").arg(problem));
        if (tensorFiles.contains(rel) && otherFiles.contains(rel))
            return packError(rel, Tr::tr("given both as a tensor file and as another file"));
    }
    // Validate the manifest before writing anything (hashes are placeholders until the files exist).
    manifest.files.clear();
    manifest.tensors.clear();
    for (const QString& rel : all) {
        manifest.files.insert(rel, QString(64, QLatin1Char('0')));
        if (rel.endsWith(QLatin1String(".safetensors")))
            manifest.tensors.insert(rel, {});
    }
    if (auto check = PackManifest::fromJson(manifest.toJson(), manifestPath); !check)
        return check.error();

    if (auto s = checkPackOutput(dir, protectedInputs); !s)
        return s;
    return detail::guarded(ErrorCode::Model, dir, [&]() -> Status {
        QString temporary;
        Status written = writeFolderAtomically(dir, [&](const QString& folder) {
            temporary = folder;
            return populatePack(folder, manifest, tensorFiles, otherFiles);
        });
        if (!written && !temporary.isEmpty())
            return inPackFolder(written.error(), temporary, dir);
        return written;
    });
}

} // namespace descry

#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace descry {

namespace pack {
inline constexpr char kFormat[] = "descry-pack/1";
inline constexpr char kManifestFile[] = "manifest.json";

// Upper bounds of what a manifest may ask for, checked before anything is read or allocated (a tiny, hostile
// manifest must not make Descry hash or allocate gigabytes). Generous: today's face pack is 20 KB of manifest,
// 8 files and 2 safetensors files of 8 tensors under 128 KB.
inline constexpr qint64 kMaxManifestBytes = 16LL * 1024 * 1024;    // manifest.json
inline constexpr int kMaxFiles = 10000;                            // entries of `files`
inline constexpr int kMaxTensorsPerFile = 100000;                  // entries of one `tensors` file
inline constexpr int kMaxTensorRank = 8;                           // dimensions of one tensor
inline constexpr int64_t kMaxTensorElements = int64_t(1) << 32;    // elements of one tensor (16 GiB as F32)
inline constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024 * 1024; // one listed file

// Why a manifest-relative path is unsafe or malformed ("" when it is fine): empty, absolute, backslashes,
// "." or ".." components, or the manifest itself.
QString relativePathProblem(const QString& rel);
} // namespace pack

// The `encoder` member of a manifest: one encoder (`type`), or several concept sources combined
// ("sources": [{type, files, config}, ...], each an EncoderSpec without sources of its own).
struct EncoderSpec
{
    QString type;               // openclip-vit | dlib-resnet | morphometric | torchscript; empty with sources
    QStringList files;          // files the encoder needs (pack-relative paths or asset names)
    QJsonObject config;         // encoder-specific settings
    QList<EncoderSpec> sources; // non-empty for a combination of sources

    // The encoder types of this spec, e.g. {"morphometric", "dlib-resnet"} for a combination.
    QStringList types() const;
};

// The `descriptors` member: which catalog (and which exact content) the head was trained on.
struct DescriptorRef
{
    QString catalog;
    QString version;
    QString sha256;
};

// The `head` member: concept-bottleneck hyper-parameters; `json` holds every member (alpha and tau included).
struct HeadSpec
{
    double alpha = 1.0;
    double tau = 1.0;
    QJsonObject json;
};

// The `calibration` member (required for face verification, which decides by threshold).
struct Calibration
{
    bool present = false;
    double threshold = 0.0;
    QJsonValue operatingPoint; // e.g. "FAR=1e-3" or {"far": 0.001}
    QString dataset;
    QString date;
    QJsonObject json;
};

// A parsed, validated manifest.json (DESIGN.md §3). A plain value type.
struct PackManifest
{
    QString format = QString::fromLatin1(pack::kFormat);
    QString name;
    QString version;
    QString task; // face-verification | cxr-classification
    EncoderSpec encoder;
    DescriptorRef descriptors;
    HeadSpec head;
    Calibration calibration;
    QJsonObject metrics;
    QJsonObject provenance;
    QMap<QString, QString> files;                               // relative path -> lower-case hex SHA-256
    QMap<QString, QMap<QString, std::vector<int64_t>>> tensors; // safetensors file -> tensor name -> shape
    QJsonObject raw;                                            // the manifest as read (unknown members kept)

    // Parses and validates; errors are ErrorCode::Model naming `origin` and the offending member.
    static Result<PackManifest> fromJson(const QJsonObject& object, const QString& origin);

    // `raw` with every typed field written over it (what writePack stores).
    QJsonObject toJson() const;
};

} // namespace descry

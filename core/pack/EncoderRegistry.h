#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/model/Encoder.h"
#include "core/pack/PackManifest.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace descry {

// What an encoder factory gets: the pack's folder, the manifest's spec of this encoder and where to report.
struct EncoderContext
{
    QString packDirectory;
    QString manifestPath;
    EncoderSpec spec;
    Progress progress;
    // Absolute path of a pack-relative file named in spec.files.
    QString filePath(const QString& rel) const;
};

using EncoderFactory = std::function<Result<std::shared_ptr<const Encoder>>(const EncoderContext&)>;

// Maps a manifest's `encoder.type` to the factory that builds that encoder. Models ask the registry for every
// encoder their manifest names, so a new encoder type (openclip-vit, torchscript, a test's fake) registers here
// and no task code changes. Threading: register at start-up (runtime::init) before any model is opened;
// create() is then safe from any thread.
class EncoderRegistry
{
public:
    // The process-wide registry that runtime::init() fills with the built-in encoders.
    static EncoderRegistry& global();

    void add(const QString& type, EncoderFactory factory);
    bool contains(const QString& type) const { return m_factories.contains(type); }
    QStringList types() const { return m_factories.keys(); }

    // Builds the encoder of context.spec.type; Model error naming the manifest when the type is unknown.
    Result<std::shared_ptr<const Encoder>> create(const EncoderContext& context) const;

private:
    QMap<QString, EncoderFactory> m_factories;
};

} // namespace descry

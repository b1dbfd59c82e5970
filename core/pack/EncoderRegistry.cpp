#include "core/pack/EncoderRegistry.h"

#include "core/common/Tr.h"

#include <QDir>

namespace descry {

QString EncoderContext::filePath(const QString& rel) const
{
    return QDir(packDirectory).filePath(rel);
}

EncoderRegistry& EncoderRegistry::global()
{
    static EncoderRegistry registry;
    return registry;
}

void EncoderRegistry::add(const QString& type, EncoderFactory factory)
{
    m_factories.insert(type, std::move(factory));
}

Result<std::shared_ptr<const Encoder>> EncoderRegistry::create(const EncoderContext& context) const
{
    const auto it = m_factories.constFind(context.spec.type);
    if (it == m_factories.constEnd())
        return Error(ErrorCode::Model,
                     Tr::tr("encoder type '%1' is not available in this build (available: %2)")
                         .arg(context.spec.type, types().join(QStringLiteral(", "))),
                     context.manifestPath);
    auto encoder = it.value()(context);
    if (!encoder)
        return encoder.error().file().isEmpty() ? encoder.error().withFile(context.manifestPath) : encoder.error();
    if (!*encoder)
        return Error(ErrorCode::Internal, Tr::tr("encoder '%1' could not be created").arg(context.spec.type),
                     context.manifestPath);
    return encoder;
}

} // namespace descry

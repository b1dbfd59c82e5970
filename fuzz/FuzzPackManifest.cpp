// Fuzzes manifest.json of a model pack: the parser and its round trip, then ModelPack::open on a pack folder.

#include "core/common/Json.h"
#include "core/pack/ModelPack.h"
#include "core/pack/PackManifest.h"
#include "detail/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto object = descry::json::parseObject(bytes, QStringLiteral("manifest.json")); object) {
        if (auto manifest = descry::PackManifest::fromJson(*object, QStringLiteral("manifest.json")); manifest) {
            // writePack relies on this: what toJson() writes, fromJson() reads back.
            if (!descry::PackManifest::fromJson(manifest->toJson(), QStringLiteral("manifest.json")))
                std::abort();
        }
    }
    const QString manifestPath = descry::fuzz::writeFile(bytes, QStringLiteral("pack/manifest.json"));
    (void)descry::ModelPack::open(manifestPath.left(manifestPath.lastIndexOf(QLatin1Char('/'))), {});
    return 0;
}

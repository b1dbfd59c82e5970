// Fuzzes descriptor catalog files (Catalog::load) and, for a valid catalog, the report extractor built from it.

#include "core/cxr/extract/ReportExtractor.h"
#include "core/descriptors/Catalog.h"
#include "detail/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = descry::fuzz::writeInput(data, size, QStringLiteral("catalog.json"));
    auto catalog = descry::Catalog::load(path);
    if (!catalog)
        return 0;
    if (auto extractor = descry::ReportExtractor::create(*catalog); extractor)
        (void)extractor->extract(QStringLiteral("Small left pleural effusion. No pneumothorax."));
    return 0;
}

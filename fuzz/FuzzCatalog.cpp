// Fuzzes descriptor catalog files (Catalog::load) and, for a valid catalog, the report extractor built from it.

#ifndef DESCRY_FUZZ_CORE_SUBSET
#include "core/cxr/extract/ReportExtractor.h"
#endif
#include "core/descriptors/Catalog.h"
#include "detail/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = descry::fuzz::writeInput(data, size, QStringLiteral("catalog.json"));
    auto catalog = descry::Catalog::load(path);
    if (!catalog)
        return 0;
#ifndef DESCRY_FUZZ_CORE_SUBSET // the clang 14 subset lacks the extractor (fuzz/CMakeLists.txt)
    if (auto extractor = descry::ReportExtractor::create(*catalog); extractor)
        (void)extractor->extract(QStringLiteral("Small left pleural effusion. No pneumothorax."));
#endif
    return 0;
}

// Fuzzes radiology report files: the OpenI XML parser, the text decoder, readReportFile and the descriptor extractor
// (built once from the committed CXR catalog) on the text.

#include "core/cxr/extract/ReportFile.h"
#include "detail/FuzzInput.h"
#include "core/cxr/extract/ReportExtractor.h"
#include "core/descriptors/Catalog.h"

#include <cstdio>
#include <optional>

namespace {
std::optional<descry::ReportExtractor> g_extractor;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    auto catalog =
        descry::Catalog::load(QStringLiteral(DESCRY_FUZZ_SOURCE_DIR "/descriptors/cxr-pleural-effusion.json"));
    auto extractor =
        catalog ? descry::ReportExtractor::create(*catalog) : descry::Result<descry::ReportExtractor>(catalog.error());
    if (!extractor) {
        std::fprintf(stderr, "cannot build the report extractor: %s\n", qPrintable(extractor.error().message()));
        std::abort();
    }
    g_extractor = std::move(extractor).value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)descry::parseIndianaReport(bytes, QStringLiteral("input.xml"));
    (void)descry::decodeReportText(bytes, QStringLiteral("input.txt"));
    const QString path = descry::fuzz::writeFile(bytes, QStringLiteral("report.txt"));
    if (auto text = descry::readReportFile(path); text)
        (void)g_extractor->extract(*text).toJson();
    return 0;
}

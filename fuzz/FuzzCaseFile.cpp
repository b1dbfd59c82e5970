// Fuzzes case files (CaseFile::open: JSON, strict fields, audit chain, signature) and the toJson/fromJson round trip.

#include "core/casefile/CaseFile.h"
#include "detail/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = descry::fuzz::writeInput(data, size, QStringLiteral("input.descry"));
    auto opened = descry::CaseFile::open(path);
    if (!opened)
        return 0;
    (void)opened->integrity();
    (void)descry::CaseFile::fromJson(opened->toJson(), path);
    return 0;
}

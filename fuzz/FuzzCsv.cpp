// Fuzzes the CSV readers: parseCsv (RFC 4180), readCsvRows (extraction evaluation) and readPairsCsv (verify-pairs).

#include "core/common/Csv.h"
#include "core/cxr/extract/ExtractionEval.h"
#include "core/face/pipeline/PairsCsv.h"
#include "detail/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)descry::parseCsv(QString::fromUtf8(bytes), QStringLiteral("input.csv"));
    const QString path = descry::fuzz::writeFile(bytes, QStringLiteral("input.csv"));
    (void)descry::readCsvRows(path);
    if (auto rows = descry::readPairsCsv(path); rows)
        (void)descry::distinctImages(*rows);
    return 0;
}

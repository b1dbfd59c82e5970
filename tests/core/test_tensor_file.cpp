#include "core/tensor/TensorFile.h"

#include "TorchSaveFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <atomic>

using namespace descry;
using namespace descry::testing;

namespace {

const QString kGolden = QStringLiteral(DESCRY_TEST_SHARED_DIR "/golden/clip");

QList<FakeTorchTensor> sampleTensors()
{
    return {{QStringLiteral("visual.proj"), {2, 3}, {1, 2, 3, 4, 5, 6}},
            {QStringLiteral("logit_scale"), {}, {4.6f}},
            {QStringLiteral("ln_final.bias"), {4}, {-1, 0.5f, 0.25f, 8}}};
}

// Whether `p` lies in a region of this process mapped from `file` (/proc/self/maps): zero-copy proven.
bool insideMappingOf(const void* p, const QString& file)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const quintptr address = reinterpret_cast<quintptr>(p);
    const QString canonical = QFileInfo(file).canonicalFilePath();
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6)
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        const quintptr begin = range[0].toULongLong(nullptr, 16), end = range[1].toULongLong(nullptr, 16);
        if (address >= begin && address < end)
            return QString::fromUtf8(fields.mid(5).join(' ')) == canonical;
    }
    return false;
}

class TensorFileTest : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString writeZip(const QString& name, const QList<ZipMember>& members, bool zip64 = false)
    {
        const QString p = path(name);
        EXPECT_TRUE(writeBytes(p, zipArchive(members, zip64)));
        return p;
    }
    // A torch.save zip of one F32 tensor 'w' whose pickle is `pickle` and storage data/0 holds `storage`.
    QString writeOneTensorZip(const QByteArray& pickle, const QByteArray& storage)
    {
        return writeZip(QStringLiteral("one.pt"),
                        {{QStringLiteral("archive/data.pkl"), pickle}, {QStringLiteral("archive/data/0"), storage}});
    }
    // Expects the file to be refused with `code`, the message naming the file and containing each of `parts`.
    void expectRefused(const QString& file, const QStringList& parts, ErrorCode code = ErrorCode::Input)
    {
        auto f = TensorFile::open(file, code);
        ASSERT_FALSE(f.ok()) << file.toStdString();
        EXPECT_EQ(f.error().code(), code);
        const QString text = f.error().toString();
        EXPECT_TRUE(text.contains(file)) << text.toStdString();
        EXPECT_FALSE(text.contains(QLatin1Char('\n'))) << text.toStdString();
        for (const QString& part : parts)
            EXPECT_TRUE(text.contains(part)) << "missing '" << part.toStdString() << "' in " << text.toStdString();
    }

    QTemporaryDir m_dir;
};

QByteArray onePickle(const char* storageClass, int64_t numel, int64_t offset, const std::vector<int64_t>& shape,
                     const std::vector<int64_t>& stride, const QString& key = QStringLiteral("0"))
{
    PickleWriter w;
    w.proto().orderedDict().mark().string(QStringLiteral("w"));
    w.tensor(storageClass, key, numel, offset, shape, stride).op('u');
    return w.stop().bytes;
}

} // namespace

TEST_F(TensorFileTest, SafetensorsTensorsAliasTheMapping)
{
    const QString file = path(QStringLiteral("a.safetensors"));
    QMap<QString, TensorData> in;
    in.insert(QStringLiteral("b"), TensorData::fromFloat(QStringLiteral("b"), {2, 2}, {1, 2, 3, 4}));
    in.insert(QStringLiteral("a"), TensorData::fromFloat(QStringLiteral("a"), {3}, {5, 6, 7}));
    ASSERT_TRUE(writeSafetensors(file, in, {{QStringLiteral("k"), QStringLiteral("v")}}));
    auto f = TensorFile::open(file);
    ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
    EXPECT_EQ(f->format(), TensorFile::Format::Safetensors);
    EXPECT_EQ(f->formatName(), QStringLiteral("safetensors"));
    EXPECT_EQ(f->metadata().value(QStringLiteral("k")).toString(), QStringLiteral("v"));
    ASSERT_EQ(f->tensors().size(), 2);
    for (const QString& name : {QStringLiteral("a"), QStringLiteral("b")}) {
        const TensorData& t = f->tensors()[name];
        EXPECT_EQ(t.toFloat(), in[name].toFloat());
        EXPECT_EQ(t.shape, in[name].shape);
#ifdef Q_OS_LINUX
        EXPECT_TRUE(insideMappingOf(t.bytes.constData(), file)) << "tensor " << name.toStdString() << " was copied";
#endif
    }
    // Copies of the TensorFile share the mapping: the bytes stay valid after the original is gone.
    const TensorFile copy = *f;
    f = Error(ErrorCode::Internal, {});
    EXPECT_EQ(copy.tensors()[QStringLiteral("b")].toFloat(), (std::vector<float>{1, 2, 3, 4}));
}

TEST_F(TensorFileTest, TorchSaveZipIsReadZeroCopy)
{
    const QList<FakeTorchTensor> tensors = sampleTensors();
    const QString file = writeZip(QStringLiteral("model.pt"), torchSaveMembers(tensors, stateDictPickle(tensors)));
    auto f = TensorFile::open(file);
    ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
    EXPECT_EQ(f->format(), TensorFile::Format::TorchZip);
    EXPECT_EQ(f->formatName(), QStringLiteral("torch.save zip"));
    ASSERT_EQ(f->tensors().size(), tensors.size());
    for (const FakeTorchTensor& t : tensors) {
        const TensorData& d = f->tensors()[t.name];
        EXPECT_EQ(d.dtype, QStringLiteral("F32"));
        EXPECT_EQ(d.shape, t.shape) << t.name.toStdString();
        EXPECT_EQ(d.toFloat(), t.values) << t.name.toStdString();
#ifdef Q_OS_LINUX
        EXPECT_TRUE(insideMappingOf(d.bytes.constData(), file)) << t.name.toStdString();
#endif
    }
}

TEST_F(TensorFileTest, NestedStateDictWithModulePrefixesIsUnwrapped)
{
    const QList<FakeTorchTensor> tensors = sampleTensors();
    const QString file = writeZip(QStringLiteral("ddp.pt"),
                                  torchSaveMembers(tensors, stateDictPickle(tensors, true, QStringLiteral("module.")),
                                                   QStringLiteral("epoch_32")));
    auto f = TensorFile::open(file);
    ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
    QStringList expected;
    for (const FakeTorchTensor& t : tensors)
        expected << t.name;
    expected.sort();
    EXPECT_EQ(f->tensors().keys(), expected); // "epoch" (an int) is not a tensor; "module." is gone
    EXPECT_EQ(f->tensors()[QStringLiteral("ln_final.bias")].toFloat(), tensors[2].values);
}

TEST_F(TensorFileTest, Zip64RecordsAreRead)
{
    const QList<FakeTorchTensor> tensors = sampleTensors();
    const QString file = writeZip(QStringLiteral("z64.pt"), torchSaveMembers(tensors, stateDictPickle(tensors)), true);
    auto f = TensorFile::open(file);
    ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
    EXPECT_EQ(f->tensors()[QStringLiteral("visual.proj")].toFloat(), tensors[0].values);
}

TEST_F(TensorFileTest, SharedStoragesParametersMetadataAndOtherDtypes)
{
    // Two tensors viewing one storage at different offsets, a Parameter, a state_dict `_metadata` BUILD, F16 and
    // BF16 storages, protocol-4 opcodes (FRAME, SHORT_BINUNICODE, MEMOIZE) and a float value among the entries.
    PickleWriter w;
    w.proto().orderedDict().put(0).mark();
    w.string(QStringLiteral("a")).tensor("FloatStorage", QStringLiteral("s"), 6, 0, {2}, {1});
    w.string(QStringLiteral("b")).tensor("FloatStorage", QStringLiteral("s"), 6, 2, {2, 2}, {2, 1});
    w.string(QStringLiteral("p")).global("torch._utils", "_rebuild_parameter");
    w.mark().tensor("HalfStorage", QStringLiteral("h"), 2, 0, {2}, {1}).op('\x88').orderedDict().op('t').op('R');
    w.raw(QByteArray("\x8c\x01q", 3)).op('\x94'); // SHORT_BINUNICODE 'q' + MEMOIZE
    w.tensor("BFloat16Storage", QStringLiteral("bf"), 1, 0, {}, {});
    w.string(QStringLiteral("lr")).op('G').raw(QByteArray("\x3f\xf0\x00\x00\x00\x00\x00\x00", 8));
    w.op('u').op('}').mark().string(QStringLiteral("_metadata")).op('}').op('u').op('b').stop();
    QByteArray pickle("\x80\x04\x95", 3);
    pickle += QByteArray(8, '\0') + w.bytes.mid(2);
    const QByteArray half("\x00\x3c\x00\xc0", 4); // 1.0, -2.0
    const QByteArray bf16("\x80\x3f", 2);         // 1.0
    const QString file =
        writeZip(QStringLiteral("mixed.pt"), {{QStringLiteral("m/data.pkl"), pickle},
                                              {QStringLiteral("m/data/s"), floatBytes({0, 1, 2, 3, 4, 5})},
                                              {QStringLiteral("m/data/h"), half},
                                              {QStringLiteral("m/data/bf"), bf16},
                                              {QStringLiteral("m/byteorder"), QByteArray("little")}});
    auto f = TensorFile::open(file);
    ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
    const auto& t = f->tensors();
    EXPECT_EQ(t.keys(), (QStringList{"a", "b", "p", "q"}));
    EXPECT_EQ(t["a"].toFloat(), (std::vector<float>{0, 1}));
    EXPECT_EQ(t["b"].toFloat(), (std::vector<float>{2, 3, 4, 5}));
    EXPECT_EQ(t["b"].bytes.constData(), t["a"].bytes.constData() + 8); // both alias the one storage
    EXPECT_EQ(t["p"].dtype, QStringLiteral("F16"));
    EXPECT_EQ(t["p"].toFloat(), (std::vector<float>{1, -2}));
    EXPECT_EQ(t["q"].dtype, QStringLiteral("BF16"));
    EXPECT_TRUE(t["q"].shape.empty());
    EXPECT_EQ(t["q"].toFloat(), (std::vector<float>{1}));
}

TEST_F(TensorFileTest, NonContiguousViewIsCopiedInCOrder)
{
    // A transposed [3, 2] view of a [2, 3] storage: stride (1, 3).
    const QString file =
        writeOneTensorZip(onePickle("FloatStorage", 6, 0, {3, 2}, {1, 3}), floatBytes({0, 1, 2, 3, 4, 5}));
    auto f = TensorFile::open(file);
    ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
    EXPECT_EQ(f->tensors()["w"].shape, (std::vector<int64_t>{3, 2}));
    EXPECT_EQ(f->tensors()["w"].toFloat(), (std::vector<float>{0, 3, 1, 4, 2, 5}));
}

TEST_F(TensorFileTest, ErrorsTakeTheCallersCodeAndCancellationIsHonoured)
{
    const QList<FakeTorchTensor> tensors = sampleTensors();
    const QString file = writeZip(QStringLiteral("ok.pt"), torchSaveMembers(tensors, stateDictPickle(tensors)));
    std::atomic<bool> cancel{true};
    Progress progress;
    progress.cancel = &cancel;
    auto f = TensorFile::open(file, ErrorCode::Model, progress);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().code(), ErrorCode::Cancelled);
    expectRefused(path(QStringLiteral("missing.pt")), {}, ErrorCode::Model);
    expectRefused(path(QStringLiteral("missing.pt")), {}, ErrorCode::Input);
    ASSERT_TRUE(writeBytes(path(QStringLiteral("empty.pt")), {}));
    expectRefused(path(QStringLiteral("empty.pt")), {QStringLiteral("empty")}, ErrorCode::Model);
}

TEST_F(TensorFileTest, HostileZipsAreRefused)
{
    const QList<FakeTorchTensor> tensors = sampleTensors();
    const QList<ZipMember> members = torchSaveMembers(tensors, stateDictPickle(tensors));
    const QByteArray good = zipArchive(members);

    ASSERT_TRUE(writeBytes(path(QStringLiteral("truncated.pt")), good.left(good.size() / 2)));
    expectRefused(path(QStringLiteral("truncated.pt")), {QStringLiteral("truncated")});

    QByteArray badOffset = good; // the first central record's local header offset pointed past the file
    const qsizetype central = badOffset.indexOf(QByteArray("PK\x01\x02", 4));
    qToLittleEndian<quint32>(0x7FFFFFF0u, badOffset.data() + central + 42);
    ASSERT_TRUE(writeBytes(path(QStringLiteral("offset.pt")), badOffset));
    expectRefused(path(QStringLiteral("offset.pt")), {QStringLiteral("archive/data.pkl"), QStringLiteral("outside")});

    QByteArray badDirectory = good; // the directory's offset in the end record pointed past the file
    qToLittleEndian<quint32>(quint32(good.size() + 100), badDirectory.data() + badDirectory.size() - 6);
    ASSERT_TRUE(writeBytes(path(QStringLiteral("directory.pt")), badDirectory));
    expectRefused(path(QStringLiteral("directory.pt")), {QStringLiteral("central directory")});

    QList<ZipMember> compressed = members;
    compressed[1].method = 8;
    writeZip(QStringLiteral("deflate.pt"), compressed);
    expectRefused(path(QStringLiteral("deflate.pt")), {QStringLiteral("archive/data/0"), QStringLiteral("compressed")});

    QList<ZipMember> missing = members;
    missing.removeAt(2); // archive/data/1, the storage of 'logit_scale'
    writeZip(QStringLiteral("nostorage.pt"), missing);
    expectRefused(path(QStringLiteral("nostorage.pt")),
                  {QStringLiteral("logit_scale"), QStringLiteral("archive/data/1"), QStringLiteral("missing")});

    writeZip(QStringLiteral("nopickle.pt"), {{QStringLiteral("archive/data/0"), floatBytes({1})}});
    expectRefused(path(QStringLiteral("nopickle.pt")), {QStringLiteral("data.pkl")});

    writeZip(QStringLiteral("script.pt"), {{QStringLiteral("m/constants.pkl"), QByteArray("\x80\x02).", 4)},
                                           {QStringLiteral("m/code/m.py"), QByteArray("x")}});
    expectRefused(path(QStringLiteral("script.pt")), {QStringLiteral("TorchScript")});

    QList<ZipMember> bigEndian = members;
    bigEndian << ZipMember{QStringLiteral("archive/byteorder"), QByteArray("big")};
    writeZip(QStringLiteral("big.pt"), bigEndian);
    expectRefused(path(QStringLiteral("big.pt")), {QStringLiteral("little-endian")});

    ASSERT_TRUE(writeBytes(path(QStringLiteral("legacy.pt")),
                           QByteArray("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.", 15)));
    expectRefused(path(QStringLiteral("legacy.pt")), {QStringLiteral("legacy")});
}

TEST_F(TensorFileTest, HostilePicklesAreRefusedWithoutRunningAnything)
{
    const QByteArray storage = floatBytes({1, 2, 3, 4});
    struct Case
    {
        const char* label;
        QByteArray pickle;
        QStringList parts;
    };
    PickleWriter system;
    system.proto().global("os", "system").string(QStringLiteral("touch pwned")).op('\x85').op('R').stop();
    PickleWriter deep;
    deep.proto().raw(QByteArray(100000, '(')).stop();
    PickleWriter cycle; // a list that contains itself: no recursion, no leak, and not a state_dict
    cycle.proto().op(']').put(0).get(0).op('a').stop();
    PickleWriter objects;
    objects.proto().raw(QByteArray(600000, 'N')).stop();
    PickleWriter longInt;
    longInt.proto().raw(QByteArray("\x8a\x09", 2) + QByteArray(9, '\x7f')).stop();
    PickleWriter hugeString;
    hugeString.proto().op('X').u32(0xFFFFFFF0u).raw("abc").stop();
    PickleWriter underflow;
    underflow.proto().op('R').stop();
    PickleWriter noStop;
    noStop.proto().orderedDict();
    PickleWriter badMemo;
    badMemo.proto().get(7).stop();
    PickleWriter unknownOp;
    unknownOp.proto().op('i').stop();
    const QList<Case> cases{
        {"os.system", system.bytes, {QStringLiteral("pickle global os.system is not allowed")}},
        {"complex storage",
         onePickle("ComplexFloatStorage", 2, 0, {2}, {1}),
         {QStringLiteral("torch.ComplexFloatStorage is not allowed")}},
        {"deep marks", deep.bytes, {QStringLiteral("nests deeper")}},
        {"cycle", cycle.bytes, {QStringLiteral("holds a list")}},
        {"many objects", objects.bytes, {QStringLiteral("objects")}},
        {"long int", longInt.bytes, {QStringLiteral("too large")}},
        {"huge string", hugeString.bytes, {QStringLiteral("truncated")}},
        {"underflow", underflow.bytes, {QStringLiteral("underflow")}},
        {"no stop", noStop.bytes, {QStringLiteral("STOP")}},
        {"memo", badMemo.bytes, {QStringLiteral("memo")}},
        {"opcode", unknownOp.bytes, {QStringLiteral("0x69")}},
        {"huge shape",
         onePickle("FloatStorage", 4, 0, {int64_t(1) << 40, int64_t(1) << 40}, {int64_t(1) << 40, 1}),
         {QStringLiteral("'w'")}},
        {"view past storage",
         onePickle("FloatStorage", 4, 3, {2}, {1}),
         {QStringLiteral("'w'"), QStringLiteral("runs past")}},
        {"length mismatch",
         onePickle("FloatStorage", 5, 0, {4}, {1}),
         {QStringLiteral("'w'"), QStringLiteral("16 bytes")}},
        {"expanded view",
         onePickle("FloatStorage", 4, 0, {1000}, {0}),
         {QStringLiteral("'w'"), QStringLiteral("repeat")}},
        {"missing key",
         onePickle("FloatStorage", 4, 0, {4}, {1}, QStringLiteral("9")),
         {QStringLiteral("'w'"), QStringLiteral("archive/data/9")}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.label);
        const QString file = writeOneTensorZip(c.pickle, storage);
        expectRefused(file, c.parts + QStringList{});
    }
    EXPECT_FALSE(QFile::exists(QStringLiteral("pwned")));
}

TEST_F(TensorFileTest, HostileSafetensorsAreRefused)
{
    const QByteArray data = floatBytes({1, 2, 3, 4});
    const auto handMade = [&](const QString& name, const QByteArray& header, const QByteArray& body) {
        QByteArray b(8, '\0');
        qToLittleEndian<quint64>(quint64(header.size()), b.data());
        EXPECT_TRUE(writeBytes(path(name), b + header + body));
        return path(name);
    };
    expectRefused(handMade("overlap.safetensors",
                           R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                           R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                           data.left(12)),
                  {QStringLiteral("overlap")}, ErrorCode::Model);
    expectRefused(handMade("dtype.safetensors", R"({"a":{"dtype":"F128","shape":[1],"data_offsets":[0,16]}})", data),
                  {QStringLiteral("'a'"), QStringLiteral("F128")}, ErrorCode::Model);
    expectRefused(handMade("length.safetensors", R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,16]}})", data),
                  {QStringLiteral("'a'"), QStringLiteral("needs 12 bytes")}, ErrorCode::Model);
    QByteArray beyond(8, '\0');
    qToLittleEndian<quint64>(1000, beyond.data());
    ASSERT_TRUE(writeBytes(path(QStringLiteral("beyond.safetensors")), beyond + "{}"));
    expectRefused(path(QStringLiteral("beyond.safetensors")), {QStringLiteral("exceeds the file size")},
                  ErrorCode::Model);
    expectRefused(handMade("trailing.safetensors", R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", data),
                  {QStringLiteral("trailing")}, ErrorCode::Model);
}

TEST_F(TensorFileTest, TruncatedAndCorruptedCheckpointsNeverCrash)
{
    // Every prefix of a small checkpoint and 400 random byte corruptions: each either opens with
    // tensors whose bytes fit their shapes, or is refused with a one-line message naming the file.
    const QList<FakeTorchTensor> tensors = sampleTensors();
    const QByteArray good = zipArchive(torchSaveMembers(tensors, stateDictPickle(tensors, true)));
    const QString file = path(QStringLiteral("fuzz.pt"));
    const auto check = [&](const QByteArray& bytes) {
        ASSERT_TRUE(writeBytes(file, bytes));
        auto f = TensorFile::open(file);
        if (!f) {
            EXPECT_TRUE(f.error().toString().startsWith(file));
            return;
        }
        for (const TensorData& t : f->tensors())
            EXPECT_EQ(t.bytes.size(), t.numel() * safetensors::dtypeSize(t.dtype)) << t.name.toStdString();
    };
    for (qsizetype n = 0; n < good.size(); n += 11)
        check(good.left(n));
    QRandomGenerator rng(10);
    for (int i = 0; i < 400; ++i) {
        QByteArray bad = good;
        for (int k = 0; k < 1 + i % 4; ++k)
            bad[rng.bounded(int(bad.size()))] = char(rng.bounded(256));
        check(bad);
    }
}

TEST_F(TensorFileTest, GoldenTorchSaveMatchesGoldenSafetensors)
{
    if (!QFileInfo::exists(kGolden))
        GTEST_SKIP() << "golden CLIP data not found at " << kGolden.toStdString();
    for (const QString& model : QDir(kGolden).entryList({QStringLiteral("tiny-*")}, QDir::Dirs)) {
        SCOPED_TRACE(model.toStdString());
        const QString pt = kGolden + QLatin1Char('/') + model + QStringLiteral("/model.pt");
        auto torch = TensorFile::open(pt);
        auto safe = TensorFile::open(kGolden + QLatin1Char('/') + model + QStringLiteral("/model.safetensors"));
        ASSERT_TRUE(torch.ok()) << torch.error().toString().toStdString();
        ASSERT_TRUE(safe.ok()) << safe.error().toString().toStdString();
        EXPECT_EQ(torch->format(), TensorFile::Format::TorchZip);
        ASSERT_EQ(torch->tensors().keys(), safe->tensors().keys());
        for (auto it = safe->tensors().begin(); it != safe->tensors().end(); ++it) {
            const TensorData& t = torch->tensors()[it.key()];
            EXPECT_EQ(t.dtype, it->dtype) << it.key().toStdString();
            EXPECT_EQ(t.shape, it->shape) << it.key().toStdString();
            EXPECT_EQ(t.bytes, it->bytes) << it.key().toStdString();
#ifdef Q_OS_LINUX
            if (!t.bytes.isEmpty()) {
                EXPECT_TRUE(insideMappingOf(t.bytes.constData(), pt)) << it.key().toStdString();
            }
#endif
        }
    }
}

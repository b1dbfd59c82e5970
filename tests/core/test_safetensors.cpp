#include "core/tensor/Safetensors.h"
#include "core/tensor/detail/SafetensorsTorch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeRaw(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

QByteArray le64(quint64 v)
{
    QByteArray b(8, '\0');
    qToLittleEndian<quint64>(v, b.data());
    return b;
}

// A safetensors file made by hand: 8-byte little-endian header length, the header, then `data`.
QByteArray handMade(const QByteArray& header, const QByteArray& data)
{
    return le64(quint64(header.size())) + header + data;
}

QByteArray u16le(std::initializer_list<uint16_t> values)
{
    QByteArray b;
    for (uint16_t v : values) {
        b.append(char(v & 0xFF));
        b.append(char(v >> 8));
    }
    return b;
}

class SafetensorsFiles : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }

    // Writes `bytes` and expects readSafetensors to refuse them with an Input error naming the file whose
    // message contains `expected`.
    void expectRejected(const QByteArray& bytes, const QString& expected)
    {
        const QString p = path(QStringLiteral("bad.safetensors"));
        writeRaw(p, bytes);
        auto r = readSafetensors(p);
        ASSERT_FALSE(r.ok()) << "accepted, expected: " << expected.toStdString();
        EXPECT_EQ(r.error().code(), ErrorCode::Input);
        EXPECT_EQ(r.error().file(), p);
        EXPECT_TRUE(r.error().message().contains(expected)) << r.error().message().toStdString();
        EXPECT_FALSE(r.error().toString().contains(QLatin1Char('\n')));
        auto header = readSafetensorsHeader(p);
        EXPECT_FALSE(header.ok()) << "header-only reader accepted: " << expected.toStdString();
    }
};

} // namespace

TEST_F(SafetensorsFiles, WritesByteExactKnownFile)
{
    QMap<QString, TensorData> tensors;
    tensors.insert(QStringLiteral("W"), TensorData::fromFloat(QStringLiteral("W"), {2}, {1.0f, -2.0f}));
    TensorData b;
    b.name = QStringLiteral("b");
    b.dtype = QStringLiteral("U8");
    b.shape = {3};
    b.bytes = QByteArray("\x01\x02\xff", 3);
    tensors.insert(b.name, b);
    const QString p = path(QStringLiteral("known.safetensors"));
    ASSERT_TRUE(writeSafetensors(p, tensors, QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}).ok());

    // 132 bytes of JSON with keys sorted, padded with 4 spaces so the data starts at 8 + 136 = 144 (8-aligned).
    const QByteArray json = "{\"W\":{\"data_offsets\":[0,8],\"dtype\":\"F32\",\"shape\":[2]},"
                            "\"__metadata__\":{\"k\":\"v\"},"
                            "\"b\":{\"data_offsets\":[8,11],\"dtype\":\"U8\",\"shape\":[3]}}";
    ASSERT_EQ(json.size(), 132);
    QByteArray expected("\x88\0\0\0\0\0\0\0", 8);
    expected += json + "    ";
    expected += QByteArray("\x00\x00\x80\x3f\x00\x00\x00\xc0", 8); // 1.0f, -2.0f little-endian
    expected += QByteArray("\x01\x02\xff", 3);
    EXPECT_EQ(readAll(p), expected);
}

TEST_F(SafetensorsFiles, RoundTripsEveryKindOfTensor)
{
    QMap<QString, TensorData> in;
    in.insert(QStringLiteral("matrix"),
              TensorData::fromFloat(QStringLiteral("matrix"), {2, 3}, {1, 2, 3, 4, 5, -6.5f}));
    in.insert(QStringLiteral("scalar"), TensorData::fromFloat(QStringLiteral("scalar"), {}, {0.25f}));
    in.insert(QStringLiteral("empty"), TensorData::fromFloat(QStringLiteral("empty"), {0, 3}, {}));
    TensorData half{QStringLiteral("half"), QStringLiteral("F16"), {3}, u16le({0x3C00, 0xC100, 0x7BFF})};
    in.insert(half.name, half);
    TensorData ids{QStringLiteral("ids"), QStringLiteral("I64"), {2}, le64(49406) + le64(quint64(-1))};
    in.insert(ids.name, ids);
    const QJsonObject meta{{QStringLiteral("format"), QStringLiteral("pt")},
                           {QStringLiteral("who"), QStringLiteral("test")}};
    const QString p = path(QStringLiteral("rt.safetensors"));
    ASSERT_TRUE(writeSafetensors(p, in, meta).ok());

    const QByteArray raw = readAll(p);
    const quint64 headerLength = qFromLittleEndian<quint64>(raw.constData());
    EXPECT_EQ((8 + headerLength) % 8, 0u);

    QJsonObject metaOut;
    auto out = readSafetensors(p, &metaOut);
    ASSERT_TRUE(out.ok()) << out.error().toString().toStdString();
    EXPECT_EQ(metaOut, meta);
    ASSERT_EQ(out->keys(), in.keys());
    for (const QString& name : in.keys()) {
        EXPECT_EQ((*out)[name].name, name);
        EXPECT_EQ((*out)[name].dtype, in[name].dtype) << name.toStdString();
        EXPECT_EQ((*out)[name].shape, in[name].shape) << name.toStdString();
        EXPECT_EQ((*out)[name].bytes, in[name].bytes) << name.toStdString();
    }
    EXPECT_EQ((*out)[QStringLiteral("matrix")].toFloat(), (std::vector<float>{1, 2, 3, 4, 5, -6.5f}));
    EXPECT_EQ((*out)[QStringLiteral("scalar")].numel(), 1);
    EXPECT_EQ((*out)[QStringLiteral("empty")].numel(), 0);
    EXPECT_EQ((*out)[QStringLiteral("ids")].toFloat(), (std::vector<float>{49406.0f, -1.0f}));

    auto header = readSafetensorsHeader(p);
    ASSERT_TRUE(header.ok());
    EXPECT_EQ((*header)[QStringLiteral("matrix")].shape, (std::vector<int64_t>{2, 3}));
    EXPECT_TRUE((*header)[QStringLiteral("matrix")].bytes.isEmpty());
}

TEST(SafetensorsConvert, HalfAndBfloat16KnownValues)
{
    TensorData half{
        QStringLiteral("h"), QStringLiteral("F16"), {6}, u16le({0x3C00, 0xC100, 0x7BFF, 0x0001, 0x8000, 0x7C00})};
    const std::vector<float> h = half.toFloat();
    ASSERT_EQ(h.size(), 6u);
    EXPECT_EQ(h[0], 1.0f);
    EXPECT_EQ(h[1], -2.5f);
    EXPECT_EQ(h[2], 65504.0f);
    EXPECT_EQ(h[3], std::ldexp(1.0f, -24)); // smallest subnormal
    EXPECT_TRUE(h[4] == 0.0f && std::signbit(h[4]));
    EXPECT_TRUE(std::isinf(h[5]) && h[5] > 0);

    // bfloat16 is the top half of a float32: 0x477F -> 2^15 * (1 + 127/128) = 65280 (65504 is not representable).
    TensorData bf{QStringLiteral("b"), QStringLiteral("BF16"), {3}, u16le({0x3F80, 0xC020, 0x477F})};
    EXPECT_EQ(bf.toFloat(), (std::vector<float>{1.0f, -2.5f, 65280.0f}));

    TensorData f64{QStringLiteral("d"), QStringLiteral("F64"), {1}, QByteArray("\0\0\0\0\0\0\x04\xc0", 8)};
    EXPECT_EQ(f64.toFloat(), (std::vector<float>{-2.5f}));
    TensorData i32{QStringLiteral("i"), QStringLiteral("I32"), {2}, QByteArray("\xff\xff\xff\xff\x10\0\0\0", 8)};
    EXPECT_EQ(i32.toFloat(), (std::vector<float>{-1.0f, 16.0f}));
    TensorData u8{QStringLiteral("u"), QStringLiteral("U8"), {2}, QByteArray("\xff\x07", 2)};
    EXPECT_EQ(u8.toFloat(), (std::vector<float>{255.0f, 7.0f}));
    TensorData flags{QStringLiteral("f"), QStringLiteral("BOOL"), {3}, QByteArray("\x01\x00\x01", 3)};
    EXPECT_EQ(flags.toFloat(), (std::vector<float>{1.0f, 0.0f, 1.0f}));
    // F8: E5M2 0x3C = 1.0; E4M3 0x38 = 1.0, 0xC5 (sign, exponent 8, mantissa 5) = -(1 + 5/8) * 2^(8-7) = -3.25
    TensorData e5{QStringLiteral("e5"), QStringLiteral("F8_E5M2"), {1}, QByteArray("\x3c", 1)};
    EXPECT_EQ(e5.toFloat(), (std::vector<float>{1.0f}));
    TensorData e4{QStringLiteral("e4"), QStringLiteral("F8_E4M3"), {2}, QByteArray("\x38\xc5", 2)};
    EXPECT_EQ(e4.toFloat(), (std::vector<float>{1.0f, -3.25f}));

    TensorData wrongSize{QStringLiteral("w"), QStringLiteral("F32"), {3}, QByteArray(8, '\0')};
    EXPECT_TRUE(wrongSize.toFloat().empty());
}

TEST_F(SafetensorsFiles, RejectsMalformedFiles)
{
    const QByteArray eight(8, '\0');
    const QByteArray one = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
    expectRejected("abc", QStringLiteral("shorter than the 8-byte header length"));
    expectRejected(le64(quint64(1) << 40) + "{}", QStringLiteral("implausible header length"));
    expectRejected(le64(1000) + one + eight, QStringLiteral("exceeds the file size"));
    expectRejected(handMade("{not json}", {}), QStringLiteral("not valid JSON"));
    expectRejected(handMade("[1,2]", {}), QStringLiteral("not a JSON object"));
    expectRejected(handMade(R"({"a":{"dtype":"F17","shape":[2],"data_offsets":[0,8]}})", eight),
                   QStringLiteral("unknown dtype 'F17'"));
    expectRejected(handMade(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", eight),
                   QStringLiteral("shape [3] of dtype F32 needs 12 bytes but data_offsets [0, 8] span 8"));
    expectRejected(handMade(R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", eight),
                   QStringLiteral("non-negative integers"));
    expectRejected(handMade(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}})", eight),
                   QStringLiteral("reversed"));
    expectRejected(handMade(one, QByteArray(4, '\0')), QStringLiteral("run past the end of the data (4 bytes"));
    expectRejected(handMade(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                            R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                            QByteArray(12, '\0')),
                   QStringLiteral("tensors 'a' and 'b' overlap"));
    expectRejected(handMade(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                            R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
                            QByteArray(12, '\0')),
                   QStringLiteral("4 bytes before tensor 'b' belong to no tensor"));
    expectRejected(handMade(one, QByteArray(10, '\0')), QStringLiteral("2 bytes of trailing data"));
    expectRejected(handMade(R"({"__metadata__":{"n":3}})", {}), QStringLiteral("'__metadata__' must map strings"));
    expectRejected(handMade(R"({"a":{"dtype":"F32","shape":[2]}})", eight), QStringLiteral("'data_offsets'"));
}

TEST_F(SafetensorsFiles, WriteRefusesInconsistentTensorsAndKeepsPreviousFile)
{
    const QString p = path(QStringLiteral("keep.safetensors"));
    QMap<QString, TensorData> good;
    good.insert(QStringLiteral("x"), TensorData::fromFloat(QStringLiteral("x"), {1}, {3.0f}));
    ASSERT_TRUE(writeSafetensors(p, good).ok());
    const QByteArray before = readAll(p);

    QMap<QString, TensorData> bad;
    bad.insert(QStringLiteral("x"), TensorData::fromFloat(QStringLiteral("x"), {2, 2}, {1.0f, 2.0f}));
    auto s = writeSafetensors(p, bad);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().file(), p);
    EXPECT_TRUE(s.error().message().contains(QStringLiteral("do not fit shape [2, 2]")))
        << s.error().message().toStdString();
    EXPECT_EQ(readAll(p), before);

    EXPECT_FALSE(writeSafetensors(p, good, QJsonObject{{QStringLiteral("n"), 1}}).ok());
    EXPECT_FALSE(writeSafetensors(dir.filePath(QStringLiteral("no/such/dir/x.safetensors")), good).ok());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.safetensors")});
}

TEST(SafetensorsTorch, ConvertsBothWays)
{
    TensorData half{QStringLiteral("h"), QStringLiteral("F16"), {3}, u16le({0x3C00, 0xC100, 0x7BFF})};
    const torch::Tensor native = descry::detail::toTensor(half, true);
    EXPECT_EQ(native.scalar_type(), torch::kHalf);
    const torch::Tensor f = descry::detail::toTensor(half);
    EXPECT_EQ(f.scalar_type(), torch::kFloat);
    EXPECT_TRUE(torch::equal(f, torch::tensor({1.0f, -2.5f, 65504.0f})));
    EXPECT_TRUE(torch::equal(native.to(torch::kFloat), f));

    TensorData ids{QStringLiteral("ids"), QStringLiteral("I64"), {1, 2}, le64(49406) + le64(49407)};
    const torch::Tensor t = descry::detail::toTensor(ids, true);
    EXPECT_EQ(t.scalar_type(), torch::kLong);
    EXPECT_EQ(t.sizes().vec(), (std::vector<int64_t>{1, 2}));
    EXPECT_EQ(t[0][1].item<int64_t>(), 49407);

    // A transposed (non-contiguous) tensor is written in its logical C order.
    const torch::Tensor m = torch::arange(6, torch::kDouble).reshape({2, 3}).t();
    const TensorData back = descry::detail::fromTensor(QStringLiteral("m"), m);
    EXPECT_EQ(back.dtype, QStringLiteral("F32"));
    EXPECT_EQ(back.shape, (std::vector<int64_t>{3, 2}));
    EXPECT_EQ(back.toFloat(), (std::vector<float>{0, 3, 1, 4, 2, 5}));
    EXPECT_TRUE(torch::equal(descry::detail::toTensor(back), m.to(torch::kFloat)));

    TensorData broken{QStringLiteral("x"), QStringLiteral("F32"), {4}, QByteArray(3, '\0')};
    EXPECT_THROW(descry::detail::toTensor(broken), std::invalid_argument);
}

TEST(SafetensorsGolden, ReadsFilesWrittenByPythonSafetensors)
{
    const QString golden = QStringLiteral(DESCRY_TEST_SHARED_DIR "/golden/clip/tiny-vit14-gelu/golden.safetensors");
    if (!QFileInfo::exists(golden))
        GTEST_SKIP() << "shared golden files not found at " << golden.toStdString();
    auto r = readSafetensors(golden);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ((*r)[QStringLiteral("pixels")].shape, (std::vector<int64_t>{3, 3, 224, 224}));
    const TensorData& tokens = (*r)[QStringLiteral("tokens")];
    EXPECT_EQ(tokens.dtype, QStringLiteral("I64"));
    ASSERT_EQ(tokens.shape, (std::vector<int64_t>{9, 77}));
    EXPECT_EQ(tokens.toFloat()[0], 49406.0f); // every row starts with <start_of_text>

    auto model =
        readSafetensorsHeader(QStringLiteral(DESCRY_TEST_SHARED_DIR "/golden/clip/tiny-vit14-gelu/model.safetensors"));
    ASSERT_TRUE(model.ok()) << model.error().toString().toStdString();
    EXPECT_GT(model->size(), 20);
}

// Issue 9, defect 7: sizes in a safetensors header are bounded before anything is allocated.
TEST_F(SafetensorsFiles, HostileSizesAreRefusedBeforeAllocation)
{
    const QByteArray eight(8, '\0');
    // A shape whose element count overflows int64 (2^40 · 2^40), and dimensions above 2^53.
    expectRejected(
        handMade(R"({"a":{"dtype":"F32","shape":[1099511627776,1099511627776],"data_offsets":[0,8]}})", eight),
        QStringLiteral("needs too many bytes"));
    expectRejected(handMade(R"({"a":{"dtype":"F32","shape":[1e300],"data_offsets":[0,8]}})", eight),
                   QStringLiteral("non-negative integers"));
    // Offsets far past the file: refused from the header, nothing is mapped or read.
    expectRejected(handMade(R"({"a":{"dtype":"U8","shape":[4000000000000],"data_offsets":[0,4000000000000]}})", eight),
                   QStringLiteral("run past the end of the data (8 bytes"));
    // A header length just above the 100 MB limit.
    expectRejected(le64(100ULL * 1024 * 1024 + 1) + "{}", QStringLiteral("implausible header length"));
}

// The chest-X-ray pack on the fake encoder: strict opening (task, calibration, head shape, tampered files), the
// calibration's rules, the encoder input and the pack writer. Runs without ../shared.
#include "FakeCxrPack.h"
#include "FakeEncoders.h"

#include "core/common/Json.h"
#include "core/cxr/CxrModel.h"
#include "core/pack/ModelPack.h"
#include "core/tensor/Safetensors.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <atomic>

using namespace descry;

namespace {

class CxrPackTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeFakeCxrPack(m_dir.filePath(QStringLiteral("pack")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_pack = *pack;
    }

    QString manifestPath() const { return QDir(m_pack).filePath(QStringLiteral("manifest.json")); }
    QJsonObject manifest() const { return *json::readObjectFile(manifestPath()); }
    void writeManifest(const QJsonObject& o) const { ASSERT_TRUE(json::writeObjectFile(manifestPath(), o)); }

    // Opens the pack with manifest member `outer`.`inner` set to `value` (removed when undefined), then restores it.
    Error openWith(const QString& outer, const QString& inner, const QJsonValue& value)
    {
        const QJsonObject original = manifest();
        QJsonObject o = original;
        QJsonObject member = o.value(outer).toObject();
        if (value.isUndefined())
            member.remove(inner);
        else
            member.insert(inner, value);
        o.insert(outer, member);
        writeManifest(o);
        auto model = CxrModel::open(m_pack);
        writeManifest(original);
        return model ? Error() : model.error();
    }

    QTemporaryDir m_dir;
    QString m_pack;
};

} // namespace

TEST_F(CxrPackTest, OpensWithItsEncoderHeadAndCalibration)
{
    auto model = CxrModel::open(m_pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    EXPECT_EQ(model->encoder().type(), QStringLiteral("fake-embedding"));
    EXPECT_EQ(model->encoderType(), QStringLiteral("fake-embedding"));
    EXPECT_TRUE(model->encoderSummary().contains(QStringLiteral("fake-embedding")));
    EXPECT_EQ(model->head().config().m, 2);
    EXPECT_TRUE(model->head().config().bias);
    EXPECT_EQ(model->head().numConcepts(), model->catalog().descriptors().size());
    EXPECT_EQ(model->pack().manifest().task, QStringLiteral("cxr-classification"));
    EXPECT_DOUBLE_EQ(model->calibration().threshold, 0.5);
    EXPECT_FALSE(model->calibration().hasBand);
    EXPECT_EQ(model->catalog().indexOf(QStringLiteral("basal_opacity.left")) >= 0, true);
}

TEST_F(CxrPackTest, AFacePackIsRefusedByItsTask)
{
    auto face = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("face")));
    ASSERT_TRUE(face) << face.error().toString().toStdString();
    auto model = CxrModel::open(*face);
    ASSERT_FALSE(model);
    EXPECT_EQ(model.error().code(), ErrorCode::Model);
    EXPECT_TRUE(model.error().message().contains(QStringLiteral("task"))) << model.error().toString().toStdString();
    EXPECT_TRUE(model.error().file().endsWith(QStringLiteral("manifest.json")));
}

TEST_F(CxrPackTest, EveryCalibrationMemberRemovedInTurnIsRefusedByName)
{
    for (const QString member : {"threshold", "indeterminate", "operating_point", "dataset", "date"}) {
        const Error e = openWith(QStringLiteral("calibration"), member, QJsonValue::Undefined);
        EXPECT_EQ(e.code(), ErrorCode::Model) << member.toStdString() << ": " << e.toString().toStdString();
        EXPECT_TRUE(e.message().contains(member)) << e.toString().toStdString();
        EXPECT_EQ(e.file(), manifestPath()) << member.toStdString();
    }
    EXPECT_TRUE(CxrModel::open(m_pack)) << "the restored manifest opens again";
}

TEST_F(CxrPackTest, OutOfRangeCalibrationIsRefused)
{
    const QList<QPair<QString, QJsonValue>> bad{{"threshold", 1.2},
                                                {"threshold", 0.0},
                                                {"threshold", "0.5"},
                                                {"indeterminate", QJsonArray{0.6, 0.7}},
                                                {"indeterminate", QJsonArray{0.4}},
                                                {"indeterminate", QJsonArray{-0.1, 0.7}},
                                                {"indeterminate", "wide"},
                                                {"dataset", ""},
                                                {"date", 20260101}};
    for (const auto& [member, value] : bad) {
        const Error e = openWith(QStringLiteral("calibration"), member, value);
        EXPECT_EQ(e.code(), ErrorCode::Model) << member.toStdString() << ": " << e.toString().toStdString();
        EXPECT_TRUE(e.message().contains(member)) << e.toString().toStdString();
    }
    EXPECT_TRUE(openWith(QStringLiteral("calibration"), QStringLiteral("indeterminate"), QJsonArray{0.3, 0.5})
                    .message()
                    .isEmpty())
        << "a band that ends at the threshold is valid";
}

TEST_F(CxrPackTest, HeadSettingsOfAnotherTaskAreRefused)
{
    const QList<QPair<QString, QJsonValue>> bad{{"m", 3}, {"bias", false}, {"n_direct", 1}, {"d", 32}};
    for (const auto& [member, value] : bad) {
        const Error e = openWith(QStringLiteral("head"), member, value);
        EXPECT_EQ(e.code(), ErrorCode::Model) << member.toStdString() << ": " << e.toString().toStdString();
        EXPECT_TRUE(e.message().contains(member)) << e.toString().toStdString();
    }
    QJsonArray concepts =
        manifest().value(QStringLiteral("head")).toObject().value(QStringLiteral("concepts")).toArray();
    const QJsonValue first = concepts[0];
    concepts[0] = concepts[1];
    concepts[1] = first;
    const Error e = openWith(QStringLiteral("head"), QStringLiteral("concepts"), concepts);
    EXPECT_TRUE(e.message().contains(QStringLiteral("head.concepts"))) << e.toString().toStdString();
}

TEST_F(CxrPackTest, ATamperedHeadIsRefused)
{
    QFile f(QDir(m_pack).filePath(QStringLiteral("head.safetensors")));
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() - 3] = char(bytes[bytes.size() - 3] ^ 0x40);
    f.seek(0);
    f.write(bytes);
    f.close();
    auto model = CxrModel::open(m_pack);
    ASSERT_FALSE(model);
    EXPECT_EQ(model.error().code(), ErrorCode::Model);
    EXPECT_TRUE(model.error().toString().contains(QStringLiteral("head.safetensors")))
        << model.error().toString().toStdString();
}

TEST_F(CxrPackTest, AnAggregationMatrixOfTheWrongShapeIsRefused)
{
    // A consistent pack (hashes and listed shapes match) whose W has 3 columns while the manifest says m = 2.
    auto pack = ModelPack::open(m_pack);
    ASSERT_TRUE(pack);
    QMap<QString, QMap<QString, TensorData>> tensors;
    for (const QString file : {"head.safetensors", "descriptors.safetensors"}) {
        auto t = readSafetensors(pack->filePath(file));
        ASSERT_TRUE(t);
        tensors.insert(file, *t);
    }
    const TensorData& w = tensors[QStringLiteral("head.safetensors")][QStringLiteral("W")];
    const int64_t n = w.shape[0];
    std::vector<float> wide(size_t(n) * 3, 0.25f);
    tensors[QStringLiteral("head.safetensors")][QStringLiteral("W")] =
        TensorData::fromFloat(QStringLiteral("W"), {n, 3}, wide);
    PackManifest mf = pack->manifest();
    mf.files.clear();
    mf.tensors.clear();
    const QString out = m_dir.filePath(QStringLiteral("wide"));
    ASSERT_TRUE(writePack(out, mf, tensors));
    auto model = CxrModel::open(out);
    ASSERT_FALSE(model);
    EXPECT_EQ(model.error().code(), ErrorCode::Model);
    EXPECT_TRUE(model.error().toString().contains(QStringLiteral("'W'"))) << model.error().toString().toStdString();
}

TEST_F(CxrPackTest, OpeningStopsWhenCancelled)
{
    std::atomic<bool> cancel{false};
    Progress progress;
    progress.cancel = &cancel;
    progress.report = [&](double f, const QString&) {
        if (f >= 0.3)
            cancel = true;
        return true;
    };
    auto model = CxrModel::open(m_pack, progress);
    ASSERT_FALSE(model);
    EXPECT_EQ(model.error().code(), ErrorCode::Cancelled);
}

TEST(CxrCalibration, RoundTripsThroughJson)
{
    CxrCalibration c;
    c.threshold = 0.42;
    c.hasBand = true;
    c.bandLow = 0.3;
    c.bandHigh = 0.6;
    c.operatingPoint = QStringLiteral("precision 0.9");
    c.dataset = QStringLiteral("validation split");
    c.date = QStringLiteral("2026-12-01");
    auto back = CxrCalibration::fromJson(c.toJson(), QStringLiteral("m.json"));
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    EXPECT_DOUBLE_EQ(back->threshold, 0.42);
    EXPECT_TRUE(back->hasBand);
    EXPECT_DOUBLE_EQ(back->bandLow, 0.3);
    EXPECT_DOUBLE_EQ(back->bandHigh, 0.6);
    EXPECT_EQ(back->operatingPoint, c.operatingPoint);
    EXPECT_EQ(back->dataset, c.dataset);
    EXPECT_EQ(back->date, c.date);
    c.hasBand = false;
    EXPECT_TRUE(c.toJson().value(QStringLiteral("indeterminate")).isNull());
    auto noBand = CxrCalibration::fromJson(c.toJson(), QStringLiteral("m.json"));
    ASSERT_TRUE(noBand);
    EXPECT_FALSE(noBand->hasBand);
}

TEST(CxrEncoderInput, GreyIsReplicatedResizedAndCroppedAndSaidSo)
{
    QImage grey(200, 100, QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x)
            grey.scanLine(y)[x] = uchar(x < 100 ? 30 : 220);
    auto in = cxrEncoderInput(grey, 32, QStringLiteral("C 2048 W 4096 (preset 1)"));
    ASSERT_TRUE(in) << in.error().toString().toStdString();
    EXPECT_EQ(in->input.size(), QSize(32, 32));
    EXPECT_EQ(in->input.format(), QImage::Format_RGB888);
    EXPECT_EQ(in->displayed.size(), grey.size());
    for (int y = 0; y < 32; ++y)
        for (int x = 0; x < 32; ++x) {
            const QRgb p = in->input.pixel(x, y);
            ASSERT_EQ(qRed(p), qGreen(p));
            ASSERT_EQ(qGreen(p), qBlue(p));
        }
    // Centre crop of a 64×32 resize: the dark/bright edge stays in the middle.
    EXPECT_LT(qRed(in->input.pixel(4, 16)), 60);
    EXPECT_GT(qRed(in->input.pixel(28, 16)), 190);
    EXPECT_TRUE(in->conversion.contains(QStringLiteral("C 2048 W 4096 (preset 1)")));
    EXPECT_TRUE(in->conversion.contains(QStringLiteral("32 px")));
    EXPECT_TRUE(in->conversion.contains(QStringLiteral("RGB")));
    EXPECT_FALSE(cxrEncoderInput(QImage(), 32, QString()));
}

TEST(WriteCxrPack, RefusesAHeadThatIsNotACxrHead)
{
    auto catalog = Catalog::load(defaultCxrCatalogPath());
    ASSERT_TRUE(catalog) << catalog.error().toString().toStdString();
    HeadConfig cfg;
    cfg.d = 16;
    cfg.m = 8;
    cfg.bias = true;
    for (const Descriptor& d : catalog->descriptors())
        cfg.groupOf.push_back(d.group);
    auto head = ConceptHead::create(cfg);
    ASSERT_TRUE(head);
    QTemporaryDir dir;
    CxrPackInfo info;
    info.name = QStringLiteral("x");
    info.version = QStringLiteral("1");
    info.encoder.type = QStringLiteral("fake-embedding");
    auto st = writeCxrPack(dir.filePath(QStringLiteral("p")), *catalog, *head, info);
    EXPECT_FALSE(st);
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("p"))).exists());
}

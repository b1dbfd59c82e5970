// Training a chest X-ray pack (issue 12, point 6): the patient split, the threshold and indeterminate band, the
// training-set reader, the feature cache, the L1 + CE head trainer, and an end-to-end run on generated radiographs
// with planted signal (a bright lower band and a blunted corner on the effusion's side), generated reports and a
// generated TorchScript encoder: it learns, its pack opens and explains with the planted descriptors and side.
#include <torch/torch.h>

#include "FakeCxrPack.h"
#include "TorchScriptFixtures.h"
#include "core/clip/ClipConfig.h"
#include "core/clip/ClipModel.h"
#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/cxr/CxrModel.h"
#include "core/cxr/pipeline/CxrReview.h"
#include "core/cxr/train/CxrTrainer.h"
#include "core/cxr/train/detail/CxrCalibrator.h"
#include "core/cxr/train/detail/CxrFeatureCache.h"
#include "core/cxr/train/detail/CxrHeadTrainer.h"
#include "core/cxr/train/detail/PatientSplit.h"
#include "core/model/ConceptHead.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/tensor/Safetensors.h"
#include "core/torchscript/TorchScriptEncoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <random>

using namespace descry;

namespace {

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QString sideOfPatient(int p)
{
    return p % 3 == 0 ? QStringLiteral("left") : p % 3 == 1 ? QStringLiteral("right") : QString();
}

QByteArray reportOf(const QString& side)
{
    if (side.isEmpty())
        return "No pleural effusion. Costophrenic angles are sharp.";
    return QStringLiteral("Small %1 pleural effusion with blunting of the %1 costophrenic angle.").arg(side).toUtf8();
}

// The grey values squeezed into 60..160: a file a min/max display window would stretch, whereas a review shows an
// 8-bit raster as stored.
QImage lowContrast(const QImage& image)
{
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        uchar* line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            line[x] = uchar(60 + line[x] * 100 / 255);
    }
    return grey;
}

// `patients` patients with `perPatient` radiographs each under root/images, reports under root/reports.
void writeTrainingSet(const QString& root, int patients, int perPatient)
{
    ASSERT_TRUE(QDir(root).mkpath(QStringLiteral("images")));
    ASSERT_TRUE(QDir(root).mkpath(QStringLiteral("reports")));
    for (int p = 0; p < patients; ++p)
        for (int v = 0; v < perPatient; ++v) {
            const QString stem = QStringLiteral("P%1_%2").arg(p, 3, 10, QLatin1Char('0')).arg(v);
            QImage img = fakes::fakeChestRadiograph(sideOfPatient(p), p * 10 + v, 128, 128);
            ASSERT_FALSE(img.isNull());
            if (p == 0)
                img = lowContrast(img);
            ASSERT_TRUE(img.save(root + QStringLiteral("/images/") + stem + QStringLiteral(".png")));
            writeText(root + QStringLiteral("/reports/") + stem + QStringLiteral(".txt"), reportOf(sideOfPatient(p)));
        }
}

void writeRandomT(const QString& path, int n, int d, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal;
    std::vector<float> t(size_t(n) * size_t(d));
    for (float& v : t)
        v = normal(rng);
    ASSERT_TRUE(writeSafetensors(path, {{QStringLiteral("T"), TensorData::fromFloat(QStringLiteral("T"), {n, d}, t)}}));
}

int catalogSize()
{
    auto c = Catalog::load(defaultCxrCatalogPath());
    return c ? int(c->descriptors().size()) : 0;
}

constexpr int kDim = 128;

// Options for the generated TorchScript grid encoder at root/enc.pt with random T at root/T.safetensors.
CxrTrainOptions torchScriptOptions(const QString& root)
{
    // d = 128 > N: random descriptor directions leave room for every group's ordering (as a CLIP tower's 512 do).
    EXPECT_TRUE(fixtures::writeGridTorchScriptEncoder(root + QStringLiteral("/enc.pt"), 64, 4, kDim, 1).ok());
    writeRandomT(root + QStringLiteral("/T.safetensors"), catalogSize(), kDim, 7);
    CxrTrainOptions o;
    o.encoder.type = QStringLiteral("torchscript");
    o.encoder.files = {QStringLiteral("enc.pt")};
    TorchScriptConfig config;
    config.inputSize = 64;
    config.mean = {0.5f, 0.5f, 0.5f};
    config.std = {0.25f, 0.25f, 0.25f};
    o.encoder.config = config.toJson();
    o.encoderDirectory = root;
    o.descriptorEmbeddings = root + QStringLiteral("/T.safetensors");
    o.cacheDir = root + QStringLiteral("/cache");
    o.datasetName = QStringLiteral("generated");
    o.threads = 2;
    return o;
}

} // namespace

// ---- patient split ----

TEST(CxrPatientSplit, NoPatientInTwoPartsDeterministicAndStratified)
{
    QStringList patients;
    std::vector<int> strata;
    for (int p = 0; p < 50; ++p)
        for (int v = 0; v < 1 + p % 3; ++v) {
            patients << QStringLiteral("p%1").arg(p);
            strata.push_back(p % 5 == 0 ? 1 : 0);
        }
    const descry::detail::PatientSplit a = descry::detail::splitByPatient(patients, strata, 0.2, 0.2, 42);
    const descry::detail::PatientSplit b = descry::detail::splitByPatient(patients, strata, 0.2, 0.2, 42);
    const descry::detail::PatientSplit c = descry::detail::splitByPatient(patients, strata, 0.2, 0.2, 43);
    EXPECT_EQ(a.test, b.test);
    EXPECT_EQ(a.validation, b.validation);
    EXPECT_NE(a.testPatients, c.testPatients);
    EXPECT_EQ(a.train.size() + a.validation.size() + a.test.size(), size_t(patients.size()));
    EXPECT_EQ(a.testPatients.size(), 10); // 2 of 10 positive + 8 of 40 negative patients
    EXPECT_EQ(a.validationPatients.size(), 10);
    const auto patientsOf = [&](const std::vector<int>& idx) {
        QSet<QString> s;
        for (int i : idx)
            s.insert(patients[i]);
        return s;
    };
    EXPECT_FALSE(patientsOf(a.train).intersects(patientsOf(a.test)));
    EXPECT_FALSE(patientsOf(a.train).intersects(patientsOf(a.validation)));
    EXPECT_FALSE(patientsOf(a.validation).intersects(patientsOf(a.test)));
    int positiveTest = 0;
    for (const QString& p : a.testPatients)
        positiveTest += p.mid(1).toInt() % 5 == 0;
    EXPECT_EQ(positiveTest, 2);
}

TEST(CxrPatientSplit, TinySetsKeepTrainingPatients)
{
    const descry::detail::PatientSplit s =
        descry::detail::splitByPatient({QStringLiteral("a"), QStringLiteral("b")}, {0, 0}, 0.2, 0.2, 1);
    EXPECT_EQ(s.train.size(), 2u); // fewer than 3 patients: nothing held out
}

// ---- calibration ----

TEST(CxrCalibrator, ThresholdMaximisesF1)
{
    // Positives 0.9, 0.8, 0.4; negatives 0.6, 0.3, 0.1: F1 is best (0.857) with 0.9, 0.8, 0.6, 0.4 called
    // positive, i.e. a threshold between 0.3 and 0.4 (midpoint 0.35).
    const auto fit = descry::detail::calibrateCxrThreshold({0.9, 0.8, 0.4, 0.6, 0.3, 0.1}, {1, 1, 1, 0, 0, 0});
    EXPECT_NEAR(fit.threshold, 0.35, 1e-12);
    EXPECT_NEAR(fit.f1, 6.0 / 7.0, 1e-12);
    EXPECT_FALSE(fit.hasBand); // 6 validation images: too few for a band
    EXPECT_FALSE(fit.bandNote.isEmpty());
}

TEST(CxrCalibrator, BandWhereCallsNearTheThresholdAreUnreliable)
{
    // Threshold 0.465 (F1 16/17); 15 of 16 calls right, the wrong one (0.55) among the 4 nearest: the band holds
    // those 4 and reaches halfway to the 5th nearest (0.3), i.e. 0.465 ± 0.125.
    std::vector<double> p{0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.55, 0.52, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.48, 0.45};
    std::vector<int> y{1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
    const auto fit = descry::detail::calibrateCxrThreshold(p, y);
    ASSERT_TRUE(fit.hasBand) << fit.bandNote.toStdString();
    EXPECT_LT(fit.bandLow, fit.threshold);
    EXPECT_GT(fit.bandHigh, fit.threshold);
    EXPECT_LT(fit.bandAccuracy, fit.accuracy);
    EXPECT_NEAR(fit.threshold, 0.465, 1e-12);
    EXPECT_EQ(fit.bandCalls, 4);
    EXPECT_NEAR(fit.bandLow, 0.34, 1e-12);
    EXPECT_NEAR(fit.bandHigh, 0.59, 1e-12);
    EXPECT_NEAR(fit.bandAccuracy, 0.75, 1e-12);
    // Every confident validation call lies outside the band.
    for (double v : {0.7, 0.3})
        EXPECT_TRUE(v < fit.bandLow || v > fit.bandHigh);
}

TEST(CxrCalibrator, NoBandWhenEveryCallIsRight)
{
    std::vector<double> p;
    std::vector<int> y;
    for (int i = 0; i < 12; ++i) {
        p.push_back(i < 6 ? 0.6 + 0.05 * i : 0.05 * (i - 6));
        y.push_back(i < 6 ? 1 : 0);
    }
    const auto fit = descry::detail::calibrateCxrThreshold(p, y);
    EXPECT_EQ(fit.accuracy, 1.0);
    EXPECT_FALSE(fit.hasBand);
    EXPECT_GT(fit.threshold, 0.25);
    EXPECT_LT(fit.threshold, 0.6);
}

TEST(CxrCalibrator, MissingClassKeepsHalf)
{
    const auto fit = descry::detail::calibrateCxrThreshold({0.2, 0.7, 0.9}, {1, 1, 1});
    EXPECT_EQ(fit.threshold, 0.5);
    EXPECT_FALSE(fit.hasBand);
}

// ---- training-set reader ----

TEST(CxrTrainingSet, FolderAndCsv)
{
    QTemporaryDir tmp;
    const QString root = tmp.path();
    writeTrainingSet(root, 3, 2);
    auto set = readCxrTrainingSet(root + QStringLiteral("/images"), root + QStringLiteral("/reports"));
    ASSERT_TRUE(set.ok()) << set.error().message().toStdString();
    ASSERT_EQ(set->size(), 6);
    EXPECT_EQ(set->front().patientId, QStringLiteral("P000"));
    EXPECT_TRUE(set->front().reportText.contains(QStringLiteral("left pleural effusion")));

    writeText(root + QStringLiteral("/images.csv"), "image,patient\nimages/P000_0.png,A\nimages/P001_1.png,B\n");
    writeText(
        root + QStringLiteral("/reports.csv"),
        "image,report\nP000_0.png,\"No effusion, angles sharp.\"\nimages/P001_1.png,\"Small right\neffusion.\"\n");
    auto csv = readCxrTrainingSet(root + QStringLiteral("/images.csv"), root + QStringLiteral("/reports.csv"));
    ASSERT_TRUE(csv.ok()) << csv.error().message().toStdString();
    ASSERT_EQ(csv->size(), 2);
    EXPECT_EQ((*csv)[0].patientId, QStringLiteral("A"));
    EXPECT_EQ((*csv)[0].reportText, QStringLiteral("No effusion, angles sharp."));
    EXPECT_EQ((*csv)[1].reportText, QStringLiteral("Small right\neffusion."));
}

TEST(CxrTrainingSet, IndianaXmlReportsAreRead)
{
    QTemporaryDir tmp;
    writeTrainingSet(tmp.path(), 1, 1);
    QFile::remove(tmp.path() + QStringLiteral("/reports/P000_0.txt"));
    writeText(tmp.path() + QStringLiteral("/reports/P000_0.xml"),
              "<?xml version=\"1.0\" encoding=\"utf-8\"?><eCitation><MedlineCitation><Article><Abstract>"
              "<AbstractText Label=\"FINDINGS\">Small right pleural effusion.</AbstractText>"
              "<AbstractText Label=\"IMPRESSION\">Right effusion.</AbstractText></Abstract></Article>"
              "</MedlineCitation></eCitation>");
    auto set = readCxrTrainingSet(tmp.path() + QStringLiteral("/images"), tmp.path() + QStringLiteral("/reports"));
    ASSERT_TRUE(set.ok()) << set.error().message().toStdString();
    EXPECT_TRUE(set->front().reportText.contains(QStringLiteral("Small right pleural effusion")))
        << set->front().reportText.toStdString();
    EXPECT_FALSE(set->front().reportText.contains(QStringLiteral("eCitation")));
}

TEST(CxrTrainingSet, ImageWithoutReportNamesBoth)
{
    QTemporaryDir tmp;
    writeTrainingSet(tmp.path(), 2, 1);
    QFile::remove(tmp.path() + QStringLiteral("/reports/P001_0.txt"));
    auto set = readCxrTrainingSet(tmp.path() + QStringLiteral("/images"), tmp.path() + QStringLiteral("/reports"));
    ASSERT_FALSE(set.ok());
    EXPECT_EQ(set.error().code(), ErrorCode::Input);
    EXPECT_TRUE(set.error().message().contains(QStringLiteral("P001_0.png")));
    EXPECT_TRUE(set.error().file().endsWith(QStringLiteral("P001_0.txt")));
}

// ---- feature cache ----

TEST(CxrFeatureCache, RoundTripAndForeignFilesKept)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("c/cache.safetensors"));
    descry::detail::CxrFeatureCache cache = descry::detail::CxrFeatureCache::load(path);
    cache.insert(QStringLiteral("abc"), QStringLiteral("enc1"), {1.f, 2.f, 3.f});
    ASSERT_TRUE(cache.save().ok());
    const descry::detail::CxrFeatureCache back = descry::detail::CxrFeatureCache::load(path);
    std::vector<float> v;
    EXPECT_TRUE(back.lookup(QStringLiteral("abc"), QStringLiteral("enc1"), 3, v));
    EXPECT_EQ(v, (std::vector<float>{1.f, 2.f, 3.f}));
    EXPECT_FALSE(back.lookup(QStringLiteral("abc"), QStringLiteral("enc2"), 3, v)); // another encoder
    EXPECT_FALSE(back.lookup(QStringLiteral("abc"), QStringLiteral("enc1"), 4, v)); // another width
    writeText(tmp.filePath(QStringLiteral("photo.png")), "not a cache");
    EXPECT_FALSE(descry::detail::CxrFeatureCache::checkReplaceable(tmp.filePath(QStringLiteral("photo.png"))).ok());
    EXPECT_TRUE(descry::detail::CxrFeatureCache::checkReplaceable(path).ok());
}

// ---- head trainer ----

TEST(CxrHeadTrainer, ConceptTargetsPullPresentUpAndAbsentDown)
{
    HeadConfig cfg;
    cfg.d = 8;
    cfg.r = 2;
    cfg.m = 2;
    cfg.tau = 0.1f;
    cfg.bias = true;
    cfg.groupOf = {0, 0, 1, 1};
    auto head = ConceptHead::create(cfg, 3);
    ASSERT_TRUE(head.ok());
    std::mt19937_64 rng(5);
    std::normal_distribution<float> normal;
    std::vector<float> T(32);
    for (float& v : T)
        v = normal(rng);
    ASSERT_TRUE(head->setDescriptorEmbeddings(T).ok());
    torch::manual_seed(0);
    const torch::Tensor X = torch::randn({40, 8});
    // Concept 1 present, concept 0 absent on every image; group 1 unsupervised; half the images unlabelled.
    torch::Tensor targets = torch::zeros({40, 4}, torch::kInt8);
    targets.index_put_({torch::indexing::Slice(), 1}, 1);
    targets.index_put_({torch::indexing::Slice(), 0}, -1);
    torch::Tensor labels = torch::full({40}, -1, torch::kLong);
    labels.index_put_({torch::indexing::Slice(0, 20)}, 1);
    auto module = descry::detail::module(*head);
    descry::detail::CxrHeadTrainerOptions o;
    o.epochs = 80;
    auto losses = descry::detail::trainCxrHead(module, X, targets, labels, o);
    ASSERT_TRUE(losses.ok()) << losses.error().message().toStdString();
    EXPECT_LT(losses->back(), 0.5 * losses->front());
    torch::NoGradGuard ng;
    const auto out = module->forward(X, torch::Tensor());
    EXPECT_GT((out.Ssm.select(1, 1) > 0.5).to(torch::kFloat32).mean().item<double>(), 0.95);
    EXPECT_GT(torch::softmax(out.e, 1).select(1, 1).mean().item<double>(), 0.9);
}

// ---- end to end ----

namespace {

QJsonObject manifestOf(const QString& pack)
{
    auto m = json::readObjectFile(pack + QStringLiteral("/manifest.json"));
    EXPECT_TRUE(m.ok());
    return m ? *m : QJsonObject{};
}

// The review of a fresh (never trained on) radiograph with effusion on `side`.
QStringList presentOnFresh(const std::shared_ptr<const CxrModel>& model, const QString& dir, const QString& side,
                           double* probability)
{
    const QString path = dir + QStringLiteral("/fresh-%1.png").arg(side.isEmpty() ? QStringLiteral("none") : side);
    EXPECT_TRUE(fakes::fakeChestRadiograph(side, 9001, 128, 128).save(path));
    auto r = CxrReview(model).review(path);
    EXPECT_TRUE(r.ok()) << (r ? "" : r.error().message().toStdString());
    if (!r)
        return {};
    *probability = r->probability;
    EXPECT_LT(std::abs(r->residual), kCxrResidualTolerance);
    return r->presentIds;
}

bool containsAny(const QStringList& ids, const QStringList& wanted)
{
    for (const QString& w : wanted)
        if (ids.contains(w))
            return true;
    return false;
}

} // namespace

namespace {

// Trains on 60 generated patients (120 radiographs) with `o` and checks what the brief asks of the pack.
void checkEndToEnd(const QString& root, CxrTrainOptions o)
{
    writeTrainingSet(root, 60, 2);
    auto samples = readCxrTrainingSet(root + QStringLiteral("/images"), root + QStringLiteral("/reports"));
    ASSERT_TRUE(samples.ok()) << samples.error().message().toStdString();
    ASSERT_EQ(samples->size(), 120);
    o.seed = 3;
    o.epochs = 400; // 3 mini-batches an epoch: 1200 Adam steps
    QElapsedTimer clock;
    clock.start();
    const QString pack = root + QStringLiteral("/pack");
    auto report = trainCxrPack(*samples, o, pack);
    ASSERT_TRUE(report.ok()) << report.error().message().toStdString();
    const double seconds = clock.elapsed() / 1000.0;

    const QJsonObject test = report->metrics.value(QStringLiteral("test")).toObject();
    const QJsonObject text = report->metrics.value(QStringLiteral("explanations")).toObject();
    std::printf("[ figures  ] test n %d accuracy %.3f precision %.3f recall %.3f F1 %.3f AUC %.3f; ROUGE-L %.3f "
                "METEOR %.3f (n %d); threshold %.3f band [%.3f, %.3f]; split %d/%d/%d images; %.1f s\n",
                test.value(QStringLiteral("n")).toInt(), test.value(QStringLiteral("accuracy")).toDouble(),
                test.value(QStringLiteral("precision")).toDouble(), test.value(QStringLiteral("recall")).toDouble(),
                test.value(QStringLiteral("f1")).toDouble(), test.value(QStringLiteral("auc")).toDouble(),
                text.value(QStringLiteral("rouge_l")).toDouble(), text.value(QStringLiteral("meteor")).toDouble(),
                text.value(QStringLiteral("n")).toInt(), report->threshold, report->bandLow, report->bandHigh,
                report->trainImages, report->validationImages, report->testImages, seconds);
    EXPECT_EQ(report->positives, 80); // 2 of 3 patients have an effusion
    EXPECT_EQ(report->uncertainLabels, 0);
    EXPECT_EQ(report->computedFeatures, 120);
    EXPECT_GE(report->testImages, 16);
    EXPECT_GE(test.value(QStringLiteral("accuracy")).toDouble(), 0.85);
    EXPECT_GE(test.value(QStringLiteral("auc")).toDouble(), 0.9);
    EXPECT_GT(text.value(QStringLiteral("rouge_l")).toDouble(), 0.5);
    EXPECT_GT(text.value(QStringLiteral("meteor")).toDouble(), 0.5);
    EXPECT_LT(report->epochLoss.back(), report->epochLoss.front());

    // The manifest holds the metrics, the calibration and a split in which no patient crosses parts.
    const QJsonObject manifest = manifestOf(pack);
    EXPECT_EQ(manifest.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")).toObject(), test);
    EXPECT_NEAR(manifest.value(QStringLiteral("calibration")).toObject().value(QStringLiteral("threshold")).toDouble(),
                report->threshold, 1e-12);
    const QJsonObject split =
        manifest.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("split")).toObject();
    QSet<QString> testPatients, validationPatients;
    for (const auto& v : split.value(QStringLiteral("test_patients")).toArray())
        testPatients.insert(v.toString());
    for (const auto& v : split.value(QStringLiteral("validation_patients")).toArray())
        validationPatients.insert(v.toString());
    EXPECT_EQ(testPatients.size(), report->testPatients);
    EXPECT_FALSE(testPatients.intersects(validationPatients));
    EXPECT_EQ(report->trainPatients + report->validationPatients + report->testPatients, 60);

    // The pack opens and explains fresh radiographs with the planted descriptors and the side.
    auto model = CxrModel::open(pack);
    ASSERT_TRUE(model.ok()) << model.error().message().toStdString();
    const auto shared = std::make_shared<const CxrModel>(std::move(model).value());
    double pLeft = 0, pRight = 0, pNone = 1;
    const QStringList left = presentOnFresh(shared, root, QStringLiteral("left"), &pLeft);
    const QStringList right = presentOnFresh(shared, root, QStringLiteral("right"), &pRight);
    const QStringList none = presentOnFresh(shared, root, QString(), &pNone);
    std::printf(
        "[ figures  ] fresh left P %.3f: %s\n[ figures  ] fresh right P %.3f: %s\n[ figures  ] fresh none P %.3f: "
        "%s\n",
        pLeft, qPrintable(left.join(QLatin1Char(' '))), pRight, qPrintable(right.join(QLatin1Char(' '))), pNone,
        qPrintable(none.join(QLatin1Char(' '))));
    EXPECT_TRUE(
        containsAny(left, {QStringLiteral("basal_opacity.left"), QStringLiteral("costophrenic_angle.blunted_left")}))
        << left.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(left.contains(QStringLiteral("laterality.left"))) << left.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(
        containsAny(right, {QStringLiteral("basal_opacity.right"), QStringLiteral("costophrenic_angle.blunted_right")}))
        << right.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(right.contains(QStringLiteral("laterality.right"))) << right.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(left.contains(QStringLiteral("laterality.right")));
    EXPECT_FALSE(containsAny(none, {QStringLiteral("laterality.left"), QStringLiteral("laterality.right"),
                                    QStringLiteral("laterality.bilateral")}))
        << none.join(QLatin1Char(' ')).toStdString();
    EXPECT_GT(pLeft, report->threshold);
    EXPECT_GT(pRight, report->threshold);
    EXPECT_LT(pNone, report->threshold);

    // Training encoded exactly what a review feeds the encoder: the cached feature of a training image (a
    // low-contrast one, which a min/max window would have stretched) equals the pack's embedding of its review input.
    auto reviewed = CxrReview(shared).review(samples->front().imagePath);
    ASSERT_TRUE(reviewed.ok()) << reviewed.error().message().toStdString();
    auto embedded = shared->embed(reviewed->input);
    ASSERT_TRUE(embedded.ok());
    auto cached = readSafetensors(o.cacheDir + QStringLiteral("/cxr-features.safetensors"));
    ASSERT_TRUE(cached.ok());
    std::vector<float> trained;
    for (auto it = cached->cbegin(); it != cached->cend(); ++it)
        if (it.key().startsWith(reviewed->imageSha256))
            trained = it->toFloat();
    ASSERT_EQ(trained.size(), embedded->size());
    for (size_t i = 0; i < trained.size(); ++i)
        ASSERT_NEAR(trained[i], (*embedded)[i], 1e-5) << i;

    // A second run finds every feature in the cache and trains the same pack.
    auto again = trainCxrPack(*samples, o, root + QStringLiteral("/pack2"));
    ASSERT_TRUE(again.ok()) << again.error().message().toStdString();
    EXPECT_EQ(again->cachedFeatures, 120);
    EXPECT_EQ(again->computedFeatures, 0);
    EXPECT_EQ(again->metrics.value(QStringLiteral("test")), report->metrics.value(QStringLiteral("test")));
    EXPECT_LT(seconds, 60.0);
}

} // namespace

TEST(CxrTraining, LearnsPlantedSignalAndExplainsWithTheRightSide)
{
    QTemporaryDir tmp;
    checkEndToEnd(tmp.path(), torchScriptOptions(tmp.path()));
}

TEST(CxrTraining, WrongDescriptorEmbeddingsNameTheFile)
{
    QTemporaryDir tmp;
    writeTrainingSet(tmp.path(), 3, 1);
    auto samples = readCxrTrainingSet(tmp.path() + QStringLiteral("/images"), tmp.path() + QStringLiteral("/reports"));
    ASSERT_TRUE(samples.ok());
    CxrTrainOptions o = torchScriptOptions(tmp.path());
    writeRandomT(o.descriptorEmbeddings, catalogSize() - 1, kDim, 1); // one row short
    auto r = trainCxrPack(*samples, o, tmp.path() + QStringLiteral("/pack"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::Model);
    EXPECT_EQ(r.error().file(), o.descriptorEmbeddings);
    writeRandomT(o.descriptorEmbeddings, catalogSize(), kDim - 1, 1); // one column short
    r = trainCxrPack(*samples, o, tmp.path() + QStringLiteral("/pack"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message().contains(QString::number(kDim))) << r.error().message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(tmp.path() + QStringLiteral("/pack")));
}

TEST(CxrTraining, CancelledRunWritesNoPackButKeepsTheCache)
{
    QTemporaryDir tmp;
    writeTrainingSet(tmp.path(), 6, 1);
    auto samples = readCxrTrainingSet(tmp.path() + QStringLiteral("/images"), tmp.path() + QStringLiteral("/reports"));
    ASSERT_TRUE(samples.ok());
    CxrTrainOptions o = torchScriptOptions(tmp.path());
    std::atomic<bool> cancel{false};
    Progress progress;
    progress.cancel = &cancel;
    progress.report = [&](double, const QString& what) {
        if (what.contains(QStringLiteral("epoch")))
            cancel.store(true); // stop in the first epoch, after every image was encoded
        return true;
    };
    auto r = trainCxrPack(*samples, o, tmp.path() + QStringLiteral("/pack"), progress);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(tmp.path() + QStringLiteral("/pack")));
    EXPECT_EQ(descry::detail::CxrFeatureCache::load(o.cacheDir + QStringLiteral("/cxr-features.safetensors")).size(),
              6);
}

TEST(CxrTraining, OpenClipCheckpointGivesTheEncoderAndTheDescriptorEmbeddings)
{
    QTemporaryDir tmp;
    const QString root = tmp.path();
    writeTrainingSet(root, 6, 1);
    const ClipConfig config = *ClipConfig::named(QStringLiteral("tiny-vit32-quickgelu"));
    const QString checkpoint = root + QStringLiteral("/tiny.safetensors");
    ASSERT_TRUE(writeSafetensors(checkpoint, clipRandomWeights(config, 7)).ok());
    auto sha = sha256File(checkpoint);
    ASSERT_TRUE(sha.ok());
    auto samples = readCxrTrainingSet(root + QStringLiteral("/images"), root + QStringLiteral("/reports"));
    ASSERT_TRUE(samples.ok());
    CxrTrainOptions o;
    o.encoder.type = QStringLiteral("openclip-vit");
    o.encoder.config = {{QStringLiteral("activation"), QStringLiteral("quickgelu")},
                        {QStringLiteral("checkpoint"),
                         QJsonObject{{QStringLiteral("path"), checkpoint}, {QStringLiteral("sha256"), *sha}}}};
    o.encoderDirectory = root;
    o.cacheDir = root + QStringLiteral("/cache");
    o.epochs = 3;
    const QString pack = root + QStringLiteral("/pack");
    auto report = trainCxrPack(*samples, o, pack);
    ASSERT_TRUE(report.ok()) << report.error().message().toStdString();
    EXPECT_EQ(report->computedFeatures, 6);
    auto model = CxrModel::open(pack);
    ASSERT_TRUE(model.ok()) << model.error().message().toStdString();
    EXPECT_EQ(model->encoderType(), QStringLiteral("openclip-vit"));
    EXPECT_EQ(model->encoder().dimension(), config.embedDim);
    auto r = CxrReview(std::make_shared<const CxrModel>(std::move(model).value())).review(samples->front().imagePath);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_LT(std::abs(r->residual), kCxrResidualTolerance);
}

TEST(CxrTraining, UncertainReportsStayOutOfTheLabelsAndAreCounted)
{
    QTemporaryDir tmp;
    const QString root = tmp.path();
    writeTrainingSet(root, 12, 1);
    for (const char* stem : {"P000_0", "P003_0", "P005_0"})
        writeText(root + QStringLiteral("/reports/%1.txt").arg(QLatin1String(stem)),
                  "Possible small left pleural effusion.");
    auto samples = readCxrTrainingSet(root + QStringLiteral("/images"), root + QStringLiteral("/reports"));
    ASSERT_TRUE(samples.ok());
    CxrTrainOptions o = torchScriptOptions(root);
    o.epochs = 3;
    o.testFraction = 0.5;
    auto report = trainCxrPack(*samples, o, root + QStringLiteral("/pack"));
    ASSERT_TRUE(report.ok()) << report.error().message().toStdString();
    EXPECT_EQ(report->uncertainLabels, 3);
    EXPECT_EQ(report->positives, 6); // left 6, 9 and right 1, 4, 7, 10 (0 and 3 are now uncertain)
    const QJsonObject provenance =
        manifestOf(root + QStringLiteral("/pack")).value(QStringLiteral("provenance")).toObject();
    EXPECT_EQ(
        provenance.value(QStringLiteral("labels")).toObject().value(QStringLiteral("uncertain_or_unmentioned")).toInt(),
        3);
    // Test metrics count the labelled test images only (one image per patient here).
    int labelledTest = 0;
    for (const auto& v :
         provenance.value(QStringLiteral("split")).toObject().value(QStringLiteral("test_patients")).toArray())
        labelledTest +=
            !QStringList{QStringLiteral("P000"), QStringLiteral("P003"), QStringLiteral("P005")}.contains(v.toString());
    EXPECT_EQ(report->metrics.value(QStringLiteral("test")).toObject().value(QStringLiteral("n")).toInt(),
              labelledTest);
}

// Regression (issue 12 hostile test): `train cxr --out <the images folder>` encoded every image before the pack
// output was refused; it is refused first now, naming the folder, and the radiographs are untouched.
TEST(CxrTraining, AnOutputFolderHoldingTheRadiographsIsRefusedBeforeAnyWork)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString images = tmp.filePath(QStringLiteral("images"));
    ASSERT_TRUE(QDir().mkpath(images));
    QList<CxrTrainingSample> samples;
    for (int i = 0; i < 4; ++i) {
        CxrTrainingSample s;
        s.imagePath = images + QStringLiteral("/p%1_000.png").arg(i);
        ASSERT_TRUE(
            fakes::fakeChestRadiograph(i % 2 ? QStringLiteral("left") : QString(), i, 64, 64).save(s.imagePath));
        s.patientId = QStringLiteral("p%1").arg(i);
        s.reportText = i % 2 ? QStringLiteral("Small left pleural effusion.") : QStringLiteral("No pleural effusion.");
        samples << s;
    }
    CxrTrainOptions options; // no encoder at all: only the output check may answer
    options.cacheDir = tmp.filePath(QStringLiteral("cache"));
    auto r = trainCxrPack(samples, options, images);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().file(), images) << r.error().toString().toStdString();
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("holds an input"))) << r.error().toString().toStdString();
    EXPECT_EQ(QDir(images).entryList(QDir::Files).size(), 4);
    EXPECT_FALSE(QFileInfo::exists(options.cacheDir)) << "nothing was encoded";
}

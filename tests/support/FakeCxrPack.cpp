#include <torch/torch.h>

#include "FakeCxrPack.h"
#include "FakeEncoders.h"

#include "core/cxr/CxrModel.h"
#include "core/model/detail/ConceptHeadModule.h"

#include <QDir>

#include <algorithm>
#include <cmath>

namespace descry::fakes {

namespace {

constexpr int kInput = 32; // the fake-embedding encoder's input size
constexpr int kDim = 16;   // its 4×4 block means

// The side a descriptor id names ("" for none): "costophrenic_angle.blunted_left" -> "left".
QString sideOf(const QString& id)
{
    const QString grade = id.section(QLatin1Char('.'), -1);
    for (const char* side : {"bilateral", "left", "right"})
        if (grade.contains(QLatin1String(side)))
            return QString::fromLatin1(side);
    return {};
}

// The groups whose descriptors follow the planted band's side; every other group stays at its normal grade.
bool followsSide(const QString& group)
{
    return group == QLatin1String("costophrenic_angle") || group == QLatin1String("basal_opacity") ||
           group == QLatin1String("laterality");
}

bool isNormalGrade(const Descriptor& d)
{
    static const QStringList normal{"sharp", "absent", "none", "clear"};
    return d.normal || normal.contains(d.id.section(QLatin1Char('.'), -1));
}

// Embedding of one generated radiograph as the pack's encoder sees it (the path CxrReview takes).
Result<std::vector<float>> templateEmbedding(const ImageEncoder& encoder, const QString& side)
{
    auto input = cxrEncoderInput(fakeChestRadiograph(side), kInput, QString());
    if (!input)
        return input.error();
    std::vector<float> pixels;
    for (int y = 0; y < kInput; ++y)
        for (int x = 0; x < kInput * 3; ++x)
            pixels.push_back(float(input->input.constScanLine(y)[x]));
    std::vector<float> out(kDim);
    if (auto st = encoder.encode(pixels.data(), 1, out.data(), {}); !st)
        return st.error();
    return out;
}

Result<std::shared_ptr<const ImageEncoder>> fakeEncoder()
{
    EncoderRegistry registry;
    registerFakeEncoders(registry);
    EncoderContext ctx;
    ctx.spec.type = QStringLiteral("fake-embedding");
    auto encoder = registry.create(ctx);
    if (!encoder)
        return encoder.error();
    return std::dynamic_pointer_cast<const ImageEncoder>(*encoder);
}

// T: side-following descriptors read the embedding of the radiograph with that band (nearest by cosine), the others
// the normal radiograph's embedding with some upper-zone blocks sign-flipped, so they never beat their normal grade.
// W/b: abnormal grades of the side groups push toward effusion, their normal grades away; other groups weakly.
struct FakeHeadValues
{
    std::vector<float> T, W, b{0.3f, 0.0f};
};

Result<FakeHeadValues> fakeHeadValues(const Catalog& catalog)
{
    auto encoder = fakeEncoder();
    if (!encoder)
        return encoder.error();
    QMap<QString, std::vector<float>> templates;
    for (const QString& side :
         {QString(), QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("bilateral")}) {
        auto e = templateEmbedding(**encoder, side);
        if (!e)
            return e.error();
        templates.insert(side, *e);
    }
    FakeHeadValues v;
    for (int k = 0; k < catalog.descriptors().size(); ++k) {
        const Descriptor& d = catalog.descriptors()[k];
        const QString group = catalog.groups()[d.group].id;
        const bool normal = isNormalGrade(d);
        std::vector<float> row = templates.value(QString());
        if (followsSide(group)) {
            row = templates.value(normal ? QString() : sideOf(d.id));
            v.W.insert(v.W.end(), {0.0f, normal ? -1.5f : 1.5f});
        } else {
            if (!normal) {
                row[k % 8] = -row[k % 8];
                row[(k + 3) % 8] = -row[(k + 3) % 8];
            }
            v.W.insert(v.W.end(),
                       normal ? std::initializer_list<float>{0.1f, 0.0f} : std::initializer_list<float>{0.0f, 0.2f});
        }
        v.T.insert(v.T.end(), row.begin(), row.end());
    }
    return v;
}

Result<ConceptHead> fakeHead(const Catalog& catalog)
{
    HeadConfig cfg;
    cfg.d = kDim;
    cfg.r = 4;
    cfg.m = 2;
    cfg.alpha = 1.0f;
    cfg.tau = 0.02f;
    cfg.bias = true;
    for (const Descriptor& d : catalog.descriptors())
        cfg.groupOf.push_back(d.group);
    auto head = ConceptHead::create(cfg, 7);
    if (!head)
        return head.error();
    auto values = fakeHeadValues(catalog);
    if (!values)
        return values.error();
    if (auto st = head->setDescriptorEmbeddings(values->T); !st)
        return st.error();
    auto module = detail::module(*head);
    auto tensors = module->tensors();
    const auto n = int64_t(catalog.descriptors().size());
    tensors["W"] = torch::from_blob(values->W.data(), {n, 2}, torch::kFloat32).clone();
    tensors["b"] = torch::from_blob(values->b.data(), {2}, torch::kFloat32).clone();
    if (auto st = module->loadTensors(tensors); !st)
        return st.error();
    return *head;
}

} // namespace

Result<QString> writeFakeCxrPack(const QString& dir, const QString& name, bool indeterminateBand)
{
    auto catalog = Catalog::load(defaultCxrCatalogPath());
    if (!catalog)
        return catalog.error();
    auto head = fakeHead(*catalog);
    if (!head)
        return head.error();
    CxrPackInfo info;
    info.name = name;
    info.version = QStringLiteral("1.0.0");
    info.encoder.type = QStringLiteral("fake-embedding");
    info.calibration.threshold = 0.5;
    info.calibration.hasBand = indeterminateBand;
    info.calibration.bandLow = indeterminateBand ? 0.2 : 0.5;
    info.calibration.bandHigh = indeterminateBand ? 0.98 : 0.5;
    info.calibration.operatingPoint = QStringLiteral("balanced accuracy");
    info.calibration.dataset = QStringLiteral("generated radiographs (tests/support/FakeCxrPack)");
    info.calibration.date = QStringLiteral("2026-01-01");
    info.provenance = QJsonObject{{QStringLiteral("generator"), QStringLiteral("fakes::writeFakeCxrPack")}};
    if (auto st = writeCxrPack(dir, *catalog, *head, info); !st)
        return st.error();
    return QDir(dir).absolutePath();
}

namespace {

// Deterministic noise in [-3, 3] (a small LCG: the same picture on every platform).
struct Noise
{
    quint32 state;
    int next()
    {
        state = state * 1664525u + 1013904223u;
        return int((state >> 24) % 7) - 3;
    }
};

bool inEllipse(double u, double v, double cu, double cv, double ru, double rv)
{
    const double a = (u - cu) / ru, b = (v - cv) / rv;
    return a * a + b * b <= 1.0;
}

// The planted opacity over one lung's lower zone (image-left lung: lateral wall at u = 0.09; image-right: 0.91):
// a band with a meniscus (higher at the lateral wall) and a filled costophrenic corner.
bool inOpacity(double u, double v, bool imageRightLung, double top)
{
    const double lo = imageRightLung ? 0.55 : 0.09, hi = imageRightLung ? 0.91 : 0.45;
    if (u < lo || u > hi || v > 0.92)
        return false;
    const double lateral = imageRightLung ? (u - lo) / (hi - lo) : (hi - u) / (hi - lo); // 1 at the wall
    return v >= top - 0.08 * lateral;
}

} // namespace

QImage fakeChestRadiograph(const QString& side, int seed, int width, int height)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    Noise noise{quint32(seed) * 2654435761u + 12345u};
    const int lungShift = (seed * 7) % 11 - 5;
    const double bandTop = 0.69 + 0.01 * (seed % 5);
    const bool patientLeft = side == QLatin1String("left") || side == QLatin1String("bilateral");
    const bool patientRight = side == QLatin1String("right") || side == QLatin1String("bilateral");
    for (int y = 0; y < height; ++y) {
        uchar* line = image.scanLine(y);
        const double v = (y + 0.5) / height;
        for (int x = 0; x < width; ++x) {
            const double u = (x + 0.5) / width;
            int value = v > 0.92 ? 140 : 110; // abdomen below the diaphragm, soft tissue elsewhere
            const bool lung = v >= 0.11 && v <= 0.92 && ((u >= 0.09 && u <= 0.45) || (u >= 0.55 && u <= 0.91));
            if (lung)
                value = 50 + lungShift;
            if ((u > 0.45 && u < 0.55 && v < 0.92) || inEllipse(u, v, 0.53, 0.70, 0.13, 0.14))
                value = 165; // mediastinum and heart (to the patient's left)
            if ((patientLeft && inOpacity(u, v, true, bandTop)) || (patientRight && inOpacity(u, v, false, bandTop)))
                value = 215;
            line[x] = uchar(std::clamp(value + noise.next(), 0, 255));
        }
    }
    return image;
}

} // namespace descry::fakes

#include "FakeEncoders.h"

#include "core/face/FaceConcepts.h"
#include "core/face/FaceLocator.h"
#include "core/face/FaceModel.h"
#include "core/face/Morphometry.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QDir>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>

#include <cmath>
#include <condition_variable>
#include <mutex>
#include <random>

namespace descry::fakes {

namespace {

constexpr int kEmbeddingSize = 32;
constexpr int kEmbeddingDim = 16;

// FakeEncoderHold's state: how many holds are alive.
struct HoldState
{
    std::mutex mutex;
    std::condition_variable released;
    int holds = 0;
};

HoldState& holdState()
{
    static HoldState state;
    return state;
}

// Called first by every fake encoder: returns once no hold is alive.
void waitWhileHeld()
{
    HoldState& s = holdState();
    std::unique_lock lock(s.mutex);
    s.released.wait(lock, [&] { return s.holds == 0; });
}

// Mean colour of the central region: what the fake "sees" of a face.
QColor meanColour(const QImage& image)
{
    const QImage small =
        image.scaled(8, 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB888);
    double r = 0, g = 0, b = 0;
    for (int y = 2; y < 6; ++y)
        for (int x = 2; x < 6; ++x) {
            const QRgb px = small.pixel(x, y);
            r += qRed(px), g += qGreen(px), b += qBlue(px);
        }
    return QColor(int(r / 16), int(g / 16), int(b / 16));
}

// A parametric 68-point face (dlib's point order) inside `box`; the colour sets width, eye spacing, nose
// length and mouth width.
Landmarks68 templateFace(const QRectF& box, const QColor& c)
{
    const double cx = box.center().x(), top = box.top(), w = box.width(), h = box.height();
    const double fw = 0.40 + 0.08 * c.redF(), eyeGap = 0.17 + 0.05 * c.greenF(), nose = 0.18 + 0.06 * c.blueF();
    const double mouthW = 0.14 + 0.06 * (1 - c.redF());
    Landmarks68 p;
    for (int i = 0; i <= 16; ++i) { // jaw: half ellipse from ear to ear
        const double a = M_PI * (1 - i / 16.0);
        p[i] = QPointF(cx + fw * w * std::cos(a), top + 0.45 * h + 0.45 * h * std::sin(a) * (i == 8 ? 1.0 : 0.95));
    }
    for (int i = 0; i < 5; ++i) { // brows
        const double t = i / 4.0, arch = 0.02 * h * std::sin(M_PI * t);
        p[17 + i] = QPointF(cx - (eyeGap + 0.12) * w + t * 0.2 * w, top + 0.30 * h - arch);
        p[22 + i] =
            QPointF(cx + (eyeGap - 0.08) * w + t * 0.2 * w, top + 0.30 * h - 0.02 * h * std::sin(M_PI * (1 - t)));
    }
    for (int i = 0; i < 4; ++i) // nose bridge
        p[27 + i] = QPointF(cx, top + 0.36 * h + i * nose * h / 3.5);
    for (int i = 0; i < 5; ++i) // nostrils
        p[31 + i] = QPointF(cx + (i - 2) * 0.035 * w, top + 0.38 * h + nose * h);
    auto eye = [&](int first, double ex) {
        const double ew = 0.11 * w, eh = 0.035 * h, ey = top + 0.38 * h;
        const double xs[6] = {-1, -0.4, 0.4, 1, 0.4, -0.4}, ys[6] = {0, -1, -1, 0, 1, 1};
        for (int i = 0; i < 6; ++i)
            p[first + i] = QPointF(ex + xs[i] * ew / 2, ey + ys[i] * eh / 2);
    };
    eye(36, cx - eyeGap * w);
    eye(42, cx + eyeGap * w);
    const double my = top + 0.42 * h + nose * h + 0.09 * h, mw = mouthW * w;
    for (int i = 0; i < 12; ++i) { // outer lip
        const double a = M_PI - i * (2 * M_PI / 12);
        p[48 + i] = QPointF(cx + mw * std::cos(a), my - 0.035 * h * std::sin(a));
    }
    for (int i = 0; i < 8; ++i) { // inner lip
        const double a = M_PI - i * (2 * M_PI / 8);
        p[60 + i] = QPointF(cx + 0.7 * mw * std::cos(a), my - 0.012 * h * std::sin(a));
    }
    return p;
}

class FakeFaceLocator : public FaceLocator
{
public:
    QString type() const override { return QStringLiteral("fake-landmarks"); }
    Result<AlignedFace> locate(const QImage& image, const QString& file, const DetectOptions&,
                               const Progress& progress) const override
    {
        waitWhileHeld();
        if (!progress.step(0, QStringLiteral("fake locator")))
            return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        if (image.isNull())
            return Error(ErrorCode::Input, QStringLiteral("empty image"), file);
        if (meanColour(image).value() < 8)
            return Error(ErrorCode::Input, QStringLiteral("no face found"), file);
        AlignedFace a;
        const QRectF box(image.width() * 0.15, image.height() * 0.1, image.width() * 0.7, image.height() * 0.8);
        a.face.box = box;
        a.face.detectorScore = 1;
        a.face.facesFound = 1;
        a.face.landmarks = templateFace(box, meanColour(image));
        a.chip150 = image.scaled(150, 150, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        a.aligned224 = image.scaled(224, 224, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QPointF re = (a.face.landmarks[36] + a.face.landmarks[39]) / 2,
                      le = (a.face.landmarks[42] + a.face.landmarks[45]) / 2;
        a.quality.interEyePixels = std::hypot(le.x() - re.x(), le.y() - re.y());
        a.quality.sharpness = 100;
        if (a.quality.interEyePixels < 20)
            a.quality.problems << QStringLiteral("the eyes are only %1 px apart (at least 20 needed)")
                                      .arg(a.quality.interEyePixels, 0, 'f', 0);
        return a;
    }
};

class FakeImageEncoder : public ImageEncoder
{
public:
    QString type() const override { return QStringLiteral("fake-embedding"); }
    int inputSize() const override { return kEmbeddingSize; }
    int dimension() const override { return kEmbeddingDim; }
    Status encode(const float* pixels, int n, float* out, const Progress& progress) const override
    {
        waitWhileHeld();
        if (!progress.step(0, QStringLiteral("fake encoder")))
            return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        const int block = kEmbeddingSize / 4;
        for (int i = 0; i < n; ++i) {
            const float* img = pixels + size_t(i) * kEmbeddingSize * kEmbeddingSize * 3;
            for (int by = 0; by < 4; ++by)
                for (int bx = 0; bx < 4; ++bx) {
                    // Each block reads one colour channel, so faces of another hue point elsewhere.
                    const int channel = (by * 4 + bx) % 3;
                    double sum = 0;
                    for (int y = by * block; y < (by + 1) * block; ++y)
                        for (int x = bx * block; x < (bx + 1) * block; ++x)
                            sum += img[(y * kEmbeddingSize + x) * 3 + channel];
                    out[size_t(i) * kEmbeddingDim + by * 4 + bx] = float(sum / (block * block) / 255.0 - 0.5);
                }
        }
        return {};
    }
};

QList<EncoderSpec> fakeSources()
{
    EncoderSpec locator, embedding;
    locator.type = QStringLiteral("fake-landmarks");
    embedding.type = QStringLiteral("fake-embedding");
    return {locator, embedding};
}

} // namespace

FakeEncoderHold::FakeEncoderHold()
{
    HoldState& s = holdState();
    const std::lock_guard lock(s.mutex);
    ++s.holds;
}

void FakeEncoderHold::release()
{
    if (!m_held)
        return;
    m_held = false;
    HoldState& s = holdState();
    const std::lock_guard lock(s.mutex);
    --s.holds;
    s.released.notify_all();
}

void registerFakeEncoders(EncoderRegistry& registry)
{
    registry.add(QStringLiteral("fake-landmarks"), [](const EncoderContext&) -> Result<std::shared_ptr<const Encoder>> {
        return std::shared_ptr<const Encoder>(std::make_shared<FakeFaceLocator>());
    });
    registry.add(QStringLiteral("fake-embedding"), [](const EncoderContext&) -> Result<std::shared_ptr<const Encoder>> {
        return std::shared_ptr<const Encoder>(std::make_shared<FakeImageEncoder>());
    });
}

QImage fakeFacePhoto(int identity, int variant, int width, int height)
{
    const QColor face = QColor::fromHsv((identity * 67) % 360, 90 + (identity * 37) % 120, 200);
    QImage img(width, height, QImage::Format_RGB888);
    img.fill(QColor(40 + (variant * 13) % 30, 40, 60));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(face.lighter(100 + (variant % 3)));
    p.drawEllipse(QRectF(width * 0.15, height * 0.1, width * 0.7, height * 0.8));
    p.setBrush(face.darker(160));
    p.drawEllipse(QRectF(width * 0.3, height * 0.35, width * 0.12, height * 0.05));
    p.drawEllipse(QRectF(width * 0.58, height * 0.35, width * 0.12, height * 0.05));
    p.drawRect(QRectF(width * 0.38, height * 0.7, width * 0.24, height * 0.04));
    return img;
}

QImage syntheticFaceImage(int hue, int spread, bool brows)
{
    QImage image(224, 224, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient background(0, 0, 0, 224);
    background.setColorAt(0, QColor::fromHsv(hue, 40, 235));
    background.setColorAt(1, QColor::fromHsv(hue, 80, 150));
    p.fillRect(image.rect(), background);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(224, 180, 150));
    p.drawEllipse(QRectF(52, 30, 120, 160));
    p.setBrush(QColor(60, 40, 30));
    p.drawEllipse(QPointF(112 - spread, 95), 9, 5);
    p.drawEllipse(QPointF(112 + spread, 95), 9, 5);
    if (brows) {
        p.setPen(QPen(QColor(80, 50, 40), 4));
        p.drawLine(QPointF(112 - spread - 12, 80), QPointF(112 - spread + 12, 78));
        p.drawLine(QPointF(112 + spread - 12, 78), QPointF(112 + spread + 12, 80));
    }
    p.setPen(QPen(QColor(150, 100, 80), 3));
    p.drawLine(QPointF(112, 100), QPointF(108, 135));
    p.drawArc(QRectF(90, 140, 44, 20), 200 * 16, 140 * 16);
    p.end();
    return image;
}

Status writeFakeFacePhoto(const QString& path, int identity, int variant, int width, int height)
{
    if (!fakeFacePhoto(identity, variant, width, height).save(path))
        return Error(ErrorCode::Internal, QStringLiteral("cannot write"), path);
    return {};
}

Result<QString> writeFakeFacePack(const QString& dir, const QString& name)
{
    registerFakeEncoders();
    auto catalog = Catalog::load(defaultFaceCatalogPath());
    if (!catalog)
        return catalog.error();
    auto layout = FaceConceptLayout::build(*catalog);
    if (!layout)
        return layout.error();
    HeadConfig cfg;
    cfg.d = kEmbeddingDim;
    cfg.r = 4;
    cfg.m = 32;
    cfg.nDirect = layout->nDirect;
    cfg.alpha = 0.5f;
    cfg.tau = 0.1f;
    cfg.groupOf = layout->groupOf;
    auto head = ConceptHead::create(cfg, 20261201);
    if (!head)
        return head.error();
    std::mt19937 rng(7);
    std::normal_distribution<float> normal;
    std::vector<float> T(size_t(layout->numAppearance()) * kEmbeddingDim);
    for (float& t : T)
        t = normal(rng);
    if (auto st = head->setDescriptorEmbeddings(T); !st)
        return st.error();
    std::vector<std::vector<double>> samples;
    for (int id = 0; id < 8; ++id)
        samples.push_back(morphometry::measure(templateFace(QRectF(48, 40, 224, 320), meanColour(fakeFacePhoto(id)))));
    FaceModelParts parts{*catalog, *layout, *head, morphometry::computeStats(samples), 0.9, 0.9};
    FacePackInfo info;
    info.name = name;
    info.version = QStringLiteral("0.0.1");
    info.provenance = QJsonObject{{QStringLiteral("note"), QStringLiteral("test pack with fake encoders")}};
    info.sources = fakeSources();
    auto write = [&](double threshold, double baseline) {
        info.calibration =
            QJsonObject{{QStringLiteral("threshold"), threshold},
                        {QStringLiteral("baseline_threshold"), baseline},
                        {QStringLiteral("operating_point"), QStringLiteral("separates the generated identities")},
                        {QStringLiteral("dataset"), QStringLiteral("generated identities 0-7")},
                        {QStringLiteral("date"), QStringLiteral("2026-12-01T00:00:00Z")}};
        QDir(dir).removeRecursively();
        return writeFacePack(dir, parts, info);
    };
    if (auto st = write(0.9, 0.9); !st)
        return st.error();
    // Calibrate: halfway between the best different-identity and the worst same-identity score.
    auto model = FaceModel::open(dir);
    if (!model)
        return model.error();
    double sameMin[2] = {2, 2}, diffMax[2] = {-2, -2};
    std::vector<ConceptOutput> out[2];
    std::vector<std::vector<float>> emb[2];
    for (int id = 0; id < 8; ++id)
        for (int v = 0; v < 2; ++v) {
            LoadedImage photo;
            photo.image = fakeFacePhoto(id, v);
            auto a = model->analyzer().analyze(photo);
            if (!a)
                return a.error();
            auto c = model->concepts(*a);
            if (!c)
                return c.error();
            out[v].push_back(*c);
            emb[v].push_back(a->embedding);
        }
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 8; ++j) {
            const double s[2] = {faceScore(out[0][i].e, out[1][j].e), faceScore(emb[0][i], emb[1][j])};
            for (int k = 0; k < 2; ++k)
                (i == j ? sameMin[k] = std::min(sameMin[k], s[k]) : diffMax[k] = std::max(diffMax[k], s[k]));
        }
    if (sameMin[0] <= diffMax[0] || sameMin[1] <= diffMax[1])
        return Error(ErrorCode::Internal,
                     QStringLiteral("generated identities are not separable (%1 %2 %3 %4)")
                         .arg(sameMin[0])
                         .arg(diffMax[0])
                         .arg(sameMin[1])
                         .arg(diffMax[1]),
                     dir);
    if (auto st = write((sameMin[0] + diffMax[0]) / 2, (sameMin[1] + diffMax[1]) / 2); !st)
        return st.error();
    return dir;
}

} // namespace descry::fakes

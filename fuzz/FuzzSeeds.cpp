// descry-fuzz-seeds OUTDIR [NAME...]: writes valid inputs of every fuzzed format into OUTDIR/<name>/ (all harnesses,
// or only the NAMEs given) with the core's own writers, Qt's image writers and DCMTK. Deterministic content.

#include "DicomFixtures.h"
#include "core/casefile/CaseFile.h"
#include "core/tensor/Safetensors.h"
#include "detail/FuzzInput.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <cstdio>
#include <zlib.h>

namespace {

QString g_out;
int g_failures = 0;

QString seedPath(const QString& harness, const QString& file)
{
    QDir().mkpath(g_out + QLatin1Char('/') + harness);
    return g_out + QLatin1Char('/') + harness + QLatin1Char('/') + file;
}

void check(bool ok, const QString& what)
{
    if (!ok) {
        std::fprintf(stderr, "descry-fuzz-seeds: could not write %s\n", qPrintable(what));
        ++g_failures;
    }
}

void writeSeed(const QString& harness, const QString& file, const QByteArray& bytes)
{
    QFile f(seedPath(harness, file));
    check(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size(), harness + '/' + file);
}

void copySeed(const QString& harness, const QString& file, const QString& from)
{
    QFile f(from);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "descry-fuzz-seeds: %s missing, skipped\n", qPrintable(from));
        return;
    }
    writeSeed(harness, file, f.readAll());
}

QImage testImage(int w, int h, QImage::Format format)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(x * 255 / w, y * 255 / h, (x ^ y) & 0xff));
    return image.convertToFormat(format);
}

QByteArray encoded(const QImage& image, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

void safetensorsSeeds()
{
    using descry::TensorData;
    QMap<QString, TensorData> tensors;
    tensors.insert(QStringLiteral("w"), TensorData::fromFloat(QStringLiteral("w"), {2, 3}, {1, 2, 3, 4, 5, 6}));
    tensors.insert(QStringLiteral("b"), TensorData::fromFloat(QStringLiteral("b"), {3}, {-1, 0, 1}));
    TensorData half{QStringLiteral("h"), QStringLiteral("F16"), {2}, QByteArray("\x00\x3c\x00\xc0", 4)};
    TensorData flags{QStringLiteral("flags"), QStringLiteral("BOOL"), {3}, QByteArray("\x01\x00\x01", 3)};
    TensorData scalar{QStringLiteral("step"), QStringLiteral("I64"), {}, QByteArray(8, '\x07')};
    tensors.insert(half.name, half);
    tensors.insert(flags.name, flags);
    tensors.insert(scalar.name, scalar);
    QJsonObject metadata{{QStringLiteral("format"), QStringLiteral("pt")}};
    check(bool(descry::writeSafetensors(seedPath("safetensors", "mixed.safetensors"), tensors, metadata)), "mixed");
    check(bool(descry::writeSafetensors(seedPath("safetensors", "empty.safetensors"), {})), "empty");
}

void caseFileSeeds()
{
    descry::CaseFile plain;
    plain.setTitle(QStringLiteral("Fuzz seed case"));
    check(bool(plain.save(seedPath("case-file", "plain.descry"))), "plain.descry");
}

void dicomSeeds()
{
    struct Variant
    {
        const char* file;
        fixtures::DicomSpec spec;
    };
    QList<Variant> variants;
    fixtures::DicomSpec base;
    base.rows = base.columns = 16;
    variants.append({"explicit-le.dcm", base});
    for (const auto& [file, uid] :
         {std::pair{"implicit-le.dcm", "1.2.840.10008.1.2"}, std::pair{"explicit-be.dcm", "1.2.840.10008.1.2.2"},
          std::pair{"deflated.dcm", "1.2.840.10008.1.2.1.99"}}) {
        fixtures::DicomSpec s = base;
        s.transferSyntaxUid = QString::fromLatin1(uid);
        variants.append({file, s});
    }
    fixtures::DicomSpec rgb = base;
    rgb.samplesPerPixel = 3;
    rgb.bitsAllocated = rgb.bitsStored = 8;
    rgb.photometric = QStringLiteral("RGB");
    variants.append({"rgb.dcm", rgb});
    fixtures::DicomSpec mono1 = base;
    mono1.photometric = QStringLiteral("MONOCHROME1");
    mono1.frames = 3;
    mono1.signedPixels = true;
    mono1.attributes = {{QStringLiteral("0028,1050"), QStringLiteral("500\\40")},
                        {QStringLiteral("0028,1051"), QStringLiteral("1000\\80")},
                        {QStringLiteral("0028,1052"), QStringLiteral("-1024")},
                        {QStringLiteral("0028,1053"), QStringLiteral("1")},
                        {QStringLiteral("0028,0030"), QStringLiteral("0.2\\0.2")}};
    variants.append({"mono1-frames.dcm", mono1});
    fixtures::DicomSpec bare = base;
    bare.writeMetaHeader = false;
    variants.append({"no-meta.dcm", bare});
    for (const auto& v : variants) {
        QString error;
        check(fixtures::writeDicom(seedPath("dicom-loader", QString::fromLatin1(v.file)), v.spec, &error),
              QString::fromLatin1(v.file) + QStringLiteral(": ") + error);
    }
    // Compressed transfer syntaxes through the dcmtk tools, where installed (skipped otherwise).
    const QString source = seedPath("dicom-loader", "explicit-le.dcm");
    for (const auto& [tool, file] :
         {std::pair{"dcmcrle", "rle.dcm"}, std::pair{"dcmcjpeg", "jpeg.dcm"}, std::pair{"dcmcjpls", "jpeg-ls.dcm"}}) {
        QString error;
        if (!fixtures::runTool(QString::fromLatin1(tool), {source, seedPath("dicom-loader", QString::fromLatin1(file))},
                               &error))
            std::fprintf(stderr, "descry-fuzz-seeds: %s skipped (%s)\n", file, qPrintable(error));
    }
    writeSeed("dicom-loader", "grey16.png", encoded(testImage(24, 20, QImage::Format_Grayscale16), "PNG"));
}

void imageSeeds()
{
    const QImage rgb = testImage(32, 24, QImage::Format_RGB888);
    writeSeed("image-loader", "rgb.png", encoded(rgb, "PNG"));
    writeSeed("image-loader", "alpha.png", encoded(testImage(20, 20, QImage::Format_ARGB32), "PNG"));
    writeSeed("image-loader", "grey16.png", encoded(testImage(20, 18, QImage::Format_Grayscale16), "PNG"));
    writeSeed("image-loader", "rgb.jpg", encoded(rgb, "JPEG", 80));
    writeSeed("image-loader", "grey.jpg", encoded(testImage(24, 24, QImage::Format_Grayscale8), "JPEG", 60));
    writeSeed("image-loader", "rgb.bmp", encoded(rgb, "BMP"));
    writeSeed("image-loader", "rgb.ppm", encoded(rgb, "PPM"));
    for (const char* format : {"TIFF", "WEBP", "GIF"}) // only where Qt has the writer plugin
        if (const QByteArray bytes = encoded(rgb, format); !bytes.isEmpty())
            writeSeed("image-loader", QStringLiteral("rgb.") + QString::fromLatin1(format).toLower(), bytes);
}

void textSeeds()
{
    writeSeed("csv", "pairs.csv", "path1,path2,same\n# a comment\na/1.jpg,b/2.jpg,1\n\"c,3.jpg\",d/4.jpg,0\n");
    writeSeed("csv", "quoted.csv", "\xEF\xBB\xBFid,text\r\n1,\"multi\nline \"\"quoted\"\"\"\r\n2,plain\r\n");
    writeSeed("report-extractor", "report.txt",
              "FINDINGS: There is a small left pleural effusion. No pneumothorax. Heart size normal.\n\n"
              "IMPRESSION: Small left effusion, unchanged.\n");
    writeSeed("report-extractor", "openi.xml",
              "<?xml version=\"1.0\"?><eCitation><uId id=\"CXR1\"/><MedlineCitation><Article><Abstract>"
              "<AbstractText Label=\"FINDINGS\">Blunting of the right costophrenic angle.</AbstractText>"
              "<AbstractText Label=\"IMPRESSION\">Right pleural effusion.</AbstractText></Abstract></Article>"
              "</MedlineCitation><MeSH><major>Pleural Effusion/right/small</major></MeSH></eCitation>\n");
    for (const auto& [file, text] :
         {std::pair{"plain.txt", "a photo of a face with a big nose"},
          std::pair{"html.txt", "Caf\xC3\xA9 &amp; &lt;b&gt; don't   stop!! 123 \xF0\x9F\x98\x80"},
          std::pair{"cjk.txt", "\xE4\xB8\xAD\xE6\x96\x87 \xD0\xBF\xD1\x80\xD0\xB8 'll 've"}})
        writeSeed("clip-tokenizer", QString::fromLatin1(file), text);
}

void catalogAndPackSeeds()
{
    const QDir descriptors(QStringLiteral(DESCRY_FUZZ_SOURCE_DIR "/descriptors"));
    for (const QString& name : descriptors.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        copySeed("catalog", name, descriptors.filePath(name));
        copySeed("report-extractor", QStringLiteral("catalog-") + name, descriptors.filePath(name)); // odd text
    }
    QDirIterator packs(QStringLiteral(DESCRY_FUZZ_SOURCE_DIR "/packaging/packs"), {QStringLiteral("manifest.json")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (packs.hasNext()) {
        const QString path = packs.next();
        copySeed("pack-manifest", QFileInfo(path).dir().dirName() + QStringLiteral(".json"), path);
    }
    // A minimal manifest in the pack format (may be refused for missing members; still a useful shape).
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("descry-pack/1")},
        {QStringLiteral("name"), QStringLiteral("seed")},
        {QStringLiteral("version"), QStringLiteral("1.0.0")},
        {QStringLiteral("task"), QStringLiteral("face-verification")},
        {QStringLiteral("encoder"), QJsonObject{{QStringLiteral("type"), QStringLiteral("morphometric")},
                                                {QStringLiteral("files"), QJsonArray{}},
                                                {QStringLiteral("config"), QJsonObject{}}}},
        {QStringLiteral("descriptors"), QJsonObject{{QStringLiteral("catalog"), QStringLiteral("fiswg-face")},
                                                    {QStringLiteral("version"), QStringLiteral("1.0.0")},
                                                    {QStringLiteral("sha256"), QString(64, QLatin1Char('0'))}}},
        {QStringLiteral("head"), QJsonObject{{QStringLiteral("alpha"), 1.0}, {QStringLiteral("tau"), 1.0}}},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("head.safetensors"), QString(64, QLatin1Char('a'))}}},
        {QStringLiteral("tensors"),
         QJsonObject{{QStringLiteral("head.safetensors"), QJsonObject{{QStringLiteral("W"), QJsonArray{2, 3}}}}}}};
    writeSeed("pack-manifest", "minimal.json", QJsonDocument(manifest).toJson());
}

void tfjsSeeds()
{
    // 2-byte manifest length, manifest, .bin (see FuzzTfjsWeights.cpp).
    const QJsonArray weights{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("conv/filters")},
                    {QStringLiteral("shape"), QJsonArray{1, 1, 1, 2}},
                    {QStringLiteral("dtype"), QStringLiteral("float32")}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("conv/bias")},
                    {QStringLiteral("shape"), QJsonArray{2}},
                    {QStringLiteral("dtype"), QStringLiteral("float32")},
                    {QStringLiteral("quantization"), QJsonObject{{QStringLiteral("dtype"), QStringLiteral("uint8")},
                                                                 {QStringLiteral("scale"), 0.5},
                                                                 {QStringLiteral("min"), -1.0}}}}};
    const QJsonArray manifest{QJsonObject{{QStringLiteral("paths"), QJsonArray{QStringLiteral("weights.bin")}},
                                          {QStringLiteral("weights"), weights}}};
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    const float filters[2] = {0.25f, -0.5f};
    QByteArray framed;
    framed.append(char(json.size() & 0xff)).append(char(json.size() >> 8)).append(json);
    framed.append(reinterpret_cast<const char*>(filters), sizeof filters).append("\x02\x04", 2);
    writeSeed("tfjs-weights", "quantised.bin", framed);
    // The real face-api manifest (framed, without its 20 MB .bin) where the assets are set up.
    QFile real(QStringLiteral(DESCRY_DEV_ASSETS_DIR "/face-api/model/face_recognition_model-weights_manifest.json"));
    if (real.open(QIODevice::ReadOnly) && real.size() < 0x10000) {
        const QByteArray bytes = real.readAll();
        writeSeed("tfjs-weights", "face-api-manifest.bin",
                  QByteArray(1, char(bytes.size() & 0xff)) + char(bytes.size() >> 8) + bytes);
    }
}

void mergeSeeds()
{
    const QByteArray merges = descry::fuzz::syntheticMerges(48894);
    writeSeed("clip-merges", "merges.txt", merges);
    writeSeed("clip-merges", "merges.js",
              "export default { \"text\": \"" + QByteArray(merges).replace("\n", "\\n") + "\" };\n");
    writeSeed("clip-merges", "short.txt", merges.left(200));
    const QString gz = seedPath("clip-merges", "merges.txt.gz");
    gzFile file = gzopen(gz.toLocal8Bit().constData(), "wb9");
    check(file && gzwrite(file, merges.constData(), unsigned(merges.size())) == int(merges.size()) &&
              gzclose(file) == Z_OK,
          gz);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: descry-fuzz-seeds OUTDIR [NAME...]\n");
        return 2;
    }
    g_out = args.first();
    const QStringList only = args.mid(1);
    const auto wanted = [&](const QString& name) { return only.isEmpty() || only.contains(name); };
    if (wanted(QStringLiteral("safetensors")))
        safetensorsSeeds();
    if (wanted(QStringLiteral("case-file")))
        caseFileSeeds();
    if (wanted(QStringLiteral("dicom-loader")))
        dicomSeeds();
    if (wanted(QStringLiteral("image-loader")))
        imageSeeds();
    if (wanted(QStringLiteral("csv")) || wanted(QStringLiteral("report-extractor")) ||
        wanted(QStringLiteral("clip-tokenizer")))
        textSeeds();
    if (wanted(QStringLiteral("catalog")) || wanted(QStringLiteral("pack-manifest")) ||
        wanted(QStringLiteral("report-extractor")))
        catalogAndPackSeeds();
    if (wanted(QStringLiteral("tfjs-weights")))
        tfjsSeeds();
    if (wanted(QStringLiteral("clip-merges")))
        mergeSeeds();
    std::printf("seeds written to %s\n", qPrintable(g_out));
    return g_failures == 0 ? 0 : 1;
}

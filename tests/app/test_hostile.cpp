// The hostile-input corpus (issue 9): truncated, oversized and mislabelled images, folders and links given as
// photos, forged case files, tampered packs and outputs that name inputs, all generated here and run through
// descry-cli-fakes (and the real descry-cli where no model is needed). Each case must end in time, without a
// signal, with its exit code and exactly one stderr line that names the file, in our words (no library warning).
#include "FakeEncoders.h"

#include "app/CliRunner.h"
#include "core/casefile/CaseFile.h"
#include "core/common/Hash.h"
#include "core/tensor/Safetensors.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace descry;

namespace {

constexpr int kTimeoutMs = 20'000; // a hang is a failure
constexpr int kParallelRuns = 3;

// What a raw library message looks like; none may reach the user.
const QList<QByteArray> kRawLibraryText{"libpng",    "QImage",   "Corrupt JPEG",  "Premature end", "terminate called",
                                        "c10::",     "what():",  "QFSFileEngine", "qt.",           "libjpeg",
                                        "Assertion", "Traceback"};

// One hostile invocation and what it must give.
struct HostileCase
{
    QString name;
    QStringList args;
    int exitCode = 2;
    QString names;     // the file the error line must name
    bool real = false; // the real descry-cli instead of descry-cli-fakes
};

struct Outcome
{
    bool hung = false, crashed = false;
    int exitCode = -1;
    QByteArray out, err;
};

// Progress lines (verify-pairs) are not messages; every other stderr line is.
QList<QByteArray> messageLines(const QByteArray& err)
{
    QList<QByteArray> lines;
    for (const QByteArray& l : err.split('\n'))
        if (!l.trimmed().isEmpty() && !l.startsWith('['))
            lines << l;
    return lines;
}

// ---- generated files ----

QByteArray encoded(const QImage& image, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, format, quality));
    return bytes;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(f.write(bytes), bytes.size());
}

quint32 crc32(const QByteArray& data)
{
    quint32 c = 0xffffffffu;
    for (const char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xffffffffu;
}

QByteArray pngChunk(const char* type, const QByteArray& data)
{
    QByteArray body = QByteArray(type, 4) + data;
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(body), crc.data());
    return out + crc;
}

// A tiny, well-formed PNG whose header claims `width` x `height` (valid CRCs; a few rows of real data).
QByteArray claimedPng(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    const QByteArray rows(qsizetype(3 * width + 1) * 4, '\0');
    const QByteArray zlib = qCompress(rows, 9).mid(4); // qCompress prefixes the length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib) + pngChunk("IEND", {});
}

// A BMP header claiming width x height at 24 bits per pixel, followed by a few bytes of pixels.
QByteArray claimedBmp(qint32 width, qint32 height)
{
    QByteArray b(54, '\0');
    b[0] = 'B';
    b[1] = 'M';
    qToLittleEndian<quint32>(54 + 64, b.data() + 2);
    qToLittleEndian<quint32>(54, b.data() + 10);
    qToLittleEndian<quint32>(40, b.data() + 14);
    qToLittleEndian<qint32>(width, b.data() + 18);
    qToLittleEndian<qint32>(height, b.data() + 22);
    qToLittleEndian<quint16>(1, b.data() + 26);
    qToLittleEndian<quint16>(24, b.data() + 28);
    return b + QByteArray(64, '\x7f');
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& o)
{
    writeBytes(path, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

bool copyFolder(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo& fi : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(fi.fileName());
        if (fi.isDir() ? !copyFolder(fi.filePath(), target) : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}

// Replaces the first string under `key` anywhere inside `value` (objects and arrays, depth first).
bool replaceFirst(QJsonValue* value, const QString& key, const QString& replacement)
{
    if (value->isObject()) {
        QJsonObject o = value->toObject();
        if (o.value(key).isString()) {
            o.insert(key, replacement);
            *value = o;
            return true;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue child = it.value();
            if (replaceFirst(&child, key, replacement)) {
                o.insert(it.key(), child);
                *value = o;
                return true;
            }
        }
    } else if (value->isArray()) {
        QJsonArray a = value->toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue child = a[i];
            if (replaceFirst(&child, key, replacement)) {
                a[i] = child;
                *value = a;
                return true;
            }
        }
    }
    return false;
}

class HostileCorpus : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("face-fake")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_pack = *pack;
        m_probe = path(QStringLiteral("P.png"));
        m_reference = path(QStringLiteral("R.png"));
        ASSERT_TRUE(fakes::writeFakeFacePhoto(m_probe, 4, 0));
        ASSERT_TRUE(fakes::writeFakeFacePhoto(m_reference, 4, 1));
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Every image kind as the probe of compare (fake encoders) and as a chip of the real CLI's embed; `asReference`
    // also as compare's reference, with --json.
    void addImageCases(const QString& file, const QString& what, bool asReference = false)
    {
        m_cases << HostileCase{QStringLiteral("compare probe: ") + what,
                               {QStringLiteral("compare"), file, m_reference, QStringLiteral("--pack"), m_pack},
                               2,
                               file};
        if (asReference)
            m_cases << HostileCase{
                QStringLiteral("compare reference: ") + what,
                {QStringLiteral("compare"), m_probe, file, QStringLiteral("--pack"), m_pack, QStringLiteral("--json")},
                2,
                file};
        m_cases << HostileCase{
            QStringLiteral("embed chip (real cli): ") + what,
            {QStringLiteral("embed"), QStringLiteral("--dlib-resnet"), QStringLiteral("--chip"), file},
            2,
            file,
            true};
    }

    void buildImageCases();
    void buildCaseFileCases();
    void buildPackCases();
    void buildOutputCases();
    QList<Outcome> runAll() const;

    QTemporaryDir m_dir;
    QString m_pack, m_probe, m_reference;
    QList<HostileCase> m_cases;
};

void HostileCorpus::buildImageCases()
{
    const QByteArray jpeg = encoded(fakes::fakeFacePhoto(4, 2, 640, 800), "JPG", 90);
    for (int percent : {20, 50, 80, 95}) {
        const QString f = path(QStringLiteral("cut%1.jpg").arg(percent));
        writeBytes(f, jpeg.left(jpeg.size() * percent / 100));
        addImageCases(f, QStringLiteral("JPEG truncated to %1 %").arg(percent), percent == 80);
    }
    const QByteArray png = encoded(fakes::fakeFacePhoto(4, 3, 640, 800), "PNG");
    for (int percent : {30, 60, 90}) {
        const QString f = path(QStringLiteral("cut%1.png").arg(percent));
        writeBytes(f, png.left(png.size() * percent / 100));
        addImageCases(f, QStringLiteral("PNG truncated to %1 %").arg(percent));
    }
    const QString empty = path(QStringLiteral("empty.jpg"));
    writeBytes(empty, {});
    addImageCases(empty, QStringLiteral("zero-byte file"));
    const QString text = path(QStringLiteral("notes.jpg"));
    writeBytes(text, "These are my notes, not a photo.\n");
    addImageCases(text, QStringLiteral("text file named .jpg"));
    const QString thin = path(QStringLiteral("thin.png"));
    writeBytes(thin, claimedPng(16, 600'000));
    addImageCases(thin, QStringLiteral("PNG claiming 16x600000"));
    const QString huge = path(QStringLiteral("huge.png"));
    writeBytes(huge, claimedPng(60'000, 60'000));
    addImageCases(huge, QStringLiteral("PNG claiming 60000x60000"), true);
    const QString bmp = path(QStringLiteral("huge.bmp"));
    writeBytes(bmp, claimedBmp(100'000, 100'000));
    addImageCases(bmp, QStringLiteral("BMP header claiming 100000x100000"));
    const QString folder = path(QStringLiteral("folder.jpg"));
    ASSERT_TRUE(QDir().mkpath(folder));
    addImageCases(folder, QStringLiteral("folder given as an image"), true);
    const QString loopA = path(QStringLiteral("loop-a.jpg")), loopB = path(QStringLiteral("loop-b.jpg"));
    ASSERT_EQ(::symlink(QFile::encodeName(loopB).constData(), QFile::encodeName(loopA).constData()), 0);
    ASSERT_EQ(::symlink(QFile::encodeName(loopA).constData(), QFile::encodeName(loopB).constData()), 0);
    addImageCases(loopA, QStringLiteral("symlink loop"));
    addImageCases(path(QStringLiteral("missing.jpg")), QStringLiteral("missing file"));
    if (::geteuid() != 0) { // root reads any file
        const QString locked = path(QStringLiteral("locked.png"));
        ASSERT_TRUE(fakes::writeFakeFacePhoto(locked, 1));
        ASSERT_TRUE(QFile::setPermissions(locked, QFileDevice::Permissions()));
        addImageCases(locked, QStringLiteral("unreadable file"));
    }
    // verify-pairs over hostile images only: nothing can be scored (exit 2, the pairs file named).
    const QString csv = path(QStringLiteral("hostile-pairs.csv"));
    writeBytes(csv, QStringLiteral("# hostile pairs\npath1,path2,same\n%1,%2,1\n%3,%4,0\n")
                        .arg(empty, text, huge, path(QStringLiteral("cut20.jpg")))
                        .toUtf8());
    m_cases << HostileCase{QStringLiteral("verify-pairs: only hostile images"),
                           {QStringLiteral("verify-pairs"), csv, QStringLiteral("--pack"), m_pack},
                           2,
                           csv};
    const QString binaryCsv = path(QStringLiteral("binary.csv"));
    writeBytes(binaryCsv, jpeg.left(4096));
    m_cases << HostileCase{QStringLiteral("verify-pairs: a JPEG named .csv"),
                           {QStringLiteral("verify-pairs"), binaryCsv, QStringLiteral("--pack"), m_pack},
                           2,
                           binaryCsv};
}

void HostileCorpus::buildCaseFileCases()
{
    CaseFile c;
    ASSERT_TRUE(c.addEvidence(QString::fromLatin1(CaseFile::ProbeRole), m_probe).ok());
    ASSERT_TRUE(c.addEvidence(QString::fromLatin1(CaseFile::ReferenceRole), m_reference).ok());
    ASSERT_TRUE(
        c.setAssessment(QStringLiteral("eyes"), Assessment::Finding::Similar, QStringLiteral("same tilt")).ok());
    ASSERT_TRUE(c.setAssessment(QStringLiteral("nose"), Assessment::Finding::Similar, QStringLiteral("straight")).ok());
    ASSERT_TRUE(c.lockNotes(QStringLiteral("A. Examiner")).ok());
    c.setResult(QJsonObject{{QStringLiteral("decision"), QStringLiteral("match")}, {QStringLiteral("score"), 0.9}});
    const QString good = path(QStringLiteral("good.descry"));
    ASSERT_TRUE(c.save(good).ok());
    const QJsonObject original = readJson(good);

    const auto forge = [&](const QString& name, const std::function<bool(QJsonObject*)>& edit) {
        QJsonObject o = original;
        ASSERT_TRUE(edit(&o)) << name.toStdString() << ": the case file has no such field to forge";
        const QString f = path(name + QStringLiteral(".descry"));
        writeJson(f, o);
        m_cases << HostileCase{
            QStringLiteral("case verify: ") + name, {QStringLiteral("case"), QStringLiteral("verify"), f}, 2, f, true};
    };
    forge(QStringLiteral("edited-notes"), [](QJsonObject* o) {
        QJsonValue notes = o->value(QStringLiteral("notes"));
        QJsonObject n = notes.toObject();
        QJsonValue locked = n.value(QStringLiteral("locked"));
        if (!replaceFirst(&locked, QStringLiteral("note"), QStringLiteral("completely different")))
            return false;
        n.insert(QStringLiteral("locked"), locked);
        QJsonValue assessments = n.value(QStringLiteral("assessments"));
        replaceFirst(&assessments, QStringLiteral("note"), QStringLiteral("completely different"));
        n.insert(QStringLiteral("assessments"), assessments);
        o->insert(QStringLiteral("notes"), n);
        return true;
    });
    forge(QStringLiteral("edited-examiner"), [](QJsonObject* o) {
        QJsonObject n = o->value(QStringLiteral("notes")).toObject();
        QJsonObject locked = n.value(QStringLiteral("locked")).toObject();
        if (!locked.contains(QStringLiteral("examiner")))
            return false;
        locked.insert(QStringLiteral("examiner"), QStringLiteral("Someone Else"));
        n.insert(QStringLiteral("locked"), locked);
        o->insert(QStringLiteral("notes"), n);
        return true;
    });
    forge(QStringLiteral("deleted-audit-entry"), [](QJsonObject* o) {
        QJsonArray a = o->value(QStringLiteral("audit")).toArray();
        if (a.size() < 3)
            return false;
        a.removeAt(1);
        o->insert(QStringLiteral("audit"), a);
        return true;
    });
    forge(QStringLiteral("reordered-audit"), [](QJsonObject* o) {
        QJsonArray a = o->value(QStringLiteral("audit")).toArray();
        if (a.size() < 3)
            return false;
        const QJsonValue first = a[0];
        a[0] = a[1];
        a[1] = first;
        o->insert(QStringLiteral("audit"), a);
        return true;
    });
    forge(QStringLiteral("flipped-blind-first"), [](QJsonObject* o) {
        o->insert(QStringLiteral("blind_first"), !o->value(QStringLiteral("blind_first")).toBool());
        return true;
    });
    forge(QStringLiteral("bad-hex-hash"), [](QJsonObject* o) {
        QJsonArray e = o->value(QStringLiteral("evidence")).toArray();
        if (e.isEmpty())
            return false;
        QJsonObject item = e[0].toObject();
        item.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('z')));
        e[0] = item;
        o->insert(QStringLiteral("evidence"), e);
        return true;
    });
    forge(QStringLiteral("duplicate-role"), [](QJsonObject* o) {
        QJsonArray e = o->value(QStringLiteral("evidence")).toArray();
        if (e.size() < 2)
            return false;
        QJsonObject second = e[1].toObject();
        second.insert(QStringLiteral("role"), e[0].toObject().value(QStringLiteral("role")));
        e[1] = second;
        o->insert(QStringLiteral("evidence"), e);
        return true;
    });
    const QString notJson = path(QStringLiteral("not-json.descry"));
    writeBytes(notJson, "{\"format\": \"descry-case/2\", ");
    m_cases << HostileCase{QStringLiteral("case verify: truncated JSON"),
                           {QStringLiteral("case"), QStringLiteral("verify"), notJson},
                           2,
                           notJson,
                           true};
}

void HostileCorpus::buildPackCases()
{
    const auto tamper = [&](const QString& name, const std::function<void(const QString& dir)>& edit) {
        const QString dir = path(QStringLiteral("pack-") + name);
        ASSERT_TRUE(copyFolder(m_pack, dir));
        edit(dir);
        m_cases << HostileCase{
            QStringLiteral("pack verify: ") + name, {QStringLiteral("pack"), QStringLiteral("verify"), dir}, 3, dir};
        m_cases << HostileCase{QStringLiteral("compare with pack: ") + name,
                               {QStringLiteral("compare"), m_probe, m_reference, QStringLiteral("--pack"), dir},
                               3,
                               dir};
    };
    const auto editHead = [&](const QString& name, const QString& field, const QJsonValue& value) {
        tamper(name, [field, value](const QString& dir) {
            const QString m = QDir(dir).filePath(QStringLiteral("manifest.json"));
            QJsonObject o = readJson(m);
            QJsonObject head = o.value(QStringLiteral("head")).toObject();
            head.insert(field, value);
            o.insert(QStringLiteral("head"), head);
            writeJson(m, o);
        });
    };
    editHead(QStringLiteral("head.m=1e9"), QStringLiteral("m"), 1e9);
    editHead(QStringLiteral("head.r=0"), QStringLiteral("r"), 0);
    editHead(QStringLiteral("head.tau=1e308"), QStringLiteral("tau"), 1e308);
    tamper(QStringLiteral("wrong task"), [](const QString& dir) {
        const QString m = QDir(dir).filePath(QStringLiteral("manifest.json"));
        QJsonObject o = readJson(m);
        o.insert(QStringLiteral("task"), QStringLiteral("cxr-classification"));
        writeJson(m, o);
    });
    tamper(QStringLiteral("no tensors member"), [](const QString& dir) {
        const QString m = QDir(dir).filePath(QStringLiteral("manifest.json"));
        QJsonObject o = readJson(m);
        o.remove(QStringLiteral("tensors"));
        writeJson(m, o);
    });
    tamper(QStringLiteral("head tensor stored as I32"), [](const QString& dir) {
        const QString head = QDir(dir).filePath(QStringLiteral("head.safetensors"));
        auto tensors = readSafetensors(head);
        ASSERT_TRUE(tensors) << tensors.error().toString().toStdString();
        QMap<QString, TensorData> converted = *tensors;
        TensorData& t = converted.begin().value();
        const std::vector<float> values = t.toFloat();
        t.dtype = QStringLiteral("I32");
        t.bytes = QByteArray(qsizetype(values.size() * 4), '\0');
        for (size_t i = 0; i < values.size(); ++i)
            qToLittleEndian<qint32>(qint32(values[i] * 1000), t.bytes.data() + 4 * i);
        ASSERT_TRUE(writeSafetensors(head, converted).ok());
        // The hash is made right again, so only the dtype check can catch it.
        const QString m = QDir(dir).filePath(QStringLiteral("manifest.json"));
        QJsonObject o = readJson(m);
        QJsonObject files = o.value(QStringLiteral("files")).toObject();
        files.insert(QStringLiteral("head.safetensors"), *sha256File(head));
        o.insert(QStringLiteral("files"), files);
        writeJson(m, o);
    });
    tamper(QStringLiteral("flipped byte in head.safetensors"), [](const QString& dir) {
        QFile head(QDir(dir).filePath(QStringLiteral("head.safetensors")));
        ASSERT_TRUE(head.open(QIODevice::ReadWrite));
        head.seek(head.size() - 5);
        char c = 0;
        head.getChar(&c);
        head.seek(head.size() - 5);
        head.putChar(char(c ^ 0x01));
    });
}

void HostileCorpus::buildOutputCases()
{
    const auto refused = [&](const QString& name, const QString& report, bool real) {
        m_cases << HostileCase{QStringLiteral("compare --report: ") + name,
                               {QStringLiteral("compare"), m_probe, m_reference, QStringLiteral("--pack"), m_pack,
                                QStringLiteral("--report"), report},
                               1,
                               report,
                               real};
    };
    refused(QStringLiteral("the probe"), m_probe, false);
    refused(QStringLiteral("the reference (real cli)"), m_reference, true);
    const QString link = path(QStringLiteral("report-link.pdf"));
    ASSERT_TRUE(QFile::link(m_probe, link));
    refused(QStringLiteral("a symlink to the probe"), link, false);
    const QString hard = path(QStringLiteral("report-hard.pdf"));
    ASSERT_EQ(::link(QFile::encodeName(m_reference).constData(), QFile::encodeName(hard).constData()), 0);
    refused(QStringLiteral("a hard link to the reference"), hard, false);
    ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("x"))));
    refused(QStringLiteral("./x/../P.png"), m_dir.path() + QStringLiteral("/./x/../P.png"), false);
    refused(QStringLiteral("the pack manifest"), QDir(m_pack).filePath(QStringLiteral("manifest.json")), false);
    m_cases << HostileCase{QStringLiteral("compare --report \"\""),
                           {QStringLiteral("compare"), m_probe, m_reference, QStringLiteral("--report"), QString()},
                           1,
                           QStringLiteral("--report"),
                           true};
    m_cases << HostileCase{QStringLiteral("compare --report into a folder"),
                           {QStringLiteral("compare"), m_probe, m_reference, QStringLiteral("--pack"), m_pack,
                            QStringLiteral("--report"), m_dir.path()},
                           2,
                           m_dir.path()};
}

QList<Outcome> HostileCorpus::runAll() const
{
    QList<Outcome> outcomes(m_cases.size());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESCRY_LANG"), QStringLiteral("en"));
    for (qsizetype first = 0; first < m_cases.size(); first += kParallelRuns) {
        std::vector<std::unique_ptr<QProcess>> running;
        const qsizetype last = std::min(first + kParallelRuns, m_cases.size());
        for (qsizetype i = first; i < last; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->start(QString::fromUtf8(m_cases[i].real ? DESCRY_CLI_PATH : DESCRY_FAKE_CLI_PATH), m_cases[i].args);
            running.push_back(std::move(p));
        }
        for (qsizetype i = first; i < last; ++i) {
            QProcess& p = *running[size_t(i - first)];
            Outcome& o = outcomes[i];
            if (!p.waitForFinished(kTimeoutMs)) {
                o.hung = true;
                p.kill();
                p.waitForFinished(5000);
            }
            o.crashed = !o.hung && p.exitStatus() == QProcess::CrashExit;
            o.exitCode = p.exitCode();
            o.out = p.readAllStandardOutput();
            o.err = p.readAllStandardError();
        }
    }
    return outcomes;
}

} // namespace

TEST_F(HostileCorpus, EveryCaseEndsInTimeWithItsExitCodeAndOneClearLine)
{
    buildImageCases();
    buildCaseFileCases();
    buildPackCases();
    buildOutputCases();
    ASSERT_FALSE(HasFatalFailure());
    const QList<Outcome> outcomes = runAll();
    int crashes = 0, hangs = 0, wrongCodes = 0, unclear = 0;
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        const HostileCase& c = m_cases[i];
        const Outcome& o = outcomes[i];
        const std::string label = c.name.toStdString() + " [" + c.args.join(u' ').toStdString() + "]";
        if (o.hung || o.crashed) {
            o.hung ? ++hangs : ++crashes;
            ADD_FAILURE() << label << (o.hung ? ": hung" : ": crashed") << "\n" << o.err.toStdString();
            continue;
        }
        if (o.exitCode != c.exitCode) {
            ++wrongCodes;
            ADD_FAILURE() << label << ": exit " << o.exitCode << ", expected " << c.exitCode << "\n"
                          << o.err.toStdString() << o.out.left(400).toStdString();
        }
        const QList<QByteArray> lines = messageLines(o.err);
        if (qEnvironmentVariableIsSet("DESCRY_HOSTILE_LIST")) // to read every message, e.g. when reviewing
            std::printf("%s -> exit %d: %s\n", qPrintable(c.name), o.exitCode, o.err.trimmed().constData());
        QStringList problems;
        if (lines.size() != 1)
            problems << QStringLiteral("%1 stderr lines, not one").arg(lines.size());
        else if (!lines[0].contains(c.names.toUtf8()))
            problems << QStringLiteral("the line does not name %1").arg(c.names);
        for (const QByteArray& raw : kRawLibraryText)
            if (o.err.contains(raw))
                problems << QStringLiteral("raw library text '%1'").arg(QString::fromUtf8(raw));
        if (!problems.isEmpty()) {
            ++unclear;
            ADD_FAILURE() << label << ": " << problems.join(QStringLiteral("; ")).toStdString() << "\n"
                          << o.err.toStdString();
        }
    }
    const QString summary = QStringLiteral("hostile corpus: %1 cases, %2 crashes, %3 hangs, %4 wrong codes, %5 unclear "
                                           "messages")
                                .arg(m_cases.size())
                                .arg(crashes)
                                .arg(hangs)
                                .arg(wrongCodes)
                                .arg(unclear);
    std::printf("%s\n", qPrintable(summary));
    RecordProperty("summary", summary.toStdString());
    EXPECT_GE(m_cases.size(), 50);
}

TEST_F(HostileCorpus, AllowDamagedAnalysesATruncatedPhotoAndSaysSo)
{
    const QString cut = path(QStringLiteral("cut90.jpg"));
    const QByteArray jpeg = encoded(fakes::fakeFacePhoto(4, 2, 640, 800), "JPG", 90);
    writeBytes(cut, jpeg.left(jpeg.size() * 90 / 100));
    CliRun r = runFakeCli({QStringLiteral("compare"), cut, m_reference, QStringLiteral("--pack"), m_pack,
                           QStringLiteral("--allow-damaged")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("probe: DAMAGED FILE — truncated or corrupt; analysed because --allow-damaged"))
        << r.out.toStdString();
    EXPECT_FALSE(r.out.contains("reference: DAMAGED")) << r.out.toStdString();
    r = runFakeCli({QStringLiteral("compare"), cut, m_reference, QStringLiteral("--pack"), m_pack,
                    QStringLiteral("--allow-damaged"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    EXPECT_TRUE(j[QStringLiteral("probe")][QStringLiteral("damaged")].toBool()) << r.out.toStdString();
    EXPECT_FALSE(j[QStringLiteral("reference")][QStringLiteral("damaged")].toBool());
}

TEST_F(HostileCorpus, MaxMegapixelsLowersTheLimitAndTheMessageNamesIt)
{
    const QString big = path(QStringLiteral("big.png"));
    ASSERT_TRUE(fakes::writeFakeFacePhoto(big, 4, 0, 1600, 2000)); // 3.2 megapixels
    CliRun r = runFakeCli({QStringLiteral("compare"), big, m_reference, QStringLiteral("--pack"), m_pack,
                           QStringLiteral("--max-megapixels"), QStringLiteral("2")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("big.png")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("2-megapixel")) << r.err.toStdString();
    r = runFakeCli({QStringLiteral("compare"), big, m_reference, QStringLiteral("--pack"), m_pack,
                    QStringLiteral("--max-megapixels"), QStringLiteral("4")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    writeBytes(path(QStringLiteral("huge60k.png")), claimedPng(60'000, 60'000));
    r = runFakeCli({QStringLiteral("compare"), path(QStringLiteral("huge60k.png")), m_reference,
                    QStringLiteral("--pack"), m_pack});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("60000")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("250-megapixel")) << r.err.toStdString();
}

// descry-crash-writer: writes one kind of output over and over so that a test can kill it (SIGKILL) at random
// moments and check that the target is always the previous or the next complete file, never a torn one.
//   descry-crash-writer save-case PATH N       a case file (CaseFile::save), its title changing every time
//   descry-crash-writer export-report PATH N   a face PDF report of a comparison on the fake pack
//   descry-crash-writer write-pack PATH N      a face pack folder (writePack), its provenance changing every time
// N writes, or forever when N is 0. After the first complete write it prints "ready" on stdout (so a kill always
// finds a previous target, and the sweep of older temporaries has run); at the end "done N". Exit 2 when a write
// fails (the error on stderr). Built for the tests only; never installed.
#include "FakeEncoders.h"

#include "core/casefile/CaseFile.h"
#include "core/common/AtomicFile.h"
#include "core/diagnostics/Runtime.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/report/FaceReport.h"
#include "core/pack/ModelPack.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonValue>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>

using namespace descry;

namespace {

// One write of iteration `i`; an error stops the loop.
using Writer = std::function<Status(qint64 i)>;

int fail(const Error& e)
{
    std::fprintf(stderr, "descry-crash-writer: %s\n", e.toString().toLocal8Bit().constData());
    return 2;
}

Result<Writer> caseWriter(const QString& path)
{
    auto cf = std::make_shared<CaseFile>();
    return Writer([cf, path](qint64 i) {
        cf->setTitle(QStringLiteral("crash-writer iteration %1").arg(i));
        return cf->save(path);
    });
}

// A fake face pack to read from: the one in `fixture` (pack/) when given, else a fresh one in `scratch`.
Result<QString> fakePack(const QString& fixture, QTemporaryDir& scratch)
{
    const QString given = QDir(fixture).filePath(QStringLiteral("pack"));
    if (!fixture.isEmpty() && QFileInfo(given).isDir())
        return given;
    return fakes::writeFakeFacePack(scratch.filePath(QStringLiteral("pack")));
}

// Rendering a report takes far longer than writing it, and a kill during rendering tests nothing, so two variants
// are rendered once and then written in turn exactly as writeFaceReportPdf writes its rendering (atomically).
Result<Writer> reportWriter(const QString& path, const QString& fixture, QTemporaryDir& scratch)
{
    auto packDir = fakePack(fixture, scratch);
    if (!packDir)
        return packDir.error();
    auto model = FaceModel::open(*packDir);
    if (!model)
        return model.error();
    const QString probe = scratch.filePath(QStringLiteral("probe.png"));
    const QString reference = scratch.filePath(QStringLiteral("reference.png"));
    for (auto [file, variant] : {std::pair{probe, 0}, std::pair{reference, 1}}) {
        if (auto st = fakes::writeFakeFacePhoto(file, 3, variant); !st)
            return st.error();
    }
    auto result = FaceComparison(std::make_shared<FaceModel>(*model)).compare(probe, reference);
    if (!result)
        return result.error();
    auto pdfs = std::make_shared<QList<QByteArray>>();
    for (const char* id : {"crash-a", "crash-b"}) {
        ReportExtras extras;
        extras.caseId = QString::fromLatin1(id);
        auto pdf = renderFaceReportPdf(*result, extras);
        if (!pdf)
            return pdf.error();
        *pdfs << *pdf;
    }
    return Writer([pdfs, path](qint64 i) { return writeFileAtomically(path, pdfs->at(int(i % pdfs->size()))); });
}

Result<Writer> packWriter(const QString& path, const QString& fixture, QTemporaryDir& scratch)
{
    auto packDir = fakePack(fixture, scratch);
    if (!packDir)
        return packDir.error();
    auto source = ModelPack::open(*packDir);
    if (!source)
        return source.error();
    auto tensors = std::make_shared<QMap<QString, QMap<QString, TensorData>>>();
    for (auto it = source->manifest().tensors.begin(); it != source->manifest().tensors.end(); ++it) {
        auto t = source->tensors(it.key());
        if (!t)
            return t.error();
        tensors->insert(it.key(), *t);
    }
    const PackManifest manifest = source->manifest();
    return Writer([manifest, tensors, path](qint64 i) {
        PackManifest m = manifest;
        m.provenance.insert(QStringLiteral("crash_writer_iteration"), QJsonValue(i));
        return writePack(path, m, *tensors);
    });
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the PDF report
    runtime::init();
    fakes::registerFakeEncoders();
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: descry-crash-writer save-case|export-report|write-pack PATH N [FIXTURE]\n");
        return 1;
    }
    const QString mode = args[1], path = args[2], fixture = args.value(4);
    bool ok = false;
    const qint64 count = args[3].toLongLong(&ok);
    if (!ok || count < 0) {
        std::fprintf(stderr, "descry-crash-writer: N must be a number >= 0 (0: forever)\n");
        return 1;
    }
    QTemporaryDir scratch;
    Result<Writer> writer =
        mode == QLatin1String("save-case")       ? caseWriter(path)
        : mode == QLatin1String("export-report") ? reportWriter(path, fixture, scratch)
        : mode == QLatin1String("write-pack")
            ? packWriter(path, fixture, scratch)
            : Result<Writer>(Error(ErrorCode::Usage, QStringLiteral("unknown mode '%1'").arg(mode)));
    if (!writer)
        return fail(writer.error());
    qint64 i = 0;
    for (; count == 0 || i < count; ++i) {
        if (auto st = (*writer)(i); !st)
            return fail(st.error());
        if (i == 0) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
    }
    std::printf("done %lld\n", static_cast<long long>(i));
    return 0;
}

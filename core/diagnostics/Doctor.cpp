#include <torch/torch.h>
#include <opencv2/core/version.hpp>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dlib/revision.h>

#include "core/diagnostics/Doctor.h"
#include "core/common/Tr.h"

#include "core/common/Paths.h"
#include "core/diagnostics/Runtime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

#include <dlfcn.h>

namespace descry {

BlasKind classifyBlas(const QString& libraryPath)
{
    const QString p = libraryPath.toLower();
    if (p.isEmpty())
        return BlasKind::Unknown;
    if (p.contains(QLatin1String("openblas")))
        return BlasKind::OpenBlas;
    if (p.contains(QLatin1String("mkl")))
        return BlasKind::Mkl;
    if (p.contains(QLatin1String("blis")))
        return BlasKind::Blis;
    if (p.contains(QLatin1String("atlas")))
        return BlasKind::Atlas;
    if (p.contains(QLatin1String("/blas/libblas.so")) || p.endsWith(QLatin1String("/libblas.so.3")))
        return BlasKind::Reference;
    return BlasKind::Unknown;
}

QString blasKindName(BlasKind kind)
{
    switch (kind) {
    case BlasKind::OpenBlas:
        return QStringLiteral("OpenBLAS");
    case BlasKind::Mkl:
        return QStringLiteral("Intel MKL");
    case BlasKind::Blis:
        return QStringLiteral("BLIS");
    case BlasKind::Atlas:
        return QStringLiteral("ATLAS");
    case BlasKind::Reference:
        return QStringLiteral("reference BLAS");
    case BlasKind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString findBlasInMaps(const QString& mapsText)
{
    // Prefer the library that provides sgemm_ (libblas.so.3 or an OpenBLAS/MKL core), not LAPACK.
    QString fallback;
    for (const QString& line : mapsText.split(QLatin1Char('\n'))) {
        const qsizetype slash = line.indexOf(QLatin1Char('/'));
        if (slash < 0)
            continue;
        const QString path = line.mid(slash).trimmed();
        const QString name = path.section(QLatin1Char('/'), -1).toLower();
        if (name.startsWith(QLatin1String("libblas.so")) || name.startsWith(QLatin1String("libopenblas")) ||
            name.startsWith(QLatin1String("libmkl_rt")) || name.startsWith(QLatin1String("libblis")))
            return path;
        if (fallback.isEmpty() && name.contains(QLatin1String("blas")))
            fallback = path;
    }
    return fallback;
}

double measureGemmGflops(int n)
{
    torch::NoGradGuard noGrad;
    const auto a = torch::randn({n, n}, torch::kFloat32);
    const auto b = torch::randn({n, n}, torch::kFloat32);
    auto c = torch::mm(a, b); // warm-up: first call allocates and spins up threads
    double best = 1e30;
    QElapsedTimer total;
    total.start();
    for (int rep = 0; rep < 10 && (rep < 3 || total.elapsed() < 800); ++rep) {
        QElapsedTimer t;
        t.start();
        c = torch::mm(a, b);
        best = std::min(best, t.nsecsElapsed() * 1e-9);
    }
    return 2.0 * n * double(n) * n / best / 1e9;
}

QList<QPair<QString, QString>> dependencyVersions()
{
    return {
        {QStringLiteral("Descry"), QStringLiteral(DESCRY_VERSION)},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("LibTorch"), QStringLiteral(TORCH_VERSION)},
        {QStringLiteral("OpenCV"), QStringLiteral(CV_VERSION)},
        {QStringLiteral("DCMTK"), QStringLiteral(OFFIS_DCMTK_VERSION_STRING)},
        {QStringLiteral("dlib"),
         QStringLiteral("%1.%2.%3").arg(DLIB_MAJOR_VERSION).arg(DLIB_MINOR_VERSION).arg(DLIB_PATCH_VERSION)},
    };
}

DoctorReport runDoctor(const DoctorOptions& options)
{
    DoctorReport r;
    r.versions = dependencyVersions();
    r.cores = runtime::coreCount();
    r.intraOpThreads = runtime::intraOpThreads();

    for (int n : options.gemmSizes)
        r.gemmGflops << qMakePair(n, measureGemmGflops(n));

    // After a matmul the BLAS LibTorch really uses is mapped; the maps name its resolved file.
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (maps.open(QIODevice::ReadOnly))
        r.blasLibrary = findBlasInMaps(QString::fromUtf8(maps.readAll()));
    r.blasKind = classifyBlas(r.blasLibrary);
    using CoreName = char* (*)();
    if (auto coreName = reinterpret_cast<CoreName>(::dlsym(RTLD_DEFAULT, "openblas_get_corename")))
        r.blasCore = QString::fromLatin1(coreName()).trimmed();
    // OpenBLAS falls back to SSE3 kernels on CPUs newer than it knows; the start-up sets OPENBLAS_CORETYPE.
    if (!r.blasCore.isEmpty() && *runtime::openBlasCoreForThisCpu() &&
        r.blasCore.compare(QLatin1String("Prescott"), Qt::CaseInsensitive) == 0)
        r.problems << Tr::tr("OpenBLAS uses its SSE3 kernels on this AVX2/AVX-512 processor (~5x slower): set "
                             "OPENBLAS_CORETYPE=%1")
                          .arg(QString::fromLatin1(runtime::openBlasCoreForThisCpu()));
    if (r.blasKind == BlasKind::Reference)
        r.problems << Tr::tr("the reference BLAS is in use (~30x slower): install libopenblas0-pthread");
    else if (r.blasKind == BlasKind::Unknown)
        r.warnings << Tr::tr("could not identify the BLAS library in use");
    if (r.cores > 1 && r.intraOpThreads == 1)
        r.problems << Tr::tr("LibTorch runs with 1 intra-op thread on a %1-core machine").arg(r.cores);
    else if (r.intraOpThreads != r.cores)
        r.warnings << Tr::tr("intra-op threads (%1) differ from cores (%2)").arg(r.intraOpThreads).arg(r.cores);

    r.assetsDir = paths::assetsDir();
    if (options.checkAssets) {
        auto lock = builtInAssetLock(r.assetsDir);
        if (!lock) {
            r.problems << lock.error().toString();
        } else {
            r.assets = *lock;
            verifyAssets(r.assets);
            for (const AssetEntry& e : r.assets) {
                if (e.status != AssetEntry::Status::Ok)
                    r.problems << QStringLiteral("%1: %2").arg(e.absolutePath, assetStatusName(e.status));
            }
        }
    }
    r.packs = findPacks(paths::packSearchPaths());
    for (const PackInfo& p : r.packs) {
        if (!p.problem.isEmpty())
            r.warnings << p.problem;
    }
    return r;
}

QJsonObject DoctorReport::toJson() const
{
    QJsonObject v;
    for (const auto& [name, version] : versions)
        v.insert(name, version);
    QJsonObject gemm;
    for (const auto& [n, g] : gemmGflops)
        gemm.insert(QString::number(n), g);
    QJsonArray a;
    for (const AssetEntry& e : assets) {
        a.append(QJsonObject{{QStringLiteral("path"), e.absolutePath},
                             {QStringLiteral("source"), e.source},
                             {QStringLiteral("sha256_expected"), e.expectedSha256},
                             {QStringLiteral("sha256_actual"), e.actualSha256},
                             {QStringLiteral("status"), assetStatusName(e.status)}});
    }
    QJsonArray p;
    for (const PackInfo& pk : packs) {
        p.append(QJsonObject{{QStringLiteral("name"), pk.name},
                             {QStringLiteral("version"), pk.version},
                             {QStringLiteral("task"), pk.task},
                             {QStringLiteral("path"), pk.path},
                             {QStringLiteral("problem"), pk.problem}});
    }
    return QJsonObject{
        {QStringLiteral("versions"), v},
        {QStringLiteral("blas"), QJsonObject{{QStringLiteral("library"), blasLibrary},
                                             {QStringLiteral("kind"), blasKindName(blasKind)},
                                             {QStringLiteral("core"), blasCore}}},
        {QStringLiteral("gemm_gflops"), gemm},
        {QStringLiteral("threads"),
         QJsonObject{{QStringLiteral("intra_op"), intraOpThreads}, {QStringLiteral("cores"), cores}}},
        {QStringLiteral("assets_dir"), assetsDir},
        {QStringLiteral("assets"), a},
        {QStringLiteral("packs"), p},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("ok"), problems.isEmpty()},
    };
}

QString DoctorReport::toText() const
{
    QString out;
    QTextStream s(&out);
    s << Tr::tr("Descry doctor") << "\n\n" << Tr::tr("Versions") << "\n";
    for (const auto& [name, version] : versions)
        s << "  " << name.leftJustified(10) << " " << version << "\n";
    s << "\n" << Tr::tr("BLAS") << "\n  " << blasKindName(blasKind) << "  " << blasLibrary << "\n";
    if (!blasCore.isEmpty())
        s << "  " << Tr::tr("kernels: %1").arg(blasCore) << "\n";
    for (const auto& [n, g] : gemmGflops)
        s << "  " << Tr::tr("float32 GEMM %1x%1: %2 GFLOP/s").arg(n).arg(g, 0, 'f', 1) << "\n";
    s << "\n" << Tr::tr("Threads") << "\n  " << Tr::tr("intra-op %1, cores %2").arg(intraOpThreads).arg(cores) << "\n";
    s << "\n" << Tr::tr("Assets (%1)").arg(assetsDir) << "\n";
    for (const AssetEntry& e : assets)
        s << "  " << assetStatusName(e.status).leftJustified(13) << " " << e.absolutePath << "\n";
    s << "\n" << Tr::tr("Packs") << "\n";
    if (packs.isEmpty())
        s << "  " << Tr::tr("none found") << "\n";
    for (const PackInfo& p : packs)
        s << "  " << p.name << " " << p.version << " (" << p.task << ")  " << p.path
          << (p.problem.isEmpty() ? QString() : QStringLiteral("  [") + p.problem + QStringLiteral("]")) << "\n";
    for (const QString& w : warnings)
        s << "\n" << Tr::tr("warning: %1").arg(w);
    for (const QString& p : problems)
        s << "\n" << Tr::tr("problem: %1").arg(p);
    s << "\n"
      << (problems.isEmpty()
              ? Tr::tr("All checks passed.")
              : QCoreApplication::translate("descry", "%n problem(s) found.", nullptr, int(problems.size())))
      << "\n";
    return out;
}

} // namespace descry

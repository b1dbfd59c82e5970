#pragma once

#include "core/pack/AssetLock.h"
#include "core/pack/PackLocator.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace descry {

enum class BlasKind { OpenBlas, Mkl, Blis, Atlas, Reference, Unknown };

// Classifies a loaded BLAS library by its resolved path.
BlasKind classifyBlas(const QString& libraryPath);
QString blasKindName(BlasKind kind);

// The BLAS library mapped into a process, found in the text of /proc/PID/maps ("" when none).
QString findBlasInMaps(const QString& mapsText);

// Everything `descry-cli doctor` reports: dependency versions, BLAS and its measured speed,
// threading, pinned assets and the packs found.
struct DoctorReport
{
    QList<QPair<QString, QString>> versions; // component, version
    QString blasLibrary;
    BlasKind blasKind = BlasKind::Unknown;
    QString blasCore;                     // OpenBLAS's kernel family (openblas_get_corename), empty for other libraries
    QList<QPair<int, double>> gemmGflops; // matrix size, GFLOP/s (float32)
    int intraOpThreads = 0;
    int cores = 0;
    QString assetsDir;
    QList<AssetEntry> assets;
    QList<PackInfo> packs;
    QStringList problems; // each makes --strict fail
    QStringList warnings;

    QJsonObject toJson() const;
    QString toText() const;
};

struct DoctorOptions
{
    QList<int> gemmSizes{1024, 2048};
    bool checkAssets = true;
};

// Runs every check. Thread-agnostic; takes a few seconds (the GEMM measurements dominate).
DoctorReport runDoctor(const DoctorOptions& options = {});

// Measured float32 matrix-multiply rate for n×n matrices (best of several runs), in GFLOP/s.
double measureGemmGflops(int n);

// Version strings of the libraries Descry is built on.
QList<QPair<QString, QString>> dependencyVersions();

} // namespace descry

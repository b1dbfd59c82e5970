#include "core/diagnostics/DicomBench.h"

#include "core/common/Tr.h"
#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/RadiographLoader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include <time.h>

namespace descry {

namespace {

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) * 1e-9;
}

// CPU time of the whole process (all threads: Qt may scale on several): unlike wall time, it does not grow when
// other processes share the cores, so the figures stay comparable on a busy machine.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// A chest-like 16-bit frame: smooth anatomy-sized structures over the whole range, plus noise, so the stored range
// (and with it the LUT) is as large as a real CR's.
std::vector<Uint16> syntheticFrame(int size)
{
    std::vector<Uint16> px(size_t(size) * size_t(size));
    quint32 noise = 12345;
    for (int y = 0; y < size; ++y) {
        const double fy = double(y) / size;
        for (int x = 0; x < size; ++x) {
            const double fx = double(x) / size;
            noise = noise * 1664525u + 1013904223u;
            const double v = 32768.0 + 18000.0 * std::sin(fx * 9.0) * std::cos(fy * 7.0) +
                             9000.0 * std::cos((fx - 0.5) * (fy - 0.5) * 40.0) + double(noise >> 20) - 2048.0;
            px[size_t(y) * size_t(size) + size_t(x)] = Uint16(std::clamp(v, 0.0, 65535.0));
        }
    }
    px[0] = 0;
    px[1] = 65535;
    return px;
}

Status writeCr(const QString& path, int size)
{
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    char uid[100];
    ds->putAndInsertString(DCM_SOPClassUID, UID_ComputedRadiographyImageStorage);
    ds->putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    ds->putAndInsertString(DCM_StudyInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_STUDY_UID_ROOT));
    ds->putAndInsertString(DCM_SeriesInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT));
    ds->putAndInsertString(DCM_Modality, "CR");
    ds->putAndInsertUint16(DCM_Rows, Uint16(size));
    ds->putAndInsertUint16(DCM_Columns, Uint16(size));
    ds->putAndInsertUint16(DCM_BitsAllocated, 16);
    ds->putAndInsertUint16(DCM_BitsStored, 16);
    ds->putAndInsertUint16(DCM_HighBit, 15);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    ds->putAndInsertString(DCM_WindowCenter, "32768\\30000");
    ds->putAndInsertString(DCM_WindowWidth, "65536\\20000");
    ds->putAndInsertString(DCM_ImagerPixelSpacing, "0.143\\0.143");
    const std::vector<Uint16> px = syntheticFrame(size);
    OFCondition c = ds->putAndInsertUint16Array(DCM_PixelData, px.data(), static_cast<unsigned long>(px.size()));
    if (c.good())
        c = file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit);
    if (c.bad())
        return Error(ErrorCode::Internal,
                     Tr::tr("the benchmark's DICOM file could not be written: %1").arg(QString::fromLatin1(c.text())),
                     path);
    return {};
}

// A window that moves a little on every redraw, as a mouse drag does.
ResolvedWindow draggedWindow(const ResolvedWindow& start, int step)
{
    ResolvedWindow w = start;
    w.kind = ResolvedWindow::Kind::Custom;
    w.center = start.center + 37.0 * step;
    w.width = std::max(2.0, start.width - 53.0 * step);
    return w;
}

// Maps the frame into `out`, reused between redraws as the viewer reuses its display buffer (no new 9 MB image and
// its page faults on every window change).
void applyLut(const MedicalImage& image, const DisplayLut& lut, QImage& out)
{
    if (out.size() != QSize(image.width(), image.height()) || out.format() != QImage::Format_Grayscale8)
        out = QImage(image.width(), image.height(), QImage::Format_Grayscale8);
    const qint32* stored = image.storedFrame(0);
    for (int y = 0; y < image.height(); ++y)
        lut.apply(stored + qint64(y) * image.width(), out.scanLine(y), image.width());
}

QSize viewportFit(const QSize& image, const DicomBenchResult& r)
{
    return image.scaled(r.viewportWidth, r.viewportHeight, Qt::KeepAspectRatio);
}

void timeDisplay(const MedicalImage& image, DicomBenchResult& r)
{
    const ResolvedWindow base = resolveWindow(image, 0, {});
    QElapsedTimer t;
    r.lutBuildSeconds = r.lutApplySeconds = r.scaleSeconds = r.paintSeconds = 1e30;
    QImage shown;
    applyLut(image, DisplayLut(image, 0, base), shown); // the buffer, allocated once
    for (int i = 0; i < r.runs; ++i) {
        t.start();
        const DisplayLut lut(image, 0, draggedWindow(base, i));
        r.lutBuildSeconds = std::min(r.lutBuildSeconds, seconds(t));
        t.start();
        applyLut(image, lut, shown);
        r.lutApplySeconds = std::min(r.lutApplySeconds, seconds(t));
        const QSize fit = viewportFit(shown.size(), r);
        t.start();
        const QImage scaled = shown.scaled(fit, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        r.scaleSeconds = std::min(r.scaleSeconds, seconds(t));
        QImage viewport(r.viewportWidth, r.viewportHeight, QImage::Format_RGB32);
        t.start();
        {
            QPainter p(&viewport);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(QRect(QPoint(0, 0), fit), shown);
        }
        r.paintSeconds = std::min(r.paintSeconds, seconds(t));
    }
    // Redraw rates over a drag of several window changes.
    const int redraws = std::max(20, 10 * r.runs);
    int sink = 0; // keeps the loops' results alive
    double cpu = processCpuSeconds();
    t.start();
    for (int i = 0; i < redraws; ++i) {
        applyLut(image, DisplayLut(image, 0, draggedWindow(base, i)), shown);
        sink += shown.constBits()[i];
    }
    r.redrawFps = redraws / seconds(t);
    r.redrawCpuFps = redraws / (processCpuSeconds() - cpu);
    // What RadiographView does on a drag: new table, frame re-mapped, drawn smooth into the widget.
    QImage viewport(r.viewportWidth, r.viewportHeight, QImage::Format_RGB32);
    cpu = processCpuSeconds();
    t.start();
    for (int i = 0; i < redraws; ++i) {
        applyLut(image, DisplayLut(image, 0, draggedWindow(base, i)), shown);
        QPainter p(&viewport);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(QRect(QPoint(0, 0), viewportFit(shown.size(), r)), shown);
        p.end();
        sink += viewport.constBits()[i];
    }
    r.redrawScaledFps = redraws / seconds(t);
    r.redrawScaledCpuFps = redraws / (processCpuSeconds() - cpu);
    r.checksum = sink;
}

void timeMemcpy(const MedicalImage& image, DicomBenchResult& r)
{
    const qint64 bytes = qint64(image.width()) * image.height() * qint64(sizeof(qint32));
    std::vector<char> target(static_cast<size_t>(bytes));
    const char* source = reinterpret_cast<const char*>(image.storedFrame(0));
    std::memcpy(target.data(), source, size_t(bytes)); // warm-up: pages faulted in
    r.frameCopySeconds = 1e30;
    QElapsedTimer t;
    for (int i = 0; i < std::max(3, r.runs); ++i) {
        t.start();
        std::memcpy(target.data(), source, size_t(bytes));
        r.frameCopySeconds = std::min(r.frameCopySeconds, seconds(t));
    }
    r.memcpyGBps = double(bytes) / r.frameCopySeconds / 1e9;
}

} // namespace

QJsonObject DicomBenchResult::toJson() const
{
    return {{QStringLiteral("size"), size},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("file_bytes"), fileBytes},
            {QStringLiteral("viewport"), QStringLiteral("%1x%2").arg(viewportWidth).arg(viewportHeight)},
            {QStringLiteral("decode_seconds"), decodeSeconds},
            {QStringLiteral("first_display_seconds"), firstDisplaySeconds},
            {QStringLiteral("first_display_goal_seconds"), 0.3},
            {QStringLiteral("first_display_meets_goal"), firstDisplayMeetsGoal()},
            {QStringLiteral("lut_build_seconds"), lutBuildSeconds},
            {QStringLiteral("lut_apply_seconds"), lutApplySeconds},
            {QStringLiteral("scale_seconds"), scaleSeconds},
            {QStringLiteral("paint_seconds"), paintSeconds},
            {QStringLiteral("redraw_fps"), redrawFps},
            {QStringLiteral("redraw_scaled_fps"), redrawScaledFps},
            {QStringLiteral("redraw_goal_fps"), 30},
            {QStringLiteral("decode_cpu_seconds"), decodeCpuSeconds},
            {QStringLiteral("first_display_cpu_seconds"), firstDisplayCpuSeconds},
            {QStringLiteral("redraw_cpu_fps"), redrawCpuFps},
            {QStringLiteral("redraw_scaled_cpu_fps"), redrawScaledCpuFps},
            {QStringLiteral("redraw_meets_goal"), redrawMeetsGoal()},
            {QStringLiteral("memcpy_gbps"), memcpyGBps},
            {QStringLiteral("frame_copy_seconds"), frameCopySeconds},
            {QStringLiteral("first_display_per_frame_copy"), firstDisplaySeconds / frameCopySeconds}};
}

Result<DicomBenchResult> benchmarkDicom(int size, int runs, const Progress& progress)
{
    DicomBenchResult r;
    r.size = size;
    r.runs = std::max(1, runs);
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(ErrorCode::Internal, Tr::tr("no temporary folder for the benchmark: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("bench-cr.dcm"));
    if (!progress.step(0.0, Tr::tr("writing a %1 x %1 16-bit CR").arg(size)))
        return Error(ErrorCode::Cancelled, Tr::tr("cancelled"));
    if (auto st = writeCr(path, size); !st)
        return st.error();
    r.fileBytes = QFileInfo(path).size();
    r.decodeSeconds = r.firstDisplaySeconds = r.decodeCpuSeconds = r.firstDisplayCpuSeconds = 1e30;
    MedicalImage image;
    for (int i = 0; i < r.runs; ++i) {
        if (!progress.step(0.1 + 0.6 * i / r.runs, Tr::tr("decoding and first display")))
            return Error(ErrorCode::Cancelled, Tr::tr("cancelled"));
        QElapsedTimer t;
        double cpu = processCpuSeconds();
        t.start();
        auto loaded = loadRadiograph(path); // a fresh image each run: nothing cached from the last one
        if (!loaded)
            return loaded.error();
        r.decodeSeconds = std::min(r.decodeSeconds, seconds(t));
        r.decodeCpuSeconds = std::min(r.decodeCpuSeconds, processCpuSeconds() - cpu);
        cpu = processCpuSeconds();
        t.start();
        const QImage first = renderDisplay(*loaded, 0);
        r.firstDisplaySeconds = std::min(r.firstDisplaySeconds, seconds(t));
        r.firstDisplayCpuSeconds = std::min(r.firstDisplayCpuSeconds, processCpuSeconds() - cpu);
        if (first.isNull())
            return Error(ErrorCode::Internal, Tr::tr("the benchmark image could not be displayed"), path);
        image = *loaded;
    }
    if (!progress.step(0.7, Tr::tr("window/level redraws")))
        return Error(ErrorCode::Cancelled, Tr::tr("cancelled"));
    timeDisplay(image, r);
    timeMemcpy(image, r);
    progress.step(1.0, Tr::tr("done"));
    return r;
}

} // namespace descry

#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QJsonObject>

namespace descry {

// Figures of `descry-cli bench dicom`: a generated size x size 16-bit CR written to a temporary DICOM file and read
// back through the real loader, the display pipeline's first image and window/level redraw rate, and the memory
// copy rate of the same process as a baseline (so figures can be quoted as ratios on any machine). Times are the
// best of the runs, in seconds.
struct DicomBenchResult
{
    int size = 0; // rows = columns
    int runs = 0;
    int viewportWidth = 1600; // the viewer's drawing area the scaled figures use
    int viewportHeight = 1000;
    qint64 fileBytes = 0;
    double decodeSeconds = 0;       // loadRadiograph: read, hash, decode to stored values
    double firstDisplaySeconds = 0; // decoded pixels -> first display QImage (window resolved, LUT, apply)
    double lutBuildSeconds = 0;     // one DisplayLut over the frame's stored range
    double lutApplySeconds = 0;     // one pass of the LUT over every pixel into a QImage
    double redrawFps = 0;           // window changes per second: new LUT + apply (full resolution)
    double scaleSeconds = 0;        // QImage::scaled to the viewport, smooth
    double paintSeconds = 0;        // QPainter::drawImage into the viewport, smooth pixmap transform
    double redrawScaledFps = 0;     // window change + smooth QPainter draw into the viewport (the viewer's redraw)
    double memcpyGBps = 0;          // copying the frame's stored values (baseline)
    double frameCopySeconds = 0;    // one memcpy of the frame's stored values
    // The same figures in process CPU time, which other processes on the machine do not inflate.
    double decodeCpuSeconds = 0;
    double firstDisplayCpuSeconds = 0;
    double redrawCpuFps = 0;
    double redrawScaledCpuFps = 0;
    int checksum = 0; // of the timed outputs, so no loop can be optimised away

    // The goals of issue 11: first display under 300 ms, at least 30 redraws per second.
    bool firstDisplayMeetsGoal() const { return firstDisplaySeconds < 0.3; }
    bool redrawMeetsGoal() const { return redrawScaledFps >= 30.0; }
    QJsonObject toJson() const;
};

// Generates the image, writes it to a temporary folder (removed afterwards), and times each stage `runs` times
// (best taken). Runs on the calling thread. Cancelled through `progress`.
Result<DicomBenchResult> benchmarkDicom(int size = 3000, int runs = 3, const Progress& progress = {});

} // namespace descry

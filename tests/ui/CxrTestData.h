#pragma once
// Test data of the chest X-ray workspace tests: a small study folder written with DCMTK (tests/support/
// DicomFixtures.h) from synthetic chest-like pixels, and the hashes and times of its files to prove they are
// never modified.

#include "core/common/Hash.h"
#include "support/DicomFixtures.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cmath>

namespace descry::uitest {

// Stored values (12 bits) of a PA-chest-like picture: bright mediastinum, spine and body, dark lungs, a black
// background outside the body; a faint per-frame offset tells frames apart.
inline std::vector<qint32> chestPixels(int rows, int columns, int frames = 1)
{
    std::vector<qint32> px;
    px.reserve(size_t(rows) * columns * frames);
    for (int f = 0; f < frames; ++f)
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < columns; ++x) {
                const double u = (x - columns / 2.0) / (columns / 2.0); // -1 .. 1
                const double v = (y - rows / 2.0) / (rows / 2.0);
                double value = 150; // air around the patient
                if (u * u / 0.85 + v * v / 1.1 < 1.0)
                    value = 2600; // soft tissue
                const auto inLung = [&](double cx) {
                    const double du = (u - cx) / 0.3, dv = (v + 0.05) / 0.62;
                    return du * du + dv * dv < 1.0;
                };
                if (inLung(-0.42) || inLung(0.42))
                    value = 700 + 250 * std::fabs(std::sin(8 * v)); // lungs with a rib pattern
                if (std::fabs(u) < 0.07)
                    value = 3600; // spine
                px.push_back(qint32(std::min(4095.0, value + f * 40)));
            }
    return px;
}

// The attributes the study's files share: patient, study and identifiers the viewer must hide until revealed.
inline QList<QPair<QString, QString>> studyAttributes(const QString& series, int seriesNumber, int instance)
{
    return {{QStringLiteral("0010,0010"), QStringLiteral("DOE^JANE")},
            {QStringLiteral("0010,0020"), QStringLiteral("PID-4711")},
            {QStringLiteral("0008,0050"), QStringLiteral("ACC-0815")},
            {QStringLiteral("0020,000d"), QStringLiteral("1.2.826.0.1.3680043.10.999.1")},
            {QStringLiteral("0020,000e"), QStringLiteral("1.2.826.0.1.3680043.10.999.1.") + series},
            {QStringLiteral("0020,0011"), QString::number(seriesNumber)},
            {QStringLiteral("0020,0013"), QString::number(instance)},
            {QStringLiteral("0008,0020"), QStringLiteral("20240131")},
            {QStringLiteral("0018,5101"), QStringLiteral("PA")},
            {QStringLiteral("0018,1164"), QStringLiteral("0.2\\0.2")}, // Imager Pixel Spacing, mm
            {QStringLiteral("0028,1050"), QStringLiteral("2000\\1500")},
            {QStringLiteral("0028,1051"), QStringLiteral("4000\\1000")}};
}

// A study folder: series 1 with two single-frame CR images (pa-1.dcm, pa-2.dcm; pa-1 in a subfolder), series 2
// with a three-frame image (frames.dcm), and a text file that is not DICOM (notes.txt). Empty on failure (*error).
struct StudyFolder
{
    QString root;
    QString first;      // series 1, instance 1
    QString second;     // series 1, instance 2
    QString multiframe; // series 2
    QString notDicom;
};

inline StudyFolder writeStudyFolder(const QString& root, QString* error)
{
    StudyFolder s;
    s.root = root;
    QDir().mkpath(root + QStringLiteral("/sub"));
    s.first = root + QStringLiteral("/sub/pa-1.dcm");
    s.second = root + QStringLiteral("/pa-2.dcm");
    s.multiframe = root + QStringLiteral("/frames.dcm");
    s.notDicom = root + QStringLiteral("/notes.txt");
    fixtures::DicomSpec spec;
    spec.rows = 160;
    spec.columns = 128;
    spec.pixels = chestPixels(spec.rows, spec.columns);
    spec.attributes = studyAttributes(QStringLiteral("1"), 1, 1);
    if (!fixtures::writeDicom(s.first, spec, error))
        return {};
    spec.attributes = studyAttributes(QStringLiteral("1"), 1, 2);
    if (!fixtures::writeDicom(s.second, spec, error))
        return {};
    spec.frames = 3;
    spec.pixels = chestPixels(spec.rows, spec.columns, spec.frames);
    spec.attributes = studyAttributes(QStringLiteral("2"), 2, 1);
    if (!fixtures::writeDicom(s.multiframe, spec, error))
        return {};
    QFile text(s.notDicom);
    if (!text.open(QIODevice::WriteOnly) || text.write("not an image\n") <= 0) {
        *error = QStringLiteral("cannot write ") + s.notDicom;
        return {};
    }
    return s;
}

// SHA-256 and modification time of every file under `root`, by path.
inline QMap<QString, QString> fingerprints(const QString& root)
{
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const Result<QString> hash = sha256File(path);
        out.insert(path, (hash ? *hash : QStringLiteral("unreadable")) + QLatin1Char(' ') +
                             QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch()) + QLatin1Char(' ') +
                             QString::number(QFileInfo(path).size()));
    }
    return out;
}

} // namespace descry::uitest

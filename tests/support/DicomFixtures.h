#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace fixtures {

// A synthetic DICOM image for tests, written with DCMTK (uncompressed; compress further with the dcmtk tools).
struct DicomSpec
{
    int rows = 64;
    int columns = 64;
    int frames = 1;
    int bitsAllocated = 16;
    int bitsStored = 12;
    bool signedPixels = false;
    int samplesPerPixel = 1;
    int planarConfiguration = 0;
    QString photometric = QStringLiteral("MONOCHROME2");
    QString modality = QStringLiteral("CR");
    QString sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.1"); // CR Image Storage
    // Frame-major samples (frames x rows x columns x samples, interleaved unless planar); empty: a gradient.
    std::vector<qint32> pixels;
    // Extra attributes as "gggg,eeee" -> value (DCMTK putAndInsertString; multi-values with backslash), e.g.
    // {"0010,0010", "DOE^JOHN"}, {"0028,1050", "500\\40"}.
    QList<QPair<QString, QString>> attributes;
    // Transfer syntax of the written file: "1.2.840.10008.1.2.1" explicit LE (default), "1.2.840.10008.1.2"
    // implicit LE, "1.2.840.10008.1.2.2" explicit BE, "1.2.840.10008.1.2.1.99" deflated.
    QString transferSyntaxUid = QStringLiteral("1.2.840.10008.1.2.1");
    bool writeMetaHeader = true;
};

// The gradient pattern used when spec.pixels is empty (value at frame f, row y, column x, sample s), within the
// spec's stored range.
qint32 gradientValue(const DicomSpec& spec, int f, int y, int x, int s = 0);

// Writes `spec` to `path`; false (with the reason in *error) when DCMTK refuses.
bool writeDicom(const QString& path, const DicomSpec& spec, QString* error = nullptr);

// Runs a dcmtk/openjpeg command-line tool; false when it is missing or fails (reason in *error).
bool runTool(const QString& program, const QStringList& args, QString* error = nullptr);

} // namespace fixtures

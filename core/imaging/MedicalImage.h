#pragma once

#include <QImage>
#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace descry {

// Whether the image says burned-in text (names, dates) is part of the pixels (DICOM BurnedInAnnotation).
enum class BurnedInAnnotation { Unknown, Yes, No };

// Which attribute the physical pixel size came from. PixelSpacing is in the patient plane; ImagerPixelSpacing is
// at the detector (projection radiographs: not corrected for magnification, so distances read slightly large).
enum class SpacingSource { None, PixelSpacing, ImagerPixelSpacing, NominalScannedPixelSpacing };

// VOI LUT Function (0028,1056); Linear when absent or unknown.
enum class VoiFunction { Linear, LinearExact, Sigmoid };

// The physical size of one pixel, when the file states it.
struct PixelSpacing
{
    SpacingSource source = SpacingSource::None;
    double rowMm = 0.0;    // distance between rows (vertical), mm
    double columnMm = 0.0; // distance between columns (horizontal), mm

    bool isKnown() const { return source != SpacingSource::None && rowMm > 0.0 && columnMm > 0.0; }
};

// A window preset of the file (Window Center / Width, with its explanation when given), in modality units.
struct WindowPreset
{
    double center = 0.0;
    double width = 1.0;
    QString explanation;
};

// A lookup table from a Modality or VOI LUT Sequence item: LUT Descriptor (entries, first mapped value, bits per
// entry) and LUT Data.
struct LookupTable
{
    qint64 firstMapped = 0; // input value mapped to data[0] (may be negative)
    int bitsPerEntry = 16;
    std::vector<quint16> data;
    QString explanation;

    bool isEmpty() const { return data.empty(); }
    // The table's output for input `x`: inputs below firstMapped give data.front(), above the last give data.back().
    double lookup(double x) const;
    // The largest output value the entries can hold (2^bitsPerEntry - 1).
    double maxOutput() const;
};

// The identifying attributes a reader may reveal (hidden by default in the GUI, only with --identifiers in the CLI).
struct ImageIdentifiers
{
    QString patientName;
    QString patientId;
    QString patientBirthDate;
    QString patientSex;
    QString accessionNumber;
    QString studyId;
    QString studyDate;
    QString studyTime;
    QString institutionName;
    QString referringPhysician;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString sopInstanceUid;
};

// What a reader needs to know about a radiograph besides its pixels: where it came from, how it is encoded, how
// stored values become modality values (Modality LUT / rescale) and display values (VOI, presentation), and the
// metadata of the study. Plain value type.
struct MedicalImageInfo
{
    enum class Source { Dicom, Raster };

    QString path;
    QString sha256; // of the file as on disk
    Source source = Source::Dicom;

    QString modality;                    // CR, DX, MR, ...; empty for raster images
    QString photometric;                 // MONOCHROME1, MONOCHROME2, RGB, YBR_FULL, YBR_FULL_422, PALETTE COLOR, ...
    QString transferSyntaxUid;           // as in the file meta header, or inferred
    QString transferSyntaxName;          // "JPEG 2000 Image Compression (Lossless Only)", ...
    bool hasFileMeta = true;             // the file had a DICOM file meta header (group 0002)
    bool transferSyntaxInferred = false; // no transfer syntax was recorded: it was inferred from the data
    QString sopClassUid;
    QString sopClassName;

    int rows = 0;
    int columns = 0;
    int frames = 1;
    int samplesPerPixel = 1;
    int planarConfiguration = 0;
    int bitsAllocated = 16;
    int bitsStored = 16;
    int highBit = 15;
    bool signedPixels = false; // Pixel Representation 1

    // Modality LUT: modalityLut when present, else slope/intercept (1/0 when absent).
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
    QString rescaleType;
    LookupTable modalityLut;

    // VOI: every window preset and every VOI LUT of the file, the VOI LUT Function, and Presentation LUT Shape
    // INVERSE (applied after VOI, like MONOCHROME1).
    QList<WindowPreset> windowPresets;
    QList<LookupTable> voiLuts;
    VoiFunction voiFunction = VoiFunction::Linear;
    bool presentationInverse = false;

    BurnedInAnnotation burnedInAnnotation = BurnedInAnnotation::Unknown;
    PixelSpacing spacing;

    QString bodyPart;
    QString viewPosition; // PA, AP, LL, ...
    QString laterality;
    QString manufacturer;
    QString manufacturerModel;
    QString studyDescription;
    QString seriesDescription;
    int seriesNumber = 0;
    int instanceNumber = 0;

    ImageIdentifiers identifiers;
    // Things a reader should know that did not stop the image from loading (one line each, translated).
    QStringList warnings;

    bool isMonochrome() const;
    // MONOCHROME1: low values are white; inverted after the VOI step.
    bool isMonochrome1() const;
};

// A decoded radiograph: per frame either stored values (monochrome: signed 32-bit, as the file stores them after
// bits-stored/high-bit/sign handling) or an RGB888 colour image (colour photometrics, converted from YBR and
// palette). Modality values come from stored values through info().modalityLut or the rescale. Value type with
// shared, immutable pixel data (copies are cheap); safe to read from several threads.
class MedicalImage
{
public:
    MedicalImage();
    ~MedicalImage();
    MedicalImage(const MedicalImage&);
    MedicalImage& operator=(const MedicalImage&);

    // `frames` holds info.frames frames of info.rows x info.columns stored values, row-major.
    static MedicalImage monochrome(MedicalImageInfo info, std::vector<std::vector<qint32>> frames);
    // `frames`: info.frames RGB888 images of info.columns x info.rows.
    static MedicalImage colour(MedicalImageInfo info, QList<QImage> frames);

    bool isNull() const;
    const MedicalImageInfo& info() const;
    int width() const;
    int height() const;
    int frameCount() const;
    bool isColour() const;

    // Stored values of `frame` (width() x height(), row-major); nullptr for colour images or a bad frame.
    const qint32* storedFrame(int frame) const;
    // The colour frame; null for monochrome images or a bad frame.
    QImage colourFrame(int frame) const;
    // Stored value at (x, y) of `frame` (0 for colour images or outside the image).
    qint32 storedValue(int frame, int x, int y) const;
    // Stored value -> modality value (Modality LUT when present, else slope x stored + intercept).
    double modalityValue(double stored) const;
    // Smallest and largest stored value of `frame` (computed once, cached).
    std::pair<qint32, qint32> storedRange(int frame) const;
    // The same in modality units (min and max of modalityValue over the stored range).
    std::pair<double, double> modalityRange(int frame) const;

private:
    class Data;
    QSharedDataPointer<Data> d;
};

} // namespace descry

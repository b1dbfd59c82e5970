// Opening studies: folders (recursive, junk skipped with reasons, symlinked folders not followed), DICOMDIR,
// duplicate paths, grouping and sorting by Study/Series Instance UID.
#include "TimeBudget.h"
#include "core/imaging/StudyScanner.h"

#include "DicomFixtures.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <atomic>
#include <iostream>

using namespace descry;

namespace {

const QString kStudyA = QStringLiteral("1.2.826.0.1.3680043.9.7777.1");
const QString kStudyB = QStringLiteral("1.2.826.0.1.3680043.9.7777.2");

void writeImage(const QString& path, const QString& study, const QString& series, int seriesNumber, int instance,
                const QString& date)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    fixtures::DicomSpec spec;
    spec.rows = 32;
    spec.columns = 24;
    spec.attributes = {{QStringLiteral("0020,000D"), study},
                       {QStringLiteral("0020,000E"), series},
                       {QStringLiteral("0020,0011"), QString::number(seriesNumber)},
                       {QStringLiteral("0020,0013"), QString::number(instance)},
                       {QStringLiteral("0008,0020"), date},
                       {QStringLiteral("0010,0010"), QStringLiteral("DOE^JANE")},
                       {QStringLiteral("0018,5101"), QStringLiteral("PA")}};
    QString error;
    ASSERT_TRUE(fixtures::writeDicom(path, spec, &error)) << error.toStdString();
}

// A Basic Text SR: DICOM, but no image.
void writeStructuredReport(const QString& path)
{
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    ds->putAndInsertString(DCM_SOPClassUID, UID_BasicTextSRStorage);
    ds->putAndInsertString(DCM_SOPInstanceUID, "1.2.826.0.1.3680043.9.7777.99.1");
    ds->putAndInsertString(DCM_StudyInstanceUID, kStudyA.toLatin1().constData());
    ds->putAndInsertString(DCM_SeriesInstanceUID, "1.2.826.0.1.3680043.9.7777.99");
    ds->putAndInsertString(DCM_Modality, "SR");
    ASSERT_TRUE(file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good());
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Study A (2024): series 2 with instances 2 and 1, series 1 with one instance; study B (2023): one series.
// Plus junk, an SR, a PNG radiograph and a symbolic link back up the tree.
struct ScanFixture
{
    QTemporaryDir dir;
    QString root;
    ScanFixture()
    {
        root = dir.filePath(QStringLiteral("export"));
        writeImage(root + QStringLiteral("/a/s2/i2.dcm"), kStudyA, kStudyA + QStringLiteral(".2"), 2, 2,
                   QStringLiteral("20240105"));
        writeImage(root + QStringLiteral("/a/s2/i1.dcm"), kStudyA, kStudyA + QStringLiteral(".2"), 2, 1,
                   QStringLiteral("20240105"));
        writeImage(root + QStringLiteral("/a/s1/IMG0001"), kStudyA, kStudyA + QStringLiteral(".1"), 1, 1,
                   QStringLiteral("20240105"));
        writeImage(root + QStringLiteral("/b/deep/er/x.dcm"), kStudyB, kStudyB + QStringLiteral(".1"), 1, 1,
                   QStringLiteral("20230101"));
        writeStructuredReport(root + QStringLiteral("/a/report.dcm"));
        writeBytes(root + QStringLiteral("/README.txt"), "exported by the PACS\n");
        writeBytes(root + QStringLiteral("/.DS_Store"), QByteArray(300, '\x07'));
        writeBytes(root + QStringLiteral("/b/empty.dcm"), QByteArray());
        cv::Mat png(40, 30, CV_16UC1, cv::Scalar(1000));
        cv::imwrite((root + QStringLiteral("/b/chest.png")).toStdString(), png);
        QFile::link(root, root + QStringLiteral("/a/loop")); // a symlinked folder: never followed
    }
};

const Study* findStudy(const StudyScan& scan, const QString& uid)
{
    for (const Study& s : scan.studies)
        if (s.studyInstanceUid == uid)
            return &s;
    return nullptr;
}

} // namespace

TEST(StudyScanner, FolderIsGroupedByStudyAndSeriesAndJunkIsCountedWithReasons)
{
    ScanFixture f;
    auto scan = scanStudies({f.root});
    ASSERT_TRUE(scan.ok()) << scan.error().toString().toStdString();
    ASSERT_EQ(scan->studies.size(), 3); // A, B and the raster image's own study
    EXPECT_EQ(scan->instanceCount(), 5);
    // Sorted by date: the raster study (no date) first, then B (2023), then A (2024).
    EXPECT_TRUE(scan->studies[0].studyInstanceUid.isEmpty());
    EXPECT_EQ(scan->studies[1].studyInstanceUid, kStudyB);
    EXPECT_EQ(scan->studies[2].studyInstanceUid, kStudyA);

    const Study* a = findStudy(*scan, kStudyA);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->date, QStringLiteral("20240105"));
    EXPECT_EQ(a->patientName, QStringLiteral("DOE^JANE"));
    ASSERT_EQ(a->series.size(), 2);
    EXPECT_EQ(a->series[0].seriesNumber, 1);
    EXPECT_EQ(a->series[1].seriesNumber, 2);
    ASSERT_EQ(a->series[1].instances.size(), 2);
    EXPECT_EQ(a->series[1].instances[0].instanceNumber, 1);
    EXPECT_TRUE(a->series[1].instances[0].path.endsWith(QStringLiteral("i1.dcm")));
    EXPECT_EQ(a->series[1].instances[1].instanceNumber, 2);
    EXPECT_EQ(a->series[1].instances[0].rows, 32);
    EXPECT_EQ(a->series[1].instances[0].columns, 24);
    EXPECT_EQ(a->series[1].instances[0].modality, QStringLiteral("CR"));
    EXPECT_EQ(a->series[1].instances[0].viewPosition, QStringLiteral("PA"));
    EXPECT_TRUE(a->series[1].instances[0].isDicom);
    // A DICOM file without the .dcm name is found by its content.
    EXPECT_TRUE(a->series[0].instances[0].path.endsWith(QStringLiteral("IMG0001")));

    const Study& raster = scan->studies[0];
    ASSERT_EQ(raster.series.size(), 1);
    ASSERT_EQ(raster.series[0].instances.size(), 1);
    EXPECT_FALSE(raster.series[0].instances[0].isDicom);
    EXPECT_EQ(raster.series[0].instances[0].columns, 30);

    // README, .DS_Store, the empty file and the SR; the loop link is not a file and not followed.
    EXPECT_EQ(scan->skippedFiles, 4);
    ASSERT_EQ(scan->skippedReasons.size(), 4);
    const QString reasons = scan->skippedReasons.join(QLatin1Char('\n'));
    EXPECT_TRUE(reasons.contains(QStringLiteral("report.dcm: is a structured report, not an image")))
        << reasons.toStdString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("README.txt:"))) << reasons.toStdString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("empty.dcm:"))) << reasons.toStdString();
}

TEST(StudyScanner, TheSameFileThroughSeveralPathsCountsOnce)
{
    ScanFixture f;
    const QString file = f.root + QStringLiteral("/a/s2/i1.dcm");
    const QString link = f.dir.filePath(QStringLiteral("link.dcm"));
    ASSERT_TRUE(QFile::link(file, link));
    auto scan = scanStudies({f.root, file, link, f.root + QStringLiteral("/a/../a/s2/i1.dcm"), f.root});
    ASSERT_TRUE(scan.ok()) << scan.error().toString().toStdString();
    EXPECT_EQ(scan->instanceCount(), 5);
    EXPECT_EQ(scan->skippedFiles, 4);
}

TEST(StudyScanner, SeveralFilesAreGroupedLikeAFolder)
{
    ScanFixture f;
    auto scan = scanStudies({f.root + QStringLiteral("/a/s2/i2.dcm"), f.root + QStringLiteral("/a/s2/i1.dcm"),
                             f.root + QStringLiteral("/b/deep/er/x.dcm")});
    ASSERT_TRUE(scan.ok());
    ASSERT_EQ(scan->studies.size(), 2);
    EXPECT_EQ(scan->studies[1].series[0].instances[0].instanceNumber, 1);
    EXPECT_EQ(scan->skippedFiles, 0);
}

TEST(StudyScanner, MissingInputAndNothingReadableAreInputErrors)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope"));
    auto scan = scanStudies({missing});
    ASSERT_FALSE(scan.ok());
    EXPECT_EQ(scan.error().code(), ErrorCode::Input);
    EXPECT_TRUE(scan.error().toString().startsWith(missing)) << scan.error().toString().toStdString();

    const QString junk = dir.filePath(QStringLiteral("junk"));
    QDir().mkpath(junk);
    writeBytes(junk + QStringLiteral("/a.txt"), "text");
    auto none = scanStudies({junk});
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code(), ErrorCode::Input);
    EXPECT_TRUE(none.error().message().contains(QStringLiteral("a.txt"))) << none.error().toString().toStdString();
}

TEST(StudyScanner, CancelStopsTheScan)
{
    ScanFixture f;
    std::atomic<bool> cancel{true};
    Progress progress;
    progress.cancel = &cancel;
    auto scan = scanStudies({f.root}, progress);
    ASSERT_FALSE(scan.ok());
    EXPECT_EQ(scan.error().code(), ErrorCode::Cancelled);
}

TEST(StudyScanner, DicomDirRecordsAreResolvedCaseInsensitively)
{
    QTemporaryDir dir;
    const QString medium = dir.filePath(QStringLiteral("cd"));
    writeImage(medium + QStringLiteral("/DICOM/ST1/IM1"), kStudyA, kStudyA + QStringLiteral(".1"), 1, 1,
               QStringLiteral("20240105"));
    writeImage(medium + QStringLiteral("/DICOM/ST1/IM2"), kStudyA, kStudyA + QStringLiteral(".1"), 1, 2,
               QStringLiteral("20240105"));
    writeImage(medium + QStringLiteral("/DICOM/ST1/IM3"), kStudyA, kStudyA + QStringLiteral(".2"), 2, 1,
               QStringLiteral("20240105"));
    QString error;
    if (!fixtures::runTool(QStringLiteral("dcmmkdir"),
                           {QStringLiteral("+I"), QStringLiteral("+r"), QStringLiteral("+id"), medium,
                            QStringLiteral("+D"), medium + QStringLiteral("/DICOMDIR"), QStringLiteral("DICOM")},
                           &error))
        GTEST_SKIP() << error.toStdString();
    // The medium as another system shows it: lower-case names, and one referenced file missing.
    ASSERT_TRUE(QDir(medium).rename(QStringLiteral("DICOM"), QStringLiteral("dicom")));
    ASSERT_TRUE(QDir(medium + QStringLiteral("/dicom")).rename(QStringLiteral("ST1"), QStringLiteral("st1")));
    ASSERT_TRUE(QFile::rename(medium + QStringLiteral("/dicom/st1/IM1"), medium + QStringLiteral("/dicom/st1/im1")));
    ASSERT_TRUE(QFile::remove(medium + QStringLiteral("/dicom/st1/IM3")));
    // A stray file on the medium that the DICOMDIR does not list.
    writeImage(medium + QStringLiteral("/dicom/stray.dcm"), kStudyB, kStudyB + QStringLiteral(".1"), 1, 1,
               QStringLiteral("20230101"));

    for (const QString& input : {medium + QStringLiteral("/DICOMDIR"), medium}) {
        auto scan = scanStudies({input});
        ASSERT_TRUE(scan.ok()) << scan.error().toString().toStdString();
        ASSERT_EQ(scan->studies.size(), 1) << input.toStdString(); // the stray file is not on the index
        ASSERT_EQ(scan->studies[0].series.size(), 1);
        ASSERT_EQ(scan->studies[0].series[0].instances.size(), 2);
        EXPECT_TRUE(scan->studies[0].series[0].instances[0].path.endsWith(QStringLiteral("/dicom/st1/im1")));
        EXPECT_EQ(scan->skippedFiles, 1);
        ASSERT_EQ(scan->skippedReasons.size(), 1);
        EXPECT_TRUE(scan->skippedReasons[0].contains(QStringLiteral("DICOM/ST1/IM3")))
            << scan->skippedReasons[0].toStdString();
    }
}

// Regression (hostile test): a Referenced File ID component holding a path ("../secret.dcm") was followed out of
// the medium.
TEST(StudyScanner, DicomDirNeverReachesOutsideItsMedium)
{
    QTemporaryDir dir;
    const QString medium = dir.filePath(QStringLiteral("cd"));
    writeImage(medium + QStringLiteral("/DICOM/IM1"), kStudyA, kStudyA + QStringLiteral(".1"), 1, 1,
               QStringLiteral("20240105"));
    writeImage(medium + QStringLiteral("/DICOM/IM2"), kStudyA, kStudyA + QStringLiteral(".1"), 1, 2,
               QStringLiteral("20240105"));
    writeImage(dir.filePath(QStringLiteral("secret.dcm")), kStudyB, kStudyB + QStringLiteral(".1"), 1, 1,
               QStringLiteral("20230101"));
    QString error;
    const QString dicomdir = medium + QStringLiteral("/DICOMDIR");
    if (!fixtures::runTool(QStringLiteral("dcmmkdir"),
                           {QStringLiteral("+I"), QStringLiteral("+r"), QStringLiteral("+id"), medium,
                            QStringLiteral("+D"), dicomdir, QStringLiteral("DICOM")},
                           &error))
        GTEST_SKIP() << error.toStdString();
    DcmFileFormat file;
    ASSERT_TRUE(file.loadFile(dicomdir.toLocal8Bit().constData()).good());
    DcmSequenceOfItems* records = nullptr;
    ASSERT_TRUE(file.getDataset()->findAndGetSequence(DCM_DirectoryRecordSequence, records).good() && records);
    int redirected = 0;
    for (unsigned long i = 0; i < records->card(); ++i) {
        OFString id;
        if (records->getItem(i)->findAndGetOFStringArray(DCM_ReferencedFileID, id).good() && id == "DICOM\\IM2") {
            records->getItem(i)->putAndInsertString(DCM_ReferencedFileID, "../secret.dcm");
            ++redirected;
        }
    }
    ASSERT_EQ(redirected, 1);
    ASSERT_TRUE(file.saveFile(dicomdir.toLocal8Bit().constData()).good());

    auto scan = scanStudies({dicomdir});
    ASSERT_TRUE(scan.ok()) << scan.error().toString().toStdString();
    ASSERT_EQ(scan->instanceCount(), 1);
    EXPECT_EQ(scan->studies[0].studyInstanceUid, kStudyA);
    EXPECT_EQ(scan->skippedFiles, 1);
}

TEST(StudyScanner, ScanningAThousandFilesReadsHeadersOnly)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("many"));
    QDir().mkpath(root);
    fixtures::DicomSpec spec;
    spec.rows = 512;
    spec.columns = 512; // 512 KB of pixels each: reading them would show in the time
    spec.attributes = {{QStringLiteral("0020,000D"), kStudyA},
                       {QStringLiteral("0020,000E"), kStudyA + QStringLiteral(".1")}};
    const QString first = root + QStringLiteral("/0.dcm");
    ASSERT_TRUE(fixtures::writeDicom(first, spec));
    for (int i = 1; i < 1000; ++i)
        ASSERT_TRUE(QFile::copy(first, root + QStringLiteral("/%1.dcm").arg(i)));
    QElapsedTimer timer;
    timer.start();
    auto scan = scanStudies({root});
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(scan.ok());
    EXPECT_EQ(scan->instanceCount(), 1000);
    std::cout << "[ figures  ] scanning 1000 DICOM files (512x512, 16-bit): " << ms << " ms\n";
    EXPECT_LT(ms,
              timeBudget(20000)); // generous: a shared, loaded CI machine; headers only takes well under a second here
}

TEST(StudyScanner, SharedDicomFolderIsScanned)
{
    const QString folder = QStringLiteral(DESCRY_TEST_SHARED_DIR) + QStringLiteral("/data/cxr/dicom");
    if (QStringLiteral(DESCRY_TEST_SHARED_DIR).isEmpty() || !QDir(folder).exists())
        GTEST_SKIP() << "shared DICOM files not available (DESCRY_TEST_SHARED_DIR)";
    auto scan = scanStudies({folder});
    ASSERT_TRUE(scan.ok()) << scan.error().toString().toStdString();
    const int files = int(QDir(folder).entryList(QDir::Files).size());
    EXPECT_EQ(scan->instanceCount() + scan->skippedFiles, files);
    EXPECT_GE(scan->instanceCount(), 8);
    std::cout << "[ figures  ] shared folder: " << scan->instanceCount() << " images in " << scan->studies.size()
              << " studies, " << scan->skippedFiles << " skipped\n";
    for (const QString& r : scan->skippedReasons)
        std::cout << "[ figures  ]   skipped " << r.toStdString() << "\n";
}

// Regression: a data set without preamble or meta header that starts with a group length (0008,0000), as old
// ACR-NEMA style exports do (CR-MONO1-10-chest.dcm), was not recognised as DICOM and skipped.
TEST(StudyScanner, PreamblelessFileStartingWithAGroupLengthIsDicom)
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.dcm"));
    writeImage(plain, kStudyA, kStudyA + QStringLiteral(".1"), 1, 1, QStringLiteral("19950720"));
    DcmFileFormat file;
    ASSERT_TRUE(file.loadFile(QFile::encodeName(plain).constData()).good());
    const QString bare = dir.filePath(QStringLiteral("acrnema"));
    ASSERT_TRUE(
        file.getDataset()
            ->saveFile(QFile::encodeName(bare).constData(), EXS_LittleEndianImplicit, EET_ExplicitLength, EGL_withGL)
            .good());
    QFile f(bare);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ASSERT_EQ(f.read(4), QByteArray("\x08\x00\x00\x00", 4)); // (0008,0000) first
    f.close();
    auto scan = scanStudies({bare});
    ASSERT_TRUE(scan.ok()) << scan.error().toString().toStdString();
    ASSERT_EQ(scan->instanceCount(), 1);
    EXPECT_TRUE(scan->studies[0].series[0].instances[0].isDicom);
    EXPECT_EQ(scan->studies[0].date, QStringLiteral("19950720"));
}

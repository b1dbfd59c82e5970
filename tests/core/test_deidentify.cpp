// De-identified export (PS3.15 Basic Application Level Confidentiality Profile): every identifying value of a
// realistic radiograph is searched for, byte by byte, in the whole output file.
#include "core/common/Hash.h"
#include "core/imaging/Deidentifier.h"
#include "core/imaging/DicomLoader.h"
#include "core/imaging/detail/DeidentificationProfile.h"

#include "DicomFixtures.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dctk.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cstring>
#include <iostream>
#include <memory>

using namespace descry;

namespace {

const char* const kStudyUid = "1.2.826.0.1.3680043.9.4242.1";
const char* const kSeriesUid = "1.2.826.0.1.3680043.9.4242.2";
const char* const kSopUid = "1.2.826.0.1.3680043.9.4242.3";
const char* const kFrameUid = "1.2.826.0.1.3680043.9.4242.4";
const char* const kReferencedUid = "1.2.826.0.1.3680043.9.4242.5";
const char* const kCreatorUid = "1.2.826.0.1.3680043.9.4242.6";
const char* const kIrradiationUid = "1.2.826.0.1.3680043.9.4242.7";
const char* const kPrivateUid = "1.2.826.0.1.3680043.9.4242.8";

// Identifying values, each unique enough that finding it in the output can only mean it survived.
const QList<QPair<QString, QString>> kIdentifying = {
    {QStringLiteral("0010,0010"), QStringLiteral("DOE^JOHN")},
    {QStringLiteral("0010,0020"), QStringLiteral("PID-4711")},
    {QStringLiteral("0010,0030"), QStringLiteral("19610203")},
    {QStringLiteral("0010,1010"), QStringLiteral("063Y")},
    {QStringLiteral("0010,1020"), QStringLiteral("1.8312")},
    {QStringLiteral("0010,1030"), QStringLiteral("82.4567")},
    {QStringLiteral("0010,1040"), QStringLiteral("12 ELM STREET SPRINGFIELD")},
    {QStringLiteral("0010,1000"), QStringLiteral("OTHER-PID-5150")},
    {QStringLiteral("0010,1001"), QStringLiteral("ALIAS^JOHNNY")},
    {QStringLiteral("0010,0021"), QStringLiteral("ISSUER-HOSP-9")},
    {QStringLiteral("0010,2160"), QStringLiteral("ETHNIC-XYZ")},
    {QStringLiteral("0010,2154"), QStringLiteral("555-0199-TEL")},
    {QStringLiteral("0010,4000"), QStringLiteral("COMMENT-PATIENT-77")},
    {QStringLiteral("0010,2000"), QStringLiteral("ALERT-PENICILLIN")},
    {QStringLiteral("0010,21B0"), QStringLiteral("HISTORY-SMOKER-88")},
    {QStringLiteral("0008,0050"), QStringLiteral("ACC-991")},
    {QStringLiteral("0020,0010"), QStringLiteral("STUDYID-31")},
    {QStringLiteral("0008,0020"), QStringLiteral("20240315")},
    {QStringLiteral("0008,0030"), QStringLiteral("101112.123")},
    {QStringLiteral("0008,0021"), QStringLiteral("20240316")},
    {QStringLiteral("0008,0031"), QStringLiteral("111213.234")},
    {QStringLiteral("0008,0022"), QStringLiteral("20240317")},
    {QStringLiteral("0008,0032"), QStringLiteral("121314.345")},
    {QStringLiteral("0008,0023"), QStringLiteral("20240318")},
    {QStringLiteral("0008,0033"), QStringLiteral("131415.456")},
    {QStringLiteral("0008,002A"), QStringLiteral("20240319141516")},
    {QStringLiteral("0008,0012"), QStringLiteral("20240320")},
    {QStringLiteral("0008,0080"), QStringLiteral("ST-ELSEWHERE-HOSPITAL")},
    {QStringLiteral("0008,0081"), QStringLiteral("1 HOSPITAL ROAD GOTHAM")},
    {QStringLiteral("0008,1040"), QStringLiteral("RADIOLOGY-DEPT-X")},
    {QStringLiteral("0008,0090"), QStringLiteral("HOUSE^GREGORY")},
    {QStringLiteral("0008,1050"), QStringLiteral("CUDDY^LISA")},
    {QStringLiteral("0008,1060"), QStringLiteral("WILSON^JAMES")},
    {QStringLiteral("0008,1048"), QStringLiteral("FOREMAN^ERIC")},
    {QStringLiteral("0008,1070"), QStringLiteral("CHASE^ROBERT")},
    {QStringLiteral("0008,1010"), QStringLiteral("STATION-CR-07")},
    {QStringLiteral("0018,1000"), QStringLiteral("SN-998877")},
    {QStringLiteral("0018,1004"), QStringLiteral("PLATE-5566")},
    {QStringLiteral("0018,700A"), QStringLiteral("DETECTOR-ID-44")},
    {QStringLiteral("0008,1030"), QStringLiteral("CHEST-PA-SECRET-DESC")},
    {QStringLiteral("0008,103E"), QStringLiteral("SERIES-SECRET-DESC")},
    {QStringLiteral("0020,4000"), QStringLiteral("IMAGE-COMMENT-SECRET")},
    {QStringLiteral("0032,4000"), QStringLiteral("STUDY-COMMENT-SECRET")},
    {QStringLiteral("0032,1032"), QStringLiteral("REQUESTER^DOC")},
    {QStringLiteral("0032,1060"), QStringLiteral("REQ-PROC-DESC-42")},
    {QStringLiteral("0018,1030"), QStringLiteral("PROTOCOL-NAME-SECRET")},
    {QStringLiteral("0040,0254"), QStringLiteral("PPS-DESCRIPTION-SECRET")},
    {QStringLiteral("0040,0253"), QStringLiteral("PPS-ID-6543")},
    {QStringLiteral("0040,2016"), QStringLiteral("PLACER-ORDER-12")},
    {QStringLiteral("0018,4000"), QStringLiteral("ACQ-COMMENT-SECRET")},
    {QStringLiteral("0008,0014"), QString::fromLatin1(kCreatorUid)},
    {QStringLiteral("0008,3010"), QString::fromLatin1(kIrradiationUid)},
    {QStringLiteral("0020,0052"), QString::fromLatin1(kFrameUid)},
};

// Values put in by hand (sequences, private tags, the meta header) that must not survive either.
const QStringList kNested = {QStringLiteral("SECRET-PRIVATE"),       QStringLiteral("ACME PRIVATE 1.0"),
                             QStringLiteral("NESTED^PERSON"),        QStringLiteral("NESTED^NAME"),
                             QStringLiteral("REQ-PROC-ID-1"),        QStringLiteral("SECRET-AET"),
                             QStringLiteral("SECRET-NESTED-PRIVATE")};

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<DcmFileFormat> load(const QString& path)
{
    auto file = std::make_unique<DcmFileFormat>();
    const OFCondition c = file->loadFile(QFile::encodeName(path).constData());
    EXPECT_TRUE(c.good()) << path.toStdString() << ": " << c.text();
    return file;
}

QString text(DcmItem& item, const DcmTagKey& key)
{
    OFString v;
    item.findAndGetOFStringArray(key, v);
    return QString::fromLatin1(v.c_str());
}

void putPrivate(DcmItem& item, quint16 group, const char* creator, const char* value)
{
    item.putAndInsertString(DcmTag(group, 0x0010, EVR_LO), creator);
    DcmTag tag(group, 0x1001, EVR_LO);
    item.putAndInsertString(tag, value);
}

// A CR with every identifying attribute of kIdentifying, a private block, a Request Attributes Sequence, a
// Referenced Image Sequence (a reference to another instance), a non-profile sequence holding a name and a private
// tag, a private UID, and a source AE title in its meta header.
QString writeRadiograph(const QString& path, const char* sopUid = kSopUid, const char* referencedUid = kReferencedUid,
                        const QString& burnedIn = QStringLiteral("NO"))
{
    fixtures::DicomSpec spec;
    spec.rows = 48;
    spec.columns = 40;
    spec.attributes = kIdentifying;
    if (!burnedIn.isEmpty())
        spec.attributes << QPair<QString, QString>{QStringLiteral("0028,0301"), burnedIn};
    QString error;
    EXPECT_TRUE(fixtures::writeDicom(path, spec, &error)) << error.toStdString();
    auto file = load(path);
    DcmDataset* ds = file->getDataset();
    ds->putAndInsertString(DCM_StudyInstanceUID, kStudyUid);
    ds->putAndInsertString(DCM_SeriesInstanceUID, kSeriesUid);
    ds->putAndInsertString(DCM_SOPInstanceUID, sopUid);
    putPrivate(*ds, 0x0009, "ACME PRIVATE 1.0", "SECRET-PRIVATE");
    ds->putAndInsertString(DcmTag(0x0011, 0x0010, EVR_LO), "OTHER VENDOR");
    ds->putAndInsertString(DcmTag(0x0011, 0x1002, EVR_UI), kPrivateUid);
    DcmItem* request = nullptr;
    ds->findOrCreateSequenceItem(DCM_RequestAttributesSequence, request, -2);
    request->putAndInsertString(DCM_RequestedProcedureID, "REQ-PROC-ID-1");
    DcmItem* reference = nullptr;
    ds->findOrCreateSequenceItem(DCM_ReferencedImageSequence, reference, -2);
    reference->putAndInsertString(DCM_ReferencedSOPClassUID, UID_ComputedRadiographyImageStorage);
    reference->putAndInsertString(DCM_ReferencedSOPInstanceUID, referencedUid);
    DcmItem* nested = nullptr;
    ds->findOrCreateSequenceItem(DCM_AnatomicRegionSequence, nested, -2);
    nested->putAndInsertString(DCM_CodeValue, "T-D3000");
    nested->putAndInsertString(DCM_CodingSchemeDesignator, "SRT");
    nested->putAndInsertString(DCM_CodeMeaning, "Chest");
    nested->putAndInsertString(DCM_PersonName, "NESTED^PERSON");
    nested->putAndInsertString(DCM_PatientName, "NESTED^NAME");
    putPrivate(*nested, 0x0029, "ACME PRIVATE 1.0", "SECRET-NESTED-PRIVATE");
    file->getMetaInfo()->putAndInsertString(DCM_SourceApplicationEntityTitle, "SECRET-AET");
    const OFCondition c = file->saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit,
                                         EET_ExplicitLength, EGL_recalcGL, EPD_noChange, 0, 0, EWM_updateMeta);
    EXPECT_TRUE(c.good()) << c.text();
    return path;
}

QStringList everyOriginal()
{
    QStringList all = kNested;
    for (const auto& [tag, value] : kIdentifying)
        all << value;
    all << QString::fromLatin1(kStudyUid) << QString::fromLatin1(kSeriesUid) << QString::fromLatin1(kSopUid)
        << QString::fromLatin1(kReferencedUid) << QString::fromLatin1(kPrivateUid);
    return all;
}

std::vector<Uint16> pixels(DcmFileFormat& file)
{
    const Uint16* data = nullptr;
    unsigned long count = 0;
    file.getDataset()->findAndGetUint16Array(DCM_PixelData, data, &count);
    return data ? std::vector<Uint16>(data, data + count) : std::vector<Uint16>();
}

bool hasCode(DcmItem& ds, const char* value)
{
    DcmSequenceOfItems* seq = nullptr;
    if (ds.findAndGetSequence(DCM_DeidentificationMethodCodeSequence, seq).bad() || !seq)
        return false;
    for (unsigned long i = 0; i < seq->card(); ++i)
        if (text(*seq->getItem(i), DCM_CodeValue) == QLatin1String(value))
            return text(*seq->getItem(i), DCM_CodingSchemeDesignator) == QLatin1String("DCM");
    return false;
}

QString referencedUid(DcmItem& ds)
{
    DcmItem* item = nullptr;
    if (ds.findAndGetSequenceItem(DCM_ReferencedImageSequence, item, 0).bad() || !item)
        return {};
    return text(*item, DCM_ReferencedSOPInstanceUID);
}

} // namespace

TEST(Deidentify, NoIdentifyingValueSurvivesAnywhereInTheOutputFile)
{
    QTemporaryDir dir;
    const QString input = writeRadiograph(dir.filePath(QStringLiteral("in.dcm")));
    const QByteArray before = bytesOf(input);
    const QString hashBefore = *sha256File(input);
    // The search is meaningful: every value is in the input, as bytes.
    for (const QString& v : everyOriginal())
        ASSERT_TRUE(before.contains(v.toLatin1())) << "fixture lacks " << v.toStdString();

    const QString out = dir.filePath(QStringLiteral("out"));
    auto report = deidentifyFiles({input}, out);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    ASSERT_EQ(report->files.size(), 1);
    const DeidentifiedFile& f = report->files.front();
    EXPECT_EQ(f.input, input);
    EXPECT_FALSE(f.burnedInWarning); // BurnedInAnnotation NO
    EXPECT_TRUE(f.warnings.isEmpty());
    EXPECT_GT(f.removed, 30);
    EXPECT_GT(f.emptied, 5);
    EXPECT_GE(f.replaced, 6);
    EXPECT_GE(report->uidsRemapped, 7); // study, series, SOP, frame of reference, reference, creator, irradiation
    EXPECT_EQ(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left

    const QByteArray after = bytesOf(f.output);
    ASSERT_FALSE(after.isEmpty());
    for (const QString& v : everyOriginal())
        EXPECT_FALSE(after.contains(v.toLatin1())) << "survived: " << v.toStdString();
    // Neither the dates nor the times in any other spelling.
    EXPECT_FALSE(after.contains("2024031")) << "a date survived";

    // The output re-reads with DCMTK, its pixels are the input's and it says what was done.
    auto in = load(input);
    auto result = load(f.output);
    DcmDataset& ds = *result->getDataset();
    EXPECT_EQ(pixels(*result), pixels(*in));
    EXPECT_FALSE(pixels(*result).empty());
    EXPECT_EQ(text(ds, DCM_SOPClassUID), QString::fromLatin1(UID_ComputedRadiographyImageStorage));
    const QString sop = text(ds, DCM_SOPInstanceUID);
    EXPECT_TRUE(sop.startsWith(QStringLiteral("2.25."))) << sop.toStdString();
    EXPECT_LE(sop.size(), 64);
    EXPECT_EQ(QFileInfo(f.output).fileName(), sop + QStringLiteral(".dcm"));
    EXPECT_EQ(text(*result->getMetaInfo(), DCM_MediaStorageSOPInstanceUID), sop);
    EXPECT_TRUE(text(ds, DCM_StudyInstanceUID).startsWith(QStringLiteral("2.25.")));
    EXPECT_TRUE(text(ds, DCM_FrameOfReferenceUID).startsWith(QStringLiteral("2.25.")));
    EXPECT_TRUE(referencedUid(ds).startsWith(QStringLiteral("2.25.")));
    EXPECT_EQ(text(ds, DCM_PatientIdentityRemoved), QStringLiteral("YES"));
    EXPECT_FALSE(text(ds, DCM_DeidentificationMethod).isEmpty());
    EXPECT_TRUE(hasCode(ds, "113100"));
    EXPECT_FALSE(hasCode(ds, "113107"));
    // Z: present, empty (Type 2 stays valid); X: gone.
    EXPECT_TRUE(ds.tagExists(DCM_PatientName));
    EXPECT_TRUE(text(ds, DCM_PatientName).isEmpty());
    EXPECT_TRUE(text(ds, DCM_StudyDate).isEmpty());
    EXPECT_FALSE(ds.tagExists(DCM_InstitutionAddress));
    EXPECT_FALSE(ds.tagExists(DCM_RequestAttributesSequence));
    EXPECT_FALSE(ds.tagExists(DcmTagKey(0x0009, 0x0010)));
    // Clinical content stays.
    EXPECT_EQ(text(ds, DCM_Modality), QStringLiteral("CR"));
    EXPECT_EQ(text(ds, DCM_Rows), QStringLiteral("48"));
    // The input was only read.
    EXPECT_EQ(*sha256File(input), hashBefore);
}

TEST(Deidentify, UidsAreRemappedConsistentlyWithinAnExportAndDifferBetweenExports)
{
    QTemporaryDir dir;
    const char* sop2 = "1.2.826.0.1.3680043.9.4242.33";
    // File 2 references file 1: the reference must point at file 1's new UID.
    const QString in1 = writeRadiograph(dir.filePath(QStringLiteral("1.dcm")), kSopUid, kReferencedUid);
    const QString in2 = writeRadiograph(dir.filePath(QStringLiteral("2.dcm")), sop2, kSopUid);
    auto first = deidentifyFiles({in1, in2}, dir.filePath(QStringLiteral("first")));
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_EQ(first->files.size(), 2);
    auto a = load(first->files[0].output);
    auto b = load(first->files[1].output);
    DcmDataset& da = *a->getDataset();
    DcmDataset& db = *b->getDataset();
    EXPECT_EQ(text(da, DCM_StudyInstanceUID), text(db, DCM_StudyInstanceUID));
    EXPECT_EQ(text(da, DCM_SeriesInstanceUID), text(db, DCM_SeriesInstanceUID));
    EXPECT_EQ(text(da, DCM_FrameOfReferenceUID), text(db, DCM_FrameOfReferenceUID));
    EXPECT_NE(text(da, DCM_SOPInstanceUID), text(db, DCM_SOPInstanceUID));
    EXPECT_EQ(referencedUid(db), text(da, DCM_SOPInstanceUID));
    EXPECT_NE(text(da, DCM_StudyInstanceUID), QString::fromLatin1(kStudyUid));

    auto second = deidentifyFiles({in1, in2}, dir.filePath(QStringLiteral("second")));
    ASSERT_TRUE(second.ok());
    auto c = load(second->files[0].output);
    EXPECT_NE(text(*c->getDataset(), DCM_StudyInstanceUID), text(da, DCM_StudyInstanceUID));
    EXPECT_NE(text(*c->getDataset(), DCM_SOPInstanceUID), text(da, DCM_SOPInstanceUID));
}

TEST(Deidentify, DateShiftMovesDatesAndKeepsTimes)
{
    QTemporaryDir dir;
    const QString input = writeRadiograph(dir.filePath(QStringLiteral("in.dcm")));
    DeidentifyOptions options;
    options.dateShiftDays = -20;
    auto report = deidentifyFiles({input}, dir.filePath(QStringLiteral("out")), options);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    auto out = load(report->files[0].output);
    DcmDataset& ds = *out->getDataset();
    EXPECT_EQ(text(ds, DCM_StudyDate), QStringLiteral("20240224")); // 15 March 2024 - 20 days (a leap year)
    EXPECT_EQ(text(ds, DCM_SeriesDate), QStringLiteral("20240225"));
    EXPECT_EQ(text(ds, DCM_ContentDate), QStringLiteral("20240227"));
    EXPECT_EQ(text(ds, DCM_AcquisitionDateTime), QStringLiteral("20240228141516"));
    EXPECT_EQ(text(ds, DCM_StudyTime), QStringLiteral("101112.123"));
    EXPECT_TRUE(text(ds, DCM_PatientBirthDate).isEmpty()); // the patient's own dates are not retained
    EXPECT_TRUE(hasCode(ds, "113100"));
    EXPECT_TRUE(hasCode(ds, "113107"));
    EXPECT_EQ(text(ds, DCM_LongitudinalTemporalInformationModified), QStringLiteral("MODIFIED"));
    // The offset itself is not recorded (it would undo the shift).
    EXPECT_FALSE(bytesOf(report->files[0].output).contains("-20"));
    // Names and identifiers go as without the option.
    const QByteArray bytes = bytesOf(report->files[0].output);
    EXPECT_FALSE(bytes.contains("DOE^JOHN"));
    EXPECT_FALSE(bytes.contains("20240315"));
}

TEST(Deidentify, BurnedInAnnotationYesOrUnknownIsWarned)
{
    QTemporaryDir dir;
    const QString yes =
        writeRadiograph(dir.filePath(QStringLiteral("yes.dcm")), "1.2.3.4.1", kReferencedUid, QStringLiteral("YES"));
    const QString unknown =
        writeRadiograph(dir.filePath(QStringLiteral("unknown.dcm")), "1.2.3.4.2", kReferencedUid, QString());
    const QString no =
        writeRadiograph(dir.filePath(QStringLiteral("no.dcm")), "1.2.3.4.3", kReferencedUid, QStringLiteral("NO"));
    auto report = deidentifyFiles({yes, unknown, no}, dir.filePath(QStringLiteral("out")));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    ASSERT_EQ(report->files.size(), 3);
    EXPECT_TRUE(report->files[0].burnedInWarning);
    ASSERT_EQ(report->files[0].warnings.size(), 1);
    EXPECT_TRUE(report->files[0].warnings[0].startsWith(yes)) << report->files[0].warnings[0].toStdString();
    EXPECT_TRUE(report->files[0].warnings[0].contains(QStringLiteral("YES")));
    EXPECT_TRUE(report->files[1].burnedInWarning);
    EXPECT_TRUE(report->files[1].warnings.value(0).startsWith(unknown));
    EXPECT_FALSE(report->files[2].burnedInWarning);
    EXPECT_TRUE(report->files[2].warnings.isEmpty());
}

TEST(Deidentify, ABadInputWritesNothing)
{
    QTemporaryDir dir;
    const QString good = writeRadiograph(dir.filePath(QStringLiteral("good.dcm")));
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile t(text);
    ASSERT_TRUE(t.open(QIODevice::WriteOnly));
    t.write("not DICOM at all, just some notes about the patient\n");
    t.close();
    // A DICOM file cut off inside its pixel data.
    const QString cut = dir.filePath(QStringLiteral("cut.dcm"));
    QFile c(cut);
    ASSERT_TRUE(c.open(QIODevice::WriteOnly));
    c.write(bytesOf(good).chopped(1000));
    c.close();
    const QString missing = dir.filePath(QStringLiteral("missing.dcm"));

    for (const QString& bad : {text, cut, missing}) {
        const QString out = dir.filePath(QStringLiteral("out"));
        auto report = deidentifyFiles({good, bad}, out);
        ASSERT_FALSE(report.ok()) << bad.toStdString();
        EXPECT_EQ(report.error().code(), ErrorCode::Input);
        EXPECT_TRUE(report.error().toString().startsWith(bad)) << report.error().toString().toStdString();
        EXPECT_FALSE(report.error().toString().contains(QLatin1Char('\n')));
        EXPECT_FALSE(QFileInfo::exists(out)) << "written although " << bad.toStdString() << " is bad";
    }
}

TEST(Deidentify, CopiesAreExportedOnceAndAClashingInstanceUidGetsItsOwn)
{
    QTemporaryDir dir;
    const QString a = writeRadiograph(dir.filePath(QStringLiteral("a.dcm")));
    const QString copy = dir.filePath(QStringLiteral("copy.dcm"));
    ASSERT_TRUE(QFile::copy(a, copy));
    auto once = deidentifyFiles({a, copy, dir.filePath(QStringLiteral("./a.dcm"))}, dir.filePath(QStringLiteral("o1")));
    ASSERT_TRUE(once.ok()) << once.error().toString().toStdString();
    EXPECT_EQ(once->files.size(), 1);

    // Another image under the same SOP Instance UID (as two of the shared files are): both exported, apart.
    const QString other =
        writeRadiograph(dir.filePath(QStringLiteral("other.dcm")), kSopUid, kReferencedUid, QStringLiteral("YES"));
    auto both = deidentifyFiles({a, other}, dir.filePath(QStringLiteral("o2")));
    ASSERT_TRUE(both.ok()) << both.error().toString().toStdString();
    ASSERT_EQ(both->files.size(), 2);
    EXPECT_NE(both->files[0].output, both->files[1].output);
    EXPECT_TRUE(both->files[0].warnings.isEmpty());
    ASSERT_EQ(both->files[1].warnings.size(), 2); // the clash, then burned-in text
    EXPECT_TRUE(both->files[1].warnings[0].startsWith(other)) << both->files[1].warnings[0].toStdString();
    auto first = load(both->files[0].output);
    auto second = load(both->files[1].output);
    const QString sop2 = text(*second->getDataset(), DCM_SOPInstanceUID);
    EXPECT_NE(text(*first->getDataset(), DCM_SOPInstanceUID), sop2);
    EXPECT_EQ(text(*second->getMetaInfo(), DCM_MediaStorageSOPInstanceUID), sop2);
    EXPECT_EQ(QFileInfo(both->files[1].output).fileName(), sop2 + QStringLiteral(".dcm"));
    EXPECT_FALSE(bytesOf(both->files[1].output).contains(kSopUid));
}

TEST(Deidentify, OutputIntoTheInputFolderNeverTouchesTheInput)
{
    QTemporaryDir dir;
    const QString input = writeRadiograph(dir.filePath(QStringLiteral("in.dcm")));
    const QString hash = *sha256File(input);
    auto report = deidentifyFiles({input}, dir.path());
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_NE(report->files[0].output, input);
    EXPECT_EQ(*sha256File(input), hash);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

TEST(Deidentify, CompressedPixelDataIsCopiedUnchanged)
{
    QTemporaryDir dir;
    const QString plain = writeRadiograph(dir.filePath(QStringLiteral("plain.dcm")));
    const QString rle = dir.filePath(QStringLiteral("rle.dcm"));
    QString error;
    if (!fixtures::runTool(QStringLiteral("dcmcrle"), {plain, rle}, &error))
        GTEST_SKIP() << error.toStdString();
    auto report = deidentifyFiles({rle}, dir.filePath(QStringLiteral("out")));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    auto in = load(rle);
    auto out = load(report->files[0].output);
    EXPECT_EQ(text(*out->getMetaInfo(), DCM_TransferSyntaxUID), QString::fromLatin1(UID_RLELosslessTransferSyntax));
    const QByteArray bytes = bytesOf(report->files[0].output);
    for (const QString& v : everyOriginal())
        EXPECT_FALSE(bytes.contains(v.toLatin1())) << "survived: " << v.toStdString();
    // The encapsulated fragments are byte for byte the input's.
    DcmElement* pin = nullptr;
    DcmElement* pout = nullptr;
    ASSERT_TRUE(in->getDataset()->findAndGetElement(DCM_PixelData, pin).good());
    ASSERT_TRUE(out->getDataset()->findAndGetElement(DCM_PixelData, pout).good());
    DcmPixelSequence* sin = nullptr;
    DcmPixelSequence* sout = nullptr;
    E_TransferSyntax x = EXS_RLELossless;
    ASSERT_TRUE(static_cast<DcmPixelData*>(pin)->getEncapsulatedRepresentation(x, nullptr, sin).good());
    ASSERT_TRUE(static_cast<DcmPixelData*>(pout)->getEncapsulatedRepresentation(x, nullptr, sout).good());
    ASSERT_EQ(sin->card(), sout->card());
    for (unsigned long i = 0; i < sin->card(); ++i) {
        DcmPixelItem* fi = nullptr;
        DcmPixelItem* fo = nullptr;
        sin->getItem(fi, i);
        sout->getItem(fo, i);
        Uint8* bi = nullptr;
        Uint8* bo = nullptr;
        fi->getUint8Array(bi);
        fo->getUint8Array(bo);
        ASSERT_EQ(fi->getLength(), fo->getLength());
        EXPECT_EQ(std::memcmp(bi, bo, fi->getLength()), 0) << "fragment " << i;
    }
}

TEST(Deidentify, ProfileTableIsSortedAndCoversTheRadiographAttributes)
{
    const auto& rows = descry::detail::profileRows();
    for (size_t i = 1; i < rows.size(); ++i)
        EXPECT_LT((quint32(rows[i - 1].group) << 16) | rows[i - 1].element,
                  (quint32(rows[i].group) << 16) | rows[i].element)
            << rows[i].name;
    // The attributes the issue names, each with an action.
    const QList<QPair<quint16, quint16>> required = {
        {0x0010, 0x0010}, {0x0010, 0x0020}, {0x0010, 0x0030}, {0x0010, 0x0040}, {0x0010, 0x1010}, {0x0010, 0x1020},
        {0x0010, 0x1030}, {0x0010, 0x1040}, {0x0010, 0x1000}, {0x0008, 0x0050}, {0x0020, 0x0010}, {0x0008, 0x0020},
        {0x0008, 0x0030}, {0x0008, 0x0021}, {0x0008, 0x0031}, {0x0008, 0x0022}, {0x0008, 0x0032}, {0x0008, 0x0023},
        {0x0008, 0x0033}, {0x0008, 0x0080}, {0x0008, 0x0081}, {0x0008, 0x1040}, {0x0008, 0x0090}, {0x0008, 0x1050},
        {0x0008, 0x1060}, {0x0008, 0x1070}, {0x0008, 0x1010}, {0x0018, 0x1000}, {0x0032, 0x4000}, {0x0008, 0x1030},
        {0x0008, 0x103E}, {0x0020, 0x4000}, {0x0040, 0x0275}, {0x0020, 0x000D}, {0x0020, 0x000E}, {0x0008, 0x0018},
        {0x0020, 0x0052}, {0x0008, 0x1155}, {0x0002, 0x0003}, {0x0088, 0x0200}};
    for (const auto& [g, e] : required)
        EXPECT_NE(descry::detail::findProfileRow(g, e), nullptr) << std::hex << g << "," << e;
    EXPECT_EQ(descry::detail::findProfileRow(0x0020, 0x000D)->applied, descry::detail::ProfileAction::RemapUid);
    EXPECT_EQ(descry::detail::findProfileRow(0x0010, 0x0010)->applied, descry::detail::ProfileAction::Empty);
    EXPECT_STREQ(descry::detail::findProfileRow(0x0008, 0x0080)->profileAction, "X/Z/D");
    // Repeating groups: any overlay's data, any curve.
    EXPECT_NE(descry::detail::findProfileRow(0x6002, 0x3000), nullptr);
    EXPECT_NE(descry::detail::findProfileRow(0x501E, 0x3000), nullptr);
    EXPECT_EQ(descry::detail::findProfileRow(0x0028, 0x0010), nullptr); // Rows: kept
}

// Every shared DICOM file: de-identified or refused naming it (nothing written); the patient name, ID and instance
// UIDs of an exported one must not survive in its output.
TEST(Deidentify, SharedFilesKeepNoPatientNameIdOrUid)
{
    const QString folder = QStringLiteral(DESCRY_TEST_SHARED_DIR) + QStringLiteral("/data/cxr/dicom");
    if (QStringLiteral(DESCRY_TEST_SHARED_DIR).isEmpty() || !QDir(folder).exists())
        GTEST_SKIP() << "shared DICOM files not available (DESCRY_TEST_SHARED_DIR)";
    QTemporaryDir dir;
    int exported = 0, refused = 0;
    for (const QString& name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        const QString path = QDir(folder).filePath(name);
        const QString hash = *sha256File(path);
        auto report = deidentifyFiles({path}, dir.filePath(name));
        EXPECT_EQ(*sha256File(path), hash) << name.toStdString();
        if (!report.ok()) { // e.g. the truncated file: refused, naming it, nothing written
            std::cout << "[ figures  ] refused: " << report.error().toString().toStdString() << "\n";
            EXPECT_TRUE(report.error().toString().startsWith(path));
            EXPECT_FALSE(QFileInfo::exists(dir.filePath(name)));
            ++refused;
            continue;
        }
        ++exported;
        // The original values, as DCMTK reads them and as the loader reports them (it also reads files DCMTK's
        // plain loadFile refuses).
        QStringList secrets;
        DcmFileFormat original;
        if (original.loadFile(QFile::encodeName(path).constData()).good()) {
            DcmDataset& ds = *original.getDataset();
            secrets << text(ds, DCM_PatientName) << text(ds, DCM_PatientID) << text(ds, DCM_StudyInstanceUID)
                    << text(ds, DCM_SeriesInstanceUID) << text(ds, DCM_SOPInstanceUID) << text(ds, DCM_AccessionNumber)
                    << text(ds, DCM_InstitutionName) << text(ds, DCM_ReferringPhysicianName);
        }
        if (auto info = analyseDicom(path); info.ok()) {
            const ImageIdentifiers& id = info->identifiers;
            secrets << id.patientName << id.patientId << id.accessionNumber << id.institutionName
                    << id.referringPhysician << id.studyInstanceUid << id.seriesInstanceUid << id.sopInstanceUid;
        }
        EXPECT_FALSE(secrets.isEmpty()) << name.toStdString();
        const QByteArray bytes = bytesOf(report->files[0].output);
        for (const QString& s : secrets) {
            const QByteArray v = s.trimmed().toLatin1();
            if (v.size() < 4 || v == "Anonymized" || v == "ANONYMIZED")
                continue; // too short to tell a survivor from chance bytes in the pixels
            EXPECT_FALSE(bytes.contains(v)) << name.toStdString() << ": " << v.toStdString();
        }
        auto back = load(report->files[0].output);
        EXPECT_EQ(text(*back->getDataset(), DCM_PatientIdentityRemoved), QStringLiteral("YES")) << name.toStdString();
    }
    std::cout << "[ figures  ] shared DICOM files de-identified: " << exported << ", refused: " << refused << "\n";
    EXPECT_GE(exported, 10);
    EXPECT_LE(refused, 2);
}

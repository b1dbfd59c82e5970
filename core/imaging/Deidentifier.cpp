#include "core/imaging/Deidentifier.h"

#include "core/common/AtomicFile.h"
#include "core/common/Hash.h"
#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/imaging/MedicalImage.h"
#include "core/imaging/detail/DcmtkErrors.h"
#include "core/imaging/detail/DicomDataset.h"
#include "core/imaging/detail/DeidentificationProfile.h"
#include "core/imaging/detail/DicomHeader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <fcntl.h>
#include <unistd.h>

namespace descry {

namespace {

using detail::ProfileAction;

constexpr qint64 kMaxDicomBytes = 4LL << 30;
constexpr const char* kDicomRoot = "1.2.840.10008.";

// Original UID -> new UID for one export: "2.25." and the decimal of the first 128 bits of SHA-256(salt + UID), so
// the same original gives the same new UID in every file of the export and nothing links it to another export.
class UidMap
{
public:
    UidMap()
    {
        quint32 words[8];
        QRandomGenerator::system()->fillRange(words);
        m_salt = QByteArray(reinterpret_cast<const char*>(words), sizeof words);
    }

    QString remap(const QString& uid)
    {
        if (uid.isEmpty())
            return uid;
        auto it = m_map.constFind(uid);
        if (it != m_map.constEnd())
            return *it;
        const QByteArray digest = QCryptographicHash::hash(m_salt + uid.toLatin1(), QCryptographicHash::Sha256);
        unsigned __int128 v = 0;
        for (int i = 0; i < 16; ++i)
            v = (v << 8) | uchar(digest[i]);
        QString digits;
        do {
            digits.prepend(QChar(char('0' + int(v % 10))));
            v /= 10;
        } while (v != 0);
        const QString out = QStringLiteral("2.25.") + digits;
        m_map.insert(uid, out);
        return out;
    }
    int size() const { return int(m_map.size()); }

private:
    QByteArray m_salt;
    QHash<QString, QString> m_map;
};

struct Counts
{
    int removed = 0;
    int emptied = 0;
    int replaced = 0;
};

struct Context
{
    const DeidentifyOptions& options;
    UidMap& uids;
    Counts counts;
};

QString valueOf(DcmElement& e)
{
    OFString v;
    if (e.getOFStringArray(v).bad())
        return {};
    return QString::fromLatin1(v.c_str());
}

void putValue(DcmElement& e, const QString& v)
{
    e.putString(v.toLatin1().constData());
}

// A non-identifying value of the element's VR (the profile's D).
QString dummyFor(DcmEVR vr)
{
    switch (vr) {
    case EVR_DA:
        return QStringLiteral("19000101");
    case EVR_DT:
        return QStringLiteral("19000101000000");
    case EVR_TM:
        return QStringLiteral("000000");
    case EVR_AS:
        return QStringLiteral("000Y");
    case EVR_DS:
    case EVR_IS:
        return QStringLiteral("0");
    default:
        return QStringLiteral("ANONYMIZED");
    }
}

// One DA value moved by `days` ("2023.01.31", the old ACR-NEMA spelling, too); empty when it is no date.
QString shiftedDate(QString value, int days)
{
    value.remove(QLatin1Char('.'));
    const QDate d = QDate::fromString(value.trimmed(), QStringLiteral("yyyyMMdd"));
    return d.isValid() ? d.addDays(days).toString(QStringLiteral("yyyyMMdd")) : QString();
}

// DA and DT values (each of a multi-value) moved by the shift; a DT keeps its time and offset.
void shiftDates(DcmElement& e, int days, Counts& counts)
{
    QStringList values = valueOf(e).split(QLatin1Char('\\'));
    bool allValid = true;
    for (QString& v : values) {
        const QString date = shiftedDate(v.left(8), days);
        allValid = allValid && !date.isEmpty();
        v = date.isEmpty() ? QString() : date + v.mid(8);
    }
    if (!allValid || values.join(QString()).trimmed().isEmpty()) {
        e.clear(); // a value that is no date cannot be shifted, and is not kept as it was
        ++counts.emptied;
        return;
    }
    putValue(e, values.join(QLatin1Char('\\')));
    ++counts.replaced;
}

void remapUids(DcmElement& e, Context& ctx, bool always)
{
    QStringList values = valueOf(e).split(QLatin1Char('\\'));
    bool changed = false;
    for (QString& v : values) {
        v = v.trimmed();
        if (v.isEmpty() || (!always && v.startsWith(QLatin1String(kDicomRoot))))
            continue;
        v = ctx.uids.remap(v);
        changed = true;
    }
    if (changed) {
        putValue(e, values.join(QLatin1Char('\\')));
        ++ctx.counts.replaced;
    }
}

void cleanItem(DcmItem& item, Context& ctx);

void cleanSequence(DcmElement& e, Context& ctx)
{
    auto& sequence = static_cast<DcmSequenceOfItems&>(e);
    for (unsigned long i = 0; i < sequence.card(); ++i)
        if (DcmItem* child = sequence.getItem(i))
            cleanItem(*child, ctx);
}

void applyRow(DcmItem& item, unsigned long index, const detail::ProfileRow& row, Context& ctx)
{
    DcmElement& e = *item.getElement(index);
    const bool sequence = e.ident() == EVR_SQ;
    switch (row.applied) {
    case ProfileAction::Remove:
        delete item.remove(index);
        ++ctx.counts.removed;
        return;
    case ProfileAction::Empty:
        e.clear();
        ++ctx.counts.emptied;
        return;
    case ProfileAction::Dummy:
        if (sequence) {
            e.clear(); // a sequence's dummy: no items, nothing of the original left
            ++ctx.counts.emptied;
        } else {
            putValue(e, dummyFor(e.ident()));
            ++ctx.counts.replaced;
        }
        return;
    case ProfileAction::RemapUid:
        if (sequence)
            cleanSequence(e, ctx); // references: their UIDs are remapped inside
        else
            remapUids(e, ctx, true);
        return;
    }
}

// The profile applied to one item and, recursively, to every item of its sequences.
void cleanItem(DcmItem& item, Context& ctx)
{
    const std::optional<int> shift = ctx.options.dateShiftDays;
    for (unsigned long i = item.card(); i-- > 0;) {
        DcmElement* e = item.getElement(i);
        const DcmTag& tag = e->getTag();
        const quint16 group = tag.getGroup(), element = tag.getElement();
        if (group & 1) { // private attributes and their creators: whatever a vendor put there
            delete item.remove(i);
            ++ctx.counts.removed;
            continue;
        }
        if (element == 0x0000) { // group lengths: meaningless after cleaning, not written
            delete item.remove(i);
            continue;
        }
        const DcmEVR vr = e->ident();
        const detail::ProfileRow* row = detail::findProfileRow(group, element);
        // Retain Longitudinal Temporal Information with Modified Dates: every date moves by the same offset and
        // times stay, instead of the basic profile's removal; the patient's own dates are not retained.
        if (shift && group != 0x0010 && (vr == EVR_DA || vr == EVR_DT)) {
            shiftDates(*e, *shift, ctx.counts);
            continue;
        }
        if (shift && group != 0x0010 && vr == EVR_TM)
            continue;
        if (row) {
            applyRow(item, i, *row, ctx);
            continue;
        }
        if (vr == EVR_UI && !detail::isClassUidAttribute(group, element))
            remapUids(*e, ctx, false);
        else if (vr == EVR_SQ)
            cleanSequence(*e, ctx);
    }
}

BurnedInAnnotation burnedIn(DcmDataset& ds)
{
    OFString v;
    if (ds.findAndGetOFString(DCM_BurnedInAnnotation, v).bad())
        return BurnedInAnnotation::Unknown;
    const QString s = QString::fromLatin1(v.c_str()).trimmed().toUpper();
    return s == QLatin1String("YES")  ? BurnedInAnnotation::Yes
           : s == QLatin1String("NO") ? BurnedInAnnotation::No
                                      : BurnedInAnnotation::Unknown;
}

QString burnedInWarning(BurnedInAnnotation b, const QString& file)
{
    const QString text =
        b == BurnedInAnnotation::Yes
            ? Tr::tr("the file says its pixels carry burned-in text (BurnedInAnnotation YES): names or dates may "
                     "still be visible in the de-identified image")
            : Tr::tr("the file does not say whether its pixels carry burned-in text (no BurnedInAnnotation): check "
                     "the de-identified image for visible names or dates");
    return Error(ErrorCode::Input, text, file).toString();
}

void addCode(DcmItem& ds, const char* value, const char* meaning)
{
    DcmItem* code = nullptr;
    if (ds.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, -2).bad() || !code)
        return;
    code->putAndInsertString(DCM_CodeValue, value);
    code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
    code->putAndInsertString(DCM_CodeMeaning, meaning);
}

// What was done, recorded in the output (PS3.15 E.1.1): identity removed, the method in words and as codes.
void recordMethod(DcmDataset& ds, bool shifted)
{
    ds.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    // LO values of at most 64 characters each: the profile, where its table comes from, the option.
    QString method = QStringLiteral("Basic Application Confidentiality Profile\\") +
                     QLatin1String(detail::kProfileSource).left(38); // "DICOM PS3.15 2024x Annex E Table E.1-1"
    if (shifted)
        method += QStringLiteral("\\Retain Longitudinal Temporal Information Modified Dates");
    ds.putAndInsertString(DCM_DeidentificationMethod, method.toLatin1().constData());
    delete ds.remove(DCM_DeidentificationMethodCodeSequence);
    addCode(ds, "113100", "Basic Application Confidentiality Profile");
    if (shifted)
        addCode(ds, "113107", "Retain Longitudinal Temporal Information Modified Dates Option");
    ds.putAndInsertString(DCM_LongitudinalTemporalInformationModified, shifted ? "MODIFIED" : "REMOVED");
}

// A DICOM input read whole (every value in memory, so a truncated file fails here rather than while writing).
Result<std::unique_ptr<DcmFileFormat>> readInput(const QString& path)
{
    if (QFileInfo(path).isDir())
        return Error(ErrorCode::Input, Tr::tr("is a folder, not a DICOM file"), path);
    if (auto size = checkRegularFile(path, kMaxDicomBytes); !size)
        return size.error();
    if (!detail::isDicomFile(path))
        return Error(ErrorCode::Input, Tr::tr("is not a DICOM file; nothing was exported"), path);
    // The loader's reader (no preamble, no meta header, stray leading bytes, inferred syntax); the copy is written
    // as a proper Part 10 file whatever the input's quirks.
    DicomLoadOptions limits;
    limits.maxFileBytes = kMaxDicomBytes;
    auto opened = detail::openDicom(path, limits);
    if (!opened)
        return opened.error().withFile(path);
    std::unique_ptr<DcmFileFormat> file = std::move(opened->file);
    if (const OFCondition c = file->loadAllDataIntoMemory(); c.bad())
        return detail::dcmtkError(c, Tr::tr("cannot read the DICOM file, nothing was exported"), path);
    return file;
}

QString sopInstanceUid(DcmFileFormat& file)
{
    OFString v;
    if (file.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, v).good() && !v.empty())
        return QString::fromLatin1(v.c_str()).trimmed();
    return {};
}

struct Checked
{
    QString input;
    QString canonical;
    QString sopUid; // as in the file; "" when it has none
    QString sopKey; // what its new SOP Instance UID is derived from (sopUid unless that cannot be used)
    QString output; // outDir / new SOP Instance UID .dcm
    QString warning;
};

// The new SOP Instance UID of an input, known before it is cleaned (the map gives the cleaning the same one).
QString newSopUid(const Checked& in, UidMap& uids)
{
    return uids.remap(in.sopKey);
}

// Every input read and checked before anything is written: DICOM, readable to its end. The same file named twice,
// or a byte-identical copy, is exported once; a different file claiming another input's SOP Instance UID gets a
// new UID of its own (with a warning), since two outputs cannot share one name.
Result<QList<Checked>> checkInputs(const QStringList& inputs, const QString& outDir, UidMap& uids,
                                   const Progress& progress)
{
    QList<Checked> out;
    QHash<QString, QPair<QString, QString>> bySop; // SOP Instance UID -> first input, its SHA-256
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QString& input = inputs[i];
        if (!progress.step(0.3 * double(i) / double(inputs.size()), input))
            return Error(ErrorCode::Cancelled, Tr::tr("de-identification was cancelled; nothing was written"), input);
        if (!QFileInfo::exists(input))
            return Error(ErrorCode::Input, Tr::tr("does not exist; nothing was exported"), input);
        const QString canonical = QFileInfo(input).canonicalFilePath();
        if (std::any_of(out.begin(), out.end(), [&](const Checked& c) { return c.canonical == canonical; }))
            continue;
        auto file = readInput(input);
        if (!file)
            return file.error();
        Checked c{input, canonical, sopInstanceUid(**file), {}, {}, {}};
        c.sopKey = c.sopUid.isEmpty() ? QStringLiteral("descry-no-sop:") + canonical : c.sopUid;
        if (!c.sopUid.isEmpty()) {
            auto hash = sha256File(input);
            if (!hash)
                return hash.error();
            const auto first = bySop.constFind(c.sopUid);
            if (first != bySop.constEnd() && first->second == *hash)
                continue; // a copy of a file already in the export
            if (first != bySop.constEnd()) {
                c.sopKey = QStringLiteral("descry-duplicate-sop:") + canonical;
                c.warning = Error(ErrorCode::Input,
                                  Tr::tr("has the same SOP Instance UID as %1 but other content; its copy was given "
                                         "a SOP Instance UID of its own")
                                      .arg(first->first),
                                  input)
                                .toString();
            } else {
                bySop.insert(c.sopUid, {input, *hash});
            }
        }
        c.output = QDir(outDir).filePath(newSopUid(c, uids) + QStringLiteral(".dcm"));
        if (QFileInfo::exists(c.output))
            return Error(ErrorCode::Input,
                         Tr::tr("already exists; de-identified files are never overwritten; nothing was exported"),
                         c.output);
        out << c;
    }
    return out;
}

Error writeFailed(const QString& target, const QString& why)
{
    return Error(ErrorCode::Input, Tr::tr("cannot write the de-identified file (%1)").arg(why), target);
}

// Saves into a temporary name beside `target`, flushes it, and gives it the target's name only if that name is
// still free (renameat2 RENAME_NOREPLACE; link + unlink where the file system lacks it).
Status saveNew(DcmFileFormat& file, E_TransferSyntax xfer, const QString& target)
{
    const QFileInfo info(target);
    const QString tmp = info.dir().filePath(QStringLiteral(".%1%2%3-%4")
                                                .arg(info.fileName(), QLatin1String(kTemporaryMarker))
                                                .arg(::getpid())
                                                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    const QByteArray tmpName = QFile::encodeName(tmp), targetName = QFile::encodeName(target);
    const OFCondition c = file.saveFile(OFFilename(tmpName.constData()), xfer, EET_ExplicitLength, EGL_withoutGL,
                                        EPD_noChange, 0, 0, EWM_createNewMeta);
    if (c.bad()) {
        QFile::remove(tmp);
        return writeFailed(target, QString::fromLatin1(c.text()));
    }
    const int fd = ::open(tmpName.constData(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!synced) {
        QFile::remove(tmp);
        return writeFailed(target, Tr::tr("the data could not be flushed to disk"));
    }
    int rc = ::renameat2(AT_FDCWD, tmpName.constData(), AT_FDCWD, targetName.constData(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
        rc = ::link(tmpName.constData(), targetName.constData());
        if (rc == 0)
            ::unlink(tmpName.constData());
    }
    if (rc != 0) {
        const int err = errno;
        QFile::remove(tmp);
        if (err == EEXIST)
            return Error(ErrorCode::Input, Tr::tr("already exists; de-identified files are never overwritten"), target);
        return writeFailed(target, QString::fromLocal8Bit(std::strerror(err)));
    }
    return {};
}

Result<DeidentifiedFile> exportOne(const Checked& in, const DeidentifyOptions& options, UidMap& uids)
{
    auto loaded = readInput(in.input);
    if (!loaded)
        return loaded.error();
    DcmFileFormat& file = **loaded;
    DcmDataset& ds = *file.getDataset();
    DeidentifiedFile out;
    out.input = in.input;
    if (!in.warning.isEmpty())
        out.warnings << in.warning;
    const BurnedInAnnotation burned = burnedIn(ds);
    if (burned != BurnedInAnnotation::No) {
        out.burnedInWarning = true;
        out.warnings << burnedInWarning(burned, in.input);
    }
    E_TransferSyntax xfer = ds.getOriginalXfer();
    if (xfer == EXS_Unknown)
        xfer = EXS_LittleEndianExplicit;

    Context ctx{options, uids, {}};
    cleanItem(ds, ctx);
    if (in.sopKey != in.sopUid) // none, or another input's: a UID of its own (and its file name)
        ds.putAndInsertString(DCM_SOPInstanceUID, newSopUid(in, uids).toLatin1().constData());
    recordMethod(ds, options.dateShiftDays.has_value());
    // The meta header is made anew from the cleaned data set (Media Storage SOP Instance UID = the new SOP
    // Instance UID); source and sending AE titles and private meta information are dropped with the old one.
    file.getMetaInfo()->clear();

    out.output = in.output;
    if (auto st = saveNew(file, xfer, out.output); !st)
        return st.error();
    out.removed = ctx.counts.removed;
    out.emptied = ctx.counts.emptied;
    out.replaced = ctx.counts.replaced;
    return out;
}

} // namespace

Result<DeidentifyReport> deidentifyFiles(const QStringList& inputs, const QString& outDir,
                                         const DeidentifyOptions& options, const Progress& progress)
{
    if (inputs.isEmpty())
        return Error(ErrorCode::Usage, Tr::tr("no DICOM file to de-identify was given"));
    if (outDir.trimmed().isEmpty())
        return Error(ErrorCode::Usage, Tr::tr("no output folder given (the path is empty)"));
    if (QFileInfo(outDir).exists() && !QFileInfo(outDir).isDir())
        return Error(ErrorCode::Input, Tr::tr("is a file, not a folder; nothing was exported"), outDir);
    UidMap uids;
    auto checked = checkInputs(inputs, outDir, uids, progress);
    if (!checked)
        return checked.error();
    if (!QDir().mkpath(outDir))
        return Error(ErrorCode::Input, Tr::tr("cannot create the output folder; nothing was exported"), outDir);

    DeidentifyReport report;
    for (qsizetype i = 0; i < checked->size(); ++i) {
        const Checked& in = checked->at(i);
        if (!progress.step(0.3 + 0.7 * double(i) / double(checked->size()), in.input))
            return Error(ErrorCode::Cancelled, Tr::tr("de-identification was cancelled"), in.input);
        auto one = exportOne(in, options, uids);
        if (!one)
            return one.error();
        report.files << *one;
    }
    report.uidsRemapped = uids.size();
    progress.step(1.0, QString());
    return report;
}

} // namespace descry

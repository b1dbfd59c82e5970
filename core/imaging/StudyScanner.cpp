#include "core/imaging/StudyScanner.h"

#include "core/common/Tr.h"
#include "core/imaging/DicomLoader.h"
#include "core/imaging/RadiographLoader.h"
#include "core/imaging/detail/DicomDir.h"
#include "core/imaging/detail/DicomHeader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace descry {

namespace {

// The files to read, in the order found, each once (by canonical path), with what went wrong while listing.
struct FileList
{
    QStringList files;
    QSet<QString> seen;
    int skipped = 0;
    QStringList reasons;

    void skip(const QString& reason)
    {
        ++skipped;
        if (reasons.size() < StudyScan::kMaxReasons)
            reasons << reason;
    }
    void add(const QString& path)
    {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString key = canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
        if (!seen.contains(key)) {
            seen.insert(key);
            files << key;
        }
    }
};

bool isDicomDirName(const QString& fileName)
{
    return fileName.compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0;
}

// Depth-first over a folder: symbolic links to folders are not followed (a link back up would loop forever), and
// a DICOMDIR met inside a scanned folder is an index of files the scan finds anyway, not a skipped file.
void listFolder(const QString& folder, FileList& list, const Progress& progress)
{
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo& e : entries) {
        if (progress.cancelled())
            return;
        if (e.isDir()) {
            if (!e.isSymLink())
                listFolder(e.filePath(), list, progress);
        } else if (!isDicomDirName(e.fileName())) {
            list.add(e.filePath());
        }
    }
}

Status listDicomDir(const QString& path, FileList& list)
{
    auto referenced = detail::readDicomDir(path);
    if (!referenced)
        return referenced.error();
    for (const detail::DicomDirEntry& entry : referenced->entries) {
        if (entry.resolvedPath.isEmpty())
            list.skip(
                Error(ErrorCode::Input, Tr::tr("the DICOMDIR refers to %1, which is missing").arg(entry.fileId), path)
                    .toString());
        else
            list.add(entry.resolvedPath);
    }
    return {};
}

Status listInput(const QString& input, FileList& list, const Progress& progress)
{
    const QFileInfo info(input);
    if (!info.exists())
        return Error(ErrorCode::Input, Tr::tr("does not exist"), input);
    if (info.isDir()) {
        // A folder holding a DICOMDIR at its top is a medium (CD, USB export): its index says what belongs.
        const QFileInfoList top = QDir(input).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QFileInfo& f : top)
            if (isDicomDirName(f.fileName()) && listDicomDir(f.filePath(), list))
                return {};
        listFolder(input, list, progress);
        return {};
    }
    if (isDicomDirName(info.fileName()))
        return listDicomDir(input, list);
    list.add(input);
    return {};
}

// One image found: the instance and what its study and series are keyed and described by.
struct Found
{
    StudyInstance instance;
    detail::DicomHeader header;
};

Result<Found> readFile(const QString& path)
{
    if (detail::isDicomFile(path)) {
        auto header = detail::readDicomHeader(path);
        if (!header)
            return header.error();
        const detail::DicomHeader& h = *header;
        StudyInstance in{path,   true,      h.sopInstanceUid, h.instanceNumber, h.frames,
                         h.rows, h.columns, h.modality,       h.viewPosition};
        return Found{in, h};
    }
    auto info = analyseRadiograph(path);
    if (!info)
        return info.error();
    StudyInstance in{path, false, QString(), 0, 1, info->rows, info->columns, QString(), QString()};
    return Found{in, {}};
}

void addFound(QMap<QString, Study>& studies, QHash<QString, QMap<QString, StudySeries>>& series, const Found& f)
{
    const detail::DicomHeader& h = f.header;
    Study& study = studies[h.studyInstanceUid];
    if (study.studyInstanceUid.isEmpty() && study.series.isEmpty()) {
        study.studyInstanceUid = h.studyInstanceUid;
        study.description = h.studyDescription;
        study.date = h.studyDate;
        study.patientName = h.patientName;
        study.patientId = h.patientId;
    }
    StudySeries& s = series[h.studyInstanceUid][h.seriesInstanceUid];
    if (s.instances.isEmpty()) {
        s.seriesInstanceUid = h.seriesInstanceUid;
        s.seriesNumber = h.seriesNumber;
        s.modality = h.modality;
        s.description = h.seriesDescription;
    }
    s.instances << f.instance;
}

QList<Study> sortedStudies(QMap<QString, Study> studies, QHash<QString, QMap<QString, StudySeries>> series)
{
    QList<Study> out;
    for (auto it = studies.begin(); it != studies.end(); ++it) {
        Study study = it.value();
        for (StudySeries s : series.value(it.key())) {
            std::stable_sort(
                s.instances.begin(), s.instances.end(), [](const StudyInstance& a, const StudyInstance& b) {
                    return a.instanceNumber != b.instanceNumber ? a.instanceNumber < b.instanceNumber : a.path < b.path;
                });
            study.series << s;
        }
        std::stable_sort(study.series.begin(), study.series.end(), [](const StudySeries& a, const StudySeries& b) {
            return a.seriesNumber != b.seriesNumber ? a.seriesNumber < b.seriesNumber
                                                    : a.seriesInstanceUid < b.seriesInstanceUid;
        });
        out << study;
    }
    std::stable_sort(out.begin(), out.end(), [](const Study& a, const Study& b) {
        return a.date != b.date ? a.date < b.date : a.studyInstanceUid < b.studyInstanceUid;
    });
    return out;
}

} // namespace

int StudyScan::instanceCount() const
{
    int n = 0;
    for (const Study& s : studies)
        for (const StudySeries& se : s.series)
            n += int(se.instances.size());
    return n;
}

Result<StudyScan> scanStudies(const QStringList& inputs, const Progress& progress)
{
    if (inputs.isEmpty())
        return Error(ErrorCode::Usage, Tr::tr("no file or folder to scan was given"));
    FileList list;
    for (const QString& input : inputs)
        if (auto st = listInput(input, list, progress); !st)
            return st.error();
    if (progress.cancelled())
        return Error(ErrorCode::Cancelled, Tr::tr("scanning was cancelled"), inputs.value(0));

    QMap<QString, Study> studies;
    QHash<QString, QMap<QString, StudySeries>> series;
    for (qsizetype i = 0; i < list.files.size(); ++i) {
        const QString& path = list.files[i];
        if (!progress.step(double(i) / double(list.files.size()), path))
            return Error(ErrorCode::Cancelled, Tr::tr("scanning was cancelled"), path);
        auto found = readFile(path);
        if (!found)
            list.skip(found.error().toString());
        else
            addFound(studies, series, *found);
    }
    StudyScan scan;
    scan.studies = sortedStudies(studies, series);
    scan.skippedFiles = list.skipped;
    scan.skippedReasons = list.reasons;
    if (scan.studies.isEmpty())
        return Error(ErrorCode::Input,
                     Tr::tr("no radiograph found (%n file(s) skipped: %1)", nullptr, list.skipped)
                         .arg(list.reasons.value(0, Tr::tr("no files"))),
                     inputs.size() == 1 ? inputs.front() : QString());
    progress.step(1.0, QString());
    return scan;
}

} // namespace descry

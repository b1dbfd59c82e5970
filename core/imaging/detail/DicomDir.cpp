#include "core/imaging/detail/DicomDir.h"

#include "core/common/Tr.h"
#include "core/imaging/detail/DcmtkErrors.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace descry::detail {

namespace {

// "IM000001.;1" -> "IM000001": ISO 9660 names as some drives show them.
QString withoutVersion(QString name)
{
    const qsizetype semicolon = name.lastIndexOf(QLatin1Char(';'));
    if (semicolon > 0)
        name.truncate(semicolon);
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

// The entry of `folder` named `component`: exactly, else ignoring case and version suffixes.
QString findEntry(const QString& folder, const QString& component)
{
    const QDir dir(folder);
    if (QFileInfo::exists(dir.filePath(component)))
        return dir.filePath(component);
    const QStringList names = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString& name : names)
        if (withoutVersion(name).compare(component, Qt::CaseInsensitive) == 0)
            return dir.filePath(name);
    return {};
}

QString resolve(const QString& base, const QStringList& components)
{
    QString at = base;
    for (const QString& c : components) {
        // A file ID names files below the DICOMDIR only (PS3.10 8.5): a component is one plain name, never a path
        // of its own ("../x", "/etc/x"), which would reach outside the medium.
        if (c.isEmpty() || c == QLatin1String("..") || c == QLatin1String(".") || c.contains(QLatin1Char('/')) ||
            c.contains(QLatin1Char(':')))
            return {};
        at = findEntry(at, c);
        if (at.isEmpty())
            return {};
    }
    const QFileInfo file(at);
    const QString root = QFileInfo(base).canonicalFilePath() + QLatin1Char('/');
    if (!file.isFile() || !file.canonicalFilePath().startsWith(root))
        return {}; // also a symbolic link out of the medium
    return at;
}

// Every Referenced File ID among `records`, in order, each once.
void collect(DcmSequenceOfItems& records, const QString& base, DicomDirContents& out, QSet<QString>& seen)
{
    for (unsigned long i = 0; i < records.card(); ++i) {
        DcmItem* record = records.getItem(i);
        OFString id;
        if (!record || record->findAndGetOFStringArray(DCM_ReferencedFileID, id).bad() || id.empty())
            continue;
        QStringList components = QString::fromLatin1(id.c_str()).trimmed().split(QLatin1Char('\\'));
        for (QString& c : components)
            c = c.trimmed();
        const QString fileId = components.join(QLatin1Char('/'));
        if (seen.contains(fileId))
            continue;
        seen.insert(fileId);
        out.entries << DicomDirEntry{fileId, resolve(base, components)};
    }
}

} // namespace

Result<DicomDirContents> readDicomDir(const QString& path)
{
    initialiseDcmtk();
    DcmFileFormat file;
    const OFCondition c = file.loadFile(OFFilename(QFile::encodeName(path).constData()));
    if (c.bad())
        return dcmtkError(c, Tr::tr("cannot read the DICOMDIR"), path);
    DcmSequenceOfItems* records = nullptr;
    if (file.getDataset()->findAndGetSequence(DCM_DirectoryRecordSequence, records).bad() || !records)
        return Error(ErrorCode::Input, Tr::tr("is not a DICOMDIR (it has no directory records)"), path);
    DicomDirContents out;
    QSet<QString> seen;
    collect(*records, QFileInfo(path).absolutePath(), out, seen);
    if (out.entries.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("the DICOMDIR refers to no files"), path);
    return out;
}

} // namespace descry::detail

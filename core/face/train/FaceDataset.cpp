#include "core/face/train/FaceDataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace descry {

namespace {
bool isImage(const QString& name)
{
    static const QStringList exts = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                     QStringLiteral("pgm"), QStringLiteral("ppm"),  QStringLiteral("bmp"),
                                     QStringLiteral("gif"), QStringLiteral("tif"),  QStringLiteral("tiff")};
    const QString suffix = QFileInfo(name).suffix().toLower();
    return exts.contains(suffix) || name.startsWith(QLatin1String("subject")); // Yale files may lack a suffix
}
} // namespace

Result<QList<LabelledFace>> scanFaceDatasets(const QString& root)
{
    const QDir dir(root);
    if (!dir.exists())
        return Error(ErrorCode::Input, QCoreApplication::translate("descry", "faces folder not found"), root);
    QList<LabelledFace> out;
    for (const QString& dataset : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir ds(dir.filePath(dataset));
        // Flat layout (Yale): identity is the file name up to the first dot.
        for (const QFileInfo& fi : ds.entryInfoList(QDir::Files, QDir::Name)) {
            if (!isImage(fi.fileName()) || fi.fileName().endsWith(QLatin1String(".txt")))
                continue;
            out << LabelledFace{fi.absoluteFilePath(), dataset,
                                dataset + QLatin1Char('/') + fi.fileName().section(QLatin1Char('.'), 0, 0), false};
        }
        // Nested layout: DATASET/PERSON/IMAGE.
        for (const QString& person : ds.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir pd(ds.filePath(person));
            for (const QFileInfo& fi : pd.entryInfoList(QDir::Files, QDir::Name)) {
                if (!isImage(fi.fileName()))
                    continue;
                out << LabelledFace{fi.absoluteFilePath(), dataset, dataset + QLatin1Char('/') + person,
                                    dataset == QLatin1String("dlib-johns")};
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const LabelledFace& a, const LabelledFace& b) { return a.path < b.path; });
    return out;
}

bool isHeldOutIdentity(const QString& identity, const QStringList& sortedIdentitiesOfDataset, int heldOutEvery,
                       int offset)
{
    const qsizetype i = sortedIdentitiesOfDataset.indexOf(identity);
    return i >= 0 && (i % heldOutEvery) == offset % heldOutEvery;
}

} // namespace descry

// readCxrTrainingSet: the radiographs of `train cxr` with their reports, from folders or CSV files.
#include "core/cxr/train/CxrTrainer.h"

#include "core/common/Csv.h"
#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/imaging/DicomLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

namespace descry {

namespace {

constexpr qint64 kMaxCsvBytes = qint64(256) << 20;

bool isRadiographFile(const QFileInfo& info)
{
    static const QStringList suffixes{QStringLiteral("png"),  QStringLiteral("jpg"),   QStringLiteral("jpeg"),
                                      QStringLiteral("dcm"),  QStringLiteral("dicom"), QStringLiteral("tif"),
                                      QStringLiteral("tiff"), QStringLiteral("bmp"),   QStringLiteral("pgm")};
    const QString suffix = info.suffix().toLower();
    if (suffixes.contains(suffix))
        return true;
    // DICOM files often have no extension at all (told from the content).
    return suffix.isEmpty() && looksLikeDicom(info.filePath());
}

// A CSV as rows of named columns; Input error naming the file when unreadable or `required` columns are missing.
Result<QList<QHash<QString, QString>>> readCsv(const QString& path, const QStringList& required)
{
    auto bytes = readWholeFile(path, kMaxCsvBytes);
    if (!bytes)
        return bytes.error();
    auto parsed = parseCsv(QString::fromUtf8(*bytes), path);
    if (!parsed)
        return parsed.error();
    const QList<QStringList>& rows = *parsed;
    if (rows.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("the CSV file is empty"), path);
    QStringList header;
    for (const QString& h : rows.front())
        header << h.trimmed().toLower();
    for (const QString& column : required)
        if (!header.contains(column))
            return Error(ErrorCode::Input, Tr::tr("the CSV file has no column '%1'").arg(column), path);
    QList<QHash<QString, QString>> out;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> values;
        for (qsizetype c = 0; c < header.size() && c < rows[r].size(); ++c)
            values.insert(header[c], rows[r][c]);
        out << values;
    }
    return out;
}

QString patientOfFile(const QFileInfo& info)
{
    const QString stem = info.completeBaseName();
    const qsizetype underscore = stem.indexOf(QLatin1Char('_'));
    return underscore > 0 ? stem.left(underscore) : stem;
}

Result<QList<CxrTrainingSample>> imagesOfFolder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (isRadiographFile(it.fileInfo()))
            files << it.filePath();
    }
    files.sort();
    QList<CxrTrainingSample> samples;
    for (const QString& f : files)
        samples << CxrTrainingSample{QFileInfo(f).absoluteFilePath(), patientOfFile(QFileInfo(f)), {}, {}, {}};
    return samples;
}

Result<QList<CxrTrainingSample>> imagesOfCsv(const QString& csv)
{
    auto rows = readCsv(csv, {QStringLiteral("image")});
    if (!rows)
        return rows.error();
    const QDir base = QFileInfo(csv).absoluteDir();
    QList<CxrTrainingSample> samples;
    for (const auto& row : *rows) {
        const QString image = row.value(QStringLiteral("image")).trimmed();
        if (image.isEmpty())
            continue;
        const QString path = QDir::cleanPath(base.absoluteFilePath(image));
        if (!QFileInfo(path).isFile())
            return Error(ErrorCode::Input, Tr::tr("the image %1 it lists does not exist").arg(image), csv);
        QString patient = row.value(QStringLiteral("patient")).trimmed();
        if (patient.isEmpty())
            patient = patientOfFile(QFileInfo(path));
        samples << CxrTrainingSample{path, patient, {}, {}, {}};
    }
    return samples;
}

} // namespace

namespace {

// reports: a folder of <stem>.txt, or a CSV keyed by image (its value as listed, the file name or the stem).
Status attachReports(QList<CxrTrainingSample>& samples, const QString& reports)
{
    QHash<QString, QPair<QString, QString>> byKey; // key -> (text, origin) from a CSV
    const bool csv = QFileInfo(reports).isFile();
    if (csv) {
        auto rows = readCsv(reports, {QStringLiteral("image")});
        if (!rows)
            return rows.error();
        const QDir base = QFileInfo(reports).absoluteDir();
        for (const auto& row : *rows) {
            const QString image = row.value(QStringLiteral("image")).trimmed();
            QString text = row.value(QStringLiteral("report"));
            QString origin = reports;
            const QString rel = row.value(QStringLiteral("report_path")).trimmed();
            if (text.trimmed().isEmpty() && !rel.isEmpty()) {
                origin = QDir::cleanPath(base.absoluteFilePath(rel));
                auto read = readReportFile(origin);
                if (!read)
                    return read.error();
                text = *read;
            }
            byKey.insert(image, {text, origin});
            byKey.insert(QFileInfo(image).fileName(), {text, origin});
            byKey.insert(QFileInfo(image).completeBaseName(), {text, origin});
        }
    } else if (!QFileInfo(reports).isDir()) {
        return Error(ErrorCode::Input, Tr::tr("no such folder or CSV file of reports"), reports);
    }
    for (CxrTrainingSample& s : samples) {
        const QFileInfo info(s.imagePath);
        if (csv) {
            const auto found = byKey.constFind(info.fileName()) != byKey.constEnd()
                                   ? byKey.constFind(info.fileName())
                                   : byKey.constFind(info.completeBaseName());
            if (found == byKey.constEnd() || found->first.trimmed().isEmpty())
                return Error(ErrorCode::Input,
                             Tr::tr("the image %1 has no report in %2")
                                 .arg(QDir::toNativeSeparators(s.imagePath), QDir::toNativeSeparators(reports)),
                             reports);
            s.reportText = found->first;
            s.reportPath = found->second;
            continue;
        }
        // <stem>.txt, else an Indiana/OpenI <stem>.xml (readReportFile keeps its FINDINGS and IMPRESSION).
        QString path = QDir(reports).filePath(info.completeBaseName() + QStringLiteral(".txt"));
        if (const QString xml = QDir(reports).filePath(info.completeBaseName() + QStringLiteral(".xml"));
            !QFileInfo(path).isFile() && QFileInfo(xml).isFile())
            path = xml;
        if (!QFileInfo(path).isFile())
            return Error(ErrorCode::Input,
                         Tr::tr("the image %1 has no report %2")
                             .arg(QDir::toNativeSeparators(s.imagePath), QDir::toNativeSeparators(path)),
                         path);
        auto text = readReportFile(path);
        if (!text)
            return text.error();
        s.reportText = *text;
        s.reportPath = path;
    }
    return {};
}

} // namespace

Result<QList<CxrTrainingSample>> readCxrTrainingSet(const QString& images, const QString& reports)
{
    const QFileInfo info(images);
    Result<QList<CxrTrainingSample>> samples =
        info.isDir()    ? imagesOfFolder(images)
        : info.isFile() ? imagesOfCsv(images)
                        : Result<QList<CxrTrainingSample>>(
                              Error(ErrorCode::Input, Tr::tr("no such folder or CSV file of images"), images));
    if (!samples)
        return samples.error();
    if (samples->isEmpty())
        return Error(ErrorCode::Input, Tr::tr("no radiographs (PNG, JPEG, TIFF, DICOM) found"), images);
    if (auto st = attachReports(*samples, reports); !st)
        return st.error();
    return samples;
}

} // namespace descry

#include "core/cxr/extract/ExtractionEval.h"

#include "core/common/Csv.h"
#include "core/common/Tr.h"
#include "core/common/WholeFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace descry {

EffusionTruth effusionTruthFromMesh(const QStringList& majors)
{
    EffusionTruth t;
    for (const QString& major : majors) {
        const QStringList parts = major.split(QLatin1Char('/'));
        if (parts.value(0).trimmed().compare(QLatin1String("Pleural Effusion"), Qt::CaseInsensitive) != 0)
            continue;
        t.present = true;
        for (const QString& raw : parts.mid(1)) {
            const QString m = raw.trimmed().toLower();
            if (m == QLatin1String("left") || m == QLatin1String("right") || m == QLatin1String("bilateral")) {
                // Two terms naming different sides describe effusions on both.
                t.side = (t.side.isEmpty() || t.side == m) ? m : QStringLiteral("bilateral");
            } else if (m == QLatin1String("small") || m == QLatin1String("mild")) {
                t.size = QStringLiteral("small");
            } else if (m == QLatin1String("moderate")) {
                t.size = QStringLiteral("moderate");
            } else if (m == QLatin1String("large") || m == QLatin1String("severe") || m == QLatin1String("massive")) {
                t.size = QStringLiteral("large");
            }
        }
    }
    return t;
}

double ExtractionEvaluation::precision() const
{
    return tp + fp > 0 ? double(tp) / (tp + fp) : 0.0;
}

double ExtractionEvaluation::recall() const
{
    return tp + fn > 0 ? double(tp) / (tp + fn) : 0.0;
}

double ExtractionEvaluation::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

QList<ExtractionCase> ExtractionEvaluation::instructiveErrors(int count) const
{
    QList<ExtractionCase> out;
    const QList<const QList<ExtractionCase>*> kinds = {&falseNegatives, &falsePositives, &sideErrors, &sizeErrors};
    for (int i = 0; out.size() < count; ++i) {
        bool any = false;
        for (const auto* kind : kinds) {
            if (i >= kind->size())
                continue;
            any = true;
            const bool listed =
                std::any_of(out.begin(), out.end(), [&](const ExtractionCase& c) { return c.id == kind->at(i).id; });
            if (!listed && out.size() < count)
                out << kind->at(i); // a report wrong on both side and size is listed once
        }
        if (!any)
            break;
    }
    return out;
}

namespace {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject caseJson(const ExtractionCase& c)
{
    const QJsonValue present = c.found.present ? QJsonValue(*c.found.present) : QJsonValue(QJsonValue::Null);
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("truth"), QJsonObject{{QStringLiteral("present"), c.truth.present},
                                                  {QStringLiteral("side"), orNull(c.truth.side)},
                                                  {QStringLiteral("size"), orNull(c.truth.size)}}},
            {QStringLiteral("extraction"), QJsonObject{{QStringLiteral("present"), present},
                                                       {QStringLiteral("side"), orNull(c.found.side)},
                                                       {QStringLiteral("size"), orNull(c.found.size)}}},
            {QStringLiteral("sentence"), orNull(c.sentence)}};
}

} // namespace

QJsonObject ExtractionEvaluation::toJson(int errors) const
{
    QJsonArray list;
    for (const ExtractionCase& c : instructiveErrors(errors))
        list.append(caseJson(c));
    return {
        {QStringLiteral("n"), n},
        {QStringLiteral("confusion"), QJsonObject{{QStringLiteral("tp"), tp},
                                                  {QStringLiteral("fp"), fp},
                                                  {QStringLiteral("fn"), fn},
                                                  {QStringLiteral("tn"), tn}}},
        {QStringLiteral("precision"), precision()},
        {QStringLiteral("recall"), recall()},
        {QStringLiteral("f1"), f1()},
        {QStringLiteral("side"), QJsonObject{{QStringLiteral("n"), sideN},
                                             {QStringLiteral("correct"), sideCorrect},
                                             {QStringLiteral("accuracy"), sideN ? double(sideCorrect) / sideN : 0.0}}},
        {QStringLiteral("size"), QJsonObject{{QStringLiteral("n"), sizeN},
                                             {QStringLiteral("correct"), sizeCorrect},
                                             {QStringLiteral("accuracy"), sizeN ? double(sizeCorrect) / sizeN : 0.0}}},
        {QStringLiteral("errors"), list}};
}

namespace {

Result<QList<IndianaReport>> readReportFolder(const QString& dir, const QString& origin)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    // Numeric order of the file names (1.xml, 2.xml, ... 10.xml), so errors come in a stable, readable order.
    std::sort(files.begin(), files.end(), [](const QString& a, const QString& b) {
        const QString na = QFileInfo(a).completeBaseName(), nb = QFileInfo(b).completeBaseName();
        return na.size() != nb.size() ? na.size() < nb.size() : na < nb;
    });
    QList<IndianaReport> reports;
    for (const QString& f : files) {
        auto bytes = readWholeFile(f, kMaxReportFileBytes);
        if (!bytes)
            return bytes.error();
        auto report = parseIndianaReport(*bytes, f);
        if (!report)
            return report.error();
        if (report->id.isEmpty())
            report->id = QFileInfo(f).completeBaseName();
        reports << *report;
    }
    if (reports.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("holds no Indiana XML reports (*.xml)"), origin);
    return reports;
}

} // namespace

Result<QList<IndianaReport>> loadIndianaReports(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return readReportFolder(path, path);
    if (!info.exists())
        return Error(ErrorCode::Input, Tr::tr("no such file or folder"), path);
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(ErrorCode::Internal, Tr::tr("cannot create a temporary folder to unpack the reports"), path);
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-xzf"), info.absoluteFilePath(), QStringLiteral("-C"), dir.path(),
                                      QStringLiteral("--no-same-owner")});
    if (!tar.waitForStarted())
        return Error(ErrorCode::Input, Tr::tr("cannot unpack the archive: the 'tar' program is not available"), path);
    tar.waitForFinished(300000);
    if (tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0)
        return Error(ErrorCode::Input,
                     Tr::tr("cannot unpack the archive (tar: %1)")
                         .arg(QString::fromLocal8Bit(tar.readAllStandardError()).simplified().left(200)),
                     path);
    return readReportFolder(dir.path(), path);
}

ExtractionEvaluation evaluateExtraction(const ReportExtractor& extractor, const QList<IndianaReport>& reports)
{
    ExtractionEvaluation e;
    for (const IndianaReport& r : reports) {
        ExtractionCase c{r.id, effusionTruthFromMesh(r.majors), {}, {}};
        const ReportExtraction x = extractor.extract(r.text());
        c.found = x.effusion;
        c.sentence = x.effusion.evidence;
        const bool said = x.effusion.present == std::optional<bool>(true);
        ++e.n;
        if (c.truth.present && said) {
            ++e.tp;
            if (!c.truth.side.isEmpty()) {
                ++e.sideN;
                if (c.found.side == c.truth.side)
                    ++e.sideCorrect;
                else
                    e.sideErrors << c;
            }
            if (!c.truth.size.isEmpty()) {
                ++e.sizeN;
                if (c.found.size == c.truth.size)
                    ++e.sizeCorrect;
                else
                    e.sizeErrors << c;
            }
        } else if (c.truth.present) {
            ++e.fn;
            e.falseNegatives << c;
        } else if (said) {
            ++e.fp;
            e.falsePositives << c;
        } else {
            ++e.tn;
        }
    }
    return e;
}

Result<QList<QStringList>> readCsvRows(const QString& path)
{
    auto bytes = readWholeFile(path, kMaxListFileBytes);
    if (!bytes)
        return bytes.error();
    auto rows = parseCsv(QString::fromUtf8(*bytes), path);
    if (rows && rows->isEmpty())
        return Error(ErrorCode::Input, Tr::tr("the CSV file is empty"), path);
    return rows;
}

} // namespace descry

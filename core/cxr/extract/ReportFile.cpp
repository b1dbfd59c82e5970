#include "core/cxr/extract/ReportFile.h"

#include "core/common/Tr.h"
#include "core/common/WholeFile.h"

#include <QStringDecoder>
#include <QXmlStreamReader>

namespace descry {

QString IndianaReport::text() const
{
    QStringList parts;
    if (!findings.trimmed().isEmpty())
        parts << QStringLiteral("FINDINGS: ") + findings.trimmed();
    if (!impression.trimmed().isEmpty())
        parts << QStringLiteral("IMPRESSION: ") + impression.trimmed();
    return parts.join(QStringLiteral("\n\n"));
}

Result<IndianaReport> parseIndianaReport(const QByteArray& xml, const QString& origin)
{
    IndianaReport report;
    QXmlStreamReader reader(xml);
    bool sawRoot = false, inMesh = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = reader.name();
            if (name == QLatin1String("eCitation"))
                sawRoot = true;
            else if (name == QLatin1String("uId"))
                report.id = reader.attributes().value(QStringLiteral("id")).toString();
            else if (name == QLatin1String("MeSH"))
                inMesh = true;
            else if (name == QLatin1String("major") && inMesh)
                report.majors << reader.readElementText().trimmed();
            else if (name == QLatin1String("AbstractText")) {
                const QString label = reader.attributes().value(QStringLiteral("Label")).toString();
                const QString body = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                if (label == QLatin1String("FINDINGS"))
                    report.findings = body;
                else if (label == QLatin1String("IMPRESSION"))
                    report.impression = body;
            }
        } else if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("MeSH")) {
            inMesh = false;
        }
    }
    if (reader.hasError())
        return Error(
            ErrorCode::Input,
            Tr::tr("not a well-formed XML report (%1 at line %2)").arg(reader.errorString()).arg(reader.lineNumber()),
            origin);
    if (!sawRoot)
        return Error(ErrorCode::Input, Tr::tr("not an Indiana/OpenI report (no eCitation element)"), origin);
    return report;
}

Result<QString> decodeReportText(const QByteArray& bytes, const QString& origin)
{
    qsizetype control = 0;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return Error(ErrorCode::Input, Tr::tr("is not a text file (it holds binary data)"), origin);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    if (control * 20 > bytes.size())
        return Error(ErrorCode::Input, Tr::tr("is not a text file (it holds binary data)"), origin);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

Result<QString> readReportText(const QString& path)
{
    auto bytes = readWholeFile(path, kMaxReportFileBytes);
    if (!bytes)
        return bytes.error();
    auto text = decodeReportText(*bytes, path);
    if (!text)
        return text.error();
    const QString head = text->left(512).trimmed();
    if (head.startsWith(QLatin1String("<?xml")) || head.startsWith(QLatin1String("<eCitation"))) {
        auto report = parseIndianaReport(*bytes, path);
        if (!report)
            return report.error();
        return report->text();
    }
    return text;
}

} // namespace descry

#include "core/cxr/extract/ReportExtractor.h"

#include "core/common/Tr.h"

// TODO(H1): implement.

namespace descry {

QString mentionStatusName(MentionStatus status)
{
    switch (status) {
    case MentionStatus::Present:
        return QStringLiteral("present");
    case MentionStatus::Absent:
        return QStringLiteral("absent");
    case MentionStatus::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

QJsonObject ReportExtraction::toJson() const
{
    return {};
}

QStringList ReportExtraction::presentIds() const
{
    QStringList ids;
    for (const ExtractedDescriptor& d : descriptors)
        if (d.status == MentionStatus::Present && !d.historical)
            ids << d.id;
    return ids;
}

QList<ReportSentence> splitReportSentences(const QString&)
{
    return {};
}

Result<ReportExtractor> ReportExtractor::create(const Catalog& catalog)
{
    return ReportExtractor(catalog);
}

ReportExtraction ReportExtractor::extract(const QString&) const
{
    return {};
}

Result<QString> readReportFile(const QString& path)
{
    return Error(ErrorCode::Internal, Tr::tr("report reading is not implemented yet"), path);
}

} // namespace descry

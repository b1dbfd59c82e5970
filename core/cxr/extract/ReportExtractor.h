#pragma once

#include "core/common/Result.h"
#include "core/descriptors/Catalog.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace descry {

struct ExtractionRules;

// How a report speaks of a descriptor or of the decided finding.
enum class MentionStatus { Present, Absent, Uncertain };

// "present" | "absent" | "uncertain"
QString mentionStatusName(MentionStatus status);

// One sentence of a report with its place in the text.
struct ReportSentence
{
    QString text;
    int start = 0;   // offset of the first character in the report text (QString index, UTF-16)
    int end = 0;     // one past the last character
    QString section; // "FINDINGS", "IMPRESSION", ... when the report has headed sections; empty otherwise
};

// One descriptor the report mentions: what it says and where.
struct ExtractedDescriptor
{
    QString id;   // catalog descriptor id
    QString text; // catalog display text
    MentionStatus status = MentionStatus::Present;
    bool historical = false; // mentioned as history ("prior effusion"), not as a current finding
    QString evidence;        // the sentence it was read from
    int spanStart = 0;       // the matched phrase within the report text (QString indices, end exclusive)
    int spanEnd = 0;
};

// The decided finding (pleural effusion) as the report states it.
struct ExtractedFinding
{
    std::optional<bool> present; // empty: uncertain or not mentioned
    bool mentioned = false;      // the report speaks of it at all (uncertain when mentioned && !present)
    QString side;                // "left" | "right" | "bilateral" | empty
    QString size;                // "small" | "moderate" | "large" | empty
    QString evidence;            // the sentence that decided it
    int spanStart = 0, spanEnd = 0;
};

// What one report says, in the catalog's terms.
struct ReportExtraction
{
    ExtractedFinding effusion;
    QList<ExtractedDescriptor> descriptors; // in order of first mention; one entry per descriptor id
    QList<ReportSentence> sentences;

    // {"effusion": {"present": true|false|null, "side": ...|null, "size": ...|null, "evidence", "span"},
    //  "descriptors": [{"id", "text", "status", "historical", "evidence", "span": [start, end]}]}
    QJsonObject toJson() const;
    // Ids of the descriptors with status Present and not historical.
    QStringList presentIds() const;
};

// Splits a report into sentences: robust to abbreviations ("Dr.", "e.g.", "approx.", "vs."), decimals ("1.5 cm"),
// numbered and bulleted lists, section headings ("FINDINGS:") and line breaks without full stops. Pure.
QList<ReportSentence> splitReportSentences(const QString& text);

// Deterministic, auditable rules that read a radiology report in the terms of a CXR catalog (its descriptor
// phrases and extraction cues): negation with its scope, pseudo-negations, uncertainty, laterality, size and
// historical mentions. Immutable after create(); extract() is thread-safe.
class ReportExtractor
{
public:
    // Model error naming the catalog when it has no `extraction` rules.
    static Result<ReportExtractor> create(const Catalog& catalog);

    ReportExtraction extract(const QString& reportText) const;

    const Catalog& catalog() const { return m_catalog; }

private:
    ReportExtractor(Catalog catalog, std::shared_ptr<const ExtractionRules> rules)
        : m_catalog(std::move(catalog)), m_rules(std::move(rules))
    {
    }
    Catalog m_catalog;
    std::shared_ptr<const ExtractionRules> m_rules; // the catalog's phrases and cues, compiled once
};

// Reads a report file (plain text, UTF-8 or Latin-1; an Indiana/OpenI XML report is reduced to its FINDINGS and
// IMPRESSION text). Input error naming the file when it is unreadable, not text, or larger than 1 MiB.
Result<QString> readReportFile(const QString& path);

} // namespace descry

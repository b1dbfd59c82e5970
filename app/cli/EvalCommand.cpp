// `descry-cli eval explanations PRED.jsonl REF.jsonl [--json]`: corpus ROUGE-L and METEOR of explanation
// sentences against reference sentences, paired by id (the mean over pairs, as the paper's Table 3 reports).
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/eval/TextMetrics.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace descry::cli {

namespace {

// One line of a JSONL file: its id (as given, and as the key pairs are matched on), its text and its line.
struct Entry
{
    QJsonValue id;
    QString key;
    QString text;
    int line = 0;
};

struct EntryFile
{
    QString path;
    QList<Entry> entries;
    QHash<QString, qsizetype> byKey;
};

Error lineError(const QString& path, int line, const QString& message)
{
    return Error(ErrorCode::Input, Tr::tr("line %1: %2").arg(line).arg(message), path);
}

// The id a pair is matched on: a string as it is, a whole number in decimal (so 7 and "7" pair up).
QString idKey(const QJsonValue& id)
{
    if (id.isString())
        return id.toString();
    if (id.isDouble()) {
        const double d = id.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
    }
    return {};
}

// "text": "...", or "sentences": ["...", ...] joined with spaces; exactly one of them.
Result<QString> entryText(const QJsonObject& o)
{
    const bool hasText = o.contains(QStringLiteral("text")), hasSentences = o.contains(QStringLiteral("sentences"));
    if (hasText == hasSentences)
        return Error(ErrorCode::Input, Tr::tr("give either \"text\" (a string) or \"sentences\" (a list of "
                                              "strings), not both or neither"));
    if (hasText) {
        const QJsonValue t = o.value(QStringLiteral("text"));
        if (!t.isString())
            return Error(ErrorCode::Input, Tr::tr("\"text\" must be a string"));
        return t.toString();
    }
    const QJsonValue s = o.value(QStringLiteral("sentences"));
    if (!s.isArray())
        return Error(ErrorCode::Input, Tr::tr("\"sentences\" must be a list of strings"));
    QStringList parts;
    for (const QJsonValue& v : s.toArray()) {
        if (!v.isString())
            return Error(ErrorCode::Input, Tr::tr("\"sentences\" must be a list of strings"));
        parts << v.toString();
    }
    return parts.join(QLatin1Char(' '));
}

Result<Entry> parseLine(const QByteArray& bytes, const QString& path, int line)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return lineError(
            path, line,
            Tr::tr("not valid JSON (%1 at column %2)").arg(parseError.errorString()).arg(parseError.offset + 1));
    if (!doc.isObject())
        return lineError(path, line, Tr::tr("expected one JSON object {\"id\": ..., \"text\": \"...\"}"));
    const QJsonObject o = doc.object();
    Entry e;
    e.line = line;
    e.id = o.value(QStringLiteral("id"));
    e.key = idKey(e.id);
    if (e.key.isNull())
        return lineError(path, line, Tr::tr("\"id\" must be a string or a whole number"));
    auto text = entryText(o);
    if (!text)
        return lineError(path, line, text.error().message());
    e.text = *text;
    // Bounded before scoring: the metrics are for sentences, and a huge text would exhaust the aligner's stack.
    if (const qsizetype tokens = textTokens(e.text).size(); tokens > kMaxTextTokens)
        return lineError(
            path, line,
            Tr::tr("the text has %1 words, more than the %2 an explanation may have").arg(tokens).arg(kMaxTextTokens));
    return e;
}

// Every non-blank line is one entry; ids are unique within the file.
Result<EntryFile> readEntries(const QString& path)
{
    auto bytes = readWholeFile(path, kMaxListFileBytes);
    if (!bytes)
        return bytes.error();
    EntryFile file;
    file.path = path;
    const QList<QByteArray> lines = bytes->split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray raw = lines[i].trimmed();
        if (raw.isEmpty())
            continue;
        const int line = int(i + 1);
        auto entry = parseLine(raw, path, line);
        if (!entry)
            return entry.error();
        if (const auto it = file.byKey.constFind(entry->key); it != file.byKey.constEnd())
            return lineError(path, line,
                             Tr::tr("id '%1' was already given on line %2")
                                 .arg(entry->key, QString::number(file.entries[*it].line)));
        file.byKey.insert(entry->key, file.entries.size());
        file.entries << *entry;
    }
    if (file.entries.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("no entries (expected one JSON object per line)"), path);
    return file;
}

// Every id of one file must be in the other: the first orphan is named with its file and line.
Status checkPairing(const EntryFile& a, const EntryFile& b)
{
    for (const Entry& e : a.entries)
        if (!b.byKey.contains(e.key))
            return lineError(a.path, e.line, Tr::tr("id '%1' is not in %2").arg(e.key, b.path));
    return {};
}

QJsonObject pairJson(const Entry& e, const RougeLScore& r, const MeteorScore& m)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("rouge_l"), QJsonObject{{QStringLiteral("lcs"), r.lcs},
                                                    {QStringLiteral("precision"), r.precision},
                                                    {QStringLiteral("recall"), r.recall},
                                                    {QStringLiteral("f"), r.f}}},
            {QStringLiteral("meteor"), QJsonObject{{QStringLiteral("matches"), m.matches},
                                                   {QStringLiteral("chunks"), m.chunks},
                                                   {QStringLiteral("precision"), m.precision},
                                                   {QStringLiteral("recall"), m.recall},
                                                   {QStringLiteral("fmean"), m.fmean},
                                                   {QStringLiteral("penalty"), m.penalty},
                                                   {QStringLiteral("score"), m.score}}}};
}

ExitCode runEvalExplanations(const ParsedArgs& args)
{
    auto pred = readEntries(args.positional(0));
    if (!pred)
        return fail(pred.error());
    auto ref = readEntries(args.positional(1));
    if (!ref)
        return fail(ref.error());
    if (auto st = checkPairing(*pred, *ref); !st)
        return fail(st.error());
    if (auto st = checkPairing(*ref, *pred); !st)
        return fail(st.error());
    QStringList candidates, references;
    QJsonArray pairs;
    for (const Entry& e : pred->entries) {
        const QString& reference = ref->entries[ref->byKey.value(e.key)].text;
        candidates << e.text;
        references << reference;
        pairs.append(pairJson(e, rougeL(e.text, reference), meteor(e.text, reference)));
    }
    const CorpusTextScores scores = corpusTextScores(candidates, references);
    if (args.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("n"), scores.n},
                   {QStringLiteral("rouge_l"), scores.rougeL},
                   {QStringLiteral("meteor"), scores.meteor},
                   {QStringLiteral("averaging"), QStringLiteral("mean over pairs")},
                   {QStringLiteral("pairs"), pairs}});
        return ExitCode::Success;
    }
    printText(Tr::tr("%n pair(s) matched by id\n", nullptr, scores.n) +
              Tr::tr("ROUGE-L F (mean over pairs): %1\n").arg(scores.rougeL, 0, 'f', 4) +
              Tr::tr("METEOR (mean over pairs):    %1\n").arg(scores.meteor, 0, 'f', 4));
    return ExitCode::Success;
}

} // namespace

Command evalExplanationsCommand()
{
    return Command{
        .words = {QStringLiteral("eval"), QStringLiteral("explanations")},
        .summary = Tr::tr("score explanation sentences against reference sentences: corpus ROUGE-L and METEOR"),
        .positionals = {{QStringLiteral("PRED.jsonl"),
                         Tr::tr("one JSON object per line: {\"id\": ..., \"text\": \"...\"} or "
                                "{\"id\": ..., \"sentences\": [...]}")},
                        {QStringLiteral("REF.jsonl"), Tr::tr("the reference sentences, the same ids, same format")}},
        .options = {jsonOption()},
        .run = runEvalExplanations,
    };
}

} // namespace descry::cli

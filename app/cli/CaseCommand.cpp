// `descry-cli case verify|sign FILE.descry`: a case file's integrity, signature and evidence, and signing it.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/casefile/CaseFile.h"
#include "core/casefile/SigningKey.h"
#include "core/common/Tr.h"

#include <QJsonArray>
#include <QJsonObject>

namespace descry::cli {

namespace {

QString stateId(EvidenceCheck::State s)
{
    switch (s) {
    case EvidenceCheck::State::Ok:
        return QStringLiteral("ok");
    case EvidenceCheck::State::Missing:
        return QStringLiteral("missing");
    case EvidenceCheck::State::Modified:
        return QStringLiteral("modified");
    }
    return {};
}

// Entries stored in the file: open() appends an "open" entry in memory that the file does not hold.
int storedAuditEntries(const CaseFile& c)
{
    const auto& entries = c.auditLog().entries();
    const bool opened = !entries.isEmpty() && entries.constLast().action == QLatin1String(AuditLog::Open);
    return int(entries.size()) - (opened ? 1 : 0);
}

QString integrityText(const CaseFile& c)
{
    const CaseIntegrity i = c.integrity();
    if (i.isVerified())
        return Tr::tr("chain verified (%n audit entries, each linked to the one before it)", nullptr,
                      storedAuditEntries(c));
    return Tr::tr("unverified legacy history: %1").arg(i.message.simplified());
}

QString signatureText(const CaseFile& c)
{
    if (!c.signature())
        return Tr::tr("not signed (the chain alone does not prove who wrote the file)");
    const CaseSignature& s = *c.signature();
    return Tr::tr("signed by %1, key fingerprint %2%3, %4")
        .arg(s.examiner, s.fingerprint, s.ownKey ? Tr::tr(" (your own key)") : QString(), utcToIso(s.utc));
}

// What the stored result may show: nothing while blind-first hides it (not even the decision).
QString resultText(const CaseFile& c)
{
    if (!c.hasResult())
        return Tr::tr("none stored");
    if (c.modelOutputHidden())
        return Tr::tr("hidden (blind first: the examiner's analysis is not locked yet)");
    const QJsonObject r = c.result();
    return Tr::tr("%1 (score %2)")
        .arg(r.value(QStringLiteral("decision")).toString())
        .arg(r.value(QStringLiteral("score")).toDouble(), 0, 'f', 4);
}

QString evidenceText(const QList<EvidenceCheck>& checks)
{
    QString s;
    for (const EvidenceCheck& e : checks) {
        if (e.state == EvidenceCheck::State::Ok)
            s += Tr::tr("  %1: unchanged, %2 (sha256 %3)\n").arg(e.role, e.path, e.expectedSha256);
        else
            s += Tr::tr("  %1: %2\n").arg(e.role, e.message.simplified());
    }
    return s.isEmpty() ? Tr::tr("  none\n") : s;
}

QJsonObject verifyJson(const CaseFile& c, const QList<EvidenceCheck>& checks)
{
    QJsonArray evidence;
    for (const EvidenceCheck& e : checks)
        evidence.append(QJsonObject{{QStringLiteral("role"), e.role},
                                    {QStringLiteral("path"), e.path},
                                    {QStringLiteral("state"), stateId(e.state)},
                                    {QStringLiteral("expected_sha256"), e.expectedSha256},
                                    {QStringLiteral("actual_sha256"), e.actualSha256},
                                    {QStringLiteral("message"), e.message}});
    QJsonObject integrity{{QStringLiteral("state"),
                           c.integrity().isVerified() ? QStringLiteral("verified") : QStringLiteral("unverified")},
                          {QStringLiteral("message"), c.integrity().message},
                          {QStringLiteral("audit_entries"), storedAuditEntries(c)}};
    QJsonValue signature;
    if (c.signature())
        signature = QJsonObject{{QStringLiteral("examiner"), c.signature()->examiner},
                                {QStringLiteral("fingerprint"), c.signature()->fingerprint},
                                {QStringLiteral("public_key"), c.signature()->publicKeyHex},
                                {QStringLiteral("utc"), utcToIso(c.signature()->utc)},
                                {QStringLiteral("own_key"), c.signature()->ownKey}};
    QJsonObject o{{QStringLiteral("case_id"), c.caseId()},
                  {QStringLiteral("integrity"), integrity},
                  {QStringLiteral("signature"), signature},
                  {QStringLiteral("evidence"), evidence},
                  {QStringLiteral("result_hidden"), c.modelOutputHidden()}};
    if (c.hasResult() && !c.modelOutputHidden())
        o.insert(QStringLiteral("result"),
                 QJsonObject{{QStringLiteral("decision"), c.result().value(QStringLiteral("decision"))},
                             {QStringLiteral("score"), c.result().value(QStringLiteral("score"))}});
    return o;
}

// One line naming the case for every evidence file that is not as recorded; empty when all match.
Status evidenceStatus(const QString& file, const QList<EvidenceCheck>& checks, bool missingIsError)
{
    QStringList problems;
    for (const EvidenceCheck& e : checks)
        if (e.state == EvidenceCheck::State::Modified || (missingIsError && e.state == EvidenceCheck::State::Missing))
            problems << e.message.simplified();
    if (problems.isEmpty())
        return {};
    return Error(ErrorCode::Input,
                 Tr::tr("evidence does not match the case: %1").arg(problems.join(QStringLiteral("; "))), file);
}

ExitCode runCaseVerify(const ParsedArgs& args)
{
    const QString file = args.positional(0);
    // open() verifies every link of the chain, the content the last entry committed to and any signature; a broken
    // one is an error naming the first broken link.
    auto opened = CaseFile::open(file);
    if (!opened)
        return fail(opened.error().withFile(file));
    const CaseFile& c = *opened;
    const QList<EvidenceCheck> checks = c.verifyEvidence();
    if (args.isSet(QStringLiteral("json"))) {
        printJson(verifyJson(c, checks));
    } else {
        printText(Tr::tr("Case %1 (%2)\nIntegrity: %3\nSignature: %4\nEvidence:\n%5Result: %6\n")
                      .arg(c.caseId(), file, integrityText(c), signatureText(c), evidenceText(checks), resultText(c)));
    }
    if (auto st = evidenceStatus(file, checks, true); !st)
        return fail(st.error());
    return ExitCode::Success;
}

ExitCode runCaseSign(const ParsedArgs& args)
{
    const QString file = args.positional(0);
    auto opened = CaseFile::open(file);
    if (!opened)
        return fail(opened.error().withFile(file));
    CaseFile c = std::move(opened).value();
    // A signature vouches for the case as recorded: refuse while an evidence file no longer matches its hash.
    if (auto st = evidenceStatus(file, c.verifyEvidence(), false); !st)
        return fail(st.error());
    auto key = SigningKey::loadOrCreate(SigningKey::defaultPath(), args.value(QStringLiteral("examiner")));
    if (!key)
        return fail(key.error());
    // Only the case file is written (never over an evidence file: save() refuses that).
    if (auto st = c.save(file, &*key); !st)
        return fail(st.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("case"), file},
                              {QStringLiteral("examiner"), key->examinerName()},
                              {QStringLiteral("fingerprint"), key->fingerprint()},
                              {QStringLiteral("public_key"), key->publicKeyHex()},
                              {QStringLiteral("key_file"), key->path()}});
    else
        printText(Tr::tr("%1: signed by %2 (key fingerprint %3, key file %4)\n")
                      .arg(file, key->examinerName(), key->fingerprint(), key->path()));
    return ExitCode::Success;
}

Positional caseFilePositional()
{
    return {QStringLiteral("FILE.descry"), Tr::tr("a Descry case file")};
}

} // namespace

Command caseVerifyCommand()
{
    return Command{
        .words = {QStringLiteral("case"), QStringLiteral("verify")},
        .summary = Tr::tr("check a case file: its audit chain, its signature and the evidence hashes (exit 2 when "
                          "anything is broken or modified)"),
        .positionals = {caseFilePositional()},
        .options = {jsonOption()},
        .run = runCaseVerify,
    };
}

Command caseSignCommand()
{
    return Command{
        .words = {QStringLiteral("case"), QStringLiteral("sign")},
        .summary = Tr::tr("sign a case file with your own key (created on first use in your configuration folder); "
                          "evidence files are never touched"),
        .positionals = {caseFilePositional()},
        .options = {Option::text(QStringLiteral("examiner"), QStringLiteral("NAME"), Tr::tr("who signs")).mandatory(),
                    jsonOption()},
        .run = runCaseSign,
    };
}

} // namespace descry::cli

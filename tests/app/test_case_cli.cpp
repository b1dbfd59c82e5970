// `descry-cli case verify|sign` (issue 9, defect 4): the chain, the signature and the evidence of a generated case,
// a signed case, a modified evidence file, a legacy case without a chain, and blind-first hiding the result.
#include "FakeEncoders.h"

#include "app/CliRunner.h"
#include "core/casefile/CaseFile.h"
#include "core/common/Hash.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;

namespace {

class CaseCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_probe = m_dir.filePath(QStringLiteral("P.png"));
        m_reference = m_dir.filePath(QStringLiteral("R.png"));
        ASSERT_TRUE(fakes::writeFakeFacePhoto(m_probe, 1, 0));
        ASSERT_TRUE(fakes::writeFakeFacePhoto(m_reference, 1, 1));
        m_env = {{QStringLiteral("DESCRY_SIGNING_KEY"), m_dir.filePath(QStringLiteral("config/signing-key.pem"))}};
    }

    // A case with both photos and a stored match; locked unless `blind` (then blind-first, analysis open).
    QString writeCase(const QString& name, bool blind)
    {
        CaseFile c;
        EXPECT_TRUE(c.addEvidence(QString::fromLatin1(CaseFile::ProbeRole), m_probe).ok());
        EXPECT_TRUE(c.addEvidence(QString::fromLatin1(CaseFile::ReferenceRole), m_reference).ok());
        if (blind) {
            EXPECT_TRUE(c.setBlindFirst(true).ok());
        }
        c.setResult(
            QJsonObject{{QStringLiteral("decision"), QStringLiteral("match")}, {QStringLiteral("score"), 0.987654}});
        EXPECT_TRUE(
            c.setAssessment(QStringLiteral("eyes"), Assessment::Finding::Similar, QStringLiteral("same tilt")).ok());
        if (!blind) {
            EXPECT_TRUE(c.lockNotes(QStringLiteral("A. Examiner")).ok());
        }
        const QString path = m_dir.filePath(name);
        const Status saved = c.save(path);
        EXPECT_TRUE(saved.ok()) << saved.error().toString().toStdString();
        return path;
    }

    CliRun caseCli(const QStringList& args) { return runCli(QStringList{QStringLiteral("case")} + args, m_env); }

    QTemporaryDir m_dir;
    QString m_probe, m_reference;
    QList<QPair<QString, QString>> m_env;
};

} // namespace

TEST_F(CaseCli, VerifyReportsTheChainTheSignatureAndTheEvidence)
{
    const QString file = writeCase(QStringLiteral("ok.descry"), false);
    const CliRun r = caseCli({QStringLiteral("verify"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Integrity: chain verified"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Signature: not signed"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("probe: unchanged"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("reference: unchanged"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Result: match (score 0.9877)"))) << out.toStdString();
    // Regression (found under test): the count included the "open" entry that exists only in memory.
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const qsizetype stored =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("audit")).toArray().size();
    EXPECT_TRUE(out.contains(QStringLiteral("chain verified (%1 audit entries").arg(stored))) << out.toStdString();
}

TEST_F(CaseCli, SignThenVerifyShowsWhoSignedAndLeavesTheEvidenceAlone)
{
    const QString file = writeCase(QStringLiteral("signed.descry"), false);
    const QString probeSha = *sha256File(m_probe), referenceSha = *sha256File(m_reference);
    CliRun r = caseCli({QStringLiteral("sign"), file, QStringLiteral("--examiner"), QStringLiteral("A. Examiner"),
                        QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString fingerprint = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("fingerprint")).toString();
    EXPECT_EQ(fingerprint.size(), 16) << r.out.toStdString();
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("config/signing-key.pem"))));
    EXPECT_EQ(*sha256File(m_probe), probeSha);
    EXPECT_EQ(*sha256File(m_reference), referenceSha);
    QFile caseFile(file);
    ASSERT_TRUE(caseFile.open(QIODevice::ReadOnly));
    EXPECT_FALSE(caseFile.readAll().contains("PRIVATE KEY"));

    r = caseCli({QStringLiteral("verify"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Signature: signed by A. Examiner, key fingerprint ") + fingerprint))
        << out.toStdString();
}

TEST_F(CaseCli, ModifiedEvidenceExitsTwoWithOneLineNamingTheCase)
{
    const QString file = writeCase(QStringLiteral("modified.descry"), false);
    ASSERT_TRUE(fakes::writeFakeFacePhoto(m_reference, 3, 0));
    const CliRun r = caseCli({QStringLiteral("verify"), file});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("modified.descry")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("R.png")) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("probe: unchanged")) << r.out.toStdString();
    const CliRun sign =
        caseCli({QStringLiteral("sign"), file, QStringLiteral("--examiner"), QStringLiteral("A. Examiner")});
    EXPECT_EQ(sign.exitCode, 2) << sign.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("config/signing-key.pem"))));
}

TEST_F(CaseCli, BlindAndUnlockedCaseNeverShowsTheStoredResult)
{
    const QString file = writeCase(QStringLiteral("blind.descry"), true);
    for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        const CliRun r = caseCli(QStringList{QStringLiteral("verify"), file} + extra);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_FALSE(r.out.contains("0.98")) << r.out.toStdString();
        EXPECT_FALSE(r.out.contains("match")) << r.out.toStdString();
        EXPECT_FALSE(r.out.contains("MATCH")) << r.out.toStdString();
    }
    EXPECT_TRUE(caseCli({QStringLiteral("verify"), file}).out.contains("Result: hidden"));
}

TEST_F(CaseCli, LegacyCaseWithoutAChainIsReportedUnverified)
{
    const QString file = writeCase(QStringLiteral("new.descry"), false);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    o.insert(QStringLiteral("format"), QString::fromLatin1(CaseFile::formatIdV2));
    o.remove(QStringLiteral("signature"));
    QJsonArray audit;
    for (const QJsonValue& v : o.value(QStringLiteral("audit")).toArray()) {
        QJsonObject e = v.toObject();
        for (const char* key : {"state", "prev", "hash", "examiner"})
            e.remove(QLatin1String(key));
        audit.append(e);
    }
    o.insert(QStringLiteral("audit"), audit);
    const QString legacy = m_dir.filePath(QStringLiteral("legacy.descry"));
    QFile out(legacy);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(o).toJson());
    out.close();
    const CliRun r = caseCli({QStringLiteral("verify"), legacy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Integrity: unverified legacy history")) << r.out.toStdString();
}

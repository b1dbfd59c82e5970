// `descry-cli cxr` end to end on the fake CXR pack (descry-cli-fakes): text and --json, the installed-pack lookup
// and its one-line refusal, tampered packs, corrupt input, the PDF report and its refusal to replace the input.
#include "CliRunner.h"
#include "FakeCxrPack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;

namespace {

class CxrCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("packs"))));
        ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
        auto pack = fakes::writeFakeCxrPack(m_dir.filePath(QStringLiteral("packs/cxr-fake")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_pack = *pack;
        m_left = m_dir.filePath(QStringLiteral("left.png"));
        ASSERT_TRUE(fakes::fakeChestRadiograph(QStringLiteral("left"), 2).save(m_left));
    }

    // The CLI with `packs` as its only pack folder (no user or system data folders).
    QList<QPair<QString, QString>> env(const QString& packs) const
    {
        return {{QStringLiteral("DESCRY_PACKS"), packs},
                {QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data"))},
                {QStringLiteral("XDG_DATA_DIRS"), m_dir.filePath(QStringLiteral("data"))}};
    }
    CliRun cxr(const QStringList& args) const
    {
        return runFakeCli(QStringList{QStringLiteral("cxr")} + args, env(m_dir.filePath(QStringLiteral("packs"))));
    }

    QTemporaryDir m_dir;
    QString m_pack, m_left;
};

} // namespace

TEST_F(CxrCli, JsonIsOneObjectWithTheExactDecomposition)
{
    const CliRun r = cxr({m_left, QStringLiteral("--pack"), m_pack, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
    ASSERT_EQ(pe.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(o.value("decision").toString(), QStringLiteral("effusion"));
    EXPECT_GT(o.value("probability").toDouble(), 0.5);
    const QJsonObject d = o.value("decomposition").toObject();
    EXPECT_NEAR(d.value("sum_contributions").toDouble() + d.value("bias_term").toDouble(),
                d.value("head_margin").toDouble(), 1e-5);
    EXPECT_LE(std::abs(d.value("residual").toDouble()), 1e-4);
    const QStringList present = [&] {
        QStringList l;
        for (const QJsonValue& v : o.value("present").toArray())
            l << v.toString();
        return l;
    }();
    EXPECT_TRUE(present.contains(QStringLiteral("basal_opacity.left"))) << present.join(' ').toStdString();
    EXPECT_EQ(o.value("image").toObject().value("window").toString(), QStringLiteral("8-bit raster, no window"));
    EXPECT_DOUBLE_EQ(o.value("calibration").toObject().value("threshold").toDouble(), 0.5);
}

TEST_F(CxrCli, TextShowsTheDecisionScoresAndTheDecomposition)
{
    const CliRun r = cxr({m_left}); // the installed pack is found by task
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    for (const char* part : {"P(effusion) = ", "Decision: PLEURAL EFFUSION", "Calibration: threshold 0.500",
                             "Descriptors present: ", "basal_opacity.left", "Concept scores by group", "Costophrenic",
                             "[present]", "sum of descriptor contributions", "+ bias term", "= margin l1 - l0",
                             "head's own forward pass", "residual", "What the encoder saw", "patient's left"})
        EXPECT_TRUE(out.contains(QLatin1String(part))) << part << "\n" << out.toStdString();
}

TEST_F(CxrCli, WithoutAPackItSaysInOneLineHowToInstallOne)
{
    QTemporaryDir empty;
    const CliRun r = runFakeCli({QStringLiteral("cxr"), m_left}, env(empty.path()));
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("no chest X-ray pack is installed"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("descry-cli train cxr")));
    EXPECT_TRUE(err.contains(QStringLiteral("pack build --task cxr")));
    EXPECT_TRUE(err.contains(QStringLiteral("Chest X-ray packs")));
}

TEST_F(CxrCli, ATamperedPackIsRefusedWithExitCode3)
{
    QFile f(QDir(m_pack).filePath(QStringLiteral("descriptors.safetensors")));
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 0x10);
    f.seek(0);
    f.write(bytes);
    f.close();
    const CliRun r = cxr({m_left, QStringLiteral("--pack"), m_pack});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("descriptors.safetensors")) << r.err.toStdString();
}

TEST_F(CxrCli, ACorruptDicomIsAnInputErrorOnOneLine)
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.dcm"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(128, '\0') + "DICM" + QByteArray(64, '\x11'));
    f.close();
    const CliRun r = cxr({bad, QStringLiteral("--pack"), m_pack});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("bad.dcm")) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(CxrCli, BadDisplayOptionsAreUsageErrors)
{
    EXPECT_EQ(cxr({m_left, QStringLiteral("--window"), QStringLiteral("40")}).exitCode, 1);
    EXPECT_EQ(cxr({m_left, QStringLiteral("--frame"), QStringLiteral("2")}).exitCode, 1);
    EXPECT_EQ(cxr({m_left, QStringLiteral("--preset"), QStringLiteral("1")}).exitCode, 1);
    const CliRun custom =
        cxr({m_left, QStringLiteral("--window"), QStringLiteral("100,120"), QStringLiteral("--json")});
    ASSERT_EQ(custom.exitCode, 0) << custom.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(custom.out).object().value("image").toObject().value("window").toString(),
              QStringLiteral("C 100 W 120 (custom)"));
}

TEST_F(CxrCli, TheReportIsWrittenAndNeverReplacesTheInput)
{
    const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
    const CliRun r = cxr({m_left, QStringLiteral("--report"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    f.close();
    QFile in(m_left);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray before = in.readAll();
    in.close();
    const CliRun over = cxr({m_left, QStringLiteral("--report"), m_left});
    EXPECT_EQ(over.exitCode, 1) << over.err.toStdString();
    EXPECT_EQ(over.err.count('\n'), 1) << over.err.toStdString();
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    EXPECT_EQ(in.readAll(), before) << "the radiograph is untouched";
}

// `descry-cli extract-descriptors` and `descry-cli eval extraction` as a user runs them: report snippets written
// here (not from ../shared) judged through --json, the human text, and every refusal with its exit code.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}

QJsonObject extractJson(const QString& report)
{
    const CliRun run = runCli({QStringLiteral("extract-descriptors"), report, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out).object();
}

// One error line on stderr naming `file`.
void expectOneLineError(const CliRun& run, int code, const QString& file)
{
    EXPECT_EQ(run.exitCode, code) << run.err.toStdString();
    const QString err = QString::fromUtf8(run.err).trimmed();
    EXPECT_FALSE(err.contains(QLatin1Char('\n'))) << err.toStdString();
    EXPECT_TRUE(err.contains(file)) << err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

} // namespace

TEST(ExtractCli, JsonJudgesPresenceSideAndSize)
{
    QTemporaryDir dir;
    struct Case
    {
        QByteArray text;
        QJsonValue present, side, size;
    };
    const QList<Case> cases = {
        {"FINDINGS: Moderate right pleural effusion. No pneumothorax.\n", true, "right", "moderate"},
        {"IMPRESSION:\n1. No pleural effusion.\n2. Heart size normal.\n", false, QJsonValue::Null, QJsonValue::Null},
        {"Possible trace left effusion versus scarring.", QJsonValue::Null, QJsonValue::Null, QJsonValue::Null},
        {"No change in the small bilateral effusions.", true, "bilateral", "small"},
        {"Heart size normal. Lungs clear.", QJsonValue::Null, QJsonValue::Null, QJsonValue::Null},
    };
    for (int i = 0; i < cases.size(); ++i) {
        SCOPED_TRACE(cases[i].text.toStdString());
        const QJsonObject o = extractJson(writeFile(dir, QStringLiteral("r%1.txt").arg(i), cases[i].text));
        const QJsonObject e = o.value(QStringLiteral("effusion")).toObject();
        EXPECT_EQ(e.value(QStringLiteral("present")), cases[i].present);
        EXPECT_EQ(e.value(QStringLiteral("side")), cases[i].side);
        EXPECT_EQ(e.value(QStringLiteral("size")), cases[i].size);
        EXPECT_TRUE(o.value(QStringLiteral("descriptors")).isArray());
        EXPECT_EQ(o.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("name")).toString(),
                  QStringLiteral("cxr-pleural-effusion"));
    }
    // Descriptors carry their evidence sentence and a span on the right words.
    const QByteArray text = "Blunting of the left costophrenic angle with a small left effusion.";
    const QJsonObject o = extractJson(writeFile(dir, QStringLiteral("span.txt"), text));
    bool seen = false;
    for (const QJsonValue& v : o.value(QStringLiteral("descriptors")).toArray()) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("id")).toString() != QLatin1String("costophrenic_angle.blunted_left"))
            continue;
        seen = true;
        EXPECT_EQ(d.value(QStringLiteral("status")).toString(), QStringLiteral("present"));
        EXPECT_EQ(d.value(QStringLiteral("evidence")).toString(), QString::fromUtf8(text));
        const QJsonArray span = d.value(QStringLiteral("span")).toArray();
        EXPECT_EQ(QString::fromUtf8(text).mid(span[0].toInt(), span[1].toInt() - span[0].toInt()),
                  QStringLiteral("Blunting of the left costophrenic angle"));
    }
    EXPECT_TRUE(seen);
}

TEST(ExtractCli, HumanTextListsTheFindingAndEachDescriptor)
{
    QTemporaryDir dir;
    const QString report = writeFile(dir, QStringLiteral("r.txt"), "Small left effusion. No pneumothorax.");
    const CliRun run = runCli({QStringLiteral("extract-descriptors"), report});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Pleural effusion: present (side left, size small)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("pneumothorax.present (Pneumothorax): absent"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("evidence: \"No pneumothorax.\""))) << out.toStdString();
}

TEST(ExtractCli, RefusalsNameTheFileOnOneLine)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    expectOneLineError(runCli({QStringLiteral("extract-descriptors"), missing}), 2, missing);
    expectOneLineError(runCli({QStringLiteral("extract-descriptors"), dir.path()}), 2, dir.path());
    const QString binary = writeFile(dir, QStringLiteral("scan.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    expectOneLineError(runCli({QStringLiteral("extract-descriptors"), binary}), 2, binary);
    const QString big = writeFile(dir, QStringLiteral("big.txt"), QByteArray(1024 * 1024 + 10, 'x'));
    expectOneLineError(runCli({QStringLiteral("extract-descriptors"), big}), 2, big);
    const QString report = writeFile(dir, QStringLiteral("ok.txt"), "No effusion.");
    const QString badCatalog = writeFile(dir, QStringLiteral("bad.json"), "{\"format\": \"descry-catalog/1\"}");
    expectOneLineError(runCli({QStringLiteral("extract-descriptors"), report, QStringLiteral("--catalog"), badCatalog}),
                       3, badCatalog);
    const CliRun usage = runCli({QStringLiteral("extract-descriptors")});
    EXPECT_EQ(usage.exitCode, 1);
}

TEST(ExtractCli, EvalExtractionOnAGeneratedIndianaFolder)
{
    QTemporaryDir dir;
    int id = 0;
    auto xml = [&id](const char* findings, const char* mesh) {
        return QByteArray("<?xml version=\"1.0\"?><eCitation><uId id=\"CXR") + QByteArray::number(++id) +
               "\"/><Abstract><AbstractText Label=\"FINDINGS\">" + findings +
               "</AbstractText><AbstractText Label=\"IMPRESSION\">See findings.</AbstractText>"
               "</Abstract><MeSH><major>" +
               mesh + "</major></MeSH></eCitation>";
    };
    QDir(dir.path()).mkdir(QStringLiteral("xml"));
    writeFile(dir, QStringLiteral("xml/1.xml"), xml("Small left pleural effusion.", "Pleural Effusion/left/small"));
    writeFile(dir, QStringLiteral("xml/2.xml"), xml("No pleural effusion.", "normal"));
    writeFile(dir, QStringLiteral("xml/3.xml"), xml("Large right effusion.", "Pleural Effusion/right/severe"));
    writeFile(dir, QStringLiteral("xml/4.xml"), xml("Lungs are clear.", "Pleural Effusion/bilateral/mild"));
    writeFile(dir, QStringLiteral("xml/5.xml"), xml("Moderate left effusion.", "Opacity/lung/base"));
    const CliRun run = runCli({QStringLiteral("eval"), QStringLiteral("extraction"), QStringLiteral("--indiana"),
                               dir.filePath(QStringLiteral("xml")), QStringLiteral("--json"),
                               QStringLiteral("--errors"), QStringLiteral("5")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject e = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("indiana")).toObject();
    EXPECT_EQ(e.value(QStringLiteral("n")).toInt(), 5);
    const QJsonObject c = e.value(QStringLiteral("confusion")).toObject();
    EXPECT_EQ(c.value(QStringLiteral("tp")).toInt(), 2);
    EXPECT_EQ(c.value(QStringLiteral("fn")).toInt(), 1);
    EXPECT_EQ(c.value(QStringLiteral("fp")).toInt(), 1);
    EXPECT_EQ(c.value(QStringLiteral("tn")).toInt(), 1);
    EXPECT_DOUBLE_EQ(e.value(QStringLiteral("f1")).toDouble(), 2.0 / 3.0);
    // "severe" maps to large, so both true positives have the right side and size.
    EXPECT_EQ(e.value(QStringLiteral("size")).toObject().value(QStringLiteral("correct")).toInt(), 2);
    EXPECT_EQ(e.value(QStringLiteral("side")).toObject().value(QStringLiteral("correct")).toInt(), 2);
    EXPECT_EQ(e.value(QStringLiteral("errors")).toArray().size(), 2);

    const CliRun text = runCli({QStringLiteral("eval"), QStringLiteral("extraction"), QStringLiteral("--indiana"),
                                dir.filePath(QStringLiteral("xml"))});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(text.out).contains(QStringLiteral("precision 0.6667, recall 0.6667, F1 0.6667")))
        << text.out.toStdString();
    const CliRun none = runCli({QStringLiteral("eval"), QStringLiteral("extraction")});
    EXPECT_EQ(none.exitCode, 1);
    const CliRun empty = runCli({QStringLiteral("eval"), QStringLiteral("extraction"), QStringLiteral("--indiana"),
                                 dir.path() + QStringLiteral("/nothing")});
    EXPECT_EQ(empty.exitCode, 2);
}

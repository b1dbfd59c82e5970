// A comparison that fails must not leave the previous one on screen: the decision, tree, chart, aligned faces and
// export all belong to the run shown, never to an older one of another pack.
#include "UiTestData.h"
#include "core/face/pipeline/FaceComparison.h"
#include "ui/AlignedCompareView.h"
#include "ui/ContributionChart.h"
#include "ui/DescriptorTreeModel.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/ResultsPanel.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;

namespace {

// Writes a pack named `name` under `root` whose manifest's first SHA-256 is edited: the pack is refused on load.
QString writeRefusedPack(const QString& root, const QString& name)
{
    auto pack = fakes::writeFakeFacePack(root + QLatin1Char('/') + name, name);
    if (!pack)
        return {};
    QFile manifest(*pack + QStringLiteral("/manifest.json"));
    if (!manifest.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(manifest.readAll());
    manifest.close();
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("\"sha256\"\\s*:\\s*\"([0-9a-f]{64})\"")).match(text);
    if (!m.hasMatch())
        return {};
    const QChar first = m.captured(1).at(0);
    text[m.capturedStart(1)] = first == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    manifest.write(text.toUtf8());
    return *pack;
}

} // namespace

TEST(FaceWorkspace, RefusedComparisonClearsThePreviousResult)
{
    const uitest::FaceFixture data(uitest::FaceData::Generated);
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    QTemporaryDir dir;
    const QStringList photos = data.copySamePersonPair(dir.path());
    ASSERT_EQ(photos.size(), 2);

    InferenceService service;
    FaceWorkspace ws(&service);
    ws.newDocument();
    ASSERT_TRUE(ws.setProbe(photos[0]));
    ASSERT_TRUE(ws.setReference(photos[1]));
    QSignalSpy done(&ws, &FaceWorkspace::comparisonFinished);
    ws.run();
    ASSERT_TRUE(done.wait(60000)) << ws.messageLabel()->text().toStdString();
    ASSERT_TRUE(ws.result()) << ws.messageLabel()->text().toStdString();
    ASSERT_EQ(ws.result()->decision, Decision::Match);
    ResultsPanel* panel = ws.resultsPanel();
    auto* decision = panel->findChild<QLabel*>(QStringLiteral("decision"));
    ASSERT_NE(decision, nullptr);
    const QString matchText = decision->text();
    EXPECT_GT(panel->treeModel()->rowCount(), 0);
    EXPECT_GT(panel->chart()->barCount(), 0);
    EXPECT_FALSE(ws.alignedView()->probe().isNull());
    EXPECT_TRUE(ws.canPerform(Workspace::Action::Export));

    // Settings now name a pack that is refused, and the recorded one is no longer installed.
    const QString packsRoot = dir.filePath(QStringLiteral("packs"));
    ASSERT_FALSE(writeRefusedPack(packsRoot, QStringLiteral("face-refused")).isEmpty());
    qputenv("DESCRY_PACKS", packsRoot.toLocal8Bit()); // the fixture restores it
    AppSettings().setPackName(QStringLiteral("face-refused"));

    ws.run();
    // While it runs, the old result is no longer shown.
    EXPECT_FALSE(panel->result());
    EXPECT_NE(decision->text(), matchText);
    ASSERT_TRUE(done.wait(60000));
    EXPECT_TRUE(ws.messageLabel()->text().contains(QStringLiteral("face-refused")))
        << ws.messageLabel()->text().toStdString();
    EXPECT_FALSE(ws.result());
    EXPECT_FALSE(panel->result());
    EXPECT_NE(decision->text(), matchText);
    EXPECT_EQ(panel->treeModel()->rowCount(), 0);
    EXPECT_EQ(panel->chart()->mode(), ContributionChart::Mode::Empty);
    EXPECT_EQ(panel->chart()->barCount(), 0);
    EXPECT_TRUE(ws.alignedView()->probe().isNull());
    auto* sentences = panel->sentencesLabel();
    ASSERT_NE(sentences, nullptr);
    EXPECT_TRUE(sentences->text().isEmpty());
    EXPECT_FALSE(ws.canPerform(Workspace::Action::Export));
    EXPECT_FALSE(ws.unavailableReason(Workspace::Action::Export).isEmpty());
    // The case keeps what it recorded (the last successful run); only the screen forgets it.
    EXPECT_TRUE(ws.caseFile().hasResult());
}

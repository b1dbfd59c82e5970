// The quality panel lists the components the visibility check found hidden, after the quality problems.
#include <QApplication>
#include <QLabel>
#include <gtest/gtest.h>

#include "core/face/pipeline/FaceComparison.h"
#include "ui/QualityPanel.h"

using namespace descry;
using namespace descry::ui;

TEST(QualityPanelVisibility, ShowsHiddenComponentsAsNotVisible)
{
    QualityPanel panel;
    panel.show();
    FaceImageReport report;
    report.face.facesFound = 1;
    report.quality.problems = QStringList{QStringLiteral("blurred face")};
    report.visibility = {ComponentVisibility{QStringLiteral("eyes"), false, QStringLiteral("dark-glasses"),
                                             QStringLiteral("dark glasses over the eyes"), 0.9},
                         ComponentVisibility{QStringLiteral("mouth"), true, {}, {}, 0.1}};
    panel.setQuality(report);
    EXPECT_EQ(panel.visibilityWarnings(), QStringList{QStringLiteral("Eyes not visible (dark glasses)")});
    EXPECT_EQ(panel.warnings(),
              (QStringList{QStringLiteral("blurred face"), QStringLiteral("Eyes not visible (dark glasses)")}));
    QStringList shown;
    for (QLabel* label : panel.findChildren<QLabel*>(QStringLiteral("qualityWarning")))
        shown << label->text();
    EXPECT_EQ(shown, panel.warnings());

    // Everything visible and no problems: nothing to warn about.
    report.quality.problems.clear();
    report.visibility[0].visible = true;
    report.visibility[0].reason.clear();
    panel.setQuality(report);
    EXPECT_FALSE(panel.hasWarnings());
    EXPECT_TRUE(panel.visibilityWarnings().isEmpty());
    panel.clear();
    EXPECT_TRUE(panel.visibilityWarnings().isEmpty());
}

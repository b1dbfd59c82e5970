// SeriesListModel: the study > series > instance tree of the CXR workspace (texts, roles, identifiers only when
// visible) checked by QAbstractItemModelTester through resets and dataChanged.
#include "ui/SeriesListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

#include <functional>

using namespace descry;
using namespace descry::ui;

namespace {

// The model tester reports through warnings ("FAIL! ..."): counted while alive.
class TesterFailures
{
public:
    TesterFailures()
    {
        s_failures.clear();
        m_previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& msg) {
            if (type != QtDebugMsg && msg.contains(QLatin1String("FAIL")))
                s_failures << msg;
        });
    }
    ~TesterFailures() { qInstallMessageHandler(m_previous); }
    QStringList failures() const { return s_failures; }

private:
    static inline QStringList s_failures;
    QtMessageHandler m_previous = nullptr;
};

StudyInstance instance(const QString& path, int number, int frames = 1, int rows = 3000, int columns = 3000)
{
    StudyInstance i;
    i.path = path;
    i.sopInstanceUid = QStringLiteral("1.2.3.%1").arg(number);
    i.instanceNumber = number;
    i.frames = frames;
    i.rows = rows;
    i.columns = columns;
    i.modality = QStringLiteral("CR");
    return i;
}

StudyScan twoStudies()
{
    Study chest;
    chest.studyInstanceUid = QStringLiteral("1.2.840.1");
    chest.description = QStringLiteral("CHEST PA");
    chest.date = QStringLiteral("20240131");
    chest.patientName = QStringLiteral("DOE^JOHN");
    chest.patientId = QStringLiteral("PID-12345");
    StudySeries cr;
    cr.seriesInstanceUid = QStringLiteral("1.2.840.1.2");
    cr.seriesNumber = 2;
    cr.modality = QStringLiteral("CR");
    cr.instances = {instance("/data/a/1.dcm", 1, 2), instance("/data/a/2.dcm", 2), instance("/data/a/3.dcm", 3)};
    StudySeries dx;
    dx.seriesInstanceUid = QStringLiteral("1.2.840.1.3");
    dx.seriesNumber = 3;
    dx.modality = QStringLiteral("DX");
    dx.instances = {instance("/data/a/4.dcm", 1)};
    chest.series = {cr, dx};

    Study raster;
    StudySeries files;
    StudyInstance png = instance("/data/b/chest.png", 0, 1, 2500, 2000);
    png.isDicom = false;
    png.modality.clear();
    files.instances = {png};
    raster.series = {files};

    StudyScan scan;
    scan.studies = {chest, raster};
    return scan;
}

} // namespace

TEST(SeriesListModel, TreeTextsAndRoles)
{
    SeriesListModel model;
    model.setScan(twoStudies());
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex study = model.index(0, 0);
    EXPECT_EQ(study.data().toString(), QStringLiteral("Study 1"));
    model.setIdentifiersVisible(true);
    EXPECT_EQ(study.data().toString(), QStringLiteral("Study 2024-01-31 — CHEST PA — DOE, JOHN (PID-12345)"));
    model.setIdentifiersVisible(false);
    EXPECT_EQ(study.data(SeriesListModel::KindRole).toString(), QStringLiteral("study"));
    ASSERT_EQ(model.rowCount(study), 2);
    const QModelIndex series = model.index(0, 0, study);
    EXPECT_EQ(series.data().toString(), QStringLiteral("Series 2 — CR (3 images)"));
    EXPECT_EQ(series.data(SeriesListModel::KindRole).toString(), QStringLiteral("series"));
    EXPECT_EQ(model.index(1, 0, study).data().toString(), QStringLiteral("Series 3 — DX (1 image)"));
    ASSERT_EQ(model.rowCount(series), 3);
    const QModelIndex first = model.index(0, 0, series);
    EXPECT_EQ(first.data().toString(), QStringLiteral("Image 1 — 2 frames, 3000×3000"));
    EXPECT_EQ(model.index(1, 0, series).data().toString(), QStringLiteral("Image 2 — 3000×3000"));
    EXPECT_EQ(first.data(Qt::ToolTipRole).toString(), QStringLiteral("/data/a/1.dcm"));
    EXPECT_EQ(first.data(SeriesListModel::PathRole).toString(), QStringLiteral("/data/a/1.dcm"));
    EXPECT_EQ(first.data(SeriesListModel::KindRole).toString(), QStringLiteral("instance"));
    EXPECT_FALSE(series.data(SeriesListModel::PathRole).isValid());
    EXPECT_EQ(model.parent(first), series);
    EXPECT_EQ(model.parent(series), study);
    EXPECT_FALSE(model.parent(study).isValid());
    EXPECT_TRUE(model.flags(first) & Qt::ItemNeverHasChildren);

    const QModelIndex raster = model.index(1, 0);
    EXPECT_EQ(raster.data().toString(), QStringLiteral("Other images"));
    const QModelIndex png = model.index(0, 0, model.index(0, 0, raster));
    EXPECT_EQ(png.data().toString(), QStringLiteral("chest.png — 2000×2500"));

    EXPECT_EQ(model.firstInstance(), first);
    EXPECT_EQ(model.indexForPath(QStringLiteral("/data/a/4.dcm")), model.index(0, 0, model.index(1, 0, study)));
    EXPECT_EQ(model.indexForPath(QStringLiteral("/data/b/chest.png")), png);
    EXPECT_FALSE(model.indexForPath(QStringLiteral("/data/none.dcm")).isValid());
}

TEST(SeriesListModel, IdentifiersOnlyWhenVisible)
{
    SeriesListModel model;
    model.setScan(twoStudies());
    auto everyText = [&model] {
        QStringList texts;
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex i = model.index(r, 0, parent);
                texts << i.data().toString() << i.data(Qt::ToolTipRole).toString();
                walk(i);
            }
        };
        walk({});
        return texts.join('\n');
    };
    EXPECT_FALSE(everyText().contains(QLatin1String("DOE")));
    EXPECT_FALSE(everyText().contains(QLatin1String("PID-12345")));
    // Study date and description are identifiers too (the hostile test saw the date before any reveal).
    EXPECT_FALSE(everyText().contains(QLatin1String("2024-01-31")));
    EXPECT_FALSE(everyText().contains(QLatin1String("CHEST PA")));
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Study 1"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setIdentifiersVisible(true);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    EXPECT_EQ(changed.at(0).at(1).toModelIndex(), model.index(1, 0));
    EXPECT_EQ(model.index(0, 0).data().toString(),
              QStringLiteral("Study 2024-01-31 — CHEST PA — DOE, JOHN (PID-12345)"));
    model.setIdentifiersVisible(true);
    EXPECT_EQ(changed.count(), 1) << "no change, no signal";
    model.setIdentifiersVisible(false);
    EXPECT_FALSE(everyText().contains(QLatin1String("DOE")));
}

TEST(SeriesListModel, PassesTheModelTesterThroughResetsAndDataChanges)
{
    TesterFailures failures;
    SeriesListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setScan(twoStudies());
    model.setIdentifiersVisible(true);
    model.setIdentifiersVisible(false);
    StudyScan one = twoStudies();
    one.studies.removeFirst();
    model.setScan(one);
    EXPECT_EQ(model.rowCount(), 1);
    model.setScan({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.firstInstance().isValid());
    model.setIdentifiersVisible(true); // nothing to change: no signal over an empty range
    model.setScan(twoStudies());
    EXPECT_TRUE(failures.failures().isEmpty()) << failures.failures().join('\n').toStdString();
}

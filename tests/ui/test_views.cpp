// Image-viewing widgets of the face workspace: ImageView, AlignedCompareView, QualityPanel, PhotoPane.
#include "core/face/pipeline/FaceComparison.h"
#include "ui/AlignedCompareView.h"
#include "ui/ImageView.h"
#include "ui/PhotoPane.h"
#include "ui/QualityPanel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGraphicsItemGroup>
#include <QGraphicsRectItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;

namespace {

QImage gradient(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixelColor(x, y, QColor(x * 255 / w, y * 255 / h, 128));
    return image;
}

DetectedFace gridFace()
{
    DetectedFace face;
    face.box = QRectF(40, 30, 100, 120);
    face.facesFound = 1;
    face.detectorScore = 0.9;
    for (int i = 0; i < 68; ++i)
        face.landmarks[i] = QPointF(50 + (i % 10) * 8, 40 + (i / 10) * 12);
    return face;
}

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

TEST(ImageView, ShowsImageAndTogglesLandmarksAndBox)
{
    ImageView view;
    view.resize(400, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_FALSE(view.hasImage());
    EXPECT_FALSE(view.placeholderText().isEmpty());

    view.setImage(gradient(200, 180), QStringLiteral("probe.png"));
    ASSERT_TRUE(view.hasImage());
    EXPECT_EQ(view.image().size(), QSize(200, 180));
    EXPECT_EQ(view.title(), QStringLiteral("probe.png"));
    EXPECT_EQ(view.sceneRect(), QRectF(0, 0, 200, 180));
    EXPECT_TRUE(view.isFitted());
    EXPECT_NEAR(view.relativeZoom(), 1.0, 1e-9);
    EXPECT_EQ(view.landmarksItem(), nullptr);

    const DetectedFace face = gridFace();
    view.setFace(face);
    ASSERT_NE(view.landmarksItem(), nullptr);
    ASSERT_NE(view.boxItem(), nullptr);
    EXPECT_EQ(view.landmarksItem()->childItems().size(), 68);
    EXPECT_EQ(view.boxItem()->rect(), face.box);
    // Dots sit on the landmark coordinates (scene = image pixels).
    QList<QPointF> positions;
    for (QGraphicsItem* dot : view.landmarksItem()->childItems())
        positions << dot->scenePos();
    EXPECT_TRUE(positions.contains(face.landmarks[0]));
    EXPECT_TRUE(positions.contains(face.landmarks[67]));
    EXPECT_TRUE(view.landmarksItem()->isVisible());
    EXPECT_TRUE(view.boxItem()->isVisible());

    view.setLandmarksVisible(false);
    EXPECT_FALSE(view.landmarksItem()->isVisible());
    EXPECT_TRUE(view.boxItem()->isVisible());
    view.setBoxVisible(false);
    EXPECT_FALSE(view.boxItem()->isVisible());

    // The setting survives a new face.
    view.setFace(face);
    EXPECT_FALSE(view.landmarksItem()->isVisible());
    EXPECT_FALSE(view.boxItem()->isVisible());
    view.setLandmarksVisible(true);
    EXPECT_TRUE(view.landmarksItem()->isVisible());

    view.clearOverlay();
    EXPECT_EQ(view.landmarksItem(), nullptr);
    EXPECT_EQ(view.boxItem(), nullptr);
    EXPECT_TRUE(view.hasImage());
}

TEST(ImageView, TwoViewsStaySynchronisedWithoutFeedback)
{
    QWidget window;
    auto* a = new ImageView(&window);
    auto* b = new ImageView(&window);
    auto* layout = new QHBoxLayout(&window);
    layout->addWidget(a);
    layout->addWidget(b);
    window.resize(820, 320);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    a->setImage(gradient(800, 600));
    b->setImage(gradient(400, 300)); // half the resolution: framed alike through the relative zoom
    ImageView::synchronise(a, b);
    QSignalSpy spyA(a, &ImageView::viewChanged);
    QSignalSpy spyB(b, &ImageView::viewChanged);

    a->setZoom(a->fitZoom() * 3);
    EXPECT_EQ(spyA.count(), 1);
    EXPECT_EQ(spyB.count(), 0); // syncView never emits: no loop
    EXPECT_NEAR(a->relativeZoom(), 3.0, 1e-9);
    EXPECT_NEAR(b->relativeZoom(), 3.0, 1e-9);
    EXPECT_NEAR(b->zoom(), a->zoom() * 2, 0.02 * a->zoom()); // same window size, half the pixels
    EXPECT_TRUE(near(b->centreFraction().x(), a->centreFraction().x(), 0.01));
    EXPECT_TRUE(near(b->centreFraction().y(), a->centreFraction().y(), 0.01));

    // Pan by dragging a: b follows the centre.
    const QPoint middle = a->viewport()->rect().center();
    QTest::mousePress(a->viewport(), Qt::LeftButton, {}, middle);
    QTest::mouseMove(a->viewport(), middle + QPoint(60, 40));
    QTest::mouseRelease(a->viewport(), Qt::LeftButton, {}, middle + QPoint(60, 40));
    EXPECT_LT(a->centreFraction().x(), 0.5 - 0.01);
    EXPECT_LT(a->centreFraction().y(), 0.5 - 0.01);
    EXPECT_TRUE(near(b->centreFraction().x(), a->centreFraction().x(), 0.01));
    EXPECT_TRUE(near(b->centreFraction().y(), a->centreFraction().y(), 0.01));
    EXPECT_EQ(spyB.count(), 0);

    // The other direction, with the wheel-free zoom slots.
    spyA.clear();
    b->zoomIn();
    EXPECT_EQ(spyB.count(), 1);
    EXPECT_EQ(spyA.count(), 0);
    EXPECT_NEAR(a->relativeZoom(), b->relativeZoom(), 1e-9);
    EXPECT_NEAR(b->relativeZoom(), 3.0 * 1.25, 1e-9);

    b->fitToWindow();
    EXPECT_TRUE(a->isFitted());
    EXPECT_NEAR(a->relativeZoom(), 1.0, 1e-9);
    EXPECT_NEAR(a->centreFraction().x(), 0.5, 0.01);

    a->setZoom(1000); // clamped
    EXPECT_EQ(a->zoom(), ImageView::maxZoom);
}

TEST(ImageView, WheelZoomsAboutTheCursor)
{
    ImageView view;
    view.resize(400, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setImage(gradient(800, 600));
    view.setZoom(1.0);
    QSignalSpy spy(&view, &ImageView::viewChanged);
    const QPointF cursor(100, 80);
    const QPointF before = view.mapToScene(cursor.toPoint());
    QWheelEvent wheel(cursor, view.viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &wheel);
    EXPECT_NEAR(view.zoom(), 1.25, 1e-9);
    EXPECT_EQ(spy.count(), 1);
    const QPointF after = view.mapToScene(cursor.toPoint());
    EXPECT_NEAR(after.x(), before.x(), 1.0);
    EXPECT_NEAR(after.y(), before.y(), 1.0);
}

TEST(ImageView, DropOfLocalImageFileEmitsFileDropped)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString imagePath = dir.filePath(QStringLiteral("dropped face.png"));
    ASSERT_TRUE(gradient(64, 48).save(imagePath));

    ImageView view;
    view.resize(300, 200);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ImageView::fileDropped);

    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &refused);
    EXPECT_FALSE(refused.isAccepted());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(imagePath)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), imagePath);
}

// A 224x224 "aligned face" of one colour, so blended pixels can be checked exactly.
static QImage solidFace(const QColor& colour)
{
    QImage image(224, 224, QImage::Format_RGB888);
    image.fill(colour);
    return image;
}

TEST(AlignedCompareView, OverlayOpacityBlendsReferenceOverProbe)
{
    AlignedCompareView view;
    view.resize(520, 360);
    view.setFaces(solidFace(Qt::red), solidFace(Qt::blue));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_EQ(view.mode(), AlignedCompareView::Mode::SideBySide);
    EXPECT_FALSE(view.opacitySlider()->isEnabled());

    QSignalSpy modeSpy(&view, &AlignedCompareView::modeChanged);
    QSignalSpy opacitySpy(&view, &AlignedCompareView::opacityChanged);
    view.setMode(AlignedCompareView::Mode::Overlay);
    EXPECT_EQ(modeSpy.count(), 1);
    EXPECT_TRUE(view.opacitySlider()->isEnabled());
    view.opacitySlider()->setValue(30);
    EXPECT_DOUBLE_EQ(view.opacity(), 0.30);
    ASSERT_EQ(opacitySpy.count(), 1);
    EXPECT_DOUBLE_EQ(opacitySpy.at(0).at(0).toDouble(), 0.30);

    const QRectF face = view.faceRect();
    ASSERT_GT(face.width(), 100);
    const QImage shot = view.grab().toImage();
    const QColor mixed = shot.pixelColor(face.center().toPoint() * shot.devicePixelRatio());
    // 0.7 * red + 0.3 * blue = (178.5, 0, 76.5)
    EXPECT_NEAR(mixed.red(), 178, 3);
    EXPECT_NEAR(mixed.green(), 0, 3);
    EXPECT_NEAR(mixed.blue(), 77, 3);

    view.setOpacity(1.0);
    EXPECT_EQ(view.opacitySlider()->value(), 100);
}

TEST(AlignedCompareView, DraggingTheWipeDividerMovesIt)
{
    AlignedCompareView view;
    view.resize(520, 360);
    view.setFaces(solidFace(Qt::red), solidFace(Qt::blue));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    // Not in Wipe mode: a press does nothing.
    const QRectF face = view.faceRect();
    const int y = qRound(face.center().y());
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(qRound(face.left() + 0.2 * face.width()), y));
    EXPECT_DOUBLE_EQ(view.wipePosition(), 0.5);

    view.setMode(AlignedCompareView::Mode::Wipe);
    ASSERT_EQ(view.faceRect(), face);
    QSignalSpy spy(&view, &AlignedCompareView::wipePositionChanged);
    const QPoint divider(qRound(face.left() + 0.5 * face.width()), y);
    const QPoint target(qRound(face.left() + 0.2 * face.width()), y);
    QTest::mousePress(&view, Qt::LeftButton, {}, divider);
    QTest::mouseMove(&view, divider - QPoint(20, 0));
    QTest::mouseMove(&view, target);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, target);
    EXPECT_NEAR(view.wipePosition(), 0.2, 1.0 / face.width());
    EXPECT_GE(spy.count(), 2);

    const QImage shot = view.grab().toImage();
    const qreal dpr = shot.devicePixelRatio();
    const QColor left = shot.pixelColor((QPointF(face.left() + 0.1 * face.width(), y) * dpr).toPoint());
    const QColor right = shot.pixelColor((QPointF(face.left() + 0.6 * face.width(), y) * dpr).toPoint());
    EXPECT_EQ(left, QColor(255, 0, 0));  // probe left of the divider
    EXPECT_EQ(right, QColor(0, 0, 255)); // reference right of it

    view.setWipePosition(7);
    EXPECT_DOUBLE_EQ(view.wipePosition(), 1.0);
}

TEST(QualityPanel, ShowsMeasurementsAndAmberWarnings)
{
    QualityPanel panel;
    panel.show();
    EXPECT_FALSE(panel.hasWarnings());

    FaceImageReport report;
    report.face.facesFound = 1;
    report.quality.interEyePixels = 42.4;
    report.quality.yawDegrees = 12.34;
    report.quality.rollDegrees = -3.0;
    report.quality.sharpness = 85.24;
    report.quality.problems =
        QStringList{QStringLiteral("face too small: 42 px between the eyes"), QStringLiteral("blurred face")};
    panel.setQuality(report);
    const QLocale locale;
    EXPECT_EQ(panel.interEyeText(), locale.toString(42.0, 'f', 0) + QStringLiteral(" px"));
    EXPECT_EQ(panel.yawText(), locale.toString(12.3, 'f', 1) + QStringLiteral("°"));
    EXPECT_EQ(panel.rollText(), locale.toString(-3.0, 'f', 1) + QStringLiteral("°"));
    EXPECT_EQ(panel.sharpnessText(), locale.toString(85.2, 'f', 1));
    EXPECT_EQ(panel.facesText(), QStringLiteral("1"));
    EXPECT_EQ(panel.warnings(), report.quality.problems);

    QStringList shown;
    for (QLabel* label : panel.findChildren<QLabel*>(QStringLiteral("qualityWarning"))) {
        EXPECT_TRUE(label->isVisibleTo(&panel));
        EXPECT_EQ(label->palette().color(QPalette::WindowText), QColor(0xB2, 0x6A, 0x00));
        shown << label->text();
    }
    EXPECT_EQ(shown, report.quality.problems);

    report.quality.problems.clear();
    report.face.facesFound = 3;
    panel.setQuality(report);
    EXPECT_FALSE(panel.hasWarnings());
    EXPECT_TRUE(panel.findChildren<QLabel*>(QStringLiteral("qualityWarning")).isEmpty());
    EXPECT_TRUE(panel.facesText().startsWith(QStringLiteral("3")));

    panel.clear();
    EXPECT_EQ(panel.interEyeText(), QStringLiteral("—"));
}

TEST(PhotoPane, LoadsPathShowsReportAndEmitsOnDrop)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("probe.png"));
    const QString second = dir.filePath(QStringLiteral("other.jpg"));
    ASSERT_TRUE(gradient(240, 200).save(first));
    ASSERT_TRUE(gradient(120, 100).save(second));

    PhotoPane pane(PhotoPane::Side::Probe);
    pane.resize(500, 600);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    EXPECT_EQ(pane.title(), QStringLiteral("Probe"));
    EXPECT_EQ(pane.imageView()->placeholderText(), QStringLiteral("Drop or open the probe photo"));

    QSignalSpy chosen(&pane, &PhotoPane::imageChosen);
    ASSERT_TRUE(pane.setPath(first));
    EXPECT_EQ(chosen.count(), 0); // programmatic: no signal
    EXPECT_EQ(pane.imageView()->image().size(), QSize(240, 200));
    EXPECT_FALSE(pane.setPath(dir.filePath(QStringLiteral("missing.png"))));
    EXPECT_FALSE(pane.imageView()->hasImage());

    FaceImageReport report;
    report.path = first;
    report.face = gridFace();
    report.quality.interEyePixels = 60;
    report.quality.problems = QStringList{QStringLiteral("head turned")};
    pane.setReport(report);
    EXPECT_EQ(pane.path(), first);
    ASSERT_NE(pane.imageView()->landmarksItem(), nullptr);
    EXPECT_EQ(pane.qualityPanel()->warnings(), report.quality.problems);
    pane.setLandmarksVisible(false);
    EXPECT_FALSE(pane.imageView()->landmarksItem()->isVisible());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(second)});
    // QApplication delivers a drop to the widget that accepted the drag enter, as in a real drag.
    QDragEnterEvent enter(QPoint(40, 40), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(pane.imageView()->viewport(), &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(40, 40), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(pane.imageView()->viewport(), &drop);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), second);
    EXPECT_EQ(pane.path(), second);
    EXPECT_EQ(pane.imageView()->image().size(), QSize(120, 100));
    EXPECT_EQ(pane.imageView()->landmarksItem(), nullptr); // the old face is gone
    EXPECT_FALSE(pane.qualityPanel()->hasWarnings());

    pane.setRecentFiles({first, dir.filePath(QStringLiteral("gone.png"))});
    const QList<QAction*> actions = pane.recentMenu()->actions();
    ASSERT_EQ(actions.size(), 2);
    EXPECT_TRUE(actions[0]->isEnabled());
    EXPECT_FALSE(actions[1]->isEnabled());
    actions[0]->trigger();
    ASSERT_EQ(chosen.count(), 2);
    EXPECT_EQ(chosen.at(1).at(0).toString(), first);
    EXPECT_EQ(pane.path(), first);
}

// The radiograph viewer widgets: RadiographView (window/level, invert, frames, zoom/pan, measurement, readout,
// viewer state), ViewerControls (typed window, presets, frame slider, kept in step with the view) and
// DicomMetadataPanel (identifiers hidden until revealed).
#include "TimeBudget.h"
#include "ui/DicomMetadataPanel.h"
#include "ui/RadiographView.h"
#include "ui/ViewerControls.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace descry;
using namespace descry::ui;

namespace {

// A 12-bit CR-like image: frame f holds value (x * 4095 / (w - 1)) + f * 7, clamped; optional spacing and presets.
QSharedPointer<const MedicalImage> gradientImage(int w, int h, int frames = 1, PixelSpacing spacing = {},
                                                 QList<WindowPreset> presets = {})
{
    MedicalImageInfo info;
    info.path = QStringLiteral("/tmp/synthetic.dcm");
    info.modality = QStringLiteral("CR");
    info.photometric = QStringLiteral("MONOCHROME2");
    info.rows = h;
    info.columns = w;
    info.bitsAllocated = 16;
    info.bitsStored = 12;
    info.highBit = 11;
    info.spacing = spacing;
    info.windowPresets = presets;
    std::vector<std::vector<qint32>> pixels(size_t(frames), std::vector<qint32>(size_t(w) * h));
    for (int f = 0; f < frames; ++f)
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                pixels[size_t(f)][size_t(y) * w + x] = std::min(4095, x * 4095 / std::max(1, w - 1) + f * 7);
    return QSharedPointer<const MedicalImage>::create(MedicalImage::monochrome(info, std::move(pixels)));
}

// QTest::mouseMove carries no buttons: a drag needs the move events sent by hand.
void drag(QWidget* w, Qt::MouseButton button, QPoint from, QPoint to, int steps = 4)
{
    QTest::mousePress(w, button, Qt::NoModifier, from);
    for (int i = 1; i <= steps; ++i) {
        const QPointF p = QPointF(from) + QPointF(to - from) * (double(i) / steps);
        QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, button, Qt::NoModifier);
        QApplication::sendEvent(w, &move);
    }
    QTest::mouseRelease(w, button, Qt::NoModifier, to);
}

void hover(QWidget* w, QPointF p)
{
    QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
}

} // namespace

TEST(RadiographView, RightDragChangesWidthHorizontallyAndCentreVertically)
{
    RadiographView view;
    view.resize(400, 300);
    view.setImage(gradientImage(200, 100, 1, {}, {{2048, 4096, QStringLiteral("DEFAULT")}}));
    ASSERT_EQ(view.resolvedWindow().kind, ResolvedWindow::Kind::Preset);
    const QImage before = view.displayedFrame();
    QSignalSpy edited(&view, &RadiographView::viewerStateEdited);

    drag(&view, Qt::RightButton, QPoint(200, 150), QPoint(250, 150));
    ResolvedWindow w = view.resolvedWindow();
    EXPECT_EQ(w.kind, ResolvedWindow::Kind::Custom);
    EXPECT_GT(w.width, 4096.0 + 40.0 * 4095 / 500.0); // sensitivity: the modality range over 500 mouse pixels
    EXPECT_DOUBLE_EQ(w.center, 2048.0);
    EXPECT_GT(edited.count(), 0);

    drag(&view, Qt::RightButton, QPoint(200, 150), QPoint(200, 100)); // up: lower centre
    const ResolvedWindow w2 = view.resolvedWindow();
    EXPECT_LT(w2.center, 2048.0 - 40.0 * 4095 / 500.0);
    EXPECT_DOUBLE_EQ(w2.width, w.width);
    EXPECT_EQ(w2.center, std::round(w2.center)) << "integral modality values: whole-unit windows";
    EXPECT_NE(view.displayedFrame(), before);
}

TEST(RadiographView, LeftDragFollowsTheTool)
{
    RadiographView view;
    view.resize(400, 300);
    view.setImage(gradientImage(200, 100));
    view.setTool(RadiographView::Tool::Window);
    drag(&view, Qt::LeftButton, QPoint(100, 100), QPoint(160, 100));
    EXPECT_EQ(view.resolvedWindow().kind, ResolvedWindow::Kind::Custom);
    const ResolvedWindow w = view.resolvedWindow();

    view.setTool(RadiographView::Tool::Pan);
    const QPointF pan = view.panOffset();
    drag(&view, Qt::LeftButton, QPoint(100, 100), QPoint(130, 90));
    EXPECT_EQ(view.panOffset(), pan + QPointF(30, -10));
    EXPECT_FALSE(view.isFitting());
    EXPECT_EQ(view.resolvedWindow().width, w.width) << "panning leaves the window alone";

    drag(&view, Qt::MiddleButton, QPoint(100, 100), QPoint(90, 100)); // middle pans in any tool
    EXPECT_EQ(view.panOffset(), pan + QPointF(20, -10));
}

TEST(RadiographView, InvertMapsEveryPixelToItsComplement)
{
    RadiographView view;
    view.setImage(gradientImage(64, 32));
    const QImage normal = view.displayedFrame();
    ASSERT_EQ(normal.format(), QImage::Format_Grayscale8);
    ASSERT_NE(normal.pixelColor(0, 0), normal.pixelColor(63, 0));
    QSignalSpy changed(&view, &RadiographView::displayChanged);
    view.setInverted(true);
    EXPECT_EQ(changed.count(), 1);
    const QImage inverted = view.displayedFrame();
    for (int y = 0; y < 32; y += 7)
        for (int x = 0; x < 64; ++x)
            ASSERT_EQ(qGray(inverted.pixel(x, y)), 255 - qGray(normal.pixel(x, y))) << x << "," << y;
    QTest::keyClick(&view, Qt::Key_I); // I toggles back
    EXPECT_FALSE(view.isInverted());
    EXPECT_EQ(view.displayedFrame(), normal);
}

TEST(RadiographView, FrameSliderShowsEachFrame)
{
    // Three frames whose contents differ: frame f is a constant 1000 * (f + 1).
    MedicalImageInfo info;
    info.photometric = QStringLiteral("MONOCHROME2");
    info.rows = 8;
    info.columns = 8;
    info.windowPresets = {{2000, 4000, {}}};
    std::vector<std::vector<qint32>> frames;
    for (int f = 0; f < 3; ++f)
        frames.emplace_back(64, 1000 * (f + 1));
    RadiographView view;
    view.setImage(QSharedPointer<const MedicalImage>::create(MedicalImage::monochrome(info, std::move(frames))));
    ViewerControls controls(&view);
    controls.refresh();
    EXPECT_FALSE(controls.frameSlider()->isHidden());
    EXPECT_EQ(controls.frameSlider()->maximum(), 2);
    EXPECT_EQ(controls.frameLabel()->text(), QStringLiteral("Frame 1 / 3"));

    QSignalSpy frameSpy(&view, &RadiographView::frameChanged);
    int previous = qGray(view.displayedFrame().pixel(4, 4));
    for (int f = 1; f < 3; ++f) {
        controls.frameSlider()->setValue(f);
        EXPECT_EQ(view.frame(), f);
        const int now = qGray(view.displayedFrame().pixel(4, 4));
        EXPECT_GT(now, previous) << "frame " << f << " is brighter than the one before";
        previous = now;
    }
    EXPECT_EQ(frameSpy.count(), 2);
    EXPECT_EQ(controls.frameLabel()->text(), QStringLiteral("Frame 3 / 3"));
    QTest::keyClick(&view, Qt::Key_PageUp); // the view's own key moves the slider too
    EXPECT_EQ(controls.frameSlider()->value(), 1);

    view.setImage(gradientImage(10, 10)); // single frame: no slider (the controls follow a new image by themselves)
    EXPECT_TRUE(controls.frameSlider()->isHidden());
    EXPECT_TRUE(controls.frameLabel()->isHidden());
}

TEST(RadiographView, MeasurementInMillimetresNamesTheSpacingAndInPixelsWithout)
{
    RadiographView view;
    view.resize(300, 300);
    view.setImage(gradientImage(300, 300, 1, {SpacingSource::PixelSpacing, 0.2, 0.2}));
    view.setMeasurement(RadiographView::Measurement{QPointF(10, 20), QPointF(110, 20)});
    EXPECT_EQ(view.measurementText(), QStringLiteral("20.0 mm (Pixel Spacing 0.2 mm)"));

    view.setImage(gradientImage(300, 300, 1, {SpacingSource::ImagerPixelSpacing, 0.1, 0.2}));
    EXPECT_FALSE(view.measurement()) << "a new image drops the old measurement";
    view.setMeasurement(RadiographView::Measurement{QPointF(0, 0), QPointF(30, 40)}); // 6 mm across, 4 mm down
    EXPECT_EQ(view.measurementText(), QStringLiteral("7.2 mm (Imager Pixel Spacing 0.1 × 0.2 mm, detector plane)"));

    view.setImage(gradientImage(300, 300));
    view.setTool(RadiographView::Tool::Measure);
    ViewerControls controls(&view);
    QSignalSpy changed(&view, &RadiographView::measurementChanged);
    // Fit: 300 px image in a 300 px view, zoom 1; the drag covers 100 image pixels.
    ASSERT_DOUBLE_EQ(view.zoom(), 1.0);
    drag(&view, Qt::LeftButton, QPoint(50, 100), QPoint(150, 100));
    ASSERT_TRUE(view.measurement());
    EXPECT_EQ(view.measurementText(), QStringLiteral("100.0 px (no pixel spacing)"));
    EXPECT_EQ(controls.measurementLabel()->text(), view.measurementText());
    EXPECT_GT(changed.count(), 0);
    QTest::keyClick(&view, Qt::Key_Escape);
    EXPECT_FALSE(view.measurement());
    EXPECT_TRUE(view.measurementText().isEmpty());
    EXPECT_TRUE(controls.measurementLabel()->text().isEmpty());
}

TEST(RadiographView, ReadoutNamesThePixelItsStoredAndModalityValue)
{
    MedicalImageInfo info;
    info.photometric = QStringLiteral("MONOCHROME2");
    info.rows = 4;
    info.columns = 5;
    info.rescaleSlope = 2.0;
    info.rescaleIntercept = -1024.0;
    info.rescaleType = QStringLiteral("HU");
    std::vector<qint32> pixels(20);
    for (int i = 0; i < 20; ++i)
        pixels[size_t(i)] = 100 * i;
    std::vector<std::vector<qint32>> frames{pixels};
    RadiographView view;
    view.resize(500, 400);
    view.setImage(QSharedPointer<const MedicalImage>::create(MedicalImage::monochrome(info, std::move(frames))));

    EXPECT_EQ(view.pixelReadout(3, 2), QStringLiteral("x 3, y 2: stored 1300, modality 1576 HU"));
    EXPECT_TRUE(view.pixelReadout(5, 0).isEmpty());
    EXPECT_TRUE(view.pixelReadout(-1, 0).isEmpty());

    ViewerControls controls(&view);
    QSignalSpy readout(&view, &RadiographView::pixelReadoutChanged);
    hover(&view, view.imageToWidget(QPointF(3.5, 2.5)));
    ASSERT_EQ(readout.count(), 1);
    EXPECT_EQ(readout.at(0).at(0).toString(), view.pixelReadout(3, 2));
    EXPECT_EQ(controls.readoutLabel()->text(), view.pixelReadout(3, 2));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&view, &leave);
    EXPECT_TRUE(controls.readoutLabel()->text().isEmpty());

    // Colour: RGB of the pixel.
    MedicalImageInfo ci;
    ci.photometric = QStringLiteral("RGB");
    ci.rows = 2;
    ci.columns = 2;
    ci.samplesPerPixel = 3;
    QImage rgb(2, 2, QImage::Format_RGB888);
    rgb.fill(QColor(10, 20, 30));
    view.setImage(QSharedPointer<const MedicalImage>::create(MedicalImage::colour(ci, {rgb})));
    EXPECT_EQ(view.pixelReadout(1, 1), QStringLiteral("x 1, y 1: RGB 10, 20, 30"));
    view.setInverted(true);
    EXPECT_EQ(view.displayedFrame().pixelColor(0, 0), QColor(245, 235, 225));
}

TEST(RadiographView, ZoomFitOneToOneAndCoordinateRoundTrip)
{
    // A shown child widget gets its resize events at once (a hidden one only when shown).
    QWidget host;
    host.resize(900, 500);
    RadiographView& view = *new RadiographView(&host);
    view.resize(400, 200);
    host.show();
    view.setImage(gradientImage(800, 200));
    EXPECT_TRUE(view.isFitting());
    EXPECT_DOUBLE_EQ(view.zoom(), 0.5); // width-limited
    EXPECT_EQ(view.imageToWidget(QPointF(0, 0)), QPointF(0, 50));
    EXPECT_EQ(view.widgetToImage(QPointF(200, 100)), QPointF(400, 100)); // centres coincide

    QSignalSpy zoomSpy(&view, &RadiographView::zoomChanged);
    view.oneToOne();
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    EXPECT_FALSE(view.isFitting());
    EXPECT_EQ(view.widgetToImage(QPointF(200, 100)), QPointF(400, 100)) << "zoom keeps the centre point";
    view.zoomIn();
    EXPECT_DOUBLE_EQ(view.zoom(), 1.25);
    view.zoomOut();
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    EXPECT_EQ(zoomSpy.count(), 3);

    // The wheel zooms about the cursor: the image point under it stays there.
    const QPointF cursor(300, 40);
    const QPointF under = view.widgetToImage(cursor);
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    EXPECT_DOUBLE_EQ(view.zoom(), 1.5625);
    const QPointF after = view.widgetToImage(cursor);
    EXPECT_NEAR(after.x(), under.x(), 1e-9);
    EXPECT_NEAR(after.y(), under.y(), 1e-9);

    for (const QPointF p : {QPointF(0, 0), QPointF(123.25, 45.5), QPointF(799, 199)}) {
        const QPointF back = view.widgetToImage(view.imageToWidget(p));
        EXPECT_NEAR(back.x(), p.x(), 1e-9);
        EXPECT_NEAR(back.y(), p.y(), 1e-9);
    }

    QTest::keyClick(&view, Qt::Key_F);
    EXPECT_TRUE(view.isFitting());
    EXPECT_DOUBLE_EQ(view.zoom(), 0.5);
    view.resize(800, 400); // fitting follows the size
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    QTest::keyClick(&view, Qt::Key_Plus);
    view.resize(400, 200); // not any more once zoomed
    EXPECT_DOUBLE_EQ(view.zoom(), 1.25);
    QTest::keyClick(&view, Qt::Key_1);
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
}

TEST(RadiographView, PaintsTheImageOnBlackWithNearestPixelsWhenZoomedIn)
{
    // A 2 x 1 image, black and white; at zoom 8 the boundary between them must be sharp (nearest neighbour).
    MedicalImageInfo info;
    info.photometric = QStringLiteral("MONOCHROME2");
    info.rows = 1;
    info.columns = 2;
    std::vector<std::vector<qint32>> frames{{0, 1000}};
    RadiographView view;
    view.resize(64, 40);
    view.setImage(QSharedPointer<const MedicalImage>::create(MedicalImage::monochrome(info, std::move(frames))));
    view.setZoom(16.0);
    const QImage shot = view.grab().toImage();
    const QPointF left = view.imageToWidget(QPointF(0.5, 0.5)), right = view.imageToWidget(QPointF(1.5, 0.5));
    EXPECT_EQ(qGray(shot.pixel(left.toPoint())), 0);
    EXPECT_EQ(qGray(shot.pixel(right.toPoint())), 255);
    const QPointF edge = view.imageToWidget(QPointF(1.0, 0.5));
    EXPECT_EQ(qGray(shot.pixel(edge.toPoint() + QPoint(1, 0))), 255);
    EXPECT_EQ(qGray(shot.pixel(edge.toPoint() - QPoint(2, 0))), 0);
    EXPECT_EQ(qGray(shot.pixel(view.imageToWidget(QPointF(1.0, 2.5)).toPoint())), 0) << "background is black";
}

TEST(RadiographView, ViewerStateRoundTripsExactly)
{
    const auto image = gradientImage(300, 200, 3, {}, {{1000, 2000, {}}, {500, 1500, QStringLiteral("LUNG")}});
    RadiographView a;
    a.resize(320, 240);
    a.setImage(image);
    a.setFrame(2);
    a.setWindow(1234.5, 987.25);
    a.setInverted(true);
    a.setZoom(2.5);
    a.setPanOffset(QPointF(-13.5, 7.25));
    a.setMeasurement(RadiographView::Measurement{QPointF(1.5, 2.5), QPointF(100.25, 150.75)});
    const QJsonObject state = a.viewerState();
    EXPECT_EQ(state.value("frame").toInt(), 2);
    EXPECT_EQ(state.value("windowCenter").toDouble(), 1234.5);
    EXPECT_EQ(state.value("measurement").toObject().value("y2").toDouble(), 150.75);

    RadiographView b;
    b.resize(320, 240);
    b.setImage(image);
    QSignalSpy edited(&b, &RadiographView::viewerStateEdited);
    b.setViewerState(state);
    EXPECT_EQ(b.viewerState(), state);
    EXPECT_EQ(b.displayedFrame(), a.displayedFrame());
    EXPECT_EQ(edited.count(), 0) << "restoring a state is no edit";

    a.setPreset(1);
    a.fitToWindow();
    a.setMeasurement(std::nullopt);
    b.setViewerState(a.viewerState());
    EXPECT_EQ(b.viewerState(), a.viewerState());
    EXPECT_EQ(b.resolvedWindow().kind, ResolvedWindow::Kind::Preset);
    EXPECT_EQ(b.resolvedWindow().index, 1);
    EXPECT_FALSE(b.measurement());

    // Out of range and unknown members are ignored.
    QJsonObject odd = a.viewerState();
    odd["frame"] = 99;
    odd["preset"] = 7;
    odd["zoom"] = "big";
    odd["fit"] = false;
    odd["colour"] = "blue";
    b.setViewerState(odd);
    EXPECT_EQ(b.frame(), 2);
    EXPECT_EQ(b.resolvedWindow().kind, ResolvedWindow::Kind::Preset) << "the file's first preset: default";
    EXPECT_EQ(b.resolvedWindow().index, 0);
    EXPECT_TRUE(b.isFitting());
}

TEST(ViewerControls, TypedWindowAppliesOnEnterAndFollowsTheView)
{
    RadiographView view;
    view.setImage(gradientImage(100, 50, 1, {}, {{2048, 4096, {}}, {500, 1500, QStringLiteral("LUNG")}}));
    ViewerControls controls(&view);
    EXPECT_EQ(controls.centerBox()->value(), 2048.0);
    EXPECT_EQ(controls.widthBox()->value(), 4096.0);

    QSignalSpy changed(&view, &RadiographView::displayChanged);
    controls.centerBox()->selectAll();
    QTest::keyClicks(controls.centerBox(), QStringLiteral("1500"));
    EXPECT_EQ(changed.count(), 0) << "no change while typing";
    QTest::keyClick(controls.centerBox(), Qt::Key_Return);
    EXPECT_EQ(view.resolvedWindow().kind, ResolvedWindow::Kind::Custom);
    EXPECT_EQ(view.resolvedWindow().center, 1500.0);
    EXPECT_EQ(view.resolvedWindow().width, 4096.0);
    EXPECT_EQ(controls.presetBox()->currentText(), QStringLiteral("Custom"));

    controls.widthBox()->selectAll();
    QTest::keyClicks(controls.widthBox(), QStringLiteral("300"));
    QTest::keyClick(controls.widthBox(), Qt::Key_Enter);
    EXPECT_EQ(view.resolvedWindow().width, 300.0);

    // The view's changes reach the boxes (without feeding back).
    view.setWindow(111, 222);
    EXPECT_EQ(controls.centerBox()->value(), 111.0);
    EXPECT_EQ(controls.widthBox()->value(), 222.0);
    changed.clear();
    emit controls.centerBox()->editingFinished(); // unchanged text: nothing happens
    EXPECT_EQ(changed.count(), 0);
    view.setInverted(true);
    EXPECT_TRUE(controls.invertButton()->isChecked());
    controls.invertButton()->click();
    EXPECT_FALSE(view.isInverted());
}

TEST(ViewerControls, PresetComboListsAndAppliesTheFilesPresets)
{
    RadiographView view;
    view.setImage(gradientImage(100, 50, 1, {}, {{2048, 4096, {}}, {500, 1500, QStringLiteral("LUNG")}}));
    ViewerControls controls(&view);
    QComboBox* box = controls.presetBox();
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    EXPECT_EQ(items, (QStringList{"Default", "1: C 2048 W 4096", "2: LUNG (C 500 W 1500)", "Min/max", "Custom"}));
    EXPECT_EQ(box->currentText(), QStringLiteral("Default"));

    box->setCurrentIndex(2);
    emit box->activated(2);
    EXPECT_EQ(view.resolvedWindow().kind, ResolvedWindow::Kind::Preset);
    EXPECT_EQ(view.resolvedWindow().index, 1);
    EXPECT_EQ(controls.centerBox()->value(), 500.0);
    EXPECT_EQ(controls.widthBox()->value(), 1500.0);

    emit box->activated(3); // Min/max over 0..4095 (DCMTK's: C (min + max + 1) / 2, W max - min + 1)
    EXPECT_EQ(view.resolvedWindow().center, 2048.0);
    EXPECT_EQ(view.resolvedWindow().width, 4096.0);
    EXPECT_EQ(box->currentText(), QStringLiteral("Min/max"));
    view.setWindow(123.5, 247); // the boxes show what is in force, not a rounded value
    EXPECT_EQ(controls.centerBox()->value(), 123.5);
    EXPECT_EQ(controls.centerBox()->text(), QStringLiteral("C 123.5"));
    EXPECT_EQ(controls.widthBox()->text(), QStringLiteral("W 247"));

    view.setWindow(10, 20); // a drag: the combo says Custom
    EXPECT_EQ(box->currentText(), QStringLiteral("Custom"));
    emit box->activated(0);
    EXPECT_EQ(view.resolvedWindow().kind, ResolvedWindow::Kind::Preset);
    EXPECT_EQ(view.resolvedWindow().index, 0);
    EXPECT_EQ(box->currentText(), QStringLiteral("Default"));

    // Tools are exclusive and reach the view.
    controls.toolGroup()->button(int(RadiographView::Tool::Measure))->click();
    EXPECT_EQ(view.tool(), RadiographView::Tool::Measure);
    EXPECT_FALSE(controls.toolGroup()->button(int(RadiographView::Tool::Window))->isChecked());
    controls.oneToOneButton()->click();
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
    controls.fitButton()->click();
    EXPECT_TRUE(view.isFitting());
    for (QWidget* w : controls.findChildren<QWidget*>()) {
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w)) {
            EXPECT_FALSE(w->accessibleName().isEmpty()) << w->metaObject()->className();
        }
    }
}

TEST(DicomMetadataPanel, IdentifiersHiddenUntilRevealedAndHiddenAgainOnNewInfo)
{
    MedicalImageInfo info;
    info.modality = QStringLiteral("DX");
    info.photometric = QStringLiteral("MONOCHROME1");
    info.rows = 3000;
    info.columns = 2500;
    info.spacing = {SpacingSource::ImagerPixelSpacing, 0.139, 0.139};
    info.burnedInAnnotation = BurnedInAnnotation::Yes;
    info.identifiers.patientName = QStringLiteral("DOE^JANE");
    info.identifiers.patientId = QStringLiteral("PID-4711");
    info.identifiers.accessionNumber = QStringLiteral("ACC-99");
    info.viewPosition = QStringLiteral("PA");

    DicomMetadataPanel panel;
    QSignalSpy asked(&panel, &DicomMetadataPanel::revealRequested);
    panel.setInfo(info);
    const QString hidden = panel.rowsText().join('\n');
    EXPECT_TRUE(hidden.contains(QStringLiteral("Pixel spacing: Imager Pixel Spacing (detector) 0.139 x 0.139 mm")))
        << hidden.toStdString();
    EXPECT_TRUE(hidden.contains(QStringLiteral("Burned-in annotation: Yes — pixels may show identifiers")));
    EXPECT_TRUE(hidden.contains(QStringLiteral("Patient name: Hidden")));
    EXPECT_TRUE(hidden.contains(QStringLiteral("View position: PA")));
    for (const char* secret : {"DOE", "JANE", "PID-4711", "ACC-99"})
        EXPECT_FALSE(hidden.contains(QLatin1String(secret))) << secret;
    // Nothing else shown in the tree (tooltips included) gives them away.
    for (QTreeWidgetItemIterator it(panel.tree()); *it; ++it)
        for (int c = 0; c < 2; ++c)
            EXPECT_FALSE((*it)->toolTip(c).contains(QLatin1String("PID-4711")));

    panel.revealButton()->click();
    EXPECT_EQ(asked.count(), 1);
    EXPECT_FALSE(panel.identifiersRevealed()) << "the panel only asks";
    EXPECT_FALSE(panel.rowsText().join('\n').contains(QLatin1String("PID-4711")));

    panel.setIdentifiersRevealed(true);
    const QString shown = panel.rowsText().join('\n');
    EXPECT_TRUE(shown.contains(QStringLiteral("Patient name: DOE, JANE")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Patient ID: PID-4711")));
    panel.revealButton()->click(); // "Hide identifiers": hiding needs no one's consent
    EXPECT_FALSE(panel.identifiersRevealed());
    EXPECT_EQ(asked.count(), 1);
    EXPECT_FALSE(panel.rowsText().join('\n').contains(QLatin1String("PID-4711")));
    panel.setIdentifiersRevealed(true);

    info.identifiers.patientId = QStringLiteral("PID-0815");
    info.spacing = {};
    info.burnedInAnnotation = BurnedInAnnotation::Unknown;
    panel.setInfo(info);
    EXPECT_FALSE(panel.identifiersRevealed());
    const QString again = panel.rowsText().join('\n');
    EXPECT_FALSE(again.contains(QLatin1String("PID-0815")));
    EXPECT_TRUE(again.contains(QStringLiteral("Pixel spacing: none: distances in pixels")));
    EXPECT_TRUE(again.contains(QStringLiteral("Burned-in annotation: Not stated")));

    info.spacing = {SpacingSource::PixelSpacing, 0.139, 0.139};
    panel.setInfo(info);
    EXPECT_TRUE(panel.rowsText().contains(QStringLiteral("Pixel spacing: Pixel Spacing 0.139 x 0.139 mm")));
    panel.clear();
    EXPECT_TRUE(panel.rowsText().isEmpty());
    EXPECT_FALSE(panel.revealButton()->isEnabled());
    panel.setIdentifiersRevealed(true);
    EXPECT_FALSE(panel.identifiersRevealed()) << "nothing to reveal";
}

TEST(RadiographView, ZoomedOutShowsAreaAveragesWithoutAliasing)
{
    // One-pixel white lines every 4 columns on black: shown at a quarter size, every screen pixel covers 4 x 4 image
    // pixels and must be their mean, a quarter grey (bilinear or nearest sampling shows black or white instead).
    MedicalImageInfo info;
    info.photometric = QStringLiteral("MONOCHROME2");
    info.rows = 800;
    info.columns = 800;
    std::vector<qint32> pixels(size_t(800) * 800);
    for (int y = 0; y < 800; ++y)
        for (int x = 0; x < 800; ++x)
            pixels[size_t(y) * 800 + x] = (x % 4 == 0) ? 1000 : 0;
    std::vector<std::vector<qint32>> frames{std::move(pixels)};
    RadiographView view;
    view.resize(200, 200);
    view.setImage(QSharedPointer<const MedicalImage>::create(MedicalImage::monochrome(info, std::move(frames))));
    ASSERT_DOUBLE_EQ(view.zoom(), 0.25);
    const QImage shot = view.grab().toImage();
    for (const QPoint p : {QPoint(40, 100), QPoint(100, 100), QPoint(170, 150)})
        EXPECT_NEAR(qGray(shot.pixel(p)), 64, 2) << p.x() << "," << p.y();
    const QImage full = view.displayedFrame(); // still the full-resolution frame
    ASSERT_EQ(full.size(), QSize(800, 800));
    EXPECT_EQ(qGray(full.pixel(0, 0)), 255);
    EXPECT_EQ(qGray(full.pixel(1, 0)), 0);

    view.setInverted(true);
    EXPECT_NEAR(qGray(view.grab().toImage().pixel(100, 100)), 191, 2);
    view.setZoom(4.0); // zoomed in: the frame's own pixels, exactly
    const QImage close = view.grab().toImage();
    const QPoint a = view.imageToWidget(QPointF(400.5, 400.5)).toPoint(),
                 b = view.imageToWidget(QPointF(401.5, 400.5)).toPoint();
    EXPECT_EQ(qGray(close.pixel(a)), 0) << "inverted line";
    EXPECT_EQ(qGray(close.pixel(b)), 255);
}

// Not a pass/fail timing: prints the window/level redraw time of a 3000 x 3000 16-bit frame in a 1600 x 1000 view
// (remap through a new LUT + paint), with a generous bound that only catches a pathological slowdown.
TEST(RadiographView, WindowChangeRedrawOf3000x3000Frame)
{
    MedicalImageInfo info;
    info.photometric = QStringLiteral("MONOCHROME2");
    info.rows = 3000;
    info.columns = 3000;
    std::vector<qint32> pixels(size_t(3000) * 3000);
    for (size_t i = 0; i < pixels.size(); ++i)
        pixels[i] = qint32((i * 2654435761u) % 65536u);
    std::vector<std::vector<qint32>> frames{std::move(pixels)};
    RadiographView view;
    view.resize(1600, 1000);
    view.setImage(QSharedPointer<const MedicalImage>::create(MedicalImage::monochrome(info, std::move(frames))));
    QImage target(view.size(), QImage::Format_RGB32);
    view.render(&target);
    const int rounds = 10;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    for (int i = 0; i < rounds; ++i) {
        view.setWindow(30000 + 100 * i, 40000);
        view.render(&target);
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6 / rounds;
    const double cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC / rounds;
    std::printf("[ bench ] window change + redraw, 3000x3000 16-bit in 1600x1000: %.1f ms wall (%.0f fps), %.1f ms "
                "CPU over all threads\n",
                ms, 1000.0 / ms, cpuMs);
    EXPECT_LT(ms, timeBudget(2000.0));
}

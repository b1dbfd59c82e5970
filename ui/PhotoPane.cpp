#include "ui/PhotoPane.h"

#include "core/face/FaceDetector.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/imaging/ImageLoader.h"
#include "ui/AppSettings.h"
#include "ui/EnhancementPanel.h"
#include "ui/ImageView.h"
#include "ui/QualityPanel.h"
#include "ui/RecentFileLabels.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDir>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QWidgetAction>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace descry::ui {

namespace {

// Marks the overlay items this pane adds to the view's scene (the view owns and may delete them).
constexpr int kCandidateKey = 0x46414345; // "FACE"

// A face box the examiner can click to compare that face.
class CandidateBox : public QGraphicsRectItem
{
public:
    CandidateBox(const QRectF& rect, std::function<void()> onClick) : QGraphicsRectItem(rect), m_onClick(onClick)
    {
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override
    {
        event->accept(); // the click is a choice, not the start of a pan
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->pos()))
            m_onClick();
    }

private:
    std::function<void()> m_onClick;
};

} // namespace

PhotoPane::PhotoPane(Side side, QWidget* parent) : QWidget(parent), m_side(side)
{
    m_title = new QLabel(title(), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_open = new QToolButton(this);
    m_open->setText(tr("Open…"));
    m_open->setToolTip(side == Side::Probe ? tr("Open the probe photo") : tr("Open the reference photo"));
    m_open->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_open->setPopupMode(QToolButton::MenuButtonPopup);
    m_recentMenu = new QMenu(tr("Recent files"), m_open);
    m_open->setMenu(m_recentMenu);
    connect(m_open, &QToolButton::clicked, this, &PhotoPane::open);

    auto toggle = [this](const QString& text, const QString& tip) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setChecked(true);
        return button;
    };
    m_landmarks = toggle(tr("Landmarks"), tr("Show the 68 facial landmarks"));
    m_box = toggle(tr("Box"), tr("Show the detected face box"));
    m_faceLabel = new QLabel(tr("Face:"), this);
    m_faceCombo = new QComboBox(this);
    m_faceCombo->setObjectName(QStringLiteral("faceCombo"));
    m_faceCombo->setToolTip(tr("Several faces were found: choose the one to compare (1 = the largest)"));
    m_faceLabel->setBuddy(m_faceCombo);
    m_faceLabel->hide();
    m_faceCombo->hide();
    m_fit = new QToolButton(this);
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the photo to the window"));

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_faceLabel);
    header->addWidget(m_faceCombo);
    header->addWidget(m_open);
    m_view = new ImageView(this);
    buildTools();
    // The tools on a row of their own, so that two panes side by side fit 1366 px.
    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    // Landmarks and box are switched for both photos on the workspace's toolbar; these per-photo toggles stay for
    // the pane's own API but take no room.
    m_landmarks->hide();
    m_box->hide();
    tools->addWidget(m_toolCombo);
    tools->addWidget(m_enhance);
    tools->addWidget(m_splitButton);
    tools->addStretch(1);
    tools->addWidget(m_fit);

    m_view->setPlaceholderText(side == Side::Probe ? tr("Drop or open the probe photo")
                                                   : tr("Drop or open the reference photo"));
    m_view->setAccessibleName(title());
    m_view->setAccessibleDescription(tr("The photo with the detected face; + and − zoom, 0 fits it to the window, "
                                        "the arrow keys scroll"));
    m_quality = new QualityPanel(this);
    m_damagedNote = new QLabel(this);
    m_damagedNote->setObjectName(QStringLiteral("damagedNote"));
    m_damagedNote->setWordWrap(true);
    m_damagedNote->setStyleSheet(QStringLiteral("QLabel { background: #f0a020; color: black; padding: 4px; }"));
    m_damagedNote->hide();
    m_faceNote = new QLabel(this);
    m_faceNote->setObjectName(QStringLiteral("faceNote"));
    m_faceNote->setWordWrap(true);
    m_faceNote->hide();

    // Title and tools on one row when the pane is wide enough (the detailed layout), else on two.
    m_bars = new QBoxLayout(QBoxLayout::TopToBottom);
    m_bars->setContentsMargins(0, 0, 0, 0);
    m_bars->addLayout(header);
    m_bars->addLayout(tools);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_bars);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_damagedNote);
    layout->addWidget(m_faceNote);
    layout->addWidget(m_measureNote);
    layout->addWidget(m_quality);

    connect(m_landmarks, &QToolButton::toggled, m_view, &ImageView::setLandmarksVisible);
    connect(m_box, &QToolButton::toggled, m_view, &ImageView::setBoxVisible);
    connect(m_fit, &QToolButton::clicked, m_view, &ImageView::fitToWindow);
    connect(m_view, &ImageView::fileDropped, this, &PhotoPane::choose);
    connect(m_faceCombo, &QComboBox::currentIndexChanged, this, &PhotoPane::chooseFace);
    rebuildRecentMenu();
}

void PhotoPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    int oneRow = 0;
    for (int i = 0; i < m_bars->count(); ++i)
        oneRow += m_bars->itemAt(i)->sizeHint().width() + 24;
    const auto direction = width() >= oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_bars->direction() != direction)
        m_bars->setDirection(direction);
}

QString PhotoPane::title() const
{
    return m_side == Side::Probe ? tr("Probe") : tr("Reference");
}

bool PhotoPane::setPath(const QString& path)
{
    m_quality->clear();
    clearCandidates();
    m_shownRotation = 0;
    // Core's loader, so the photo shown is the one analysed (orientation, limits, damage) and a hostile file is
    // refused before it is decoded.
    ImageLoadOptions options;
    options.allowDamaged = true; // decided below, so that the message names the setting, not a CLI option
    Result<LoadedImage> loaded = loadImage(path, options);
    if (!loaded || (loaded->damaged && !AppSettings().acceptDamaged())) {
        m_path.clear();
        m_error = loaded ? Error(ErrorCode::Input,
                                 tr("image file is truncated or corrupt (%1); tick “Accept damaged images” in "
                                    "Settings to analyse it anyway")
                                     .arg(loaded->warnings.isEmpty() ? tr("the decoder reported errors")
                                                                     : loaded->warnings.constFirst()),
                                 path)
                               .toString()
                         : loaded.error().withFile(path).toString();
        m_view->clear();
        m_view->setPlaceholderText(m_error);
        showDamaged(false, {});
        return false;
    }
    const QImage image = loaded->image;
    // Reloading the photo shown (a new comparison drops the old overlay) keeps the examiner's zoom and centre.
    const bool samePhoto =
        path == m_path && m_view->hasImage() && !m_view->isFitted() && m_view->image().size() == image.size();
    const double relativeZoom = m_view->relativeZoom();
    const QPointF centre = m_view->centreFraction();
    m_error.clear();
    showDamaged(loaded->damaged, loaded->warnings);
    m_path = path;
    m_view->setPlaceholderText(m_side == Side::Probe ? tr("Drop or open the probe photo")
                                                     : tr("Drop or open the reference photo"));
    m_view->setImage(image, QFileInfo(path).fileName());
    if (samePhoto)
        m_view->syncView(relativeZoom, centre);
    m_view->setToolTip(QDir::toNativeSeparators(path));
    m_measureNote->hide();
    refreshDisplay(); // the enhancement stays with the pane
    return true;
}

void PhotoPane::setReport(const FaceImageReport& report)
{
    if (!report.path.isEmpty() &&
        (report.path != m_path || !m_view->hasImage() || m_shownRotation != report.face.rotationDegrees))
        setPath(report.path);
    if (report.face.rotationDegrees != 0 && m_shownRotation == 0 && m_view->hasImage()) {
        // The analysis found the face only in the rotated photo: box and landmarks belong to that one.
        m_view->setImage(FaceDetector::rotated(m_view->image(), report.face.rotationDegrees), m_view->title());
        m_shownRotation = report.face.rotationDegrees;
        refreshDisplay();
    }
    m_view->setFace(report.face);
    showCandidates(report);
    m_quality->setQuality(report);
    if (report.damaged)
        showDamaged(true, report.decoderWarnings);
}

void PhotoPane::showDamaged(bool damaged, const QStringList& warnings)
{
    m_damaged = damaged;
    m_damagedNote->setText(
        damaged ? tr("Damaged file (accepted by the setting; the report marks it): %1")
                      .arg(warnings.isEmpty() ? tr("the decoder reported errors") : warnings.join(QStringLiteral("; ")))
                : QString());
    m_damagedNote->setVisible(damaged);
}

QList<QGraphicsItem*> PhotoPane::candidateBoxes() const
{
    QList<QGraphicsItem*> out;
    for (QGraphicsItem* item : m_view->scene()->items(Qt::AscendingOrder))
        if (item->data(kCandidateKey).isValid() && dynamic_cast<CandidateBox*>(item))
            out << item;
    std::sort(out.begin(), out.end(), [](QGraphicsItem* a, QGraphicsItem* b) {
        return a->data(kCandidateKey).toInt() < b->data(kCandidateKey).toInt();
    });
    return out;
}

void PhotoPane::clearCandidates()
{
    // The boxes only (their numbers are children and go with them), collected before any is deleted.
    const QList<QGraphicsItem*> boxes = candidateBoxes();
    qDeleteAll(boxes);
    m_chosenFace = -1;
    m_facesFound = 0;
    {
        const QSignalBlocker block(m_faceCombo);
        m_faceCombo->clear();
    }
    m_faceLabel->hide();
    m_faceCombo->hide();
    m_faceNote->clear();
    m_faceNote->hide();
}

void PhotoPane::showCandidates(const FaceImageReport& report)
{
    clearCandidates();
    const DetectedFace& face = report.face;
    const int n = int(face.candidates.size());
    m_facesFound = n;
    m_chosenFace = n > 0 ? face.chosen : -1;
    for (int i = 0; i < n; ++i) {
        const QRectF box = face.candidates[i].box;
        auto* item = new CandidateBox(box, [this, i] { chooseFace(i); });
        QPen pen(i == face.chosen ? QColor(0, 200, 255) : QColor(255, 140, 0), 2);
        pen.setCosmetic(true);
        if (i != face.chosen)
            pen.setStyle(Qt::DashLine);
        item->setPen(pen);
        item->setBrush(QColor(0, 0, 0, 1)); // clickable inside, not only on the outline
        item->setData(kCandidateKey, i);
        item->setZValue(i == face.chosen ? 0.5 : 0.9); // the compared face's own box and landmarks stay on top
        item->setToolTip(i == face.chosen ? tr("Face %1 of %2: compared (detector score %3)")
                                                .arg(i + 1)
                                                .arg(n)
                                                .arg(face.candidates[i].score, 0, 'f', 2)
                                          : tr("Face %1 of %2 (detector score %3): click to compare this face")
                                                .arg(i + 1)
                                                .arg(n)
                                                .arg(face.candidates[i].score, 0, 'f', 2));
        auto* number = new QGraphicsSimpleTextItem(QString::number(i + 1), item);
        number->setBrush(pen.color());
        number->setFlag(QGraphicsItem::ItemIgnoresTransformations); // readable at every zoom
        number->setPos(box.topLeft());
        number->setData(kCandidateKey, i);
        m_view->scene()->addItem(item);
    }
    if (n > 1) {
        const QSignalBlocker block(m_faceCombo);
        for (int i = 0; i < n; ++i)
            m_faceCombo->addItem(i == 0 ? tr("%1 (largest)").arg(i + 1) : QString::number(i + 1));
        m_faceCombo->setCurrentIndex(face.chosen);
        m_faceLabel->show();
        m_faceCombo->show();
    }
    QStringList notes;
    if (n > 1)
        notes << (face.chosenOnRequest ? tr("Face %1 of %2 in the photo (chosen by the examiner)")
                                       : tr("Face %1 of %2 in the photo (the largest, by default)"))
                     .arg(face.chosen + 1)
                     .arg(n);
    notes << report.quality.notes;
    m_faceNote->setText(notes.join(QLatin1Char('\n')));
    m_faceNote->setVisible(!notes.isEmpty());
}

void PhotoPane::chooseFace(int index)
{
    if (index < 0 || index >= m_facesFound || index == m_chosenFace)
        return;
    emit faceChosen(index, m_facesFound);
}

void PhotoPane::clear()
{
    m_path.clear();
    clearCandidates();
    m_shownRotation = 0;
    m_view->clear();
    m_view->setPlaceholderText(m_side == Side::Probe ? tr("Drop or open the probe photo")
                                                     : tr("Drop or open the reference photo"));
    m_quality->clear();
    m_error.clear();
    showDamaged(false, {});
}

void PhotoPane::buildTools()
{
    m_toolCombo = new QComboBox(this);
    m_toolCombo->setObjectName(QStringLiteral("toolCombo"));
    m_toolCombo->setAccessibleName(tr("Tool"));
    m_toolCombo->setToolTip(tr("What a left-button drag does on the photo"));
    m_toolCombo->addItem(tr("Pan"), int(ImageView::Tool::Pan));
    m_toolCombo->addItem(tr("Distance"), int(ImageView::Tool::Distance));
    m_toolCombo->addItem(tr("Angle"), int(ImageView::Tool::Angle));
    m_toolCombo->addItem(tr("Move landmarks"), int(ImageView::Tool::MoveLandmarks));
    m_toolCombo->setItemData(1, tr("Click two points: the distance in pixels and in inter-eye distances (IOD)"),
                             Qt::ToolTipRole);
    m_toolCombo->setItemData(2, tr("Click an end, the vertex, the other end"), Qt::ToolTipRole);
    m_toolCombo->setItemData(3,
                             tr("Drag a landmark to correct it: the measured characteristics and the score are "
                                "recomputed, the move is recorded and audited"),
                             Qt::ToolTipRole);
    connect(m_toolCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setTool(static_cast<ImageView::Tool>(m_toolCombo->currentData().toInt())); });

    m_enhance = new QToolButton(this);
    m_enhance->setObjectName(QStringLiteral("enhanceButton"));
    m_enhance->setText(tr("Enhance"));
    m_enhance->setToolTip(tr("Brightness, contrast, gamma, equalisation, greyscale: for viewing only, the evidence "
                             "and the analysis are never changed"));
    m_enhance->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_enhance);
    m_enhancePanel = new EnhancementPanel(menu);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(m_enhancePanel);
    menu->addAction(action);
    m_enhance->setMenu(menu);
    connect(m_enhancePanel, &EnhancementPanel::enhancementChanged, this, [this](const ViewEnhancement& e) {
        m_enhancement = e;
        refreshDisplay();
        emit enhancementEdited(e);
    });
    connect(menu, &QMenu::aboutToHide, this, &PhotoPane::enhancementFinished);

    m_splitButton = new QToolButton(this);
    m_splitButton->setObjectName(QStringLiteral("splitView"));
    m_splitButton->setText(tr("Split"));
    m_splitButton->setToolTip(tr("As loaded | as displayed: the left half as loaded, the right half with the "
                                 "enhancement"));
    m_splitButton->setCheckable(true);
    connect(m_splitButton, &QToolButton::toggled, this, &PhotoPane::setSplitView);

    m_measureNote = new QLabel(this);
    m_measureNote->setObjectName(QStringLiteral("measurementNote"));
    m_measureNote->hide();
    connect(m_view, &ImageView::measured, this, [this](const QString& text) {
        m_measureNote->setText(tr("Measured: %1").arg(text));
        m_measureNote->show();
    });
    connect(m_view, &ImageView::landmarkMoved, this, &PhotoPane::landmarkMoved);
}

void PhotoPane::setEnhancement(const ViewEnhancement& enhancement)
{
    m_enhancement = enhancement;
    m_enhancePanel->setEnhancement(enhancement);
    m_enhance->setText(enhancement.isIdentity() ? tr("Enhance") : tr("Enhanced"));
    refreshDisplay();
}

void PhotoPane::setSplitView(bool on)
{
    m_split = on;
    if (m_splitButton->isChecked() != on)
        m_splitButton->setChecked(on);
    refreshDisplay();
}

void PhotoPane::refreshDisplay()
{
    m_enhance->setText(m_enhancement.isIdentity() ? tr("Enhance") : tr("Enhanced"));
    const QImage& loaded = m_view->image();
    if (loaded.isNull())
        return;
    QImage shown = applyViewEnhancement(loaded, m_enhancement).convertToFormat(QImage::Format_RGB32);
    if (m_split) {
        // As loaded on the left, as displayed on the right, a white rule between.
        QPainter p(&shown);
        const int half = shown.width() / 2;
        p.drawImage(QRect(0, 0, half, shown.height()), loaded.convertToFormat(QImage::Format_RGB32),
                    QRect(0, 0, half, loaded.height()));
        p.setPen(QPen(Qt::white, std::max(1, shown.width() / 300)));
        p.drawLine(half, 0, half, shown.height());
    }
    m_view->setDisplayImage(shown);
}

void PhotoPane::setRecentFiles(const QStringList& paths)
{
    m_recent = paths;
    rebuildRecentMenu();
}

void PhotoPane::rebuildRecentMenu()
{
    m_recentMenu->clear();
    if (m_recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->setToolTipsVisible(true); // the full path on hover
    const QStringList labels = recentFileLabels(m_recent);
    for (int i = 0; i < m_recent.size(); ++i) {
        const QString path = m_recent[i];
        QAction* action = m_recentMenu->addAction(labels[i]);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { choose(path); });
    }
}

QString PhotoPane::imageFileFilter()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    // Decoded by content by Descry's own loader (libheif, libwebp), whatever Qt's plugins read.
    for (const char* extension : {"heic", "heif", "hif", "avif", "webp", "tif", "tiff", "jpg", "jpeg", "jfif", "png",
                                  "bmp", "gif", "pgm", "ppm", "pbm"})
        patterns << QStringLiteral("*.") + QLatin1String(extension);
    for (const QString& p : QStringList(patterns))
        patterns << p.toUpper();
    patterns.removeDuplicates();
    std::sort(patterns.begin(), patterns.end());
    return tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + tr("All files (*)");
}

void PhotoPane::open()
{
    QString dir =
        m_path.isEmpty() ? AppSettings().lastFolder(QStringLiteral("photos")) : QFileInfo(m_path).absolutePath();
    if (dir.isEmpty() && !m_recent.isEmpty())
        dir = QFileInfo(m_recent.constFirst()).absolutePath();
    const QString caption = m_side == Side::Probe ? tr("Open the probe photo") : tr("Open the reference photo");
    const QString path = QFileDialog::getOpenFileName(this, caption, dir, imageFileFilter());
    if (path.isEmpty())
        return;
    AppSettings().setLastFolder(QStringLiteral("photos"), QFileInfo(path).absolutePath());
    choose(path);
}

void PhotoPane::choose(const QString& path)
{
    const QString previous = m_path;
    if (setPath(path)) {
        emit imageChosen(path);
        return;
    }
    // A refused file leaves the photo shown before in place, so that what the pane shows is still what the
    // results and a report describe.
    const QString error = m_error;
    if (!previous.isEmpty())
        setPath(previous);
    m_error = error;
    emit imageRefused(path, error);
}

void PhotoPane::setLandmarksVisible(bool visible)
{
    m_landmarks->setChecked(visible); // drives the view through toggled()
    m_view->setLandmarksVisible(visible);
}

void PhotoPane::setBoxVisible(bool visible)
{
    m_box->setChecked(visible);
    m_view->setBoxVisible(visible);
}

} // namespace descry::ui

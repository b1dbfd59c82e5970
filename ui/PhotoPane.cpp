#include "ui/PhotoPane.h"

#include "core/face/pipeline/FaceComparison.h"
#include "core/imaging/ImageLoader.h"
#include "ui/AppSettings.h"
#include "ui/ImageView.h"
#include "ui/QualityPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace descry::ui {

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
    m_fit = new QToolButton(this);
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the photo to the window"));

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_landmarks);
    header->addWidget(m_box);
    header->addWidget(m_fit);
    header->addWidget(m_open);

    m_view = new ImageView(this);
    m_view->setPlaceholderText(side == Side::Probe ? tr("Drop or open the probe photo")
                                                   : tr("Drop or open the reference photo"));
    m_view->setAccessibleName(title());
    m_quality = new QualityPanel(this);
    m_damagedNote = new QLabel(this);
    m_damagedNote->setObjectName(QStringLiteral("damagedNote"));
    m_damagedNote->setWordWrap(true);
    m_damagedNote->setStyleSheet(QStringLiteral("QLabel { background: #f0a020; color: black; padding: 4px; }"));
    m_damagedNote->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_damagedNote);
    layout->addWidget(m_quality);

    connect(m_landmarks, &QToolButton::toggled, m_view, &ImageView::setLandmarksVisible);
    connect(m_box, &QToolButton::toggled, m_view, &ImageView::setBoxVisible);
    connect(m_fit, &QToolButton::clicked, m_view, &ImageView::fitToWindow);
    connect(m_view, &ImageView::fileDropped, this, &PhotoPane::choose);
    rebuildRecentMenu();
}

QString PhotoPane::title() const
{
    return m_side == Side::Probe ? tr("Probe") : tr("Reference");
}

bool PhotoPane::setPath(const QString& path)
{
    m_quality->clear();
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
    m_error.clear();
    showDamaged(loaded->damaged, loaded->warnings);
    m_path = path;
    m_view->setPlaceholderText(m_side == Side::Probe ? tr("Drop or open the probe photo")
                                                     : tr("Drop or open the reference photo"));
    m_view->setImage(image, QFileInfo(path).fileName());
    m_view->setToolTip(QDir::toNativeSeparators(path));
    return true;
}

void PhotoPane::setReport(const FaceImageReport& report)
{
    if (!report.path.isEmpty() && (report.path != m_path || !m_view->hasImage()))
        setPath(report.path);
    m_view->setFace(report.face);
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

void PhotoPane::clear()
{
    m_path.clear();
    m_view->clear();
    m_view->setPlaceholderText(m_side == Side::Probe ? tr("Drop or open the probe photo")
                                                     : tr("Drop or open the reference photo"));
    m_quality->clear();
    m_error.clear();
    showDamaged(false, {});
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
    for (const QString& path : m_recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
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
    patterns.removeDuplicates();
    std::sort(patterns.begin(), patterns.end());
    return tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + tr("All files (*)");
}

void PhotoPane::open()
{
    QString dir = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    if (dir.isEmpty() && !m_recent.isEmpty())
        dir = QFileInfo(m_recent.constFirst()).absolutePath();
    const QString caption = m_side == Side::Probe ? tr("Open the probe photo") : tr("Open the reference photo");
    const QString path = QFileDialog::getOpenFileName(this, caption, dir, imageFileFilter());
    if (!path.isEmpty())
        choose(path);
}

void PhotoPane::choose(const QString& path)
{
    if (setPath(path))
        emit imageChosen(path);
    else
        emit imageRefused(path, m_error);
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

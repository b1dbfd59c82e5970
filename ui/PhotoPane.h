#pragma once

#include "core/imaging/ViewEnhancement.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QGraphicsItem;
class QLabel;
class QMenu;
class QToolButton;

namespace descry {
struct FaceImageReport;
}

namespace descry::ui {

class EnhancementPanel;
class ImageView;
class QualityPanel;

// One side of the face workspace: title, Open button with recent files, the photo view and its quality panel;
// after a comparison every face found in the photo, boxed and numbered, and a "Face:" choice of which one is
// compared (a click on a box chooses too). GUI thread only.
class PhotoPane : public QWidget
{
    Q_OBJECT

public:
    enum class Side { Probe, Reference };
    Q_ENUM(Side)

    explicit PhotoPane(Side side, QWidget* parent = nullptr);

    Side side() const { return m_side; }
    QString title() const; // "Probe" or "Reference"
    QString path() const { return m_path; }

    // Loads and shows the photo at once, the way the analysis reads it (EXIF orientation, size limits checked
    // before decoding, decoder warnings captured; a damaged file only when Settings accept damaged images, then
    // marked) and clears the previous face overlay and quality. Returns false, and shows why in the view and in
    // errorText() (one line naming the file), when the file cannot be used. Does not emit imageChosen.
    bool setPath(const QString& path);
    // Why the last setPath() failed; empty after a success.
    QString errorText() const { return m_error; }
    // The photo shown is damaged (accepted by the setting); damagedNote() says so under it.
    bool isDamaged() const { return m_damaged; }
    QLabel* damagedNote() const { return m_damagedNote; }
    // Shows an analysis result: loads report.path first if it is not the photo shown (rotated as the analysis
    // rotated it), then draws the face, every other face found (numbered boxes) and fills the quality panel.
    void setReport(const FaceImageReport& report);
    // The "Face:" choice (hidden unless the last report found several faces): item i is face i + 1.
    QComboBox* faceCombo() const { return m_faceCombo; }
    // The numbered boxes of the faces found (candidates order), drawn over the photo; empty before a report.
    QList<QGraphicsItem*> candidateBoxes() const;
    // What the pane says about the face used ("Face 2 of 3 (chosen by the examiner)", a rotation).
    QLabel* faceNote() const { return m_faceNote; }
    void clear();

    void setRecentFiles(const QStringList& paths); // most recent first; missing files are listed disabled
    QStringList recentFiles() const { return m_recent; }

    ImageView* imageView() const { return m_view; }
    QualityPanel* qualityPanel() const { return m_quality; }
    QToolButton* openButton() const { return m_open; }
    QMenu* recentMenu() const { return m_recentMenu; }

    static QString imageFileFilter(); // for QFileDialog: the readable image formats, then all files

    // Viewing enhancement (display only) and whether the view is split into "as loaded | as displayed" halves.
    ViewEnhancement enhancement() const { return m_enhancement; }
    void setEnhancement(const ViewEnhancement& enhancement); // no signal
    bool isSplitView() const { return m_split; }
    void setSplitView(bool on);
    EnhancementPanel* enhancementPanel() const { return m_enhancePanel; }
    QToolButton* enhanceButton() const { return m_enhance; }
    QComboBox* toolCombo() const { return m_toolCombo; }
    // The last measurement's text ("42.0 px = 0.66 IOD"), under the photo.
    QLabel* measurementNote() const { return m_measureNote; }

public slots:
    void open(); // file dialog, then choose()
    // What Open, a recent file and a drop do: setPath(path), then imageChosen(path) or imageRefused().
    void choose(const QString& path);
    void setLandmarksVisible(bool visible);
    void setBoxVisible(bool visible);
    // The examiner picks face `index` (0-based, largest first) of the report shown: faceChosen() when it is
    // another face than the one compared.
    void chooseFace(int index);

signals:
    // The examiner asked for face `index` (0-based) of the `facesFound` in this photo.
    void faceChosen(int index, int facesFound);
    void imageChosen(const QString& path);
    // choose() could not use the file: `error` is the one-line reason (errorText()).
    void imageRefused(const QString& path, const QString& error);
    // The examiner changed the enhancement (every change, for linked panes) / finished with it (menu closed).
    void enhancementEdited(const ViewEnhancement& enhancement);
    void enhancementFinished();
    // The examiner moved landmark `index` to `position` (pixels of the analysed photo).
    void landmarkMoved(int index, QPointF position);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildRecentMenu();
    void buildTools();
    void refreshDisplay();
    void showCandidates(const FaceImageReport& report);
    void clearCandidates();

    Side m_side;
    void showDamaged(bool damaged, const QStringList& warnings);

    QString m_path;
    QString m_error;
    bool m_damaged = false;
    QStringList m_recent;
    QLabel* m_damagedNote = nullptr;
    QLabel* m_faceNote = nullptr;
    QLabel* m_faceLabel = nullptr;
    QComboBox* m_faceCombo = nullptr;
    int m_chosenFace = -1;   // of the report shown; -1: none
    int m_facesFound = 0;    // of the report shown
    int m_shownRotation = 0; // the photo shown is the file rotated clockwise by this much
    QLabel* m_title = nullptr;
    QToolButton* m_open = nullptr;
    QToolButton* m_landmarks = nullptr;
    QToolButton* m_box = nullptr;
    QToolButton* m_fit = nullptr;
    QMenu* m_recentMenu = nullptr;
    ImageView* m_view = nullptr;
    QualityPanel* m_quality = nullptr;
    QToolButton* m_enhance = nullptr;
    QToolButton* m_splitButton = nullptr;
    EnhancementPanel* m_enhancePanel = nullptr;
    QComboBox* m_toolCombo = nullptr;
    QLabel* m_measureNote = nullptr;
    ViewEnhancement m_enhancement;
    bool m_split = false;
    QBoxLayout* m_bars = nullptr; // the title row and the tools row
};

} // namespace descry::ui

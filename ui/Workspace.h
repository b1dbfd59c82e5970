#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QWidget>

class QAction;

namespace descry {
class CaseFile;
}

namespace descry::ui {

// A tab of the main window (face comparison, chest X-ray): the interface through which MainWindow's menus and
// shortcuts act on the active tab's document and analysis. MainWindow enables each action from canPerform()
// and asks again whenever the workspace emits stateChanged(). GUI thread only.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    // What the shared File and Analysis menus can ask of a workspace.
    enum class Action { NewDocument, OpenDocument, Save, SaveAs, SignAndSave, Export, Run, Cancel };
    Q_ENUM(Action)

    explicit Workspace(QWidget* parent = nullptr);

    // Whether the workspace offers the action at all.
    virtual bool supports(Action action) const = 0;
    // Whether the action can be done now: supported, and the state allows it (a result to export, work to
    // cancel, unsaved changes to save). The default is supports().
    virtual bool canPerform(Action action) const;
    // Why a supported action cannot be done now, in a user's words (menu tooltip and status message); empty when
    // there is nothing to explain.
    virtual QString unavailableReason(Action) const { return {}; }

    // The document: unsaved changes, the file it was opened from or saved to, the name the window title shows
    // (empty: the workspace has no document), and the file dialog filter and suffix of its files.
    virtual bool isModified() const { return false; }
    virtual QString documentPath() const { return {}; }
    virtual QString documentTitle() const { return {}; }
    virtual QString documentFileFilter() const { return {}; }
    virtual QString documentSuffix() const { return {}; }
    // A file name for the document's file dialogs (no folder): its case number or title made safe for a file
    // name, then `ending` (default: "." + documentSuffix()), e.g. "2026-0142.descry" or "2026-0142-report.pdf".
    virtual QString suggestedFileName(const QString& ending = {}) const;
    // The state of the document the status bar shows at all times (blind review, integrity, signer); empty: none.
    virtual QString caseStatusText() const { return {}; }
    // The menu text of Run for this workspace (e.g. "&Compare").
    virtual QString runText() const;
    // Extra entries of the File menu while this workspace is active (e.g. open a photo), owned by it.
    virtual QList<QAction*> inputActions() const { return {}; }

    // The actions. Errors are shown in the workspace (message line) and returned; unsupported ones return a
    // Usage error.
    virtual void newDocument() {}
    virtual Status openDocument(const QString& path);
    virtual Status saveDocument(const QString& path);
    // Saves and signs with the examiner's own key (`examiner` names them in the signature).
    virtual Status signAndSaveDocument(const QString& path, const QString& examiner);
    virtual Status exportReport(const QString& pdfPath);

public slots:
    virtual void run() {}
    virtual void cancel() {}

signals:
    // canPerform() may answer differently now.
    void stateChanged();
    // The document's modified flag changed.
    void modifiedChanged(bool modified);
    // documentPath() or documentTitle() changed.
    void documentChanged();
    void statusMessage(const QString& text);

protected:
    static Error unsupported();
    // `text` made safe as a file name without folder (at most 120 characters).
    static QString safeFileBase(const QString& text);
    // "History verified" or "Unverified: older Descry file", then who signed it; empty for a case never saved.
    static QString caseHistoryText(const CaseFile& caseFile);
};

} // namespace descry::ui

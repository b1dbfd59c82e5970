#pragma once

#include "core/casefile/CaseDetails.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace descry::ui {

// The "Case" tab of the face workspace: title, case number, agency and exhibit numbers (committed when a field is
// left), and the examiner's conclusion on the ordinal scale with rationale, name and role (committed by "Record
// conclusion", refused without a name). The panel only edits a copy; the workspace stores it in the document,
// which audits it. GUI thread only.
class CasePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CasePanel(QWidget* parent = nullptr);

    // Shows a case's title and details (no signal).
    void setDetails(const QString& title, const CaseDetails& details);
    QString title() const;
    // The identification fields as edited, with the conclusion last recorded.
    CaseDetails details() const;
    // The conclusion as edited now (not yet recorded).
    ExaminerConclusion editedConclusion() const;
    // The name offered for a new conclusion (the examiner of the Settings).
    void setDefaultExaminer(const QString& name);

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* caseNumberEdit() const { return m_caseNumber; }
    QLineEdit* agencyEdit() const { return m_agency; }
    QLineEdit* probeExhibitEdit() const { return m_probeExhibit; }
    QLineEdit* referenceExhibitEdit() const { return m_referenceExhibit; }
    QComboBox* levelCombo() const { return m_level; }
    QPlainTextEdit* rationaleEdit() const { return m_rationale; }
    QLineEdit* examinerEdit() const { return m_examiner; }
    QLineEdit* roleEdit() const { return m_role; }
    QPushButton* recordButton() const { return m_record; }
    // What the panel says about the conclusion recorded (who and when) or why recording was refused.
    QLabel* conclusionStatus() const { return m_status; }

public slots:
    // Records the conclusion being edited: conclusionRecorded(), or the reason in conclusionStatus() when the
    // name or the level is missing.
    void recordConclusion();

signals:
    // An identification field was edited and left (title, number, agency, exhibits).
    void detailsEdited();
    // The examiner asked to record this conclusion.
    void conclusionRecorded(const ExaminerConclusion& conclusion);

private:
    QLineEdit* addLine(const QString& objectName);
    void showRecorded();

    CaseDetails m_details;
    QString m_defaultExaminer;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_caseNumber = nullptr;
    QLineEdit* m_agency = nullptr;
    QLineEdit* m_probeExhibit = nullptr;
    QLineEdit* m_referenceExhibit = nullptr;
    QComboBox* m_level = nullptr;
    QLabel* m_levelMeaning = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QLineEdit* m_examiner = nullptr;
    QLineEdit* m_role = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace descry::ui

// The chest X-ray workspace with a CXR pack (issue 12, point 7): Run reviews the image shown on the shared inference
// service; the results panel shows probability, decision and the exact decomposition; the what-if is exact; a result
// goes stale when the window changes; blind review hides the output until the reading is locked (and refuses the
// export meanwhile); the checklist is saved, reopened and amended with a reason in the audit; without a pack the
// workspace says so once and works as a checklist; a review can be cancelled.
#include "support/FakeCxrPack.h"
#include "ui/AppSettings.h"
#include "ui/CxrCaseDocument.h"
#include "ui/CxrChecklistModel.h"
#include "ui/CxrContributionChart.h"
#include "ui/CxrNotesPanel.h"
#include "ui/CxrResultsPanel.h"
#include "ui/CxrWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/SettingsDialog.h"
#include "ui/RadiographView.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace descry;
using namespace descry::ui;
using Action = Workspace::Action;

namespace {

// A packs folder (with the fake CXR pack, or empty) first in the pack search, a generated radiograph with a
// planted left-sided effusion, and the settings this test changes restored afterwards.
class CxrEnv
{
public:
    explicit CxrEnv(bool withPack, bool blindFirst = false)
        : m_packsBefore(qgetenv("DESCRY_PACKS")), m_blindBefore(AppSettings().blindFirst()),
          m_examinerBefore(AppSettings().examinerName())
    {
        const QString packs = m_dir.filePath(QStringLiteral("packs"));
        QDir().mkpath(packs);
        if (withPack) {
            Result<QString> pack = fakes::writeFakeCxrPack(packs + QStringLiteral("/cxr-fake"));
            if (pack)
                packPath = *pack;
            else
                problem = pack.error().toString();
        }
        qputenv("DESCRY_PACKS", packs.toLocal8Bit());
        AppSettings().setCxrPackName(QString());
        AppSettings().setBlindFirst(blindFirst);
        AppSettings().setExaminerName(QString());
        image = m_dir.filePath(QStringLiteral("chest-left.png"));
        if (!fakes::fakeChestRadiograph(QStringLiteral("left"), 1).save(image))
            problem = QStringLiteral("cannot write ") + image;
    }
    ~CxrEnv()
    {
        qputenv("DESCRY_PACKS", m_packsBefore);
        AppSettings().setBlindFirst(m_blindBefore);
        AppSettings().setExaminerName(m_examinerBefore);
    }
    CxrEnv(const CxrEnv&) = delete;
    CxrEnv& operator=(const CxrEnv&) = delete;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString packPath, image, problem;

private:
    QTemporaryDir m_dir;
    QByteArray m_packsBefore;
    bool m_blindBefore;
    QString m_examinerBefore;
};

// A workspace on its own service.
struct Desk
{
    InferenceService service;
    CxrWorkspace ws{&service};
};

bool showImage(CxrWorkspace& ws, const QString& path)
{
    QSignalSpy shown(&ws, &CxrWorkspace::imageShown);
    ws.openInputs({path});
    return shown.wait(30000);
}

bool review(CxrWorkspace& ws)
{
    QSignalSpy done(&ws, &CxrWorkspace::reviewFinished);
    ws.run();
    return done.wait(60000);
}

// Every display text and tooltip of a model, all columns.
QStringList allTexts(const QAbstractItemModel& m, const QModelIndex& parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        for (int c = 0; c < m.columnCount(parent); ++c) {
            const QModelIndex i = m.index(r, c, parent);
            out << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString();
            if (c == 0)
                out << allTexts(m, i);
        }
    return out;
}

QStringList auditActions(const CaseFile& c)
{
    QStringList out;
    for (const AuditEntry& e : c.auditLog().entries())
        out << e.action;
    return out;
}

} // namespace

TEST(CxrReviewUi, RunShowsTheReviewWithAnExactDecomposition)
{
    CxrEnv env(true);
    ASSERT_TRUE(env.problem.isEmpty()) << env.problem.toStdString();
    Desk d;
    EXPECT_FALSE(d.ws.packPath().isEmpty());
    EXPECT_FALSE(d.ws.canPerform(Action::Run)); // no image yet
    ASSERT_TRUE(showImage(d.ws, env.image)) << d.ws.messageLabel()->text().toStdString();
    ASSERT_TRUE(d.ws.canPerform(Action::Run)) << d.ws.unavailableReason(Action::Run).toStdString();
    ASSERT_TRUE(review(d.ws)) << d.ws.messageLabel()->text().toStdString();
    const QSharedPointer<const CxrReviewResult> r = d.ws.resultsPanel()->result();
    ASSERT_TRUE(r) << d.ws.messageLabel()->text().toStdString();
    EXPECT_EQ(r->decision, CxrDecision::Effusion); // the planted left band
    EXPECT_EQ(r->imagePath, QFileInfo(env.image).absoluteFilePath());
    // Σ c_k + bias term = margin, and the head's own forward pass agrees.
    const double sum = std::accumulate(r->margin.contributions.begin(), r->margin.contributions.end(), 0.0);
    EXPECT_NEAR(sum + r->margin.biasTerm, r->margin.margin, 1e-6);
    EXPECT_LT(std::abs(r->headMargin - r->margin.margin), kCxrResidualTolerance);
    // The chart shows the groups, and they add up to the same margin.
    const CxrContributionChart* chart = d.ws.resultsPanel()->chart();
    ASSERT_EQ(chart->mode(), CxrContributionChart::Mode::Groups);
    const QVector<double> bars = chart->values();
    EXPECT_NEAR(std::accumulate(bars.begin(), bars.end(), 0.0) + r->margin.biasTerm, r->margin.margin, 1e-6);
    EXPECT_TRUE(d.ws.resultsPanel()->summaryLabel()->text().contains(cxrDecisionText(r->decision)));
    EXPECT_TRUE(d.ws.resultsPanel()->summaryLabel()->text().contains(QString::number(100 * r->probability, 'f', 1)));
    EXPECT_FALSE(d.ws.resultsPanel()->sentencesLabel()->text().isEmpty());
    EXPECT_TRUE(allTexts(*d.ws.resultsPanel()->model()).contains(QStringLiteral("Present")));
    EXPECT_TRUE(allTexts(*d.ws.resultsPanel()->model()).contains(QStringLiteral("Absent")));
    // Recorded in the case with its pack, audited.
    EXPECT_TRUE(d.ws.caseFile().hasResult());
    EXPECT_EQ(d.ws.caseFile().pack().name, r->packName);
    EXPECT_EQ(d.ws.caseFile().result().value(QStringLiteral("decision")).toString(), cxrDecisionId(r->decision));
    EXPECT_TRUE(auditActions(d.ws.caseFile()).contains(QLatin1String(AuditLog::Run)));
    EXPECT_FALSE(d.ws.resultsPanel()->isStale());
    // The model is loaded once and kept: a second run does not read the pack again (a pack damaged since would be
    // refused on loading).
    {
        QFile head(env.packPath + QStringLiteral("/head.safetensors"));
        ASSERT_TRUE(head.open(QIODevice::Append));
        head.write("x");
    }
    ASSERT_TRUE(review(d.ws));
    ASSERT_TRUE(d.ws.resultsPanel()->result()) << d.ws.messageLabel()->text().toStdString();
    EXPECT_DOUBLE_EQ(d.ws.resultsPanel()->result()->probability, r->probability);
    // Saved and reopened: the case says what it records (the explanation needs a new review).
    const QString casePath = env.path(QStringLiteral("reviewed.descry"));
    ASSERT_TRUE(d.ws.saveDocument(casePath).ok()) << d.ws.messageLabel()->text().toStdString();
    Desk again;
    ASSERT_TRUE(again.ws.openDocument(casePath).ok());
    EXPECT_TRUE(again.ws.resultsPanel()->noticeLabel()->text().contains(QStringLiteral("This case records a review")))
        << again.ws.resultsPanel()->noticeLabel()->text().toStdString();
    EXPECT_FALSE(again.ws.resultsPanel()->result());
}

TEST(CxrReviewUi, IdentifiersInReportsAreASettingOffByDefault)
{
    const bool before = AppSettings().includeIdentifiersInReports();
    QSettings(QStringLiteral("Descry"), QStringLiteral("descry")).remove(QStringLiteral("reports/includeIdentifiers"));
    EXPECT_FALSE(AppSettings().includeIdentifiersInReports());
    {
        SettingsDialog dialog;
        EXPECT_FALSE(dialog.includeIdentifiersCheck()->isChecked());
        dialog.includeIdentifiersCheck()->setChecked(true);
        dialog.cxrPackEdit()->setText(QStringLiteral("  my-cxr-pack "));
        dialog.apply();
    }
    EXPECT_TRUE(AppSettings().includeIdentifiersInReports());
    EXPECT_EQ(AppSettings().cxrPackName(), QStringLiteral("my-cxr-pack"));
    {
        // A chosen pack that is not installed: Run says so (and which one).
        CxrEnv env(true);
        AppSettings().setCxrPackName(QStringLiteral("my-cxr-pack"));
        Desk d;
        EXPECT_TRUE(d.ws.packPath().isEmpty());
        EXPECT_TRUE(d.ws.unavailableReason(Action::Run).contains(QStringLiteral("my-cxr-pack")));
        AppSettings().setCxrPackName(QString());
        d.ws.refreshPack();
        EXPECT_EQ(QDir(d.ws.packPath()).canonicalPath(), QDir(env.packPath).canonicalPath());
    }
    AppSettings().setIncludeIdentifiersInReports(before);
}

TEST(CxrReviewUi, WhatIfRecomputesTheMarginExactly)
{
    CxrEnv env(true);
    ASSERT_TRUE(env.problem.isEmpty()) << env.problem.toStdString();
    Desk d;
    ASSERT_TRUE(showImage(d.ws, env.image));
    ASSERT_TRUE(review(d.ws)) << d.ws.messageLabel()->text().toStdString();
    const QSharedPointer<const CxrReviewResult> r = d.ws.resultsPanel()->result();
    ASSERT_TRUE(r);
    CxrChecklistModel* model = d.ws.resultsPanel()->model();
    // The group moving the margin most, switched off as a whole.
    const CxrGroupResult& top = r->groups.first();
    const QModelIndex group = model->indexOfId(top.id);
    ASSERT_TRUE(model->setData(group, Qt::Unchecked, Qt::CheckStateRole));
    const std::optional<MarginDecomposition>& without = d.ws.resultsPanel()->whatIfMargin();
    ASSERT_TRUE(without.has_value());
    EXPECT_NEAR(without->margin, r->margin.margin - top.contribution, 1e-5);
    EXPECT_NEAR(without->probability, 1.0 / (1.0 + std::exp(-without->margin)), 1e-12);
    EXPECT_TRUE(d.ws.resultsPanel()->whatIfLabel()->isVisibleTo(d.ws.resultsPanel()));
    EXPECT_TRUE(
        d.ws.resultsPanel()->whatIfLabel()->text().contains(QString::number(100 * without->probability, 'f', 1)));
    EXPECT_TRUE(d.ws.resultsPanel()->whatIfLabel()->text().contains(QString::number(100 * r->probability, 'f', 1)));
    QList<int> expected;
    for (const CxrDescriptorScore& s : top.descriptors)
        expected << s.conceptIndex;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(d.ws.caseFile().whatIfDisabled(), expected);
    // One descriptor back on: only its share returns.
    const CxrDescriptorScore& back = top.descriptors.first();
    ASSERT_TRUE(model->setData(model->indexOfId(back.id), Qt::Checked, Qt::CheckStateRole));
    ASSERT_TRUE(d.ws.resultsPanel()->whatIfMargin().has_value());
    EXPECT_NEAR(d.ws.resultsPanel()->whatIfMargin()->margin, r->margin.margin - top.contribution + back.contribution,
                1e-5);
}

TEST(CxrReviewUi, AResultGoesStaleWhenTheWindowChanges)
{
    CxrEnv env(true);
    ASSERT_TRUE(env.problem.isEmpty()) << env.problem.toStdString();
    Desk d;
    ASSERT_TRUE(showImage(d.ws, env.image));
    ASSERT_TRUE(review(d.ws));
    ASSERT_TRUE(d.ws.resultsPanel()->result());
    EXPECT_TRUE(d.ws.canPerform(Action::Export));
    d.ws.view()->setWindow(60, 90);
    EXPECT_TRUE(d.ws.resultsPanel()->isStale());
    EXPECT_TRUE(d.ws.resultsPanel()->staleLabel()->isVisibleTo(d.ws.resultsPanel()));
    EXPECT_FALSE(d.ws.canPerform(Action::Export)); // a report never shows a result for another display
    EXPECT_FALSE(d.ws.unavailableReason(Action::Export).isEmpty());
    ASSERT_TRUE(review(d.ws)); // reviewed again at this window: fresh
    EXPECT_FALSE(d.ws.resultsPanel()->isStale());
    EXPECT_TRUE(d.ws.canPerform(Action::Export));
}

TEST(CxrReviewUi, BlindReviewHidesTheOutputUntilTheReadingIsLocked)
{
    CxrEnv env(true, true);
    ASSERT_TRUE(env.problem.isEmpty()) << env.problem.toStdString();
    Desk d;
    EXPECT_TRUE(d.ws.caseFile().blindFirst());
    ASSERT_TRUE(showImage(d.ws, env.image));
    ASSERT_TRUE(review(d.ws)) << d.ws.messageLabel()->text().toStdString();
    ASSERT_TRUE(d.ws.document()->result()); // computed and recorded
    EXPECT_TRUE(d.ws.caseFile().hasResult());
    // Nothing of it on screen: no result in the panel, no scores, no order, no summary or chart.
    EXPECT_FALSE(d.ws.resultsPanel()->result());
    EXPECT_FALSE(allTexts(*d.ws.resultsPanel()->model()).contains(QStringLiteral("Absent")));
    EXPECT_FALSE(d.ws.resultsPanel()->summaryLabel()->isVisibleTo(d.ws.resultsPanel()));
    EXPECT_EQ(d.ws.resultsPanel()->chart()->barCount(), 0);
    EXPECT_TRUE(d.ws.resultsPanel()->noticeLabel()->text().contains(QStringLiteral("Blind review")));
    const QString message = d.ws.messageLabel()->text();
    EXPECT_FALSE(message.contains(cxrDecisionText(CxrDecision::Effusion))) << message.toStdString();
    // Nor in the audit.
    for (const AuditEntry& e : d.ws.caseFile().auditLog().entries()) {
        if (e.action == QLatin1String(AuditLog::Run)) {
            EXPECT_TRUE(e.detail.contains(QStringLiteral("hidden"))) << e.detail.toStdString();
        }
    }
    // Export refused meanwhile, nothing written.
    const QString pdf = env.path(QStringLiteral("blind.pdf"));
    EXPECT_FALSE(d.ws.canPerform(Action::Export));
    EXPECT_FALSE(d.ws.exportReport(pdf).ok());
    EXPECT_FALSE(QFile::exists(pdf));
    // Locking needs something read, then shows everything.
    d.ws.askExaminer = [] { return QStringLiteral("Dr Reader"); };
    EXPECT_FALSE(d.ws.lockReading().ok());
    EXPECT_TRUE(
        d.ws.setChecklistState(QStringLiteral("costophrenic_angle.blunted_left"), ChecklistState::Present).ok());
    d.ws.notesEdit()->setPlainText(QStringLiteral("Blunted left angle."));
    ASSERT_TRUE(d.ws.lockReading().ok()) << d.ws.messageLabel()->text().toStdString();
    EXPECT_TRUE(d.ws.caseFile().isReadingLocked());
    EXPECT_EQ(d.ws.caseFile().readingLockedBy(), QStringLiteral("Dr Reader"));
    ASSERT_TRUE(d.ws.resultsPanel()->result());
    EXPECT_TRUE(d.ws.resultsPanel()->summaryLabel()->isVisibleTo(d.ws.resultsPanel()));
    EXPECT_GT(d.ws.resultsPanel()->chart()->barCount(), 0);
    EXPECT_TRUE(d.ws.notesEdit()->isReadOnly());
    EXPECT_TRUE(d.ws.canPerform(Action::Export)) << d.ws.unavailableReason(Action::Export).toStdString();
    ASSERT_TRUE(d.ws.exportReport(pdf).ok()) << d.ws.messageLabel()->text().toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF"));
    EXPECT_TRUE(auditActions(d.ws.caseFile()).contains(QLatin1String(AuditLog::Export)));
}

TEST(CxrReviewUi, TheChecklistIsSavedReopenedAndAmendedWithAReason)
{
    CxrEnv env(false);
    ASSERT_TRUE(env.problem.isEmpty()) << env.problem.toStdString();
    const QString casePath = env.path(QStringLiteral("reading.descry"));
    const QString left = QStringLiteral("costophrenic_angle.blunted_left");
    const QString meniscus = QStringLiteral("meniscus.present");
    {
        Desk d;
        ASSERT_TRUE(d.ws.catalog().indexOf(left) >= 0) << "the built-in CXR catalog";
        ASSERT_TRUE(showImage(d.ws, env.image));
        // Through the model, as the tree's editor does.
        CxrChecklistModel* model = d.ws.resultsPanel()->model();
        ASSERT_TRUE(
            model->setData(model->indexOfId(left, CxrChecklistModel::ReadingColumn), int(ChecklistState::Present)));
        ASSERT_TRUE(d.ws.setChecklistState(meniscus, ChecklistState::Uncertain).ok());
        EXPECT_EQ(d.ws.caseFile().checklist().value(left), ChecklistState::Present);
        EXPECT_EQ(model->indexOfId(left, CxrChecklistModel::ReadingColumn).data().toString(),
                  checklistStateText(ChecklistState::Present));
        EXPECT_TRUE(d.ws.isModified());
        d.ws.notesEdit()->setPlainText(QStringLiteral("Left effusion, small."));
        AppSettings().setExaminerName(QStringLiteral("Dr Reader"));
        ASSERT_TRUE(d.ws.lockReading().ok()) << d.ws.messageLabel()->text().toStdString();
        // Locked: a direct edit of the case is refused; the workspace asks for a reason instead.
        EXPECT_FALSE(d.ws.document()->setChecklistState(left, ChecklistState::Absent).ok());
        ASSERT_TRUE(d.ws.saveDocument(casePath).ok()) << d.ws.messageLabel()->text().toStdString();
        // Every checklist change is in the audit before the lock.
        QStringList notes;
        for (const AuditEntry& e : d.ws.caseFile().auditLog().entries())
            if (e.action == QLatin1String(AuditLog::Note))
                notes << e.detail;
        EXPECT_TRUE(notes.join('\n').contains(left + QStringLiteral(": unset \u2192 present")))
            << notes.join('\n').toStdString();
    }
    Desk again;
    ASSERT_TRUE(again.ws.openDocument(casePath).ok()) << again.ws.messageLabel()->text().toStdString();
    EXPECT_EQ(again.ws.caseFile().checklist().value(left), ChecklistState::Present);
    EXPECT_EQ(again.ws.caseFile().checklist().value(meniscus), ChecklistState::Uncertain);
    CxrChecklistModel* model = again.ws.resultsPanel()->model();
    EXPECT_EQ(model->indexOfId(left, CxrChecklistModel::ReadingColumn).data().toString(),
              checklistStateText(ChecklistState::Present));
    EXPECT_EQ(again.ws.notesEdit()->toPlainText(), QStringLiteral("Left effusion, small."));
    EXPECT_TRUE(again.ws.notesPanel()->isLocked());
    EXPECT_TRUE(again.ws.notesEdit()->isReadOnly());
    // An amendment without a reason changes nothing.
    again.ws.askReason = [](const QString&) { return QString(); };
    EXPECT_FALSE(again.ws.setChecklistState(left, ChecklistState::Absent).ok());
    EXPECT_EQ(again.ws.caseFile().checklist().value(left), ChecklistState::Present);
    EXPECT_EQ(model->indexOfId(left, CxrChecklistModel::ReadingColumn).data().toString(),
              checklistStateText(ChecklistState::Present));
    // With one, it is made and audited with the reason.
    QString asked;
    again.ws.askReason = [&asked](const QString& what) {
        asked = what;
        return QStringLiteral("second look at the lateral view");
    };
    ASSERT_TRUE(model->setData(model->indexOfId(left, CxrChecklistModel::ReadingColumn), int(ChecklistState::Absent)));
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(again.ws.caseFile().checklist().value(left), ChecklistState::Absent);
    const AuditEntry last = again.ws.caseFile().auditLog().entries().last();
    EXPECT_EQ(last.action, QLatin1String(AuditLog::Amend));
    EXPECT_TRUE(last.detail.contains(QStringLiteral("second look at the lateral view"))) << last.detail.toStdString();
    EXPECT_TRUE(last.detail.contains(left + QStringLiteral(": present \u2192 absent"))) << last.detail.toStdString();
    // The notes are amended the same way.
    again.ws.askNotesAmendment = [](const QString& current) {
        return std::optional<QPair<QString, QString>>(
            qMakePair(current + QStringLiteral(" Revised: no effusion."), QStringLiteral("lateral view")));
    };
    ASSERT_TRUE(again.ws.amendNotes().ok());
    EXPECT_EQ(again.ws.notesEdit()->toPlainText(), QStringLiteral("Left effusion, small. Revised: no effusion."));
    EXPECT_EQ(again.ws.document()->amendmentCount(), 2);
    EXPECT_TRUE(again.ws.notesPanel()->stateLabel()->text().contains(QStringLiteral("2")));
    ASSERT_TRUE(again.ws.saveDocument(casePath).ok());
    Result<CaseFile> reread = CaseFile::open(casePath);
    ASSERT_TRUE(reread.ok()) << reread.error().toString().toStdString();
    EXPECT_EQ(reread->checklist().value(left), ChecklistState::Absent);
    EXPECT_TRUE(reread->isReadingLocked());
}

TEST(CxrReviewUi, WithoutAPackTheWorkspaceSaysSoOnceAndWorksAsAChecklist)
{
    CxrEnv env(false);
    ASSERT_TRUE(env.problem.isEmpty()) << env.problem.toStdString();
    Desk d;
    EXPECT_TRUE(d.ws.packPath().isEmpty());
    const QString notice = d.ws.resultsPanel()->noticeLabel()->text();
    EXPECT_TRUE(notice.contains(QStringLiteral("No chest X-ray pack is installed"))) << notice.toStdString();
    EXPECT_TRUE(d.ws.resultsPanel()->noticeLabel()->isVisibleTo(d.ws.resultsPanel()));
    ASSERT_TRUE(showImage(d.ws, env.image));
    EXPECT_FALSE(d.ws.canPerform(Action::Run));
    EXPECT_EQ(d.ws.unavailableReason(Action::Run), notice);
    EXPECT_FALSE(d.ws.runButton()->isEnabled());
    EXPECT_EQ(d.ws.runButton()->toolTip(), notice);
    // Once: the message line does not repeat it.
    EXPECT_FALSE(d.ws.messageLabel()->text().contains(QStringLiteral("No chest X-ray pack")));
    // The checklist-only mode: checklist, notes, lock, the radiologist's own report.
    ASSERT_TRUE(d.ws.setChecklistState(QStringLiteral("meniscus.present"), ChecklistState::Present).ok());
    d.ws.notesEdit()->setPlainText(QStringLiteral("Meniscus at the left base."));
    d.ws.askExaminer = [] { return QStringLiteral("Dr Reader"); };
    ASSERT_TRUE(d.ws.lockReading().ok()) << d.ws.messageLabel()->text().toStdString();
    EXPECT_TRUE(d.ws.canPerform(Action::Export)) << d.ws.unavailableReason(Action::Export).toStdString();
    const QString pdf = env.path(QStringLiteral("own.pdf"));
    ASSERT_TRUE(d.ws.exportReport(pdf).ok()) << d.ws.messageLabel()->text().toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    // The report shows the image and window the viewer displays, not "window not recorded".
    const CxrReportInput input = d.ws.reportInput();
    EXPECT_FALSE(input.review.has_value());
    EXPECT_FALSE(input.windowText.isEmpty());
    EXPECT_FALSE(input.displayed.isNull());
    // Never over the evidence.
    EXPECT_FALSE(d.ws.exportReport(env.image).ok());
    EXPECT_TRUE(fakes::fakeChestRadiograph(QStringLiteral("left"), 1) ==
                QImage(env.image).convertToFormat(QImage::Format_Grayscale8));
}

TEST(CxrReviewUi, AReviewCanBeCancelled)
{
    CxrEnv env(true);
    ASSERT_TRUE(env.problem.isEmpty()) << env.problem.toStdString();
    Desk d;
    ASSERT_TRUE(showImage(d.ws, env.image));
    QSignalSpy done(&d.ws, &CxrWorkspace::reviewFinished);
    // The worker is held until the cancel is asked for: the review then stops before loading anything.
    QSemaphore gate;
    d.service.invokeOnWorker([&gate] { gate.acquire(); });
    d.ws.run();
    EXPECT_TRUE(d.ws.isReviewing());
    EXPECT_TRUE(d.ws.canPerform(Action::Cancel));
    d.ws.cancel();
    gate.release();
    ASSERT_TRUE(done.wait(60000));
    EXPECT_FALSE(d.ws.isReviewing());
    EXPECT_FALSE(d.ws.resultsPanel()->result());
    EXPECT_FALSE(d.ws.caseFile().hasResult());
    EXPECT_EQ(d.ws.messageLabel()->text(), QStringLiteral("Review cancelled."));
    // The service is free again: the next review runs.
    ASSERT_TRUE(review(d.ws));
    EXPECT_TRUE(d.ws.resultsPanel()->result());
}

TEST(CxrReviewUi, AnAmendmentIsAskedForOnceEvenWhenTheEditorCommitsAgain)
{
    CxrEnv env(false);
    ASSERT_TRUE(env.problem.isEmpty()) << env.problem.toStdString();
    Desk d;
    const QString left = QStringLiteral("costophrenic_angle.blunted_left");
    ASSERT_TRUE(d.ws.setChecklistState(left, ChecklistState::Present).ok());
    d.ws.askExaminer = [] { return QStringLiteral("Dr Reader"); };
    ASSERT_TRUE(d.ws.lockReading().ok());
    // The question's dialog takes the focus; the tree's editor then commits the same choice again.
    int asked = 0;
    CxrChecklistModel* model = d.ws.resultsPanel()->model();
    d.ws.askReason = [&](const QString&) {
        ++asked;
        model->setData(model->indexOfId(left, CxrChecklistModel::ReadingColumn), int(ChecklistState::Absent));
        return QStringLiteral("re-read");
    };
    ASSERT_TRUE(model->setData(model->indexOfId(left, CxrChecklistModel::ReadingColumn), int(ChecklistState::Absent)));
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(d.ws.caseFile().checklist().value(left), ChecklistState::Absent);
    EXPECT_EQ(d.ws.document()->amendmentCount(), 1);
}

#include "ui/FaceCaseDocument.h"

#include "core/face/FaceDecision.h"
#include "core/face/pipeline/ComponentExclusion.h"
#include "core/face/pipeline/FaceLikelihoodRatio.h"
#include "core/face/pipeline/FaceComparison.h"

namespace descry::ui {

FaceCaseDocument::FaceCaseDocument(QObject* parent) : QObject(parent) {}

FaceCaseDocument::~FaceCaseDocument() = default;

void FaceCaseDocument::markModified()
{
    emit modified();
    setModified(true);
}

void FaceCaseDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void FaceCaseDocument::replaceCase(CaseFile next)
{
    const QString before = m_case.path();
    m_case = std::move(next);
    m_result.reset();
    m_model.reset();
    m_assessed.reset();
    m_excludedComponents.clear();
    // What an opened case's notes exclude was audited when it was set: showing it again is no new event.
    m_auditedExclusions.clear();
    for (const QString& id : m_case.notes().components())
        if (m_case.notes().assessment(id).finding == Assessment::Finding::NotAssessable)
            m_auditedExclusions << id;
    setModified(false);
    emit replaced();
    emit resultChanged();
    if (m_case.path() != before)
        emit pathChanged(m_case.path());
}

void FaceCaseDocument::reset(bool blindFirst)
{
    CaseFile fresh;
    (void)fresh.setBlindFirst(blindFirst); // a case without a result may always be switched
    replaceCase(std::move(fresh));
}

Status FaceCaseDocument::open(const QString& path)
{
    auto opened = CaseFile::open(path);
    if (!opened)
        return opened.error();
    if (opened->task() != QLatin1String(CaseFile::FaceVerificationTask))
        return Error(
            ErrorCode::Usage,
            tr("this is a %1 case, not a face comparison case; open it in its own workspace").arg(opened->task()),
            path);
    replaceCase(std::move(opened).value());
    return {};
}

Status FaceCaseDocument::save(const QString& path, const SigningKey* key)
{
    const QString before = m_case.path();
    if (Status st = m_case.save(path, key); !st)
        return st;
    setModified(false);
    if (m_case.path() != before)
        emit pathChanged(m_case.path());
    return {};
}

Status FaceCaseDocument::addEvidence(const QString& role, const QString& path)
{
    if (Status st = m_case.addEvidence(role, path); !st)
        return st;
    markModified();
    return {};
}

void FaceCaseDocument::setCroppedFaces(bool on)
{
    if (m_case.croppedFaces() == on)
        return;
    m_case.setCroppedFaces(on);
    markModified();
}

Status FaceCaseDocument::setFaceIndex(const QString& role, int faceIndex, int facesFound)
{
    const EvidenceItem* item = m_case.evidenceFor(role);
    if (item && item->faceIndex == faceIndex)
        return {};
    if (Status st = m_case.setFaceIndex(role, faceIndex, facesFound); !st)
        return st;
    markModified();
    return {};
}

Status FaceCaseDocument::setDetails(const QString& title, const CaseDetails& details, const QString& who)
{
    const int entries = m_case.auditLog().size();
    if (Status st = m_case.setDetails(title, details, who); !st)
        return st;
    if (m_case.auditLog().size() != entries)
        markModified();
    return {};
}

Status FaceCaseDocument::setNotes(const ExaminerNotes& notes)
{
    if (notes == m_case.notes())
        return {};
    if (Status st = m_case.setNotes(notes); !st)
        return st;
    markModified();
    return {};
}

bool FaceCaseDocument::commitNotes(const QString& who)
{
    if (!m_case.hasUncommittedNotes())
        return false;
    m_case.commitNotes(who);
    markModified();
    return true;
}

void FaceCaseDocument::setWhatIfDisabled(const QList<int>& conceptIndices, const QString& detail)
{
    if (conceptIndices == m_case.whatIfDisabled())
        return;
    m_case.setWhatIfDisabled(conceptIndices, detail);
    markModified();
}

PackReference FaceCaseDocument::packOf(const FaceComparisonResult& result)
{
    return PackReference{result.packName, result.packVersion, result.packSha256};
}

bool FaceCaseDocument::showsRecordedPack() const
{
    return m_result && packOf(*m_result) == m_case.pack();
}

PackReference FaceCaseDocument::recordRun(QSharedPointer<const FaceComparisonResult> result,
                                          QSharedPointer<const FaceModel> model)
{
    Q_ASSERT(result);
    const PackReference before = m_case.pack();
    const PackReference used = packOf(*result);
    const bool otherPack = !before.isEmpty() && before != used;
    // While blind, the audit log (shown and exported) must not give the result away either.
    const QString outcome = m_case.modelOutputHidden()
                                ? tr("comparison computed (hidden: blind review)")
                                : tr("%1, score %2").arg(decisionId(result->decision)).arg(result->score, 0, 'f', 4);
    QString detail =
        otherPack ? tr("%1 with pack %2 %3 (SHA-256 %4) instead of the recorded pack %5 %6 (SHA-256 %7)")
                        .arg(outcome, used.name, used.version, used.sha256, before.name, before.version, before.sha256)
                  : tr("%1 with pack %2 %3").arg(outcome, used.name, used.version);
    if (m_case.croppedFaces())
        detail += QLatin1String("; ") + tr("photos taken as face crops");
    m_case.setPack(used);
    m_case.setResult(result->toJson(), detail);
    if (otherPack && !m_case.whatIfDisabled().isEmpty())
        m_case.setWhatIfDisabled({}, tr("cleared: the comparison was run with another pack"));
    m_result = std::move(result);
    m_model = std::move(model);
    markModified();
    emit resultChanged();
    return before;
}

void FaceCaseDocument::showRecomputed(QSharedPointer<const FaceComparisonResult> result,
                                      QSharedPointer<const FaceModel> model)
{
    m_result = std::move(result);
    m_model = std::move(model);
    emit resultChanged();
}

void FaceCaseDocument::clearShown()
{
    if (!m_result && !m_model)
        return;
    m_result.reset();
    m_model.reset();
    emit resultChanged();
}

void FaceCaseDocument::recordExport(const QString& pdfPath)
{
    m_case.recordExport(pdfPath);
    markModified();
}

bool FaceCaseDocument::applyNotAssessable(QString* error)
{
    const ExaminerNotes& notes = m_case.notes();
    QStringList components;
    QList<ExcludedComponent> exclusions;
    for (const QString& id : notes.components()) {
        const Assessment a = notes.assessment(id);
        if (a.finding != Assessment::Finding::NotAssessable)
            continue;
        components << id;
        exclusions << ExcludedComponent{id, QStringLiteral("not-assessable"), a.note, {}};
    }
    QStringList key; // what the exclusions are, to keep the same shown result while nothing changes
    for (const ExcludedComponent& x : exclusions)
        key << x.component + QLatin1Char('\n') + x.detail;
    if (m_assessed && m_assessedFrom == m_result && key == m_assessedKey)
        return false;
    m_assessed.reset();
    m_assessedFrom.reset();
    m_assessedKey = key;
    m_excludedComponents.clear();
    if (m_result && m_model && !exclusions.isEmpty()) {
        auto assessed = QSharedPointer<FaceComparisonResult>::create(*m_result);
        // A component the pack does not score (e.g. ears with a landmark pack) is listed, not an error.
        if (Status st = applyExclusions(assessed.get(), *m_model, exclusions); !st) {
            if (error)
                *error = st.error().toString();
        } else {
            applyLikelihoodRatio(*m_model, assessed.get()); // the LR of the reduced score, flagged as such
            m_assessed = assessed;
            m_assessedFrom = m_result;
            m_excludedComponents = components;
        }
    }
    if (!m_result || m_excludedComponents == m_auditedExclusions)
        return false;
    QStringList names;
    for (const QString& id : m_excludedComponents)
        names << ExaminerNotes::componentName(id);
    const Status audited =
        m_case.record(QLatin1String(AuditLog::WhatIf),
                      names.isEmpty() ? tr("no component excluded from the model's score any more")
                                      : tr("excluded from the model's score as not assessable by the examiner: %1")
                                            .arg(names.join(QStringLiteral(", "))));
    if (!audited) {
        if (error)
            *error = audited.error().toString();
        return false;
    }
    m_auditedExclusions = m_excludedComponents;
    markModified();
    return true;
}

} // namespace descry::ui

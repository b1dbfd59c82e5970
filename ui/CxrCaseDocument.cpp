#include "ui/CxrCaseDocument.h"

#include "core/casefile/SigningKey.h"

#include <QFileInfo>

namespace descry::ui {

namespace {

CaseFile freshCxrCase()
{
    CaseFile c;
    c.setTask(QLatin1String(CaseFile::CxrClassificationTask));
    return c;
}

} // namespace

CxrCaseDocument::CxrCaseDocument(QObject* parent) : QObject(parent), m_case(freshCxrCase()) {}

void CxrCaseDocument::markModified()
{
    emit modified();
    setModified(true);
}

void CxrCaseDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void CxrCaseDocument::replaceCase(CaseFile next)
{
    const QString before = m_case.path();
    m_case = std::move(next);
    setModified(false);
    emit replaced();
    if (m_case.path() != before)
        emit pathChanged(m_case.path());
}

void CxrCaseDocument::reset()
{
    replaceCase(freshCxrCase());
}

Status CxrCaseDocument::open(const QString& path)
{
    auto opened = CaseFile::open(path);
    if (!opened)
        return opened.error();
    if (!opened->isCxrCase())
        return Error(ErrorCode::Usage,
                     tr("this is a %1 case, not a chest X-ray case; open it in its own workspace").arg(opened->task()),
                     path);
    replaceCase(std::move(opened).value());
    return {};
}

Status CxrCaseDocument::save(const QString& path, const QString& who, const SigningKey* key)
{
    commitNotes(who);
    const QString before = m_case.path();
    if (Status st = m_case.save(path, key); !st)
        return st;
    setModified(false);
    if (m_case.path() != before)
        emit pathChanged(m_case.path());
    return {};
}

Status CxrCaseDocument::addRadiograph(const QString& path, const QString& sha256)
{
    const int before = m_case.auditLog().size();
    if (Status st = m_case.addRadiograph(path, sha256); !st)
        return st;
    if (m_case.auditLog().size() != before)
        markModified();
    return {};
}

Status CxrCaseDocument::setViewerState(const QString& imagePath, const QJsonObject& state)
{
    const QString absolute = imagePath.isEmpty() ? QString() : QFileInfo(imagePath).absoluteFilePath();
    if (absolute == m_case.currentImage() && state == m_case.viewerState())
        return {};
    if (Status st = m_case.setViewerState(imagePath, state); !st)
        return st;
    markModified();
    return {};
}

Status CxrCaseDocument::setReadingNotes(const QString& text)
{
    if (text == m_case.readingNotes())
        return {};
    if (Status st = m_case.setReadingNotes(text); !st)
        return st;
    markModified();
    return {};
}

bool CxrCaseDocument::commitNotes(const QString& who)
{
    if (!m_case.hasUncommittedNotes())
        return false;
    m_case.commitNotes(who);
    markModified();
    return true;
}

void CxrCaseDocument::recordReveal(const QString& imagePath)
{
    (void)m_case.record(QLatin1String(AuditLog::Reveal),
                        tr("patient and study identifiers shown for %1").arg(QFileInfo(imagePath).absoluteFilePath()));
    markModified();
}

} // namespace descry::ui

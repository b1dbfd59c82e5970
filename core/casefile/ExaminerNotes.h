#pragma once

#include "core/casefile/UtcClock.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace descry {

// The examiner's finding and free-text note for one FISWG component (ACE-V analysis/comparison).
struct Assessment
{
    enum class Finding { Unset, Similar, Dissimilar, NotAssessable };

    Finding finding = Finding::Unset;
    QString note;

    bool operator==(const Assessment& other) const = default;
};

// A recorded change to a locked analysis: the old and new assessment of one component and why.
struct Amendment
{
    QDateTime utc;
    QString component;
    Assessment before;
    Assessment after;
    QString reason;
    QString examiner; // who amended; empty in files written before it was recorded

    bool operator==(const Amendment& other) const = default;
};

// Examiner notes of one case: one Assessment per component; once locked, changes are only possible as
// recorded amendments (never silently). Value type; not thread-safe: use from one thread at a time.
class ExaminerNotes
{
public:
    using Finding = Assessment::Finding;

    // Bounds a case file must respect (the reader refuses more, the mutators refuse to create more).
    static constexpr int kMaxNoteChars = 65536; // per component note and per amendment reason
    static constexpr int kMaxNameChars = 1000;  // examiner names, component ids
    // An examiner's name as a case records it: not blank, at most kMaxNameChars, no line breaks or other control
    // characters (a name is printed on one line of reports and of `case verify`). Usage error otherwise.
    static Status checkName(const QString& name);
    static constexpr int kMaxComponents = 1000;
    static constexpr int kMaxAmendments = 100000;

    // The 19 FISWG facial component ids, in FISWG order (same ids as the descriptor catalog).
    static QStringList fiswgComponentIds();
    // Translated display name of a FISWG component id ("Face/Head Outline"), or the id when unknown.
    static QString componentName(const QString& componentId);

    // Stable file ids ("unset", "similar", "dissimilar", "not-assessable") and translated display text.
    static QString findingId(Finding finding);
    static std::optional<Finding> findingFromId(const QString& id);
    static QString findingText(Finding finding);

    // All FISWG components, unset, unlocked.
    ExaminerNotes();
    // A custom component list (e.g. Catalog::componentIds()); duplicates are dropped.
    explicit ExaminerNotes(const QStringList& componentIds);

    // Clock for lock and amendment times; null = system clock. Not serialised or compared.
    void setClock(UtcClock clock) { m_clock = std::move(clock); }

    QStringList components() const { return m_components; }
    bool hasComponent(const QString& componentId) const { return m_assessments.contains(componentId); }
    Assessment assessment(const QString& componentId) const { return m_assessments.value(componentId); }
    // Number of components whose finding is not Unset.
    int assessedCount() const;

    // Refused (ErrorCode::Usage) when locked, the component is unknown or the note longer than kMaxNoteChars.
    Status setAssessment(const QString& componentId, Finding finding, const QString& note = {});

    // Locks the analysis: records the UTC time and the examiner. Refused when already locked, without a name, or
    // when no component is assessed (an empty analysis locked would unblind the result for nothing).
    Status lock(const QString& examiner);
    bool isLocked() const { return m_lockedAt.isValid(); }
    QDateTime lockedAt() const { return m_lockedAt; }
    QString examiner() const { return m_examiner; }
    // The assessments as they were at lock time (empty when unlocked).
    QHash<QString, Assessment> lockedSnapshot() const { return m_lockedSnapshot; }

    // Changes a locked assessment and records an Amendment (old, new, reason, UTC, who). Refused when unlocked
    // (use setAssessment), when the reason is blank, the component unknown or nothing would change.
    Status amend(const QString& componentId, Finding finding, const QString& note, const QString& reason,
                 const QString& examiner = {});
    const QList<Amendment>& amendments() const { return m_amendments; }

    QJsonObject toJson() const;
    // Validates ids, times and sizes, and for locked notes that the lock-time snapshot plus the amendments gives
    // exactly the current assessments (a file edited behind the log is rejected). `origin` names the source.
    static Result<ExaminerNotes> fromJson(const QJsonObject& object, const QString& origin);

    bool operator==(const ExaminerNotes& other) const;

private:
    // The "amendments" of a file, replayed onto the lock-time snapshot (fromJson's second half).
    Status readAmendments(const QJsonObject& object, const QString& origin);

    QStringList m_components;
    QHash<QString, Assessment> m_assessments;
    QHash<QString, Assessment> m_lockedSnapshot;
    QDateTime m_lockedAt;
    QString m_examiner;
    QList<Amendment> m_amendments;
    UtcClock m_clock;
};

} // namespace descry

#include "core/casefile/CxrChecklist.h"

#include "core/common/Tr.h"

namespace descry {

QString checklistStateId(ChecklistState state)
{
    switch (state) {
    case ChecklistState::Present:
        return QStringLiteral("present");
    case ChecklistState::Absent:
        return QStringLiteral("absent");
    case ChecklistState::Uncertain:
        return QStringLiteral("uncertain");
    case ChecklistState::Unset:
        break;
    }
    return QStringLiteral("unset");
}

ChecklistState checklistStateFromId(const QString& id)
{
    if (id == QLatin1String("present"))
        return ChecklistState::Present;
    if (id == QLatin1String("absent"))
        return ChecklistState::Absent;
    if (id == QLatin1String("uncertain"))
        return ChecklistState::Uncertain;
    return ChecklistState::Unset;
}

QString checklistStateText(ChecklistState state)
{
    switch (state) {
    case ChecklistState::Present:
        return Tr::tr("Present");
    case ChecklistState::Absent:
        return Tr::tr("Absent");
    case ChecklistState::Uncertain:
        return Tr::tr("Uncertain");
    case ChecklistState::Unset:
        break;
    }
    return Tr::tr("Not assessed");
}

} // namespace descry

#pragma once

#include <QMap>
#include <QString>

namespace descry {

// The radiologist's own reading of one catalog descriptor (the checklist beside the model's scores).
enum class ChecklistState { Unset, Present, Absent, Uncertain };

// "unset" | "present" | "absent" | "uncertain", and back (Unset for anything else).
QString checklistStateId(ChecklistState state);
ChecklistState checklistStateFromId(const QString& id);
// Translated display text.
QString checklistStateText(ChecklistState state);

// Descriptor id -> the radiologist's reading; descriptors not in the map are Unset.
using CxrChecklist = QMap<QString, ChecklistState>;

} // namespace descry

#pragma once
// Private to core/imaging: the attribute table of the Basic Application Level Confidentiality Profile.

#include <QtGlobal>

#include <vector>

namespace descry::detail {

// Where the table comes from, for the record written into every output and for readers of the code.
inline constexpr const char* kProfileSource = "DICOM PS3.15 2024x Annex E Table E.1-1, Basic Profile column";

// What is done to an attribute.
enum class ProfileAction {
    Remove,   // X
    Empty,    // Z: kept with a zero-length value (an empty sequence for SQ)
    Dummy,    // D: a non-identifying value of the attribute's VR (an empty sequence for SQ)
    RemapUid, // U: a new UID, the same for the same original within one export
};

// One row of Table E.1-1: the attribute, the profile's action as printed ("X/Z/D") and the action applied. Where the
// profile leaves a choice (X/Z, X/D, Z/D, X/Z/D, X/Z/U*) the applied one keeps CR/DX objects valid: Z when the
// attribute may be Type 2 in their modules, X when it is Type 3, U for sequences of references (their UIDs remapped
// inside), never D where Z is allowed (a dummy only where the profile says D alone).
struct ProfileRow
{
    quint16 group;
    quint16 element;
    const char* name;
    const char* profileAction;
    ProfileAction applied;
};

// Every row, in tag order.
const std::vector<ProfileRow>& profileRows();

// The row for (group, element), or nullptr. Repeating groups are matched too: curves (50xx) and overlays (60xx,
// 3000 Overlay Data and 4000 Overlay Comments) whatever their group's low byte.
const ProfileRow* findProfileRow(quint16 group, quint16 element);

// Attributes of UI VR that name a class, syntax or coding scheme rather than an instance: never remapped (the
// others, including private ones outside the DICOM root, are).
bool isClassUidAttribute(quint16 group, quint16 element);

} // namespace descry::detail

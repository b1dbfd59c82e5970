#include "core/imaging/detail/DeidentificationProfile.h"

#include <QHash>

#include <algorithm>

namespace descry::detail {

namespace {

constexpr ProfileAction X = ProfileAction::Remove;
constexpr ProfileAction Z = ProfileAction::Empty;
constexpr ProfileAction D = ProfileAction::Dummy;
constexpr ProfileAction U = ProfileAction::RemapUid;

// DICOM PS3.15 2024x, Annex E, Table E.1-1 "Application Level Confidentiality Profile Attributes", Basic Profile
// column: the rows that can occur in projection radiographs (CR, DX, DX for presentation/processing, secondary
// capture) and their studies, plus the general ones (UIDs, free text, request and scheduling attributes).
// Sorted by tag; findProfileRow() relies on it.
const std::vector<ProfileRow> kRows = {
    {0x0000, 0x1001, "Requested SOP Instance UID", "U", U},
    {0x0002, 0x0003, "Media Storage SOP Instance UID", "U", U},
    {0x0004, 0x1511, "Referenced SOP Instance UID in File", "U", U},
    {0x0008, 0x0012, "Instance Creation Date", "X/D", X},
    {0x0008, 0x0013, "Instance Creation Time", "X/Z/D", X},
    {0x0008, 0x0014, "Instance Creator UID", "U", U},
    {0x0008, 0x0015, "Instance Coercion DateTime", "X", X},
    {0x0008, 0x0018, "SOP Instance UID", "U", U},
    {0x0008, 0x0020, "Study Date", "Z", Z},
    {0x0008, 0x0021, "Series Date", "X/D", X},
    {0x0008, 0x0022, "Acquisition Date", "X/Z", Z},
    {0x0008, 0x0023, "Content Date", "Z/D", Z},
    {0x0008, 0x0024, "Overlay Date", "X", X},
    {0x0008, 0x0025, "Curve Date", "X", X},
    {0x0008, 0x002A, "Acquisition DateTime", "X/Z/D", X},
    {0x0008, 0x0030, "Study Time", "Z", Z},
    {0x0008, 0x0031, "Series Time", "X/D", X},
    {0x0008, 0x0032, "Acquisition Time", "X/Z", Z},
    {0x0008, 0x0033, "Content Time", "Z/D", Z},
    {0x0008, 0x0034, "Overlay Time", "X", X},
    {0x0008, 0x0035, "Curve Time", "X", X},
    {0x0008, 0x0050, "Accession Number", "Z", Z},
    {0x0008, 0x0058, "Failed SOP Instance UID List", "U", U},
    {0x0008, 0x0080, "Institution Name", "X/Z/D", Z},
    {0x0008, 0x0081, "Institution Address", "X", X},
    {0x0008, 0x0082, "Institution Code Sequence", "X/Z/D", X},
    {0x0008, 0x0090, "Referring Physician's Name", "Z", Z},
    {0x0008, 0x0092, "Referring Physician's Address", "X", X},
    {0x0008, 0x0094, "Referring Physician's Telephone Numbers", "X", X},
    {0x0008, 0x0096, "Referring Physician Identification Sequence", "X", X},
    {0x0008, 0x009C, "Consulting Physician's Name", "Z", Z},
    {0x0008, 0x009D, "Consulting Physician Identification Sequence", "X", X},
    {0x0008, 0x010D, "Context Group Extension Creator UID", "U", U},
    {0x0008, 0x0201, "Timezone Offset From UTC", "X", X},
    {0x0008, 0x1010, "Station Name", "X/Z/D", Z},
    {0x0008, 0x1030, "Study Description", "X", X},
    {0x0008, 0x103E, "Series Description", "X", X},
    {0x0008, 0x1040, "Institutional Department Name", "X", X},
    {0x0008, 0x1041, "Institutional Department Type Code Sequence", "X", X},
    {0x0008, 0x1048, "Physician(s) of Record", "X", X},
    {0x0008, 0x1049, "Physician(s) of Record Identification Sequence", "X", X},
    {0x0008, 0x1050, "Performing Physician's Name", "X", X},
    {0x0008, 0x1052, "Performing Physician Identification Sequence", "X", X},
    {0x0008, 0x1060, "Name of Physician(s) Reading Study", "X", X},
    {0x0008, 0x1062, "Physician(s) Reading Study Identification Sequence", "X", X},
    {0x0008, 0x1070, "Operators' Name", "X/Z/D", Z},
    {0x0008, 0x1072, "Operators' Identification Sequence", "X/D", X},
    {0x0008, 0x1080, "Admitting Diagnoses Description", "X", X},
    {0x0008, 0x1084, "Admitting Diagnoses Code Sequence", "X", X},
    {0x0008, 0x1090, "Manufacturer's Model Name", "X", X},
    {0x0008, 0x1110, "Referenced Study Sequence", "X/Z", X},
    {0x0008, 0x1111, "Referenced Performed Procedure Step Sequence", "X/Z/D", X},
    {0x0008, 0x1120, "Referenced Patient Sequence", "X", X},
    {0x0008, 0x1140, "Referenced Image Sequence", "X/Z/U*", U},
    {0x0008, 0x1155, "Referenced SOP Instance UID", "U", U},
    {0x0008, 0x1195, "Transaction UID", "U", U},
    {0x0008, 0x2111, "Derivation Description", "X", X},
    {0x0008, 0x2112, "Source Image Sequence", "X/Z/U*", U},
    {0x0008, 0x3010, "Irradiation Event UID", "U", U},
    {0x0008, 0x4000, "Identifying Comments", "X", X},
    {0x0008, 0x9123, "Creator-Version UID", "U", U},
    {0x0010, 0x0010, "Patient's Name", "Z", Z},
    {0x0010, 0x0020, "Patient ID", "Z", Z},
    {0x0010, 0x0021, "Issuer of Patient ID", "X", X},
    {0x0010, 0x0024, "Issuer of Patient ID Qualifiers Sequence", "X", X},
    {0x0010, 0x0030, "Patient's Birth Date", "Z", Z},
    {0x0010, 0x0032, "Patient's Birth Time", "X", X},
    {0x0010, 0x0040, "Patient's Sex", "Z", Z},
    {0x0010, 0x0050, "Patient's Insurance Plan Code Sequence", "X", X},
    {0x0010, 0x0101, "Patient's Primary Language Code Sequence", "X", X},
    {0x0010, 0x0102, "Patient's Primary Language Modifier Code Sequence", "X", X},
    {0x0010, 0x1000, "Other Patient IDs", "X", X},
    {0x0010, 0x1001, "Other Patient Names", "X", X},
    {0x0010, 0x1002, "Other Patient IDs Sequence", "X", X},
    {0x0010, 0x1005, "Patient's Birth Name", "X", X},
    {0x0010, 0x1010, "Patient's Age", "X", X},
    {0x0010, 0x1020, "Patient's Size", "X", X},
    {0x0010, 0x1030, "Patient's Weight", "X", X},
    {0x0010, 0x1040, "Patient's Address", "X", X},
    {0x0010, 0x1050, "Insurance Plan Identification", "X", X},
    {0x0010, 0x1060, "Patient's Mother's Birth Name", "X", X},
    {0x0010, 0x1080, "Military Rank", "X", X},
    {0x0010, 0x1081, "Branch of Service", "X", X},
    {0x0010, 0x1090, "Medical Record Locator", "X", X},
    {0x0010, 0x2000, "Medical Alerts", "X", X},
    {0x0010, 0x2110, "Allergies", "X", X},
    {0x0010, 0x2150, "Country of Residence", "X", X},
    {0x0010, 0x2152, "Region of Residence", "X", X},
    {0x0010, 0x2154, "Patient's Telephone Numbers", "X", X},
    {0x0010, 0x2155, "Patient's Telecom Information", "X", X},
    {0x0010, 0x2160, "Ethnic Group", "X", X},
    {0x0010, 0x2180, "Occupation", "X", X},
    {0x0010, 0x21A0, "Smoking Status", "X", X},
    {0x0010, 0x21B0, "Additional Patient History", "X", X},
    {0x0010, 0x21C0, "Pregnancy Status", "X", X},
    {0x0010, 0x21D0, "Last Menstrual Date", "X", X},
    {0x0010, 0x21F0, "Patient's Religious Preference", "X", X},
    {0x0010, 0x2203, "Patient's Sex Neutered", "X/Z", X},
    {0x0010, 0x2297, "Responsible Person", "X", X},
    {0x0010, 0x2299, "Responsible Organization", "X", X},
    {0x0010, 0x4000, "Patient Comments", "X", X},
    {0x0018, 0x0010, "Contrast/Bolus Agent", "Z/D", Z},
    {0x0018, 0x1000, "Device Serial Number", "X/Z/D", X},
    {0x0018, 0x1002, "Device UID", "U", U},
    {0x0018, 0x1004, "Plate ID", "X", X},
    {0x0018, 0x1005, "Generator ID", "X", X},
    {0x0018, 0x1007, "Cassette ID", "X", X},
    {0x0018, 0x1008, "Gantry ID", "X", X},
    {0x0018, 0x1009, "Unique Device Identifier", "X", X},
    {0x0018, 0x100A, "UDI Sequence", "X", X},
    {0x0018, 0x1030, "Protocol Name", "X/D", X},
    {0x0018, 0x1200, "Date of Last Calibration", "X", X},
    {0x0018, 0x1201, "Time of Last Calibration", "X", X},
    {0x0018, 0x1400, "Acquisition Device Processing Description", "X/D", X},
    {0x0018, 0x4000, "Acquisition Comments", "X", X},
    {0x0018, 0x700A, "Detector ID", "X/D", X},
    {0x0018, 0x700C, "Date of Last Detector Calibration", "X/D", X},
    {0x0018, 0x700E, "Time of Last Detector Calibration", "X/D", X},
    {0x0018, 0x9424, "Acquisition Protocol Description", "X", X},
    {0x0018, 0x9516, "Start Acquisition DateTime", "X/D", X},
    {0x0018, 0x9517, "End Acquisition DateTime", "X/D", X},
    {0x0018, 0xA003, "Contribution Description", "X", X},
    {0x0020, 0x000D, "Study Instance UID", "U", U},
    {0x0020, 0x000E, "Series Instance UID", "U", U},
    {0x0020, 0x0010, "Study ID", "Z", Z},
    {0x0020, 0x0052, "Frame of Reference UID", "U", U},
    {0x0020, 0x0200, "Synchronization Frame of Reference UID", "U", U},
    {0x0020, 0x3401, "Modifying Device ID", "X", X},
    {0x0020, 0x3404, "Modifying Device Manufacturer", "X", X},
    {0x0020, 0x3406, "Modified Image Description", "X", X},
    {0x0020, 0x4000, "Image Comments", "X", X},
    {0x0020, 0x9158, "Frame Comments", "X", X},
    {0x0020, 0x9161, "Concatenation UID", "U", U},
    {0x0020, 0x9164, "Dimension Organization UID", "U", U},
    {0x0028, 0x1199, "Palette Color Lookup Table UID", "U", U},
    {0x0028, 0x1214, "Large Palette Color Lookup Table UID", "U", U},
    {0x0028, 0x4000, "Image Presentation Comments", "X", X},
    {0x0032, 0x0012, "Study ID Issuer", "X", X},
    {0x0032, 0x1020, "Scheduled Study Location", "X", X},
    {0x0032, 0x1021, "Scheduled Study Location AE Title", "X", X},
    {0x0032, 0x1030, "Reason for Study", "X", X},
    {0x0032, 0x1032, "Requesting Physician", "X", X},
    {0x0032, 0x1033, "Requesting Service", "X", X},
    {0x0032, 0x1060, "Requested Procedure Description", "X/Z", X},
    {0x0032, 0x1064, "Requested Procedure Code Sequence", "X", X},
    {0x0032, 0x1070, "Requested Contrast Agent", "X", X},
    {0x0032, 0x4000, "Study Comments", "X", X},
    {0x0038, 0x0010, "Admission ID", "X", X},
    {0x0038, 0x0011, "Issuer of Admission ID", "X", X},
    {0x0038, 0x001E, "Scheduled Patient Institution Residence", "X", X},
    {0x0038, 0x0020, "Admitting Date", "X", X},
    {0x0038, 0x0021, "Admitting Time", "X", X},
    {0x0038, 0x0040, "Discharge Diagnosis Description", "X", X},
    {0x0038, 0x0050, "Special Needs", "X", X},
    {0x0038, 0x0060, "Service Episode ID", "X", X},
    {0x0038, 0x0061, "Issuer of Service Episode ID", "X", X},
    {0x0038, 0x0062, "Service Episode Description", "X", X},
    {0x0038, 0x0300, "Current Patient Location", "X", X},
    {0x0038, 0x0400, "Patient's Institution Residence", "X", X},
    {0x0038, 0x0500, "Patient State", "X", X},
    {0x0038, 0x1234, "Referenced Patient Alias Sequence", "X", X},
    {0x0038, 0x4000, "Visit Comments", "X", X},
    {0x0040, 0x0001, "Scheduled Station AE Title", "X", X},
    {0x0040, 0x0002, "Scheduled Procedure Step Start Date", "X", X},
    {0x0040, 0x0003, "Scheduled Procedure Step Start Time", "X", X},
    {0x0040, 0x0004, "Scheduled Procedure Step End Date", "X", X},
    {0x0040, 0x0005, "Scheduled Procedure Step End Time", "X", X},
    {0x0040, 0x0006, "Scheduled Performing Physician's Name", "X", X},
    {0x0040, 0x0007, "Scheduled Procedure Step Description", "X", X},
    {0x0040, 0x0009, "Scheduled Procedure Step ID", "X", X},
    {0x0040, 0x000B, "Scheduled Performing Physician Identification Sequence", "X", X},
    {0x0040, 0x0010, "Scheduled Station Name", "X", X},
    {0x0040, 0x0011, "Scheduled Procedure Step Location", "X", X},
    {0x0040, 0x0012, "Pre-Medication", "X", X},
    {0x0040, 0x0241, "Performed Station AE Title", "X", X},
    {0x0040, 0x0242, "Performed Station Name", "X", X},
    {0x0040, 0x0243, "Performed Location", "X", X},
    {0x0040, 0x0244, "Performed Procedure Step Start Date", "X", X},
    {0x0040, 0x0245, "Performed Procedure Step Start Time", "X", X},
    {0x0040, 0x0250, "Performed Procedure Step End Date", "X", X},
    {0x0040, 0x0251, "Performed Procedure Step End Time", "X", X},
    {0x0040, 0x0253, "Performed Procedure Step ID", "X", X},
    {0x0040, 0x0254, "Performed Procedure Step Description", "X", X},
    {0x0040, 0x0275, "Request Attributes Sequence", "X", X},
    {0x0040, 0x0280, "Comments on the Performed Procedure Step", "X", X},
    {0x0040, 0x0310, "Comments on Radiation Dose", "X", X},
    {0x0040, 0x0555, "Acquisition Context Sequence", "X", X},
    {0x0040, 0x1001, "Requested Procedure ID", "X", X},
    {0x0040, 0x1002, "Reason for the Requested Procedure", "X", X},
    {0x0040, 0x1004, "Patient Transport Arrangements", "X", X},
    {0x0040, 0x1005, "Requested Procedure Location", "X", X},
    {0x0040, 0x1010, "Names of Intended Recipients of Results", "X", X},
    {0x0040, 0x1011, "Intended Recipients of Results Identification Sequence", "X", X},
    {0x0040, 0x1101, "Person Identification Code Sequence", "D", D},
    {0x0040, 0x1102, "Person's Address", "X", X},
    {0x0040, 0x1103, "Person's Telephone Numbers", "X", X},
    {0x0040, 0x1104, "Person's Telecom Information", "X", X},
    {0x0040, 0x1400, "Requested Procedure Comments", "X", X},
    {0x0040, 0x2001, "Reason for the Imaging Service Request", "X", X},
    {0x0040, 0x2004, "Issue Date of Imaging Service Request", "X", X},
    {0x0040, 0x2005, "Issue Time of Imaging Service Request", "X", X},
    {0x0040, 0x2008, "Order Entered By", "X", X},
    {0x0040, 0x2009, "Order Enterer's Location", "X", X},
    {0x0040, 0x2010, "Order Callback Phone Number", "X", X},
    {0x0040, 0x2011, "Order Callback Telecom Information", "X", X},
    {0x0040, 0x2016, "Placer Order Number / Imaging Service Request", "Z", Z},
    {0x0040, 0x2017, "Filler Order Number / Imaging Service Request", "Z", Z},
    {0x0040, 0x2400, "Imaging Service Request Comments", "X", X},
    {0x0040, 0x3001, "Confidentiality Constraint on Patient Data Description", "X", X},
    {0x0040, 0x4023, "Referenced General Purpose Scheduled Procedure Step Transaction UID", "U", U},
    {0x0040, 0x4025, "Scheduled Station Name Code Sequence", "X", X},
    {0x0040, 0x4027, "Scheduled Station Geographic Location Code Sequence", "X", X},
    {0x0040, 0x4028, "Performed Station Name Code Sequence", "X", X},
    {0x0040, 0x4030, "Performed Station Geographic Location Code Sequence", "X", X},
    {0x0040, 0x4034, "Scheduled Human Performers Sequence", "X", X},
    {0x0040, 0x4035, "Actual Human Performers Sequence", "X", X},
    {0x0040, 0x4036, "Human Performer's Organization", "X", X},
    {0x0040, 0x4037, "Human Performer's Name", "X", X},
    {0x0040, 0xA027, "Verifying Organization", "X", X},
    {0x0040, 0xA073, "Verifying Observer Sequence", "D", D},
    {0x0040, 0xA075, "Verifying Observer Name", "D", D},
    {0x0040, 0xA078, "Author Observer Sequence", "X", X},
    {0x0040, 0xA07A, "Participant Sequence", "X", X},
    {0x0040, 0xA07C, "Custodial Organization Sequence", "X", X},
    {0x0040, 0xA088, "Verifying Observer Identification Code Sequence", "Z", Z},
    {0x0040, 0xA123, "Person Name", "D", D},
    {0x0040, 0xA124, "UID", "U", U},
    {0x0040, 0xA160, "Text Value", "X", X},
    {0x0040, 0xA352, "Verbal Source", "X", X},
    {0x0040, 0xA358, "Verbal Source Identifier Code Sequence", "X", X},
    {0x0040, 0xA730, "Content Sequence", "X", X},
    {0x0040, 0xDB0C, "Template Extension Organization UID", "U", U},
    {0x0040, 0xDB0D, "Template Extension Creator UID", "U", U},
    {0x0070, 0x0001, "Graphic Annotation Sequence", "D", D},
    {0x0070, 0x0084, "Content Creator's Name", "Z", Z},
    {0x0070, 0x0086, "Content Creator's Identification Code Sequence", "X", X},
    {0x0070, 0x031A, "Fiducial UID", "U", U},
    {0x0088, 0x0140, "Storage Media File-set UID", "U", U},
    {0x0088, 0x0200, "Icon Image Sequence", "X", X},
    {0x0088, 0x0904, "Topic Title", "X", X},
    {0x0088, 0x0906, "Topic Subject", "X", X},
    {0x0088, 0x0910, "Topic Author", "X", X},
    {0x0088, 0x0912, "Topic Keywords", "X", X},
    {0x0400, 0x0100, "Digital Signature UID", "X", X},
    {0x0400, 0x0402, "Referenced Digital Signature Sequence", "X", X},
    {0x0400, 0x0403, "Referenced SOP Instance MAC Sequence", "X", X},
    {0x0400, 0x0404, "MAC", "X", X},
    {0x0400, 0x0550, "Modified Attributes Sequence", "X", X},
    {0x0400, 0x0561, "Original Attributes Sequence", "X", X},
    {0x2030, 0x0020, "Text String", "X", X},
    {0x3006, 0x0024, "Referenced Frame of Reference UID", "U", U},
    {0x3006, 0x00C2, "Related Frame of Reference UID", "U", U},
    {0x300A, 0x0013, "Dose Reference UID", "U", U},
    {0x300E, 0x0008, "Reviewer Name", "X/Z", X},
    {0x4000, 0x0010, "Arbitrary", "X", X},
    {0x4000, 0x4000, "Text Comments", "X", X},
    {0x4008, 0x0042, "Results ID Issuer", "X", X},
    {0x4008, 0x0102, "Interpretation Recorder", "X", X},
    {0x4008, 0x010A, "Interpretation Transcriber", "X", X},
    {0x4008, 0x010B, "Interpretation Text", "X", X},
    {0x4008, 0x010C, "Interpretation Author", "X", X},
    {0x4008, 0x0111, "Interpretation Approver Sequence", "X", X},
    {0x4008, 0x0114, "Physician Approving Interpretation", "X", X},
    {0x4008, 0x0115, "Interpretation Diagnosis Description", "X", X},
    {0x4008, 0x0118, "Results Distribution List Sequence", "X", X},
    {0x4008, 0x0119, "Distribution Name", "X", X},
    {0x4008, 0x011A, "Distribution Address", "X", X},
    {0x4008, 0x0202, "Interpretation ID Issuer", "X", X},
    {0x4008, 0x0300, "Impressions", "X", X},
    {0x4008, 0x4000, "Results Comments", "X", X},
    {0xFFFA, 0xFFFA, "Digital Signatures Sequence", "X", X},
};

// Repeating groups: every element of a curve (50xx) goes with its Curve Data; overlays (60xx) lose their data and
// comments (the overlay planes may carry burned-in text).
const ProfileRow kCurve = {0x5000, 0x0000, "Curve Data (any curve attribute)", "X", X};
const ProfileRow kOverlayData = {0x6000, 0x3000, "Overlay Data", "X", X};
const ProfileRow kOverlayComments = {0x6000, 0x4000, "Overlay Comments", "X", X};

quint32 key(quint16 group, quint16 element)
{
    return (quint32(group) << 16) | element;
}

} // namespace

const std::vector<ProfileRow>& profileRows()
{
    return kRows;
}

const ProfileRow* findProfileRow(quint16 group, quint16 element)
{
    if ((group & 0xFF01) == 0x5000)
        return &kCurve;
    if ((group & 0xFF01) == 0x6000 && element == 0x3000)
        return &kOverlayData;
    if ((group & 0xFF01) == 0x6000 && element == 0x4000)
        return &kOverlayComments;
    const quint32 k = key(group, element);
    const auto it = std::lower_bound(kRows.begin(), kRows.end(), k,
                                     [](const ProfileRow& r, quint32 v) { return key(r.group, r.element) < v; });
    return it != kRows.end() && key(it->group, it->element) == k ? &*it : nullptr;
}

bool isClassUidAttribute(quint16 group, quint16 element)
{
    static const QList<quint32> kClassUids = {
        key(0x0002, 0x0002), // Media Storage SOP Class UID
        key(0x0002, 0x0010), // Transfer Syntax UID
        key(0x0002, 0x0012), // Implementation Class UID
        key(0x0004, 0x1510), // Referenced SOP Class UID in File
        key(0x0004, 0x1512), // Referenced Transfer Syntax UID in File
        key(0x0004, 0x151A), // Referenced Related General SOP Class UID in File
        key(0x0008, 0x0016), // SOP Class UID
        key(0x0008, 0x001A), // Related General SOP Class UID
        key(0x0008, 0x001B), // Original Specialized SOP Class UID
        key(0x0008, 0x010C), // Coding Scheme UID
        key(0x0008, 0x0117), // Context UID
        key(0x0008, 0x0118), // Mapping Resource UID
        key(0x0008, 0x1150), // Referenced SOP Class UID
        key(0x0400, 0x0010), // MAC Calculation Transfer Syntax UID
        key(0x0400, 0x0510), // Encrypted Content Transfer Syntax UID
    };
    return kClassUids.contains(key(group, element));
}

} // namespace descry::detail

#include "ui/DicomMetadataPanel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace descry::ui {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 7);
}

// "DOE^JOHN^^DR" (DICOM person name: family^given^middle^prefix^suffix) -> "DOE, JOHN"
QString personName(const QString& pn)
{
    QStringList parts = pn.split(QLatin1Char('^'));
    for (QString& p : parts)
        p = p.trimmed();
    const QString family = parts.value(0);
    parts.removeFirst();
    parts.removeAll(QString());
    if (parts.isEmpty())
        return family;
    return family.isEmpty() ? parts.join(QLatin1Char(' ')) : family + QStringLiteral(", ") + parts.join(' ');
}

// DA "20240131" -> "2024-01-31"; anything else as stored.
QString dicomDate(const QString& da)
{
    if (da.size() == 8 && da.toInt() > 0)
        return da.left(4) + QLatin1Char('-') + da.mid(4, 2) + QLatin1Char('-') + da.mid(6, 2);
    return da;
}

// TM "103015.123" -> "10:30:15"
QString dicomTime(const QString& tm)
{
    if (tm.size() >= 6 && tm.left(6).toInt() >= 0 && !tm.contains(QLatin1Char(':')))
        return tm.left(2) + QLatin1Char(':') + tm.mid(2, 2) + QLatin1Char(':') + tm.mid(4, 2);
    return tm;
}

} // namespace

DicomMetadataPanel::DicomMetadataPanel(QWidget* parent) : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Attribute"), tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Image metadata"));
    m_tree->setWordWrap(false);

    m_reveal = new QPushButton(tr("Reveal identifiers…"), this);
    m_reveal->setToolTip(tr("Show the patient and study identifiers (the reveal is recorded in the case's audit "
                            "trail)"));
    m_reveal->setAccessibleName(tr("Reveal identifiers"));
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (m_revealed)
            setIdentifiersRevealed(false); // hiding needs no one's consent
        else
            emit revealRequested(); // revealing does: whoever audits the case decides
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_reveal);
    rebuild();
}

void DicomMetadataPanel::setInfo(const MedicalImageInfo& info)
{
    m_info = info;
    m_hasInfo = true;
    m_revealed = false;
    rebuild();
}

void DicomMetadataPanel::clear()
{
    m_info = {};
    m_hasInfo = false;
    m_revealed = false;
    rebuild();
}

void DicomMetadataPanel::setIdentifiersRevealed(bool on)
{
    if (on && !m_hasInfo)
        return;
    if (on == m_revealed)
        return;
    m_revealed = on;
    rebuild();
}

QStringList DicomMetadataPanel::rowsText() const
{
    QStringList rows;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            const QTreeWidgetItem* row = group->child(r);
            if (!row->isHidden())
                rows << row->text(0) + QStringLiteral(": ") + row->text(1);
        }
    }
    return rows;
}

QString DicomMetadataPanel::spacingText(const PixelSpacing& s)
{
    if (!s.isKnown())
        return tr("none: distances in pixels");
    const QString values = tr("%1 x %2 mm").arg(number(s.rowMm), number(s.columnMm));
    switch (s.source) {
    case SpacingSource::ImagerPixelSpacing:
        return tr("Imager Pixel Spacing (detector) %1").arg(values);
    case SpacingSource::NominalScannedPixelSpacing:
        return tr("Nominal Scanned Pixel Spacing (scanned film) %1").arg(values);
    default:
        return tr("Pixel Spacing %1").arg(values);
    }
}

QString DicomMetadataPanel::burnedInText(BurnedInAnnotation b)
{
    switch (b) {
    case BurnedInAnnotation::Yes:
        return tr("Yes — pixels may show identifiers");
    case BurnedInAnnotation::No:
        return tr("No");
    case BurnedInAnnotation::Unknown:
        break;
    }
    return tr("Not stated");
}

void DicomMetadataPanel::rebuild()
{
    m_tree->clear();
    m_reveal->setEnabled(m_hasInfo);
    m_reveal->setText(m_revealed ? tr("Hide identifiers") : tr("Reveal identifiers…"));
    if (!m_hasInfo)
        return;
    addImageGroup();
    addAcquisitionGroup();
    addIdentifierGroup();
    if (!m_info.warnings.isEmpty()) {
        QTreeWidgetItem* g = addGroup(tr("Warnings"));
        for (const QString& w : m_info.warnings)
            addRow(g, tr("Warning"), w);
    }
    m_tree->expandAll();
}

QTreeWidgetItem* DicomMetadataPanel::addGroup(const QString& title)
{
    auto* item = new QTreeWidgetItem(m_tree, {title});
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setFirstColumnSpanned(true);
    return item;
}

void DicomMetadataPanel::addRow(QTreeWidgetItem* group, const QString& name, const QString& value, bool always)
{
    if (value.isEmpty() && !always)
        return;
    auto* item = new QTreeWidgetItem(group, {name, value});
    item->setToolTip(1, value);
}

void DicomMetadataPanel::addImageGroup()
{
    const MedicalImageInfo& i = m_info;
    const bool dicom = i.source == MedicalImageInfo::Source::Dicom;
    QTreeWidgetItem* g = addGroup(tr("Image"));
    addRow(g, tr("File"), QFileInfo(i.path).fileName());
    addRow(g, tr("Format"), dicom ? tr("DICOM") : tr("Image file (not DICOM)"), true);
    addRow(g, tr("Modality"), i.modality);
    addRow(g, tr("SOP class"), i.sopClassName.isEmpty() ? i.sopClassUid : i.sopClassName);
    addRow(g, tr("Photometric interpretation"), i.photometric);
    if (dicom) {
        QString ts = i.transferSyntaxName.isEmpty() ? i.transferSyntaxUid
                                                    : tr("%1 (%2)").arg(i.transferSyntaxName, i.transferSyntaxUid);
        if (!i.hasFileMeta)
            ts = tr("%1, inferred: the file has no meta header").arg(ts);
        else if (i.transferSyntaxInferred)
            ts = tr("%1, inferred: none recorded").arg(ts);
        addRow(g, tr("Transfer syntax"), ts);
    }
    addRow(g, tr("Size"), tr("%1 × %2 pixels (columns × rows)").arg(i.columns).arg(i.rows), true);
    addRow(g, tr("Frames"), QString::number(i.frames), true);
    if (dicom) {
        addRow(g, tr("Bits"),
               tr("%1 stored of %2, high bit %3, %4")
                   .arg(i.bitsStored)
                   .arg(i.bitsAllocated)
                   .arg(i.highBit)
                   .arg(i.signedPixels ? tr("signed") : tr("unsigned")));
        if (i.samplesPerPixel > 1)
            addRow(g, tr("Samples per pixel"),
                   tr("%1, planar configuration %2").arg(i.samplesPerPixel).arg(i.planarConfiguration));
        addRow(g, tr("Modality LUT"),
               i.modalityLut.isEmpty()
                   ? tr("rescale slope %1, intercept %2").arg(number(i.rescaleSlope), number(i.rescaleIntercept))
                   : tr("Modality LUT Sequence, %n entries", nullptr, int(i.modalityLut.data.size())));
        addRow(g, tr("Rescale type"), i.rescaleType);
        QStringList presets;
        for (int k = 0; k < i.windowPresets.size(); ++k) {
            const WindowPreset& p = i.windowPresets.at(k);
            const QString cw = tr("C %1 W %2").arg(number(p.center), number(p.width));
            presets << (p.explanation.isEmpty() ? tr("%1: %2").arg(k + 1).arg(cw)
                                                : tr("%1: %2 (%3)").arg(k + 1).arg(p.explanation, cw));
        }
        addRow(g, tr("Window presets"), presets.isEmpty() ? tr("none") : presets.join(QStringLiteral("; ")), true);
        if (!i.voiLuts.isEmpty())
            addRow(g, tr("VOI LUTs"), QString::number(i.voiLuts.size()));
        const QString fn = i.voiFunction == VoiFunction::Sigmoid       ? tr("SIGMOID")
                           : i.voiFunction == VoiFunction::LinearExact ? tr("LINEAR_EXACT")
                                                                       : tr("LINEAR");
        addRow(g, tr("VOI LUT function"), fn);
        if (i.presentationInverse)
            addRow(g, tr("Presentation LUT shape"), tr("INVERSE"));
    }
    addRow(g, tr("Pixel spacing"), spacingText(i.spacing), true);
    addRow(g, tr("Burned-in annotation"), dicom ? burnedInText(i.burnedInAnnotation) : tr("Not stated"), true);
    addRow(g, tr("SHA-256"), i.sha256);
}

void DicomMetadataPanel::addAcquisitionGroup()
{
    const MedicalImageInfo& i = m_info;
    QTreeWidgetItem* g = addGroup(tr("Acquisition"));
    addRow(g, tr("Body part"), i.bodyPart);
    addRow(g, tr("View position"), i.viewPosition);
    addRow(g, tr("Laterality"), i.laterality);
    addRow(g, tr("Manufacturer"), i.manufacturer);
    addRow(g, tr("Model"), i.manufacturerModel);
    if (g->childCount() == 0)
        addRow(g, tr("Acquisition"), tr("not stated"));

    QTreeWidgetItem* s = addGroup(tr("Study/Series"));
    addRow(s, tr("Study description"), i.studyDescription);
    addRow(s, tr("Series description"), i.seriesDescription);
    if (i.seriesNumber > 0)
        addRow(s, tr("Series number"), QString::number(i.seriesNumber));
    if (i.instanceNumber > 0)
        addRow(s, tr("Instance number"), QString::number(i.instanceNumber));
    if (s->childCount() == 0)
        addRow(s, tr("Study"), tr("not stated"));
}

void DicomMetadataPanel::addIdentifierGroup()
{
    const ImageIdentifiers& id = m_info.identifiers;
    const QList<std::pair<QString, QString>> rows = {
        {tr("Patient name"), personName(id.patientName)},
        {tr("Patient ID"), id.patientId},
        {tr("Birth date"), dicomDate(id.patientBirthDate)},
        {tr("Sex"), id.patientSex},
        {tr("Accession number"), id.accessionNumber},
        {tr("Study ID"), id.studyId},
        {tr("Study date"), dicomDate(id.studyDate)},
        {tr("Study time"), dicomTime(id.studyTime)},
        {tr("Institution"), id.institutionName},
        {tr("Referring physician"), personName(id.referringPhysician)},
        {tr("Study Instance UID"), id.studyInstanceUid},
        {tr("Series Instance UID"), id.seriesInstanceUid},
        {tr("SOP Instance UID"), id.sopInstanceUid},
    };
    QTreeWidgetItem* g = addGroup(m_revealed ? tr("Identifiers (revealed)") : tr("Identifiers"));
    // Hidden rows say only that something is hidden: not even whether a value is empty.
    for (const auto& [name, value] : rows)
        addRow(g, name, m_revealed ? (value.isEmpty() ? tr("(empty)") : value) : tr("Hidden"), true);
}

} // namespace descry::ui

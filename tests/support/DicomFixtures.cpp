#include "DicomFixtures.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <QProcess>
#include <QStandardPaths>

namespace fixtures {

namespace {

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

E_TransferSyntax xferFor(const QString& uid)
{
    const DcmXfer x(uid.toLatin1().constData());
    return x.getXfer();
}

bool putAttribute(DcmItem& item, const QString& tagText, const QString& value, QString* error)
{
    DcmTagKey key;
    const QStringList parts = tagText.split(QLatin1Char(','));
    bool okG = false, okE = false;
    if (parts.size() == 2)
        key.set(parts[0].toUShort(&okG, 16), parts[1].toUShort(&okE, 16));
    if (!okG || !okE)
        return fail(error, QStringLiteral("bad tag %1").arg(tagText));
    const OFCondition c = item.putAndInsertString(DcmTag(key), value.toUtf8().constData());
    if (c.bad())
        return fail(error, QStringLiteral("%1: %2").arg(tagText, QString::fromLatin1(c.text())));
    return true;
}

} // namespace

qint32 gradientValue(const DicomSpec& spec, int f, int y, int x, int s)
{
    const qint64 span = (qint64(1) << spec.bitsStored) - 1;
    const qint64 lo = spec.signedPixels ? -(span + 1) / 2 : 0;
    const qint64 v = (qint64(x) * 7 + qint64(y) * 13 + qint64(f) * 101 + qint64(s) * 37) % (span + 1);
    return static_cast<qint32>(lo + v);
}

bool writeDicom(const QString& path, const DicomSpec& spec, QString* error)
{
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    char uid[100];
    ds->putAndInsertString(DCM_SOPClassUID, spec.sopClassUid.toLatin1().constData());
    ds->putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    ds->putAndInsertString(DCM_StudyInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_STUDY_UID_ROOT));
    ds->putAndInsertString(DCM_SeriesInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT));
    ds->putAndInsertString(DCM_Modality, spec.modality.toLatin1().constData());
    ds->putAndInsertUint16(DCM_Rows, static_cast<Uint16>(spec.rows));
    ds->putAndInsertUint16(DCM_Columns, static_cast<Uint16>(spec.columns));
    ds->putAndInsertUint16(DCM_BitsAllocated, static_cast<Uint16>(spec.bitsAllocated));
    ds->putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(spec.bitsStored));
    ds->putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(spec.bitsStored - 1));
    ds->putAndInsertUint16(DCM_PixelRepresentation, spec.signedPixels ? 1 : 0);
    ds->putAndInsertUint16(DCM_SamplesPerPixel, static_cast<Uint16>(spec.samplesPerPixel));
    ds->putAndInsertString(DCM_PhotometricInterpretation, spec.photometric.toLatin1().constData());
    if (spec.samplesPerPixel > 1)
        ds->putAndInsertUint16(DCM_PlanarConfiguration, static_cast<Uint16>(spec.planarConfiguration));
    if (spec.frames > 1)
        ds->putAndInsertString(DCM_NumberOfFrames, QByteArray::number(spec.frames).constData());
    for (const auto& [tag, value] : spec.attributes)
        if (!putAttribute(*ds, tag, value, error))
            return false;

    const qint64 n = qint64(spec.frames) * spec.rows * spec.columns * spec.samplesPerPixel;
    std::vector<qint32> px = spec.pixels;
    if (px.empty()) {
        px.resize(size_t(n));
        size_t i = 0;
        for (int f = 0; f < spec.frames; ++f)
            for (int y = 0; y < spec.rows; ++y)
                for (int x = 0; x < spec.columns; ++x)
                    for (int s = 0; s < spec.samplesPerPixel; ++s)
                        px[i++] = gradientValue(spec, f, y, x, s);
        if (spec.planarConfiguration == 1 && spec.samplesPerPixel > 1) {
            std::vector<qint32> planar(px.size());
            const qint64 plane = qint64(spec.rows) * spec.columns;
            for (int f = 0; f < spec.frames; ++f)
                for (qint64 p = 0; p < plane; ++p)
                    for (int s = 0; s < spec.samplesPerPixel; ++s)
                        planar[size_t(f * plane * spec.samplesPerPixel + s * plane + p)] =
                            px[size_t((f * plane + p) * spec.samplesPerPixel + s)];
            px.swap(planar);
        }
    }
    if (qint64(px.size()) != n)
        return fail(error, QStringLiteral("pixels: %1 values for %2").arg(px.size()).arg(n));
    OFCondition c;
    if (spec.bitsAllocated == 8) {
        std::vector<Uint8> b(px.size());
        for (size_t i = 0; i < px.size(); ++i)
            b[i] = static_cast<Uint8>(px[i]);
        c = ds->putAndInsertUint8Array(DCM_PixelData, b.data(), static_cast<unsigned long>(b.size()));
    } else {
        std::vector<Uint16> w(px.size());
        for (size_t i = 0; i < px.size(); ++i)
            w[i] = static_cast<Uint16>(px[i]);
        c = ds->putAndInsertUint16Array(DCM_PixelData, w.data(), static_cast<unsigned long>(w.size()));
    }
    if (c.bad())
        return fail(error, QString::fromLatin1(c.text()));
    const E_TransferSyntax xfer = xferFor(spec.transferSyntaxUid);
    if (xfer == EXS_Unknown)
        return fail(error, QStringLiteral("unknown transfer syntax %1").arg(spec.transferSyntaxUid));
    if (spec.writeMetaHeader)
        c = file.saveFile(path.toLocal8Bit().constData(), xfer);
    else
        c = ds->saveFile(path.toLocal8Bit().constData(), xfer);
    if (c.bad())
        return fail(error, QString::fromLatin1(c.text()));
    return true;
}

bool runTool(const QString& program, const QStringList& args, QString* error)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return fail(error, QStringLiteral("%1 is not installed (apt-get install dcmtk libopenjp2-tools)").arg(program));
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(error,
                    QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAllStandardError())));
    return true;
}

} // namespace fixtures

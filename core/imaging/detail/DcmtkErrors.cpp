#include "core/imaging/detail/DcmtkErrors.h"

#include "core/common/Tr.h"

#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <QStringList>

#include <mutex>

namespace descry::detail {

namespace {

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1String("; "));
    return text.simplified();
}

} // namespace

void initialiseDcmtk()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // DCMTK logs parser and codec complaints to stderr by default; failures reach the user as Errors instead.
        OFLog::configure(OFLogger::OFF_LOG_LEVEL);
        // Defaults: YBR JPEG is converted to RGB by the decoder (it reports the colour model it produced).
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

bool dcmtkDictionaryLoaded()
{
    initialiseDcmtk();
    return dcmDataDict.isDictionaryLoaded();
}

bool isTruncation(const OFCondition& condition)
{
    return condition == EC_StreamNotifyClient || condition == EC_PrematureSequDelimitationItem ||
           condition == EC_EndOfStream || QByteArray(condition.text()).contains("premature end of stream");
}

Error dcmtkError(const OFCondition& condition, const QString& what, const QString& file, ErrorCode code)
{
    if (isTruncation(condition))
        return Error(code, Tr::tr("%1: the file is truncated (it ends before the data it announces)").arg(what), file);
    QString reason;
    if (condition == EC_InvalidStream || condition == EC_CorruptedData)
        reason = Tr::tr("the file is not valid DICOM");
    else if (condition == EC_InvalidFilename)
        reason = Tr::tr("the file cannot be opened");
    else
        reason = QString::fromLocal8Bit(condition.text());
    return Error(code, oneLine(QStringLiteral("%1: %2").arg(what, reason)), file);
}

Error openJpegError(const QString& what, const QString& messages, const QString& file, ErrorCode code)
{
    const QString reason = oneLine(messages);
    if (reason.isEmpty())
        return Error(code, what, file);
    return Error(code, QStringLiteral("%1: %2").arg(what, reason), file);
}

} // namespace descry::detail

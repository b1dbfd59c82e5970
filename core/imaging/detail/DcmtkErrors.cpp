#include "core/imaging/detail/DcmtkErrors.h"

#include "core/common/Tr.h"

#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace descry::detail {

void initialiseDcmtk()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // DCMTK logs warnings ("no meta header", "unknown VR") to stderr by default; errors reach the user as one
        // line through dcmtkError instead.
        OFLog::configure(OFLogger::OFF_LOG_LEVEL);
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

Error dcmtkError(const OFCondition& condition, const QString& file, const QString& what)
{
    QString reason;
    if (condition == EC_EndOfStream || condition == EC_PrematureSequDelimitationItem)
        reason = Tr::tr("the file ends before its data does (truncated)");
    else if (condition == EC_InvalidStream || condition == EC_CorruptedData)
        reason = Tr::tr("the file is not valid DICOM");
    else if (condition == EC_InvalidFilename)
        reason = Tr::tr("the file cannot be opened");
    else
        reason = QString::fromLatin1(condition.text()).simplified();
    return Error(ErrorCode::Input, Tr::tr("%1 (%2)").arg(what, reason), file);
}

} // namespace descry::detail

#include <torch/torch.h>
#include <opencv2/core.hpp>
#include <dlib/error.h>

#include "core/common/detail/ExceptionAdapter.h"

#include <QCoreApplication>

namespace descry::detail {

namespace {
QString firstLine(const char* text)
{
    QString s = QString::fromUtf8(text);
    const qsizetype nl = s.indexOf(QLatin1Char('\n'));
    return (nl >= 0 ? s.left(nl) : s).trimmed();
}
} // namespace

Error errorFromException(std::exception_ptr exception, ErrorCode code, const QString& file)
{
    QString what;
    try {
        std::rethrow_exception(exception);
    } catch (const c10::Error& e) {
        what = QCoreApplication::translate("descry", "tensor error: %1").arg(firstLine(e.what_without_backtrace()));
    } catch (const cv::Exception& e) {
        what = QCoreApplication::translate("descry", "image processing error: %1")
                   .arg(QString::fromStdString(e.err).trimmed());
    } catch (const dlib::error& e) {
        what = QCoreApplication::translate("descry", "face library error: %1").arg(firstLine(e.what()));
    } catch (const std::bad_alloc&) {
        what = QCoreApplication::translate("descry", "out of memory");
    } catch (const std::exception& e) {
        what = firstLine(e.what());
    } catch (...) {
        what = QCoreApplication::translate("descry", "unknown internal error");
    }
    return Error(code, what, file);
}

} // namespace descry::detail

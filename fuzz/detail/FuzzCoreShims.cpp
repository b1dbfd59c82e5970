// Fuzz mode only: the torch-free errorFromException (core/common/detail/ExceptionAdapter.cpp includes LibTorch,
// which clang 14 cannot parse as C++20), so the parsers' guarded() blocks link into the core subset.
#include "core/common/detail/ExceptionAdapter.h"

#include <QString>

#include <stdexcept>

namespace descry::detail {

Error errorFromException(std::exception_ptr exception, ErrorCode code, const QString& file)
{
    try {
        std::rethrow_exception(exception);
    } catch (const std::exception& e) {
        return Error(code, QString::fromLocal8Bit(e.what()).simplified(), file);
    } catch (...) {
        return Error(code, QStringLiteral("unknown exception"), file);
    }
}

} // namespace descry::detail

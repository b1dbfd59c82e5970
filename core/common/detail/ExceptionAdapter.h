#pragma once

#include "core/common/Result.h"

#include <exception>

namespace descry::detail {

// The one place where third-party exceptions (c10::Error, cv::Exception, dlib::error, std::exception)
// become Errors with a clean one-line message; `code` classifies the failure, `file` names the input.
Error errorFromException(std::exception_ptr exception, ErrorCode code, const QString& file);

// Runs f (returning Result<T>) and converts anything it throws, so no exception leaves core.
template <typename F> auto guarded(ErrorCode code, const QString& file, F&& f) -> decltype(f())
{
    try {
        return f();
    } catch (...) {
        return errorFromException(std::current_exception(), code, file);
    }
}

} // namespace descry::detail

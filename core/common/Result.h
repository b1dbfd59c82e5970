#pragma once

#include "core/common/Error.h"

#include <cassert>
#include <optional>
#include <utility>

namespace descry {

// Value-or-Error returned by every core boundary function; exceptions never cross the core boundary.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        assert(ok());
        return *m_value;
    }
    T& value() &
    {
        assert(ok());
        return *m_value;
    }
    T&& value() &&
    {
        assert(ok());
        return std::move(*m_value);
    }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const Error& error() const
    {
        assert(!ok());
        return m_error;
    }

    T valueOr(T fallback) const { return ok() ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success-or-Error for operations without a value.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(!ok());
        return m_error;
    }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace descry

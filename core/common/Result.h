#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace fleetdeck {

// What went wrong, in words an operator can act on: what failed, where, and what to do.
struct Error
{
    QString message;
    // Where the problem is, when it comes from a file: "inventory.ini:12". Empty otherwise.
    QString location;

    QString toString() const;
};

// A value or an Error. C++20 has no std::expected; this is the small part of it we use.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // On a temporary Result these return the value itself, not a reference into the dying
    // Result: `for (const Node &n : *repo.list())` must not iterate over a destroyed list.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace fleetdeck

#pragma once
// Vocabulary shared by every model header.

#include <hikari/core/snowflake.hpp>
#include <hikari/core/undefined.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace hikari {

/// An instant as Discord sends it (ISO 8601 with microseconds), kept in UTC.
using ModelTime = std::chrono::sys_time<std::chrono::microseconds>;

/// Opt-in bit operators for flag enums: `template <> inline constexpr bool
/// enable_flag_operators<UserFlags> = true;`. Unknown bits are kept.
template <class E>
inline constexpr bool enable_flag_operators = false;

template <class E>
requires enable_flag_operators<E>
constexpr E operator|(E a, E b) noexcept {
    using U = std::underlying_type_t<E>;
    return static_cast<E>(static_cast<U>(a) | static_cast<U>(b));
}
template <class E>
requires enable_flag_operators<E>
constexpr E operator&(E a, E b) noexcept {
    using U = std::underlying_type_t<E>;
    return static_cast<E>(static_cast<U>(a) & static_cast<U>(b));
}
template <class E>
requires enable_flag_operators<E>
constexpr E operator~(E a) noexcept {
    using U = std::underlying_type_t<E>;
    return static_cast<E>(static_cast<U>(~static_cast<U>(a)));
}
/// True when every bit of `wanted` is set in `flags`.
template <class E>
requires enable_flag_operators<E>
constexpr bool has_all(E flags, E wanted) noexcept {
    return (flags & wanted) == wanted;
}

}  // namespace hikari

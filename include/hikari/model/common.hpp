#pragma once
// Vocabulary shared by every model header.

#include <hikari/core/image_hash.hpp>
#include <hikari/core/permissions.hpp>
#include <hikari/core/snowflake.hpp>
#include <hikari/core/time.hpp>
#include <hikari/core/undefined.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

// How the models map Discord's field tables (docs/reference.mdx "Nullable and Optional
// Resource Fields"):
//   `name: T`      -> T                       (missing in JSON: JsonError)
//   `name: ?T`     -> std::optional<T>        (null -> nullopt; written as null)
//   `name?: T`     -> std::optional<T>        (absent -> nullopt; not written when empty)
//   `name?: ?T`    -> UndefinedNoneOr<T>      (absent, null and a value all kept apart)
//   arrays         -> std::vector<T>          (an optional array is not written when empty)
// Rarely-sent large parts are held in a Box<T> (optional-like, on the heap) to keep the
// structs the cache holds small. Integer enums keep values they do not name.

namespace hikari {

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

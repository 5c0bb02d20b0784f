#pragma once
// Small helpers shared by the packed user and member records: 2-bit field states kept in one
// word and timestamps as integers.

#include <hikari/core/time.hpp>
#include <hikari/core/undefined.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::cache_detail {

/// What a packed record knows of an optional field.
enum class State : std::uint8_t {
    absent = 0,  ///< undefined (not sent) or, for plain optionals, null
    none = 1,    ///< sent as null
    packed = 2,  ///< the value is in the record itself
    extra = 3,   ///< the value is in the record's rarely-set extras
};

[[nodiscard]] constexpr State get_state(std::uint32_t bits, unsigned shift) noexcept {
    return static_cast<State>((bits >> shift) & 3U);
}
constexpr void set_state(std::uint32_t& bits, unsigned shift, State state) noexcept {
    bits = (bits & ~(3U << shift)) | (static_cast<std::uint32_t>(state) << shift);
}

/// The state of a tri-state field whose value, when set, lives in the extras.
template <class T>
[[nodiscard]] State tri_state(const UndefinedNoneOr<T>& value) noexcept {
    if (value.is_undefined()) return State::absent;
    if (value.is_none()) return State::none;
    return State::extra;
}
template <class T>
[[nodiscard]] UndefinedNoneOr<T> from_tri_state(State state, const UndefinedNoneOr<T>* extra) {
    switch (state) {
        case State::none:
            return std::nullopt;
        case State::extra:
            return extra != nullptr ? *extra : UndefinedNoneOr<T>{};
        default:
            return undefined;
    }
}

[[nodiscard]] inline std::int64_t to_micros(Timestamp t) noexcept {
    return t.time_since_epoch().count();
}
[[nodiscard]] inline Timestamp from_micros(std::int64_t us) noexcept {
    return Timestamp{std::chrono::microseconds{us}};
}

}  // namespace hikari::cache_detail

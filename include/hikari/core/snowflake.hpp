#pragma once
// Discord's 64-bit ids. See docs/reference.mdx "Snowflakes".

#include <hikari/core/errors_base.hpp>

#include <chrono>
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace hikari {

class Snowflake {
  public:
    /// First millisecond of 2015, the zero of Discord's timestamps.
    static constexpr std::uint64_t discord_epoch_ms = 1'420'070'400'000ULL;
    using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

    constexpr Snowflake() noexcept = default;
    constexpr explicit Snowflake(std::uint64_t value) noexcept : value_(value) {}

    /// Parses a decimal id as Discord sends it ("175928847299117063").
    /// Throws ParseError on anything else: empty, signs, spaces, non-digits, > 2^64-1.
    static Snowflake parse(std::string_view text);
    /// As parse(), but returns nullopt instead of throwing.
    static std::optional<Snowflake> try_parse(std::string_view text) noexcept;

    /// The smallest and largest ids that can have been created at `time`,
    /// handy for "messages after this date" pagination.
    static Snowflake min_for(TimePoint time);
    static Snowflake max_for(TimePoint time);

    [[nodiscard]] constexpr std::uint64_t value() const noexcept { return value_; }
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return value_ != 0; }

    [[nodiscard]] constexpr std::uint64_t timestamp_ms() const noexcept {
        return (value_ >> 22) + discord_epoch_ms;
    }
    [[nodiscard]] TimePoint created_at() const noexcept {
        return TimePoint{std::chrono::milliseconds{timestamp_ms()}};
    }
    [[nodiscard]] constexpr unsigned worker_id() const noexcept {
        return static_cast<unsigned>((value_ >> 17) & 0x1F);
    }
    [[nodiscard]] constexpr unsigned process_id() const noexcept {
        return static_cast<unsigned>((value_ >> 12) & 0x1F);
    }
    [[nodiscard]] constexpr unsigned increment() const noexcept {
        return static_cast<unsigned>(value_ & 0xFFF);
    }

    /// The shard that receives events of the guild with this id.
    /// Throws std::invalid_argument when shard_count is 0.
    [[nodiscard]] unsigned shard_id(unsigned shard_count) const;

    [[nodiscard]] std::string to_string() const;

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy misreads the defaulted comparison
    friend constexpr auto operator<=>(Snowflake, Snowflake) noexcept = default;

  private:
    std::uint64_t value_ = 0;
};

inline namespace literals {
constexpr Snowflake operator""_sf(unsigned long long value) noexcept {
    return Snowflake{value};
}
}  // namespace literals

}  // namespace hikari

template <>
struct std::hash<hikari::Snowflake> {
    std::size_t operator()(hikari::Snowflake s) const noexcept {
        // Ids are timestamps in the high bits: mix so that low bits differ too.
        std::uint64_t x = s.value();
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 33;
        return static_cast<std::size_t>(x);
    }
};

#include <hikari/core/snowflake.hpp>

#include <charconv>
#include <stdexcept>

namespace hikari {

std::optional<Snowflake> Snowflake::try_parse(std::string_view text) noexcept {
    if (text.empty() || text.size() > 20) return std::nullopt;
    std::uint64_t value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end) return std::nullopt;
    return Snowflake{value};
}

Snowflake Snowflake::parse(std::string_view text) {
    if (auto parsed = try_parse(text)) return *parsed;
    constexpr std::size_t shown = 32;
    std::string what = "invalid snowflake \"";
    what.append(text.substr(0, shown));
    if (text.size() > shown) what += "...";
    what += "\": expected a decimal integer between 0 and 18446744073709551615";
    throw ParseError(what);
}

namespace {
std::uint64_t ms_since_discord_epoch(Snowflake::TimePoint time) {
    auto ms = time.time_since_epoch().count();
    if (ms < static_cast<std::int64_t>(Snowflake::discord_epoch_ms)) return 0;
    auto since = static_cast<std::uint64_t>(ms) - Snowflake::discord_epoch_ms;
    constexpr std::uint64_t max_ms = (std::uint64_t{1} << 42) - 1;
    return since > max_ms ? max_ms : since;
}
}  // namespace

Snowflake Snowflake::min_for(TimePoint time) {
    return Snowflake{ms_since_discord_epoch(time) << 22};
}

Snowflake Snowflake::max_for(TimePoint time) {
    return Snowflake{(ms_since_discord_epoch(time) << 22) | ((std::uint64_t{1} << 22) - 1)};
}

unsigned Snowflake::shard_id(unsigned shard_count) const {
    if (shard_count == 0) throw std::invalid_argument("shard_count must be at least 1");
    return static_cast<unsigned>((value_ >> 22) % shard_count);
}

std::string Snowflake::to_string() const {
    return std::to_string(value_);
}

}  // namespace hikari

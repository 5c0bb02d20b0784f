#pragma once
// Timestamps as Discord sends them: ISO-8601 / RFC 3339 strings with microseconds,
// e.g. "2017-07-11T17:27:07.299000+00:00". See docs/reference.mdx "ISO8601 Date/Time".

#include <hikari/core/errors_base.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hikari {

/// A UTC instant with the microsecond precision Discord uses.
using Timestamp = std::chrono::sys_time<std::chrono::microseconds>;

/// Parses "YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|+HH:MM|-HH:MM)" strictly: every field must be
/// present and in range (no Feb 30, no hour 24, no leap second), nothing may follow.
/// Digits past the sixth fraction digit are truncated; the offset is applied, so the
/// result is always UTC. Allocates nothing unless it fails.
/// Throws ParseError quoting the input and saying what is wrong.
Timestamp parse_iso8601(std::string_view text);

/// As parse_iso8601(), but returns nullopt instead of throwing.
std::optional<Timestamp> try_parse_iso8601(std::string_view text) noexcept;

/// "YYYY-MM-DDTHH:MM:SS.ffffff+00:00", the form Discord sends.
/// Throws ValueError for instants outside the years 0000..9999.
std::string format_iso8601(Timestamp time);

/// Milliseconds since the Unix epoch, rounded towards the past.
std::int64_t to_unix_ms(Timestamp time) noexcept;

/// The instant `ms` milliseconds after the Unix epoch (negative is before it).
/// Throws ValueError when the result would not fit in a Timestamp.
Timestamp from_unix_ms(std::int64_t ms);

}  // namespace hikari

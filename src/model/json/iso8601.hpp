#pragma once
// ISO 8601 timestamps as Discord sends them. Private to the model layer: the
// core layer may grow a public equivalent, which this should then forward to.

#include <hikari/model/common.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace hikari::json {

/// "YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM|-HH:MM]"; fractions beyond
/// microseconds are truncated. nullopt on anything else, including impossible dates.
std::optional<ModelTime> parse_iso8601(std::string_view text) noexcept;

/// "YYYY-MM-DDTHH:MM:SS.ffffff+00:00". Throws ValueError outside years 0..9999.
std::string format_iso8601(ModelTime time);

}  // namespace hikari::json

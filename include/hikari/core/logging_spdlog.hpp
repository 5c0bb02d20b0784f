#pragma once
// spdlog access for hikari's loggers: extra sinks (files, tests, your own), level conversion
// and the default formatter. Including this header brings spdlog into your build; plain
// logging needs only hikari/core/logging.hpp.

#include <hikari/core/logging.hpp>

#include <spdlog/formatter.h>
#include <spdlog/logger.h>
#include <spdlog/sinks/sink.h>

#include <memory>

namespace hikari::log {

/// Sends the records of every hikari logger to `sink` too (in addition to the console sink
/// configure() installs). The sink's own level and formatter apply.
void add_sink(spdlog::sink_ptr sink);
/// Undoes add_sink(); unknown sinks are ignored.
void remove_sink(const spdlog::sink_ptr& sink);

[[nodiscard]] spdlog::level::level_enum to_spdlog(Level level) noexcept;
[[nodiscard]] Level from_spdlog(spdlog::level::level_enum level) noexcept;

/// A formatter for default_pattern, which knows the %* flag (upper-case level name).
[[nodiscard]] std::unique_ptr<spdlog::formatter> make_default_formatter();

}  // namespace hikari::log

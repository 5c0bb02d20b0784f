#pragma once
// Logging: hierarchical loggers named like Python hikari's ("hikari.gateway.3", "hikari.rest",
// ...), configured like the `logs` argument of hikari.GatewayBot. Backed by spdlog, which stays
// out of this header; hikari/core/logging_spdlog.hpp exposes it for custom sinks.

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace spdlog {
class logger;
}

namespace hikari {

// ---------------------------------------------------------------------------------------------
// Colour

/// The environment variables that steer coloured output; nullopt means unset.
struct ColourEnvironment {
    std::optional<std::string> no_color = std::nullopt;
    std::optional<std::string> clicolor = std::nullopt;
    std::optional<std::string> clicolor_force = std::nullopt;

    /// Reads NO_COLOR, CLICOLOR and CLICOLOR_FORCE from this process's environment.
    [[nodiscard]] static ColourEnvironment from_process();
};

/// Whether to emit ANSI colours, by decreasing precedence:
///  1. CLICOLOR_FORCE set to anything but "" or "0": colour, even when not a terminal;
///  2. NO_COLOR set to anything but "": no colour (https://no-color.org);
///  3. force_colour: colour, even when not a terminal;
///  4. CLICOLOR="0": no colour;
///  5. CLICOLOR set to anything else: colour if a terminal, even when !allow_colour;
///  6. otherwise colour if allow_colour and a terminal.
[[nodiscard]] bool should_use_colour(const ColourEnvironment& env, bool is_tty,
                                     bool allow_colour = true, bool force_colour = false) noexcept;

/// should_use_colour() for this process's environment and standard output.
[[nodiscard]] bool stdout_uses_colour(bool allow_colour = true, bool force_colour = false);

namespace log {

// ---------------------------------------------------------------------------------------------
// Levels

/// Severity, lowest first. trace is hikari's TRACE_HIKARI, for wire-level detail.
enum class Level { trace, debug, info, warning, error, critical, off };

/// "TRACE" (or "TRACE_HIKARI"), "DEBUG", "INFO", "WARNING"/"WARN", "ERROR", "CRITICAL"/"FATAL",
/// "OFF", any case, or a Python level number written out ("20"). Throws ParseError (a
/// ValueError) naming the valid levels otherwise.
[[nodiscard]] Level parse_level(std::string_view text);

/// A Python logging level number: 5 TRACE, 10 DEBUG, 20 INFO, 30 WARNING, 40 ERROR,
/// 50 CRITICAL. In-between numbers behave as in Python (15 shows INFO and above), 0 (NOTSET)
/// shows everything and anything above 50 shows nothing. Throws ValueError if negative.
[[nodiscard]] Level level_from_number(int python_level);

/// "TRACE", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL" or "OFF".
[[nodiscard]] std::string_view level_name(Level level) noexcept;

/// Throws ValueError unless `name` is dot-separated non-empty segments without whitespace or
/// control characters ("hikari.gateway.3").
void validate_logger_name(std::string_view name);

/// Which level each logger logs at, as GatewayBot's `logs` argument describes it: one level
/// for every logger, or levels per logger name where a logger without its own entry takes
/// the level of its closest configured parent ("hikari.gateway" covers "hikari.gateway.3").
class LogConfig {
  public:
    /// INFO everywhere, hikari's default.
    LogConfig() = default;
    /// One level for every logger.
    LogConfig(Level level) : root_(level) {}  // NOLINT: implicit by design, like `logs=`
    /// A level name or number as text, see parse_level().
    LogConfig(std::string_view level) : root_(parse_level(level)) {}      // NOLINT
    LogConfig(const char* level) : LogConfig(std::string_view{level}) {}  // NOLINT
    /// A Python level number, see level_from_number().
    LogConfig(int python_level) : root_(level_from_number(python_level)) {}  // NOLINT

    /// Levels per logger name (level names as in parse_level()). The name "" or "root" sets
    /// the level of loggers no other entry covers (INFO if absent).
    [[nodiscard]] static LogConfig per_logger(const std::map<std::string, std::string>& levels);
    /// Everything off.
    [[nodiscard]] static LogConfig off() { return LogConfig{Level::off}; }

    /// Sets the level of `logger` and its children without their own entry. Throws
    /// ValueError for a malformed name (empty segment, whitespace).
    LogConfig& set(std::string_view logger, Level level);

    /// The level that applies to the logger called `name`.
    [[nodiscard]] Level level_for(std::string_view name) const;
    [[nodiscard]] Level root_level() const noexcept { return root_; }

  private:
    Level root_ = Level::info;
    std::map<std::string, Level, std::less<>> levels_;
};

// ---------------------------------------------------------------------------------------------
// Loggers

/// A cheap, copyable handle on a named logger. Format strings are checked at compile time and
/// only formatted when the level is enabled.
class Logger {
  public:
    /// A handle that discards everything; get() returns real ones.
    Logger() = default;

    [[nodiscard]] std::string_view name() const noexcept;
    [[nodiscard]] bool should_log(Level level) const noexcept;

    template <typename... Args>
    void log(Level level, fmt::format_string<Args...> format, Args&&... args) const {
        if (should_log(level)) write(level, fmt::format(format, std::forward<Args>(args)...));
    }
    template <typename... Args>
    void trace(fmt::format_string<Args...> format, Args&&... args) const {
        log(Level::trace, format, std::forward<Args>(args)...);
    }
    template <typename... Args>
    void debug(fmt::format_string<Args...> format, Args&&... args) const {
        log(Level::debug, format, std::forward<Args>(args)...);
    }
    template <typename... Args>
    void info(fmt::format_string<Args...> format, Args&&... args) const {
        log(Level::info, format, std::forward<Args>(args)...);
    }
    template <typename... Args>
    void warning(fmt::format_string<Args...> format, Args&&... args) const {
        log(Level::warning, format, std::forward<Args>(args)...);
    }
    template <typename... Args>
    void error(fmt::format_string<Args...> format, Args&&... args) const {
        log(Level::error, format, std::forward<Args>(args)...);
    }
    template <typename... Args>
    void critical(fmt::format_string<Args...> format, Args&&... args) const {
        log(Level::critical, format, std::forward<Args>(args)...);
    }

    /// Logs an already formatted message.
    void write(Level level, std::string_view message) const;

    /// The spdlog logger behind this handle (null for a default-constructed one); include
    /// hikari/core/logging_spdlog.hpp to use it.
    [[nodiscard]] spdlog::logger* native() const noexcept { return impl_; }

  private:
    friend Logger get(std::string_view name);
    explicit Logger(spdlog::logger* impl) noexcept : impl_(impl) {}

    // Loggers are never destroyed, so a raw pointer stays valid for the program's lifetime.
    spdlog::logger* impl_ = nullptr;
};

/// The logger called `name` ("hikari.gateway.3"), created at the level the current LogConfig
/// gives it on first use. Later calls return the same logger; safe from any thread. Throws
/// ValueError for a malformed name.
[[nodiscard]] Logger get(std::string_view name);

/// Applies `config` to every existing and future logger.
void set_levels(const LogConfig& config);
/// The LogConfig in force (INFO everywhere until changed).
[[nodiscard]] LogConfig current_levels();

/// What GatewayBot does with its `logs` argument: applies `config` and sends log records to
/// standard output as "time LEVEL logger: message", coloured per stdout_uses_colour().
/// Until this (or logging_spdlog.hpp's add_sink()) is called, records go nowhere.
void configure(const LogConfig& config, bool allow_colour = true, bool force_colour = false);

/// The pattern configure() uses (spdlog syntax, plus %* for the upper-case level name padded to
/// 8 columns: "WARNING ").
inline constexpr std::string_view default_pattern = "%Y-%m-%d %H:%M:%S.%e %^%*%$ %n: %v";

}  // namespace log
}  // namespace hikari

/// Formats a level as its name ("WARNING").
/// Only "{}" is accepted; this needs nothing beyond fmt/core.h.
template <>
struct fmt::formatter<hikari::log::Level> {
    constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
        if (ctx.begin() != ctx.end() && *ctx.begin() != '}') {
            ctx.on_error("Level takes no format specification");
        }
        return ctx.begin();
    }
    template <typename FormatContext>
    auto format(hikari::log::Level value, FormatContext& ctx) const -> decltype(ctx.out()) {
        const auto text = hikari::log::level_name(value);
        return std::copy(text.begin(), text.end(), ctx.out());
    }
};

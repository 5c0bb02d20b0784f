// Level names and numbers, and the per-logger level hierarchy of LogConfig.

#include "core/text.hpp"

#include <hikari/core/errors_base.hpp>
#include <hikari/core/logging.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace hikari::log {

namespace {

using detail::iequals;
using detail::trim;

struct NamedLevel {
    std::string_view name;
    Level level;
};

constexpr std::array level_names{
    NamedLevel{"TRACE", Level::trace},     NamedLevel{"TRACE_HIKARI", Level::trace},
    NamedLevel{"DEBUG", Level::debug},     NamedLevel{"INFO", Level::info},
    NamedLevel{"WARNING", Level::warning}, NamedLevel{"WARN", Level::warning},
    NamedLevel{"ERROR", Level::error},     NamedLevel{"CRITICAL", Level::critical},
    NamedLevel{"FATAL", Level::critical},  NamedLevel{"OFF", Level::off},
};

std::string quoted_excerpt(std::string_view text) {
    constexpr std::size_t shown = 40;
    std::string out = "\"";
    out.append(text.substr(0, shown));
    if (text.size() > shown) out += "...";
    return out + "\"";
}

}  // namespace

Level parse_level(std::string_view text) {
    const auto trimmed = trim(text);
    for (const auto& entry : level_names) {
        if (iequals(trimmed, entry.name)) return entry.level;
    }
    int number = 0;
    const auto* end = trimmed.data() + trimmed.size();
    auto [ptr, ec] = std::from_chars(trimmed.data(), end, number);
    if (!trimmed.empty() && ec == std::errc{} && ptr == end) return level_from_number(number);
    throw ParseError("unknown log level " + quoted_excerpt(text) +
                     ": expected TRACE, DEBUG, INFO, WARNING (or WARN), ERROR, CRITICAL, OFF "
                     "or a level number such as 20");
}

Level level_from_number(int python_level) {
    if (python_level < 0) {
        throw ValueError("invalid log level number " + std::to_string(python_level) +
                         ": expected 0 or more (5 TRACE, 10 DEBUG, 20 INFO, 30 WARNING, "
                         "40 ERROR, 50 CRITICAL)");
    }
    // A logger at level N shows records of level >= N, so round up to the next named level.
    if (python_level <= 5) return Level::trace;
    if (python_level <= 10) return Level::debug;
    if (python_level <= 20) return Level::info;
    if (python_level <= 30) return Level::warning;
    if (python_level <= 40) return Level::error;
    if (python_level <= 50) return Level::critical;
    return Level::off;
}

std::string_view level_name(Level level) noexcept {
    switch (level) {
        case Level::trace:
            return "TRACE";
        case Level::debug:
            return "DEBUG";
        case Level::info:
            return "INFO";
        case Level::warning:
            return "WARNING";
        case Level::error:
            return "ERROR";
        case Level::critical:
            return "CRITICAL";
        case Level::off:
            return "OFF";
    }
    return "OFF";
}

// Logger names are dot-separated segments of visible characters: "hikari.gateway.3".
void validate_logger_name(std::string_view name) {
    bool ok = !name.empty() && name.front() != '.' && name.back() != '.' &&
              name.find("..") == std::string_view::npos;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= ' ' || u == 0x7F) ok = false;
    }
    if (!ok) {
        throw ValueError("invalid logger name " + quoted_excerpt(name) +
                         ": use dot-separated names without spaces, like \"hikari.gateway\"");
    }
}

LogConfig LogConfig::per_logger(const std::map<std::string, std::string>& levels) {
    LogConfig config;
    for (const auto& [name, level] : levels) config.set(name, parse_level(level));
    return config;
}

LogConfig& LogConfig::set(std::string_view logger, Level level) {
    if (logger.empty() || logger == "root") {
        root_ = level;
        return *this;
    }
    validate_logger_name(logger);
    levels_.insert_or_assign(std::string{logger}, level);
    return *this;
}

Level LogConfig::level_for(std::string_view name) const {
    // Walk up the dotted hierarchy: "a.b.c", then "a.b", then "a".
    while (!name.empty()) {
        if (auto it = levels_.find(name); it != levels_.end()) return it->second;
        const auto dot = name.rfind('.');
        if (dot == std::string_view::npos) break;
        name = name.substr(0, dot);
    }
    return root_;
}

}  // namespace hikari::log

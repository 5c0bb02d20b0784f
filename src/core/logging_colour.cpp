// The colour decision shared by the console log sink and the banner.

#include <hikari/core/logging.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace hikari {

namespace {

std::optional<std::string> environment_variable(const char* name) {
    const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read-only use
    if (value == nullptr) return std::nullopt;
    return std::string{value};
}

bool set_and_not(const std::optional<std::string>& value, std::string_view off) {
    return value.has_value() && !value->empty() && *value != off;
}

}  // namespace

ColourEnvironment ColourEnvironment::from_process() {
    return ColourEnvironment{environment_variable("NO_COLOR"), environment_variable("CLICOLOR"),
                             environment_variable("CLICOLOR_FORCE")};
}

bool should_use_colour(const ColourEnvironment& env, bool is_tty, bool allow_colour,
                       bool force_colour) noexcept {
    if (set_and_not(env.clicolor_force, "0")) return true;
    if (env.no_color.has_value() && !env.no_color->empty()) return false;
    if (force_colour) return true;
    if (env.clicolor.has_value() && *env.clicolor == "0") return false;
    if (set_and_not(env.clicolor, "0")) return is_tty;
    return allow_colour && is_tty;
}

bool stdout_uses_colour(bool allow_colour, bool force_colour) {
    return should_use_colour(ColourEnvironment::from_process(), ::isatty(STDOUT_FILENO) == 1,
                             allow_colour, force_colour);
}

}  // namespace hikari

// The start-up banner: template substitution and the build/platform facts it shows.

#include <hikari/core/banner.hpp>
#include <hikari/core/errors_base.hpp>
#include <hikari/core/logging.hpp>

#include <openssl/crypto.h>
#include <sys/utsname.h>
#include <boost/version.hpp>

#include <algorithm>
#include <cstdio>

#ifndef HIKARI_VERSION
#define HIKARI_VERSION "unknown"
#endif

namespace hikari {

namespace {

// __VERSION__ is "12.2.0" for g++ but names the compiler itself for clang.
#if defined(__clang__)
constexpr const char* compiler_description = __VERSION__;
#elif defined(__GNUC__)
constexpr const char* compiler_description = "g++ " __VERSION__;
#else
constexpr const char* compiler_description = "unknown compiler";
#endif

// A rising sun ("hikari" is Japanese for light) next to the facts.
constexpr std::string_view banner_art =
    R"(${yellow}${bold}       \    |    /          ${reset}${bold}hikari-cpp ${hikari_version}${reset}
${yellow}${bold}   `.   \   |   /   .'      ${reset}a C++20 library for Discord bots
${yellow}${bold} --   .-'''''''''-.   --    ${reset}${dim}compiler${reset}  ${compiler}
${blue}~~~~~${yellow}/_____________\${blue}~~~~~   ${reset}${dim}boost${reset}     ${boost_version}
${blue}  ~  ~  ~  ~  ~  ~  ~  ~    ${reset}${dim}openssl${reset}   ${openssl_version}
                            ${dim}platform${reset}  ${platform}
)";

std::string platform_description() {
    struct utsname info {};
    if (::uname(&info) != 0) return "unknown platform";
    return std::string{info.sysname} + " " + info.release + " " + info.machine;
}

std::string boost_version() {
    // BOOST_LIB_VERSION reads "1_81" (or "1_81_1"); show it the usual way.
    std::string version = BOOST_LIB_VERSION;
    for (char& c : version) {
        if (c == '_') c = '.';
    }
    return version;
}

bool is_variable_name(std::string_view name) noexcept {
    if (name.empty() || (name.front() >= '0' && name.front() <= '9')) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    });
}

std::string excerpt(std::string_view text) {
    constexpr std::size_t shown = 40;
    std::string out{text.substr(0, shown)};
    if (text.size() > shown) out += "...";
    return out;
}

std::string substitute(std::string_view text, const std::map<std::string, std::string>& vars) {
    std::string out;
    out.reserve(text.size() * 2);
    std::size_t i = 0;
    while (i < text.size()) {
        const auto dollar = text.find('$', i);
        if (dollar == std::string_view::npos || dollar + 1 == text.size()) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, dollar - i));
        const char next = text[dollar + 1];
        if (next == '$') {
            out += '$';
            i = dollar + 2;
        } else if (next == '{') {
            const auto close = text.find('}', dollar + 2);
            if (close == std::string_view::npos) {
                throw ParseError("banner template has an unclosed \"${\" at \"" +
                                 excerpt(text.substr(dollar)) +
                                 "\": close it with '}', or write $$ for a literal $");
            }
            const auto name = text.substr(dollar + 2, close - dollar - 2);
            const auto it = vars.find(std::string{name});
            if (it == vars.end()) {
                std::string known;
                for (const auto& [key, value] : vars) known += (known.empty() ? "" : ", ") + key;
                throw ParseError("banner template uses unknown variable \"${" + excerpt(name) +
                                 "}\"; known variables: " + known +
                                 " (pass others in BannerOptions::extra_args)");
            }
            out += it->second;
            i = close + 1;
        } else {
            out += '$';  // a lone $ stays as it is
            i = dollar + 1;
        }
    }
    return out;
}

}  // namespace

std::string_view default_banner_template() noexcept {
    return banner_art;
}

std::map<std::string, std::string> banner_variables(bool colour) {
    std::map<std::string, std::string> vars{
        {"hikari_version", HIKARI_VERSION},   {"compiler", compiler_description},
        {"boost_version", boost_version()},   {"openssl_version", OpenSSL_version(OPENSSL_VERSION)},
        {"platform", platform_description()},
    };
    const std::pair<const char*, const char*> styles[] = {
        {"reset", "\x1b[0m"}, {"bold", "\x1b[1m"},     {"dim", "\x1b[2m"},
        {"red", "\x1b[31m"},  {"green", "\x1b[32m"},   {"yellow", "\x1b[33m"},
        {"blue", "\x1b[34m"}, {"magenta", "\x1b[35m"}, {"cyan", "\x1b[36m"},
    };
    for (const auto& [name, code] : styles) vars.emplace(name, colour ? code : "");
    return vars;
}

std::string render_banner(const BannerOptions& options, bool colour) {
    if (!options.text || options.text->empty()) return {};
    auto vars = banner_variables(colour);
    for (const auto& [name, value] : options.extra_args) {
        if (!is_variable_name(name)) {
            throw ValueError("invalid banner variable name \"" + excerpt(name) +
                             "\": use letters, digits and '_', not starting with a digit");
        }
        if (!vars.emplace(name, value).second) {
            throw ValueError("banner variable \"" + name +
                             "\" is built in and cannot be replaced; choose another name");
        }
    }
    return substitute(*options.text, vars);
}

void print_banner(const BannerOptions& options) {
    if (!options.text || options.text->empty()) return;
    const auto text =
        render_banner(options, stdout_uses_colour(options.allow_colour, options.force_colour));
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

}  // namespace hikari

#pragma once
// The start-up banner GatewayBot prints (Python hikari's print_banner): hikari-cpp's art plus
// the versions of the library, compiler, Boost and OpenSSL and the platform, so that a pasted
// log says what the bot was built with.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace hikari {

/// hikari-cpp's own banner template.
[[nodiscard]] std::string_view default_banner_template() noexcept;

struct BannerOptions {
    /// The template to render; ${name} is replaced by the variable `name` and $$ by a single $.
    /// nullopt or "" disables the banner.
    std::optional<std::string> text = std::string{default_banner_template()};
    /// Extra variables for the template. Names are letters, digits and '_', not starting with a
    /// digit, and may not replace a built-in variable.
    std::map<std::string, std::string> extra_args = {};
    bool allow_colour = true;
    bool force_colour = false;
};

/// The built-in variables: hikari_version, compiler, boost_version, openssl_version, platform,
/// and the styles reset, bold, dim, red, green, yellow, blue, magenta, cyan (ANSI escapes when
/// `colour`, empty strings otherwise).
[[nodiscard]] std::map<std::string, std::string> banner_variables(bool colour);

/// Renders the banner ("" when disabled). Throws ValueError for an extra variable that is
/// badly named or shadows a built-in, and ParseError for a template that uses an unknown
/// variable or leaves a "${" unclosed.
[[nodiscard]] std::string render_banner(const BannerOptions& options, bool colour);

/// Renders the banner and writes it to standard output, coloured per stdout_uses_colour().
/// Prints nothing when the banner is disabled.
void print_banner(const BannerOptions& options = {});

}  // namespace hikari

#pragma once
// Settings objects for the HTTP client, an outgoing proxy and the cache, as Python hikari's
// hikari.impl.config. Each has validate(), which throws ValueError naming the bad field; the
// components that take these settings call it before using them.

#include <hikari/core/errors_base.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace hikari {

// ---------------------------------------------------------------------------------------------
// HTTP

struct HTTPSettings {
    /// Time allowed to open the connection (TCP and TLS handshakes); nullopt for no limit.
    std::optional<std::chrono::milliseconds> connect_timeout = std::chrono::seconds{10};
    /// Longest silence allowed while reading a response; nullopt for no limit.
    std::optional<std::chrono::milliseconds> read_timeout = std::chrono::seconds{30};
    /// Time allowed for a whole request, connecting included; nullopt for no limit.
    std::optional<std::chrono::milliseconds> total_timeout = std::chrono::seconds{60};
    /// Abort TLS connections whose closing handshake hangs, rather than leaking them.
    bool enable_cleanup_closed = true;
    /// Redirects followed per request; 0 never follows one.
    int max_redirects = 10;
    /// Check the server's TLS certificate. Only turn this off to debug, never in production.
    bool verify_ssl = true;
    /// PEM file of trusted CA certificates to use instead of the system's.
    std::optional<std::filesystem::path> ca_file = std::nullopt;

    /// Throws ValueError for a zero or negative timeout, a connect or read timeout above the
    /// total timeout, a negative max_redirects, or a ca_file that is not a readable file.
    void validate() const;
};

// ---------------------------------------------------------------------------------------------
// Proxy

/// Login for a proxy. Deliberately not printable: ProxySettings::describe() hides it.
struct ProxyCredentials {
    std::string username;
    std::string password;
};

/// Looks up an environment variable; nullopt when unset.
using EnvironmentLookup = std::function<std::optional<std::string>(std::string_view)>;

/// An EnvironmentLookup reading this process's environment.
[[nodiscard]] EnvironmentLookup process_environment();

/// What a connection through the proxy needs, see ProxySettings::resolve().
struct ResolvedProxy {
    /// "scheme://host[:port]", without credentials.
    std::string url;
    /// The Proxy-Authorization value ("Basic ..."), when there are credentials.
    std::optional<std::string> authorization;
    /// Headers to send to the proxy, Proxy-Authorization included.
    std::map<std::string, std::string> headers;
};

struct ProxySettings {
    /// "http://host:port" or "https://host:port", optionally with "user:pass@" before the host.
    std::optional<std::string> url = std::nullopt;
    /// Credentials; take precedence over any in the URL.
    std::optional<ProxyCredentials> credentials = std::nullopt;
    /// Extra headers sent to the proxy.
    std::map<std::string, std::string> headers = {};
    /// When no url is set, use HTTPS_PROXY, https_proxy, HTTP_PROXY or http_proxy (the first
    /// one set) from the environment.
    bool trust_env = false;

    /// The proxy to use, or nullopt for a direct connection. Throws ValueError for a malformed
    /// URL (including one from the environment, naming the variable), credentials a Basic
    /// login cannot carry (a ':' in the username), or headers with invalid names or line
    /// breaks.
    [[nodiscard]] std::optional<ResolvedProxy> resolve(
        const EnvironmentLookup& env = process_environment()) const;

    /// resolve()'s URL, or nullopt.
    [[nodiscard]] std::optional<std::string> effective_url(
        const EnvironmentLookup& env = process_environment()) const;
    /// resolve()'s Proxy-Authorization value, or nullopt.
    [[nodiscard]] std::optional<std::string> authorization_header(
        const EnvironmentLookup& env = process_environment()) const;

    /// resolve() with the environment, discarding the result.
    void validate(const EnvironmentLookup& env = process_environment()) const;

    /// For logs: the URL and header names, with any credentials shown as "***".
    [[nodiscard]] std::string describe(const EnvironmentLookup& env = process_environment()) const;
};

// ---------------------------------------------------------------------------------------------
// Cache

// GCC's -Wshadow takes the scoped enumerator `none` for a redeclaration of hikari::none
// (undefined.hpp) although it lives in the enum's own scope; silenced here, so that headers
// can be included in any order.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#endif
/// Which parts of the gateway state the cache keeps; combine with | and test with has().
enum class CacheComponents : std::uint32_t {
    none = 0,
    guilds = 1U << 0U,
    guild_channels = 1U << 1U,
    members = 1U << 2U,
    roles = 1U << 3U,
    invites = 1U << 4U,
    emojis = 1U << 5U,
    presences = 1U << 6U,
    voice_states = 1U << 7U,
    messages = 1U << 8U,
    me = 1U << 9U,
    dm_channel_ids = 1U << 10U,
    stickers = 1U << 11U,
    guild_threads = 1U << 12U,
    all = (1U << 13U) - 1U,
};
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

[[nodiscard]] constexpr CacheComponents operator|(CacheComponents a, CacheComponents b) noexcept {
    return static_cast<CacheComponents>(static_cast<std::uint32_t>(a) |
                                        static_cast<std::uint32_t>(b));
}
[[nodiscard]] constexpr CacheComponents operator&(CacheComponents a, CacheComponents b) noexcept {
    return static_cast<CacheComponents>(static_cast<std::uint32_t>(a) &
                                        static_cast<std::uint32_t>(b));
}
[[nodiscard]] constexpr CacheComponents operator^(CacheComponents a, CacheComponents b) noexcept {
    return static_cast<CacheComponents>(static_cast<std::uint32_t>(a) ^
                                        static_cast<std::uint32_t>(b));
}
/// The complement within `all`, so that ~x never sets unknown bits.
[[nodiscard]] constexpr CacheComponents operator~(CacheComponents a) noexcept {
    return a ^ CacheComponents::all;
}
constexpr CacheComponents& operator|=(CacheComponents& a, CacheComponents b) noexcept {
    return a = a | b;
}
constexpr CacheComponents& operator&=(CacheComponents& a, CacheComponents b) noexcept {
    return a = a & b;
}
/// Whether every component of `wanted` is in `set`.
[[nodiscard]] constexpr bool has(CacheComponents set, CacheComponents wanted) noexcept {
    return (set & wanted) == wanted;
}

/// "NONE", "ALL", or the components joined by " | " ("GUILDS | MEMBERS").
[[nodiscard]] std::string to_string(CacheComponents value);
/// Parses names joined by '|' (any case, spaces allowed): "GUILDS | members", "ALL", "NONE".
/// GUILD_STICKERS is accepted for STICKERS. Throws ParseError naming the valid components.
[[nodiscard]] CacheComponents parse_cache_components(std::string_view text);

struct CacheSettings {
    CacheComponents components = CacheComponents::all;
    /// Messages kept at most, oldest dropped first.
    int max_messages = 300;
    /// DM channel ids kept at most, oldest dropped first.
    int max_dm_channel_ids = 50;
    /// Keep only the bot's own member object of each guild.
    bool only_my_member = false;

    /// Throws ValueError for negative limits or unknown component bits.
    void validate() const;
};

}  // namespace hikari

/// fmt::format("{}", x) and log messages print the same text as to_string().
/// Only "{}" is accepted; this needs nothing beyond fmt/core.h.
template <>
struct fmt::formatter<hikari::CacheComponents> {
    constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
        if (ctx.begin() != ctx.end() && *ctx.begin() != '}') {
            ctx.on_error("CacheComponents takes no format specification");
        }
        return ctx.begin();
    }
    template <typename FormatContext>
    auto format(hikari::CacheComponents value, FormatContext& ctx) const -> decltype(ctx.out()) {
        const auto text = hikari::to_string(value);
        return std::copy(text.begin(), text.end(), ctx.out());
    }
};

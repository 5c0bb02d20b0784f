#pragma once
// Routes of the HTTP API. A Route is a method and a path template, defined once as a
// constant (routes.hpp); compiling it with the argument values gives the request path and the
// key of its rate-limit bucket: the route plus its top-level ("major") resource.

#include "rest/route_args.hpp"

#include <string>
#include <string_view>

namespace hikari::rest {

/// The top-level resource that keeps rate-limit buckets apart (Discord's docs: channels,
/// guilds and webhooks; interaction tokens behave like webhook tokens).
enum class MajorParameter { none, channel, guild, webhook, interaction };

class Route {
  public:
    constexpr Route(std::string_view method, std::string_view path) noexcept
        : method_(method),
          path_(path),
          major_(major_of(path)),
          token_in_path_(path.find("{webhook_token}") != std::string_view::npos ||
                         path.find("{interaction_token}") != std::string_view::npos),
          globally_limited_(path.find("{interaction_token}") == std::string_view::npos) {}

    [[nodiscard]] constexpr std::string_view method() const noexcept { return method_; }
    [[nodiscard]] constexpr std::string_view path() const noexcept { return path_; }
    [[nodiscard]] constexpr MajorParameter major() const noexcept { return major_; }
    /// Routes authenticated by a token in the path take no Authorization header.
    [[nodiscard]] constexpr bool token_in_path() const noexcept { return token_in_path_; }
    /// Interaction routes are exempt from the global rate limit.
    [[nodiscard]] constexpr bool globally_limited() const noexcept { return globally_limited_; }
    /// "POST /channels/{channel_id}/messages".
    [[nodiscard]] std::string key() const;
    /// Appends key() to `out` (the rate limiter builds its lookup keys in reused strings).
    void append_key(std::string& out) const;

  private:
    static constexpr MajorParameter major_of(std::string_view path) noexcept {
        if (path.find("{channel_id}") != std::string_view::npos) return MajorParameter::channel;
        if (path.find("{guild_id}") != std::string_view::npos) return MajorParameter::guild;
        if (path.find("{webhook_id}") != std::string_view::npos) return MajorParameter::webhook;
        if (path.find("{interaction_id}") != std::string_view::npos) {
            return MajorParameter::interaction;
        }
        return MajorParameter::none;
    }

    std::string_view method_;
    std::string_view path_;
    MajorParameter major_;
    // Worked out once: the routes are constants, and these are asked on every request.
    bool token_in_path_;
    bool globally_limited_;
};

struct CompiledRoute {
    const Route* route = nullptr;
    /// The path with arguments substituted and percent-encoded, no query.
    std::string path;
    /// Where the major parameter's value lies in `path` (see major()).
    std::size_t major_at = 0;
    std::size_t major_size = 0;

    /// The value of the major parameter ("" for none), as it stands in the path: the channel
    /// or guild id, or the webhook/interaction id with its token ("5/token"; every route puts
    /// the token right after the id).
    [[nodiscard]] std::string_view major() const noexcept {
        return std::string_view(path).substr(major_at, major_size);
    }
    /// route->key().
    [[nodiscard]] std::string key() const { return route->key(); }
};

/// Substitutes `args` into the placeholders of `route`, in order. Throws ValueError when the
/// count differs or an argument is empty.
[[nodiscard]] CompiledRoute compile(const Route& route, const RouteArgs& args);

/// Percent-encodes a path segment (RFC 3986 unreserved characters kept).
[[nodiscard]] std::string encode_path_segment(std::string_view text);
/// Percent-encodes a query or header value, as for X-Audit-Log-Reason.
[[nodiscard]] std::string encode_component(std::string_view text);

}  // namespace hikari::rest

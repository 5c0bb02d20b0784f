#pragma once
// The parts of an http(s) URL the transport needs to open a connection and address a request.

#include <cstdint>
#include <string>
#include <string_view>

namespace hikari::rest::http {

struct Url {
    std::string scheme;  // "http" or "https"
    std::string host;    // without brackets for IPv6
    std::uint16_t port = 0;
    std::string target;  // path and query, at least "/"

    [[nodiscard]] bool tls() const noexcept { return scheme == "https"; }
    /// "scheme://host:port", the connection pool's key.
    [[nodiscard]] std::string origin() const;
    /// The Host header: the port only when it is not the scheme's default.
    [[nodiscard]] std::string host_header() const;
    /// Appends host_header() to `out`.
    void append_host_header(std::string& out) const;
    [[nodiscard]] std::string str() const;
};

/// Parses an absolute http or https URL. Throws ValueError for anything else.
[[nodiscard]] Url parse_url(std::string_view text);

/// Resolves a redirect's Location (absolute or relative) against the URL it came from.
/// Throws ValueError when the result is not an http(s) URL.
[[nodiscard]] Url resolve_location(const Url& base, std::string_view location);

}  // namespace hikari::rest::http

#pragma once
// The CONNECT exchange with an HTTP proxy, shared by REST and the gateway: after a 2xx answer
// the stream talks to the origin through the proxy (TLS, when wanted, goes on top of it).
// Callers turn the outcome into their own error types and apply their own timeouts.

#include <hikari/core/config.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <cstdint>
#include <string>

namespace hikari::proxy {

/// "host:port", with an IPv6 host in brackets, as CONNECT and Host want it.
inline std::string authority(const std::string& host, std::uint16_t port) {
    return host.find(':') != std::string::npos ? "[" + host + "]:" + std::to_string(port)
                                               : host + ":" + std::to_string(port);
}

struct TunnelOutcome {
    boost::system::error_code error;  ///< set when the exchange itself failed
    const char* step = "";            ///< what failed: sending or reading
    unsigned status = 0;              ///< the proxy's answer, when there was one
    std::string reason;

    [[nodiscard]] bool established() const noexcept { return !error && status / 100 == 2; }
};

/// Asks the proxy on `stream` for a tunnel to `target_authority`.
template <class Stream>
boost::asio::awaitable<TunnelOutcome> request_tunnel(Stream& stream,
                                                     const std::string& target_authority,
                                                     const ResolvedProxy& proxy) {
    namespace http = boost::beast::http;
    constexpr auto nothrow = boost::asio::as_tuple(boost::asio::use_awaitable);
    TunnelOutcome out;
    http::request<http::empty_body> connect{http::verb::connect, target_authority, 11};
    connect.set(http::field::host, target_authority);
    for (const auto& [name, value] : proxy.headers) connect.set(name, value);
    if (proxy.authorization) connect.set(http::field::proxy_authorization, *proxy.authorization);
    auto [write_error, written] = co_await http::async_write(stream, connect, nothrow);
    if (write_error) {
        out.error = write_error;
        out.step = "sending CONNECT to the proxy";
        co_return out;
    }
    // The proxy's answer has no body; the tunnel starts right after its header, so the
    // parser must not read past it (nothing follows before the client speaks first).
    boost::beast::flat_buffer buffer;
    http::response_parser<http::empty_body> parser;
    parser.skip(true);
    auto [read_error, read] = co_await http::async_read(stream, buffer, parser, nothrow);
    if (read_error) {
        out.error = read_error;
        out.step = "reading the proxy's CONNECT answer";
        co_return out;
    }
    out.status = parser.get().result_int();
    out.reason = std::string(parser.get().reason());
    co_return out;
}

}  // namespace hikari::proxy

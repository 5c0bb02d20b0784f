#pragma once
// One websocket connection to a gateway URL, ws:// or wss://, hiding which stream type
// (plain TCP or TLS) is underneath so that the shard's protocol code is written once.
// The client side of RFC 6455 is our own (ws_frame.hpp): frames are read in large chunks and
// handed on in place, which a general websocket library's one-message-per-read API does not
// allow (issue 8).

#include <hikari/core/config.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::gateway {

struct ConnectOptions {
    bool verify = true;   ///< verify the server's certificate chain and host name
    std::string ca_file;  ///< extra trusted CA (PEM); empty = the system store only
    /// An HTTP proxy to tunnel through with CONNECT (TLS to the gateway then goes through it).
    std::optional<ResolvedProxy> proxy;
};

/// How the peer ended the connection.
struct CloseInfo {
    std::optional<std::uint16_t> code;  ///< absent when the TCP connection just dropped
    std::string reason;
};

class WsConnection {
  public:
    virtual ~WsConnection() = default;

    /// Resolves, connects, does the TLS and websocket handshakes. `url` is the full URL
    /// including the query (?v=10&encoding=json&compress=...). Throws GatewayConnectionError.
    static boost::asio::awaitable<std::unique_ptr<WsConnection>> connect(
        boost::asio::any_io_executor executor, std::string_view url, const ConnectOptions& tls,
        std::chrono::milliseconds timeout);

    /// Bytes readable past the end of every message poll() and read() return, so that SIMD
    /// parsers can work in place (the frame is not copied out of the read buffer).
    static constexpr std::size_t padding = 64;

    /// The next whole message if it is already buffered: no I/O, no suspension. nullopt when
    /// read() is needed. The view stays valid until the next poll() or read().
    virtual std::optional<std::string_view> poll() = 0;
    /// Reads the next whole message. The view stays valid until the next poll() or read().
    /// Returns nullopt when the connection ended; close_info() then says how.
    virtual boost::asio::awaitable<std::optional<std::string_view>> read() = 0;
    /// Writes one text message; callers serialise writes (one at a time).
    virtual boost::asio::awaitable<void> write(std::string_view text) = 0;
    /// Sends a close frame with `code` and waits (bounded by the connect timeout) until a
    /// pending read() has seen the peer's.
    virtual boost::asio::awaitable<void> close(std::uint16_t code, std::string_view reason) = 0;
    /// Drops the TCP connection without a close frame; pending reads finish.
    virtual void abort() noexcept = 0;

    [[nodiscard]] virtual const CloseInfo& close_info() const noexcept = 0;
    [[nodiscard]] virtual bool binary() const noexcept = 0;
};

}  // namespace hikari::gateway

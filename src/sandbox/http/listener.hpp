#pragma once
// Accepts TCP (optionally TLS) connections, reads HTTP/1.1 requests with keep-alive and serves
// them from the Api; websocket upgrades on plain TCP go to the gateway, and those over TLS are
// relayed to a plain bridge listener (set_websocket_bridge).

#include "sandbox/http/api.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <functional>
#include <memory>
#include <set>

namespace hikari::sandbox {

using UpgradeHandler = std::function<void(
    boost::asio::ip::tcp::socket, boost::beast::http::request<boost::beast::http::string_body>)>;

class Listener {
  public:
    /// Binds and listens right away; throws hikari::HikariError when that fails.
    Listener(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& endpoint, Api& api,
             UpgradeHandler upgrade, boost::asio::ssl::context* tls, bool log_requests);
    ~Listener();

    /// Starts accepting (call on or before the io thread runs).
    void start();
    /// Relays websocket upgrades that arrive over TLS to the plain listener on loopback `port`.
    void set_websocket_bridge(std::uint16_t port);
    /// Stops accepting and closes open connections. Call on the io thread.
    void stop();
    [[nodiscard]] std::uint16_t port() const { return port_; }

    struct Shared;

  private:
    std::shared_ptr<Shared> shared_;
    std::uint16_t port_ = 0;
};

/// Converts a Beast request to the sandbox's Request (percent-decoded path, parsed query).
/// Throws hikari::ParseError for a target that is not a valid origin-form URL.
Request to_request(const boost::beast::http::request<boost::beast::http::string_body>& request,
                   std::string client);

}  // namespace hikari::sandbox

#pragma once
// The HTTP client under RESTClient: a keep-alive pool per origin, verified TLS, timeouts,
// redirects and an optional CONNECT proxy. Single-threaded: use it from one executor.

#include "rest/http/connection.hpp"
#include "rest/http/http_message.hpp"

#include <hikari/core/config.hpp>
#include <hikari/core/task.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ssl/context.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hikari::rest::http {

class HttpClient {
  public:
    /// Validates both settings (ValueError) and prepares the TLS context: verification on
    /// unless settings.verify_ssl is false, trusting settings.ca_file or the system's CAs.
    HttpClient(boost::asio::any_io_executor executor, HTTPSettings settings,
               std::optional<ResolvedProxy> proxy);

    /// Sends the request, following redirects. Throws HTTPTransportError, HTTPTimeoutError or
    /// ValueError (malformed URL); HTTP error statuses are returned, not thrown.
    Task<Response> send(Request request);
    /// As send(request), with first.url already parsed as `first_url` (first.url is not
    /// read): RESTClient builds the URL of each request from its own, parsed once. Both must
    /// outlive the call.
    Task<Response> send(const Request& first, const Url& first_url);

    /// Drops idle connections.
    void close_idle() { pools_.clear(); }
    [[nodiscard]] std::size_t idle_count() const;
    /// Connections opened so far (to observe reuse).
    [[nodiscard]] std::size_t connections_opened() const noexcept { return opened_; }

    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

  private:
    class InFlight;
    /// Disarms the pooled connections' timers once the work queued now has run, if nothing
    /// is in flight by then.
    void disarm_when_idle();
    /// The TLS context, given the system's CA certificates on first use: a client that
    /// never speaks HTTPS (the sandbox, tests) never loads them.
    boost::asio::ssl::context& tls_context();
    /// Idle connections to one origin. Found by comparing the URL's parts, so that a request
    /// builds no origin string.
    struct Pool {
        std::string scheme;
        std::string host;
        std::uint16_t port = 0;
        std::vector<std::unique_ptr<Connection>> idle;

        [[nodiscard]] bool serves(const Url& url) const noexcept {
            return url.port == port && url.host == host && url.scheme == scheme;
        }
    };
    /// A pooled connection to the origin of `url`, or null.
    std::unique_ptr<Connection> take_idle(const Url& url);
    /// Keeps `connection` to the origin of `url` for reuse, when its pool has room.
    void keep(const Url& url, std::unique_ptr<Connection> connection);

    boost::asio::any_io_executor executor_;
    HTTPSettings settings_;
    std::optional<ResolvedProxy> proxy_;
    boost::asio::ssl::context tls_;
    bool wants_system_trust_ = false;
    std::vector<Pool> pools_;
    std::size_t opened_ = 0;
    /// Exchanges under way. When it drops to zero the pooled connections' deadline timers
    /// are disarmed; while requests keep coming they stay armed and cost nothing per request.
    std::size_t in_flight_ = 0;
    bool disarm_queued_ = false;
    /// Expires with the client: a queued disarm_when_idle() check then does nothing.
    std::shared_ptr<char> alive_ = std::make_shared<char>();
};

}  // namespace hikari::rest::http

#pragma once
// One keep-alive HTTP/1.1 connection: plain TCP or TLS (SNI, certificate and host name
// verification), optionally tunnelled through an HTTP proxy with CONNECT.

#include "rest/http/http_message.hpp"
#include "rest/http/url.hpp"

#include <hikari/core/config.hpp>
#include <hikari/core/task.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ssl/context.hpp>

#include <chrono>
#include <memory>
#include <optional>

namespace hikari::rest::http {

using SteadyClock = std::chrono::steady_clock;

/// The time limits of one request, from HTTPSettings.
struct Deadlines {
    std::optional<std::chrono::milliseconds> connect;
    std::optional<std::chrono::milliseconds> read;
    std::optional<SteadyClock::time_point> total;

    static Deadlines from(const HTTPSettings& settings, SteadyClock::time_point now);
    /// The time an operation may take: its own limit capped by what is left of the total.
    /// Throws HTTPTimeoutError when the total is already spent.
    [[nodiscard]] std::optional<std::chrono::milliseconds> budget(
        std::optional<std::chrono::milliseconds> own, const std::string& url) const;
    /// As above; the URL's text is only built for the error.
    [[nodiscard]] std::optional<std::chrono::milliseconds> budget(
        std::optional<std::chrono::milliseconds> own, const Url& url) const;
};

class Connection {
  public:
    virtual ~Connection() = default;

    /// Opens a connection to `origin`, through `proxy` when set. `tls` must be non-null for
    /// https origins. Throws HTTPTransportError / HTTPTimeoutError.
    static Task<std::unique_ptr<Connection>> open(boost::asio::any_io_executor executor,
                                                  const Url& origin, boost::asio::ssl::context* tls,
                                                  const std::optional<ResolvedProxy>& proxy,
                                                  const Deadlines& deadlines);

    /// Writes the request and reads the whole response. Throws HTTPTransportError or
    /// HTTPTimeoutError; afterwards received_anything() tells a stale keep-alive connection
    /// (closed by the server before answering) from a failure mid-response.
    virtual Task<Response> exchange(const Request& request, const Url& url,
                                    const Deadlines& deadlines) = 0;

    /// The connection goes unused for a while: its deadline timer stops waiting (a pending
    /// wait would keep the io_context running).
    virtual void idle() = 0;

    /// Whether the last response allows sending another request on this connection.
    [[nodiscard]] bool reusable() const noexcept { return reusable_; }
    [[nodiscard]] bool received_anything() const noexcept { return received_anything_; }

  protected:
    bool reusable_ = false;
    bool received_anything_ = false;
};

}  // namespace hikari::rest::http

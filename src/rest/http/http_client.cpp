#include "rest/http/http_client.hpp"

#include <hikari/core/logging.hpp>
#include <hikari/rest/transport_error.hpp>

#include "core/system_trust.hpp"
#include "rest/http/ascii.hpp"

#include <boost/asio/post.hpp>

namespace hikari::rest::http {

namespace ssl = boost::asio::ssl;

namespace {

constexpr std::size_t max_idle_per_origin = 16;

bool is_redirect(unsigned status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/// Where a redirect leads: the request as it is sent there, and its URL.
struct Redirect {
    Request request;
    Url url;
};

/// Sets `redirect` to where `response` (to `first`, or to the redirect before) leads; false
/// when it names no Location. Throws HTTPTransportError past `max_redirects`.
bool follow(const Request& first, const Response& response, int redirects, int max_redirects,
            std::unique_ptr<Redirect>& redirect, const Url& from) {
    const auto location = response.header("location");
    if (!location) return false;
    if (redirects >= max_redirects) {
        throw HTTPTransportError("more than " + std::to_string(max_redirects) + " redirects",
                                 from.str());
    }
    Url next = resolve_location(from, *location);
    if (!redirect) redirect = std::make_unique<Redirect>(Redirect{first, Url{}});
    Request& request = redirect->request;
    if (next.origin() != from.origin()) {
        // Never hand credentials to another host.
        std::erase_if(request.headers, [](const auto& header) {
            return ascii_iequals(header.first, "authorization");
        });
        request.preset_head = request.preset_head_public;
    }
    const bool becomes_get =
        response.status == 303 ||
        ((response.status == 301 || response.status == 302) && request.method == "POST");
    if (becomes_get) {
        request.method = request.method == "HEAD" ? "HEAD" : "GET";
        request.body = Body{};
    }
    redirect->url = std::move(next);  // `from` may be the old redirect->url: used up above
    return true;
}

}  // namespace

HttpClient::HttpClient(boost::asio::any_io_executor executor, HTTPSettings settings,
                       std::optional<ResolvedProxy> proxy)
    : executor_(std::move(executor)),
      settings_(std::move(settings)),
      proxy_(std::move(proxy)),
      tls_(ssl::context::tls_client) {
    settings_.validate();
    tls_.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                     ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    if (settings_.verify_ssl) {
        tls_.set_verify_mode(ssl::verify_peer);
        boost::system::error_code ec;
        if (settings_.ca_file) {
            tls_.load_verify_file(settings_.ca_file->string(), ec);
            if (ec) {
                throw ValueError("cannot load CA file " + settings_.ca_file->string() + ": " +
                                 ec.message());
            }
        } else {
            wants_system_trust_ = true;  // installed by tls_context() when first needed
        }
    } else {
        tls_.set_verify_mode(ssl::verify_none);
        log::get("hikari.rest").warning("TLS certificate verification is OFF (verify_ssl=false)");
    }
}

ssl::context& HttpClient::tls_context() {
    if (wants_system_trust_) {
        detail::trust_system_certificates(tls_.native_handle());
        wants_system_trust_ = false;
    }
    return tls_;
}

std::size_t HttpClient::idle_count() const {
    std::size_t n = 0;
    for (const auto& pool : pools_) n += pool.idle.size();
    return n;
}

Task<Response> HttpClient::send(Request request) {
    const Url url = parse_url(request.url);
    co_return co_await send(request, url);
}

std::unique_ptr<Connection> HttpClient::take_idle(const Url& url) {
    for (auto& pool : pools_) {
        if (!pool.serves(url)) continue;
        if (pool.idle.empty()) return nullptr;
        std::unique_ptr<Connection> connection = std::move(pool.idle.back());
        pool.idle.pop_back();
        return connection;
    }
    return nullptr;
}

void HttpClient::keep(const Url& url, std::unique_ptr<Connection> connection) {
    for (auto& pool : pools_) {
        if (!pool.serves(url)) continue;
        if (pool.idle.size() < max_idle_per_origin) pool.idle.push_back(std::move(connection));
        return;
    }
    Pool& pool = pools_.emplace_back(Pool{url.scheme, url.host, url.port, {}});
    pool.idle.push_back(std::move(connection));
}

/// Counts an exchange in flight; the last one to end disarms the pooled connections.
class HttpClient::InFlight {
  public:
    explicit InFlight(HttpClient& client) : client_(client) { ++client_.in_flight_; }
    InFlight(const InFlight&) = delete;
    InFlight& operator=(const InFlight&) = delete;
    ~InFlight() {
        if (--client_.in_flight_ == 0) client_.disarm_when_idle();
    }

  private:
    HttpClient& client_;
};

HttpClient::~HttpClient() = default;

void HttpClient::disarm_when_idle() {
    // Not at once: a client that sends its next request as soon as an answer arrives (one in
    // flight at a time) would disarm and re-arm a timer, a system call each, per request.
    if (disarm_queued_) return;
    disarm_queued_ = true;
    boost::asio::post(executor_, [this, alive = std::weak_ptr<char>(alive_)] {
        if (alive.expired()) return;
        disarm_queued_ = false;
        if (in_flight_ > 0) return;
        for (auto& pool : pools_) {
            for (auto& connection : pool.idle) connection->idle();
        }
    });
}

Task<Response> HttpClient::send(const Request& first, const Url& first_url) {
    const Deadlines deadlines = Deadlines::from(settings_, SteadyClock::now());
    // Made only when a redirect is followed; on the heap, as a coroutine frame above about
    // 1 KB is a slower allocation on every request.
    std::unique_ptr<Redirect> redirect;
    const Request* request = &first;
    const Url* url = &first_url;
    for (int redirects = 0;; ++redirects) {
        Response response;
        // A pooled connection may have been closed by the server while idle; that shows as a
        // failure before any byte of the answer, and is retried once on a new connection.
        for (int attempt = 0;; ++attempt) {
            std::unique_ptr<Connection> connection = take_idle(*url);
            const bool pooled = connection != nullptr;
            if (!pooled) {
                connection = co_await Connection::open(
                    executor_, *url, url->tls() ? &tls_context() : nullptr, proxy_, deadlines);
                ++opened_;
            }
            InFlight counted(*this);
            try {
                response = co_await connection->exchange(*request, *url, deadlines);
            } catch (const HTTPTimeoutError&) {
                throw;
            } catch (const HTTPTransportError&) {
                if (!pooled || connection->received_anything() || attempt > 0) throw;
                log::get("hikari.rest")
                    .debug("stale pooled connection to {}, reconnecting", url->origin());
                continue;
            }
            if (connection->reusable()) keep(*url, std::move(connection));
            break;
        }
        if (redirects > 0) response.url = url->str();
        if (!is_redirect(response.status) || settings_.max_redirects == 0) co_return response;
        if (!follow(first, response, redirects, settings_.max_redirects, redirect, *url)) {
            co_return response;
        }
        request = &redirect->request;
        url = &redirect->url;
    }
}

}  // namespace hikari::rest::http

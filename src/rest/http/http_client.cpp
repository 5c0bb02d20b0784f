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
    for (const auto& [origin, list] : idle_) n += list.size();
    return n;
}

Task<Response> HttpClient::send(Request request) {
    Url url = parse_url(request.url);
    co_return co_await send(request, std::move(url));
}

std::unique_ptr<Connection> HttpClient::take_idle(const std::string& origin) {
    auto it = idle_.find(origin);
    if (it == idle_.end() || it->second.empty()) return nullptr;
    std::unique_ptr<Connection> connection = std::move(it->second.back());
    it->second.pop_back();
    return connection;
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
        for (auto& [origin, list] : idle_) {
            for (auto& connection : list) connection->idle();
        }
    });
}

Task<Response> HttpClient::send(const Request& first, Url url) {
    const Deadlines deadlines = Deadlines::from(settings_, SteadyClock::now());
    // Copied only when a redirect changes it.
    std::optional<Request> redirected;
    const Request* request = &first;
    for (int redirects = 0;; ++redirects) {
        const std::string origin = url.origin();
        Response response;
        // A pooled connection may have been closed by the server while idle; that shows as a
        // failure before any byte of the answer, and is retried once on a new connection.
        for (int attempt = 0;; ++attempt) {
            std::unique_ptr<Connection> connection = take_idle(origin);
            const bool pooled = connection != nullptr;
            if (!pooled) {
                connection = co_await Connection::open(
                    executor_, url, url.tls() ? &tls_context() : nullptr, proxy_, deadlines);
                ++opened_;
            }
            InFlight counted(*this);
            const auto written_at = SteadyClock::now();
            try {
                response = co_await connection->exchange(*request, url, deadlines, in_flight_ > 1);
                response.written_at = written_at;
            } catch (const HTTPTimeoutError&) {
                throw;
            } catch (const HTTPTransportError&) {
                if (!pooled || connection->received_anything() || attempt > 0) throw;
                log::get("hikari.rest")
                    .debug("stale pooled connection to {}, reconnecting", origin);
                continue;
            }
            if (connection->reusable()) {
                auto& list = idle_[origin];
                if (list.size() < max_idle_per_origin) list.push_back(std::move(connection));
            }
            break;
        }
        if (redirects > 0) response.url = url.str();
        if (!is_redirect(response.status) || settings_.max_redirects == 0) co_return response;
        const auto location = response.header("location");
        if (!location) co_return response;
        if (redirects >= settings_.max_redirects) {
            throw HTTPTransportError(
                "more than " + std::to_string(settings_.max_redirects) + " redirects", url.str());
        }
        Url next = resolve_location(url, *location);
        if (!redirected) redirected = first;
        if (next.origin() != origin) {
            // Never hand credentials to another host.
            std::erase_if(redirected->headers, [](const auto& header) {
                return ascii_iequals(header.first, "authorization");
            });
            redirected->preset_head = redirected->preset_head_public;
        }
        const bool becomes_get =
            response.status == 303 ||
            ((response.status == 301 || response.status == 302) && redirected->method == "POST");
        if (becomes_get) {
            redirected->method = redirected->method == "HEAD" ? "HEAD" : "GET";
            redirected->body = Body{};
        }
        request = &*redirected;
        url = std::move(next);
    }
}

}  // namespace hikari::rest::http

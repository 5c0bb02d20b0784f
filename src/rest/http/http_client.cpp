#include "rest/http/http_client.hpp"

#include <hikari/core/logging.hpp>
#include <hikari/rest/transport_error.hpp>

#include <boost/algorithm/string/predicate.hpp>

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
            tls_.set_default_verify_paths(ec);
            if (ec) throw ValueError("cannot load the system's CA certificates: " + ec.message());
        }
    } else {
        tls_.set_verify_mode(ssl::verify_none);
        log::get("hikari.rest").warning("TLS certificate verification is OFF (verify_ssl=false)");
    }
}

std::size_t HttpClient::idle_count() const {
    std::size_t n = 0;
    for (const auto& [origin, list] : idle_) n += list.size();
    return n;
}

Task<Response> HttpClient::send(Request request) {
    const Deadlines deadlines = Deadlines::from(settings_, SteadyClock::now());
    Url url = parse_url(request.url);
    for (int redirects = 0;; ++redirects) {
        Response response = co_await send_once(request, url, deadlines);
        if (!is_redirect(response.status) || settings_.max_redirects == 0) co_return response;
        const auto location = response.header("location");
        if (!location) co_return response;
        if (redirects >= settings_.max_redirects) {
            throw HTTPTransportError(
                "more than " + std::to_string(settings_.max_redirects) + " redirects", url.str());
        }
        Url next = resolve_location(url, *location);
        if (next.origin() != url.origin()) {
            // Never hand credentials to another host.
            std::erase_if(request.headers, [](const auto& header) {
                return boost::algorithm::iequals(header.first, "authorization");
            });
        }
        const bool becomes_get =
            response.status == 303 ||
            ((response.status == 301 || response.status == 302) && request.method == "POST");
        if (becomes_get) {
            request.method = request.method == "HEAD" ? "HEAD" : "GET";
            request.body = Body{};
        }
        url = std::move(next);
    }
}

Task<Response> HttpClient::send_once(const Request& request, const Url& url,
                                     const Deadlines& deadlines) {
    const std::string origin = url.origin();
    // A pooled connection may have been closed by the server while idle; that shows as a
    // failure before any byte of the answer, and is retried once on a new connection.
    for (int attempt = 0;; ++attempt) {
        std::unique_ptr<Connection> connection;
        bool pooled = false;
        if (auto it = idle_.find(origin); it != idle_.end() && !it->second.empty()) {
            connection = std::move(it->second.back());
            it->second.pop_back();
            pooled = true;
        } else {
            connection = co_await Connection::open(executor_, url, url.tls() ? &tls_ : nullptr,
                                                   proxy_, deadlines);
            ++opened_;
        }
        try {
            Response response = co_await connection->exchange(request, url, deadlines);
            if (connection->reusable()) {
                auto& list = idle_[origin];
                if (list.size() < max_idle_per_origin) list.push_back(std::move(connection));
            }
            co_return response;
        } catch (const HTTPTimeoutError&) {
            throw;
        } catch (const HTTPTransportError&) {
            if (!pooled || connection->received_anything() || attempt > 0) throw;
            log::get("hikari.rest").debug("stale pooled connection to {}, reconnecting", origin);
        }
    }
}

}  // namespace hikari::rest::http

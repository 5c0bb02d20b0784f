#include "sandbox/http/listener.hpp"

#include <hikari/core/errors_base.hpp>

#include <spdlog/spdlog.h>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace hikari::sandbox {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct Listener::Shared {
    asio::io_context& io;
    tcp::acceptor acceptor;
    Api& api;
    UpgradeHandler upgrade;
    asio::ssl::context* tls;
    bool log;
    bool stopped = false;
    // The plain listener that serves websocket upgrades arriving over TLS (0: none).
    std::uint16_t bridge_port = 0;
    // Sockets of live connections, closed on stop().
    std::set<tcp::socket*> sockets;
};

Request to_request(const http::request<http::string_body>& request, std::string client) {
    Request out;
    out.method = std::string(request.method_string());
    auto url = boost::urls::parse_origin_form(request.target());
    if (!url) throw ParseError("invalid request target: " + std::string(request.target()));
    out.path = url->path();
    for (const auto& param : url->params()) {
        out.query[param.key] = param.value;
        out.query_list.emplace_back(param.key, param.value);
    }
    for (const auto& field : request) {
        std::string name(field.name_string());
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        out.headers[name] = std::string(field.value());
    }
    out.body = request.body();
    out.client = std::move(client);
    return out;
}

namespace {

http::response<http::string_body> to_beast(const Response& response, unsigned version,
                                           bool keep_alive) {
    http::response<http::string_body> out{static_cast<http::status>(response.status), version};
    out.set(http::field::server, "hikari-sandbox");
    if (!response.content_type.empty()) out.set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) out.set(name, value);
    out.body() = response.body;
    out.keep_alive(keep_alive);
    out.prepare_payload();
    return out;
}

constexpr std::size_t body_limit = 26 * 1024 * 1024;  // Discord's largest upload plus room

/// Copies bytes from one stream to the other until either side ends.
template <class From, class To>
asio::awaitable<void> pump(From& from, To& to) {
    std::array<char, 64 * 1024> chunk{};
    for (;;) {
        auto [ec, n] =
            co_await from.async_read_some(asio::buffer(chunk), asio::as_tuple(asio::use_awaitable));
        if (n > 0) {
            auto [write_ec, _] = co_await asio::async_write(to, asio::buffer(chunk.data(), n),
                                                            asio::as_tuple(asio::use_awaitable));
            if (write_ec) co_return;
        }
        if (ec) co_return;
    }
}

/// TLS termination for the gateway, as Discord's edge does it: a websocket upgrade that arrived
/// over TLS is replayed to the plain bridge listener on loopback, and bytes are relayed both
/// ways until either side closes. The gateway code itself only ever sees plain TCP. When the
/// gateway drops its side, the TLS connection is cut without a close_notify, so a dropped
/// connection looks the same to the client as it does without TLS.
template <class Stream>
asio::awaitable<void> bridge_upgrade(const Listener::Shared& shared, Stream& client,
                                     const http::request<http::string_body>& request,
                                     beast::flat_buffer& pending) {
    using namespace asio::experimental::awaitable_operators;
    tcp::socket gateway(co_await asio::this_coro::executor);
    const tcp::endpoint bridge(asio::ip::address_v4::loopback(), shared.bridge_port);
    auto [connect_ec] = co_await gateway.async_connect(bridge, asio::as_tuple(asio::use_awaitable));
    if (connect_ec) co_return;
    gateway.set_option(tcp::no_delay(true), connect_ec);
    auto [write_ec, _] =
        co_await http::async_write(gateway, request, asio::as_tuple(asio::use_awaitable));
    if (write_ec) co_return;
    if (pending.size() > 0) {
        auto [pending_ec, __] = co_await asio::async_write(gateway, pending.data(),
                                                           asio::as_tuple(asio::use_awaitable));
        if (pending_ec) co_return;
    }
    co_await (pump(client, gateway) || pump(gateway, client));
}

template <class Stream>
asio::awaitable<void> serve(std::shared_ptr<Listener::Shared> shared, Stream& stream,
                            tcp::socket& socket, std::string client, bool is_tls) {
    beast::flat_buffer buffer;
    while (!shared->stopped) {
        http::request_parser<http::string_body> parser;
        parser.body_limit(body_limit);
        auto [ec, _] =
            co_await http::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
        if (ec == http::error::body_limit) {
            // Discord answers oversized uploads with 413 and code 40005.
            auto reply = to_beast(
                Response::json(413, boost::json::object{{"message", "Request entity too large"},
                                                        {"code", 40005}}),
                11, false);
            co_await http::async_write(stream, reply, asio::as_tuple(asio::use_awaitable));
            break;
        }
        if (ec) co_return;  // closed, timed out or garbage: drop the connection
        http::request<http::string_body> request = parser.release();
        if (beast::websocket::is_upgrade(request) && is_tls && shared->bridge_port != 0) {
            if (shared->log) {
                spdlog::info("sandbox: {} websocket upgrade over TLS {}", client, request.target());
            }
            co_await bridge_upgrade(*shared, stream, request, buffer);
            break;
        }
        if (beast::websocket::is_upgrade(request) && !is_tls && shared->upgrade) {
            if (shared->log)
                spdlog::info("sandbox: {} websocket upgrade {}", client, request.target());
            shared->sockets.erase(&socket);
            shared->upgrade(std::move(socket), std::move(request));
            co_return;
        }
        Response response;
        try {
            response = shared->api.handle(to_request(request, client));
        } catch (const ParseError&) {
            response = Response::json(
                400, boost::json::object{{"message", "400: Bad Request"}, {"code", 0}});
        }
        if (beast::websocket::is_upgrade(request)) {
            response = Response::json(
                400, boost::json::object{{"message", "this listener serves no websocket upgrades"},
                                         {"code", 0}});
        }
        if (shared->log) {
            spdlog::info("sandbox: {} {} {} -> {}", client, request.method_string(),
                         request.target(), response.status);
        }
        const bool keep_alive = request.keep_alive();
        auto reply = to_beast(response, request.version(), keep_alive);
        auto [write_ec, __] =
            co_await http::async_write(stream, reply, asio::as_tuple(asio::use_awaitable));
        if (write_ec || !keep_alive) break;
    }
    beast::error_code ignored;
    socket.shutdown(tcp::socket::shutdown_send, ignored);
}

asio::awaitable<void> connection(std::shared_ptr<Listener::Shared> shared, tcp::socket socket) {
    beast::error_code ec;
    const auto remote = socket.remote_endpoint(ec);
    const std::string client =
        ec ? "unknown" : remote.address().to_string() + ":" + std::to_string(remote.port());
    if (shared->log) spdlog::info("sandbox: connection from {}", client);
    if (shared->tls) {
        beast::ssl_stream<tcp::socket&> stream(socket, *shared->tls);
        shared->sockets.insert(&socket);
        auto [hs_ec] = co_await stream.async_handshake(asio::ssl::stream_base::server,
                                                       asio::as_tuple(asio::use_awaitable));
        if (!hs_ec) co_await serve(shared, stream, socket, client, true);
    } else {
        shared->sockets.insert(&socket);
        co_await serve(shared, socket, socket, client, false);
    }
    shared->sockets.erase(&socket);
    if (shared->log) spdlog::info("sandbox: {} disconnected", client);
}

asio::awaitable<void> accept_loop(std::shared_ptr<Listener::Shared> shared) {
    while (!shared->stopped) {
        auto [ec, socket] =
            co_await shared->acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
        if (ec) {
            if (shared->stopped || ec == asio::error::operation_aborted) co_return;
            continue;  // e.g. too many open files: keep serving the others
        }
        socket.set_option(tcp::no_delay(true), ec);
        asio::co_spawn(shared->io, connection(shared, std::move(socket)), asio::detached);
    }
}

}  // namespace

Listener::Listener(asio::io_context& io, const tcp::endpoint& endpoint, Api& api,
                   UpgradeHandler upgrade, asio::ssl::context* tls, bool log_requests)
    : shared_(std::make_shared<Shared>(Shared{
          io, tcp::acceptor(io), api, std::move(upgrade), tls, log_requests, false, 0, {}})) {
    beast::error_code ec;
    auto& acceptor = shared_->acceptor;
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor.bind(endpoint, ec);
    if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        throw HikariError("sandbox: cannot listen on " + endpoint.address().to_string() + ":" +
                          std::to_string(endpoint.port()) + ": " + ec.message());
    }
    port_ = acceptor.local_endpoint().port();
}

Listener::~Listener() = default;

void Listener::start() {
    asio::co_spawn(shared_->io, accept_loop(shared_), asio::detached);
}

void Listener::set_websocket_bridge(std::uint16_t port) {
    shared_->bridge_port = port;
}

void Listener::stop() {
    shared_->stopped = true;
    beast::error_code ignored;
    shared_->acceptor.close(ignored);
    for (tcp::socket* socket : shared_->sockets) {
        socket->shutdown(tcp::socket::shutdown_both, ignored);
        socket->close(ignored);
    }
    shared_->sockets.clear();
}

}  // namespace hikari::sandbox

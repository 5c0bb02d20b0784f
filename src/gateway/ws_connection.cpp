#include "gateway/ws_connection.hpp"

#include <hikari/core/errors.hpp>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <boost/url/parse.hpp>

#include <openssl/ssl.h>

namespace hikari::gateway {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using asio::use_awaitable;
using tcp = asio::ip::tcp;

namespace {

constexpr std::size_t max_message_bytes = 64ULL * 1024 * 1024;

template <class Stream>
class Connection final : public WsConnection {
  public:
    /// `tls` is the TLS context of a wss:// connection (null for ws://); the connection owns
    /// it because the stream refers to it for its whole life.
    template <class... Args>
    explicit Connection(std::shared_ptr<asio::ssl::context> tls, Args&&... args)
        : tls_(std::move(tls)), ws_(std::forward<Args>(args)...) {
        ws_.read_message_max(max_message_bytes);
        ws_.auto_fragment(false);
        ws_.set_option(websocket::stream_base::decorator([](websocket::request_type& req) {
            req.set(beast::http::field::user_agent,
                    "DiscordBot (https://github.com/hikari-cpp, 0.1)");
        }));
    }

    websocket::stream<Stream>& ws() { return ws_; }

    asio::awaitable<std::optional<std::string_view>> read() override {
        buffer_.consume(buffer_.size());
        try {
            co_await ws_.async_read(buffer_, use_awaitable);
        } catch (const boost::system::system_error& e) {
            if (e.code() == websocket::error::closed) {
                const auto& reason = ws_.reason();
                info_.code = static_cast<std::uint16_t>(reason.code);
                info_.reason = std::string(reason.reason.data(), reason.reason.size());
            } else {
                info_.code.reset();
                info_.reason = e.code().message();
            }
            co_return std::nullopt;
        }
        auto data = buffer_.cdata();
        co_return std::string_view{static_cast<const char*>(data.data()), data.size()};
    }

    asio::awaitable<void> write(std::string_view text) override {
        ws_.text(true);
        co_await ws_.async_write(asio::buffer(text.data(), text.size()), use_awaitable);
    }

    asio::awaitable<void> close(std::uint16_t code, std::string_view reason) override {
        websocket::close_reason why{code};
        auto text = reason.substr(0, why.reason.max_size());
        why.reason.assign(text.data(), text.size());
        try {
            co_await ws_.async_close(why, use_awaitable);
        } catch (const boost::system::system_error&) {
            abort();  // the peer is gone already: nothing left to be polite to
        }
    }

    void abort() noexcept override {
        boost::system::error_code ignored;
        beast::get_lowest_layer(ws_).socket().shutdown(tcp::socket::shutdown_both, ignored);
        beast::get_lowest_layer(ws_).socket().close(ignored);
    }

    const CloseInfo& close_info() const noexcept override { return info_; }
    bool binary() const noexcept override { return ws_.got_binary(); }

  private:
    std::shared_ptr<asio::ssl::context> tls_;
    websocket::stream<Stream> ws_;
    beast::flat_buffer buffer_;
    CloseInfo info_;
};

using PlainConnection = Connection<beast::tcp_stream>;
using TlsConnection = Connection<beast::ssl_stream<beast::tcp_stream>>;

asio::ssl::context make_tls_context(const TlsOptions& tls) {
    asio::ssl::context ctx{asio::ssl::context::tls_client};
    ctx.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                    asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                    asio::ssl::context::no_tlsv1_1);
    if (tls.verify) {
        ctx.set_default_verify_paths();
        if (!tls.ca_file.empty()) ctx.load_verify_file(tls.ca_file);
        ctx.set_verify_mode(asio::ssl::verify_peer);
    } else {
        ctx.set_verify_mode(asio::ssl::verify_none);
    }
    return ctx;
}

}  // namespace

asio::awaitable<std::unique_ptr<WsConnection>> WsConnection::connect(
    asio::any_io_executor executor, std::string_view url, const TlsOptions& tls,
    std::chrono::milliseconds timeout) {
    auto parsed = boost::urls::parse_uri(url);
    if (!parsed) throw GatewayConnectionError("invalid gateway URL \"" + std::string(url) + "\"");
    const bool secure = parsed->scheme() == "wss";
    if (!secure && parsed->scheme() != "ws") {
        throw GatewayConnectionError("gateway URL must start with ws:// or wss://, got \"" +
                                     std::string(url) + "\"");
    }
    std::string host = parsed->host();
    std::string port = parsed->has_port() ? std::string(parsed->port()) : (secure ? "443" : "80");
    std::string target = parsed->encoded_path().empty() ? "/" : std::string(parsed->encoded_path());
    if (parsed->has_query()) target += "?" + std::string(parsed->encoded_query());

    try {
        tcp::resolver resolver{executor};
        auto endpoints = co_await resolver.async_resolve(host, port, use_awaitable);
        if (!secure) {
            auto conn = std::make_unique<PlainConnection>(nullptr, executor);
            auto& layer = beast::get_lowest_layer(conn->ws());
            layer.expires_after(timeout);
            co_await layer.async_connect(endpoints, use_awaitable);
            layer.expires_never();
            websocket::stream_base::timeout opts =
                websocket::stream_base::timeout::suggested(beast::role_type::client);
            opts.handshake_timeout = timeout;
            opts.idle_timeout = websocket::stream_base::none();  // heartbeats detect zombies
            conn->ws().set_option(opts);
            co_await conn->ws().async_handshake(host + ":" + port, target, use_awaitable);
            co_return conn;
        }
        auto ctx = std::make_shared<asio::ssl::context>(make_tls_context(tls));
        auto conn = std::make_unique<TlsConnection>(ctx, executor, *ctx);
        auto& layer = beast::get_lowest_layer(conn->ws());
        layer.expires_after(timeout);
        co_await layer.async_connect(endpoints, use_awaitable);
        auto& ssl = conn->ws().next_layer();
        // SSL_set_tlsext_host_name is a macro with a C cast; this is what it expands to.
        if (SSL_ctrl(ssl.native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                     host.data()) != 1) {
            throw GatewayConnectionError("TLS: cannot set SNI host name " + host);
        }
        if (tls.verify) ssl.set_verify_callback(asio::ssl::host_name_verification(host));
        co_await ssl.async_handshake(asio::ssl::stream_base::client, use_awaitable);
        layer.expires_never();
        websocket::stream_base::timeout opts =
            websocket::stream_base::timeout::suggested(beast::role_type::client);
        opts.handshake_timeout = timeout;
        opts.idle_timeout = websocket::stream_base::none();
        conn->ws().set_option(opts);
        co_await conn->ws().async_handshake(host + ":" + port, target, use_awaitable);
        co_return conn;
    } catch (const GatewayConnectionError&) {
        throw;
    } catch (const boost::system::system_error& e) {
        throw GatewayConnectionError("cannot connect to " + std::string(url) + ": " +
                                     e.code().message());
    }
}

}  // namespace hikari::gateway

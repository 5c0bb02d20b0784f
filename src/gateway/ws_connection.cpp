#include "gateway/ws_connection.hpp"

#include <hikari/core/errors.hpp>

#include "core/proxy_tunnel.hpp"
#include "core/system_trust.hpp"
#include "gateway/signal.hpp"
#include "gateway/ws_frame.hpp"
#include "gateway/ws_handshake.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/url/parse.hpp>

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <random>
#include <type_traits>

namespace hikari::gateway {
namespace asio = boost::asio;
namespace http = boost::beast::http;
using asio::use_awaitable;
using tcp = asio::ip::tcp;
using boost::system::error_code;

namespace {

constexpr std::size_t max_message_bytes = 64ULL * 1024 * 1024;
// Large reads: one syscall brings in hundreds of ~1 KB dispatches during a burst.
constexpr std::size_t initial_read_buffer = std::size_t{256} * 1024;
constexpr std::size_t min_read = std::size_t{64} * 1024;
constexpr std::size_t padding = WsConnection::padding;

/// The websocket client on one stream (a TCP socket or TLS over one). Shared so that
/// coroutines still suspended in it when the owner lets go finish on a live object.
template <class Stream>
class Socket final : public std::enable_shared_from_this<Socket<Stream>> {
  public:
    template <class... Args>
    Socket(const asio::any_io_executor& executor, std::shared_ptr<asio::ssl::context> tls,
           Args&&... args)
        : tls_(std::move(tls)),
          stream_(std::forward<Args>(args)...),
          watchdog_(executor),
          close_timer_(executor),
          linger_timer_(executor),
          write_idle_(executor),
          mask_rng_(std::random_device{}()) {}

    Stream& stream() { return stream_; }
    tcp::socket& socket() {
        if constexpr (std::is_same_v<Stream, tcp::socket>) {
            return stream_;
        } else {
            return stream_.next_layer();
        }
    }

    /// Closes the socket if the current phase of connecting takes longer than `timeout`.
    void arm_watchdog(std::chrono::milliseconds timeout) {
        watchdog_.expires_after(timeout);
        watchdog_.async_wait([weak = this->weak_from_this()](error_code ec) {
            if (ec) return;
            if (auto self = weak.lock()) {
                self->timed_out_ = true;
                self->drop_socket();
            }
        });
    }
    void disarm_watchdog() { watchdog_.cancel(); }
    [[nodiscard]] bool timed_out() const noexcept { return timed_out_; }

    /// The opening handshake; bytes the server sent after its 101 stay buffered for read().
    asio::awaitable<void> handshake(std::string host_port, std::string target,
                                    std::chrono::milliseconds close_timeout) {
        auto self = this->shared_from_this();
        close_timeout_ = close_timeout;
        const std::string key = ws::make_handshake_key();
        http::request<http::empty_body> request{http::verb::get, target, 11};
        request.set(http::field::host, host_port);
        request.set(http::field::upgrade, "websocket");
        request.set(http::field::connection, "Upgrade");
        request.set(http::field::sec_websocket_key, key);
        request.set(http::field::sec_websocket_version, "13");
        request.set(http::field::user_agent, "DiscordBot (https://github.com/hikari-cpp, 0.1)");
        co_await http::async_write(stream_, request, use_awaitable);

        boost::beast::flat_buffer buffer;
        http::response<http::string_body> response;
        co_await http::async_read(stream_, buffer, response, use_awaitable);
        if (response.result() != http::status::switching_protocols) {
            throw GatewayConnectionError("websocket handshake declined: HTTP " +
                                         std::to_string(response.result_int()) + " " +
                                         std::string(response.reason()));
        }
        auto header = [&](http::field f) { return std::string_view(response[f]); };
        auto iequals = [](std::string_view a, std::string_view b) {
            return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
                return std::tolower(static_cast<unsigned char>(x)) ==
                       std::tolower(static_cast<unsigned char>(y));
            });
        };
        if (!iequals(header(http::field::upgrade), "websocket") ||
            header(http::field::sec_websocket_accept) != ws::expected_accept(key)) {
            throw GatewayConnectionError(
                "websocket handshake: the server's answer is not a "
                "valid upgrade");
        }
        reserve(buffer.size());
        std::memcpy(data_.get(), buffer.data().data(), buffer.size());
        end_ = buffer.size();
    }

    /// The next buffered message without any I/O; nullopt when read() must run (more bytes
    /// needed, a control frame to answer, or the end).
    std::optional<std::string_view> poll() {
        while (!done_ && !pending_control_) {
            ws::FrameHeader h;
            std::string_view why;
            const std::string_view avail{data_.get() + begin_, end_ - begin_};
            const auto decoded = ws::decode_header(avail, max_message_bytes, h, why);
            if (decoded == ws::Decoded::bad) {
                fail(why);
                return std::nullopt;
            }
            if (decoded == ws::Decoded::need_more ||
                avail.size() - h.header_size < h.payload_size) {
                wanted_ = decoded == ws::Decoded::need_more
                              ? 14
                              : h.header_size + static_cast<std::size_t>(h.payload_size);
                return std::nullopt;
            }
            const std::string_view payload =
                avail.substr(h.header_size, static_cast<std::size_t>(h.payload_size));
            begin_ += h.header_size + payload.size();
            switch (h.opcode) {
                case ws::op_text:
                case ws::op_binary:
                    if (fragmented_) {
                        fail("a new message inside a fragmented one");
                        return std::nullopt;
                    }
                    binary_ = h.opcode == ws::op_binary;
                    // In place: the buffer keeps `padding` bytes past its end, so whatever
                    // follows the payload (the next frame, or spare room) is readable.
                    if (h.fin) return payload;
                    fragmented_ = true;
                    message_.assign(payload);
                    break;
                case ws::op_continuation:
                    if (!fragmented_) {
                        fail("a continuation frame without a message");
                        return std::nullopt;
                    }
                    if (message_.size() + payload.size() > max_message_bytes) {
                        fail("message larger than the limit");
                        return std::nullopt;
                    }
                    message_.append(payload);
                    if (h.fin) {
                        fragmented_ = false;
                        const std::size_t size = message_.size();
                        message_.append(padding, '\0');
                        return std::string_view(message_.data(), size);
                    }
                    break;
                default:  // ping, pong, close: answered by read(), which may write
                    pending_control_ = h.opcode;
                    control_payload_.assign(payload);
                    break;
            }
        }
        return std::nullopt;
    }

    asio::awaitable<std::optional<std::string_view>> read() {
        auto self = this->shared_from_this();
        while (true) {
            if (auto message = poll()) co_return message;
            if (pending_control_) {
                co_await answer_control();
                continue;
            }
            if (done_) co_return std::nullopt;
            make_room();
            auto [ec, n] = co_await stream_.async_read_some(
                asio::buffer(data_.get() + end_, capacity_ - end_), asio::as_tuple(use_awaitable));
            if (ec) {
                if (!done_) {
                    info_.code.reset();
                    info_.reason = ec.message();
                }
                finish();
                co_return std::nullopt;
            }
            end_ += n;
        }
    }

    asio::awaitable<void> write(std::string_view text) {
        auto self = this->shared_from_this();
        if (auto ec = co_await send_frame(ws::op_text, text)) throw boost::system::system_error(ec);
    }

    asio::awaitable<void> close(std::uint16_t code, std::string_view reason) {
        auto self = this->shared_from_this();
        if (close_sent_ || done_) co_return;
        close_sent_ = true;
        std::string body{static_cast<char>(code >> 8U), static_cast<char>(code & 0xFFU)};
        body.append(reason.substr(0, 123));
        if (co_await send_frame(ws::op_close, body)) {
            drop_socket();  // the peer is gone already: nothing left to be polite to
            co_return;
        }
        // The reader sees the peer's close frame and ends the connection; bounded wait.
        if (!done_) {
            close_timer_.expires_after(close_timeout_);
            co_await close_timer_.async_wait(asio::as_tuple(use_awaitable));
        }
        if (!done_) drop_socket();
    }

    void abort() noexcept { drop_socket(); }

    [[nodiscard]] const CloseInfo& close_info() const noexcept { return info_; }
    [[nodiscard]] bool binary() const noexcept { return binary_; }

  private:
    /// Makes sure `wanted_` bytes from begin_ fit and that a read can bring in a good amount.
    void make_room() {
        if (begin_ == end_) begin_ = end_ = 0;
        const std::size_t pending = end_ - begin_;
        const std::size_t need = std::max(wanted_, pending + min_read);
        if (begin_ > 0 && capacity_ - begin_ < need) {
            std::memmove(data_.get(), data_.get() + begin_, pending);
            begin_ = 0;
            end_ = pending;
        }
        reserve(need);
    }

    /// Grows the buffer to hold at least `size` bytes (plus padding) from its start.
    void reserve(std::size_t size) {
        size = std::max(size, initial_read_buffer);
        if (size <= capacity_) return;
        auto bigger = std::make_unique<char[]>(size + padding);
        if (end_ > begin_) std::memcpy(bigger.get(), data_.get() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
        data_ = std::move(bigger);
        capacity_ = size;
    }

    asio::awaitable<void> answer_control() {
        const auto opcode = *pending_control_;
        pending_control_.reset();
        if (opcode == ws::op_ping) {
            co_await send_frame(ws::op_pong, control_payload_);
        } else if (opcode == ws::op_close) {
            info_.reason.clear();
            if (control_payload_.size() >= 2) {
                info_.code = static_cast<std::uint16_t>(
                    (static_cast<std::uint8_t>(control_payload_[0]) << 8U) |
                    static_cast<std::uint8_t>(control_payload_[1]));
                info_.reason = control_payload_.substr(2);
            } else {
                info_.code = 0;  // "no status code", as Beast reported it
            }
            done_ = true;  // before echoing: nothing is read after a close frame
            if (!close_sent_) {
                close_sent_ = true;
                std::string echo = control_payload_.substr(0, 2);
                co_await send_frame(ws::op_close, echo);
            }
            co_await teardown();
            finish();
        }
        // pong: nothing to do (we send no pings)
    }

    /// After the close handshake the server closes TCP first (RFC 6455 7.1.1): half-close
    /// and wait (bounded) for its end of stream.
    asio::awaitable<void> teardown() {
        error_code ec;
        socket().shutdown(tcp::socket::shutdown_send, ec);
        if (ec) co_return;
        linger_timer_.expires_after(close_timeout_);
        linger_timer_.async_wait([weak = this->weak_from_this()](error_code timer_ec) {
            if (timer_ec) return;
            if (auto self = weak.lock()) self->drop_socket();
        });
        std::array<char, 512> sink{};
        while (!dropped_) {
            auto [read_ec, n] = co_await socket().async_read_some(asio::buffer(sink),
                                                                  asio::as_tuple(use_awaitable));
            if (read_ec) break;
        }
        linger_timer_.cancel();
    }

    /// Writes one frame once no other write is in flight. Returns the write's error.
    asio::awaitable<error_code> send_frame(std::uint8_t opcode, std::string_view payload) {
        auto self = this->shared_from_this();
        while (writing_ && !dropped_) co_await write_idle_.wait();
        if (dropped_) co_return asio::error::operation_aborted;
        writing_ = true;
        out_.clear();
        ws::encode_masked(out_, opcode, payload, static_cast<std::uint32_t>(mask_rng_()));
        auto [ec, n] =
            co_await asio::async_write(stream_, asio::buffer(out_), asio::as_tuple(use_awaitable));
        writing_ = false;
        write_idle_.notify();
        co_return ec;
    }

    void fail(std::string_view why) {
        info_.code.reset();
        info_.reason = "websocket protocol error: " + std::string(why);
        finish();
    }

    /// The connection is over: nothing more is read, writers and close() stop waiting.
    void finish() {
        done_ = true;
        drop_socket();
    }

    void drop_socket() noexcept {
        dropped_ = true;
        error_code ignored;
        socket().shutdown(tcp::socket::shutdown_both, ignored);
        socket().close(ignored);
        close_timer_.cancel();
        linger_timer_.cancel();
        watchdog_.cancel();
        write_idle_.notify();
    }

    std::shared_ptr<asio::ssl::context> tls_;
    Stream stream_;
    asio::steady_timer watchdog_;
    asio::steady_timer close_timer_;   // close(): waiting for the peer's close frame
    asio::steady_timer linger_timer_;  // teardown(): waiting for the peer's end of stream
    Signal write_idle_;
    std::mt19937 mask_rng_;
    std::chrono::milliseconds close_timeout_{10'000};
    bool timed_out_ = false;

    // Read side: bytes [begin_, end_) of data_ are unparsed; data_ has `padding` spare bytes
    // past capacity_ that reads never fill.
    std::unique_ptr<char[]> data_;
    std::size_t capacity_ = 0;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    std::size_t wanted_ = 0;
    std::string message_;  // a fragmented message being put together (rare)
    bool fragmented_ = false;
    bool binary_ = false;
    std::optional<std::uint8_t> pending_control_;
    std::string control_payload_;

    std::string out_;
    bool writing_ = false;
    bool close_sent_ = false;
    bool done_ = false;
    bool dropped_ = false;
    CloseInfo info_;
};

/// What the shard holds: dropping it drops the socket, and the shared Socket lives on until
/// the coroutines suspended in it have finished.
template <class Stream>
class Connection final : public WsConnection {
  public:
    explicit Connection(std::shared_ptr<Socket<Stream>> socket) : socket_(std::move(socket)) {}
    ~Connection() override { socket_->abort(); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    Connection(Connection&&) = delete;
    Connection& operator=(Connection&&) = delete;

    std::optional<std::string_view> poll() override { return socket_->poll(); }
    asio::awaitable<std::optional<std::string_view>> read() override { return socket_->read(); }
    asio::awaitable<void> write(std::string_view text) override { return socket_->write(text); }
    asio::awaitable<void> close(std::uint16_t code, std::string_view reason) override {
        return socket_->close(code, reason);
    }
    void abort() noexcept override { socket_->abort(); }
    const CloseInfo& close_info() const noexcept override { return socket_->close_info(); }
    bool binary() const noexcept override { return socket_->binary(); }

  private:
    std::shared_ptr<Socket<Stream>> socket_;
};

using PlainSocket = Socket<tcp::socket>;
using TlsSocket = Socket<asio::ssl::stream<tcp::socket>>;

asio::ssl::context make_tls_context(const ConnectOptions& tls) {
    asio::ssl::context ctx{asio::ssl::context::tls_client};
    ctx.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                    asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                    asio::ssl::context::no_tlsv1_1);
    if (tls.verify) {
        if (tls.ca_file.empty()) {
            detail::trust_system_certificates(ctx.native_handle());
        } else {  // the system's and this file's: a store of its own
            ctx.set_default_verify_paths();
            ctx.load_verify_file(tls.ca_file);
        }
        ctx.set_verify_mode(asio::ssl::verify_peer);
    } else {
        ctx.set_verify_mode(asio::ssl::verify_none);
    }
    return ctx;
}

struct ProxyEndpoint {
    std::string host;
    std::string port;
};

/// Where an http:// proxy listens. A TLS connection to the proxy itself is not offered: the
/// tunnel to Discord inside it is TLS already.
ProxyEndpoint proxy_endpoint(const ResolvedProxy& proxy) {
    auto parsed = boost::urls::parse_uri(proxy.url);
    if (!parsed || parsed->scheme() != "http" || parsed->host().empty()) {
        throw GatewayConnectionError("proxy URL must be http://host[:port], got \"" + proxy.url +
                                     "\"");
    }
    return {parsed->host(), parsed->has_port() ? std::string(parsed->port()) : "80"};
}

/// Resolves, connects, does the TLS (for TlsSocket) and websocket handshakes; each phase
/// gets `timeout`.
template <class Stream>
asio::awaitable<std::unique_ptr<WsConnection>> establish(std::shared_ptr<Socket<Stream>> socket,
                                                         std::string_view url, std::string host,
                                                         std::string port, std::string target,
                                                         ConnectOptions tls,
                                                         std::chrono::milliseconds timeout) {
    try {
        tcp::resolver resolver{socket->stream().get_executor()};
        const ProxyEndpoint via = tls.proxy ? proxy_endpoint(*tls.proxy) : ProxyEndpoint{};
        auto endpoints = co_await resolver.async_resolve(
            tls.proxy ? via.host : host, tls.proxy ? via.port : port, use_awaitable);
        socket->arm_watchdog(timeout);
        co_await asio::async_connect(socket->socket(), endpoints, use_awaitable);
        if (tls.proxy) {
            const std::string target_authority =
                proxy::authority(host, static_cast<std::uint16_t>(std::stoul(port)));
            const proxy::TunnelOutcome outcome =
                co_await proxy::request_tunnel(socket->socket(), target_authority, *tls.proxy);
            if (outcome.error) throw boost::system::system_error(outcome.error, outcome.step);
            if (!outcome.established()) {
                socket->disarm_watchdog();
                throw GatewayConnectionError("proxy " + tls.proxy->url + " refused the tunnel to " +
                                             target_authority + ": HTTP " +
                                             std::to_string(outcome.status) + " " + outcome.reason);
            }
        }
        if constexpr (!std::is_same_v<Stream, tcp::socket>) {
            auto& ssl = socket->stream();
            // SSL_set_tlsext_host_name is a macro with a C cast; this is what it expands to.
            if (SSL_ctrl(ssl.native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME,
                         TLSEXT_NAMETYPE_host_name, host.data()) != 1) {
                throw GatewayConnectionError("TLS: cannot set SNI host name " + host);
            }
            if (tls.verify) ssl.set_verify_callback(asio::ssl::host_name_verification(host));
            socket->arm_watchdog(timeout);
            auto [ec] = co_await ssl.async_handshake(asio::ssl::stream_base::client,
                                                     asio::as_tuple(use_awaitable));
            if (ec) {
                const long verdict = SSL_get_verify_result(ssl.native_handle());
                if (tls.verify && verdict != X509_V_OK) {
                    socket->disarm_watchdog();
                    throw GatewayCertificateError("TLS certificate of " + host + " not trusted: " +
                                                  X509_verify_cert_error_string(verdict));
                }
                throw boost::system::system_error(ec);
            }
        }
        socket->arm_watchdog(timeout);
        co_await socket->handshake(host + ":" + port, target, timeout);
        socket->disarm_watchdog();
    } catch (const boost::system::system_error& e) {
        socket->disarm_watchdog();
        throw GatewayConnectionError(
            "cannot connect to " + std::string(url) + ": " +
            (socket->timed_out() ? std::string("timed out") : e.code().message()));
    } catch (...) {
        socket->disarm_watchdog();
        throw;
    }
    co_return std::make_unique<Connection<Stream>>(std::move(socket));
}

}  // namespace

asio::awaitable<std::unique_ptr<WsConnection>> WsConnection::connect(
    asio::any_io_executor executor, std::string_view url, const ConnectOptions& tls,
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

    if (!secure) {
        auto socket = std::make_shared<PlainSocket>(executor, nullptr, executor);
        co_return co_await establish(socket, url, host, port, target, tls, timeout);
    }
    auto ctx = std::make_shared<asio::ssl::context>(make_tls_context(tls));
    auto socket = std::make_shared<TlsSocket>(executor, ctx, executor, *ctx);
    co_return co_await establish(socket, url, host, port, target, tls, timeout);
}

}  // namespace hikari::gateway

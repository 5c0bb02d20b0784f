#include "rest/http/connection.hpp"

#include "core/proxy_tunnel.hpp"
#include "rest/http/deadline_watch.hpp"
#include "rest/http/request_head.hpp"
#include "rest/http/response_reader.hpp"

#include <hikari/rest/transport_error.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <openssl/ssl.h>

#include <cstdio>
#include <cstring>
#include <span>
#include <tuple>
#include <type_traits>

namespace hikari::rest::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using asio::ip::tcp;
using boost::system::error_code;

namespace {

constexpr auto use_nothrow = asio::as_tuple(asio::use_awaitable);
constexpr std::uint64_t max_response_body = 64ULL * 1024 * 1024;
constexpr std::size_t file_piece = 64 * 1024;

[[noreturn]] void fail(const error_code& ec, std::string_view doing, const std::string& url) {
    if (ec == beast::error::timeout || ec == asio::error::timed_out) {
        throw HTTPTimeoutError("timed out while " + std::string(doing), url);
    }
    throw HTTPTransportError(std::string(doing) + " failed: " + ec.message(), url);
}

void arm(beast::tcp_stream& stream, std::optional<std::chrono::milliseconds> budget) {
    if (budget) {
        stream.expires_after(*budget);
    } else {
        stream.expires_never();
    }
}

/// Resolves and connects a TCP stream to host:port within the connect budget.
Task<beast::tcp_stream> connect_tcp(asio::any_io_executor executor, const std::string& host,
                                    std::uint16_t port, const Deadlines& deadlines,
                                    const std::string& url) {
    tcp::resolver resolver(executor);
    auto [rec, results] = co_await resolver.async_resolve(host, std::to_string(port), use_nothrow);
    if (rec) fail(rec, "resolving " + host, url);
    beast::tcp_stream stream(executor);
    arm(stream, deadlines.budget(deadlines.connect, url));
    auto [cec, endpoint] = co_await stream.async_connect(results, use_nothrow);
    if (cec) fail(cec, "connecting to " + host + ":" + std::to_string(port), url);
    stream.socket().set_option(tcp::no_delay(true));
    co_return stream;
}

/// Asks the proxy for a tunnel to origin; the stream then talks to origin directly.
Task<void> open_tunnel(beast::tcp_stream& stream, const Url& origin, const ResolvedProxy& proxy,
                       const Deadlines& deadlines, const std::string& url) {
    const std::string authority = proxy::authority(origin.host, origin.port);
    arm(stream, deadlines.budget(deadlines.connect, url));
    const proxy::TunnelOutcome outcome = co_await proxy::request_tunnel(stream, authority, proxy);
    if (outcome.error) fail(outcome.error, outcome.step, url);
    if (!outcome.established()) {
        throw HTTPTransportError("proxy " + proxy.url + " refused the tunnel to " + authority +
                                     ": HTTP " + std::to_string(outcome.status) + " " +
                                     outcome.reason,
                                 url);
    }
}

/// A TCP stream to origin: direct, or through the proxy's tunnel.
Task<beast::tcp_stream> open_tcp(asio::any_io_executor executor, const Url& origin,
                                 const std::optional<ResolvedProxy>& proxy,
                                 const Deadlines& deadlines, const std::string& where) {
    if (!proxy)
        co_return co_await connect_tcp(executor, origin.host, origin.port, deadlines, where);
    const Url proxy_url = parse_url(proxy->url);
    if (proxy_url.tls()) {
        throw HTTPTransportError(
            "https proxies are not supported; use an http:// proxy URL "
            "(the tunnel to Discord is still TLS)",
            where);
    }
    beast::tcp_stream tcp =
        co_await connect_tcp(executor, proxy_url.host, proxy_url.port, deadlines, where);
    co_await open_tunnel(tcp, origin, *proxy, deadlines, where);
    co_return tcp;
}

template <class Stream>
beast::tcp_stream& tcp_of(Stream& stream) {
    return beast::get_lowest_layer(stream);
}

/// Runs blocking `work` on `reader` when one is given, resuming here with its result;
/// otherwise runs it in place.
template <class Work>
Task<std::invoke_result_t<Work&>> off_loop(const std::optional<asio::any_io_executor>& reader,
                                           Work work) {
    if (!reader) co_return work();
    co_return co_await asio::co_spawn(
        *reader, [&work]() -> Task<std::invoke_result_t<Work&>> { co_return work(); },
        asio::use_awaitable);
}

/// The socket under a stream, plain or TLS.
template <class Stream>
tcp::socket& socket_of(Stream& stream) {
    return tcp_of(stream).socket();
}

/// Fails with the error an operation ended with; a cancellation by the deadline watch is a
/// timeout.
[[noreturn]] void fail_op(const error_code& ec, const DeadlineWatch& watch, std::string_view doing,
                          const Url& url) {
    if (watch.timed_out())
        throw HTTPTimeoutError("timed out while " + std::string(doing), url.str());
    fail(ec, doing, url.str());
}

template <class Stream>
class StreamConnection final : public Connection {
    // Over plain TCP the socket itself is used, not Beast's stream over it (which arms its
    // timer around every operation): a request is written by a non-blocking write_some (one
    // system call, and no asynchronous operation or trip through the scheduler when the
    // kernel takes it all, as it nearly always does), and the answer read by the socket's
    // async_read_some. TLS goes through the TLS stream.
    static constexpr bool plain = std::is_same_v<Stream, beast::tcp_stream>;

  public:
    explicit StreamConnection(Stream stream)
        : stream_(std::move(stream)),
          watch_(socket_of(stream_).get_executor(), socket_of(stream_)) {
        read_buffer_.resize(initial_read_buffer);
    }

    /// Called once the connection is open: the stream's own timer served connecting and is
    /// retired in favour of the watch.
    void start() {
        tcp_of(stream_).expires_never();
        if constexpr (plain) {
            error_code ec;
            socket_of(stream_).non_blocking(true, ec);
            if (ec) fail(ec, "setting up the connection", "");
        }
    }

    Task<Response> exchange(const Request& request, const Url& url,
                            const Deadlines& deadlines) override {
        reusable_ = false;
        received_anything_ = false;
        // The head and the in-memory chunks before the first file go out in one write.
        const std::size_t streamed_from = prepare_write(request, url);
        if (!write_now(url)) co_await write_pending(deadlines, url, "sending the request");
        if (streamed_from < request.body.chunks.size()) {
            co_await write_chunks(request.body.chunks, streamed_from, deadlines, url);
        }

        Response response;
        ResponseReader reader(response, max_response_body);
        reader.eager(true);
        if (request.method == "HEAD") reader.skip(true);
        constexpr std::string_view doing = "reading the response";
        for (;;) {
            // Parse what is buffered (a previous read may have brought more than its answer).
            while (begin_ < end_ && !reader.is_done()) {
                error_code ec;
                const std::size_t used =
                    reader.put(asio::buffer(read_buffer_.data() + begin_, end_ - begin_), ec);
                begin_ += used;
                if (ec == bhttp::error::need_more) break;
                if (ec) fail(ec, doing, url.str());
                if (used == 0) break;
            }
            if (reader.is_done()) break;
            make_room(url);
            const auto space = asio::buffer(read_buffer_.data() + end_, read_buffer_.size() - end_);
            arm(deadlines, url);
            auto [ec, n] = co_await io().async_read_some(space, use_nothrow);
            if (watch_.timed_out()) fail_op(ec, watch_, doing, url);
            if (n > 0) {
                received_anything_ = true;
                end_ += n;
                continue;
            }
            if (ec == asio::error::eof) {
                // The server closed: the end of a body that runs until close, or a failure.
                if (reader.is_header_done() && !reader.is_done()) {
                    error_code eof_ec;
                    reader.put_eof(eof_ec);
                    if (!eof_ec && reader.is_done()) break;
                }
                fail(bhttp::error::end_of_stream, doing, url.str());
            }
            if (ec) fail(ec, doing, url.str());
        }
        watch_.expires_never();
        reusable_ = reader.keep_alive();
        co_return response;
    }

    void idle() override { watch_.disarm(); }

    Stream& stream() { return stream_; }

  private:
    /// What requests are written to and answers read from.
    auto& io() {
        if constexpr (plain) {
            return socket_of(stream_);
        } else {
            return stream_;
        }
    }

    static constexpr std::size_t initial_read_buffer = 16 * 1024;
    // The whole head must fit in the buffer (basic_parser's default limit is 8 KB).
    static constexpr std::size_t max_read_buffer = 1024 * 1024;

    /// Sets the deadline of the next wait: the read timeout, capped by the total.
    void arm(const Deadlines& deadlines, const Url& url) {
        if (watch_.timed_out()) throw HTTPTimeoutError("the connection timed out", url.str());
        const auto budget = deadlines.budget(deadlines.read, url);
        if (budget) {
            watch_.expires_at(SteadyClock::now() + *budget);
        } else {
            watch_.expires_never();
        }
    }

    /// Writes the head into head_ and lists it and the in-memory chunks after it in pending_;
    /// returns the index of the first chunk left out (a file, or the end).
    std::size_t prepare_write(const Request& request, const Url& url) {
        write_request_head(request, url, head_);
        pending_.clear();
        pending_first_ = 0;
        pending_.emplace_back(head_.data(), head_.size());
        std::size_t chunk = 0;
        for (; chunk < request.body.chunks.size(); ++chunk) {
            const auto* bytes = std::get_if<std::string>(&request.body.chunks[chunk]);
            if (bytes == nullptr) break;
            if (!bytes->empty()) pending_.emplace_back(bytes->data(), bytes->size());
        }
        return chunk;
    }

    /// Over plain TCP, writes what the socket takes without waiting; true when pending_ is
    /// all written. Over TLS, false.
    bool write_now(const Url& url) {
        if constexpr (plain) {
            auto& socket = socket_of(stream_);
            while (pending_first_ < pending_.size()) {
                error_code ec;
                std::size_t n = socket.write_some(
                    std::span<const asio::const_buffer>(pending_).subspan(pending_first_), ec);
                if (ec == asio::error::would_block || ec == asio::error::try_again) return false;
                if (ec) fail(ec, "sending the request", url.str());
                // Drop what was written.
                while (pending_first_ < pending_.size() && n >= pending_[pending_first_].size()) {
                    n -= pending_[pending_first_].size();
                    ++pending_first_;
                }
                if (pending_first_ < pending_.size()) pending_[pending_first_] += n;
            }
            return true;
        } else {
            (void)url;
            return false;
        }
    }

    /// Writes what is left of pending_, waiting as needed.
    Task<void> write_pending(const Deadlines& deadlines, const Url& url, std::string_view doing) {
        arm(deadlines, url);
        auto [ec, n] = co_await asio::async_write(
            io(), std::span<const asio::const_buffer>(pending_).subspan(pending_first_),
            use_nothrow);
        if (ec || watch_.timed_out()) fail_op(ec, watch_, doing, url);
    }

    /// Writes chunks[from...]: files streamed in pieces, bytes as they are.
    Task<void> write_chunks(const std::vector<BodyChunk>& chunks, std::size_t from,
                            const Deadlines& deadlines, const Url& url) {
        for (std::size_t chunk = from; chunk < chunks.size(); ++chunk) {
            if (const auto* bytes = std::get_if<std::string>(&chunks[chunk])) {
                co_await write_bytes(*bytes, deadlines, url);
            } else {
                co_await write_file(std::get<FileChunk>(chunks[chunk]), deadlines, url);
            }
        }
    }

    Task<void> write_bytes(std::string_view bytes, const Deadlines& deadlines, const Url& url) {
        if (bytes.empty()) co_return;
        pending_.clear();
        pending_first_ = 0;
        pending_.emplace_back(bytes.data(), bytes.size());
        if (!write_now(url)) co_await write_pending(deadlines, url, "sending the request body");
    }

    Task<void> write_file(const FileChunk& file, const Deadlines& deadlines, const Url& url) {
        using Handle = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;
        Handle handle(
            co_await off_loop(file.reader, [&file] { return std::fopen(file.path.c_str(), "rb"); }),
            &std::fclose);
        if (!handle) {
            throw HTTPTransportError("cannot open " + file.path.string() + " to upload it",
                                     url.str());
        }
        std::vector<char> piece(file_piece);
        std::uint64_t left = file.size;
        while (left > 0) {
            const std::size_t want =
                left < piece.size() ? static_cast<std::size_t>(left) : piece.size();
            const std::size_t got = co_await off_loop(
                file.reader, [&] { return std::fread(piece.data(), 1, want, handle.get()); });
            if (got == 0) {
                // The file shrank after its size was taken: the promised length cannot be met.
                throw HTTPTransportError(file.path.string() + " changed size while uploading",
                                         url.str());
            }
            co_await write_bytes(std::string_view(piece.data(), got), deadlines, url);
            left -= got;
        }
    }

    /// Moves the unread bytes to the front of the buffer, and grows it when it is full.
    void make_room(const Url& url) {
        if (begin_ > 0) {
            std::memmove(read_buffer_.data(), read_buffer_.data() + begin_, end_ - begin_);
            end_ -= begin_;
            begin_ = 0;
        }
        if (end_ == read_buffer_.size()) {
            if (read_buffer_.size() >= max_read_buffer) {
                throw HTTPTransportError("the response's header is too large", url.str());
            }
            read_buffer_.resize(read_buffer_.size() * 2);
        }
    }

    Stream stream_;
    DeadlineWatch watch_;
    std::string head_;                         // the request head being written
    std::vector<asio::const_buffer> pending_;  // what is left to write: [pending_first_, end)
    std::size_t pending_first_ = 0;
    std::vector<char> read_buffer_;
    std::size_t begin_ = 0;  // unread bytes are [begin_, end_)
    std::size_t end_ = 0;
};

using PlainConnection = StreamConnection<beast::tcp_stream>;
using TlsConnection = StreamConnection<beast::ssl_stream<beast::tcp_stream>>;

}  // namespace

Deadlines Deadlines::from(const HTTPSettings& settings, SteadyClock::time_point now) {
    Deadlines d;
    d.connect = settings.connect_timeout;
    d.read = settings.read_timeout;
    if (settings.total_timeout) d.total = now + *settings.total_timeout;
    return d;
}

std::optional<std::chrono::milliseconds> Deadlines::budget(
    std::optional<std::chrono::milliseconds> own, const std::string& url) const {
    if (!total) return own;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(*total - SteadyClock::now());
    if (left <= std::chrono::milliseconds::zero()) {
        throw HTTPTimeoutError("the total timeout of the request expired", url);
    }
    return own ? std::min(*own, left) : left;
}

std::optional<std::chrono::milliseconds> Deadlines::budget(
    std::optional<std::chrono::milliseconds> own, const Url& url) const {
    if (!total) return own;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(*total - SteadyClock::now());
    if (left <= std::chrono::milliseconds::zero()) {
        throw HTTPTimeoutError("the total timeout of the request expired", url.str());
    }
    return own ? std::min(*own, left) : left;
}

Task<std::unique_ptr<Connection>> Connection::open(asio::any_io_executor executor,
                                                   const Url& origin, asio::ssl::context* tls,
                                                   const std::optional<ResolvedProxy>& proxy,
                                                   const Deadlines& deadlines) {
    const std::string where = origin.origin();
    beast::tcp_stream tcp = co_await open_tcp(executor, origin, proxy, deadlines, where);
    if (!origin.tls()) {
        auto plain = std::make_unique<PlainConnection>(std::move(tcp));
        plain->start();
        co_return plain;
    }

    auto connection =
        std::make_unique<TlsConnection>(beast::ssl_stream<beast::tcp_stream>(std::move(tcp), *tls));
    auto& stream = connection->stream();
    // SNI, so that the server presents the certificate of the host we asked for.
    std::string server_name = origin.host;
    if (SSL_ctrl(stream.native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                 server_name.data()) != 1) {
        throw HTTPTransportError("cannot set the TLS server name", where);
    }
    if (tls->native_handle() != nullptr &&
        SSL_CTX_get_verify_mode(tls->native_handle()) != SSL_VERIFY_NONE) {
        stream.set_verify_callback(asio::ssl::host_name_verification(origin.host));
    }
    arm(tcp_of(stream), deadlines.budget(deadlines.connect, where));
    auto [ec] = co_await stream.async_handshake(asio::ssl::stream_base::client, use_nothrow);
    if (ec) fail(ec, "the TLS handshake with " + origin.host, where);
    connection->start();
    co_return connection;
}

}  // namespace hikari::rest::http

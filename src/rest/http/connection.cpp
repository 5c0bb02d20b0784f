#include "rest/http/connection.hpp"

#include "core/proxy_tunnel.hpp"

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

#include <array>
#include <cstdio>
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

template <class Stream>
class StreamConnection final : public Connection {
  public:
    explicit StreamConnection(Stream stream) : stream_(std::move(stream)) {}

    Task<Response> exchange(const Request& request, const Url& url,
                            const Deadlines& deadlines) override {
        reusable_ = false;
        received_anything_ = false;
        const std::string where = url.str();
        co_await write_request(request, url, deadlines, where);

        bhttp::response_parser<bhttp::string_body> parser;
        parser.body_limit(max_response_body);
        if (request.method == "HEAD") parser.skip(true);
        while (!parser.is_done()) {
            arm(tcp_of(stream_), deadlines.budget(deadlines.read, where));
            auto [ec, n] = co_await bhttp::async_read_some(stream_, buffer_, parser, use_nothrow);
            if (n > 0) received_anything_ = true;
            if (ec) fail(ec, "reading the response", where);
        }
        auto message = parser.release();
        Response response;
        response.status = message.result_int();
        response.url = where;
        for (const auto& field : message) {
            std::string name(field.name_string());
            for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            response.headers.emplace_back(std::move(name), std::string(field.value()));
        }
        reusable_ = message.keep_alive();
        response.body = std::move(message.body());
        co_return response;
    }

    Stream& stream() { return stream_; }

  private:
    Task<void> write_request(const Request& request, const Url& url, const Deadlines& deadlines,
                             const std::string& where) {
        bhttp::request<bhttp::empty_body> head;
        head.version(11);
        head.method_string(request.method);
        head.target(url.target);
        head.set(bhttp::field::host, url.host_header());
        for (const auto& [name, value] : request.headers) head.set(name, value);
        const std::uint64_t size = request.body.size();
        if (!request.body.empty()) {
            head.set(bhttp::field::content_type, request.body.content_type);
        }
        if (!request.body.empty() || request.method == "POST" || request.method == "PUT" ||
            request.method == "PATCH") {
            head.set(bhttp::field::content_length, std::to_string(size));
        }
        head.keep_alive(true);
        bhttp::request_serializer<bhttp::empty_body> serializer(head);
        arm(tcp_of(stream_), deadlines.budget(deadlines.read, where));
        auto [hec, hn] = co_await bhttp::async_write_header(stream_, serializer, use_nothrow);
        if (hec) fail(hec, "sending the request", where);
        for (const auto& chunk : request.body.chunks) {
            if (const auto* bytes = std::get_if<std::string>(&chunk)) {
                co_await write_bytes(*bytes, deadlines, where);
            } else {
                co_await write_file(std::get<FileChunk>(chunk), deadlines, where);
            }
        }
    }

    Task<void> write_bytes(std::string_view bytes, const Deadlines& deadlines,
                           const std::string& where) {
        if (bytes.empty()) co_return;
        arm(tcp_of(stream_), deadlines.budget(deadlines.read, where));
        auto [ec, n] = co_await asio::async_write(stream_, asio::buffer(bytes.data(), bytes.size()),
                                                  use_nothrow);
        if (ec) fail(ec, "sending the request body", where);
    }

    Task<void> write_file(const FileChunk& file, const Deadlines& deadlines,
                          const std::string& where) {
        using Handle = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;
        Handle handle(
            co_await off_loop(file.reader, [&file] { return std::fopen(file.path.c_str(), "rb"); }),
            &std::fclose);
        if (!handle) {
            throw HTTPTransportError("cannot open " + file.path.string() + " to upload it", where);
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
                                         where);
            }
            co_await write_bytes(std::string_view(piece.data(), got), deadlines, where);
            left -= got;
        }
    }

    Stream stream_;
    beast::flat_buffer buffer_;
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

Task<std::unique_ptr<Connection>> Connection::open(asio::any_io_executor executor,
                                                   const Url& origin, asio::ssl::context* tls,
                                                   const std::optional<ResolvedProxy>& proxy,
                                                   const Deadlines& deadlines) {
    const std::string where = origin.origin();
    beast::tcp_stream tcp = co_await open_tcp(executor, origin, proxy, deadlines, where);
    if (!origin.tls()) co_return std::make_unique<PlainConnection>(std::move(tcp));

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
    co_return connection;
}

}  // namespace hikari::rest::http

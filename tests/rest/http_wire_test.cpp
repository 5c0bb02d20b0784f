// The HTTP transport against scripted loopback servers: answers split over several reads,
// bodies until close, a large upload (the socket's buffer fills, so the non-blocking write
// has to wait), and the per-connection deadline (an idle pooled connection survives longer
// than the read timeout; a connection that stalls after many quick answers still times out).

#include "rest/http/http_client.hpp"

#include <hikari/rest/transport_error.hpp>

#include <gtest/gtest.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

#include <atomic>
#include <chrono>
#include <exception>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace hikari::rest::http {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

/// A loopback server running `serve` on each accepted connection, one at a time, on its
/// own thread.
class ScriptedServer {
  public:
    explicit ScriptedServer(std::function<void(tcp::socket&)> serve)
        : acceptor_(io_, {asio::ip::make_address("127.0.0.1"), 0}) {
        thread_ = std::thread([this, serve = std::move(serve)] {
            for (;;) {
                tcp::socket socket(io_);
                boost::system::error_code ec;
                acceptor_.accept(socket, ec);
                if (ec || stopping_) return;
                ++accepted_;
                serve(socket);
            }
        });
    }
    ~ScriptedServer() {
        stopping_ = true;
        boost::system::error_code ec;
        tcp::socket poke(io_);
        poke.connect(acceptor_.local_endpoint(), ec);
        thread_.join();
    }
    ScriptedServer(const ScriptedServer&) = delete;
    ScriptedServer& operator=(const ScriptedServer&) = delete;

    [[nodiscard]] std::string url(const std::string& path) const {
        return "http://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port()) + path;
    }
    [[nodiscard]] int accepted() const { return accepted_; }

  private:
    asio::io_context io_;
    tcp::acceptor acceptor_;
    std::atomic<bool> stopping_{false};
    std::atomic<int> accepted_{0};
    std::thread thread_;
};

/// Reads one request head (and its Content-Length body) from `socket`; false at its end.
/// `buffer` keeps bytes read past the request. Returns the body's size in `body_size`, and
/// whether every body byte was 'x' in `all_x`.
bool read_request(tcp::socket& socket, asio::streambuf& buffer, std::size_t* body_size = nullptr,
                  bool* all_x = nullptr) {
    boost::system::error_code ec;
    const std::size_t head = asio::read_until(socket, buffer, "\r\n\r\n", ec);
    if (ec) return false;
    std::string text(asio::buffers_begin(buffer.data()),
                     asio::buffers_begin(buffer.data()) + static_cast<std::ptrdiff_t>(head));
    buffer.consume(head);
    std::size_t length = 0;
    if (const auto at = text.find("Content-Length: "); at != std::string::npos) {
        length = std::stoul(text.substr(at + 16));
    }
    if (buffer.size() < length)
        asio::read(socket, buffer, asio::transfer_exactly(length - buffer.size()), ec);
    if (ec) return false;
    bool x = true;
    const char* data = static_cast<const char*>(buffer.data().data());
    for (std::size_t i = 0; i < length; ++i) x = x && data[i] == 'x';
    buffer.consume(length);
    if (body_size != nullptr) *body_size = length;
    if (all_x != nullptr) *all_x = x;
    return true;
}

void write(tcp::socket& socket, const std::string& text) {
    boost::system::error_code ec;
    asio::write(socket, asio::buffer(text), ec);
}

class HttpWireTest : public ::testing::Test {
  protected:
    template <class T>
    T run(Task<T> task) {
        std::optional<T> result;
        std::exception_ptr error;
        asio::co_spawn(io_, std::move(task), [&](std::exception_ptr e, T value) {
            error = e;
            if (!e) result.emplace(std::move(value));
        });
        io_.restart();
        io_.run();
        if (error) std::rethrow_exception(error);
        return std::move(*result);
    }

    /// Lets `duration` pass on the client's io_context (the scenario, not a synchronisation).
    void idle(std::chrono::milliseconds duration) {
        asio::steady_timer timer(io_, duration);
        timer.async_wait([](boost::system::error_code) {});
        io_.restart();
        io_.run();
    }

    asio::io_context io_;
};

TEST_F(HttpWireTest, AnswerSplitOverReadsWithAChunkedBody) {
    ScriptedServer server([](tcp::socket& socket) {
        asio::streambuf buffer;
        if (!read_request(socket, buffer)) return;
        write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Enc");
        std::this_thread::sleep_for(20ms);  // the client reads what came so far
        write(socket, "oding: chunked\r\n\r\n4\r\n{\"a\"");
        std::this_thread::sleep_for(20ms);
        write(socket, "\r\n3\r\n:1}\r\n0\r\n\r\n");
        read_request(socket, buffer);  // until the client hangs up
    });
    HttpClient http(io_.get_executor(), HTTPSettings{}, std::nullopt);
    Request request;
    request.url = server.url("/split");
    const Response response = run(http.send(request));
    EXPECT_EQ(response.status, 200U);
    EXPECT_EQ(response.body, "{\"a\":1}");
    EXPECT_EQ(response.header("content-type"), std::optional<std::string_view>("application/json"));
    EXPECT_EQ(http.idle_count(), 1U);
}

TEST_F(HttpWireTest, BodyUntilCloseEndsWithTheConnection) {
    ScriptedServer server([](tcp::socket& socket) {
        asio::streambuf buffer;
        if (!read_request(socket, buffer)) return;
        write(socket, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it");
        socket.close();
    });
    HttpClient http(io_.get_executor(), HTTPSettings{}, std::nullopt);
    Request request;
    request.url = server.url("/close");
    EXPECT_EQ(run(http.send(request)).body, "all of it");
    EXPECT_EQ(http.idle_count(), 0U);
}

TEST_F(HttpWireTest, LargeUploadIsWrittenWhole) {
    std::atomic<std::size_t> received{0};
    std::atomic<bool> intact{false};
    ScriptedServer server([&](tcp::socket& socket) {
        asio::streambuf buffer;
        std::size_t size = 0;
        bool all_x = false;
        // Slow to start reading, so the client's socket buffer fills first.
        std::this_thread::sleep_for(50ms);
        if (!read_request(socket, buffer, &size, &all_x)) return;
        received = size;
        intact = all_x;
        write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        read_request(socket, buffer);
    });
    HttpClient http(io_.get_executor(), HTTPSettings{}, std::nullopt);
    Request request;
    request.method = "POST";
    request.url = server.url("/upload");
    constexpr std::size_t size = 16 * 1024 * 1024;
    request.body = Body::of("application/octet-stream", std::string(size, 'x'));
    EXPECT_EQ(run(http.send(request)).body, "ok");
    EXPECT_EQ(received.load(), size);
    EXPECT_TRUE(intact.load());
}

TEST_F(HttpWireTest, IdlePooledConnectionOutlivesTheReadTimeout) {
    ScriptedServer server([](tcp::socket& socket) {
        asio::streambuf buffer;
        while (read_request(socket, buffer)) {
            write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        }
    });
    HttpClient http(io_.get_executor(), HTTPSettings{.read_timeout = 100ms}, std::nullopt);
    Request request;
    request.url = server.url("/again");
    EXPECT_EQ(run(http.send(request)).body, "ok");
    idle(300ms);  // three read timeouts with the connection in the pool
    EXPECT_EQ(run(http.send(request)).body, "ok");
    EXPECT_EQ(http.connections_opened(), 1U);
    EXPECT_EQ(server.accepted(), 1);
}

TEST_F(HttpWireTest, StallAfterManyQuickAnswersTimesOut) {
    constexpr int answered = 50;
    ScriptedServer server([](tcp::socket& socket) {
        asio::streambuf buffer;
        for (int i = 0; i < answered && read_request(socket, buffer); ++i) {
            write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        }
        read_request(socket, buffer);  // the next one is read, never answered
        read_request(socket, buffer);  // until the client gives up and hangs up
    });
    HttpClient http(io_.get_executor(), HTTPSettings{.read_timeout = 150ms}, std::nullopt);
    Request request;
    request.url = server.url("/stall");
    for (int i = 0; i < answered; ++i) ASSERT_EQ(run(http.send(request)).body, "ok") << i;
    const auto start = std::chrono::steady_clock::now();
    EXPECT_THROW(run(http.send(request)), HTTPTimeoutError);
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_GE(took, 140ms);
    EXPECT_LT(took, 3s);
    EXPECT_EQ(http.connections_opened(), 1U);
}

TEST_F(HttpWireTest, TotalTimeoutCapsAStalledAnswer) {
    ScriptedServer server([](tcp::socket& socket) {
        asio::streambuf buffer;
        if (!read_request(socket, buffer)) return;
        write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nsome");  // 6 short
        read_request(socket, buffer);
    });
    HttpClient http(
        io_.get_executor(),
        HTTPSettings{
            .connect_timeout = 100ms, .read_timeout = std::nullopt, .total_timeout = 200ms},
        std::nullopt);
    Request request;
    request.url = server.url("/partial");
    const auto start = std::chrono::steady_clock::now();
    EXPECT_THROW(run(http.send(request)), HTTPTimeoutError);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 3s);
}

}  // namespace
}  // namespace hikari::rest::http

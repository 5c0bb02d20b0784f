#pragma once
// A small synchronous websocket client for tests of the sandbox gateway. It decodes
// zlib-stream and zstd-stream transport compression the way a bot library must: one
// inflate context per connection, zlib messages ending in 00 00 ff ff.
// Every wait has a timeout so that a broken server fails a test instead of hanging it.

#include <zlib.h>
#include <zstd.h>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace hikari::test {

/// The server closed (or dropped) the connection while a message was expected.
class WsClosed : public std::runtime_error {
  public:
    WsClosed(std::optional<std::uint16_t> close_code, const std::string& close_reason)
        : std::runtime_error("websocket closed: " +
                             (close_code ? std::to_string(*close_code) : std::string("no code")) +
                             " " + close_reason),
          code(close_code),
          reason(close_reason) {}
    std::optional<std::uint16_t> code;  // nullopt: dropped without a close frame
    std::string reason;
};

class WsTimeout : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

enum class WsCompression { none, zlib_stream, zstd_stream };

class WsClient {
  public:
    using Clock = std::chrono::steady_clock;

    WsClient(unsigned short port, std::string target,
             WsCompression compression = WsCompression::none)
        : compression_(compression), ws_(ioc_) {
        namespace beast = boost::beast;
        auto& tcp = beast::get_lowest_layer(ws_);
        tcp.expires_after(std::chrono::seconds(5));
        tcp.connect(
            boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port));
        ws_.read_message_max(64 << 20);
        ws_.handshake("127.0.0.1:" + std::to_string(port), target);
        tcp.expires_never();
        if (compression == WsCompression::zlib_stream) {
            zlib_ = std::make_unique<z_stream>();
            if (inflateInit_(zlib_.get(), ZLIB_VERSION, static_cast<int>(sizeof(z_stream))) !=
                Z_OK) {
                throw std::runtime_error("inflateInit failed");
            }
        } else if (compression == WsCompression::zstd_stream) {
            zstd_ = ZSTD_createDCtx();
        }
    }

    ~WsClient() {
        if (zlib_) inflateEnd(zlib_.get());
        if (zstd_ != nullptr) ZSTD_freeDCtx(zstd_);
        boost::beast::error_code ignored;
        boost::beast::get_lowest_layer(ws_).socket().close(ignored);
    }
    WsClient(const WsClient&) = delete;
    WsClient& operator=(const WsClient&) = delete;

    void send_text(std::string_view text) {
        ws_.text(true);
        ws_.write(boost::asio::buffer(text.data(), text.size()));
    }
    void send(const boost::json::value& payload) { send_text(boost::json::serialize(payload)); }
    void send_op(std::int64_t op, const boost::json::value& d) {
        send(boost::json::object{{"op", op}, {"d", d}});
    }

    /// The next message, decompressed. Throws WsClosed or WsTimeout.
    std::string receive_text(std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
        boost::beast::flat_buffer buffer;
        boost::beast::error_code ec;
        bool done = false;
        ws_.async_read(buffer, [&](boost::beast::error_code e, std::size_t) {
            ec = e;
            done = true;
        });
        ioc_.restart();
        ioc_.run_for(timeout);
        if (!done) {
            boost::beast::get_lowest_layer(ws_).socket().cancel();
            ioc_.restart();
            ioc_.run();
            throw WsTimeout("no message within the timeout");
        }
        if (ec == boost::beast::websocket::error::closed) {
            throw WsClosed(ws_.reason().code, std::string(ws_.reason().reason.c_str()));
        }
        if (ec) throw WsClosed(std::nullopt, ec.message());
        last_binary_ = ws_.got_binary();
        std::string raw = boost::beast::buffers_to_string(buffer.data());
        raw_bytes_ += raw.size();
        return decode(raw);
    }

    boost::json::object receive(std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
        return boost::json::parse(receive_text(timeout)).as_object();
    }

    /// Skips messages until one with the given op (and event name, for op 0) arrives.
    boost::json::object receive_until(int op, std::string_view event = {},
                                      std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
        const auto deadline = Clock::now() + timeout;
        while (true) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            if (left.count() <= 0) throw WsTimeout("expected op " + std::to_string(op));
            boost::json::object payload = receive(left);
            if (payload.at("op").as_int64() != op) continue;
            if (!event.empty() && payload.at("t") != boost::json::value(event)) continue;
            return payload;
        }
    }

    /// Reads until the server closes; returns its close code (nullopt: no close frame).
    std::optional<std::uint16_t> wait_close(
        std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
        const auto deadline = Clock::now() + timeout;
        try {
            while (true) {
                const auto left =
                    std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
                if (left.count() <= 0) throw WsTimeout("the server did not close");
                receive_text(left);
            }
        } catch (const WsClosed& closed) {
            last_close_reason_ = closed.reason;
            return closed.code;
        }
    }

    /// Sends a close frame with `code` and waits for the server's answer.
    void close(std::uint16_t code) {
        boost::beast::error_code ignored;
        ws_.close(boost::beast::websocket::close_reason(
                      static_cast<boost::beast::websocket::close_code>(code)),
                  ignored);
    }
    /// Drops the TCP connection without a close frame.
    void drop() {
        boost::beast::error_code ignored;
        boost::beast::get_lowest_layer(ws_).socket().close(ignored);
    }

    [[nodiscard]] bool last_binary() const { return last_binary_; }
    [[nodiscard]] bool last_had_zlib_suffix() const { return last_zlib_suffix_; }
    [[nodiscard]] std::size_t raw_bytes() const { return raw_bytes_; }
    [[nodiscard]] const std::string& last_close_reason() const { return last_close_reason_; }

  private:
    std::string decode(const std::string& raw) {
        std::array<unsigned char, 65536> chunk{};
        std::string out;
        if (compression_ == WsCompression::zlib_stream) {
            last_zlib_suffix_ = raw.size() >= 4 &&
                                raw.compare(raw.size() - 4, 4, std::string("\0\0\xff\xff", 4)) == 0;
            zlib_->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.data()));
            zlib_->avail_in = static_cast<uInt>(raw.size());
            do {
                zlib_->next_out = chunk.data();
                zlib_->avail_out = static_cast<uInt>(chunk.size());
                const int rc = inflate(zlib_.get(), Z_SYNC_FLUSH);
                if (rc != Z_OK && rc != Z_BUF_ERROR) throw std::runtime_error("inflate failed");
                out.append(reinterpret_cast<const char*>(chunk.data()),
                           chunk.size() - zlib_->avail_out);
            } while (zlib_->avail_out == 0);
            return out;
        }
        if (compression_ == WsCompression::zstd_stream) {
            ZSTD_inBuffer in{raw.data(), raw.size(), 0};
            while (true) {
                ZSTD_outBuffer buffer{chunk.data(), chunk.size(), 0};
                const std::size_t rc = ZSTD_decompressStream(zstd_, &buffer, &in);
                if (ZSTD_isError(rc) != 0U) throw std::runtime_error("zstd decompress failed");
                out.append(reinterpret_cast<const char*>(chunk.data()), buffer.pos);
                if (in.pos == in.size && buffer.pos < buffer.size) break;
            }
            return out;
        }
        return raw;
    }

    WsCompression compression_;
    boost::asio::io_context ioc_;
    boost::beast::websocket::stream<boost::beast::tcp_stream> ws_;
    std::unique_ptr<z_stream> zlib_;
    ZSTD_DCtx* zstd_ = nullptr;
    bool last_binary_ = false;
    bool last_zlib_suffix_ = false;
    std::size_t raw_bytes_ = 0;
    std::string last_close_reason_;
};

}  // namespace hikari::test

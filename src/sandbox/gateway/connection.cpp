#include "sandbox/gateway/connection.hpp"

#include <boost/asio/buffer.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace hikari::sandbox {
namespace asio = boost::asio;
namespace beast = boost::beast;

Connection::Connection(Stream stream, std::uint64_t id)
    : stream_(std::move(stream)), id_(id), signal_(stream_.get_executor()) {}

void Connection::wake() {
    signal_.cancel();
}

void Connection::send(std::string_view payload) {
    if (closing_) return;
    queue_.push_back(Frame{compressor_.compress(payload)});
    wake();
}

void Connection::close(std::uint16_t code, std::string_view reason) {
    if (closing_) return;
    closing_ = true;
    server_close_code = code;
    producer_ = nullptr;
    queue_.push_back(Frame{std::string(reason), true, code});
    wake();
}

void Connection::drop() {
    if (dropped_) return;
    closing_ = true;
    dropped_ = true;
    producer_ = nullptr;
    queue_.clear();
    beast::error_code ignored;
    beast::get_lowest_layer(stream_).socket().shutdown(asio::ip::tcp::socket::shutdown_both,
                                                       ignored);
    beast::get_lowest_layer(stream_).socket().close(ignored);
    wake();
}

void Connection::set_producer(Producer producer) {
    producer_ = std::move(producer);
    wake();
}

asio::awaitable<void> Connection::write_loop() {
    auto self = shared_from_this();
    beast::error_code ec;
    while (!dropped_) {
        if (queue_.empty() && producer_ && !producer_(*this)) producer_ = nullptr;
        if (queue_.empty()) {
            if (closing_) break;
            signal_.expires_at(asio::steady_timer::time_point::max());
            co_await signal_.async_wait(asio::redirect_error(asio::use_awaitable, ec));
            continue;
        }
        Frame frame = std::move(queue_.front());
        queue_.pop_front();
        if (frame.close) {
            stream_.binary(false);
            co_await stream_.async_close(
                beast::websocket::close_reason(
                    static_cast<beast::websocket::close_code>(frame.code), frame.bytes),
                asio::redirect_error(asio::use_awaitable, ec));
            break;
        }
        stream_.binary(compressor_.binary());
        co_await stream_.async_write(asio::buffer(frame.bytes),
                                     asio::redirect_error(asio::use_awaitable, ec));
        if (ec) break;
    }
    closing_ = true;
    queue_.clear();
}

}  // namespace hikari::sandbox

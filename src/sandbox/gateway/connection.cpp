#include "sandbox/gateway/connection.hpp"

#include <boost/asio/buffer.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

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

namespace {

/// A server frame's header (FIN, not masked) for a payload of `size` bytes (RFC 6455 5.2).
void append_frame_header(std::string& out, bool binary, std::size_t size) {
    out.push_back(static_cast<char>(binary ? 0x82 : 0x81));
    if (size < 126) {
        out.push_back(static_cast<char>(size));
    } else if (size <= 0xFFFF) {
        out.push_back(static_cast<char>(126));
        out.push_back(static_cast<char>(size >> 8U));
        out.push_back(static_cast<char>(size & 0xFFU));
    } else {
        out.push_back(static_cast<char>(127));
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.push_back(static_cast<char>((static_cast<std::uint64_t>(size) >> shift) & 0xFFU));
        }
    }
}

}  // namespace

void Connection::append_message(std::string& batch, std::string_view payload) {
    if (compressor_.mode() == Compression::none) {
        append_frame_header(batch, false, payload.size());
        batch.append(payload);
        return;
    }
    compressor_.compress(payload, scratch_);
    append_frame_header(batch, true, scratch_.size());
    batch.append(scratch_);
}

void Connection::send_batch(std::string batch) {
    if (closing_ || batch.empty()) return;
    queue_.push_back(Frame{std::move(batch), false, 0, true});
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
        if (frame.framed) {
            co_await asio::async_write(beast::get_lowest_layer(stream_).socket(),
                                       asio::buffer(frame.bytes),
                                       asio::redirect_error(asio::use_awaitable, ec));
            if (ec) break;
            continue;
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

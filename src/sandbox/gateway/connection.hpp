#pragma once
// One websocket connection of the gateway: the stream, its compression context and an
// ordered outbound queue drained by a single writer coroutine (Beast allows one write at a
// time). Frames are compressed when queued, so the stream context sees them in send order.

#include "sandbox/gateway/compressor.hpp"
#include "sandbox/gateway/identify_queue.hpp"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::sandbox {

struct Session;

class Connection : public std::enable_shared_from_this<Connection> {
  public:
    using Stream = boost::beast::websocket::stream<boost::beast::tcp_stream>;
    /// Called by the writer when its queue is empty; queues more frames and returns false
    /// once it has nothing left (used by flood mode to send as fast as the client reads).
    using Producer = std::function<bool(Connection&)>;

    Connection(Stream stream, std::uint64_t id);

    [[nodiscard]] std::uint64_t id() const noexcept { return id_; }
    Stream& stream() noexcept { return stream_; }

    /// Must be called once, before anything is sent.
    void set_compression(Compression mode) { compressor_ = Compressor(mode); }
    [[nodiscard]] Compression compression() const noexcept { return compressor_.mode(); }

    /// False once a close or drop was requested: nothing more is sent or handled.
    [[nodiscard]] bool open() const noexcept { return !closing_; }

    void send(std::string_view payload);
    /// Appends `payload` to `batch` as one whole websocket message, compressed by this
    /// connection's context and framed, for send_batch(). Messages must be queued in the order
    /// they were compressed: nothing else may be sent between append and send_batch.
    void append_message(std::string& batch, std::string_view payload);
    /// Queues messages framed by append_message(), written to the socket in one go (flood
    /// mode: one write per few hundred frames instead of one per frame). Beast does not know
    /// of these bytes; if the client closes while a batch is being written, Beast's close
    /// echo may interleave with it (a benchmark tool's limitation, not Discord's).
    void send_batch(std::string batch);
    [[nodiscard]] std::size_t queued() const noexcept { return queue_.size(); }
    /// Sends a close frame after the frames already queued.
    void close(std::uint16_t code, std::string_view reason);
    /// Drops the TCP connection at once, without a close frame.
    void drop();
    void set_producer(Producer producer);

    /// Drains the queue until the connection closes; run once per connection.
    boost::asio::awaitable<void> write_loop();

    // Protocol state, owned by the hub.
    std::shared_ptr<Session> session;
    std::optional<std::uint16_t> server_close_code;
    std::uint64_t acks_to_skip = 0;
    GatewayClock::time_point heartbeat_deadline{};
    std::optional<SendLimiter> send_limiter;
    std::string resume_url;

  private:
    struct Frame {
        std::string bytes;
        bool close = false;
        std::uint16_t code = 0;
        bool framed = false;  ///< bytes already are websocket frames (send_batch)
    };
    void wake();

    Stream stream_;
    std::uint64_t id_;
    Compressor compressor_{Compression::none};
    std::string scratch_;  // append_message's compressed bytes, reused
    std::deque<Frame> queue_;
    Producer producer_;
    boost::asio::steady_timer signal_;
    bool closing_ = false;
    bool dropped_ = false;
};

}  // namespace hikari::sandbox

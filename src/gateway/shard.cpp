#include <hikari/gateway/shard.hpp>

#include <hikari/core/errors.hpp>
#include <hikari/core/logging.hpp>

#include "gateway/backoff.hpp"
#include "gateway/close_policy.hpp"
#include "gateway/envelope.hpp"
#include "gateway/payloads.hpp"
#include "gateway/send_limiter.hpp"
#include "gateway/signal.hpp"
#include "gateway/transport_decompressor.hpp"
#include "gateway/ws_connection.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <deque>
#include <random>
#include <set>

namespace hikari {
namespace asio = boost::asio;
using asio::use_awaitable;
using namespace std::chrono_literals;
using namespace asio::experimental::awaitable_operators;
using gateway::AfterClose;

namespace {

// Payloads are handed on in place (uncompressed: in the read buffer; compressed: in the
// decompressor's output), so both must keep the padding the public type promises.
static_assert(gateway::WsConnection::padding >= GatewayDispatch::padding);
static_assert(gateway::TransportDecompressor::padding >= GatewayDispatch::padding);
static_assert(GatewayDispatch::padding >= simdjson::SIMDJSON_PADDING);

// Closing with 1000/1001 would end the session; any other code keeps it resumable.
constexpr std::uint16_t close_keep_session = 3000;
constexpr std::uint16_t close_end_session = 1000;

enum Op : int {
    op_dispatch = 0,
    op_heartbeat = 1,
    op_reconnect = 7,
    op_invalid_session = 9,
    op_hello = 10,
    op_heartbeat_ack = 11,
};

struct Outgoing {
    std::string text;
    std::optional<std::uint16_t> close_code;  ///< set: send a close frame instead of text
};

std::string with_query(const std::string& base, GatewayCompression compression) {
    std::string url = base;
    // Discord's URLs come without a path; the websocket handshake needs one.
    auto scheme_end = url.find("://");
    if (scheme_end != std::string::npos && url.find('/', scheme_end + 3) == std::string::npos) {
        url += '/';
    }
    url += url.find('?') == std::string::npos ? '?' : '&';
    url += "v=10&encoding=json";
    if (compression != GatewayCompression::uncompressed) {
        url += "&compress=";
        url += to_string(compression);
    }
    return url;
}

}  // namespace

class GatewayShard::Impl : public std::enable_shared_from_this<Impl> {
  public:
    Impl(asio::io_context& io, GatewayShardSettings settings, DispatchHandler handler)
        : executor_(io.get_executor()),
          settings_(std::move(settings)),
          handler_(std::move(handler)),
          log_(log::get("hikari.gateway." + std::to_string(settings_.shard_id))),
          connect_options_{settings_.verify_tls, settings_.ca_file, settings_.proxy.resolve()},
          changed_(executor_),
          heartbeat_timer_(executor_),
          outbox_signal_(executor_) {
        if (settings_.initial_presence) presence_.apply(*settings_.initial_presence);
    }

    GatewayShard* owner = nullptr;

    // --- lifecycle --------------------------------------------------------------------

    Task<void> start() {
        if (state_ != State::idle) {
            throw ComponentStateConflictError("gateway shard " + std::to_string(id()) +
                                              " was already started");
        }
        state_ = State::running;
        asio::co_spawn(
            executor_, [self = shared_from_this()]() { return self->run(); }, asio::detached);
        while (!ready_ && state_ != State::stopped) co_await changed_.wait();
        if (fatal_) std::rethrow_exception(fatal_);
        if (!ready_) throw ComponentStateConflictError("gateway shard was closed while starting");
    }

    Task<void> close() {
        if (state_ == State::idle) {
            state_ = State::stopped;
            co_return;
        }
        if (state_ == State::running) {
            state_ = State::closing;
            log_.info("shard {} closing", id());
            backoff_wakeup();
            if (conn_) {
                enqueue_front({{}, close_end_session});
            }
            wake_waiting_senders();
            changed_.notify();
        }
        while (state_ != State::stopped) co_await changed_.wait();
    }

    Task<void> join() {
        while (state_ != State::stopped && state_ != State::idle) co_await changed_.wait();
        if (fatal_) std::rethrow_exception(fatal_);
    }

    // --- commands ---------------------------------------------------------------------

    Task<void> send_command(std::string text) {
        while (true) {
            if (state_ != State::running) {
                throw ComponentStateConflictError("gateway shard " + std::to_string(id()) +
                                                  " is not running");
            }
            auto wait = limiter_.try_acquire(std::chrono::steady_clock::now());
            if (wait == 0ms) break;
            log_.debug("outbound rate limit reached, waiting {} ms", wait.count());
            asio::steady_timer timer{executor_, wait};
            waiting_senders_.insert(&timer);
            co_await timer.async_wait(asio::as_tuple(use_awaitable));
            waiting_senders_.erase(&timer);
        }
        enqueue_back({std::move(text), std::nullopt});
    }

    Task<void> update_presence(const PresenceUpdate& update) {
        gateway::PresenceState next = presence_;
        next.apply(update);
        co_await send_command(gateway::presence_payload(next));
        presence_ = next;
    }

    // --- accessors ------------------------------------------------------------------------

    [[nodiscard]] unsigned id() const noexcept { return settings_.shard_id; }
    [[nodiscard]] const GatewayShardSettings& settings() const noexcept { return settings_; }
    [[nodiscard]] bool alive() const noexcept {
        return state_ == State::running || state_ == State::closing;
    }
    [[nodiscard]] bool connected() const noexcept { return conn_ != nullptr && ready_; }
    [[nodiscard]] std::optional<std::chrono::duration<double>> latency() const noexcept {
        return latency_;
    }
    [[nodiscard]] std::optional<std::string> session() const { return session_id_; }
    [[nodiscard]] std::optional<std::uint64_t> seq() const noexcept { return sequence_; }
    [[nodiscard]] Stats stats() const noexcept { return stats_; }

  private:
    enum class State : std::uint8_t { idle, running, closing, stopped };

    // --- the connection loop -------------------------------------------------------------

    Task<void> run() {
        try {
            while (state_ == State::running) {
                if (auto delay = backoff_.next(); delay > 0ms) {
                    log_.info("reconnecting in {:.2f} s",
                              static_cast<double>(delay.count()) / 1000);
                    asio::steady_timer timer{executor_, delay};
                    backoff_timer_ = &timer;
                    co_await timer.async_wait(asio::as_tuple(use_awaitable));
                    backoff_timer_ = nullptr;
                    if (state_ != State::running) break;
                }
                co_await run_connection();
            }
        } catch (...) {
            fatal_ = std::current_exception();
        }
        state_ = State::stopped;
        ready_ = false;
        log_.info("shard {} stopped", id());
        wake_waiting_senders();
        changed_.notify();
    }

    /// Commands waiting for the outbound limit learn at once that the shard is closing.
    void wake_waiting_senders() {
        for (asio::steady_timer* timer : waiting_senders_) timer->cancel();
    }

    void backoff_wakeup() {
        if (backoff_timer_ != nullptr) backoff_timer_->cancel();
    }

    /// One websocket connection from connect to close. Returns to reconnect; throws to stop.
    Task<void> run_connection() {
        const bool resuming = session_id_.has_value() && sequence_.has_value();
        const std::string& base = resuming && !resume_url_.empty() ? resume_url_ : settings_.url;
        auto url = with_query(base, settings_.compression);
        log_.debug("connecting to {}", url);
        std::unique_ptr<gateway::WsConnection> conn;
        try {
            conn = co_await gateway::WsConnection::connect(executor_, url, connect_options_,
                                                           settings_.connect_timeout);
        } catch (const GatewayCertificateError& e) {
            if (!ever_connected_) throw;  // an untrusted certificate stays untrusted
            log_.warning("{}", e.what());
            co_return;
        } catch (const GatewayConnectionError& e) {
            if (!ever_connected_ && backoff_.failures() >= 3) throw;  // a bad URL, no server
            log_.warning("{}", e.what());
            co_return;
        }
        ++stats_.connects;
        ever_connected_ = true;
        conn_ = std::move(conn);
        if (settings_.on_connected) settings_.on_connected(id());
        inflater_ = gateway::TransportDecompressor::create(settings_.compression);
        limiter_.reset();
        outbox_.clear();
        acked_ = true;
        hello_seen_ = false;
        const auto generation = ++generation_;

        asio::co_spawn(executor_, writer(generation), asio::detached);
        std::optional<AfterClose> after;
        try {
            after = co_await read_loop(generation, resuming);
        } catch (const gateway::DecompressionError& e) {
            log_.warning("transport error: {}; reconnecting", e.what());
            conn_->abort();
        } catch (const JsonError& e) {
            log_.warning("malformed payload from the gateway ({}); reconnecting", e.what());
            conn_->abort();
        } catch (const simdjson::simdjson_error& e) {
            log_.warning("malformed payload from the gateway ({}); reconnecting", e.what());
            conn_->abort();
        }
        // Tear down this connection's helpers before the next one starts.
        ++generation_;
        heartbeat_timer_.cancel();
        outbox_signal_.notify();
        const auto info = conn_->close_info();
        stats_.bytes_in += inflater_->bytes_in;
        stats_.bytes_out += inflater_->bytes_out;
        conn_.reset();
        ready_ = false;
        changed_.notify();
        if (settings_.on_disconnected) settings_.on_disconnected(id());

        if (state_ != State::running) co_return;
        if (!after) after = info.code ? gateway::after_close(*info.code) : AfterClose::resume;
        if (info.code) {
            log_.warning("gateway closed the connection with {} {}", *info.code, info.reason);
        } else {
            log_.warning("connection lost ({})", info.reason);
        }
        if (*after == AfterClose::stop) {
            throw GatewayServerClosedConnectionError(*info.code, info.reason, false);
        }
        if (*after == AfterClose::reidentify) forget_session();
    }

    /// Reads until the connection ends; returns what to do next when the protocol decided it.
    Task<std::optional<AfterClose>> read_loop(std::uint64_t generation, bool resuming) {
        // HELLO must come first and soon.
        asio::steady_timer hello_deadline{executor_, settings_.connect_timeout};
        hello_deadline.async_wait([this, generation](boost::system::error_code ec) {
            if (!ec && generation == generation_ && !hello_seen_ && conn_) {
                log_.warning("no HELLO within {} ms", settings_.connect_timeout.count());
                conn_->abort();
            }
        });
        std::optional<AfterClose> after;
        while (true) {
            // Buffered messages are taken without a coroutine round trip; read() only when
            // the buffer is exhausted (one read brings in many frames during a burst).
            auto message = conn_->poll();
            if (!message) message = co_await conn_->read();
            if (!message) break;
            auto payload = inflater_->feed_padded(*message);
            if (!payload) continue;
            auto env = gateway::read_envelope(*payload);
            if (env.sequence) sequence_ = env.sequence;
            switch (env.op) {
                case op_dispatch:
                    handle_dispatch(env, *payload);
                    break;
                case op_hello: {
                    hello_seen_ = true;
                    hello_deadline.cancel();
                    auto doc = document_of(*payload);
                    auto interval = doc["d"]["heartbeat_interval"].get_uint64().value();
                    heartbeat_interval_ = std::chrono::milliseconds{interval};
                    limiter_.set_heartbeat_interval(heartbeat_interval_);
                    log_.debug("HELLO, heartbeat interval {} ms", interval);
                    asio::co_spawn(executor_, heartbeat(generation), asio::detached);
                    co_await identify_or_resume(resuming);
                    break;
                }
                case op_heartbeat_ack:
                    acked_ = true;
                    latency_ = std::chrono::steady_clock::now() - last_beat_;
                    log_.trace("heartbeat ACK, latency {:.3f} ms", latency_->count() * 1000);
                    break;
                case op_heartbeat:
                    log_.debug("the gateway asked for a heartbeat");
                    send_heartbeat();
                    break;
                case op_reconnect:
                    log_.info("the gateway asked us to reconnect");
                    after = AfterClose::resume;
                    enqueue_front({{}, close_keep_session});
                    break;
                case op_invalid_session: {
                    auto doc = document_of(*payload);
                    bool resumable = doc["d"].get_bool().value();
                    log_.info("invalid session ({})", resumable ? "resumable" : "not resumable");
                    if (resumable) {
                        after = AfterClose::resume;
                        enqueue_front({{}, close_keep_session});
                    } else {
                        forget_session();
                        after = AfterClose::reidentify;
                        // Discord asks for a pause of 1-5 s before identifying again.
                        std::uniform_int_distribution<int> pause(1000, 5000);
                        asio::steady_timer timer{executor_, std::chrono::milliseconds{pause(rng_)}};
                        co_await timer.async_wait(asio::as_tuple(use_awaitable));
                        enqueue_front({{}, close_end_session});
                    }
                    break;
                }
                default:
                    log_.debug("ignoring unknown opcode {}", env.op);
                    break;
            }
        }
        hello_deadline.cancel();
        co_return after;
    }

    /// The payload for reading by key, for the rare payloads whose `d` the shard reads itself
    /// (HELLO, INVALID_SESSION, READY). Throws simdjson_error on bad JSON.
    simdjson::ondemand::document document_of(std::string_view payload) {
        simdjson::ondemand::document document;
        const auto error = parser_
                               .iterate(payload.data(), payload.size(),
                                        payload.size() + simdjson::SIMDJSON_PADDING)
                               .get(document);
        if (error != simdjson::SUCCESS) throw simdjson::simdjson_error(error);
        return document;
    }

    void handle_dispatch(const gateway::Envelope& env, std::string_view payload) {
        ++stats_.dispatches;
        if (env.event_name == "READY") {
            auto doc = document_of(payload);
            auto d = doc["d"];
            session_id_ = std::string(d["session_id"].get_string().value());
            doc.rewind();
            auto resume = doc["d"]["resume_gateway_url"];
            if (!resume.error()) resume_url_ = std::string(resume.get_string().value());
            doc.rewind();
            mark_ready("READY");
        } else if (env.event_name == "RESUMED") {
            mark_ready("RESUMED");
        }
        // The envelope offered its index for `d` to the handler's model read; the offer must
        // not outlive this payload, whose buffer later reads reuse.
        struct WithdrawOffer {
            WithdrawOffer() = default;
            WithdrawOffer(const WithdrawOffer&) = delete;
            WithdrawOffer& operator=(const WithdrawOffer&) = delete;
            ~WithdrawOffer() { json::withdraw_offered_index(); }
        } const withdraw;
        if (handler_) {
            GatewayDispatch dispatch{env.event_name, env.sequence.value_or(0), payload, env.data};
            handler_(*owner, dispatch);
        }
    }

    void mark_ready(std::string_view what) {
        log_.info("shard {} {} (session {})", id(), what, session_id_.value_or("?"));
        ready_ = true;
        backoff_.reset();
        changed_.notify();
    }

    void forget_session() {
        session_id_.reset();
        sequence_.reset();
        resume_url_.clear();
    }

    Task<void> identify_or_resume(bool resuming) {
        if (resuming && session_id_ && sequence_) {
            ++stats_.resumes;
            log_.info("resuming session {} at sequence {}", *session_id_, *sequence_);
            enqueue_back({gateway::resume_payload(settings_.token, *session_id_, *sequence_), {}});
            co_return;
        }
        forget_session();
        if (settings_.before_identify) {
            co_await settings_.before_identify(id());
        } else if (last_identify_) {
            // Alone, a shard keeps Discord's one IDENTIFY per 5 s itself; identifying sooner
            // is answered with INVALID_SESSION and costs a session start.
            auto ready_at = *last_identify_ + identify_interval;
            if (auto now = std::chrono::steady_clock::now(); now < ready_at) {
                asio::steady_timer timer{executor_, ready_at - now};
                co_await timer.async_wait(asio::as_tuple(use_awaitable));
            }
        }
        last_identify_ = std::chrono::steady_clock::now();
        ++stats_.identifies;
        log_.info("identifying as shard {}/{} with intents {}", id(), settings_.shard_count,
                  settings_.intents.to_string());
        const bool has_presence = settings_.initial_presence.has_value();
        enqueue_back(
            {gateway::identify_payload(settings_, has_presence ? &presence_ : nullptr), {}});
    }

    // --- heartbeats ------------------------------------------------------------------------

    void send_heartbeat() {
        limiter_.record_heartbeat(std::chrono::steady_clock::now());
        last_beat_ = std::chrono::steady_clock::now();
        ++stats_.heartbeats_sent;
        enqueue_front({gateway::heartbeat_payload(sequence_), {}});
    }

    Task<void> heartbeat(std::uint64_t generation) {
        // The first beat is jittered so that shards started together don't beat together.
        std::uniform_real_distribution<double> jitter(0.0, 1.0);
        auto first = std::chrono::duration_cast<std::chrono::milliseconds>(heartbeat_interval_ *
                                                                           jitter(rng_));
        heartbeat_timer_.expires_after(first);
        co_await heartbeat_timer_.async_wait(asio::as_tuple(use_awaitable));
        while (generation == generation_ && conn_) {
            if (!acked_) {
                ++stats_.zombies;
                log_.warning(
                    "no heartbeat ACK since the last beat: the connection is a zombie, "
                    "reconnecting");
                conn_->abort();
                co_return;
            }
            acked_ = false;
            send_heartbeat();
            heartbeat_timer_.expires_after(heartbeat_interval_);
            co_await heartbeat_timer_.async_wait(asio::as_tuple(use_awaitable));
        }
    }

    // --- the outbox ------------------------------------------------------------------------

    void enqueue_back(Outgoing out) {
        outbox_.push_back(std::move(out));
        outbox_signal_.notify();
    }
    void enqueue_front(Outgoing out) {
        outbox_.push_front(std::move(out));
        outbox_signal_.notify();
    }

    /// The one writer of a connection: Beast allows a single write in flight.
    Task<void> writer(std::uint64_t generation) {
        while (generation == generation_) {
            if (outbox_.empty()) {
                co_await outbox_signal_.wait();
                continue;
            }
            Outgoing out = std::move(outbox_.front());
            outbox_.pop_front();
            if (!conn_) co_return;
            try {
                if (out.close_code) {
                    co_await conn_->close(*out.close_code, "");
                    co_return;
                }
                log_.trace("sending {}", redact(out.text, settings_.token));
                co_await conn_->write(out.text);
            } catch (const boost::system::system_error& e) {
                log_.debug("write failed: {}", e.code().message());
                if (generation == generation_ && conn_) conn_->abort();
                co_return;
            }
        }
    }

    asio::any_io_executor executor_;
    GatewayShardSettings settings_;
    DispatchHandler handler_;
    log::Logger log_;
    gateway::ConnectOptions connect_options_;

    State state_ = State::idle;
    bool ready_ = false;
    bool ever_connected_ = false;
    bool hello_seen_ = false;
    std::exception_ptr fatal_;
    gateway::Signal changed_;

    // Discord allows one IDENTIFY per 5 s; the slack absorbs the time between our clock
    // reading and the gateway's (seen: a 5.000 s gap judged "too soon" by a few ms).
    static constexpr std::chrono::milliseconds identify_interval{5'500};
    std::optional<std::chrono::steady_clock::time_point> last_identify_;
    std::optional<std::string> session_id_;
    std::optional<std::uint64_t> sequence_;
    std::string resume_url_;

    std::unique_ptr<gateway::WsConnection> conn_;
    std::uint64_t generation_ = 0;
    std::unique_ptr<gateway::TransportDecompressor> inflater_;
    simdjson::ondemand::parser parser_;

    std::chrono::milliseconds heartbeat_interval_{41'250};
    bool acked_ = true;
    std::chrono::steady_clock::time_point last_beat_{};
    std::optional<std::chrono::duration<double>> latency_;
    asio::steady_timer heartbeat_timer_;

    std::deque<Outgoing> outbox_;
    std::set<asio::steady_timer*> waiting_senders_;
    gateway::Signal outbox_signal_;
    gateway::SendLimiter limiter_;
    gateway::Backoff backoff_;
    asio::steady_timer* backoff_timer_ = nullptr;
    gateway::PresenceState presence_;
    std::mt19937_64 rng_{std::random_device{}()};
    Stats stats_;
};

GatewayShard::GatewayShard(asio::io_context& io, GatewayShardSettings settings,
                           DispatchHandler on_dispatch)
    : impl_(std::make_shared<Impl>(io, std::move(settings), std::move(on_dispatch))) {
    impl_->owner = this;
}

GatewayShard::~GatewayShard() = default;

Task<void> GatewayShard::start() {
    return impl_->start();
}
Task<void> GatewayShard::close() {
    return impl_->close();
}
Task<void> GatewayShard::join() {
    return impl_->join();
}

Task<void> GatewayShard::update_presence(const PresenceUpdate& presence) {
    return impl_->update_presence(presence);
}

Task<void> GatewayShard::update_voice_state(Snowflake guild_id, std::optional<Snowflake> channel_id,
                                            bool self_mute, bool self_deaf) {
    return impl_->send_command(
        gateway::voice_state_payload(guild_id, channel_id, self_mute, self_deaf));
}

Task<void> GatewayShard::request_guild_members(const RequestGuildMembers& request) {
    // Validate before suspending, so a bad request throws at the call.
    auto payload = gateway::request_guild_members_payload(request, impl_->settings().intents);
    return impl_->send_command(std::move(payload));
}

bool GatewayShard::is_alive() const noexcept {
    return impl_->alive();
}
bool GatewayShard::is_connected() const noexcept {
    return impl_->connected();
}
unsigned GatewayShard::id() const noexcept {
    return impl_->id();
}
unsigned GatewayShard::shard_count() const noexcept {
    return impl_->settings().shard_count;
}
Intents GatewayShard::intents() const noexcept {
    return impl_->settings().intents;
}
std::optional<std::chrono::duration<double>> GatewayShard::heartbeat_latency() const noexcept {
    return impl_->latency();
}
std::optional<std::string> GatewayShard::session_id() const {
    return impl_->session();
}
std::optional<std::uint64_t> GatewayShard::sequence() const noexcept {
    return impl_->seq();
}
GatewayShard::Stats GatewayShard::stats() const noexcept {
    return impl_->stats();
}

}  // namespace hikari

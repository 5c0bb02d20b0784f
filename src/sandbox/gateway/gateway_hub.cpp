#include "sandbox/gateway/gateway_hub.hpp"

#include "sandbox/gateway/hub_impl.hpp"
#include "sandbox/gateway/payloads.hpp"
#include "sandbox/state/world.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/json/serialize.hpp>
#include <boost/url/parse.hpp>

namespace hikari::sandbox {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace json = boost::json;

GatewayHub::Impl::Impl(asio::any_io_executor executor_, World& world_,
                       const GatewayOptions& options_)
    : executor(std::move(executor_)),
      world(world_),
      options(options_),
      identify_queue(options_.max_concurrency, options_.identify_interval),
      start_limit(options_.session_start_total, options_.session_start_remaining,
                  options_.session_start_reset_after, options_.max_concurrency) {
    if (options.heartbeat_interval.count() <= 0) throw ValueError("heartbeat_interval must be > 0");
    if (options.large_threshold_min > options.large_threshold_max) {
        throw ValueError("large_threshold_min exceeds large_threshold_max");
    }
}

namespace {

/// Completion of the detached coroutines: a failure is logged, never rethrown into run().
void log_failure(std::exception_ptr error) {
    if (!error) return;
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        spdlog::error("gateway: connection task failed: {}", e.what());
    }
}

struct QueryParams {
    std::string v;
    std::string encoding;
    std::string compress;
    bool has_v = false;
    bool has_encoding = false;
};

QueryParams parse_query(std::string_view target) {
    QueryParams out;
    auto url = boost::urls::parse_origin_form(target);
    if (!url) return out;
    for (const auto& param : url->params()) {
        if (param.key == "v") {
            out.v = param.value;
            out.has_v = true;
        } else if (param.key == "encoding") {
            out.encoding = param.value;
            out.has_encoding = true;
        } else if (param.key == "compress") {
            out.compress = param.value;
        }
    }
    return out;
}

}  // namespace

asio::awaitable<void> GatewayHub::Impl::run(
    std::shared_ptr<Connection> connection,
    beast::http::request<beast::http::string_body> request) {
    auto self = shared_from_this();
    beast::error_code ec;
    auto& stream = connection->stream();
    websocket::stream_base::timeout timeouts =
        websocket::stream_base::timeout::suggested(beast::role_type::server);
    timeouts.handshake_timeout = std::chrono::seconds(5);
    stream.set_option(timeouts);
    // Beast would answer an oversized message with 1009; Discord answers 4002, so the size is
    // checked here and Beast only guards against absurd frames.
    stream.read_message_max(std::max<std::size_t>(options.max_payload_size * 16, 1 << 20));
    stream.set_option(websocket::stream_base::decorator([](websocket::response_type& response) {
        response.set(beast::http::field::server, "hikari-sandbox");
    }));
    co_await stream.async_accept(request, asio::redirect_error(asio::use_awaitable, ec));
    if (ec) {
        spdlog::warn("gateway: websocket handshake #{} failed: {}", connection->id(), ec.message());
        connections.erase(connection->id());
        co_return;
    }
    if (options.public_url.empty()) {
        const auto local = beast::get_lowest_layer(stream).socket().local_endpoint(ec);
        connection->resume_url =
            ec ? std::string("ws://127.0.0.1")
               : "ws://" + local.address().to_string() + ":" + std::to_string(local.port());
    } else {
        connection->resume_url = options.public_url;
    }
    const QueryParams query = parse_query(request.target());
    const auto compression = parse_compression(query.compress);
    connection->set_compression(compression.value_or(Compression::none));
    connection->send_limiter.emplace(options.send_limit, options.send_window);
    asio::co_spawn(executor, connection->write_loop(), log_failure);
    spdlog::info("gateway: connection #{} {}", connection->id(), std::string(request.target()));

    if (!query.has_v || query.v != "10") {
        close(*connection, close_code::invalid_api_version);
    } else if (query.has_encoding && query.encoding == "etf") {
        // Discord speaks ETF; the sandbox does not, and says so instead of garbling frames.
        connection->close(close_code::unknown_error,
                          "ETF encoding is not supported by the sandbox.");
    } else if (query.has_encoding && query.encoding != "json") {
        close(*connection, close_code::decode_error);
    } else if (!compression) {
        close(*connection, close_code::decode_error);
    } else {
        connection->send(control_payload(
            Opcode::hello, json::object{{"heartbeat_interval", options.heartbeat_interval.count()},
                                        {"_trace", json::array{R"(["sandbox-gateway",{}])"}}}));
        const auto grace = options.heartbeat_grace.count() > 0 ? options.heartbeat_grace
                                                               : options.heartbeat_interval;
        connection->heartbeat_deadline = GatewayClock::now() + options.heartbeat_interval + grace;
        asio::co_spawn(executor, watchdog(connection), log_failure);
    }

    beast::flat_buffer buffer;
    std::optional<std::uint16_t> client_code;
    while (true) {
        buffer.clear();
        co_await stream.async_read(buffer, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            if (ec == websocket::error::closed) client_code = stream.reason().code;
            break;
        }
        if (!connection->open()) continue;  // closing: drain until the peer answers
        try {
            handle_frame(*connection, beast::buffers_to_string(buffer.data()));
        } catch (const std::exception& error) {
            // A bug in a handler must not take the server down; tell the client as Discord.
            spdlog::error("gateway: #{} handler failed: {}", connection->id(), error.what());
            close(*connection, close_code::unknown_error);
        }
    }
    if (client_code && !connection->server_close_code) {
        spdlog::info("gateway: #{} closed by client with {}", connection->id(), *client_code);
    } else if (!client_code) {
        spdlog::info("gateway: #{} disconnected ({})", connection->id(), ec.message());
    }
    connection->drop();
    detach(*connection, connection->server_close_code ? std::nullopt : client_code);
    connections.erase(connection->id());
}

asio::awaitable<void> GatewayHub::Impl::watchdog(std::shared_ptr<Connection> connection) {
    auto self = shared_from_this();
    asio::steady_timer timer(executor);
    beast::error_code ec;
    while (connection->open()) {
        timer.expires_at(connection->heartbeat_deadline);
        co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
        if (!connection->open()) break;
        if (GatewayClock::now() >= connection->heartbeat_deadline) {
            spdlog::warn("gateway: #{} missed its heartbeats", connection->id());
            close(*connection, close_code::session_timed_out);
            break;
        }
    }
}

void GatewayHub::Impl::close(Connection& connection, std::uint16_t code) {
    if (!connection.open()) return;
    spdlog::info("gateway: closing #{} with {} {}", connection.id(), code, close_reason(code));
    connection.close(code, close_reason(code));
}

void GatewayHub::Impl::invalid_session(Connection& connection, bool resumable) {
    connection.send(control_payload(Opcode::invalid_session, json::value(resumable)));
}

void GatewayHub::Impl::detach(Connection& connection,
                              std::optional<std::uint16_t> client_close_code) {
    auto session = std::move(connection.session);
    if (!session || session->connection.get() != &connection) return;
    session->connection.reset();
    session->detached_at = GatewayClock::now();
    const bool client_ends =
        client_close_code && (*client_close_code == 1000 || *client_close_code == 1001);
    const bool server_ends =
        connection.server_close_code && !close_keeps_session(*connection.server_close_code);
    if (client_ends || server_ends) forget_session(session->id);
}

void GatewayHub::Impl::forget_session(const std::string& id) {
    if (sessions.erase(id) != 0) spdlog::info("gateway: session {} ended", id);
}

void GatewayHub::Impl::purge_expired() {
    const auto now = GatewayClock::now();
    for (auto it = sessions.begin(); it != sessions.end();) {
        const Session& session = *it->second;
        if (!session.connection && now - session.detached_at > options.session_timeout) {
            spdlog::info("gateway: session {} expired", it->first);
            it = sessions.erase(it);
        } else {
            ++it;
        }
    }
}

std::vector<Snowflake> GatewayHub::Impl::guilds_of(unsigned shard_id, unsigned shard_count) const {
    std::vector<Snowflake> out;
    for (Snowflake id : world.guild_ids()) {
        if (id.shard_id(shard_count) == shard_id) out.push_back(id);
    }
    return out;
}

void GatewayHub::Impl::stop() {
    stopped = true;
    // Sessions and connections point at each other; unlink them so that nothing is left
    // behind when the io_context is stopped before the connection tasks finish.
    for (auto& [id, connection] : connections) {
        connection->drop();
        connection->session.reset();
    }
    for (auto& [id, session] : sessions) session->connection.reset();
    sessions.clear();
}

GatewayHub::GatewayHub(asio::any_io_executor executor, World& world, const GatewayOptions& options)
    : impl_(std::make_shared<Impl>(std::move(executor), world, options)) {}

GatewayHub::~GatewayHub() {
    if (impl_) impl_->stop();
}

void GatewayHub::accept(asio::ip::tcp::socket socket,
                        beast::http::request<beast::http::string_body> upgrade_request) {
    if (impl_->stopped) return;
    auto connection = std::make_shared<Connection>(
        Connection::Stream(beast::tcp_stream(std::move(socket))), impl_->next_connection_id++);
    impl_->connections.emplace(connection->id(), connection);
    asio::co_spawn(impl_->executor, impl_->run(connection, std::move(upgrade_request)),
                   log_failure);
}

void GatewayHub::dispatch(std::string_view event_name, json::object data,
                          std::optional<Snowflake> guild_id, std::uint32_t required_intents) {
    impl_->dispatch(event_name, data, guild_id, required_intents);
}

json::object GatewayHub::session_start_limit() const {
    const auto now = GatewayClock::now();
    return json::object{{"total", impl_->start_limit.total()},
                        {"remaining", impl_->start_limit.remaining(now)},
                        {"reset_after", impl_->start_limit.reset_after(now).count()},
                        {"max_concurrency", impl_->start_limit.max_concurrency()}};
}

unsigned GatewayHub::recommended_shards() const {
    return impl_->options.recommended_shards;
}

json::value GatewayHub::control(std::string_view action, const json::object& args) {
    return impl_->control(action, args);
}

void GatewayHub::stop() {
    impl_->stop();
}

}  // namespace hikari::sandbox
